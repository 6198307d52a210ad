"""Pair: a fictional Commissie Netcapaciteit advice on electricity grid congestion, and the minister's answer.

Layout traits this pair tests: a sans report with a running header, numbered chapters ("1 Inleiding" ...), bulleted
lists of tasks, methods and causes that are not recommendations, and analysis chapters in which the Commissie
already argues for measures in running prose ("De Commissie bepleit ...").  The sixteen recommendations sit in
chapter 7 "Aanbevelingen", grouped under level-2 headings per addressee ("Aan de minister van Klimaat en Groene
Groei", "Aan de minister van Volkshuisvesting en Ruimtelijke Ordening", "Aan de provincies", "Aan de
netbeheerders", "Aan de ACM"), one list per group, numbered continuously 1-16 across the groups.

The response is a letter of the minister of Klimaat en Groene Groei (no title page) written also on behalf of the
minister of VRO.  It opens with thanks and a description of the state of affairs (no position), then answers five
recommendations by subject only in a section "Hoofdlijnen van het advies" with mixed positions (1 agree with an
announced bill, 8 agree for the VRO minister, 12 agree as a committed arrangement, 4 partial as a pilot, 3 a polite
refusal), says "Op de overige aanbevelingen ga ik hieronder in" and answers the rest in paragraphs that begin
"Aanbeveling N." ("Aanbevelingen 13 en 14." with a partial and an agree in one paragraph).  Recommendation 5 is
agreed without cue words (money and a date), 6 is refused as adding little, 9 is refused by pointing to existing
law, 7 is only to be studied, 2 is adopted in part, 15 (tariffs, to the ACM) is passed on ("De ACM is onafhankelijk
en reageert zelf"), 16 (to the ACM) is supported, and 11 (to the provinces) is not mentioned at all.  All prose is
fictional and written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=R(str(start + i), *depts)) for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Het elektriciteitsnet is in korte tijd veranderd van een vanzelfsprekendheid in een knelpunt. Ondernemers die "
      "willen verduurzamen, horen dat zij jaren moeten wachten op een zwaardere aansluiting. Gemeenten zien nieuwe "
      "woonwijken, scholen en laadpleinen vertraagd raken omdat de netbeheerder geen capaciteit kan toezeggen. En "
      "netbeheerders, die harder bouwen dan ooit, lopen aan tegen procedures, personeelstekorten en een gebrek aan "
      "ruimte, zowel in de ondergrond als bovengronds."),
    P("De minister van Klimaat en Groene Groei vroeg de Commissie Netcapaciteit in september 2024 om binnen zes "
      "maanden te adviseren over wat er nodig is om netcongestie sneller terug te dringen en de schaarse capaciteit "
      "in de tussentijd eerlijk te verdelen. De Commissie heeft met ruim negentig mensen gesproken: netbeheerders, "
      "ondernemers, wethouders, gedeputeerden, monteurs, woningcorporaties, juristen en wetenschappers. Wij zijn hun "
      "dankbaar voor hun openheid, ook waar die ongemakkelijk was."),
    P("Onze boodschap is eenvoudig, al is de uitvoering dat niet. Het net moet sneller worden uitgebreid, het "
      "bestaande net moet beter worden benut en zolang de schaarste duurt, moet iedereen weten waar hij aan toe is. "
      "Dat vraagt om keuzes van het Rijk, de provincies, de netbeheerders en de toezichthouder. Geen van hen kan het "
      "alleen, en geen van hen kan wachten tot de ander heeft gekozen."),
    P("Namens de Commissie Netcapaciteit, mr. drs. H.J. Verbeek-Stam, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Netcongestie remt de energietransitie, de woningbouw en de economie. Op een groot deel van het hoog- en "
      "middenspanningsnet is geen ruimte meer voor nieuwe of zwaardere aansluitingen. Begin 2025 stonden ruim 12.400 "
      "bedrijven en instellingen op een wachtlijst voor afname van elektriciteit en ruim 9.800 voor teruglevering. In "
      "vijf provincies geldt vrijwel overal een wachtrij voor nieuwe afnemers."),
    P("De Commissie concludeert dat de huidige aanpak, gebundeld in het Landelijk Actieprogramma Netcongestie, de "
      "goede kant op wijst maar voor de komende vijf jaar te weinig oplevert. Uitbreiding van het net duurt gemiddeld "
      "zeven tot tien jaar, waarvan het grootste deel opgaat aan voorbereiding, vergunningen en grondverwerving. De "
      "bouw zelf is zelden het knelpunt. Tegelijk blijft een aanzienlijk deel van het bestaande net onbenut: "
      "gecontracteerde capaciteit wordt niet gebruikt, en flexibele contracten en opslag worden nog weinig "
      "toegepast."),
    P("Zolang de schaarste duurt, is de verdeling van capaciteit een publieke keuze. Het prioriteringskader van de "
      "ACM geeft maatschappelijke functies sinds 2024 enige voorrang, maar voor aanvragers is onduidelijk hoe lang zij "
      "moeten wachten en waarom. Dat ondermijnt het vertrouwen in de netbeheerders en in de overheid."),
    P("Ruimte is de vierde opgave. Tot 2040 zijn ruim duizend nieuwe of uitgebreide stations nodig. In de ruimtelijke "
      "plannen van Rijk, provincies en gemeenten wordt het net nog te vaak als sluitstuk behandeld, terwijl het juist "
      "vooraf moet worden ingepast."),
    P("De Commissie doet zestien aanbevelingen, gericht aan de minister van Klimaat en Groene Groei, de minister van "
      "Volkshuisvesting en Ruimtelijke Ordening, de provincies, de netbeheerders en de Autoriteit Consument en Markt "
      "(ACM). Zij staan in hoofdstuk 7. De kern: maak van netuitbreiding een nationaal belang met snellere "
      "procedures, zorg voor zekere financiering en voldoende vakmensen, leg de ruimte voor stations vroeg vast, "
      "benut het bestaande net beter en maak de wachtrij voor iedereen inzichtelijk."),
    PageBreak(),
    H("1 Inleiding"),
    H2("Aanleiding"),
    P("Sinds 2021 publiceren de netbeheerders kaarten waarop te zien is waar het net vol is. Die kaarten kleurden in "
      "enkele jaren van lichtgeel naar donkerrood. Waar netcongestie eerst vooral de teruglevering van zonnestroom "
      "raakte, geldt zij nu ook voor afname: bedrijven die willen elektrificeren, nieuwe bedrijventerreinen en "
      "maatschappelijke voorzieningen kunnen niet of pas na jaren worden aangesloten."),
    P("In het voorjaar van 2024 waarschuwden de netbeheerders dat in delen van het land ook kleinverbruikers in de "
      "toekomst mogelijk niet direct kunnen worden aangesloten. Die waarschuwing maakte duidelijk dat netcongestie "
      "niet langer alleen een zorg van de industrie is, maar iedere gemeente en ieder huishouden kan raken. In de "
      "Tweede Kamer werd in dezelfde periode een motie aangenomen die het kabinet vroeg om een onafhankelijk advies "
      "over een structurele aanpak."),
    H2("Opdracht"),
    P("De minister van Klimaat en Groene Groei stelde de Commissie Netcapaciteit bij besluit van 16 september 2024 "
      "in. De Commissie kreeg de opdracht te adviseren over:"),
    bullets(
        "maatregelen die de uitbreiding van het elektriciteitsnet de komende tien jaar kunnen versnellen;",
        "de mogelijkheden om het bestaande net intensiever te benutten;",
        "de verdeling van schaarse netcapaciteit tussen aanvragers, met bijzondere aandacht voor maatschappelijke "
        "functies;",
        "de ruimtelijke inpassing van netinfrastructuur en de rolverdeling tussen Rijk, provincies en gemeenten.",
    ),
    P("De Commissie bestond uit vijf leden met een achtergrond in het openbaar bestuur, de energiesector, de "
      "rechtspraak en de economie (bijlage 1). Zij werd ondersteund door een secretariaat van vier medewerkers van de "
      "ministeries van Klimaat en Groene Groei en van Volkshuisvesting en Ruimtelijke Ordening. De Commissie heeft "
      "haar advies onafhankelijk opgesteld; de ministeries hebben de tekst niet vooraf ingezien."),
    H2("Werkwijze"),
    P("De Commissie heeft haar bevindingen gebaseerd op:"),
    bullets(
        "gesprekken met 94 vertegenwoordigers van netbeheerders, bedrijven, decentrale overheden, brancheorganisaties, "
        "vakbonden en kennisinstellingen (bijlage 2);",
        "werkbezoeken aan vijf congestiegebieden: de Gelderse Vallei, West-Brabant, de Noordoostpolder, Zuid-Limburg "
        "en de kop van Noord-Holland;",
        "een analyse van wachtrijgegevens die de regionale netbeheerders en TenneT op verzoek van de Commissie "
        "beschikbaar stelden;",
        "een vergelijking met de aanpak in Duitsland, Denemarken en het Verenigd Koninkrijk;",
        "een openbare internetconsultatie, waarop 212 reacties binnenkwamen.",
    ),
    P("De cijfers in dit advies hebben betrekking op de situatie op 1 januari 2025, tenzij anders vermeld. De "
      "wachtrijgegevens zijn niet overal volledig vergelijkbaar, omdat netbeheerders aanvragen verschillend "
      "registreren. De Commissie heeft waar nodig met bandbreedtes gewerkt.",
      footnotes=("Aanvragen die bij meer dan één netbeheerder liepen, zijn zoveel mogelijk één keer geteld.",)),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 schetst de omvang, de oorzaken en de gevolgen van netcongestie. De hoofdstukken 3 tot en met 6 "
      "bevatten de analyse van de Commissie op vier thema's: sneller bouwen, beter benutten, eerlijk verdelen en "
      "ruimte voor het net. In hoofdstuk 7 staan de aanbevelingen, geordend naar de partij tot wie zij zich richten. "
      "De bijlagen bevatten de samenstelling van de Commissie en een overzicht van de gesprekspartners."),
    PageBreak(),
    H("2 Netcongestie in beeld"),
    H2("Wat is netcongestie?"),
    P("Van netcongestie is sprake wanneer de vraag naar transport van elektriciteit op een deel van het net groter "
      "is dan wat dat deel veilig kan verwerken. Een netbeheerder mag dan geen nieuwe transportcapaciteit toezeggen, "
      "omdat het net anders overbelast raakt. Netcongestie is daarmee geen stroomtekort: er is genoeg elektriciteit, "
      "maar de kabels, transformatoren en stations kunnen haar niet op ieder moment naar iedere plek brengen."),
    P("Het gaat om schaarste op bepaalde momenten. Op de meeste uren van het jaar is er ruimte op het net; de "
      "knelpunten ontstaan op zonnige middagen, wanneer veel zonneparken tegelijk terugleveren, en op winteravonden, "
      "wanneer bedrijven, warmtepompen en laadpalen tegelijk stroom vragen. Dat gegeven is belangrijk voor de "
      "oplossingen: wie zijn gebruik kan verschuiven, kan vaak toch worden aangesloten."),
    H2("Omvang"),
    P("Op 1 januari 2025 stonden bij de netbeheerders ruim 12.400 aanvragen voor afname en ruim 9.800 aanvragen voor "
      "teruglevering in de wachtrij. Het gaat om bedrijven, instellingen en projectontwikkelaars die een nieuwe of "
      "zwaardere aansluiting boven 3 x 80 ampère hebben aangevraagd. Twee jaar eerder waren dat er respectievelijk "
      "circa 4.100 en 7.200."),
    P("De wachtrij is ongelijk over het land verdeeld. In Gelderland, Utrecht, Noord-Brabant, Limburg en Flevoland is "
      "op vrijwel het hele middenspanningsnet geen ruimte meer voor nieuwe afname. In Noord-Holland en Zuid-Holland "
      "gaat het vooral om stedelijke gebieden en havengebieden. In het noorden van het land is vooral teruglevering "
      "een probleem.",
      footnotes=("Bron: wachtrijgegevens van de regionale netbeheerders en TenneT, peildatum 1 januari 2025, "
                 "bewerking Commissie Netcapaciteit.",)),
    P("De gemiddelde verwachte wachttijd voor een aanvrager in een congestiegebied is volgens de netbeheerders vier "
      "tot zes jaar. Voor ongeveer een kwart van de aanvragers kan de netbeheerder geen verwachte datum geven, omdat "
      "de benodigde netuitbreiding nog niet is gepland. Voor deze groep is de onzekerheid het grootst."),
    H2("Oorzaken"),
    P("De Commissie ziet vier oorzaken die elkaar versterken:"),
    bullets(
        "de vraag naar netcapaciteit groeit veel sneller dan voorzien, door de elektrificatie van industrie en "
        "vervoer, de groei van datacenters en de snelle bouw van zonneparken;",
        "netuitbreiding kost veel tijd, vooral in de voorbereidende fase: ruimtelijke procedures, vergunningen, "
        "grondverwerving en bezwaar en beroep;",
        "de netbeheerders kampen met een tekort aan technisch personeel en met lange levertijden voor "
        "transformatoren en kabels;",
        "de regulering heeft netbeheerders lange tijd gestimuleerd om pas te investeren als de vraag zeker was, niet "
        "om vooruit te bouwen.",
    ),
    P("Geen van deze oorzaken is nieuw. Wat nieuw is, is dat zij tegelijk optreden, op een moment waarop het Rijk de "
      "verduurzaming van industrie en gebouwde omgeving wil versnellen en de woningbouwopgave groot is."),
    H2("Gevolgen"),
    P("Netcongestie heeft gevolgen die verder reiken dan de energiesector. De Commissie sprak met een "
      "zuivelfabrikant in de Gelderse Vallei die zijn gasgestookte stoomketels niet kan vervangen door elektrische, "
      "omdat hij pas in 2031 een zwaardere aansluiting krijgt. Een gemeente in West-Brabant kon een nieuw "
      "bedrijventerrein niet uitgeven. Een woningcorporatie in Flevoland stelde de bouw van 340 huurwoningen uit "
      "omdat de netbeheerder de aansluiting van een collectieve warmtepomp niet kon garanderen."),
    P("Ook maatschappelijke voorzieningen worden geraakt. In de gesprekken hoorde de Commissie over een nieuwe "
      "ziekenhuisvleugel, twee scholen en een brandweerkazerne waarvoor de netbeheerder geen capaciteit kon "
      "toezeggen. Sommige daarvan zijn later via het prioriteringskader alsnog met voorrang aangesloten; andere "
      "wachten nog."),
    P("De economische schade is moeilijk precies te bepalen. Studies die de Commissie raadpleegde, lopen uiteen van "
      "enkele miljarden tot meer dan tien miljard euro per jaar aan gemiste investeringen en productie. Wat wel "
      "vaststaat, is dat netcongestie investeringen in verduurzaming vertraagt en dat bedrijven hun "
      "vestigingsbeslissingen laten afhangen van de beschikbaarheid van netcapaciteit.",
      footnotes=("De bandbreedte is groot omdat de studies verschillende aannames doen over de mate waarin "
                 "investeringen worden uitgesteld dan wel definitief naar het buitenland verdwijnen.",)),
    H2("Wat er al gebeurt"),
    P("Sinds december 2022 werken het Rijk, de netbeheerders, de ACM, provincies, gemeenten en het bedrijfsleven "
      "samen in het Landelijk Actieprogramma Netcongestie (LAN). Het programma kent drie sporen: sneller bouwen, beter "
      "benutten en slimmer verdelen. Onder het programma zijn onder meer de procedures voor een aantal "
      "hoogspanningsprojecten versneld, zijn nieuwe contractvormen ontwikkeld en heeft de ACM een prioriteringskader "
      "vastgesteld."),
    P("De Commissie waardeert wat binnen het LAN is bereikt. Tegelijk stelt zij vast dat veel maatregelen vrijwillig "
      "zijn, afhankelijk van de inzet van individuele partijen en zonder vaste termijnen. Het programma heeft geen "
      "eigen doorzettingsmacht. In de gesprekken werd het LAN vaak genoemd als plek voor overleg, zelden als plek "
      "waar knopen worden doorgehakt."),
    PageBreak(),
    H("3 Sneller bouwen"),
    H2("Procedures"),
    P("Van het moment waarop een netbeheerder besluit tot uitbreiding tot het moment waarop een nieuw station in "
      "bedrijf is, verstrijken voor een hoogspanningsstation gemiddeld acht jaar en voor een middenspanningsstation "
      "vijf jaar. De bouw zelf neemt daarvan anderhalf tot twee jaar in beslag. De rest is voorbereiding: "
      "locatiekeuze, ruimtelijk besluit, vergunningen, grondverwerving en soms jaren van bezwaar en beroep."),
    P("De Omgevingswet biedt met het projectbesluit en de rijks- of provinciale coördinatieregeling instrumenten om "
      "die fase te versnellen. Ze worden echter niet standaard ingezet. Voor elk project moet opnieuw worden besloten "
      "welke overheid bevoegd is en welke procedure geldt. Netbeheerders beschreven hoe voor vergelijkbare stations "
      "in aangrenzende gemeenten volstrekt verschillende procedures werden gevolgd, met doorlooptijden die uiteenliepen "
      "van twee tot zes jaar."),
    P("De Commissie is van oordeel dat netuitbreiding een nationaal belang is dat een vaste, snelle procedure "
      "rechtvaardigt. Een wettelijke aanwijzing als project van nationaal belang maakt duidelijk wie beslist en "
      "verkort de rechtsgang. Het buitenland laat zien dat dit werkt: in Duitsland geldt voor prioritaire "
      "netprojecten sinds 2023 een bijzonder openbaar belang in de wet en is beroep in één instantie de regel."),
    H2("Geld"),
    P("De netbeheerders verwachten tot 2040 meer dan 190 miljard euro te moeten investeren. De regionale "
      "netbeheerders zijn in handen van provincies en gemeenten, die niet altijd bereid of in staat zijn om het "
      "benodigde eigen vermogen bij te storten. TenneT is inmiddels door de Staat van extra kapitaal voorzien; voor de "
      "regionale netbeheerders is dat niet structureel geregeld."),
    P("Belangrijker nog dan de omvang van de investeringen is de zekerheid erover. Netbeheerders kunnen alleen "
      "vooruit bouwen, dat wil zeggen capaciteit aanleggen voordat de vraag concreet is, als zij erop kunnen rekenen "
      "dat de kosten worden vergoed en dat hun aandeelhouders het kapitaal aanvullen. De Commissie bepleit daarom een "
      "langjarige toezegging van het Rijk, los van de jaarlijkse begrotingscyclus."),
    H2("Mensen en materialen"),
    P("Het tekort aan technici is een van de hardste beperkingen. De netbeheerders hadden begin 2025 samen ruim 2.300 "
      "openstaande technische vacatures. Het mbo levert jaarlijks te weinig afgestudeerden in de elektrotechniek af, "
      "en een deel van hen kiest voor de installatiebranche of de industrie. Zonder extra monteurs, "
      "werkvoorbereiders en netontwerpers kan het geld niet worden omgezet in kabels en stations."),
    P("Daarnaast zijn de levertijden voor transformatoren en schakelinstallaties opgelopen tot twee à drie jaar. De "
      "netbeheerders kopen grotendeels afzonderlijk in en hanteren elk hun eigen technische specificaties. Daardoor "
      "profiteren zij onvoldoende van schaalvoordelen en moeten leveranciers voor elke netbeheerder een eigen variant "
      "produceren."),
    H2("Grond"),
    P("Voor een middenspanningsstation is een kavel van circa een halve hectare nodig, voor een hoogspanningsstation "
      "al snel vijf tot tien hectare. Netbeheerders kopen die grond meestal pas op het moment dat een project concreet "
      "is, in concurrentie met woningbouw, bedrijvigheid en landbouw. Grondeigenaren weten dat de netbeheerder weinig "
      "alternatieven heeft. Een tijdige, strategische verwerving van grond, eventueel via een publiek fonds dat de "
      "grond later doorverkoopt, zou veel vertraging voorkomen."),
    PageBreak(),
    H("4 Beter benutten"),
    H2("Flexibele contracten"),
    P("Het net is op de meeste momenten niet vol. Afnemers die hun gebruik op piekmomenten kunnen beperken, kunnen "
      "daarom vaak worden aangesloten zonder dat het net eerst hoeft te worden uitgebreid. Sinds 2024 kunnen "
      "netbeheerders tijdsblokgebonden en niet-vaste transportcontracten aanbieden. Ook het groepstransportcontract, "
      "waarmee bedrijven op een bedrijventerrein samen één aansluiting delen, is mogelijk geworden."),
    P("In de praktijk worden deze contracten nog weinig afgesloten. Aanvragers kennen ze niet, netbeheerders bieden "
      "ze niet actief aan en de voorwaarden verschillen per netbeheerder. Van de bedrijven in de wachtrij die de "
      "Commissie bevroeg, wist minder dan een derde dat een flexibel contract voor hen een optie kon zijn."),
    H2("Opslag en energiehubs"),
    P("Batterijen kunnen piekbelasting afvlakken en zo ruimte op het net maken. Voor veel bedrijven is een batterij "
      "echter nog niet rendabel, omdat de opbrengst vooral in netbesparing zit en die besparing niet bij het bedrijf "
      "zelf terechtkomt. Collectieve energiehubs op bedrijventerreinen, waarin bedrijven productie, opslag en verbruik "
      "onderling afstemmen, komen om dezelfde reden moeizaam van de grond."),
    P("De Commissie ziet hier een rol voor tijdelijke financiële ondersteuning, totdat de markt voor flexibiliteit "
      "volwassen is. Zij heeft kennisgenomen van de zorg dat subsidie terechtkomt bij projecten die ook zonder steun "
      "zouden zijn gerealiseerd, maar acht dat risico beheersbaar wanneer de steun wordt beperkt tot "
      "congestiegebieden."),
    H2("Ongebruikte capaciteit"),
    P("Uit de gegevens die de Commissie ontving, blijkt dat een substantieel deel van de gecontracteerde "
      "transportcapaciteit structureel niet wordt gebruikt. Bij grootverbruikers op het middenspanningsnet gaat het "
      "naar schatting om 15 tot 25 procent. Bedrijven houden capaciteit vast voor toekomstige uitbreidingen, of omdat "
      "teruggeven hun geen voordeel oplevert. Ondertussen staan anderen in de wachtrij voor dezelfde kabel."),
    P("De huidige regels bieden netbeheerders weinig mogelijkheden om ongebruikte capaciteit terug te vragen. De "
      "Commissie acht een helder 'use it or lose it'-beginsel, met een redelijke termijn en waarborgen voor bedrijven "
      "met aantoonbare uitbreidingsplannen, gerechtvaardigd."),
    H2("Tarieven"),
    P("Het huidige tariefstelsel beloont gebruik buiten de piek nauwelijks. Kleinverbruikers betalen een vast "
      "capaciteitstarief, ongeacht het moment waarop zij stroom gebruiken. Met de groei van warmtepompen, elektrische "
      "auto's en thuisbatterijen wordt het gedrag van huishoudens steeds belangrijker voor de belasting van het "
      "lokale net. Tijdsafhankelijke tarieven kunnen huishoudens een prikkel geven om hun verbruik te spreiden."),
    P("De Commissie is zich ervan bewust dat het vaststellen van de tariefstructuur een exclusieve bevoegdheid van de "
      "ACM is, die zij onafhankelijk van de politiek uitoefent. Zij richt haar aanbeveling daarom rechtstreeks tot de "
      "ACM."),
    PageBreak(),
    H("5 Eerlijk verdelen"),
    H2("Prioriteren"),
    P("Tot 2024 gold bij de toekenning van capaciteit het beginsel 'wie het eerst komt, het eerst maalt'. Sinds april "
      "2024 mogen netbeheerders op grond van het prioriteringskader van de ACM voorrang geven aan projecten die "
      "bijdragen aan het verminderen van congestie en aan maatschappelijke functies zoals veiligheid, gezondheidszorg "
      "en onderwijs. Woningbouw valt daar slechts gedeeltelijk onder."),
    P("In de gesprekken bleek dat het kader in de praktijk verschillend wordt toegepast. Aanvragers weten niet altijd "
      "dat zij voor voorrang in aanmerking komen, en netbeheerders beoordelen vergelijkbare aanvragen soms anders. "
      "Wethouders gaven aan dat zij nieuwe woonwijken niet kunnen plannen zolang onzeker is of de aansluiting van "
      "collectieve warmtevoorzieningen voorrang krijgt."),
    P("De Commissie vindt dat de keuze welke functies voorgaan, een politieke keuze is die niet alleen bij de "
      "toezichthouder hoort te liggen. Zij bepleit daarom een wettelijke voorrangsregel voor maatschappelijke "
      "functies, waaronder woningbouw, die de ACM vervolgens uitwerkt. De Commissie heeft daarbij gekeken naar de "
      "Europese regels die de toezichthouder een eigen bevoegdheid geven, en ziet ruimte voor een wettelijke "
      "rangorde op hoofdlijnen."),
    H2("Transparantie"),
    P("Wie in de wachtrij staat, weet vaak niet waar hij staat. Netbeheerders publiceren kaarten met "
      "congestiegebieden, maar geven aanvragers zelden een verwachte aansluitdatum of een positie in de rij. "
      "Ondernemers vertelden de Commissie dat zij ieder jaar opnieuw moeten bellen om te horen of er iets is "
      "veranderd. Die onzekerheid is voor hen soms schadelijker dan het wachten zelf, omdat zij er geen investering "
      "op kunnen plannen."),
    P("Ook het publiek en de politiek hebben moeite het overzicht te houden. Informatie over de voortgang van "
      "netuitbreiding is verspreid over jaarverslagen van netbeheerders, investeringsplannen en voortgangsbrieven aan "
      "de Tweede Kamer. Een onafhankelijk, periodiek overzicht van de voortgang per regio ontbreekt."),
    PageBreak(),
    H("6 Ruimte voor het net"),
    H2("Ruimtelijke inpassing"),
    P("Tot 2040 zijn naar schatting ruim duizend nieuwe of uitgebreide stations nodig, en duizenden kilometers kabel. "
      "De ruimte daarvoor moet worden gevonden in een land waar woningbouw, natuur, landbouw, water en defensie al om "
      "dezelfde vierkante meters concurreren. In de ruimtelijke plannen van Rijk, provincies en gemeenten wordt het "
      "net nog vaak als sluitstuk behandeld: eerst wordt een woonwijk of bedrijventerrein gepland, daarna wordt "
      "gezocht naar een plek voor het station."),
    P("De Commissie vindt dat de omgekeerde volgorde nodig is. Net als voor wegen en waterkeringen moet voor de "
      "elektriciteitsinfrastructuur ruimte worden gereserveerd voordat de vraag er is. De nieuwe nota Ruimte die het "
      "kabinet voorbereidt, biedt daarvoor een logisch moment."),
    H2("De rol van de provincies"),
    P("Provincies hebben met de Omgevingswet een belangrijke rol gekregen in de ruimtelijke inpassing van "
      "energie-infrastructuur. Zij kunnen locaties aanwijzen in hun omgevingsverordening en zelf een projectbesluit "
      "nemen. Enkele provincies, zoals Gelderland en Noord-Brabant, hebben al een provinciaal programma voor "
      "energie-infrastructuur. Andere provincies wachten op initiatieven van de netbeheerders."),
    P("De Commissie zag grote verschillen in de regie die provincies voeren. Waar een provincie actief locaties "
      "zoekt en gemeenten en netbeheerders om tafel brengt, gaat het sneller. Waar die regie ontbreekt, blijft de "
      "zoektocht naar een locatie liggen tussen gemeente en netbeheerder, en komen knelpunten in procedures pas aan "
      "het licht als het te laat is."),
    H2("Woningbouw en het net"),
    P("De woningbouwopgave en de netopgave raken elkaar direct. Een nieuwe wijk van duizend woningen met "
      "warmtepompen vraagt al snel een nieuw middenspanningsstation. Gemeenten betrekken de netbeheerder echter vaak "
      "pas wanneer het omgevingsplan al is vastgesteld. De Commissie sprak met netbeheerders die van nieuwe wijken "
      "hoorden via de lokale krant."),
    P("Een vroege netimpactanalyse, waarin gemeente en netbeheerder samen bepalen wat een plan vraagt van het net en "
      "waar een station kan komen, zou veel problemen voorkomen. Enkele gemeenten werken al zo, met goede resultaten. "
      "De Commissie vindt dat deze werkwijze niet langer van de goede wil van individuele gemeenten mag afhangen."),
    PageBreak(),
    H("7 Aanbevelingen"),
    P("De Commissie richt haar aanbevelingen tot de partijen die het verschil kunnen maken. Zij zijn doorlopend "
      "genummerd. Enkele aanbevelingen vragen om samenwerking tussen meer partijen; in die gevallen is de partij "
      "genoemd die volgens de Commissie het voortouw moet nemen."),
    H2("Aan de minister van Klimaat en Groene Groei"),
    recs(
        1,
        ("Wijs de uitbreiding van het hoog- en middenspanningsnet bij wet aan als project van nationaal belang, zodat "
         "voor elk netproject standaard de projectprocedure met rijks- of provinciale coördinatie geldt en beroep in "
         "één instantie bij de Afdeling bestuursrechtspraak van de Raad van State mogelijk is.", ("EZ",)),
        ("Richt een Netinvesteringsfonds op waaruit het Rijk de komende tien jaar kapitaal verstrekt aan regionale "
         "netbeheerders waarvan de aandeelhouders het benodigde eigen vermogen niet kunnen opbrengen, en zeg die "
         "kapitaalsteun nu voor de hele periode toe.", ("EZ",)),
        ("Leg in de Energiewet een voorrangsregel vast voor maatschappelijke functies, waaronder woningbouw, "
         "onderwijs, zorg en veiligheid, en laat de ACM deze regel uitwerken in plaats van zelf de rangorde te "
         "bepalen.", ("EZ",)),
        ("Stel een tijdelijke subsidieregeling in voor batterijopslag en collectieve energiehubs op "
         "bedrijventerreinen in congestiegebieden, voor een periode van ten minste vijf jaar.", ("EZ",)),
        ("Start samen met de minister van Onderwijs, Cultuur en Wetenschap een opleidingsoffensief voor technici in "
         "de netsector, met als doel het aantal opgeleide netmonteurs en werkvoorbereiders vóór 2030 te "
         "verdubbelen.", ("EZ", "OCW")),
        ("Laat een onafhankelijke partij halfjaarlijks een openbaar overzicht publiceren van de voortgang van de "
         "netuitbreiding per regio, met de geplande en gerealiseerde projecten en de ontwikkeling van de wachtrij.",
         ("EZ",)),
        ("Richt een revolverend grondfonds op waarmee netbeheerders, in overleg met provincies en gemeenten, "
         "vooruitlopend op concrete projecten grond kunnen verwerven voor nieuwe stations.", ("EZ",)),
    ),
    H2("Aan de minister van Volkshuisvesting en Ruimtelijke Ordening"),
    recs(
        8,
        ("Reserveer in de nota Ruimte de ruimte voor nieuwe hoogspanningsstations en -verbindingen tot 2040 en "
         "verplicht provincies en gemeenten via instructieregels om deze ruimte in hun omgevingsverordeningen en "
         "omgevingsplannen vrij te houden.", ("BZK",)),
        ("Verplicht gemeenten om bij elk plan voor meer dan tweehonderd woningen vóór de vaststelling van het "
         "omgevingsplan samen met de netbeheerder een netimpactanalyse op te stellen.", ("BZK",)),
    ),
    H2("Aan de provincies"),
    recs(
        10,
        ("Wijs vóór 1 januari 2027 in de omgevingsverordening locaties aan voor de nieuwe stations die de "
         "netbeheerders tot 2035 nodig hebben, en gebruik waar nodig het provinciale projectbesluit.", ("OTHER",)),
        ("Stel per provincie een netcongestieregisseur aan die gemeenten, netbeheerders en bedrijven bij elkaar "
         "brengt en knelpunten in ruimtelijke procedures bestuurlijk agendeert.", ("OTHER",)),
    ),
    H2("Aan de netbeheerders"),
    recs(
        12,
        ("Bied elke aanvrager in een congestiegebied actief een flexibel transportcontract aan en harmoniseer vóór "
         "1 januari 2026 de voorwaarden van deze contracten tussen de netbeheerders.", ("OTHER",)),
        ("Maak per congestiegebied de wachtrij openbaar, met de verwachte aansluitdatum, en informeer iedere "
         "aanvrager ten minste elk halfjaar persoonlijk over zijn positie en de verwachte wachttijd.", ("OTHER",)),
        ("Ontwikkel gezamenlijk standaardontwerpen voor middenspanningsstations en koop transformatoren en "
         "schakelinstallaties gezamenlijk in.", ("OTHER",)),
    ),
    H2("Aan de ACM"),
    recs(
        15,
        ("Voer uiterlijk in 2027 tijdsafhankelijke nettarieven in voor kleinverbruikers, zodat huishoudens een "
         "prikkel krijgen om hun verbruik buiten de piekuren te plannen.", ("EZ",)),
        ("Stel een regel vast waardoor gecontracteerde maar structureel ongebruikte transportcapaciteit na een "
         "termijn van twee jaar terugvalt aan de netbeheerder, met een uitzondering voor aantoonbaar geplande "
         "uitbreidingen.", ("EZ",)),
    ),
    P("De Commissie beseft dat niet alle aanbevelingen op korte termijn kunnen worden uitgevoerd. Zij vraagt de "
      "betrokken partijen wel om binnen een half jaar aan te geven welke aanbevelingen zij overnemen en binnen welke "
      "termijn. De Commissie is graag bereid haar advies toe te lichten."),
    PageBreak(),
    H("Bijlage 1 Samenstelling van de Commissie"),
    bullets(
        "mr. drs. H.J. Verbeek-Stam, voorzitter; oud-gedeputeerde en voormalig voorzitter van een waterschap",
        "prof. dr. ir. R. Okkerse, hoogleraar elektrische energiesystemen",
        "drs. M. El Amrani, econoom, voormalig lid van de directie van een regionale ontwikkelingsmaatschappij",
        "mr. J.P. van Duinen, oud-raadsheer in een bestuursrechtelijk college",
        "ir. L. Hoekstra-Baas, voormalig directeur netontwikkeling bij een netbeheerder",
    ),
    P("Het secretariaat bestond uit drs. A. Kramer (secretaris), mr. T. Oudshoorn, ir. S. Yıldız en E. de Groot MSc."),
    H("Bijlage 2 Gesprekspartners"),
    P("De Commissie sprak met vertegenwoordigers van onder meer de volgende organisaties:"),
    bullets(
        "TenneT en de regionale netbeheerders, en hun branchevereniging Netbeheer Nederland;",
        "de Autoriteit Consument en Markt;",
        "het Interprovinciaal Overleg en zes provincies;",
        "de Vereniging van Nederlandse Gemeenten en veertien gemeenten;",
        "VNO-NCW, MKB-Nederland, Techniek Nederland en drie regionale ondernemersverenigingen;",
        "Aedes en vijf woningcorporaties;",
        "FNV en CNV;",
        "vier mbo-instellingen en twee technische universiteiten.",
    ),
)

REPORT = Document(
    title="Ruimte maken op het stroomnet",
    subtitle="Advies van de Commissie Netcapaciteit over de aanpak van netcongestie",
    blocks=REPORT_BLOCKS,
    running_header="Commissie Netcapaciteit  |  Ruimte maken op het stroomnet",
    footer="{page}",
    font_family="sans",
    imprint=("Commissie Netcapaciteit", "Den Haag, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik ben het met de Commissie eens dat netuitbreiding een nationaal belang is en zal daarom een wetsvoorstel "
       "indienen dat de uitbreiding van het hoog- en middenspanningsnet als project van nationaal belang aanwijst.")
EV8 = ("De minister van Volkshuisvesting en Ruimtelijke Ordening neemt de zoekgebieden voor nieuwe "
       "hoogspanningsstations en -verbindingen tot 2040 op in de nota Ruimte en verplicht provincies en gemeenten via "
       "instructieregels om deze ruimte vrij te houden.")
EV12 = ("In het Landelijk Actieprogramma Netcongestie hebben de netbeheerders en ik afgesproken dat iedere aanvrager "
        "in een congestiegebied vanaf 1 oktober 2025 bij de eerste reactie op zijn aanvraag een aanbod voor een "
        "flexibel contract ontvangt, en dat de voorwaarden van die contracten per 1 januari 2026 bij alle "
        "netbeheerders gelijk zijn.")
EV4 = ("Een landelijke subsidieregeling voor vijf jaar gaat mij op dit moment te ver, maar ik start in 2026 wel een "
       "proefregeling van 60 miljoen euro voor batterijopslag en energiehubs op bedrijventerreinen in drie "
       "congestiegebieden.")
EV3 = ("Ik begrijp de wens van de Commissie om de voorrang voor maatschappelijke functies in de wet vast te leggen, "
       "maar ik kies daar niet voor.")
EV2 = "Die kapitaalsteun zeg ik toe, maar een apart fonds en een toezegging voor tien jaar vooruit gaan mij te ver."
EV5 = ("De minister van Onderwijs, Cultuur en Wetenschap en ik trekken de komende vijf jaar 150 miljoen euro uit "
       "voor een opleidingsoffensief voor de netsector, waarmee het aantal opgeleide netmonteurs en "
       "werkvoorbereiders vóór 2030 wordt verdubbeld.")
EV6 = ("Een apart halfjaarlijks overzicht door een onafhankelijke partij voegt naar mijn oordeel weinig toe aan deze "
       "informatie.")
EV7 = ("Ik laat daarom onderzoeken of een grondfonds meerwaarde heeft naast de bestaande mogelijkheden van "
       "netbeheerders om strategisch grond te verwerven.")
EV9 = ("Het kabinet ziet daarom geen aanleiding om gemeenten wettelijk te verplichten bij elk plan boven "
       "tweehonderd woningen een netimpactanalyse op te stellen.")
EV10 = ("In het Bestuurlijk Overleg Energie van 22 mei 2025 hebben het Rijk en de provincies afgesproken dat iedere "
        "provincie vóór 1 januari 2027 in haar omgevingsverordening de locaties aanwijst voor de stations die de "
        "netbeheerders tot 2035 nodig hebben.")
EV13 = ("Aanbeveling 13 neem ik echter maar gedeeltelijk over: een persoonlijke melding aan iedere aanvrager elk "
        "halfjaar vraagt veel tijd van dezelfde medewerkers die de aansluitingen moeten realiseren, en aanvragers "
        "kunnen hun positie straks zelf online volgen.")
EV14 = "Aanbeveling 14 onderschrijf ik volledig."
EV16 = ("Ik steun daarom een regel waardoor structureel ongebruikte capaciteit na twee jaar terugvalt aan de "
        "netbeheerder, met een uitzondering voor aantoonbaar geplande uitbreidingen, en heb de ACM gevraagd zo'n regel "
        "nog dit jaar in de netcode op te nemen.")

RESPONSE_BLOCKS = (
    P("Datum: 19 juni 2025"),
    P("Betreft: Kabinetsreactie op het advies 'Ruimte maken op het stroomnet' van de Commissie Netcapaciteit"),
    P("Geachte voorzitter,"),
    P("Op 27 maart 2025 heeft de Commissie Netcapaciteit mij haar advies 'Ruimte maken op het stroomnet' aangeboden. "
      "Ik heb het advies dezelfde dag aan uw Kamer gezonden en toegezegd dat het kabinet voor de zomer zou reageren. "
      "Met deze brief geef ik, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening, invulling aan "
      "die toezegging."),
    P("Ik dank de Commissie, en in het bijzonder haar voorzitter, mevrouw Verbeek-Stam, voor het heldere en goed "
      "onderbouwde advies. Dat de Commissie in zes maanden met ruim negentig betrokkenen heeft gesproken, is in het "
      "advies terug te zien: het beschrijft de problemen zoals ondernemers, gemeenten en netbeheerders die dagelijks "
      "ervaren. Het kabinet heeft bij het opstellen van deze reactie gesproken met de netbeheerders, het "
      "Interprovinciaal Overleg, de VNG en de ACM."),
    P("In deze brief schets ik eerst kort de stand van zaken. Daarna ga ik in op de hoofdlijnen van het advies en de "
      "aanbevelingen die daarbij horen. Tot slot reageer ik afzonderlijk op de overige aanbevelingen."),
    H2("Stand van zaken"),
    P("Netcongestie is een van de grootste belemmeringen voor de energietransitie en voor de economische ontwikkeling "
      "van Nederland. Op 1 mei 2025 stonden ruim 13.000 aanvragen voor afname in de wachtrij, iets meer dan de "
      "Commissie in haar advies noemde. In delen van Gelderland, Utrecht en Flevoland moeten ook nieuwe "
      "kleinverbruikers rekening houden met vertraging bij hun aansluiting."),
    P("Tegelijk is er vooruitgang. De netbeheerders investeren dit jaar samen ruim 8 miljard euro in het net, twee "
      "keer zoveel als in 2021. In 2024 zijn 74 nieuwe of uitgebreide stations in gebruik genomen, en sinds de start "
      "van het Landelijk Actieprogramma Netcongestie is voor ruim 4.500 aanvragers alsnog ruimte gevonden door "
      "congestiemanagement en slimmer gebruik van bestaande capaciteit. Dat is niet genoeg, maar het laat zien dat "
      "de ingeslagen weg werkt."),
    P("Sinds eind 2022 werken het Rijk, de netbeheerders, de ACM, de decentrale overheden en het bedrijfsleven samen "
      "in het Landelijk Actieprogramma Netcongestie. Over de voortgang daarvan informeer ik uw Kamer twee keer per "
      "jaar. Het prioriteringskader van de ACM is sinds april 2024 van kracht; op grond daarvan zijn inmiddels ruim "
      "600 aanvragen van onder meer scholen, zorginstellingen en kazernes met voorrang behandeld."),
    H2("Hoofdlijnen van het advies"),
    P("De Commissie vat haar advies samen in vier opdrachten: sneller bouwen, beter benutten, eerlijk verdelen en "
      "ruimte maken voor het net. Het kabinet herkent die opdrachten; zij sluiten aan bij de sporen van het "
      "Landelijk Actieprogramma Netcongestie. Op een aantal punten gaat de Commissie verder dan het huidige beleid. "
      "Daarop ga ik hieronder in."),
    P("Het zwaarst weegt voor mij de vaststelling van de Commissie dat de voorbereiding van netprojecten veel langer "
      "duurt dan de bouw. " + EV1 + " In dat wetsvoorstel wordt de projectprocedure met rijks- of provinciale "
      "coördinatie de standaard voor netprojecten en wordt het beroep beperkt tot één instantie. Ik streef ernaar het "
      "wetsvoorstel in het eerste kwartaal van 2026 voor advies aan de Raad van State te zenden. Dat betekent niet "
      "dat de inspraak van omwonenden verdwijnt; zij kunnen hun zienswijze blijven geven en worden juist eerder in "
      "het proces betrokken.",
      answers=(Answer("1", "agree", EV1),)),
    P("Ook over de ruimtelijke kant van de opgave is het kabinet het met de Commissie eens. Het net is in ruimtelijke "
      "plannen te lang als sluitstuk behandeld. " + EV8 + " De nota Ruimte wordt dit najaar aan uw Kamer "
      "aangeboden; het ontwerp van de instructieregels in het Besluit kwaliteit leefomgeving wordt begin 2026 in "
      "consultatie gebracht.",
      answers=(Answer("8", "agree", EV8),)),
    P("Beter benutten van het bestaande net levert op korte termijn de meeste ruimte op. De Commissie stelt terecht "
      "vast dat flexibele contracten nog te weinig worden gebruikt, omdat aanvragers ze niet kennen en de "
      "voorwaarden per netbeheerder verschillen. " + EV12 + " Ik zie erop toe dat deze afspraak wordt nagekomen en "
      "rapporteer erover in de eerstvolgende voortgangsbrief.",
      answers=(Answer("12", "agree", EV12),)),
    P("Voor opslag en energiehubs ligt het anders. Ik deel de analyse van de Commissie dat batterijen en collectieve "
      "energiehubs veel netruimte kunnen vrijmaken en dat de opbrengst daarvan nu niet bij de investeerder "
      "terechtkomt. " + EV4 + " Over een bredere regeling besluit ik na de evaluatie van die proef in 2028. Ik wil "
      "voorkomen dat subsidie terechtkomt bij batterijen die ook zonder steun rendabel zouden zijn geweest.",
      answers=(Answer("4", "partial", EV4),)),
    P("Over het verdelen van schaarse capaciteit verschilt het kabinet op één punt van mening met de Commissie. "
      + EV3 + " De Europese regels voor de elektriciteitsmarkt leggen de bevoegdheid om de voorwaarden voor toegang "
      "tot het net vast te stellen bij de onafhankelijke toezichthouder. Een wettelijke rangorde zou bovendien minder "
      "snel kunnen worden aangepast wanneer de situatie daarom vraagt. Het prioriteringskader van de ACM geeft "
      "maatschappelijke functies nu al voorrang, en de ACM heeft in maart 2025 besloten dat ook de aansluiting van "
      "collectieve warmtevoorzieningen voor nieuwe woonwijken daaronder valt. Dat betekent niet dat de politiek op "
      "afstand staat: ik blijf met de ACM in gesprek over de werking van het kader.",
      answers=(Answer("3", "disagree", EV3),)),
    P("Op de overige aanbevelingen ga ik hieronder in."),
    H2("Reactie op de overige aanbevelingen"),
    P("Aanbeveling 2. De Commissie vraagt om een Netinvesteringsfonds waaruit het Rijk tien jaar lang kapitaal "
      "verstrekt aan regionale netbeheerders. Het kabinet erkent dat niet alle aandeelhouders van de regionale "
      "netbeheerders de benodigde kapitaalstortingen kunnen opbrengen. Daarom heeft het kabinet in de Voorjaarsnota "
      "2025 voor de periode tot en met 2029 3,2 miljard euro gereserveerd voor kapitaalsteun aan regionale "
      "netbeheerders, op voorwaarde dat de bestaande aandeelhouders naar vermogen bijdragen. " + EV2 + " Over de "
      "periode na 2029 besluit een volgend kabinet, op basis van de investeringsplannen die de netbeheerders in 2028 "
      "indienen.",
      answers=(Answer("2", "partial", EV2),)),
    P("Aanbeveling 5. Het tekort aan technici is ook volgens het kabinet een van de hardste beperkingen voor de "
      "netuitbreiding. " + EV5 + " Het offensief start op 1 september 2025 en wordt uitgevoerd door de netbeheerders "
      "en vijftien mbo-instellingen, die per jaar 1.200 extra opleidingsplaatsen aanbieden. Zij-instromers krijgen "
      "tijdens hun omscholing een vergoeding die gelijk is aan het minimumloon.",
      answers=(Answer("5", "agree", EV5),)),
    P("Aanbeveling 6. Ik begrijp dat de Commissie meer overzicht wil over de voortgang van de netuitbreiding per "
      "regio. Over die voortgang informeer ik uw Kamer al twee keer per jaar in de voortgangsbrief over het "
      "Landelijk Actieprogramma Netcongestie, en Netbeheer Nederland publiceert ieder kwartaal de capaciteitskaart en "
      "de omvang van de wachtrij per netbeheerder. " + EV6 + " Dat betekent niet dat ik de regionale voortgang "
      "onbelangrijk vind; juist daarom staat zij centraal in de voortgangsbrief.",
      answers=(Answer("6", "disagree", EV6),)),
    P("Aanbeveling 7. Ik deel de analyse van de Commissie dat het verwerven van grond voor nieuwe stations veel tijd "
      "kost, zeker wanneer de grondeigenaar weet dat de netbeheerder weinig alternatieven heeft. Of een revolverend "
      "grondfonds de beste oplossing is, weet ik nog niet: een fonds vraagt een aanzienlijke investering van het Rijk "
      "en kan de grondprijzen op de gezochte locaties opdrijven. " + EV7 + " Ik verwacht de uitkomst begin 2026 en "
      "betrek daarbij de provincies, die in enkele regio's al zelf grond voor netinfrastructuur verwerven.",
      answers=(Answer("7", "partial", EV7),)),
    P("Aanbeveling 9. De minister van Volkshuisvesting en Ruimtelijke Ordening deelt het belang van een vroege "
      "betrokkenheid van de netbeheerder bij woningbouwplannen. Gemeenten moeten op grond van de Omgevingswet al bij "
      "de voorbereiding van een omgevingsplan rekening houden met de beschikbaarheid van nutsvoorzieningen, en in de "
      "woondeals hebben Rijk, provincies en gemeenten afgesproken dat de netbeheerder vanaf het begin aan tafel zit. "
      + EV9 + " Zo'n plicht zou een extra procedurestap toevoegen, terwijl het kabinet de woningbouw juist wil "
      "versnellen.",
      answers=(Answer("9", "disagree", EV9),)),
    P("Aanbeveling 10. Deze aanbeveling is gericht aan de provincies, maar raakt ook aan de verantwoordelijkheid van "
      "het Rijk. " + EV10 + " Het Rijk draagt met 25 miljoen euro bij aan de extra capaciteit die provincies daarvoor "
      "nodig hebben. Waar een provincie daartoe niet tijdig in staat is, zet de minister van Volkshuisvesting en "
      "Ruimtelijke Ordening het rijksprojectbesluit in.",
      answers=(Answer("10", "agree", EV10),)),
    P("Aanbevelingen 13 en 14. Deze aanbevelingen zijn gericht aan de netbeheerders; ik heb ze met Netbeheer "
      "Nederland besproken. Een openbare wachtrij per congestiegebied met een verwachte aansluitdatum acht ik "
      "belangrijk, en de netbeheerders publiceren die vanaf 1 januari 2026 op hun websites. " + EV13 + " " + EV14
      + " De netbeheerders werken aan een standaardontwerp voor middenspanningsstations dat vanaf 2026 bij alle "
      "nieuwe stations wordt toegepast, en kopen vanaf dit jaar transformatoren en schakelinstallaties gezamenlijk in "
      "via raamcontracten met een looptijd van tien jaar.",
      answers=(Answer("13", "partial", EV13), Answer("14", "agree", EV14))),
    P("Aanbeveling 15. Het vaststellen van de tariefstructuur voor het elektriciteitsnet is op grond van het "
      "Europese recht een exclusieve bevoegdheid van de ACM. De ACM is onafhankelijk en reageert zelf op deze "
      "aanbeveling. Ik heb de ACM gevraagd uw Kamer daarover rechtstreeks te informeren."),
    P("Aanbeveling 16. Ook deze aanbeveling is aan de ACM gericht, maar anders dan bij de tarieven gaat het hier mede "
      "om de wettelijke kaders waarvoor ik verantwoordelijk ben. Ik vind het niet uit te leggen dat bedrijven jaren "
      "wachten op capaciteit die anderen wel hebben gecontracteerd maar niet gebruiken. " + EV16 + " Als daarvoor een "
      "aanvulling van de Energiewet nodig blijkt, neem ik die op in het wetsvoorstel dat ik hierboven heb "
      "aangekondigd.",
      answers=(Answer("16", "agree", EV16),)),
    H2("Tot slot"),
    P("Netcongestie lossen we niet in één kabinetsperiode op. De komende jaren blijft de schaarste op het net "
      "voelbaar, en niet iedere ondernemer of gemeente zal zo snel worden geholpen als nodig is. Het advies van de "
      "Commissie helpt het kabinet om scherpere keuzes te maken en die keuzes vast te houden."),
    P("Ik zal uw Kamer over de voortgang informeren in de voortgangsbrief over het Landelijk Actieprogramma "
      "Netcongestie, voor het eerst in december 2025."),
    P("De minister van Klimaat en Groene Groei,"),
    P("drs. W.F. Brinkhorst-Olde"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies van de Commissie Netcapaciteit",
    subtitle="Brief van de minister van Klimaat en Groene Groei aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies Commissie Netcapaciteit",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="grid_congestion_commission",
    report=REPORT,
    response=RESPONSE,
    description="Commissie Netcapaciteit advice on grid congestion (16 recommendations grouped under addressee "
                "headings, numbered 1-16) and the KGG minister's letter: a general section answering five by "
                "subject, then 'Aanbeveling N.' paragraphs; 15 passed on to the ACM, 11 not mentioned.",
)
