"""Pair: an Rli-style advisory council advice on housing for starters and young people, and the cabinet's response.

Layout traits this pair tests: a long advice with numbered chapters and sections; the fifteen advices appear once,
lettered "a." to "o." in chapter 5 "Onze adviezen", split over four themes, each with its own heading, a short lead
paragraph and a bold lead-in that names the addressee (the minister of VRO, the minister of Financiën, VRO and OCW
together, and the cabinet as a whole); the letters run on across the themes (and across two lists within one
theme). The findings contain bulleted lists that are not recommendations, and the introduction a bulleted list of
the questions put to the council. Sans font with a running header.

The response is a kabinetsreactie in letter form (no title page), ordered by the cabinet's own four themes in a
different order than the advice. It hardly ever uses the letters and answers by subject in running prose. It agrees
without cue words (money, a date, a law change), agrees with "Ik ben het met de raad eens ... en zal daarom",
refuses politely, by pointing to existing policy and with "deelt de analyse maar niet de conclusie", adopts partly
(some regions, a trial, a few years instead of structurally), explores without committing, answers the three
advices to the minister of Financiën with "Het kabinet kiest ervoor ..." on behalf of the cabinet, passes one of
them (g) on to the staatssecretaris of Financiën without a position, only describes existing policy near advice i,
answers j and k in one paragraph with opposite positions and l and n in one paragraph with different positions,
and answers advice a twice (a general answer, then a detailed one later; the first decides). All prose is
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Voor een groeiende groep jongeren is een eerste eigen woning buiten bereik geraakt. Jongeren gaan later uit "
      "huis dan tien jaar geleden, betalen een groter deel van hun inkomen aan huur en wonen vaker op basis van een "
      "tijdelijk contract of in een kamer die eigenlijk te klein is om er langer dan een paar jaar te blijven. De "
      "stap naar een koopwoning schuiven zij op, of zien zij helemaal niet meer voor zich. Dat raakt niet alleen de "
      "jongeren zelf. Wie geen woning vindt, kiest minder vrij voor een opleiding of een baan, stelt samenwonen en "
      "kinderen krijgen uit en blijft langer afhankelijk van ouders die dat niet allemaal kunnen dragen."),
    P("De raad ziet drie oorzaken die elkaar versterken. Er wordt te weinig gebouwd dat past bij het inkomen en de "
      "levensfase van starters. De financieringsregels en fiscale regelingen sluiten slecht aan op de arbeidsmarkt "
      "van jongeren, waar een flexibel contract eerder regel is dan uitzondering, en drijven de prijzen van juist de "
      "woningen waarop starters zijn aangewezen verder op. En het beleid voor studenten, starters en jonge werkenden "
      "is versnipperd over ministeries, overheidslagen en regelingen, zodat niemand het geheel overziet."),
    P("Er gebeurt al veel. Het Rijk heeft met provincies en gemeenten woondeals gesloten, er is een Landelijk "
      "Actieplan Studentenhuisvesting en met de Woningbouwimpuls is geld beschikbaar gekomen om bouwprojecten los "
      "te trekken. Toch concludeert de raad dat dit beleid de positie van starters onvoldoende verbetert, omdat het "
      "vooral stuurt op aantallen en te weinig op de vraag voor wie er wordt gebouwd."),
    P("Dit advies is geschreven op verzoek van de minister van Volkshuisvesting en Ruimtelijke Ordening. De raad "
      "doet vijftien adviezen, te vinden in hoofdstuk 5, in vier clusters: bouwen voor starters, de financiering van "
      "de eerste woning, jongeren en studenten op de huurmarkt, en samenhang in het kabinetsbeleid. De adviezen zijn "
      "gericht aan de minister van Volkshuisvesting en Ruimtelijke Ordening, de minister van Financiën, de minister "
      "van Onderwijs, Cultuur en Wetenschap en het kabinet als geheel."),
    P("De kern van onze boodschap is eenvoudig. Een eerste thuis is geen luxe maar een voorwaarde om mee te kunnen "
      "doen. Wie wil dat jongeren hun plek vinden in de samenleving, moet ervoor zorgen dat zij een plek vinden om "
      "te wonen."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Een eigen plek om te wonen is voor de meeste mensen het begin van een zelfstandig leven. Wie een woning "
      "vindt, kan een opleiding volgen in een andere stad, een baan aannemen waar die te vinden is, gaan samenwonen "
      "of een gezin stichten. Voor een groeiende groep jongeren is die eerste stap moeilijk geworden. Zij blijven "
      "langer thuis wonen, huren een kamer voor een prijs waarvoor twintig jaar geleden een eengezinswoning werd "
      "gehuurd, of verhuizen jarenlang van het ene tijdelijke contract naar het andere."),
    P("Woningnood onder jongeren is geen nieuw verschijnsel. Ook in de jaren tachtig van de vorige eeuw stonden "
      "jongeren lang ingeschreven voor een kamer en werd er gekraakt uit gebrek aan alternatieven. Wat de huidige "
      "situatie onderscheidt, is dat de problemen zich niet meer beperken tot een paar grote steden en dat zij zich "
      "opstapelen: hoge prijzen, weinig aanbod, onzekere inkomens en regels die zijn ontworpen voor een "
      "arbeidsmarkt waarop de meeste mensen een vaste baan hadden. In middelgrote steden als Zwolle, Den Bosch en "
      "Leeuwarden zijn de wachttijden voor jongeren inmiddels vergelijkbaar met die in de Randstad van tien jaar "
      "geleden."),
    P("In het voorjaar van 2024 vroeg de toenmalige minister voor Volkshuisvesting en Ruimtelijke Ordening de raad "
      "om advies over de vraag hoe de positie van starters en jongeren op de woningmarkt structureel kan worden "
      "verbeterd. Aanleiding waren onder meer signalen van gemeenten, studentenorganisaties en jongerenraden, en "
      "de uitkomsten van het Woononderzoek Nederland, waaruit bleek dat de woonlasten van jongeren sneller stijgen "
      "dan die van andere groepen."),
    H("1.2 Adviesvraag", 2),
    P("De adviesaanvraag bevatte drie vragen:"),
    ItemList((
        ListItem("Hoe heeft de woonpositie van starters en jongeren zich de afgelopen tien jaar ontwikkeld, en welke "
                 "groepen hebben het het moeilijkst?"),
        ListItem("Welke factoren in de woningmarkt, de financiering en de regelgeving belemmeren hun toegang tot een "
                 "passende en betaalbare woning?"),
        ListItem("Welke maatregelen kunnen het Rijk en andere partijen nemen om de kansen van starters op de "
                 "woningmarkt structureel te verbeteren?"),
    ), style="•"),
    P("De raad heeft de vragen iets breder opgevat dan ze zijn gesteld. Zo betrekken wij ook studenten bij het "
      "advies, omdat hun huisvesting grote invloed heeft op de lokale woningmarkt en omdat de overgang van "
      "studentenkamer naar eerste zelfstandige woning voor veel jongeren het moment is waarop zij vastlopen. "
      "Omgekeerd gaan wij niet in op de positie van andere groepen die het moeilijk hebben op de woningmarkt, zoals "
      "dak- en thuisloze mensen en arbeidsmigranten. Dat betekent niet dat hun positie minder urgent is; de raad "
      "heeft er in eerdere adviezen aandacht aan besteed."),
    H("1.3 Werkwijze", 2),
    P("Het advies is voorbereid door een commissie uit de raad, ondersteund door een projectteam van het "
      "secretariaat. De commissie sprak met ruim zestig mensen: jongeren en studenten, medewerkers van "
      "woningcorporaties, gemeenten en provincies, hypotheekadviseurs en geldverstrekkers, ontwikkelaars, "
      "bouwers van verplaatsbare woningen, bestuurders van onderwijsinstellingen en ambtenaren van de betrokken "
      "ministeries. Daarnaast organiseerde de raad drie bijeenkomsten met jongeren in Groningen, Tilburg en Almere, "
      "waaraan in totaal 140 jongeren deelnamen."),
    P("De raad liet een literatuurstudie uitvoeren naar het beleid voor starters in Denemarken, Oostenrijk en "
      "Schotland, en maakte een eigen analyse van de ontwikkeling van woonlasten, leeftijd bij het uit huis gaan en "
      "leencapaciteit. Cijfers in dit advies zijn, tenzij anders vermeld, berekeningen van de raad op basis van "
      "openbare statistieken. Waar cijfers onzeker zijn, geven wij dat aan."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft de woonpositie van jongeren en starters aan de hand van de belangrijkste cijfers. In "
      "hoofdstuk 3 analyseren wij wat hen in de weg staat. Hoofdstuk 4 geeft een overzicht van het beleid dat al in "
      "uitvoering is en van de plekken waar dat beleid tekortschiet. In hoofdstuk 5 staan onze adviezen."),

    H("2 De woonpositie van jongeren"),
    H("2.1 Wie bedoelen wij?", 2),
    P("Met starters bedoelen wij in dit advies huishoudens die voor het eerst een zelfstandige woning zoeken of "
      "betrekken, ongeacht of dat een huur- of een koopwoning is. De meeste starters zijn tussen de 18 en 35 jaar "
      "oud, maar ook mensen die na een scheiding of na jaren bij hun ouders voor het eerst zelfstandig gaan wonen, "
      "vallen eronder. Met jongeren bedoelen wij iedereen tussen de 18 en 30 jaar, ook als zij nog niet zelfstandig "
      "wonen. Studenten vormen binnen die groep een aparte categorie: zij wonen vaak tijdelijk en onzelfstandig, en "
      "zijn voor hun huisvesting afhankelijk van een beperkt aantal verhuurders."),
    P("Het gaat om een grote groep. In 2024 waren er ongeveer 3,4 miljoen Nederlanders tussen de 18 en 30 jaar. Van "
      "hen woonde ruim 40 procent nog bij de ouders, ongeveer 30 procent huurde een zelfstandige woning, 12 procent "
      "huurde een kamer en 15 procent woonde in een koopwoning. De rest woonde in een andere situatie, bijvoorbeeld "
      "in een instelling of zonder vaste woonplek."),
    H("2.2 Later uit huis", 2),
    P("De leeftijd waarop jongeren het ouderlijk huis verlaten, stijgt. In 2013 was de mediane leeftijd 23,1 jaar, in "
      "2023 24,2 jaar. Dat lijkt een klein verschil, maar achter het gemiddelde gaan grote verschillen schuil. "
      "Jongeren die gaan studeren, verlaten het huis nog steeds relatief vroeg, omdat zij een kamer zoeken in de "
      "studiestad. Jongeren met een mbo-opleiding en jonge werkenden wonen steeds langer thuis: bij hen steeg de "
      "mediane leeftijd in tien jaar met bijna twee jaar."),
    P("Uit de gesprekken met jongeren blijkt dat langer thuis wonen zelden een vrije keuze is. Veel jongeren "
      "vertelden ons dat zij wel uit huis willen, maar dat zij geen woning kunnen vinden die zij kunnen betalen. Een "
      "deel van hen woont in een situatie die voor alle betrokkenen knelt: met broers en zussen op een kamer, of bij "
      "ouders die zelf krap wonen. Jongeren die niet bij hun ouders terechtkunnen, lopen het risico tussen wal en "
      "schip te raken."),
    H("2.3 Hogere woonlasten, minder zekerheid", 2),
    P("Jongeren die wel zelfstandig wonen, betalen daarvoor een steeds groter deel van hun inkomen. Dat geldt vooral "
      "in de vrije huursector, waarop veel jongeren zijn aangewezen omdat zij niet lang genoeg ingeschreven staan "
      "voor een sociale huurwoning en geen hypotheek kunnen krijgen. Tegelijk is hun woonzekerheid afgenomen: tot de "
      "zomer van 2024 kreeg een groot deel van de jongeren alleen nog een tijdelijk huurcontract aangeboden."),
    P("Uit onze gesprekken en de beschikbare cijfers komt het volgende beeld naar voren:"),
    ItemList((
        ListItem("De netto huurquote van huurders tot 30 jaar in de vrije sector steeg van 29 procent in 2015 naar "
                 "38 procent in 2023."),
        ListItem("Ruim de helft van de nieuwe huurcontracten die in 2023 met jongeren in de vrije sector werden "
                 "gesloten, was een contract voor bepaalde tijd."),
        ListItem("De gemiddelde wachttijd voor een sociale huurwoning liep voor woningzoekenden onder de 28 jaar in "
                 "de vier grote steden op tot ruim zeven jaar."),
        ListItem("Jongeren die een kamer huren, betalen per vierkante meter gemiddeld twee keer zoveel huur als "
                 "huurders van een zelfstandige woning."),
        ListItem("Bijna een op de vijf jongeren die zelfstandig huren, houdt na het betalen van de vaste lasten "
                 "minder over dan het bedrag dat het Nibud als minimum voor levensonderhoud hanteert."),
    ), style="•"),
    P("Deze cijfers laten zien dat de problemen niet alleen de laagste inkomens raken. Ook jongeren met een "
      "middeninkomen, zoals beginnende leraren, verpleegkundigen en politieagenten, vallen tussen de sociale huur en "
      "de koopmarkt in. Zij verdienen te veel voor een sociale huurwoning, te weinig voor de vrije sector in de "
      "stad waar zij werken en kunnen niet genoeg lenen voor een koopwoning in de buurt."),
    H("2.4 De koopmarkt", 2),
    P("Het aandeel jongeren met een koopwoning daalde tussen 2006 en 2016 sterk, herstelde zich daarna enigszins en "
      "daalt sinds 2022 opnieuw. In 2023 was 28 procent van de kopers een starter, tegen 35 procent in 2019. De "
      "gemiddelde starter die een woning kocht, was in 2023 31 jaar oud en had in de meeste gevallen een tweede "
      "inkomen of eigen geld nodig om de koop rond te krijgen. Ongeveer een op de drie starters kreeg een schenking "
      "van ouders of grootouders."),
    P("Voor starters met één modaal inkomen is kopen in grote delen van het land onmogelijk geworden. In zes van de "
      "twaalf provinciehoofdsteden kon een starter zonder partner met een modaal inkomen in 2024 zonder eigen geld "
      "geen gemiddeld appartement kopen. Voor starters met een flexibel contract is de situatie nog lastiger: zij "
      "krijgen gemiddeld 15 tot 25 procent minder hypotheek dan starters met hetzelfde inkomen en een vast contract, "
      "omdat geldverstrekkers hun inkomen op uiteenlopende manieren beoordelen."),
    P("Een koopwoning is niet voor iedere jongere het doel, en dat hoeft ook niet. De raad stelt wel vast dat de "
      "kloof tussen jongeren met en zonder vermogende ouders groter wordt. Wie hulp van thuis krijgt, kan kopen en "
      "bouwt vermogen op; wie die hulp niet krijgt, blijft huren tegen een huur die meestal hoger is dan de "
      "maandlasten van een vergelijkbare koopwoning."),
    H("2.5 Studenten", 2),
    P("Het aantal studenten in het hoger onderwijs is de afgelopen tien jaar met ongeveer een vijfde gegroeid, vooral "
      "door de toename van het aantal internationale studenten. De bouw van studentenwoningen heeft die groei niet "
      "bijgehouden. Het Landelijk Actieplan Studentenhuisvesting gaat uit van een tekort van tienduizenden "
      "studentenwoningen, dat zonder extra inspanningen verder oploopt."),
    P("De belangrijkste bevindingen over studentenhuisvesting op een rij:"),
    ItemList((
        ListItem("Het tekort aan studentenwoningen is het grootst in Amsterdam, Utrecht, Groningen, Leiden en "
                 "Rotterdam, maar loopt ook in Enschede, Maastricht en Wageningen op."),
        ListItem("Internationale studenten zijn in het eerste jaar vaak aangewezen op tijdelijke en dure "
                 "huisvesting; een deel van hen begint het studiejaar zonder vaste woonplek."),
        ListItem("Na het afstuderen blijven veel jongeren noodgedwongen in hun studentenkamer wonen, waardoor er minder "
                 "kamers vrijkomen voor nieuwe studenten."),
        ListItem("Studenten die niet op kamers kunnen, reizen dagelijks lange afstanden of zien af van de opleiding "
                 "van hun voorkeur."),
    ), style="•"),

    H("3 Wat starters in de weg staat"),
    H("3.1 Te weinig betaalbare woningen", 2),
    P("De belangrijkste oorzaak van de slechte positie van starters is het tekort aan woningen. Dat tekort bedroeg in "
      "2024 ongeveer 400.000 woningen en loopt volgens de meeste prognoses de komende jaren niet snel terug. De "
      "bouwproductie bleef in 2023 en 2024 onder de ambitie van 100.000 woningen per jaar, door hoge bouwkosten, "
      "hoge rente, netcongestie, stikstofregels en lange procedures."),
    P("Voor starters is niet alleen het aantal woningen van belang, maar ook het soort woning. De raad stelt vast dat "
      "er in de afgelopen jaren relatief veel is gebouwd in het duurdere segment, omdat projecten met dure woningen "
      "eerder rendabel zijn. Kleinere, betaalbare woningen komen moeizaam van de grond. In de woondeals is afgesproken "
      "dat twee derde van de nieuwbouw betaalbaar moet zijn, maar er is geen afspraak over het deel daarvan dat "
      "terechtkomt bij starters. In de praktijk concurreren starters om dezelfde betaalbare woningen met "
      "doorstromende ouderen, statushouders en andere groepen die voorrang krijgen."),
    P("Verplaatsbare en tijdelijke woningen, ook wel flexwoningen genoemd, kunnen snel extra aanbod opleveren. Uit "
      "onze gesprekken blijkt dat de markt voor flexwonen stokt. Gemeenten krijgen een tijdelijke vergunning voor "
      "hooguit vijftien jaar, terwijl de woningen veel langer meegaan. Investeerders weten daardoor niet wat de "
      "woningen na afloop waard zijn, en die onzekerheid maakt projecten duur of onmogelijk. Ook het splitsen van "
      "grote woningen en het optoppen van bestaande gebouwen, dat in potentie tienduizenden woonruimten voor "
      "starters oplevert, loopt vast op vergunningsprocedures die lang duren en per gemeente verschillen."),
    P("Een ander knelpunt is dat betaalbare nieuwbouwwoningen niet altijd bij starters terechtkomen. Beleggers kopen "
      "in populaire steden een deel van de nieuwe koopwoningen op om ze te verhuren. Gemeenten kunnen sinds 2022 "
      "opkoopbescherming instellen, maar doen dat in wisselende mate. Zelfbewoningsplichten bij nieuwbouw worden "
      "vaak maar voor een paar jaar opgelegd."),
    H("3.2 Flexibel werk, strakke leennormen", 2),
    P("Bijna de helft van de werkenden onder de 25 jaar en ruim een kwart van de werkenden tussen 25 en 35 jaar heeft "
      "een flexibel contract of werkt als zelfstandige. De regels voor het verstrekken van hypotheken gaan nog altijd "
      "uit van een vast contract als norm. Geldverstrekkers kunnen een flexibel inkomen meetellen, bijvoorbeeld via "
      "een perspectiefverklaring van de werkgever of een inkomensverklaring op basis van het inkomen in de afgelopen "
      "jaren, maar zij doen dat niet op dezelfde manier. Dat leidt tot willekeur: de ene starter krijgt bij de ene "
      "bank wel een hypotheek en bij de andere niet."),
    P("De raad ziet dat de leennormen een belangrijke functie hebben. Zij beschermen huishoudens tegen schulden die "
      "zij niet kunnen dragen en dempen de prijsontwikkeling. De raad pleit dan ook niet voor ruimere leennormen in "
      "het algemeen. Wel vindt de raad het niet uit te leggen dat twee jongeren met hetzelfde inkomen en dezelfde "
      "vooruitzichten een verschillend leenbedrag krijgen, alleen omdat de een een vast contract heeft en de ander "
      "niet."),
    H("3.3 Fiscale regelingen die de prijs opdrijven", 2),
    P("Sinds 2021 betalen starters tot 35 jaar geen overdrachtsbelasting bij de aankoop van een woning onder een "
      "bepaalde waardegrens. De regeling was bedoeld om de positie van starters te verbeteren. Onderzoek laat zien "
      "dat het voordeel voor een groot deel is opgegaan in hogere prijzen voor woningen net onder de grens, en dat "
      "vooral starters met een hoger inkomen ervan profiteren. De regeling kost jaarlijks enkele honderden miljoenen "
      "euro's."),
    P("Hetzelfde mechanisme speelt bij de hypotheekrenteaftrek. De aftrek wordt sinds 2014 langzaam afgebouwd, maar "
      "is nog altijd een van de grootste fiscale regelingen. De aftrek verhoogt de leencapaciteit van kopers en "
      "wordt daarmee voor een belangrijk deel in de woningprijs verwerkt. Omdat starters nog geen woning bezitten, "
      "betalen zij die hogere prijs zonder er eerst van te hebben geprofiteerd. De raad sluit zich aan bij eerdere "
      "adviezen van andere adviesorganen die een verdere afbouw bepleiten."),
    H("3.4 Studenten en jonge huurders", 2),
    P("Studenten en jonge huurders hebben te maken met een eigen set knelpunten. Jongeren onder de 23 jaar die een "
      "kamer huren, hebben geen recht op huurtoeslag, ook niet als zij een laag inkomen hebben en een hoge huur "
      "betalen. Jongeren die wel recht hebben op huurtoeslag, moeten daarvoor een zelfstandige woning vinden, en "
      "die zijn juist voor hen schaars."),
    P("Woningcorporaties wijzen sociale huurwoningen meestal toe op basis van inschrijfduur. Jongeren staan daardoor "
      "achteraan, ook als zij urgent een woning nodig hebben. Sommige gemeenten en corporaties werken met "
      "jongerenlabels of loting, maar dit gebeurt versnipperd en op kleine schaal."),
    P("Bij de studentenhuisvesting spelen onderwijsinstellingen een dubbele rol. Zij trekken studenten aan, ook uit "
      "het buitenland, maar zijn niet verantwoordelijk voor hun huisvesting. De afspraken in het Landelijk Actieplan "
      "Studentenhuisvesting zijn vrijblijvend: steden die hun doel niet halen, ondervinden daarvan geen gevolgen, en "
      "steden die wel extra bouwen, krijgen daarvoor geen extra steun."),
    H("3.5 Versnipperd beleid, gebrekkig zicht", 2),
    P("Het beleid dat de woonpositie van jongeren bepaalt, is verdeeld over veel ministeries. Het "
      "ministerie van Volkshuisvesting en Ruimtelijke Ordening gaat over de woningbouw en de huurtoeslag, het "
      "ministerie van Financiën over de leennormen en de fiscale regelingen, het ministerie van Onderwijs, Cultuur "
      "en Wetenschap over de studiefinanciering en de internationale studenten, en het ministerie van Sociale Zaken "
      "en Werkgelegenheid over de arbeidsmarkt en de kostendelersnorm. Geen van hen is verantwoordelijk voor het "
      "geheel."),
    P("Gevolg is dat maatregelen elkaar soms tegenwerken. Een ruimere regeling in de ene wet wordt tenietgedaan door "
      "een beperking in een andere wet, en de effecten van nieuw beleid op jongeren worden zelden vooraf in beeld "
      "gebracht. Bovendien ontbreekt een vaste set gegevens waarmee de ontwikkeling van de woonpositie van jongeren "
      "jaarlijks kan worden gevolgd. De cijfers in dit advies moesten wij uit allerlei bronnen bij elkaar "
      "brengen, en voor sommige vragen waren ze er niet."),

    H("4 Wat er al gebeurt"),
    P("De raad heeft niet de indruk dat de overheid stilzit. In de afgelopen jaren zijn er diverse "
      "programma's, wetten en regelingen gekomen die de positie van starters moeten verbeteren. Hieronder beschrijven "
      "wij de belangrijkste en geven wij aan waar zij naar ons oordeel tekortschieten."),
    H("4.1 Woningbouw en regie", 2),
    P("In de Nationale Woon- en Bouwagenda heeft het Rijk de ambitie vastgelegd om tot en met 2030 900.000 woningen "
      "te bouwen, waarvan twee derde betaalbaar. Deze ambitie is vertaald in woondeals met alle provincies en de "
      "grote regio's. Met de Wet versterking regie volkshuisvesting krijgen Rijk, provincies en gemeenten meer "
      "sturingsmogelijkheden, zoals het verplichte volkshuisvestingsprogramma en de mogelijkheid om voorrang te "
      "geven aan bepaalde groepen."),
    P("De raad waardeert deze stappen. Tegelijk constateren wij dat de afspraken vooral gaan over aantallen en "
      "prijscategorieën, en niet over de vraag welke huishoudens in de nieuwe woningen terechtkomen. Een "
      "betaalbare woning die wordt toegewezen aan een doorstromer, helpt een starter alleen indirect, als de "
      "doorstromer een woning achterlaat die voor een starter geschikt is."),
    P("Via de Woningbouwimpuls en de Startbouwimpuls heeft het Rijk sinds 2020 enkele miljarden euro's bijgedragen "
      "aan het sluitend maken van bouwprojecten. Deze middelen zijn tijdelijk. Gemeenten en ontwikkelaars gaven in "
      "de gesprekken aan dat het ontbreken van zekerheid over bijdragen na 2028 nu al leidt tot aarzeling bij nieuwe "
      "projecten, omdat de voorbereiding van een bouwproject vaak langer duurt dan vier jaar."),
    H("4.2 Huur en bescherming", 2),
    P("Met de Wet vaste huurcontracten, die op 1 juli 2024 in werking trad, is het tijdelijke huurcontract in de "
      "meeste gevallen afgeschaft. Voor jongeren tot 28 jaar en voor studenten bestaan uitzonderingen in de vorm van "
      "het jongerencontract en het campuscontract. Met de Wet betaalbare huur is een groot deel van de vrije "
      "huursector onder de huurprijsregulering gebracht. Deze wetten verbeteren de positie van zittende huurders. "
      "Of zij ook leiden tot meer aanbod voor jongeren, is nog niet duidelijk; sommige verhuurders verkopen hun "
      "woningen."),
    P("Gemeenten kunnen sinds 1 januari 2022 in wijken met schaarste een opkoopbescherming instellen, waardoor "
      "goedkope en middeldure koopwoningen niet zonder vergunning mogen worden verhuurd. Bij nieuwbouw kunnen "
      "gemeenten via het privaatrecht een zelfbewoningsplicht opleggen. Ruim zeventig gemeenten maken gebruik van "
      "de opkoopbescherming."),
    H("4.3 Financiering en fiscaliteit", 2),
    P("De leennormen worden jaarlijks vastgesteld door de minister van Financiën, op advies van het Nibud. In de "
      "afgelopen jaren zijn enkele aanpassingen gedaan die starters helpen, zoals een ruimere weging van het tweede "
      "inkomen en een andere weging van de studieschuld. De Nationale Hypotheek Garantie biedt starters een vangnet "
      "en een lagere rente. Een wettelijke regeling voor de beoordeling van flexibele inkomens ontbreekt nog."),
    P("De startersvrijstelling in de overdrachtsbelasting is in 2021 ingevoerd en sindsdien geëvalueerd. De "
      "evaluatie bevestigde dat een deel van het voordeel in de prijs terechtkomt. Het kabinet heeft de regeling "
      "niet gewijzigd, op de jaarlijkse aanpassing van de woningwaardegrens na."),
    H("4.4 Studentenhuisvesting", 2),
    P("In het Landelijk Actieplan Studentenhuisvesting hebben Rijk, gemeenten, onderwijsinstellingen, "
      "studentenhuisvesters en studentenorganisaties afgesproken om tot en met 2030 60.000 extra betaalbare "
      "studentenwoningen te realiseren. Per studentenstad zijn lokale doelen opgesteld. De voortgang wordt jaarlijks "
      "gemonitord; in de eerste twee jaar bleef de realisatie achter bij de planning. Het kabinet heeft daarnaast "
      "maatregelen aangekondigd om de instroom van internationale studenten beter te kunnen sturen."),

    H("5 Onze adviezen"),
    P("De analyse in de vorige hoofdstukken laat zien dat de positie van starters niet met één maatregel te "
      "verbeteren is. De raad doet daarom vijftien adviezen, verdeeld over vier thema's. Sommige adviezen vragen "
      "geld, andere vooral keuzes en wetgeving. Een aantal adviezen raakt aan de fiscaliteit en aan het onderwijs, "
      "en is daarom gericht aan andere bewindspersonen dan de minister die ons om advies vroeg. Het laatste thema "
      "richt zich tot het kabinet als geheel, omdat het de samenhang van het beleid betreft."),
    H("5.1 Bouwen voor starters", 2),
    P("Meer bouwen is noodzakelijk, maar niet voldoende. Het gaat erom dat er woningen bij komen die passen bij het "
      "inkomen en de levensfase van starters, en dat die woningen ook bij hen terechtkomen. Daarvoor zijn afspraken "
      "nodig die verder gaan dan aantallen, en regels die snel bouwen, splitsen en optoppen mogelijk maken."),
    lead("De raad adviseert de minister van Volkshuisvesting en Ruimtelijke Ordening om:"),
    ItemList((
        ListItem("in de regionale woondeals bindend vast te leggen dat ten minste 40 procent van de nieuw te bouwen "
                 "woningen betaalbaar is voor starters, met een jaarlijks doel per regio waarop de provincie "
                 "toeziet;", recommendation=R("a", "BZK")),
        ListItem("de maximale termijn van de tijdelijke omgevingsvergunning voor flexwoningen te verlengen van 15 "
                 "naar 25 jaar en een garantieregeling in te stellen die het risico op de restwaarde van "
                 "verplaatsbare woningen afdekt;", recommendation=R("b", "BZK")),
        ListItem("het splitsen van bestaande woningen en het optoppen van gebouwen met woonruimte voor starters onder "
                 "heldere landelijke voorwaarden vergunningvrij te maken;", recommendation=R("c", "BZK")),
        ListItem("gemeenten te verplichten om voor nieuwbouwkoopwoningen tot de grens van de Nationale Hypotheek "
                 "Garantie opkoopbescherming en een zelfbewoningsplicht van ten minste tien jaar in te voeren.",
                 recommendation=R("d", "BZK")),
    ), style="a."),
    H("5.2 De financiering van de eerste woning", 2),
    P("De raad wil de leennormen niet in het algemeen verruimen. Wel moeten starters met een flexibel inkomen "
      "eerlijk worden beoordeeld, en moeten fiscale regelingen die vooral de prijs opdrijven worden afgebouwd. De "
      "opbrengst daarvan kan worden ingezet voor maatregelen die starters wel direct helpen."),
    lead("De raad adviseert de minister van Financiën om:"),
    ItemList((
        ListItem("de inkomensverklaring voor flexwerkers, waarbij het inkomen over de afgelopen drie jaar de basis "
                 "is, wettelijk te verankeren, zodat starters met een flexibel contract bij elke geldverstrekker op "
                 "dezelfde manier worden beoordeeld;", recommendation=R("e", "FIN")),
        ListItem("de startersvrijstelling in de overdrachtsbelasting af te schaffen en de opbrengst in te zetten voor "
                 "de bouw van betaalbare koopwoningen voor starters;", recommendation=R("f", "FIN")),
        ListItem("de hypotheekrenteaftrek versneld af te bouwen en de opbrengst via een lagere inkomstenbelasting "
                 "terug te geven aan huishoudens.", recommendation=R("g", "FIN")),
    ), style="a.", start=5),
    H("5.3 Jongeren en studenten op de huurmarkt", 2),
    P("Voor de meeste jongeren is een huurwoning de eerste stap. Die stap moet betaalbaar zijn en de kans op een "
      "woning mag niet alleen afhangen van het aantal jaren dat iemand ingeschreven staat. Voor studenten vraagt "
      "de raad daarnaast om afspraken die niet langer vrijblijvend zijn, en om een grotere verantwoordelijkheid van "
      "de onderwijsinstellingen die studenten werven."),
    lead("De raad adviseert de minister van Volkshuisvesting en Ruimtelijke Ordening om:"),
    ItemList((
        ListItem("de huurtoeslag open te stellen voor jongeren tot 23 jaar die een onzelfstandige woonruimte "
                 "huren;", recommendation=R("h", "BZK")),
        ListItem("woningcorporaties te verplichten ten minste 25 procent van de vrijkomende sociale huurwoningen toe "
                 "te wijzen aan woningzoekenden tot 28 jaar, los van hun inschrijfduur.",
                 recommendation=R("i", "BZK")),
    ), style="a.", start=8),
    lead("Daarnaast adviseert de raad de minister van Volkshuisvesting en Ruimtelijke Ordening en de minister van "
         "Onderwijs, Cultuur en Wetenschap om:"),
    ItemList((
        ListItem("de doelstelling van het Landelijk Actieplan Studentenhuisvesting om te zetten in bindende afspraken "
                 "per studentenstad, met een financiële bijdrage van het Rijk voor steden die hun doel halen;",
                 recommendation=R("j", "BZK", "OCW")),
        ListItem("met universiteiten en hogescholen af te spreken dat zij alleen actief internationale studenten "
                 "werven als zij deze studenten in hun eerste studiejaar huisvesting kunnen aanbieden.",
                 recommendation=R("k", "BZK", "OCW")),
    ), style="a.", start=10),
    H("5.4 Samenhang in het kabinetsbeleid", 2),
    P("De woonpositie van jongeren wordt bepaald door beslissingen van veel ministeries. Zolang niemand het geheel "
      "overziet, blijven maatregelen elkaar tegenwerken en blijven de gevolgen voor jongeren buiten beeld. Ook "
      "vraagt het bouwen voor starters om financiële zekerheid die verder reikt dan één kabinetsperiode."),
    lead("De raad adviseert het kabinet om:"),
    ItemList((
        ListItem("een jongerentoets in te voeren voor alle nieuwe wet- en regelgeving op het gebied van wonen, "
                 "belastingen, onderwijs en sociale zekerheid;", recommendation=R("l", "KABINET")),
        ListItem("de woningbouwimpuls structureel te maken, met een budget van ten minste € 1 miljard per jaar tot "
                 "en met 2035;", recommendation=R("m", "KABINET")),
        ListItem("jaarlijks te rapporteren over de woonpositie van starters en jongeren aan de hand van een vaste set "
                 "indicatoren;", recommendation=R("n", "KABINET")),
        ListItem("één bewindspersoon de coördinerende verantwoordelijkheid te geven voor de huisvesting van "
                 "jongeren en starters, inclusief studenten.", recommendation=R("o", "KABINET")),
    ), style="a.", start=12),
    H("5.5 Tot slot", 2),
    P("De raad realiseert zich dat een deel van deze adviezen geld kost en dat andere adviezen keuzes vragen die niet "
      "iedereen zal toejuichen. De afschaffing van fiscale voordelen raakt huishoudens die daar nu op rekenen, en "
      "bindende afspraken beperken de ruimte van gemeenten en instellingen. De raad meent dat die keuzes nodig zijn. "
      "De kosten van niets doen zijn ook hoog, alleen worden zij gedragen door jongeren die dat niet zelf kunnen "
      "veranderen."),
    P("Het oplossen van de woningnood onder jongeren kost jaren. Juist daarom is het van belang nu te beginnen met "
      "maatregelen die over tien jaar het verschil maken, en die vol te houden over de grenzen van "
      "kabinetsperiodes heen."),

    H("Verantwoording"),
    P("Dit advies is voorbereid door een raadscommissie onder voorzitterschap van een van de raadsleden, aangevuld "
      "met twee externe leden met kennis van de woningfinanciering en van het hoger onderwijs. Het projectteam "
      "bestond uit vier medewerkers van het secretariaat. De raad heeft het advies vastgesteld in zijn vergadering "
      "van 27 februari 2025."),
    P("De raad dankt alle jongeren, studenten en deskundigen die hun ervaringen en kennis met ons deelden. Een "
      "overzicht van de geraadpleegde organisaties is op te vragen bij het secretariaat van de raad."),
)

REPORT = Document(
    title="Een eerste thuis",
    subtitle="Naar een woningmarkt die starters en jongeren een kans geeft",
    blocks=REPORT_BLOCKS,
    running_header="Rli | Een eerste thuis",
    font_family="sans",
    imprint=("Raad voor de leefomgeving en infrastructuur", "Den Haag, maart 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

A_GENERAL = ("Ik neem dit advies daarom gedeeltelijk over: in de tien regio's met de grootste woningtekorten leg ik "
             "bij de herijking van de woondeals een afzonderlijk startersdoel vast, maar een bindend percentage voor "
             "alle regio's neem ik niet over.")
A_DETAIL = ("Het startersdoel geldt daarmee voor de tien regio's met de grootste tekorten en niet, zoals de raad "
            "adviseert, als bindend percentage voor het hele land.")
B_EVIDENCE = ("Ik verleng de maximale termijn van de tijdelijke omgevingsvergunning voor flexwoningen van 15 naar 25 "
              "jaar en stel vanaf 2026 € 150 miljoen beschikbaar voor een garantieregeling voor de restwaarde van "
              "verplaatsbare woningen.")
C_EVIDENCE = ("Ik ben het met de raad eens dat splitsen en optoppen te vaak stuklopen op lange en per gemeente "
              "verschillende procedures, en zal daarom het splitsen van een woning in maximaal drie zelfstandige "
              "woningen en het optoppen met ten hoogste twee bouwlagen onder landelijke voorwaarden vergunningvrij "
              "maken.")
D_EVIDENCE = ("Ik begrijp de wens van de raad om gemeenten te verplichten tot opkoopbescherming en een "
              "zelfbewoningsplicht van tien jaar, maar een landelijke verplichting voegt naar mijn oordeel weinig "
              "toe.")
E_EVIDENCE = ("Het kabinet kiest ervoor de inkomensverklaring op basis van het inkomen over de afgelopen drie jaar "
              "per 1 januari 2026 wettelijk te verankeren in de Tijdelijke regeling hypothecair krediet, zodat "
              "iedere geldverstrekker flexibele inkomens op dezelfde manier beoordeelt.")
F_EVIDENCE = "Het kabinet kiest ervoor de startersvrijstelling in de overdrachtsbelasting te handhaven."
H_EVIDENCE = ("Ik laat daarom onderzoeken of en onder welke voorwaarden de huurtoeslag kan worden opengesteld voor "
              "jongeren die een kamer huren, en betrek de uitkomsten bij de herziening van de huurtoeslag.")
J_EVIDENCE = ("De minister van OCW en ik delen de analyse van de raad, maar niet de conclusie dat de doelen uit het "
              "actieplan bindend moeten worden en met een rijksbijdrage moeten worden beloond.")
K_EVIDENCE = ("Het tweede advies nemen wij wel over: de minister van OCW spreekt met de universiteiten en "
              "hogescholen af dat zij vanaf het studiejaar 2026-2027 alleen nog actief internationale studenten "
              "werven als zij hun eerstejaars huisvesting kunnen aanbieden.")
L_EVIDENCE = ("Een verplichte jongerentoets voor alle nieuwe wet- en regelgeving gaat het kabinet te ver; wel passen "
              "wij de toets bij wijze van proef toe op de drie wetsvoorstellen over wonen die dit jaar in "
              "voorbereiding zijn.")
M_EVIDENCE = ("Het kabinet stelt voor de jaren 2026 tot en met 2028 € 600 miljoen per jaar beschikbaar, maar legt "
              "zich nu niet vast op een structureel bedrag tot en met 2035.")
N_EVIDENCE = ("Vanaf 2026 bevat de jaarlijkse Staat van de Volkshuisvesting een vast hoofdstuk over de woonpositie "
              "van starters en jongeren, met de indicatoren die de raad voorstelt.")
O_EVIDENCE = ("Het kabinet onderschrijft het advies om één bewindspersoon verantwoordelijk te maken voor het geheel "
              "van het beleid voor de huisvesting van jongeren en starters.")

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Op 20 maart 2025 heeft de Raad voor de leefomgeving en infrastructuur (hierna: de raad) het advies 'Een "
      "eerste thuis' uitgebracht over de woonpositie van starters en jongeren. Het advies is opgesteld op verzoek "
      "van mijn ambtsvoorganger. Met deze brief bied ik u, mede namens de minister van Financiën en de minister van "
      "Onderwijs, Cultuur en Wetenschap, de kabinetsreactie op het advies aan."),
    P("Ik dank de raad voor dit zorgvuldige en scherpe advies. De raad heeft niet alleen met deskundigen gesproken, "
      "maar ook met veel jongeren zelf, en dat is in het advies terug te lezen. De verhalen van jongeren die tot hun "
      "dertigste op hun oude kinderkamer wonen, of die na hun afstuderen geen andere plek vinden dan hun "
      "studentenkamer, maken duidelijk hoe groot de opgave is."),
    P("Het kabinet herkent het beeld dat de raad schetst. Betaalbaar wonen is een van de prioriteiten van dit "
      "kabinet, en de positie van starters verdient daarbinnen bijzondere aandacht. Tegelijk is de woningmarkt een "
      "samenhangend geheel: maatregelen voor de ene groep hebben gevolgen voor andere groepen, voor de "
      "overheidsfinanciën en voor de uitvoering. Bij de beoordeling van de adviezen heeft het kabinet die "
      "samenhang steeds meegewogen."),
    P("In deze brief ga ik in op de adviezen van de raad. Ik volg daarbij niet de indeling van het advies, maar vier "
      "thema's die aansluiten bij het beleid van het kabinet: studenten en jonge huurders, de koopmarkt, het bouwen "
      "voor starters, en regie en samenhang. Ik sluit af met een overzicht van de vervolgstappen."),

    H("1. Studenten en jonge huurders", 2),
    P("Studenten en jonge werkenden zijn de groep die het langst wacht op een woning. De raad laat zien dat juist "
      "jongeren met een laag of middeninkomen en zonder financiële steun van hun ouders tussen wal en schip vallen. "
      "Het kabinet heeft in het afgelopen jaar al maatregelen genomen om de huren in de vrije sector te begrenzen "
      "en de huurtoeslag te verhogen. Die maatregelen helpen zittende huurders, maar nog niet de jongeren die een "
      "eerste woning zoeken."),
    P("De raad adviseert de huurtoeslag open te stellen voor jongeren tot 23 jaar die een kamer huren. Ik herken het "
      "probleem dat de raad beschrijft: juist jongeren met een laag inkomen betalen voor een kamer vaak een hoge "
      "prijs per vierkante meter, zonder dat zij op ondersteuning kunnen rekenen. Tegelijk zou een uitbreiding "
      "van de huurtoeslag naar onzelfstandige woonruimte de uitvoering door de Dienst Toeslagen zwaar belasten, "
      "omdat huurprijzen en servicekosten van kamers moeilijk te controleren zijn. Ook bestaat het risico dat "
      "verhuurders de toeslag doorberekenen in hogere huren. "
      + H_EVIDENCE + " Een besluit daarover verwacht ik niet eerder dan in 2027.",
      answers=(Answer("h", "partial", H_EVIDENCE),)),
    P("Sinds de inwerkingtreding van de Wet vaste huurcontracten op 1 juli 2024 mogen verhuurders alleen in "
      "bepaalde gevallen nog een tijdelijk huurcontract aanbieden. Het jongerencontract en het campuscontract zijn "
      "zulke uitzonderingen: woningen voor jongeren tot 28 jaar en voor studenten kunnen voor een beperkte periode "
      "worden verhuurd, zodat ze beschikbaar blijven voor nieuwe lichtingen. Eind 2024 waren ruim 90.000 woningen "
      "met een dergelijk contract verhuurd, ongeveer twee derde daarvan door woningcorporaties. Gemeenten en "
      "corporaties maken daarnaast in hun prestatieafspraken afspraken over het aantal woningen dat met voorrang "
      "aan jongeren wordt toegewezen, bijvoorbeeld via jongerenlabels of loting."),
    P("Over de studentenhuisvesting doet de raad twee adviezen: de doelen van het Landelijk Actieplan "
      "Studentenhuisvesting per studentenstad bindend maken, en met onderwijsinstellingen afspreken dat zij alleen "
      "internationale studenten werven als zij die studenten huisvesting kunnen bieden. " + J_EVIDENCE + " Het "
      "tekort aan studentenwoningen is in elke stad anders van aard, en de partijen die de woningen moeten bouwen, "
      "zijn van elkaar afhankelijk; een bindend doel voor de gemeente alleen doet daar geen recht aan. De doelen "
      "blijven daarom een gezamenlijke inspanning van alle partijen in het actieplan. " + K_EVIDENCE + " Instellingen "
      "die dat niet kunnen, stemmen hun wervingsactiviteiten daarop af.",
      answers=(Answer("j", "disagree", J_EVIDENCE), Answer("k", "agree", K_EVIDENCE))),
    P("De minister van OCW informeert uw Kamer in het najaar over de uitwerking van de afspraken met de instellingen, "
      "in samenhang met de bredere maatregelen om de instroom van internationale studenten te beheersen."),

    H("2. Een eerlijke kans op een koopwoning", 2),
    P("De raad doet drie adviezen aan de minister van Financiën over de financiering van de eerste woning en over de "
      "fiscale regelingen rond de eigen woning. Ik beantwoord deze adviezen namens het kabinet, in nauw overleg met "
      "de minister van Financiën."),
    P("De raad adviseert de beoordeling van flexibele inkomens bij de hypotheekaanvraag wettelijk te regelen. Het "
      "kabinet deelt de opvatting van de raad dat het niet uit te leggen is dat twee starters met hetzelfde inkomen "
      "een verschillend leenbedrag krijgen omdat de een een vast contract heeft en de ander niet. " + E_EVIDENCE
      + " De leennormen zelf blijven ongewijzigd; het gaat om de vraag welk inkomen voor de toetsing meetelt. Over "
      "de precieze vormgeving overlegt de minister van Financiën met de Nederlandse Vereniging van Banken en het "
      "Nibud.",
      answers=(Answer("e", "agree", E_EVIDENCE),)),
    P("De raad adviseert verder de startersvrijstelling in de overdrachtsbelasting af te schaffen en de opbrengst in "
      "te zetten voor betaalbare koopwoningen. " + F_EVIDENCE + " Wij erkennen dat een deel van het voordeel in de "
      "prijs terechtkomt, zoals ook uit de evaluatie bleek. Afschaffing zou echter juist nu, met hoge prijzen en een "
      "hoge rente, de drempel voor starters verder verhogen, en de opbrengst zou pas na jaren in extra woningen "
      "zichtbaar worden. Het kabinet volgt de werking van de vrijstelling wel nauwgezet en past de "
      "woningwaardegrens jaarlijks aan.",
      answers=(Answer("f", "disagree", F_EVIDENCE),)),
    P("De raad adviseert daarnaast de hypotheekrenteaftrek versneld af te bouwen en de opbrengst terug te geven via "
      "een lagere inkomstenbelasting. Dit advies raakt aan de bredere herziening van het belastingstelsel. De "
      "staatssecretaris van Financiën stuurt uw Kamer na de zomer een brief over de toekomst van de fiscale "
      "behandeling van de eigen woning, en gaat daarin ook op dit advies van de raad in."),
    P("Een eerlijke kans op een koopwoning hangt ook af van de vraag of nieuwe betaalbare koopwoningen bij starters "
      "terechtkomen. " + D_EVIDENCE + " Gemeenten kunnen sinds 2022 opkoopbescherming instellen en kunnen bij "
      "nieuwbouw een zelfbewoningsplicht opnemen in de koopovereenkomst. Ruim zeventig gemeenten doen dat al, en "
      "uit de evaluatie van de Wet opkoopbescherming blijkt dat het instrument werkt waar de druk op de markt hoog "
      "is. Waar die druk ontbreekt, leidt een verplichting alleen tot extra regels en handhavingslasten. Ik zie dan "
      "ook geen aanleiding gemeenten hiertoe te verplichten; de keuze blijft bij de gemeenteraad.",
      answers=(Answer("d", "disagree", D_EVIDENCE),)),

    H("3. Bouwen voor starters", 2),
    P("Het kabinet houdt vast aan de ambitie om tot en met 2030 900.000 woningen te bouwen, waarvan twee derde "
      "betaalbaar. De bouwproductie is in 2024 licht gestegen, maar blijft onder het niveau dat nodig is. Met de "
      "Wet versterking regie volkshuisvesting krijgen Rijk, provincies en gemeenten instrumenten om meer te sturen op "
      "het soort woningen dat wordt gebouwd en op de vraag voor wie."),
    P("De raad adviseert in de woondeals bindend vast te leggen dat ten minste 40 procent van de nieuwbouw "
      "betaalbaar is voor starters. Ik deel de zorg van de raad dat betaalbare nieuwbouw nu niet altijd bij "
      "starters terechtkomt. Een bindend percentage voor alle regio's past echter niet bij de grote verschillen "
      "tussen regio's: in sommige krimpregio's is de vraag naar starterswoningen beperkt, terwijl in de grote steden "
      "ook andere groepen zonder woning zitten. " + A_GENERAL,
      answers=(Answer("a", "partial", A_GENERAL),)),
    P("Flexwoningen zijn nadrukkelijk geen vervanging van permanente woningbouw, maar kunnen snel extra ruimte "
      "bieden aan jongeren, spoedzoekers en statushouders. De raad wijst er terecht op dat de korte "
      "vergunningstermijn en de onzekere restwaarde projecten duur maken. " + B_EVIDENCE + " Het wetsvoorstel "
      "voor de langere termijn gaat deze zomer in consultatie; de garantieregeling wordt uitgevoerd door de "
      "Rijksdienst voor Ondernemend Nederland.",
      answers=(Answer("b", "agree", B_EVIDENCE),)),
    P("Ook het splitsen van grote woningen en het optoppen van bestaande gebouwen kan op korte termijn veel extra "
      "woonruimte opleveren, zonder dat daarvoor nieuwe grond nodig is. " + C_EVIDENCE + " De benodigde wijziging "
      "van het Besluit bouwwerken leefomgeving treedt op 1 juli 2026 in werking. Gemeenten behouden de "
      "mogelijkheid om in aangewezen gebieden, bijvoorbeeld waar de leefbaarheid onder druk staat, aanvullende "
      "eisen te stellen.",
      answers=(Answer("c", "agree", C_EVIDENCE),)),
    P("De raad adviseert de woningbouwimpuls structureel te maken met ten minste € 1 miljard per jaar tot en met "
      "2035. Het kabinet erkent dat gemeenten en ontwikkelaars zekerheid nodig hebben, omdat de voorbereiding van een "
      "bouwproject vaak langer duurt dan een kabinetsperiode. " + M_EVIDENCE + " Over de financiering na 2028 "
      "besluit het kabinet bij de voorjaarsbesluitvorming van 2027, in het licht van de dan bereikte bouwproductie. "
      "Dat betekent niet dat het kabinet de behoefte aan langjarige zekerheid onderschat.",
      answers=(Answer("m", "partial", M_EVIDENCE),)),

    H("4. Regie en samenhang", 2),
    P("Een belangrijke les uit het advies is dat het beleid voor jongeren op de woningmarkt versnipperd is over "
      "ministeries en overheidslagen. " + O_EVIDENCE + " De minister van Volkshuisvesting en Ruimtelijke Ordening "
      "wordt daarom coördinerend bewindspersoon voor de huisvesting van jongeren, starters en studenten, en "
      "rapporteert daarover aan de ministerraad. Dat betekent niet dat andere bewindspersonen hun eigen "
      "verantwoordelijkheid kwijtraken; de minister van OCW blijft bijvoorbeeld verantwoordelijk voor de afspraken "
      "met de onderwijsinstellingen.",
      answers=(Answer("o", "agree", O_EVIDENCE),)),
    P("De raad adviseert verder een jongerentoets in te voeren voor nieuwe wet- en regelgeving, en jaarlijks te "
      "rapporteren over de woonpositie van starters en jongeren. " + N_EVIDENCE + " Daarmee krijgen uw Kamer en "
      "het kabinet elk jaar een vast beeld van de ontwikkeling van woonlasten, wachttijden en de leeftijd waarop "
      "jongeren uit huis gaan. " + L_EVIDENCE + " Na een jaar bezien wij of de toets meerwaarde heeft boven de "
      "bestaande effectbeoordelingen in het Beleidskompas.",
      answers=(Answer("n", "agree", N_EVIDENCE), Answer("l", "partial", L_EVIDENCE))),
    P("Over het startersdoel in de woondeals (advies a), dat ik in de vorige paragraaf al besprak, nog het "
      "volgende. "
      "Bij de herijking van de woondeals in het najaar van 2025 spreek ik met de provincies en gemeenten in de "
      "regio's Amsterdam, Utrecht, Haaglanden, Rotterdam, Eindhoven, Arnhem-Nijmegen, Groningen, Leiden, Zwolle en "
      "Amersfoort af welk deel van de betaalbare nieuwbouw voor starters wordt bestemd, en hoe de provincie de "
      "voortgang volgt. " + A_DETAIL + " In de overige regio's blijft het bij de bestaande afspraak dat twee derde "
      "van de nieuwbouw betaalbaar is.",
      answers=(Answer("a", "partial", A_DETAIL),)),

    H("Tot slot", 2),
    P("Het advies van de raad laat zien dat de woningnood onder jongeren niet met één maatregel is op te lossen. "
      "Het kabinet kiest in deze reactie voor een combinatie van maatregelen die op korte termijn ruimte scheppen, "
      "zoals flexwonen, splitsen en optoppen, en maatregelen die de positie van starters blijvend versterken, zoals "
      "een eerlijke beoordeling van flexibele inkomens en een vaste plek voor starters in de woondeals. Niet alle "
      "adviezen neemt het kabinet over, maar de richting die de raad wijst, deelt het kabinet."),
    P("Ik zal uw Kamer voor het einde van dit jaar over de voortgang van de maatregelen uit deze brief informeren."),
    P("De minister van Volkshuisvesting en Ruimtelijke Ordening,"),
    P("drs. M.L. Verhoeven-Baars"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies 'Een eerste thuis' van de Raad voor de leefomgeving en infrastructuur",
    subtitle=("Brief van de minister van Volkshuisvesting en Ruimtelijke Ordening aan de Voorzitter van de Tweede "
              "Kamer der Staten-Generaal, Den Haag, 17 juni 2025"),
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie Rli-advies 'Een eerste thuis'",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="advisory_council_starter_housing",
    report=REPORT,
    response=RESPONSE,
    description=("Rli-style advice on starters and young people on the housing market (15 lettered advices a-o in "
                 "four themes with own lead-ins) and a kabinetsreactie letter that answers by subject in its own "
                 "theme order."),
)
