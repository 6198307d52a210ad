"""Pair: the annual report of a fictional Instituut voor Mensenrechten Nederland on three themes, and the cabinet's
reply by the minister of BZK in per-theme tables.

Layout traits this pair tests: a sans report with a title page, a running header and unnumbered headings (the report
numbers nothing: no chapter numbers, no recommendation numbers).  A "Samenvatting" at the front repeats the main
recommendations per theme as short bullet paraphrases (duplicates, so the gold page of those recommendations is the
summary page).  Each theme chapter ends with a box "Aanbevelingen van het Instituut": docgen can mark only list items
as recommendations (not paragraphs, not table cells), so the box is a header-only one-column table (a shaded bar)
followed by a list in the "–" style whose items each start "Het Instituut beveelt de regering / de minister van ... /
gemeenten / de Tweede Kamer aan ..." (plain, not bold: list items cannot be bold).  Gold numbers 1-15 are ids only.

The response is a letter (serif, letterhead, no title page) from the minister of BZK on behalf of the cabinet, with
thanks and context paragraphs that describe existing policy, then per theme a table with horizontal rules
"Aanbeveling Instituut | Reactie kabinet | Verantwoordelijk" (short paraphrases, no numbers).  Gold positions:
 1 (regering: enforceable right to housing) disagree, polite ("acht ... niet opportuun"), in one cell with 2;
 2 (VRO: fixed share of social housing for people leaving shelters) agree ("neemt ... over"), same cell as 1;
 3 (VWS: nationwide access to shelters, no regional tie) agree without cue words (date and money);
 4 (gemeenten: no refusal of a postal address) not addressed ("Dit is een verantwoordelijkheid van gemeenten");
 5 (VWS: annual national count of homeless people) partial (a pilot, decision after evaluation);
 6 (regering: statutory equal non-digital alternative) partial ("in beginsel", the equal-speed part declined);
 7 (regering: authorising someone without own DigiD) agree without cue words (date and EUR 4.5 million);
 8 (VWS: structural funding for digital help points) disagree (shares the analysis, not the measure);
 9 (VWS: paper/phone alternative to patient portals) agree ("onderschrijft");
10 (gemeenten: home visits and phone applications) agree ("onderschrijft", asks the VNG to spread it);
11 (AenM: detention as last resort, written reasons) agree ("neemt ... over");
12 (AenM: no isolation cell as punishment) disagree, blunt ("neemt ... niet over");
13 (AenM: never detain families with children) partial (shorter maximum, no ban);
14 (AenM and JenV: medical check within 24 hours) not addressed (only existing DJI practice described in prose);
15 (Tweede Kamer: annual debate) not addressed (left to the Kamer, no position).
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


def box() -> Table:
    """The shaded bar that opens the recommendations box of a theme chapter."""
    return Table(header=("Aanbevelingen van het Instituut",), rows=(), widths=(1.0,), font_size=11.0)


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(number, departments))
                                for number, text, departments in items), style="–")


def summary(*items: tuple[str, str]) -> ItemList:
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(f"S{of}", (), duplicate_of=of))
                                for of, text in items), style="•")


# --------------------------------------------------------------------------------------------------------------
# Recommendations (as printed in the chapter boxes)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": ("Het Instituut beveelt de regering aan het recht op huisvesting wettelijk te verankeren, zodat dakloze "
          "mensen een afdwingbare aanspraak krijgen op passende woonruimte binnen een redelijke termijn.",
          ("KABINET",)),
    "2": ("Het Instituut beveelt de minister van Volkshuisvesting en Ruimtelijke Ordening aan gemeenten te "
          "verplichten een vast minimumaandeel van de vrijkomende sociale huurwoningen toe te wijzen aan mensen die "
          "uitstromen uit de maatschappelijke opvang en beschermd wonen.",
          ("BZK",)),
    "3": ("Het Instituut beveelt de minister van Volksgezondheid, Welzijn en Sport aan te waarborgen dat de "
          "maatschappelijke opvang daadwerkelijk landelijk toegankelijk is, zodat niemand de toegang wordt "
          "geweigerd omdat hij geen binding heeft met de regio.",
          ("VWS",)),
    "4": ("Het Instituut beveelt gemeenten aan dakloze mensen niet langer een briefadres te weigeren of hen eerst "
          "door een intakegesprek bij de opvang te laten gaan, en een aanvraag binnen vijf werkdagen af te "
          "handelen.",
          ("GEMEENTEN",)),
    "5": ("Het Instituut beveelt de minister van Volksgezondheid, Welzijn en Sport aan om samen met gemeenten een "
          "jaarlijkse, landelijk dekkende telling van dak- en thuisloze mensen in te voeren, die ook mensen zonder "
          "briefadres en mensen die bij anderen op de bank slapen meetelt.",
          ("VWS",)),
    "6": ("Het Instituut beveelt de regering aan wettelijk vast te leggen dat burgers bij alle overheidsdiensten "
          "kunnen kiezen voor een niet-digitaal alternatief dat even snel en even volledig is als de digitale weg.",
          ("KABINET",)),
    "7": ("Het Instituut beveelt de regering aan het machtigen zo te vereenvoudigen dat een oudere een naaste of "
          "mantelzorger kan machtigen om namens hem met de overheid zaken te doen, zonder dat hij daarvoor zelf "
          "een DigiD hoeft te hebben.",
          ("KABINET",)),
    "8": ("Het Instituut beveelt de minister van Volksgezondheid, Welzijn en Sport aan structurele financiering "
          "beschikbaar te stellen voor digitale hulppunten in bibliotheken, buurthuizen en ouderenverenigingen, "
          "zodat ouderen in het hele land dicht bij huis hulp kunnen krijgen.",
          ("VWS",)),
    "9": ("Het Instituut beveelt de minister van Volksgezondheid, Welzijn en Sport aan zorgaanbieders en "
          "zorgverzekeraars te verplichten patiënten die dat willen een papieren of telefonisch alternatief te "
          "bieden voor patiëntportalen en zorgapps.",
          ("VWS",)),
    "10": ("Het Instituut beveelt gemeenten aan ouderen die digitaal niet mee kunnen bij aanvragen voor de Wmo, "
           "de bijzondere bijstand en de kwijtschelding van gemeentelijke belastingen actief een huisbezoek of "
           "een telefonische aanvraag aan te bieden.",
           ("GEMEENTEN",)),
    "11": ("Het Instituut beveelt de minister voor Asiel en Migratie aan vreemdelingenbewaring alleen als uiterste "
           "middel toe te passen en in iedere beschikking schriftelijk en concreet te motiveren waarom een lichter "
           "middel, zoals een meldplicht of borgsom, niet volstaat.",
           ("AenM",)),
    "12": ("Het Instituut beveelt de minister voor Asiel en Migratie aan de plaatsing in een isoleercel als "
           "disciplinaire straf in vreemdelingenbewaring af te schaffen.",
           ("AenM",)),
    "13": ("Het Instituut beveelt de minister voor Asiel en Migratie aan gezinnen met minderjarige kinderen in geen "
           "geval in vreemdelingenbewaring te plaatsen, ook niet in de gesloten gezinsvoorziening en ook niet kort "
           "voor hun vertrek.",
           ("AenM",)),
    "14": ("Het Instituut beveelt de minister voor Asiel en Migratie en de staatssecretaris van Justitie en "
           "Veiligheid aan ervoor te zorgen dat iedere vreemdeling binnen 24 uur na aankomst in een detentiecentrum "
           "door een arts wordt gezien en dat signalen van psychische kwetsbaarheid direct worden meegewogen in de "
           "beslissing om de bewaring voort te zetten.",
           ("AenM", "JenV")),
    "15": ("Het Instituut beveelt de Tweede Kamer aan jaarlijks een plenair debat te voeren over de staat van de "
           "mensenrechten in Nederland, met deze rapportage als vertrekpunt.",
           ("OTHER",)),
}


def chapter_recs(*numbers: str) -> ItemList:
    return recs(*((n, REC[n][0], REC[n][1]) for n in numbers))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Mensenrechten zijn geen abstracties die alleen in verdragen en rechtszalen bestaan. Ze gaan over de vraag of "
      "iemand vannacht een dak boven zijn hoofd heeft, of een weduwe van tachtig haar huurtoeslag kan aanvragen "
      "zonder hulp van haar kleinzoon, en of een man die geen misdrijf heeft gepleegd weken achter een celdeur "
      "zit zonder te weten waarom een lichter middel niet mogelijk was. Over die drie vragen gaat deze rapportage."),
    P("Het Instituut voor Mensenrechten Nederland brengt ieder jaar verslag uit over de bescherming van de "
      "mensenrechten in ons land. Wij kiezen daarvoor steeds een klein aantal thema's waarop wij in het afgelopen "
      "jaar veel signalen ontvingen, onderzoek hebben gedaan of in verzoekschriften en oordelen een patroon zagen. "
      "Dit jaar zijn dat de huisvesting van dakloze mensen, de digitale uitsluiting van ouderen en de "
      "omstandigheden in vreemdelingenbewaring."),
    P("De drie thema's lijken weinig met elkaar gemeen te hebben. Toch zien wij een rode draad. In alle drie de "
      "gevallen gaat het om mensen die weinig stem hebben in het publieke debat en die voor hun rechten afhankelijk "
      "zijn van de manier waarop de overheid haar regels uitvoert. En in alle drie de gevallen blijkt dat goede "
      "bedoelingen op papier in de praktijk niet vanzelf bij deze mensen terechtkomen."),
    P("Wij danken iedereen die aan deze rapportage heeft bijgedragen: de mensen die ons hun verhaal vertelden, de "
      "medewerkers van opvangvoorzieningen, bibliotheken, ouderenbonden en detentiecentra die ons ontvingen, en de "
      "ambtenaren en deskundigen die onze vragen beantwoordden. Wij hopen dat de regering, de gemeenten en de "
      "Tweede Kamer onze aanbevelingen ter harte nemen."),
    P("Namens het Instituut voor Mensenrechten Nederland, mr. A.E. Rijnders-Oosterhof, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Nederland heeft de mensenrechten goed verankerd in wetgeving en verdragen. Dat betekent niet dat iedereen ze in "
      "gelijke mate kan uitoefenen. Deze rapportage laat op drie terreinen zien waar de bescherming tekortschiet en "
      "wat er volgens het Instituut moet gebeuren. Hieronder staan per thema de belangrijkste bevindingen en "
      "aanbevelingen. Alle aanbevelingen staan aan het einde van de hoofdstukken."),
    H2("Huisvesting van dakloze mensen"),
    P("Het aantal dakloze mensen in Nederland is de afgelopen tien jaar niet wezenlijk gedaald, ondanks het Nationaal "
      "Actieplan Dakloosheid en de omslag naar 'wonen eerst'. Het grootste knelpunt is het gebrek aan betaalbare "
      "woningen: mensen die klaar zijn om de opvang te verlaten, blijven daar gemiddeld meer dan een jaar te lang. "
      "Daarnaast stuiten dakloze mensen op drempels die met hun woonplaats te maken hebben: zij worden doorverwezen "
      "naar de regio waar zij vandaan komen en krijgen niet altijd een briefadres. Het Instituut beveelt onder meer "
      "aan:"),
    summary(
        ("1", "het recht op huisvesting wettelijk te verankeren, met een afdwingbare aanspraak op passende "
              "woonruimte (regering);"),
        ("2", "een vast minimumaandeel van de vrijkomende sociale huurwoningen te reserveren voor mensen die "
              "uitstromen uit de opvang (minister van VRO);"),
        ("3", "de landelijke toegankelijkheid van de maatschappelijke opvang te waarborgen (minister van VWS)."),
    ),
    H2("Digitale uitsluiting van ouderen"),
    P("De overheid werkt steeds meer 'digitaal tenzij'. Voor een grote groep ouderen betekent dat een wereld die op "
      "slot zit. Uit een enquête van het Instituut onder ruim 1.200 mensen van 75 jaar en ouder blijkt dat vier op de "
      "tien van hen niet zelfstandig zaken kunnen doen met de overheid. Zij zijn afhankelijk van kinderen, buren of "
      "vrijwilligers, en het machtigen van die helpers is ingewikkeld. Het Instituut beveelt onder meer aan:"),
    summary(
        ("6", "wettelijk vast te leggen dat iedereen bij alle overheidsdiensten kan kiezen voor een gelijkwaardig "
              "niet-digitaal alternatief (regering);"),
        ("7", "machtigen mogelijk te maken zonder eigen DigiD (regering);"),
        ("9", "zorgaanbieders en zorgverzekeraars te verplichten een alternatief te bieden voor patiëntportalen en "
              "zorgapps (minister van VWS)."),
    ),
    H2("Vreemdelingenbewaring"),
    P("Vreemdelingenbewaring is een bestuursrechtelijke maatregel, geen straf. Toch lijkt het regime in de "
      "detentiecentra in veel opzichten op dat van een gevangenis, en in sommige opzichten is het strenger. Het "
      "Instituut zag dossiers waarin niet werd gemotiveerd waarom een lichter middel niet volstond, sprak met "
      "mensen die als straf in een isoleercel waren geplaatst en stelde vast dat ook gezinnen met jonge kinderen "
      "nog in bewaring worden gesteld. Het Instituut beveelt onder meer aan:"),
    summary(
        ("11", "bewaring alleen als uiterste middel toe te passen en in iedere beschikking te motiveren waarom een "
               "lichter middel niet volstaat (minister voor Asiel en Migratie);"),
        ("12", "de isoleercel als disciplinaire straf af te schaffen (minister voor Asiel en Migratie);"),
        ("13", "gezinnen met minderjarige kinderen in geen geval in bewaring te plaatsen (minister voor Asiel en "
               "Migratie)."),
    ),
    P("Tot slot vraagt het Instituut de Tweede Kamer om jaarlijks een debat te voeren over de staat van de "
      "mensenrechten in Nederland."),
    H("Inleiding"),
    H2("Over het Instituut en deze rapportage"),
    P("Het Instituut voor Mensenrechten Nederland is het onafhankelijke nationale mensenrechteninstituut van "
      "Nederland. Het Instituut beoordeelt klachten over ongelijke behandeling, doet onderzoek, adviseert de "
      "regering en het parlement over wetgeving en beleid en geeft voorlichting. Het Instituut is door de Verenigde "
      "Naties erkend als nationaal mensenrechteninstituut met de hoogste status, wat betekent dat het voldoet aan de "
      "eisen van onafhankelijkheid, pluriformiteit en een breed mandaat die in de zogeheten Beginselen van Parijs "
      "zijn vastgelegd."),
    P("Op grond van zijn instellingswet brengt het Instituut jaarlijks een rapportage uit over de mensenrechten in "
      "Nederland. De regering stuurt die rapportage met een reactie aan de Staten-Generaal. Het Instituut richt zijn "
      "aanbevelingen tot de regering als geheel, tot afzonderlijke bewindspersonen, tot gemeenten en, waar het om de "
      "eigen verantwoordelijkheid van het parlement gaat, tot de Tweede Kamer.",
      footnotes=("De aanbevelingen aan gemeenten zijn niet bindend. Het Instituut stuurt de rapportage ook aan de "
                 "Vereniging van Nederlandse Gemeenten, met het verzoek haar onder de leden te verspreiden.",)),
    H2("Keuze van de thema's"),
    P("Het Instituut kiest de thema's van zijn jaarlijkse rapportage op basis van de signalen die het ontvangt, de "
      "aanbevelingen van internationale toezichthouders en de vraag waar een onafhankelijke blik het meest kan "
      "toevoegen. Voor deze rapportage woog zwaar dat het VN-Comité voor economische, sociale en culturele rechten "
      "Nederland in zijn laatste slotbeschouwingen opnieuw aansprak op de omvang van dakloosheid, dat het aantal "
      "meldingen over onbereikbare digitale overheidsdiensten bij ons Instituut in twee jaar verdubbelde, en dat "
      "het Europees Comité ter voorkoming van folteringen in 2024 kritisch rapporteerde over het regime in de "
      "Nederlandse detentiecentra."),
    H2("Werkwijze"),
    P("Voor deze rapportage heeft het Instituut verschillende bronnen gebruikt. Het voerde gesprekken met 46 dakloze "
      "en voormalig dakloze mensen, met medewerkers van opvangvoorzieningen in acht centrumgemeenten en met "
      "ambtenaren van negen gemeenten. Het liet een representatieve enquête uitvoeren onder 1.214 mensen van 75 "
      "jaar en ouder en sprak met vrijwilligers van ouderenbonden en medewerkers van bibliotheken. Het bracht "
      "onaangekondigde bezoeken aan twee detentiecentra, sprak daar met 31 ingeslotenen en bestudeerde 80 "
      "geanonimiseerde dossiers van vreemdelingen in bewaring uit 2024."),
    P("Het Instituut heeft de conceptteksten van de hoofdstukken voorgelegd aan de betrokken ministeries en aan de "
      "Vereniging van Nederlandse Gemeenten, om feitelijke onjuistheden te kunnen herstellen. De conclusies en "
      "aanbevelingen zijn uitsluitend die van het Instituut."),
    H2("Leeswijzer"),
    P("Na deze inleiding volgen drie hoofdstukken, één per thema. Elk hoofdstuk beschrijft eerst het "
      "mensenrechtelijk kader, daarna de bevindingen van het Instituut en ten slotte de conclusies. De aanbevelingen "
      "staan per hoofdstuk in een kader aan het slot. Het laatste hoofdstuk kijkt kort terug op de reacties op de "
      "aanbevelingen uit eerdere rapportages."),
    PageBreak(),
    H("Huisvesting van dakloze mensen"),
    H2("Het recht op huisvesting"),
    P("Het recht op een behoorlijke levensstandaard, dat is vastgelegd in artikel 11 van het Internationaal Verdrag "
      "inzake economische, sociale en culturele rechten, omvat het recht op huisvesting. Dat recht betekent niet dat "
      "de staat iedereen direct een woning moet geven, maar wel dat hij met alle passende middelen en zo snel "
      "mogelijk moet werken aan woonruimte voor iedereen, met voorrang voor de meest kwetsbaren."),
    P("In de Nederlandse Grondwet is het recht op huisvesting als sociaal grondrecht opgenomen: bevordering van "
      "voldoende woongelegenheid is volgens artikel 22 een voorwerp van zorg der overheid. Die bepaling geeft "
      "burgers geen afdwingbaar recht op een woning. Een dakloze die bij de rechter aanklopt, kan zich niet op "
      "artikel 22 beroepen om een gemeente te dwingen hem huisvesting te bieden. Het Instituut heeft eerder "
      "opgemerkt dat juist die afdwingbaarheid in de praktijk het verschil maakt.",
      footnotes=("Zie ook het advies van het Instituut over de Wet versterking regie volkshuisvesting uit 2023, "
                 "waarin het pleitte voor een individueel toetsbare aanspraak voor dakloze mensen.",)),
    H2("Omvang en samenstelling"),
    P("Hoeveel mensen in Nederland dakloos zijn, is niet precies bekend. De officiële schatting, gebaseerd op "
      "registraties van gemeenten en opvanginstellingen, komt uit op ruim 30.000 mensen. Tellingen volgens de "
      "Europese ETHOS-definitie, die ook mensen meetellen die tijdelijk bij vrienden of familie verblijven, komen in "
      "de regio's waar zij zijn gehouden uit op twee tot drie keer zoveel mensen. Vooral dakloze jongeren, vrouwen "
      "en ouders met kinderen blijven in de officiële cijfers buiten beeld, omdat zij vaak bij anderen op de bank "
      "slapen en niet in de opvang terechtkomen."),
    P("De groep is de afgelopen jaren veranderd. Dakloosheid is steeds minder uitsluitend verbonden met verslaving "
      "of psychiatrische problematiek. Een groeiend deel van de mensen die zich bij de opvang melden, raakte dakloos "
      "na een scheiding, na het verlies van werk of na een huisuitzetting wegens huurachterstand."),
    P("Een vrouw van 38, die na haar scheiding met twee kinderen in de opvang terechtkwam, vertelde het Instituut: "
      "'Ik werk vier dagen per week. Mijn kinderen gaan gewoon naar school. Maar we slapen al veertien maanden met "
      "z'n drieën op één kamer, omdat er geen woning is. Iedereen zegt dat we klaar zijn om te verhuizen, maar "
      "niemand kan zeggen waarheen.'"),
    H2("Van de opvang naar een woning"),
    P("Met het Nationaal Actieplan Dakloosheid hebben Rijk en gemeenten in 2023 afgesproken dat de nadruk verschuift "
      "van opvang naar wonen: dakloze mensen moeten zo snel mogelijk een eigen woning krijgen, met begeleiding waar "
      "dat nodig is. Het Instituut onderschrijft die benadering."),
    P("De praktijk blijft echter achter. In de acht centrumgemeenten die het Instituut bezocht, verbleef ongeveer "
      "een derde van de bewoners van de opvang daar langer dan nodig, omdat geen woning beschikbaar was. De "
      "gemiddelde wachttijd voor deze 'uitstroomklare' bewoners was veertien maanden. In twee gemeenten was "
      "uitstroom naar een sociale huurwoning in het afgelopen jaar vrijwel stilgevallen."),
    P("Of mensen uit de opvang voorrang krijgen bij de toewijzing van sociale huurwoningen, verschilt sterk per "
      "gemeente. Sommige gemeenten hebben met woningcorporaties afgesproken een vast deel van de vrijkomende "
      "woningen beschikbaar te stellen; andere laten het aan de corporaties over of stellen zulke strenge eisen "
      "aan de urgentie dat weinig mensen ervoor in aanmerking komen. Waar wel een vast aandeel is afgesproken, "
      "verloopt de uitstroom duidelijk sneller. Het Instituut vindt dat de uitstroom niet mag afhangen van de "
      "gemeente waar iemand toevallig in de opvang terechtkomt."),
    H2("Toegang tot de opvang en regiobinding"),
    P("De maatschappelijke opvang is volgens de Wmo 2015 landelijk toegankelijk: iedere dakloze kan zich in iedere "
      "gemeente melden. Een centrumgemeente mag iemand wel doorverwijzen naar een andere regio als hij daar een "
      "sterker netwerk heeft en de opvang daar beter kan slagen. In de praktijk blijkt die uitzondering vaak de "
      "regel. Het Instituut sprak met mensen die van de ene naar de andere gemeente werden gestuurd, en met "
      "medewerkers die aangaven dat zij zonder aantoonbare regiobinding niemand mochten opnemen."),
    P("Het doorverwijzen heeft ernstige gevolgen. Mensen die worden weggestuurd, slapen in de tussentijd buiten, "
      "raken het contact met hulpverleners kwijt of zien af van hulp. Voor mensen die om goede redenen juist weg "
      "willen uit hun oude omgeving, zoals slachtoffers van huiselijk geweld of mensen die willen breken met een "
      "verslavingsnetwerk, werkt regiobinding averechts. Het Instituut acht de huidige praktijk niet verenigbaar "
      "met het recht op vrijheid van verplaatsing en vestiging en met het verbod op discriminatie naar woonplaats "
      "bij de toegang tot basisvoorzieningen."),
    H2("Het briefadres"),
    P("Wie geen vast woonadres heeft, heeft recht op inschrijving op een briefadres. Zonder briefadres kan iemand "
      "geen uitkering ontvangen, geen zorgverzekering afsluiten, geen toeslagen aanvragen en geen post ontvangen "
      "van instanties. De Wet basisregistratie personen verplicht gemeenten daarom een briefadres te verstrekken "
      "aan iedereen die daar recht op heeft."),
    P("Toch krijgen dakloze mensen dat briefadres niet altijd. Het Instituut hoorde van gemeenten die een briefadres "
      "pas toekennen na een intakegesprek bij de opvang, ook als iemand geen opvang nodig heeft, en van gemeenten die "
      "eisen dat de aanvrager eerst aantoont dat hij al enige tijd in de gemeente verblijft. De afhandeling van een "
      "aanvraag duurde in de dossiers die het Instituut zag gemiddeld zes weken, in enkele gevallen meer dan drie "
      "maanden. In die periode kan iemand vaak niets.",
      footnotes=("Ook de Nationale ombudsman heeft in eerdere rapporten gewezen op de drempels bij de verstrekking "
                 "van briefadressen.",)),
    H2("Zicht op de omvang"),
    P("Goed beleid begint met goede cijfers. Zolang niet bekend is hoeveel mensen dakloos zijn, waar zij verblijven "
      "en welke groepen buiten beeld blijven, is ook niet te beoordelen of het beleid werkt. Het Instituut stelt vast "
      "dat de huidige cijfers de omvang van het probleem onderschatten en weinig zeggen over dakloze mensen die niet "
      "in de opvang of de gemeentelijke administratie voorkomen. Tellingen volgens de ETHOS-methode zijn tot nu toe "
      "alleen in een beperkt aantal regio's gehouden, elk op een eigen moment en met een eigen aanpak."),
    H2("Conclusie"),
    P("Het Instituut concludeert dat Nederland de goede richting heeft gekozen, maar niet genoeg doet om het recht op "
      "huisvesting voor dakloze mensen te verwezenlijken. Zolang dakloze mensen geen afdwingbare aanspraak hebben, "
      "de uitstroom uit de opvang afhangt van de gemeente en zij op drempels stuiten bij de toegang tot opvang en "
      "een briefadres, blijft hun recht op huisvesting voor een belangrijk deel een belofte op papier."),
    box(),
    chapter_recs("1", "2", "3", "4", "5"),
    PageBreak(),
    H("Digitale uitsluiting van ouderen"),
    H2("Mensenrechtelijk kader"),
    P("Digitalisering biedt veel mensen gemak. Maar wie de overheid alleen nog digitaal bereikbaar maakt, sluit "
      "mensen uit die niet digitaal vaardig zijn, geen computer of smartphone hebben of door een beperking niet met "
      "een scherm uit de voeten kunnen. Het recht op gelijke behandeling, dat is vastgelegd in artikel 1 van de "
      "Grondwet en in artikel 26 van het Internationaal Verdrag inzake burgerrechten en politieke rechten, verbiedt "
      "niet alleen direct onderscheid, maar ook regels en werkwijzen die een bepaalde groep in feite onevenredig "
      "benadelen. Ouderen zijn zo'n groep."),
    P("Daarnaast raakt digitale uitsluiting aan andere rechten, zoals het recht op sociale zekerheid en het recht "
      "op gezondheid. Wie zijn huurtoeslag niet kan aanvragen of zijn medische uitslag niet kan inzien, wordt "
      "belemmerd in de uitoefening van die rechten."),
    P("De Nederlandse wetgeving over gelijke behandeling biedt ouderen op dit terrein weinig houvast. Leeftijd is "
      "alleen op het terrein van arbeid en beroep een beschermde grond in de wet. Bij de dienstverlening van de "
      "overheid kunnen ouderen zich wel beroepen op artikel 1 van de Grondwet en op de verdragen, maar dat vraagt "
      "een lange en onzekere procedure die voor de betrokkenen zelf vaak onhaalbaar is."),
    H2("Wat ouderen ervaren"),
    P("Het Instituut liet in het najaar van 2024 een enquête uitvoeren onder 1.214 mensen van 75 jaar en ouder. "
      "Vier op de tien van hen gaven aan niet zelfstandig zaken te kunnen doen met de overheid via internet. Bij "
      "mensen van 85 jaar en ouder was dat bijna zes op de tien. Een op de vijf respondenten had geen DigiD, en van "
      "de mensen die er wel een hadden, gebruikte een derde die nooit zelf.",
      footnotes=("De enquête is uitgevoerd door een onafhankelijk onderzoeksbureau. De resultaten zijn gewogen naar "
                 "leeftijd, geslacht, regio en huishoudsamenstelling.",)),
    P("Wat opvalt, is dat veel ouderen zich schamen. Zij vertelden het Instituut dat zij niet 'lastig' willen zijn "
      "en daarom afzien van een aanvraag, of dat zij hun kinderen niet steeds om hulp willen vragen. Een man van 82: "
      "'Vroeger belde je gewoon. Nu zegt een bandje dat je naar de website moet. Ik heb geen website. Dan laat ik "
      "het maar.' Een kwart van de respondenten gaf aan in het afgelopen jaar ten minste één keer te hebben "
      "afgezien van een voorziening of toeslag waar zij mogelijk recht op hadden, omdat de aanvraag alleen online "
      "kon."),
    H2("De niet-digitale weg"),
    P("Veel overheidsorganisaties bieden formeel nog een niet-digitale weg: een papieren formulier, een telefoonlijn "
      "of een balie. In de praktijk is die weg vaak moeilijk te vinden, traag of onvolledig. Papieren formulieren "
      "moeten telefonisch worden aangevraagd bij een nummer dat lang in gesprek is. Aanvragen op papier worden "
      "later behandeld dan digitale. En sommige diensten, zoals het wijzigen van gegevens of het inzien van een "
      "besluit, zijn alleen online te regelen."),
    P("Het Instituut vindt dat de keuze voor de digitale of de niet-digitale weg een echte keuze moet zijn. Dat "
      "betekent dat wie kiest voor papier of de telefoon, niet langer hoeft te wachten, niet meer hoeft te betalen en "
      "niet minder informatie krijgt. Zolang de niet-digitale weg een tweederangs weg is, worden ouderen feitelijk "
      "benadeeld. Nu ligt het aan de afzonderlijke uitvoeringsorganisaties of en hoe zij die weg inrichten; een "
      "algemene wettelijke norm ontbreekt."),
    H2("Machtigen"),
    P("Veel ouderen laten hun zaken met de overheid regelen door een kind, een buur of een mantelzorger. Om dat "
      "rechtmatig te laten gebeuren, moet de oudere de helper machtigen. Daarvoor is op dit moment in de meeste "
      "gevallen nodig dat de oudere zelf een DigiD heeft en daarmee inlogt om de machtiging te geven. Juist wie "
      "geen DigiD heeft, kan dus niemand machtigen."),
    P("Het gevolg is dat helpers inloggen met de DigiD van de oudere. Het Instituut hoorde dat dit eerder regel dan "
      "uitzondering is. Het is in strijd met de gebruiksvoorwaarden, maakt de oudere kwetsbaar voor misbruik en "
      "zet de helper juridisch in een lastige positie. Een veilige en eenvoudige manier om iemand te machtigen "
      "zonder eigen DigiD, bijvoorbeeld aan een balie, zou dit probleem grotendeels wegnemen."),
    H2("Hulp dichtbij"),
    P("Sinds 2019 zijn er in openbare bibliotheken Informatiepunten Digitale Overheid, waar mensen hulp krijgen bij "
      "het regelen van zaken met de overheid. Ouderen waarderen die hulp, maar het Instituut stelt vast dat zij "
      "het informatiepunt vaak niet kennen of niet kunnen bereiken. Vooral in kleinere kernen, waar de bibliotheek "
      "is gesloten of slechts enkele uren per week open is, ontbreekt hulp dichtbij."),
    P("Buurthuizen, ouderenverenigingen en kerken vangen een deel van die vraag op, vaak met vrijwilligers. Zij "
      "doen dat meestal met tijdelijk projectgeld en zonder zekerheid over het volgende jaar. Meerdere organisaties "
      "vertelden het Instituut dat zij hun spreekuur moesten stoppen toen een subsidie afliep, terwijl de vraag "
      "bleef."),
    H2("Zorg"),
    P("Ook in de zorg wordt steeds meer digitaal geregeld. Uitslagen, afspraken en herhaalrecepten lopen via "
      "patiëntportalen en apps. Voor patiënten die daarmee overweg kunnen, is dat een verbetering. Maar een deel van "
      "de ouderen in de enquête zei hun uitslagen niet te kunnen inzien en geen afspraak meer telefonisch te "
      "kunnen maken bij het ziekenhuis. Sommige zorgverzekeraars sturen declaratieoverzichten en polissen "
      "standaard alleen nog digitaal en rekenen kosten voor een papieren versie."),
    P("Het Instituut acht dit zorgelijk. Toegang tot de eigen medische gegevens en tot de zorg zelf mag niet "
      "afhangen van digitale vaardigheden. Nu zijn er geen algemene regels die zorgaanbieders en zorgverzekeraars verplichten een alternatief te "
      "bieden."),
    H2("Gemeenten"),
    P("Voor veel voorzieningen die ouderen nodig hebben, zoals hulp bij het huishouden, een scootmobiel of "
      "bijzondere bijstand, moeten zij bij de gemeente zijn. Veel gemeenten werken met online aanvraagformulieren. "
      "Het Instituut zag grote verschillen: sommige gemeenten bieden standaard een keukentafelgesprek aan huis aan "
      "en nemen telefonisch aanvragen op, andere verwijzen door naar de website of het digitale loket. Juist bij "
      "deze voorzieningen, die bedoeld zijn voor mensen die hulp nodig hebben, is een drempel aan het begin van "
      "het proces moeilijk te rechtvaardigen."),
    H2("Conclusie"),
    P("Het Instituut concludeert dat de digitalisering van de overheid en de zorg een aanzienlijke groep ouderen in "
      "feite uitsluit van voorzieningen waarop zij recht hebben. De niet-digitale weg is nu geen gelijkwaardig "
      "alternatief, machtigen is voor wie geen DigiD heeft vrijwel onmogelijk en hulp dichtbij hangt af van "
      "tijdelijk geld en vrijwilligers. Dat raakt het recht op gelijke behandeling en de toegang tot sociale "
      "zekerheid en zorg."),
    box(),
    chapter_recs("6", "7", "8", "9", "10"),
    PageBreak(),
    H("Vreemdelingenbewaring"),
    H2("Mensenrechtelijk kader"),
    P("Vreemdelingenbewaring is de vrijheidsbeneming van vreemdelingen die geen rechtmatig verblijf hebben, met het "
      "doel hun vertrek uit Nederland mogelijk te maken. Het is een bestuursrechtelijke maatregel en geen straf. "
      "Artikel 5 van het Europees Verdrag voor de Rechten van de Mens staat vrijheidsbeneming met het oog op "
      "uitzetting toe, maar alleen als zij niet willekeurig is, een wettelijke grondslag heeft en niet langer "
      "duurt dan nodig."),
    P("De Europese Terugkeerrichtlijn gaat verder. Bewaring mag alleen worden toegepast als andere, minder "
      "dwingende maatregelen in het concrete geval niet doeltreffend kunnen worden toegepast. De omstandigheden "
      "van bewaring moeten passen bij het niet-strafrechtelijke karakter ervan, en voor kwetsbare personen en "
      "gezinnen met kinderen gelden extra waarborgen. Kinderen mogen volgens de richtlijn slechts in bewaring "
      "worden gesteld als uiterste middel en voor de kortst mogelijke passende duur; het VN-Kinderrechtencomité "
      "gaat verder en acht iedere vreemdelingenbewaring van kinderen in strijd met het Kinderrechtenverdrag."),
    H2("Uiterste middel"),
    P("In 2024 werden in Nederland ruim 2.800 vreemdelingen in bewaring gesteld. De gemiddelde duur was 41 dagen; "
      "ruim tien procent zat langer dan drie maanden vast. Ongeveer de helft van de mensen die in bewaring werden "
      "gesteld, vertrok uiteindelijk aantoonbaar uit Nederland.",
      footnotes=("Cijfers ontleend aan de Rapportage Vreemdelingenketen over 2024, bewerking Instituut.",)),
    P("In de 80 dossiers die het Instituut bestudeerde, werd in 52 gevallen in de beschikking niet of alleen in "
      "standaardzinnen gemotiveerd waarom een lichter middel, zoals een meldplicht, de inlevering van een paspoort "
      "of een borgsom, niet volstond. Vaak stond er slechts dat de vreemdeling 'zich aan het toezicht zou kunnen "
      "onttrekken'. Het Instituut vindt "
      "dat de motivering in iedere beschikking concreet moet zijn, toegesneden op de persoon en zijn situatie."),
    H2("Het regime"),
    P("Het regime in de detentiecentra is de afgelopen jaren op onderdelen verbeterd: ingeslotenen hebben meer "
      "bewegingsvrijheid binnen de afdeling en kunnen vaker gebruikmaken van telefoon en internet. Het Instituut "
      "stelt echter vast dat het regime nog op belangrijke punten lijkt op dat van een huis van bewaring. Bij "
      "vervoer worden standaard handboeien gebruikt, de deuren van de cellen gaan 's avonds op slot en bij "
      "overtreding van de huisregels kan een ingeslotene als disciplinaire straf tot veertien dagen in een "
      "isoleercel worden geplaatst."),
    P("Het Instituut sprak met ingeslotenen die als straf in een isoleercel hadden gezeten, in één geval na een "
      "woordenwisseling over de maaltijd. Zij beschreven de isolatie als vernederend en beangstigend. Voor mensen "
      "die al psychisch kwetsbaar zijn, kan isolatie ernstige schade aanrichten. Het Europees Comité ter voorkoming "
      "van folteringen heeft erop gewezen dat disciplinaire isolatie in vreemdelingenbewaring niet past bij het "
      "karakter van de maatregel. Het Instituut sluit zich daarbij aan. Voor acute situaties waarin de veiligheid "
      "in gevaar is, blijft afzondering als ordemaatregel mogelijk; als straf hoort zij niet thuis in bewaring."),
    H2("Gezinnen met kinderen"),
    P("Gezinnen met minderjarige kinderen worden in Nederland alleen in uitzonderlijke gevallen in bewaring gesteld, "
      "in de gesloten gezinsvoorziening en meestal kort voor een geplande vlucht. Het aantal kinderen in bewaring "
      "is de afgelopen jaren gedaald, maar in 2024 ging het nog om 46 kinderen, van wie een derde jonger dan vijf "
      "jaar. De maximale duur is veertien dagen."),
    P("Het Instituut heeft de gesloten gezinsvoorziening bezocht. De voorziening is kindvriendelijker ingericht dan "
      "een detentiecentrum, maar het blijft een gesloten instelling met hekken, cameratoezicht en beperkte "
      "bewegingsvrijheid. Onderzoek laat zien dat ook een korte periode van vrijheidsbeneming bij kinderen "
      "blijvende schade kan veroorzaken. Het Instituut sluit zich aan bij het VN-Kinderrechtencomité: "
      "vrijheidsbeneming van kinderen vanwege hun verblijfsstatus of die van hun ouders is nooit in het belang "
      "van het kind."),
    H2("Medische zorg"),
    P("Alle ingeslotenen krijgen bij binnenkomst een medische vragenlijst voorgelegd. Een arts ziet hen echter niet "
      "standaard, en in de dossiers die het Instituut bestudeerde, duurde het in een derde van de gevallen meer dan "
      "een week voordat een eerste medisch consult plaatsvond. Signalen van psychische problemen, zoals "
      "slapeloosheid, angst of eerdere traumatische ervaringen, werden wel in het medisch dossier vastgelegd, maar "
      "vonden zelden hun weg naar de beslissing om de bewaring voort te zetten. Medische zorg en de beslissing over "
      "de bewaring liggen bovendien niet in één hand: de zorg bij de Dienst Justitiële Inrichtingen, "
      "die onder de staatssecretaris van Justitie en Veiligheid valt, en de bewaring zelf bij de minister voor Asiel "
      "en Migratie."),
    H2("Wetgeving en parlementaire controle"),
    P("Het wetsvoorstel Terugkeer en vreemdelingenbewaring, dat een eigen regime voor vreemdelingenbewaring moet "
      "regelen, ligt al jaren bij de Eerste Kamer. Zolang het "
      "wetsvoorstel niet is aangenomen, wordt het regime grotendeels bepaald door regels die zijn afgeleid van het "
      "strafrechtelijke gevangeniswezen."),
    P("Het Instituut stelt meer in het algemeen vast dat de bevindingen uit zijn jaarlijkse rapportages in de "
      "Tweede Kamer wisselend aandacht krijgen. Soms volgt een schriftelijk overleg, soms blijft het bij de "
      "kabinetsreactie. Een vast moment waarop de Kamer met de regering van gedachten wisselt over de staat van de "
      "mensenrechten, zoals in verschillende andere Europese parlementen gebruikelijk is, zou de opvolging van "
      "aanbevelingen van het Instituut en van internationale toezichthouders ten goede komen."),
    H2("Conclusie"),
    P("Het Instituut concludeert dat vreemdelingenbewaring in Nederland nog te vaak wordt toegepast zonder dat "
      "aantoonbaar is afgewogen of een lichter middel volstaat, dat het regime op onderdelen niet past bij het "
      "niet-strafrechtelijke karakter van de maatregel, en dat kinderen nog steeds van hun vrijheid worden beroofd. "
      "Ook de medische zorg en de aandacht voor kwetsbaarheid schieten tekort."),
    box(),
    chapter_recs("11", "12", "13", "14", "15"),
    H("Opvolging van eerdere aanbevelingen"),
    P("Het Instituut volgt jaarlijks wat er gebeurt met de aanbevelingen uit zijn eerdere rapportages. Van de "
      "zeventien aanbevelingen uit de rapportage over 2023 zijn er volgens het Instituut vijf volledig en zes "
      "gedeeltelijk opgevolgd. Op zes aanbevelingen is geen of onvoldoende actie ondernomen, waaronder de "
      "aanbeveling om leeftijd op te nemen als beschermde grond in de algemene gelijkebehandelingswetgeving."),
    P("Het Instituut waardeert dat de regering in haar reacties steeds uitvoerig op de aanbevelingen ingaat. Tegelijk "
      "ziet het dat toezeggingen vaak de vorm hebben van een verkenning of een onderzoek, en dat de uitkomst daarvan "
      "niet altijd wordt teruggekoppeld. Het Instituut zal in de rapportage over 2025 nagaan wat er met de "
      "aanbevelingen uit deze rapportage is gebeurd."),
)

REPORT = Document(
    title="Mensenrechten in Nederland 2024",
    subtitle="Jaarlijkse rapportage over dakloosheid, digitale uitsluiting van ouderen en vreemdelingenbewaring",
    blocks=REPORT_BLOCKS,
    running_header="Instituut voor Mensenrechten Nederland  |  Mensenrechten in Nederland 2024",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Instituut voor Mensenrechten Nederland", "Utrecht, mei 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

HEADER = ("Aanbeveling Instituut", "Reactie kabinet", "Verantwoordelijk")
WIDTHS = (0.30, 0.48, 0.22)


def answer(text: str, *answers: tuple[str, str, str]) -> Cell:
    return Cell(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


def theme_table(*rows: tuple) -> Table:
    return Table(header=HEADER, rows=rows, widths=WIDTHS, rules="rows")


HOUSING_TABLE = theme_table(
    ("Een wettelijk recht op huisvesting, met een afdwingbare aanspraak voor dakloze mensen; een vast aandeel van "
     "de vrijkomende sociale huurwoningen voor mensen die uit de opvang komen",
     answer("Artikel 22 van de Grondwet draagt de overheid de zorg op voor voldoende woongelegenheid, en de Wet "
            "versterking regie volkshuisvesting verplicht gemeenten al om te zorgen voor voldoende betaalbare "
            "woningen en om dakloze mensen als urgente groep aan te wijzen. Het kabinet acht een daarbovenop komend, "
            "individueel afdwingbaar recht op een woning niet opportuun, omdat het de schaarste niet vermindert en "
            "de toewijzing aan de rechter zou overlaten.\n"
            "Voor mensen die uit de opvang en beschermd wonen uitstromen, gaat het kabinet verder. Het kabinet neemt "
            "de aanbeveling over om een minimumaandeel van de vrijkomende sociale huurwoningen voor deze groep vast "
            "te leggen. Het aandeel wordt bij algemene maatregel van bestuur bepaald en geldt vanaf 2027.",
            ("1", "disagree", "Het kabinet acht een daarbovenop komend, individueel afdwingbaar recht op een woning "
                              "niet opportuun, omdat het de schaarste niet vermindert en de toewijzing aan de "
                              "rechter zou overlaten."),
            ("2", "agree", "Het kabinet neemt de aanbeveling over om een minimumaandeel van de vrijkomende sociale "
                           "huurwoningen voor deze groep vast te leggen.")),
     "VRO"),
    ("Landelijke toegankelijkheid van de maatschappelijke opvang, zonder eis van regiobinding",
     answer("Het Besluit maatschappelijke ondersteuning wordt zo gewijzigd dat centrumgemeenten de toegang tot de "
            "opvang vanaf 1 januari 2026 niet meer afhankelijk mogen maken van binding met de regio. Centrumgemeenten "
            "ontvangen hiervoor vanaf 2026 jaarlijks € 12 miljoen extra via de decentralisatie-uitkering "
            "maatschappelijke opvang.",
            ("3", "agree", "Het Besluit maatschappelijke ondersteuning wordt zo gewijzigd dat centrumgemeenten de "
                           "toegang tot de opvang vanaf 1 januari 2026 niet meer afhankelijk mogen maken van binding "
                           "met de regio.")),
     "VWS"),
    ("Geen weigering van briefadressen aan dakloze mensen; afhandeling binnen vijf werkdagen",
     "Gemeenten zijn op grond van de Wet basisregistratie personen verplicht een briefadres te verstrekken aan "
     "iedereen die geen woonadres heeft. De Rijksdienst voor Identiteitsgegevens heeft daarvoor een handreiking "
     "opgesteld. Dit is een verantwoordelijkheid van gemeenten.",
     "gemeenten"),
    ("Een jaarlijkse landelijke telling van dak- en thuisloze mensen, ook van mensen zonder briefadres",
     answer("Het kabinet hecht aan betrouwbare cijfers over dakloosheid. De minister van VWS start in 2026 met het CBS "
            "en vijf centrumgemeenten een pilot met een telling volgens de ETHOS-methode en besluit na de evaluatie "
            "in 2027 of een jaarlijkse landelijke telling haalbaar is.",
            ("5", "partial", "De minister van VWS start in 2026 met het CBS en vijf centrumgemeenten een pilot met "
                             "een telling volgens de ETHOS-methode en besluit na de evaluatie in 2027 of een "
                             "jaarlijkse landelijke telling haalbaar is.")),
     "VWS"),
)

DIGITAL_TABLE = theme_table(
    ("Een wettelijk recht op een niet-digitaal alternatief bij alle overheidsdiensten, even snel en even volledig "
     "als de digitale weg",
     answer("Het kabinet neemt de aanbeveling in beginsel over en legt in de Wet modernisering elektronisch "
            "bestuurlijk verkeer vast dat burgers bij bestuursorganen altijd ook per post, telefonisch of aan de "
            "balie terechtkunnen, maar een wettelijke garantie dat die weg voor alle diensten even snel is, acht het "
            "niet uitvoerbaar. Uitvoeringsorganisaties rapporteren wel jaarlijks over de doorlooptijden van "
            "niet-digitale aanvragen.",
            ("6", "partial", "Het kabinet neemt de aanbeveling in beginsel over en legt in de Wet modernisering "
                             "elektronisch bestuurlijk verkeer vast dat burgers bij bestuursorganen altijd ook per "
                             "post, telefonisch of aan de balie terechtkunnen, maar een wettelijke garantie dat die "
                             "weg voor alle diensten even snel is, acht het niet uitvoerbaar.")),
     "BZK"),
    ("Machtigen van een naaste zonder eigen DigiD",
     answer("Vanaf 1 april 2026 kan iemand zonder DigiD aan de balie van zijn gemeente een naaste of mantelzorger "
            "machtigen om namens hem zaken te doen met de overheid. Voor de ontwikkeling en invoering van deze "
            "voorziening is € 4,5 miljoen beschikbaar gesteld.",
            ("7", "agree", "Vanaf 1 april 2026 kan iemand zonder DigiD aan de balie van zijn gemeente een naaste of "
                           "mantelzorger machtigen om namens hem zaken te doen met de overheid.")),
     "BZK"),
    ("Structurele financiering van digitale hulppunten in bibliotheken, buurthuizen en ouderenverenigingen",
     answer("Het kabinet deelt de analyse van het Instituut dat ouderen hulp dicht bij huis nodig hebben. De "
            "Informatiepunten Digitale Overheid in de bibliotheken worden al structureel gefinancierd en zijn "
            "inmiddels op ruim 600 locaties te vinden. Het kabinet ziet daarom geen aanleiding voor een aanvullende "
            "structurele regeling voor buurthuizen en ouderenverenigingen.",
            ("8", "disagree", "Het kabinet ziet daarom geen aanleiding voor een aanvullende structurele regeling voor "
                              "buurthuizen en ouderenverenigingen.")),
     "VWS"),
    ("Een verplicht papieren of telefonisch alternatief voor patiëntportalen en zorgapps",
     answer("De minister van VWS onderschrijft deze aanbeveling. Bij de eerstvolgende wijziging van de Wet "
            "cliëntenrechten zorg wordt vastgelegd dat zorgaanbieders en zorgverzekeraars patiënten op verzoek "
            "kosteloos per post of telefonisch informeren; het wetsvoorstel gaat in de zomer van 2026 in "
            "consultatie.",
            ("9", "agree", "De minister van VWS onderschrijft deze aanbeveling.")),
     "VWS"),
    ("Huisbezoek of telefonische aanvraag voor ouderen bij Wmo, bijzondere bijstand en kwijtschelding",
     answer("Het kabinet onderschrijft deze aanbeveling aan gemeenten en heeft de VNG gevraagd haar onder de aandacht "
            "van alle gemeenten te brengen. In de handreiking Dienstverlening op maat, die het Rijk met de VNG "
            "opstelt, wordt het aanbieden van een huisbezoek als goed voorbeeld opgenomen.",
            ("10", "agree", "Het kabinet onderschrijft deze aanbeveling aan gemeenten en heeft de VNG gevraagd haar "
                            "onder de aandacht van alle gemeenten te brengen.")),
     "gemeenten"),
)

DETENTION_TABLE = theme_table(
    ("Bewaring alleen als uiterste middel, met een concrete schriftelijke motivering waarom een lichter middel niet "
     "volstaat",
     answer("De minister voor Asiel en Migratie neemt deze aanbeveling over. De werkinstructie voor het opleggen van "
            "de maatregel van bewaring wordt per 1 maart 2026 aangepast, zodat in iedere beschikking per lichter "
            "middel wordt gemotiveerd waarom het in dat geval niet volstaat.",
            ("11", "agree", "De minister voor Asiel en Migratie neemt deze aanbeveling over.")),
     "AenM"),
    ("Geen plaatsing in een isoleercel als disciplinaire straf",
     answer("Een ordentelijk en veilig verblijf in het detentiecentrum vraagt dat de directeur kan optreden tegen "
            "ernstige overtredingen van de huisregels, ook met een disciplinaire straf. Het kabinet neemt deze "
            "aanbeveling niet over. Wel wordt in het wetsvoorstel Terugkeer en vreemdelingenbewaring de maximale "
            "duur van een verblijf in een afzonderingscel al teruggebracht.",
            ("12", "disagree", "Het kabinet neemt deze aanbeveling niet over.")),
     "AenM"),
    ("Geen bewaring van gezinnen met minderjarige kinderen, ook niet in de gesloten gezinsvoorziening",
     answer("De minister voor Asiel en Migratie verkort de maximale duur van het verblijf in de gesloten "
            "gezinsvoorziening van veertien naar zeven dagen, maar een absoluut verbod op bewaring van gezinnen met "
            "kinderen neemt de minister niet over, omdat het vertrek van gezinnen die niet meewerken dan vrijwel "
            "onmogelijk wordt.",
            ("13", "partial", "De minister voor Asiel en Migratie verkort de maximale duur van het verblijf in de "
                              "gesloten gezinsvoorziening van veertien naar zeven dagen, maar een absoluut verbod op "
                              "bewaring van gezinnen met kinderen neemt de minister niet over, omdat het vertrek van "
                              "gezinnen die niet meewerken dan vrijwel onmogelijk wordt.")),
     "AenM"),
)

RESPONSE_BLOCKS = (
    P("Datum: 14 oktober 2025"),
    P("Betreft: Kabinetsreactie op de jaarlijkse rapportage 'Mensenrechten in Nederland 2024' "
      "van het Instituut voor Mensenrechten Nederland"),
    P("Geachte voorzitter,"),
    P("Hierbij ontvangt u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening, de minister van "
      "Volksgezondheid, Welzijn en Sport en de minister voor Asiel en Migratie, de reactie van het kabinet op de "
      "jaarlijkse rapportage 'Mensenrechten in Nederland 2024' van het Instituut voor Mensenrechten Nederland. Het "
      "Instituut heeft de rapportage op 20 mei 2025 aan mij aangeboden. Als minister die verantwoordelijk is voor de "
      "wet waarop het Instituut berust, stuur ik u deze reactie namens het kabinet."),
    P("Het kabinet dankt het Instituut voor zijn zorgvuldige en betrokken rapportage. Het Instituut geeft een stem aan "
      "mensen die in het publieke debat weinig worden gehoord: dakloze mensen, ouderen die de digitale overheid niet "
      "kunnen bijhouden en vreemdelingen die in afwachting van hun vertrek hun vrijheid kwijt zijn. De verhalen van "
      "deze mensen hebben indruk gemaakt en het kabinet neemt de bevindingen van het Instituut serieus."),
    P("Het Instituut doet dit jaar aanbevelingen op drie thema's. Hieronder ga ik per thema eerst kort in op het "
      "beleid van het kabinet. Daarna volgt per thema een tabel met een korte weergave van de aanbevelingen, de "
      "reactie van het kabinet en het ministerie dat voor de uitvoering verantwoordelijk is. Waar een aanbeveling "
      "zich tot gemeenten richt, is dat in de laatste kolom aangegeven."),
    H("Huisvesting van dakloze mensen", level=2),
    P("Het kabinet deelt de zorg van het Instituut over het aantal dakloze mensen in Nederland. Met het Nationaal "
      "Actieplan Dakloosheid werken Rijk en gemeenten sinds 2023 volgens het uitgangspunt 'wonen eerst': dakloze "
      "mensen krijgen zo snel mogelijk een eigen woning, met begeleiding als dat nodig is. Het Rijk stelt hiervoor "
      "in de periode 2023-2026 in totaal € 65 miljoen extra beschikbaar aan centrumgemeenten. De Wet versterking "
      "regie volkshuisvesting geeft gemeenten de opdracht om in hun volkshuisvestingsprogramma aan te geven hoe zij "
      "voorzien in woningen voor aandachtsgroepen, waaronder dakloze mensen."),
    P("Het kabinet herkent het beeld dat de uitstroom uit de opvang stokt door het tekort aan betaalbare woningen. "
      "De bouw van meer sociale huurwoningen blijft daarom de belangrijkste opgave."),
    HOUSING_TABLE,
    H("Digitale uitsluiting van ouderen", level=2),
    P("Het kabinet vindt dat iedereen moet kunnen meedoen in een digitaliserende samenleving en dat niemand mag worden "
      "uitgesloten van voorzieningen omdat hij niet digitaal vaardig is. In de Werkagenda Waardengedreven "
      "Digitaliseren heeft het kabinet afgesproken dat de overheid voor iedereen bereikbaar blijft, ook langs "
      "niet-digitale weg. Uitvoeringsorganisaties als de Belastingdienst, het UWV en de SVB bieden telefonische hulp "
      "en, in samenwerking met de bibliotheken, spreekuren voor mensen die hulp nodig hebben bij hun digitale "
      "zaken."),
    DIGITAL_TABLE,
    H("Vreemdelingenbewaring", level=2),
    P("Vreemdelingenbewaring is een ingrijpende maatregel, die alleen wordt toegepast als het vertrek van de "
      "vreemdeling niet op een andere manier kan worden verzekerd. De Vreemdelingenwet 2000 en de Terugkeerrichtlijn "
      "stellen daaraan strikte eisen, en de rechter toetst iedere bewaring. Het kabinet hecht eraan dat de "
      "omstandigheden in de detentiecentra passen bij het niet-strafrechtelijke karakter van de maatregel."),
    P("De dagelijkse zorg voor ingeslotenen is belegd bij de Dienst Justitiële Inrichtingen. In ieder detentiecentrum "
      "is een medische dienst aanwezig, die nieuwe ingeslotenen bij binnenkomst een medische vragenlijst laat "
      "invullen en hen zo nodig doorverwijst naar de arts of de psycholoog."),
    DETENTION_TABLE,
    H("Tot slot", level=2),
    P("Het Instituut doet ook een aanbeveling aan uw Kamer, over een jaarlijks debat over de staat van de "
      "mensenrechten. Het is aan uw Kamer om te bepalen hoe zij de rapportages van het Instituut behandelt."),
    P("Het kabinet ziet uit naar de voortzetting van de constructieve samenwerking met het Instituut en zal in de "
      "reactie op de volgende jaarlijkse rapportage ingaan op de voortgang van de hier gedane toezeggingen."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("drs. M.C. van Lieshout-Bakker"),
)

RESPONSE = Document(
    title="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie Mensenrechten in Nederland 2024",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="human_rights_institute",
    report=REPORT,
    response=RESPONSE,
    description=__doc__ or "",
)
