"""Pair: a fictional Raad voor Leefomgeving en Omgevingskwaliteit advice on aircraft noise, and the minister's letter.

Layout traits this pair tests: a sans report with a title page and running header, numbered chapters, a numbered
list of advisory questions in the introduction that are not recommendations, a data table with horizontal rules,
and five boxed "Voorbeeld uit het buitenland" texts (one-column grid tables with a shaded title row; two of them break
across a page and repeat the title row) whose sentences say what foreign authorities "moeten" or "zouden" do but are
examples, one of them set between recommendations 8 and 9 (it breaks across that page turn).
The summary already argues for measures in running prose.  The fifteen recommendations are in chapter 7 "Wat de raad
adviseert", whose introduction says "De raad doet de volgende negen aanbevelingen" (a realistic inconsistency; gold
follows what is printed): one numbered list 1-8, the box, then a list 9-15.  Every item begins with its addressee
("Minister van IenW: ...", "Luchthaven Schiphol: ...", "Inspectie Leefomgeving en Transport: ...", "Kabinet: ...",
"Provincies: ..."), two name two addressees ("Minister van IenW en minister van VWS: ...", "Minister van IenW en
provincies: ...").

The response is a serif letter of the minister of IenW (letterhead, no title page) whose paragraphs carry the
letter's own numbers "1." ... "18." (which do not match the recommendation numbers), grouped by theme under bold
run-in subject lines ("Nachtvluchten", "Toezicht en handhaving", ...); no answer names a recommendation number.
Gold positions:
 1 (WHO values as legal targets) disagree: agrees with the aim, "acht ik echter niet opportuun".
 2 (night flights to 25,000 and 20,000) partial: 25,000 introduced, 20,000 postponed until the EU balanced-approach
   procedure is done.
 3 (night closure regional airports) not addressed: the minister awaits a Raad van State ruling before deciding.
 4 (RIVM health monitor, IenW + VWS) agree without cue words: start date, four-yearly, 2.4 million per round.
 5 (reporting point for health complaints, VWS) not addressed: the VWS minister answers in her own letter.
 6 (insulation to 48 dB and night-only homes, 350 million fund) partial: 48 dB contour yes, fund and night part no;
   same paragraph as 13.
 7 (Schiphol purchase scheme at full market value) not addressed: only the operator's existing scheme is described.
 8 (Schiphol publishes per-flight noise within 48 hours) agree: agreement with the operator from 1 January 2026.
 9 (ILT ends anticipatory enforcement) agree via "Zoals ik in mijn brief van 12 maart 2025 heb gemeld, ...", after
   a quotation of the recommendation.
10 (own ILT measuring network, enforce on measurements) disagree, pointing at the Wet luchtvaart; same paragraph as
   15.
11 (cabinet: no growth decisions before targets are met) disagree, blunt "neemt deze aanbeveling niet over".
12 (provinces: no new housing inside 48 dB) partial: the minister only explores a national instructieregel.
13 (annual compensation paid from a night-flight levy) disagree: "past niet bij het uitgangspunt".
14 (environment councils, IenW + provinces) agree: "Die aanbeveling neem ik over".
15 (annual comparison of computed and measured noise) agree: committed yearly study from 2026.
All prose is fictional and written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def box(title: str, *sentences: str) -> Table:
    """A boxed example text: a one-column grid table with a shaded title row and one body cell."""
    return Table(header=(title,), rows=((Cell("\n".join(sentences)),),), rules="grid")


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
    P("Wie in Zwanenburg, Aalsmeer of Hoofddorp woont, weet hoe een vliegtuig klinkt dat om kwart voor zes 's ochtends "
      "overkomt. Wie in Beek, Overschie of Lelystad woont, weet het steeds vaker ook. Vliegtuiggeluid is voor "
      "honderdduizenden Nederlanders geen abstract milieuthema, maar een onderdeel van hun dag en, belangrijker nog, "
      "van hun nacht."),
    P("De raad heeft dit advies op eigen initiatief opgesteld. Aanleiding was de vaststelling dat het geluidsbeleid "
      "rond luchthavens al jarenlang in het teken staat van de vraag hoeveel er gevlogen mag worden, en veel minder "
      "van de vraag wat dat betekent voor de mensen die eronder wonen. In de gesprekken die wij voerden, met bewoners, "
      "huisartsen, piloten, bestuurders, handhavers en de luchtvaartsector, bleek hoe ver die twee vragen uit elkaar "
      "zijn gegroeid."),
    P("Wij danken iedereen die zijn tijd en kennis met ons heeft gedeeld. Een bijzonder woord van dank gaat naar de "
      "bewoners die ons in hun huis ontvingen en ons lieten horen, letterlijk, waarover zij spraken."),
    P("prof. dr. M.A. Terpstra-Veenhuis, voorzitter"),
    P("drs. J.K. Oudeman, algemeen secretaris"),
    PageBreak(),
    H("Samenvatting"),
    P("Geluid is na luchtverontreiniging de milieufactor die in Nederland de meeste gezondheidsschade veroorzaakt. "
      "Vliegtuiggeluid neemt daarin een bijzondere plaats in: het is luider dan wegverkeer, het komt van boven, het "
      "laat zich niet wegschermen met een geluidswal en het treft mensen ook in de nacht. Rond Schiphol en de "
      "regionale luchthavens ondervinden naar schatting ruim 188.000 mensen ernstige hinder en ruim 46.000 mensen "
      "ernstige slaapverstoring door vliegtuiggeluid."),
    P("Het huidige stelsel van geluidsregels beschermt die mensen onvoldoende. De normen zijn geformuleerd als "
      "grenswaarden in handhavingspunten en niet als bescherming van de gezondheid van omwonenden. Zij zijn jarenlang "
      "niet gehandhaafd zoals de wet voorschreef, en zij zijn gebaseerd op berekeningen waarvan bewoners de uitkomsten "
      "niet herkennen. Het gevolg is een diep wantrouwen, dat de raad in vrijwel ieder gesprek tegenkwam."),
    P("De nacht vraagt volgens de raad de meeste aandacht. Slaapverstoring is het gezondheidseffect waarvoor het "
      "bewijs het sterkst is, en tegelijk zijn het aantal nachtvluchten op Schiphol en de openingstijden van de "
      "regionale luchthavens in de afgelopen vijftien jaar nauwelijks beperkt. De raad vindt dat de nachtrust van "
      "omwonenden zwaarder moet wegen dan het belang van vertrekken en aankomsten in de randen van de nacht."),
    P("Wie onder een aanvliegroute woont, moet bovendien kunnen rekenen op een goed geïsoleerde woning, op eerlijke "
      "regelingen wanneer hij wil verhuizen en op een stem in besluiten over de luchthaven. Op al die punten schiet "
      "de huidige praktijk tekort. Isolatieprogramma's zijn verouderd, koopregelingen bieden te weinig, en "
      "omwonenden hebben weinig invloed op de besluiten die hun leefomgeving het sterkst bepalen."),
    P("De raad richt zijn aanbevelingen tot de minister van Infrastructuur en Waterstaat, de minister van "
      "Volksgezondheid, Welzijn en Sport, de Inspectie Leefomgeving en Transport, de exploitant van Schiphol, de "
      "provincies en het kabinet als geheel. De kern is dat de gezondheid van omwonenden het vertrekpunt van het "
      "beleid wordt, dat de nacht rustiger wordt, dat woningen beter worden beschermd en dat de regels worden "
      "gehandhaafd zoals ze zijn bedoeld. De aanbevelingen staan in hoofdstuk 7."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De luchtvaart is in Nederland sinds het begin van deze eeuw sterk gegroeid. Schiphol verwerkte in 2019 bijna "
      "500.000 vliegtuigbewegingen, en ook de regionale luchthavens van Rotterdam, Eindhoven en Maastricht zagen het "
      "aantal passagiers jarenlang toenemen. Na de tijdelijke terugval tijdens de coronapandemie is het verkeer "
      "grotendeels hersteld. Tegelijk is de ruimte rond de luchthavens verder volgebouwd: in de gemeenten rond "
      "Schiphol zijn sinds 2000 ruim 60.000 woningen bijgekomen, een deel daarvan binnen de geluidscontouren."),
    P("Over de geluidsregels rond Schiphol wordt al decennia gestreden. Het zogenoemde nieuwe normen- en "
      "handhavingsstelsel, waarover de sector en de regio in 2008 afspraken maakten, is nooit in het "
      "Luchthavenverkeerbesluit vastgelegd. In de tussentijd gedoogde de overheid dat de luchthaven volgens het "
      "nieuwe stelsel werd gebruikt, terwijl formeel het oude stelsel gold. Dat anticiperend handhaven heeft het "
      "vertrouwen van omwonenden in de overheid ernstig geschaad."),
    P("In 2023 kondigde het kabinet aan het aantal vliegtuigbewegingen op Schiphol te willen beperken en het aantal "
      "nachtvluchten te verminderen. Die voornemens zijn onderwerp geworden van juridische procedures en van "
      "overleg met de Europese Commissie. Voor de regionale luchthavens lopen procedures voor nieuwe "
      "luchthavenbesluiten. De raad acht dit het moment om een stap terug te doen en te vragen waar het geluidsbeleid "
      "eigenlijk voor bedoeld is."),
    H2("1.2 Adviesvraag"),
    P("De raad heeft zich in dit advies de volgende vragen gesteld:"),
    ItemList(items=(
        ListItem("Wat is bekend over de gevolgen van vliegtuiggeluid voor de gezondheid van omwonenden, en wat niet?"),
        ListItem("In hoeverre beschermen de huidige normen, het toezicht en de handhaving omwonenden tegen die "
                 "gevolgen?"),
        ListItem("Wat is er nodig om de nachtrust en de woonomgeving van omwonenden beter te beschermen, en wie moet "
                 "daarvoor aan de slag?"),
    ), style="1."),
    P("Het advies gaat over burgerluchthavens: Schiphol, Rotterdam The Hague Airport, Eindhoven Airport (voor het "
      "burgerluchtverkeer), Maastricht Aachen Airport, Groningen Airport Eelde en Lelystad Airport. Militaire "
      "luchthavens en kleine velden voor de recreatieve luchtvaart blijven buiten beschouwing. Ook de klimaateffecten "
      "van de luchtvaart en de uitstoot van stikstof en ultrafijnstof komen alleen zijdelings aan bod."),
    H2("1.3 Werkwijze"),
    P("De raad heeft zijn bevindingen gebaseerd op:"),
    bullets(
        "een literatuurstudie naar de gezondheidseffecten van vliegtuiggeluid, uitgevoerd door een extern "
        "onderzoeksbureau in opdracht van de raad;",
        "gesprekken met 71 vertegenwoordigers van bewonersorganisaties, gemeenten, provincies, GGD'en, luchthavens, "
        "luchtvaartmaatschappijen, de luchtverkeersleiding, de Inspectie Leefomgeving en Transport en het RIVM;",
        "vijf bijeenkomsten met omwonenden, in Zwanenburg, Aalsmeer, Rotterdam-Overschie, Beek en Lelystad;",
        "een vergelijking met het beleid rond de luchthavens van Frankfurt, Zürich, Parijs en Londen.",
    ),
    P("Een conceptversie van de feitelijke hoofdstukken is voorgelegd aan de betrokken ministeries en aan de "
      "exploitanten van de luchthavens. Hun opmerkingen over feitelijke onjuistheden zijn verwerkt. De analyse, de "
      "conclusies en de aanbevelingen zijn uitsluitend voor rekening van de raad.",
      footnotes=("De samenstelling van de raad en van de voorbereidende commissie is opgenomen in de bijlage.",)),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft wat bekend is over de gevolgen van vliegtuiggeluid voor de gezondheid. Hoofdstuk 3 "
      "gaat over de nacht. Hoofdstuk 4 behandelt de normen, het meten en het handhaven. Hoofdstuk 5 gaat over het "
      "wonen rond luchthavens: isolatie, compensatie en ruimtelijke ordening. Hoofdstuk 6 gaat over besluiten over "
      "de capaciteit van luchthavens en de zeggenschap van omwonenden. Hoofdstuk 7 bevat de aanbevelingen van de "
      "raad. Op verschillende plaatsen beschrijven kaders een voorbeeld uit het buitenland."),
    PageBreak(),
    H("2 Geluid, slaap en gezondheid"),
    H2("2.1 Wat vliegtuiggeluid met mensen doet"),
    P("Geluid werkt op het lichaam in, ook als iemand er niet bewust op let. Een plotseling geluid, zoals een "
      "overvliegend toestel, leidt tot een korte stressreactie: de hartslag en de bloeddruk stijgen en er komen "
      "stresshormonen vrij. Overdag gaat het vooral om hinder: mensen ergeren zich, kunnen zich slechter concentreren "
      "en vermijden hun tuin of balkon. Kinderen op scholen onder aanvliegroutes blijken in verschillende studies "
      "langzamer te leren lezen."),
    P("In de nacht zijn de effecten ernstiger. Geluid verstoort de slaapstructuur, ook wanneer iemand er niet wakker "
      "van wordt. Wie jarenlang slecht slaapt, loopt een groter risico op een hoge bloeddruk, op hart- en vaatziekten "
      "en op psychische klachten. Het bewijs voor die verbanden is voor vliegtuiggeluid sterker dan voor ander "
      "verkeersgeluid, waarschijnlijk omdat vliegtuiggeluid piekt en onvoorspelbaar is."),
    P("De Wereldgezondheidsorganisatie heeft op basis van dat bewijs in 2018 advieswaarden voor vliegtuiggeluid "
      "vastgesteld: 45 dB Lden als gemiddelde over het etmaal en 40 dB Lnight voor de nacht. Boven die waarden nemen "
      "de gezondheidseffecten aantoonbaar toe. De Nederlandse normen liggen daar ver boven. De grens van de zone "
      "waarbinnen rond Schiphol beperkingen voor woningbouw gelden, ligt bij 58 dB Lden; het isolatieprogramma richt "
      "zich op woningen boven 62 dB Lden.",
      footnotes=("Lden is een over het etmaal gemiddeld geluidsniveau waarin geluid in de avond en de nacht "
                 "zwaarder meetelt; Lnight is het gemiddelde geluidsniveau tussen 23.00 en 07.00 uur.",)),
    H2("2.2 Hoeveel mensen het raakt"),
    P("Tabel 2.1 geeft een schatting van het aantal woningen binnen de 48 dB Lden-contour en van het aantal ernstig "
      "gehinderden en ernstig slaapverstoorden per luchthaven. De schattingen zijn gebaseerd op de berekende "
      "geluidsbelasting in 2023 en op de dosis-effectrelaties die het RIVM hanteert."),
    Table(
        header=("Luchthaven", "Woningen binnen 48 dB Lden", "Ernstig gehinderd", "Ernstig slaapverstoord"),
        rows=(
            ("Schiphol", "262.000", "168.000", "41.000"),
            ("Rotterdam The Hague Airport", "14.500", "9.800", "2.600"),
            ("Eindhoven Airport", "11.200", "7.400", "1.300"),
            ("Maastricht Aachen Airport", "3.900", "2.700", "900"),
            ("Groningen Airport Eelde", "600", "400", "< 100"),
            ("Lelystad Airport", "–", "–", "–"),
        ),
        widths=(2.2, 1.6, 1.3, 1.4),
        rules="rows",
    ),
    P("Tabel 2.1. Geschatte aantallen woningen, ernstig gehinderden en ernstig slaapverstoorden, 2023. Lelystad "
      "Airport is niet opengesteld voor handelsverkeer. Bron: bewerking door de raad van gegevens van het RIVM en "
      "de luchthavens."),
    P("De cijfers laten zien dat Schiphol het overgrote deel van de hinder veroorzaakt, maar ook dat de regionale "
      "luchthavens niet te verwaarlozen zijn. Rond Rotterdam The Hague Airport wonen relatief veel mensen dicht bij "
      "de baan, en de vroege vertrekken naar vakantiebestemmingen vallen precies in de uren waarin mensen het "
      "gevoeligst zijn voor geluid."),
    H2("2.3 Wat we niet weten"),
    P("Opvallend is hoe weinig er in Nederland systematisch wordt gemeten. De cijfers in tabel 2.1 zijn geen "
      "waarnemingen maar afgeleide schattingen. Het laatste grootschalige onderzoek onder omwonenden van Schiphol, "
      "waarin hinder en slaapverstoring werden nagevraagd, dateert van 2016. Voor de regionale luchthavens zijn "
      "vrijwel geen eigen gegevens beschikbaar. Ook is niet bekend of omwonenden vaker slaapmiddelen gebruiken of "
      "vaker met hart- en vaatziekten bij de huisarts komen dan vergelijkbare mensen elders."),
    P("Omwonenden met gezondheidsklachten weten bovendien niet waar zij terechtkunnen. Klachten over geluid worden "
      "geregistreerd door het Bewoners Aanspreekpunt Schiphol en door de regionale luchthavens zelf, maar die "
      "registraties gaan over het geluid en niet over de gevolgen voor de gezondheid. Huisartsen in de regio zeggen "
      "klachten te herkennen, maar leggen geen verband met vliegtuiggeluid vast."),
    box("Voorbeeld uit het buitenland: gezondheidsonderzoek rond Frankfurt",
        "Na de opening van een nieuwe landingsbaan bij Frankfurt am Main werd een langjarig onderzoek opgezet naar de "
        "gezondheid van omwonenden, waarin hinder, slaap, bloeddruk en de leesvaardigheid van kinderen werden gevolgd.",
        "De deelstaatregering vond dat de gevolgen van de uitbreiding niet alleen berekend maar ook gemeten moesten "
        "worden, en dat de resultaten openbaar zouden moeten zijn.",
        "Het onderzoek liet zien dat de hinder sterker toenam dan de berekeningen hadden voorspeld. Volgens de "
        "onderzoekers zouden andere luchthavens zulke metingen vóór en na een besluit standaard moeten uitvoeren."),
    PageBreak(),
    H("3 De nacht"),
    H2("3.1 Nachtvluchten op Schiphol"),
    P("Voor Schiphol geldt een maximum van 32.000 vliegtuigbewegingen per gebruiksjaar tussen 23.00 en 07.00 uur. "
      "Dat maximum is sinds 2008 niet gewijzigd. Het grootste deel van de nachtvluchten vindt plaats in de randen van "
      "de nacht: tussen 06.00 en 07.00 uur landen de intercontinentale vluchten die de ochtendpiek van de "
      "overstapluchthaven voeden, en na 23.00 uur vertrekken vakantievluchten en vrachttoestellen."),
    P("Het kabinet kondigde in 2022 aan het aantal nachtvluchten te willen verlagen naar 27.000. Luchtvaartmaatschappijen "
      "hebben daartegen bezwaar gemaakt, en de Europese regels schrijven voor dat een beperking van het gebruik van "
      "een luchthaven om geluidsredenen pas mag worden ingevoerd nadat een zogenoemde evenwichtige aanpak is "
      "doorlopen. Daarin moet worden aangetoond dat minder vergaande maatregelen, zoals stillere toestellen of andere "
      "vliegroutes, niet volstaan."),
    P("De raad heeft begrip voor de zorgvuldigheid die de Europese regels vragen, maar stelt vast dat omwonenden nu "
      "al vijftien jaar wachten op een rustiger nacht. Stillere toestellen zijn welkom, maar de winst daarvan wordt "
      "in de praktijk grotendeels tenietgedaan wanneer het aantal vluchten gelijk blijft of groeit. Wie slaapverstoring "
      "wil verminderen, ontkomt er volgens de raad niet aan het aantal vluchten in de nacht te verlagen."),
    H2("3.2 Openingstijden van de regionale luchthavens"),
    P("De regionale luchthavens zijn in beginsel 's nachts gesloten, maar de luchthavenbesluiten laten ruime "
      "uitzonderingen toe. Vertraagde vluchten mogen tot middernacht of later landen, en in de ochtend beginnen de "
      "vertrekken op enkele luchthavens al om 06.00 uur. In de zomermaanden is de nacht rond Rotterdam en Eindhoven "
      "daardoor in de praktijk korter dan zeven uur. Bij Maastricht Aachen Airport spelen bovendien nachtelijke "
      "vrachtvluchten een rol."),
    P("Bewoners vertelden de raad dat niet het aantal vluchten het grootste probleem is, maar de onvoorspelbaarheid: "
      "wie weet dat om 23.00 uur het laatste toestel is geland, kan zich daarop instellen; wie iedere avond moet "
      "afwachten of er nog een vertraagde vlucht komt, niet. Een vaste nachtsluiting zonder ruime uitzonderingen "
      "biedt volgens de raad de duidelijkheid die nu ontbreekt."),
    box("Voorbeeld uit het buitenland: nachtverbod in Frankfurt en Zürich",
        "Op de luchthaven van Frankfurt geldt sinds 2011 een nachtverbod tussen 23.00 en 05.00 uur voor geplande "
        "vluchten. Het verbod is er gekomen na een uitspraak van de hoogste bestuursrechter, die oordeelde dat de "
        "nachtrust van omwonenden zwaarder moest wegen dan de economische belangen van de luchthaven.",
        "Ook Zürich kent een nachtsluiting, met een kleine marge voor vertraagde vluchten. Luchtvaartmaatschappijen "
        "moeten hun dienstregeling zo inrichten dat vertragingen de nachtsluiting niet structureel doorbreken; wie "
        "daar herhaaldelijk niet in slaagt, zou volgens de luchthaven slots moeten inleveren."),
    H("4 Normen, meten en handhaven"),
    H2("4.1 Normen die niet beschermen"),
    P("Het Nederlandse geluidsstelsel voor Schiphol rust op grenswaarden in handhavingspunten: vaste punten rond de "
      "luchthaven waar de berekende geluidsbelasting een bepaalde waarde niet mag overschrijden. Het stelsel zegt "
      "daardoor iets over de verdeling van het geluid over de omgeving, maar weinig over het aantal mensen dat "
      "geluid ondervindt. Een verschuiving van vluchten naar een baan boven dichtbebouwd gebied kan binnen de "
      "grenswaarden blijven en toch tot meer gehinderden leiden."),
    P("De raad vindt dat de normen moeten uitgaan van de bescherming van mensen. De advieswaarden van de "
      "Wereldgezondheidsorganisatie geven daarvoor het beste vertrekpunt, ook al zijn zij rond een grote luchthaven "
      "niet op korte termijn haalbaar. Juist daarom is een reductiepad nodig, met tussendoelen die het kabinet "
      "bindt en die omwonenden kunnen volgen."),
    H2("4.2 Jarenlang gedogen"),
    P("Van 2010 tot 2024 werd Schiphol gebruikt volgens een stelsel dat niet in de wet stond. De Inspectie "
      "Leefomgeving en Transport trad in die periode niet op tegen overschrijdingen van de wettelijke grenswaarden "
      "wanneer de luchthaven zich hield aan de regels van het nieuwe stelsel. Deze praktijk, die bekend werd als "
      "anticiperend handhaven, is door de rechter in 2023 in strijd met de wet geoordeeld. De raad constateert dat "
      "het gedogen in de ogen van omwonenden het bewijs werd dat de regels er niet voor hen zijn."),
    P("Ook waar wel werd gehandhaafd, duurde het lang. Overschrijdingen worden pas na afloop van een gebruiksjaar "
      "vastgesteld, en tussen de vaststelling en een sanctie zaten in enkele gevallen meer dan twee jaar. Een "
      "handhaving die zo laat komt, heeft nauwelijks nog een preventieve werking."),
    H2("4.3 Berekenen en meten"),
    P("De geluidsbelasting rond luchthavens wordt in Nederland berekend en niet gemeten. Dat heeft goede redenen: "
      "een berekening maakt het mogelijk vooraf te bepalen wat een besluit betekent, en metingen worden beïnvloed "
      "door ander geluid en door het weer. Maar bewoners herkennen de uitkomsten van de berekeningen vaak niet, en "
      "vergelijkingen die bewonersgroepen zelf maakten, laten op enkele plaatsen verschillen van meer dan 3 dB zien. "
      "Het meetnet rond Schiphol wordt beheerd door de luchthaven zelf, wat het vertrouwen niet vergroot."),
    P("De raad meent dat de handhaving geloofwaardiger wordt wanneer de toezichthouder zelf over metingen beschikt "
      "en wanneer de verschillen tussen berekenen en meten stelselmatig worden onderzocht en openbaar gemaakt. "
      "Openbaarheid per vlucht helpt bewoners bovendien om hun ervaringen te toetsen aan wat er werkelijk gebeurde."),
    box("Voorbeeld uit het buitenland: meetgegevens per vlucht in Zürich",
        "De luchthaven van Zürich publiceert per vlucht de gemeten geluidsniveaus bij een twintigtal meetpunten, "
        "samen met het gevlogen spoor. Bewoners kunnen op adres zoeken en zien welke vlucht hen op welk moment "
        "heeft gestoord.",
        "De kantonale toezichthouder vond dat de luchthaven haar gegevens binnen twee dagen openbaar moest maken, en "
        "dat afwijkingen van de voorgeschreven route zouden moeten worden toegelicht. Volgens de luchthaven nam het "
        "aantal klachten daarna af, omdat bewoners beter begrepen wat zij hoorden."),
    PageBreak(),
    H("5 Wonen onder de aanvliegroute"),
    H2("5.1 Isolatie van woningen"),
    P("Rond Schiphol zijn sinds de jaren negentig ongeveer 13.000 woningen geïsoleerd. Het programma was gebaseerd "
      "op de geluidscontouren van toen en op de norm van 62 dB Lden. Sindsdien is het gebruik van de banen veranderd, "
      "zijn er woningen bijgebouwd en is de kennis over de gezondheidseffecten toegenomen. Woningen die vooral in de "
      "nacht geluid ontvangen, bijvoorbeeld onder de routes van de vroege landingen, vallen vaak buiten het "
      "programma omdat hun etmaalgemiddelde onder de drempel blijft."),
    P("Een deel van de eerder geïsoleerde woningen voldoet bovendien niet meer. Ventilatievoorzieningen zijn "
      "verouderd, en bewoners die in de zomer hun ramen openzetten, hebben van de isolatie weinig profijt. De raad "
      "schat dat een uitbreiding van het programma tot de 48 dB Lden-contour en tot woningen met een hoge "
      "nachtelijke belasting ongeveer 22.000 woningen betreft, met een kostenraming van 300 tot 400 miljoen euro."),
    H2("5.2 Verhuizen en compensatie"),
    P("Bewoners die zo dicht bij een baan wonen dat isolatie niet volstaat, willen soms verhuizen. Schiphol kent "
      "daarvoor een vrijwillige koopregeling, maar de taxatiewaarde houdt rekening met de ligging van de woning en "
      "daarmee met het geluid. Bewoners ontvangen zo een prijs die lager is dan voor een vergelijkbare woning "
      "elders, en kunnen daarvan niet altijd een gelijkwaardige woning kopen. De raad vindt dat een koopregeling "
      "bewoners in staat moet stellen zonder financiële schade te verhuizen."),
    P("Voor bewoners die niet voor isolatie in aanmerking komen en niet willen verhuizen, bestaat geen enkele "
      "regeling. Zij dragen de lasten van de luchthaven zonder daarvoor iets terug te zien. De raad acht een "
      "jaarlijkse tegemoetkoming, betaald door de luchtvaart zelf via een heffing op nachtvluchten, een redelijke "
      "erkenning van die lasten en tegelijk een prikkel om minder 's nachts te vliegen."),
    box("Voorbeeld uit het buitenland: een heffing voor isolatie in Frankrijk",
        "In Frankrijk betalen luchtvaartmaatschappijen op de grootste luchthavens een heffing per vertrek die hoger "
        "is naarmate het toestel luider is en die 's nachts zwaarder weegt. De opbrengst gaat naar een fonds waaruit "
        "de isolatie van woningen rond de luchthaven wordt betaald.",
        "De Franse regering vond dat de vervuiler moest betalen en dat omwonenden niet zouden moeten wachten tot er "
        "in een begroting ruimte was. Het fonds maakt het mogelijk ieder jaar een vast aantal woningen te isoleren."),
    H2("5.3 Ruimtelijke ordening rond regionale luchthavens"),
    P("Rond Schiphol bepaalt het Luchthavenindelingbesluit waar geen nieuwe woningen mogen worden gebouwd. Rond de "
      "regionale luchthavens is de bescherming veel beperkter. De luchthavenbesluiten leggen een beperkingengebied "
      "vast dat alleen het gebied met de hoogste geluidsbelasting omvat. Daarbuiten is het aan gemeenten en "
      "provincies om te bepalen of nieuwe woningbouw verantwoord is. In de gesprekken van de raad bleek dat de "
      "woningbouwopgave in de praktijk zwaarder weegt dan het geluid."),
    P("De raad begrijpt de druk op de woningmarkt, maar stelt vast dat iedere woning die nu binnen een "
      "geluidscontour wordt gebouwd, de komende vijftig jaar een bron van klachten en van druk op de luchthaven zal "
      "zijn. De provincies hebben met de omgevingsverordening een instrument om daar grenzen aan te stellen."),
    H("6 Groei en zeggenschap"),
    H2("6.1 Capaciteitsbesluiten"),
    P("Besluiten over het aantal vliegtuigbewegingen op Schiphol en over de opening van Lelystad Airport voor "
      "handelsverkeer zijn in de afgelopen jaren herhaaldelijk genomen, uitgesteld en herzien. Daarbij werd telkens "
      "beloofd dat groei alleen mogelijk zou zijn als de hinder zou afnemen. In de ogen van omwonenden is die "
      "belofte niet nagekomen: de groei kwam er, de vermindering van de hinder bleef uit of werd pas jaren later "
      "zichtbaar."),
    P("De raad meent dat de volgorde moet worden omgedraaid. Eerst moet aantoonbaar zijn dat de hinder is "
      "verminderd, pas dan kan over groei worden gesproken. Dat vraagt om heldere, controleerbare doelen en om een "
      "kabinet dat zich daaraan bindt."),
    H2("6.2 Zeggenschap van omwonenden"),
    P("Rond iedere luchthaven bestaat een vorm van overleg met de omgeving, maar de verschillen zijn groot. Rond "
      "Schiphol is de Omgevingsraad Schiphol een uitgebreid overlegorgaan met een eigen secretariaat; rond enkele "
      "regionale luchthavens komt een commissie een paar keer per jaar bijeen zonder eigen middelen. Bewoners "
      "vertelden de raad dat zij hun adviezen vaak zien verdwijnen zonder dat zij horen wat ermee is gedaan."),
    P("De raad vindt dat omwonenden een volwaardige gesprekspartner moeten zijn. Dat vraagt om een omgevingsraad met "
      "een onafhankelijke voorzitter, met een eigen budget om onderzoek te laten doen, en met de zekerheid dat de "
      "exploitant op adviezen reageert. De verantwoordelijkheid daarvoor ligt bij het Rijk en, voor de luchthavens "
      "waarvoor zij bevoegd gezag zijn, bij de provincies."),
    PageBreak(),
    H("7 Wat de raad adviseert"),
    P("De raad concludeert dat het geluidsbeleid rond luchthavens opnieuw moet worden ingericht rond de gezondheid "
      "van de mensen die eronder wonen. Dat vraagt inzet van het Rijk, van de toezichthouder, van de luchtvaartsector "
      "en van de provincies. De raad doet de volgende negen aanbevelingen. Bij iedere aanbeveling staat aan wie zij is "
      "gericht."),
    recs(
        1,
        ("Minister van IenW: maak de gezondheid van omwonenden het vertrekpunt van het geluidsbeleid en neem de "
         "advieswaarden van de Wereldgezondheidsorganisatie voor vliegtuiggeluid (45 dB Lden en 40 dB Lnight) op als "
         "wettelijke streefwaarden in het Luchthavenverkeerbesluit Schiphol en in de luchthavenbesluiten van de "
         "regionale luchthavens, met een bindend reductiepad tot 2035.", ("IenW",)),
        ("Minister van IenW: verlaag het maximum aantal nachtvluchten op Schiphol van 32.000 naar 25.000 per "
         "gebruiksjaar, ingaand in 2026, en bouw dit aantal verder af tot 20.000 in 2030.", ("IenW",)),
        ("Minister van IenW: stel voor de regionale luchthavens een nachtsluiting in van 23.00 tot 07.00 uur, met "
         "alleen een uitzondering voor ambulance-, politie-, defensie- en traumavluchten.", ("IenW",)),
        ("Minister van IenW en minister van VWS: laat het RIVM een gezondheidsmonitor rond luchthavens opzetten die "
         "ten minste eens in de vier jaar slaapverstoring, ernstige hinder, hart- en vaatziekten en het gebruik van "
         "slaap- en kalmeringsmiddelen onder omwonenden meet, en maak de uitkomsten openbaar.", ("IenW", "VWS")),
        ("Minister van VWS: financier structureel een laagdrempelig meldpunt waar omwonenden terechtkunnen met "
         "gezondheidsklachten die zij toeschrijven aan vliegtuiggeluid, en zorg dat de meldingen worden betrokken bij "
         "de gezondheidsmonitor.", ("VWS",)),
        ("Minister van IenW: breid het isolatieprogramma uit tot alle woningen binnen de 48 dB Lden-contour en tot "
         "woningen met een nachtelijke belasting van meer dan 40 dB Lnight, en reserveer daarvoor een fonds van ten "
         "minste 350 miljoen euro.", ("IenW",)),
        ("Luchthaven Schiphol: bied bewoners binnen de 58 dB Lden-contour die willen verhuizen een aankoopregeling "
         "tegen de volle marktwaarde van hun woning zonder waardedaling door vliegtuiggeluid, vermeerderd met een "
         "vergoeding voor verhuis- en inrichtingskosten.", ("OTHER",)),
        ("Luchthaven Schiphol: publiceer per vlucht binnen 48 uur de gemeten geluidsniveaus en de afwijkingen van de "
         "voorgeschreven vliegroute op een openbare en doorzoekbare website.", ("OTHER",)),
    ),
    box("Voorbeeld uit het buitenland: een geluidsforum met tanden in Londen",
        "Rond Heathrow bestaat een forum van omwonenden, gemeenten en luchtvaart met een onafhankelijke voorzitter "
        "en een eigen budget voor onderzoek. De luchthaven moet binnen een vaste termijn schriftelijk reageren op "
        "ieder advies van het forum.",
        "Volgens de Britse toezichthouder zouden andere luchthavens dit model moeten volgen, omdat het bewoners "
        "zicht geeft op wat er met hun inbreng gebeurt. De raad ziet hierin een bruikbaar voorbeeld voor "
        "Nederland."),
    recs(
        9,
        ("Inspectie Leefomgeving en Transport: beëindig het anticiperend handhaven en leg bij iedere overschrijding "
         "van een grenswaarde in een handhavingspunt binnen drie maanden na afloop van het gebruiksjaar een sanctie "
         "op.", ("IenW",)),
        ("Minister van IenW: geef de ILT een eigen meetnet rond Schiphol en de regionale luchthavens en baseer de "
         "handhaving op gemeten in plaats van berekende geluidsbelasting.", ("IenW",)),
        ("Kabinet: neem geen besluit over groei van het aantal vliegtuigbewegingen op Schiphol of over de opening "
         "van Lelystad Airport voor handelsverkeer zolang niet aantoonbaar aan de streefwaarden en het reductiepad "
         "uit aanbeveling 1 wordt voldaan.", ("KABINET",)),
        ("Provincies: neem in de omgevingsverordening regels op die nieuwe woningbouw binnen de 48 dB Lden-contour "
         "van regionale luchthavens uitsluiten, tenzij de woningen aantoonbaar worden beschermd tegen nachtelijk "
         "geluid.", ("OTHER",)),
        ("Minister van IenW: stel voor bewoners binnen de 48 dB Lden-contour die niet voor isolatie in aanmerking "
         "komen een jaarlijkse tegemoetkoming in, te betalen uit een heffing per nachtvlucht.", ("IenW",)),
        ("Minister van IenW en provincies: zorg dat iedere luchthaven een omgevingsraad heeft met een onafhankelijke "
         "voorzitter en een eigen onderzoeksbudget, en verplicht de exploitant om binnen drie maanden gemotiveerd te "
         "reageren op de adviezen van die raad.", ("IenW", "OTHER")),
        ("Minister van IenW: laat jaarlijks onafhankelijk onderzoeken hoe de berekende geluidsbelasting zich "
         "verhoudt tot de gemeten geluidsniveaus, en publiceer de verschillen per handhavingspunt.", ("IenW",)),
    ),
    P("De aanbevelingen hangen met elkaar samen. Streefwaarden zonder handhaving blijven papier; handhaving zonder "
      "betrouwbare gegevens wekt geen vertrouwen; en isolatie en compensatie kunnen een rustiger nacht niet "
      "vervangen, wel aanvullen. De raad vraagt het kabinet daarom de aanbevelingen in hun onderlinge samenhang te "
      "beoordelen en binnen zes maanden op dit advies te reageren."),
    PageBreak(),
    H("Bijlage Samenstelling en gesprekspartners"),
    H2("Samenstelling van de raad"),
    bullets(
        "prof. dr. M.A. Terpstra-Veenhuis, voorzitter",
        "dr. ir. P.L. Groeneveld",
        "mr. S. el Amrani",
        "prof. dr. W.J. van Dorp",
        "drs. H.E. Knol-Smits",
        "ir. T.F. Brouwer",
    ),
    H2("Voorbereidende commissie"),
    P("Het advies is voorbereid door een commissie onder leiding van dr. ir. P.L. Groeneveld, met als externe leden "
      "een longarts en een akoestisch adviseur. Het projectteam bestond uit vier medewerkers van het bureau van de "
      "raad."),
    H2("Gesprekspartners (selectie)"),
    bullets(
        "bewonersorganisaties rond Schiphol, Rotterdam The Hague Airport, Eindhoven Airport, Maastricht Aachen "
        "Airport en Lelystad Airport;",
        "gemeenten Haarlemmermeer, Aalsmeer, Rotterdam, Eindhoven, Beek en Lelystad;",
        "provincies Noord-Holland, Zuid-Holland, Noord-Brabant, Limburg en Flevoland;",
        "GGD Kennemerland, GGD Rotterdam-Rijnmond en GGD Zuid-Limburg;",
        "de exploitanten van de zes luchthavens, twee luchtvaartmaatschappijen en de luchtverkeersleiding;",
        "de Inspectie Leefomgeving en Transport, het RIVM en het ministerie van Infrastructuur en Waterstaat.",
    ),
)

REPORT = Document(
    title="Rust boven de regio",
    subtitle="Advies over vliegtuiggeluid, nachtvluchten en de gezondheid van omwonenden",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Leefomgeving en Omgevingskwaliteit  |  Rust boven de regio",
    footer="{page}",
    font_family="sans",
    imprint=("Raad voor Leefomgeving en Omgevingskwaliteit", "Advies 2025/03", "Den Haag, februari 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("De advieswaarden van de Wereldgezondheidsorganisatie als wettelijke streefwaarden opnemen acht ik echter niet "
       "opportuun.")
EV2 = ("Het maximum van 25.000 nachtvluchten voer ik in met ingang van het gebruiksjaar 2026-2027, maar over een "
       "verdere verlaging naar 20.000 besluit ik pas nadat de Europese procedure van de evenwichtige aanpak voor die "
       "stap is doorlopen.")
EV4 = ("Het RIVM start in het najaar van 2025 met de eerste meting van een gezondheidsmonitor rond Schiphol, "
       "Rotterdam The Hague Airport, Eindhoven Airport, Maastricht Aachen Airport en Groningen Airport Eelde, die "
       "daarna iedere vier jaar wordt herhaald.")
EV6 = ("Ik breid het isolatieprogramma uit tot de 48 dB Lden-contour, maar een fonds van 350 miljoen euro en een "
       "uitbreiding naar woningen met alleen een hoge nachtelijke belasting gaan mij op dit moment te ver.")
EV13 = ("Een jaarlijkse geldelijke tegemoetkoming voor bewoners die niet voor isolatie in aanmerking komen, past niet "
        "bij het uitgangspunt van het kabinet dat hinder zoveel mogelijk bij de bron wordt aangepakt.")
EV12 = ("Samen met de minister van Volkshuisvesting en Ruimtelijke Ordening verken ik met het Interprovinciaal Overleg "
        "of een instructieregel van het Rijk nodig is, zodat alle provincies rond regionale luchthavens dezelfde "
        "bescherming bieden.")
EV9 = ("Zoals ik in mijn brief van 12 maart 2025 heb gemeld, is het anticiperend handhaven per 1 april 2025 beëindigd "
       "en legt de ILT bij iedere overschrijding van een grenswaarde binnen drie maanden na afloop van het "
       "gebruiksjaar een sanctie op.")
EV10 = "Een eigen meetnet voor de ILT acht ik niet nodig."
EV15 = ("Daarom laat ik vanaf 2026 ieder jaar door een onafhankelijk onderzoeksinstituut vergelijken hoe de berekende "
        "geluidsbelasting zich verhoudt tot de gemeten geluidsniveaus, en publiceer ik de verschillen per "
        "handhavingspunt.")
EV8 = ("Ik heb met de exploitant van Schiphol afgesproken dat de luchthaven vanaf 1 januari 2026 per vlucht, binnen 48 "
       "uur, de gemeten geluidsniveaus en de afwijkingen van de voorgeschreven vliegroute publiceert op een openbare "
       "website waarop bewoners kunnen zoeken op datum, tijdstip en adres.")
EV11 = "Het kabinet neemt deze aanbeveling niet over."
EV14 = "Die aanbeveling neem ik over, ook waar het de reactieplicht van de exploitant betreft."


def B(text: str) -> Paragraph:
    """A bold run-in subject line above the answer paragraphs of one theme."""
    return Paragraph(text, bold=True)


RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("1. Op 20 februari 2025 heeft de Raad voor Leefomgeving en Omgevingskwaliteit mij zijn advies ‘Rust boven de "
      "regio’ aangeboden. Het advies gaat over de gevolgen van vliegtuiggeluid voor de gezondheid van omwonenden van "
      "Schiphol en de regionale luchthavens, en over wat de overheid en de luchtvaartsector kunnen doen om die "
      "gevolgen te beperken. Met deze brief ontvangt u mijn reactie op het advies, dat als bijlage is bijgevoegd."),
    P("2. Ik dank de raad voor zijn zorgvuldige en betrokken advies. Het laat zien hoe groot de afstand is geworden "
      "tussen de regels over vliegtuiggeluid en de ervaring van mensen die onder een aanvliegroute wonen. Die "
      "boodschap neem ik ter harte, ook waar ik tot andere keuzes kom dan de raad voorstelt."),
    P("3. Het kabinet werkt sinds 2022 aan een nieuw evenwicht tussen de luchtvaart en haar omgeving. Het "
      "Luchthavenverkeerbesluit Schiphol wordt herzien, voor de regionale luchthavens lopen procedures voor nieuwe "
      "luchthavenbesluiten, en in het programma Minder Hinder Nu werken Rijk, regio en sector aan maatregelen die op "
      "korte termijn effect hebben, zoals stillere naderingsprocedures en hogere havengelden voor luidere toestellen. "
      "Het programma wordt jaarlijks geëvalueerd; de eerste evaluatie heeft u in november 2024 ontvangen."),
    P("4. Hieronder ga ik per thema op het advies in. Ik volg daarbij niet de volgorde van de aanbevelingen, maar de "
      "onderwerpen waarover de raad adviseert."),
    B("Gezondheid als vertrekpunt"),
    P("5. De raad stelt dat de gezondheid van omwonenden het vertrekpunt van het geluidsbeleid moet zijn. Die "
      "opvatting deel ik, en ik herken het beeld dat de raad schetst: vliegtuiggeluid, vooral in de nacht, verstoort "
      "de slaap en vergroot op termijn het risico op hart- en vaatziekten. " + EV1 + " Rond Schiphol liggen binnen de "
      "contour van 45 dB Lden meer dan een miljoen woningen; een streefwaarde op dat niveau zou alleen haalbaar zijn "
      "met een vrijwel volledige afbouw van de luchthaven en zou daarmee een belofte doen die geen kabinet kan "
      "waarmaken. Ik kies er daarom voor om in het nieuwe Luchthavenverkeerbesluit te sturen op het aantal ernstig "
      "gehinderden en ernstig slaapverstoorden, met een reductie van 20 procent ten opzichte van 2019.",
      answers=(Answer("1", "disagree", EV1),)),
    P("6. Voor goed beleid is kennis nodig over de werkelijke gezondheidseffecten, en op dat punt heeft de raad een "
      "gemis blootgelegd. " + EV4 + " De monitor meet ernstige hinder, slaapverstoring en het gebruik van slaap- en "
      "kalmeringsmiddelen en brengt, via een koppeling met geanonimiseerde zorggegevens, het vóórkomen van hart- en "
      "vaatziekten in beeld. De minister van Volksgezondheid, Welzijn en Sport en ik dragen ieder de helft van de "
      "kosten van 2,4 miljoen euro per meting. Het RIVM publiceert de uitkomsten in een openbaar rapport, dat ik aan "
      "uw Kamer zal sturen.",
      answers=(Answer("4", "agree", EV4),)),
    P("7. De raad adviseert daarnaast een structureel gefinancierd meldpunt voor gezondheidsklachten die omwonenden "
      "toeschrijven aan vliegtuiggeluid. Deze aanbeveling is gericht aan de minister van Volksgezondheid, Welzijn en "
      "Sport. Zij reageert daarop in een eigen brief, die u voor het zomerreces ontvangt."),
    B("Nachtvluchten"),
    P("8. De nacht verdient volgens de raad bijzondere bescherming, en daarin heeft de raad gelijk. In het huidige "
      "Luchthavenverkeerbesluit geldt voor Schiphol een maximum van 32.000 vliegtuigbewegingen tussen 23.00 en 07.00 "
      "uur. " + EV2 + " Die procedure, die volgt uit Verordening (EU) nr. 598/2014, schrijft voor dat eerst wordt "
      "onderzocht of minder vergaande maatregelen hetzelfde effect hebben, en geeft de Europese Commissie de "
      "gelegenheid zich over een voorgenomen beperking uit te spreken. Voor de stap naar 25.000 is die procedure in "
      "2024 afgerond.",
      answers=(Answer("2", "partial", EV2),)),
    P("9. Voor de regionale luchthavens pleit de raad voor een nachtsluiting van 23.00 tot 07.00 uur. De "
      "openingstijden van de regionale luchthavens liggen vast in hun luchthavenbesluiten. Tegen het nieuwe "
      "luchthavenbesluit voor Maastricht Aachen Airport, dat een sluiting vanaf 23.00 uur bevat, lopen beroepen bij "
      "de Afdeling bestuursrechtspraak van de Raad van State, onder meer over de vraag of de openingstijden "
      "voldoende zijn onderbouwd. Ik wacht die uitspraak, die in het najaar wordt verwacht, af voordat ik een besluit "
      "neem over de openingstijden van de regionale luchthavens."),
    B("Isolatie van woningen en tegemoetkoming"),
    P("10. Het programma voor geluidsisolatie rond Schiphol stamt uit de jaren negentig en is gebaseerd op "
      "geluidscontouren die niet meer overeenkomen met het huidige gebruik van de luchthaven. " + EV6 + " Voor de "
      "uitbreiding trek ik 140 miljoen euro uit, waarmee naar schatting 9.000 woningen kunnen worden geïsoleerd; de "
      "eerste bewoners ontvangen in 2026 een aanbod. " + EV13 + " Een heffing per nachtvlucht om zo'n "
      "tegemoetkoming te betalen, zou bovendien het karakter krijgen van een afkoopsom voor geluid, en dat wil ik "
      "voorkomen.",
      answers=(Answer("6", "partial", EV6), Answer("13", "disagree", EV13))),
    B("Wonen rond de luchthaven"),
    P("11. De raad vraagt de exploitant van Schiphol om bewoners binnen de 58 dB Lden-contour een aankoopregeling "
      "tegen de volle marktwaarde te bieden. Schiphol kent sinds 2021 een vrijwillige koopregeling voor woningen in "
      "de zone met de hoogste geluidsbelasting. Bewoners die hun woning willen verkopen, kunnen die aan de "
      "luchthaven aanbieden tegen een waarde die door twee onafhankelijke taxateurs wordt vastgesteld, en ontvangen "
      "een vaste vergoeding voor verhuiskosten. Tot en met 2024 hebben 214 huishoudens van de regeling gebruikgemaakt."),
    P("12. Over de ruimtelijke ordening rond de regionale luchthavens adviseert de raad de provincies. Ik deel de zorg "
      "van de raad dat nieuwe woningen worden gebouwd op plekken waar de nachtrust niet kan worden gegarandeerd. De "
      "provincies zijn zelf bevoegd om daarover regels in hun omgevingsverordening op te nemen, en enkele provincies "
      "doen dat al. " + EV12,
      answers=(Answer("12", "partial", EV12),)),
    B("Toezicht en handhaving"),
    P("13. Het advies is kritisch over de manier waarop de geluidsregels de afgelopen jaren zijn gehandhaafd. De raad "
      "adviseert de ILT ‘het anticiperend handhaven te beëindigen en bij iedere overschrijding van een grenswaarde in "
      "een handhavingspunt binnen drie maanden na afloop van het gebruiksjaar een sanctie op te leggen’. " + EV9
      + " De ILT heeft haar handhavingsstrategie daarop aangepast en publiceert haar besluiten op haar website.",
      answers=(Answer("9", "agree", EV9),)),
    P("14. " + EV10 + " De Wet luchtvaart en de luchthavenbesluiten gaan uit van berekende geluidsbelasting, omdat "
      "metingen worden beïnvloed door ander geluid en door het weer en zich daardoor niet lenen voor de toetsing aan "
      "grenswaarden; de ILT heeft bovendien toegang tot de gegevens van de meetnetten die de luchthavens al "
      "exploiteren. Ik zie daarom geen aanleiding om de handhaving op metingen te baseren. Wel vind ik het belangrijk "
      "dat bewoners erop kunnen vertrouwen dat de berekeningen kloppen. " + EV15,
      answers=(Answer("10", "disagree", EV10), Answer("15", "agree", EV15))),
    P("15. Omwonenden willen kunnen nagaan wat er boven hun huis gebeurt. " + EV8 + " Het Bewoners Aanspreekpunt "
      "Schiphol helpt bewoners die de gegevens willen gebruiken voor een vraag of een klacht.",
      answers=(Answer("8", "agree", EV8),)),
    B("Groei van de luchtvaart"),
    P("16. De raad adviseert het kabinet geen besluiten te nemen over groei van Schiphol of over de opening van "
      "Lelystad Airport zolang niet aan de door de raad voorgestelde streefwaarden wordt voldaan. " + EV11 + " Een "
      "koppeling aan streefwaarden die het kabinet, zoals hierboven toegelicht, niet invoert, zou in de praktijk "
      "neerkomen op een bevriezing van de luchtvaart voor onbepaalde tijd. Het kabinet houdt vast aan het "
      "uitgangspunt dat groei alleen mogelijk is als de hinder voor omwonenden afneemt, en weegt bij ieder "
      "capaciteitsbesluit ook het belang van de verbindingen van Nederland met de rest van de wereld.",
      answers=(Answer("11", "disagree", EV11),)),
    B("Zeggenschap van de omgeving"),
    P("17. De raad adviseert iedere luchthaven een omgevingsraad te geven met een onafhankelijke voorzitter en een "
      "eigen onderzoeksbudget. " + EV14 + " Ik wijzig de Wet luchtvaart zo, dat iedere luchthaven met een "
      "luchthavenbesluit een omgevingsraad krijgt en dat de exploitant binnen drie maanden gemotiveerd moet "
      "reageren op de adviezen van die raad. Voor de luchthavens waarvoor de provincies bevoegd gezag zijn, maak ik "
      "daarover afspraken met het Interprovinciaal Overleg. Het wetsvoorstel gaat begin 2026 in consultatie.",
      answers=(Answer("14", "agree", EV14),)),
    B("Tot slot"),
    P("18. Met de maatregelen in deze brief zet het kabinet stappen om de hinder rond luchthavens te verminderen en de "
      "nacht rustiger te maken. Niet alle stappen zijn zo groot als de raad zou willen. Ik ben de raad erkentelijk "
      "dat hij ons scherp houdt. Over de uitvoering van de toezeggingen in deze brief informeer ik uw Kamer "
      "jaarlijks, bij de voortgangsrapportage over het programma Minder Hinder Nu."),
    P("De minister van Infrastructuur en Waterstaat,"),
    P("ir. A.C. Dorresteijn-Vlug"),
)

RESPONSE = Document(
    title="Reactie op het advies ‘Rust boven de regio’",
    subtitle="Brief van de minister van Infrastructuur en Waterstaat aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal, Den Haag, 19 juni 2025",
    blocks=RESPONSE_BLOCKS,
    running_header="IENW/BSK-2025/154821  –  Reactie advies Rust boven de regio",
    footer="- {page} -",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="aviation_noise_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Leefomgeving en Omgevingskwaliteit advice on aircraft noise (15 recommendations, each "
                "opening with its addressee, in a chapter that announces 'negen', with a foreign-example box between "
                "them) and the IenW minister's letter with its own paragraph numbers 1-18 under bold theme lines; "
                "3 deferred pending a court ruling, 5 passed on to VWS, 7 only existing operator scheme.",
)
