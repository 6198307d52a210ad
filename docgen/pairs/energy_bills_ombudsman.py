"""Pair: a fictional Nationale ombudsman report in letter form on households with energy arrears, and the answer.

Layout traits this pair tests.  The report is a "rapport in briefvorm" (serif, no title page): a letterhead block,
flush-left address lines ("Aan ...", place and date, "Betreft"), a salutation, and then a body set as indented,
unlabelled paragraphs under plain bold headings without numbers ("In het kort", "Afsluiten in de winter", ...).  There
is no list of recommendations and no recommendation carries a printed number: each is one sentence inside a running
paragraph, phrased in varying ways ("De ombudsman beveelt de minister van Klimaat en Groene Groei daarom aan om ...",
"Ik vraag de minister daarnaast om ...", "Mijn aanbeveling aan gemeenten is ...", "Aan de energieleveranciers vraag ik
...").  The renderer can only annotate list items, so every body paragraph of the report is an unlabelled list
(``style=""``) and a paragraph that contains a recommendation is split into items at sentence boundaries: context and
recommendation sentences look alike (same indent), but each item starts on a new line.  Four paragraphs hold two
recommendations each.  A findings table (complaints per half year), case stories, a section with the parties'
reactions to the draft (no recommendations) and a closing section "Tot slot" that repeats 1, 3 and 6 in a short
sentence each (annotated with ``duplicate_of``).  Gold numbers 1-13 follow the order of the report.

The response is a short letter (sans, letterhead, no headings) of the minister of Klimaat en Groene Groei, also on
behalf of the minister of SZW.  It says it numbers the recommendations in the order of the report and answers with
range references ("De aanbevelingen 1 tot en met 3 neem ik over", "Aanbeveling 4 en 5 ...", "De aanbevelingen 6 en
10 ...", "De aanbevelingen 8 en 9 ..."), and two by subject only.  Gold positions:
1 agree, 2 agree, 3 agree (one range sentence "neem ik over");
4 partial (only "laat ik verkennen"); 5 agree without cue words (SZW shortens the term per 1 July 2026);
6 partial (the sector association promises the part about the emergency fund, not the part about debt relief);
7 disagree (SZW: the Participatiewet already allows it, "ziet daarom geen aanleiding");
8 disagree ("past niet bij" municipal discretion); 9 not addressed (same paragraph only describes existing practice);
10 agree (answered with what Energie-Nederland has promised to do: a committed measure doing what is asked);
11 partial (by subject only: a pilot in three regions instead of the national desk);
12 not addressed (by subject only: the ACM is independent and answers itself);
13 disagree (shares the conclusion, "Aanbeveling 13 neem ik echter niet over").
All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Document,
    Heading,
    ItemList,
    ListItem,
    Pair,
    Paragraph,
    Recommendation,
    Table,
)

P = Paragraph


def H(text: str) -> Heading:
    return Heading(text, level=3)


def body(*parts) -> ItemList:
    """One body paragraph of the letter-report, set as an unlabelled indented list.

    A part is either plain text (context sentences) or a tuple ``(number, text, departments)`` /
    ``(number, text, departments, duplicate_of)`` for a recommendation sentence.
    """
    items = []
    for part in parts:
        if isinstance(part, str):
            items.append(ListItem(part))
        else:
            number, text, departments, *dup = part
            items.append(ListItem(text, recommendation=Recommendation(number, tuple(departments),
                                                                     duplicate_of=dup[0] if dup else None)))
    return ItemList(items=tuple(items), style="")


def A(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    for _, _, evidence in answers:
        assert evidence in text, evidence
    return Paragraph(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


EZ, SZW, GEM, OTHER = ("EZ",), ("SZW",), ("GEMEENTEN",), ("OTHER",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC_1 = ("De ombudsman beveelt de minister van Klimaat en Groene Groei daarom aan om het afsluitverbod in de Regeling "
         "afsluitbeleid kleinverbruikers niet langer te laten afhangen van de weersverwachting, maar het te laten "
         "gelden voor de vaste periode van 1 oktober tot 1 april.")
REC_2 = ("Ik vraag de minister daarnaast om leveranciers te verplichten vóór iedere afsluiting, ook buiten de winter, "
         "ten minste één keer persoonlijk contact te zoeken met het huishouden, aan de deur of aan de telefoon, en dat "
         "contact vast te leggen.")
REC_3 = ("Mijn aanbeveling aan de minister van KGG is om het Tijdelijk Noodfonds Energie om te vormen tot een vaste "
         "voorziening, met een aanvraagperiode die elk jaar uiterlijk op 1 september opent.")
REC_4 = ("Daarbij beveel ik aan te regelen dat het fonds het inkomen van aanvragers, met hun toestemming, zelf opvraagt "
         "bij de Belastingdienst, zodat niemand meer stapels bankafschriften hoeft te uploaden.")
REC_5 = ("De ombudsman beveelt de minister van Sociale Zaken en Werkgelegenheid aan om de termijn waarna een "
         "energieleverancier een betalingsachterstand meldt voor vroegsignalering te verkorten van zestig naar "
         "dertig dagen.")
REC_6 = ("Aan de energieleveranciers vraag ik om een vordering niet uit handen te geven aan een incassobureau of "
         "deurwaarder zolang het huishouden een aanvraag bij het noodfonds heeft lopen of in een schuldhulptraject "
         "van de gemeente zit.")
REC_7 = ("Ik beveel de minister van SZW aan om in de Participatiewet te regelen dat gemeenten een energieachterstand "
         "met bijzondere bijstand rechtstreeks aan de leverancier kunnen voldoen op basis van een korte aanvraag, "
         "zonder volledig onderzoek naar vermogen en uitgaven.")
REC_8 = ("Mijn aanbeveling aan gemeenten is om iedere melding van een dreigende afsluiting binnen vijf werkdagen op te "
         "volgen met een huisbezoek of, als dat niet lukt, met een gesprek op een plek die voor de bewoner vertrouwd "
         "is.")
REC_9 = ("Verder vraag ik colleges van burgemeester en wethouders om één vast en goed vindbaar aanspreekpunt voor "
         "energieschulden aan te wijzen, met een telefoonnummer dat ook 's avonds bereikbaar is.")
REC_10 = ("De ombudsman vraagt de energieleveranciers en hun brancheorganisatie Energie-Nederland om alle "
          "herinneringen, aanmaningen en afsluitbrieven te herschrijven op taalniveau B1 en daarin steeds het "
          "telefoonnummer van de gemeentelijke schuldhulpverlening op te nemen.")
REC_11 = ("De minister van KGG beveel ik aan om nog vóór de komende winter één landelijk loket in te richten, "
          "telefonisch en online, waar huishoudens met een energieachterstand te horen krijgen waar zij terechtkunnen.")
REC_12 = ("Ik vraag de ACM om de naleving van de Regeling afsluitbeleid actiever te controleren en jaarlijks per "
          "leverancier openbaar te maken hoeveel huishoudens zijn afgesloten en hoeveel daarvan vooraf bij de "
          "gemeente waren gemeld.")
REC_13 = ("Daarom beveel ik de minister van KGG aan om huishoudens die in de winter van 2022-2023 zijn afgesloten "
          "terwijl hun gemeente al een schuldhulptraject had gestart, alsnog een tegemoetkoming van ten minste € 500 "
          "te bieden.")

REPORT_BLOCKS = (
    P("Aan de minister van Klimaat en Groene Groei, de minister van Sociale Zaken en Werkgelegenheid, de raad van "
      "bestuur van de Autoriteit Consument en Markt, de colleges van burgemeester en wethouders en de "
      "energieleveranciers, per adres Energie-Nederland"),
    P("Den Haag, 14 mei 2025"),
    P("Ons kenmerk: 2025/041"),
    P("Betreft: onderzoek naar de behandeling van huishoudens met een betalingsachterstand bij hun "
      "energieleverancier"),
    body("Geachte ministers, geachte leden van de raad van bestuur, geachte colleges, geachte bestuurders,"),
    body("Met deze brief bied ik u het rapport aan van mijn onderzoek naar de manier waarop energieleveranciers en "
         "overheden zijn omgegaan met huishoudens die na de energiecrisis hun energierekening niet meer konden "
         "betalen. Ik kies bewust voor de vorm van een brief. Wat ik te zeggen heb, is niet ingewikkeld, en ik wil "
         "dat het gelezen wordt door iedereen die iets kan doen voor de mensen over wie het gaat: de bewindspersonen "
         "die de regels maken, de toezichthouder, de gemeenten die hulp bieden en de leveranciers die de rekeningen "
         "sturen."),
    body("Ik schrijf deze brief in de eerste persoon. Waar ik spreek over 'de ombudsman', bedoel ik hetzelfde: het "
         "instituut dat klachten van burgers over de overheid behandelt en dat, sinds de energiecrisis, ook steeds "
         "vaker klachten ontvangt over bedrijven die een publieke taak uitvoeren. Energie is zo'n taak. Zonder stroom "
         "en warmte kan niemand een menswaardig bestaan leiden."),

    H("In het kort"),
    body("In de winters van 2022-2023 en 2023-2024 raakten honderdduizenden huishoudens achter met het betalen van "
         "hun energierekening. De meesten losten hun achterstand na verloop van tijd zelf af, soms met hulp van "
         "familie, soms met een regeling van de leverancier. Een kleinere groep kwam in de problemen waar dit rapport "
         "over gaat: zij werden afgesloten, zij kregen een incassobureau of deurwaarder aan de deur, of zij vonden "
         "de weg naar hulp pas toen het te laat was."),
    body("Mijn onderzoek laat zien dat de regels om afsluiting te voorkomen op papier behoorlijk zijn, maar in de "
         "praktijk te vaak tekortschieten. Het afsluitverbod in de winter hangt af van de weersverwachting, zodat "
         "huishoudens in een zachte week alsnog konden worden afgesloten. Het noodfonds was een uitkomst, maar ging "
         "laat open, was snel uitgeput en vroeg van aanvragers bewijsstukken die juist de meest kwetsbare mensen niet "
         "konden leveren. Meldingen van leveranciers bij gemeenten kwamen laat en werden niet altijd opgevolgd. En de "
         "brieven van leveranciers waren voor veel mensen onbegrijpelijk of zelfs beangstigend."),
    body("Ik doe in deze brief een aantal aanbevelingen. Ik heb ze niet in een lijst aan het eind gezet, maar daar "
         "opgenomen waar ik het probleem beschrijf dat zij moeten oplossen. Zo blijft zichtbaar waarom ik ze doe."),

    H("Aanleiding"),
    body("De ombudsman ontving vanaf het najaar van 2022 een groeiend aantal klachten en signalen over energieschulden. "
         "Aanvankelijk ging het om vragen over het prijsplafond en de voorschotten. Vanaf het voorjaar van 2023 ging "
         "het steeds vaker over de gevolgen van een achterstand: een aangekondigde afsluiting, een aanvraag bij het "
         "noodfonds die was afgewezen, een incassobureau dat kosten in rekening bracht die hoger waren dan de "
         "oorspronkelijke schuld. Onderstaande tabel geeft het verloop weer."),
    Table(
        header=("Periode", "Klachten en signalen", "waarvan over afsluiting", "waarvan over het noodfonds",
                "waarvan over incasso"),
        rows=(
            ("2e helft 2022", "412", "38", "–", "61"),
            ("1e helft 2023", "1.127", "296", "214", "233"),
            ("2e helft 2023", "1.486", "341", "402", "318"),
            ("1e helft 2024", "1.302", "277", "359", "296"),
            ("2e helft 2024", "958", "164", "241", "260"),
        ),
        widths=(1.2, 1.2, 1.1, 1.1, 1.0),
        rules="rows",
    ),
    body("De cijfers zeggen niet alles. Veel mensen die in de problemen zitten, dienen geen klacht in. Zij weten niet "
         "dat het kan, zij schamen zich of zij hebben er simpelweg de energie niet voor. Daarom heb ik mij niet "
         "beperkt tot de klachten die bij mij binnenkwamen, maar ben ik ook zelf op zoek gegaan naar de verhalen "
         "achter de cijfers."),

    H("Hoe wij te werk gingen"),
    body("Mijn medewerkers hebben tussen september 2024 en februari 2025 met 64 huishoudens gesproken, meestal bij "
         "hen thuis. Wij vonden hen via onze eigen klachtendossiers, via schuldhulpverleners, voedselbanken en "
         "buurtteams in acht gemeenten, en via een oproep op onze website. Daarnaast voerden wij gesprekken met zes "
         "energieleveranciers, met Energie-Nederland, met de stichting die het noodfonds uitvoert, met de Autoriteit "
         "Consument en Markt, met ambtenaren van de ministeries van Klimaat en Groene Groei en van Sociale Zaken en "
         "Werkgelegenheid, en met schuldhulpverleners en wijkteams in de acht gemeenten."),
    body("Wij hebben bovendien de dossiers bestudeerd van 150 afsluitingen die tussen oktober 2022 en maart 2024 "
         "hebben plaatsgevonden. Die dossiers kregen wij van vier leveranciers, met toestemming van de betrokken "
         "huishoudens of in geanonimiseerde vorm. Wij keken daarbij naar wat er vóór de afsluiting was gebeurd: "
         "welke brieven er waren verstuurd, of er contact was geweest, of de gemeente was ingelicht en wat de "
         "gemeente met die melding had gedaan."),
    body("Een concept van dit rapport is in maart 2025 voorgelegd aan alle partijen tot wie ik mij richt. Hun "
         "reacties zijn verwerkt; waar zij het niet met mij eens zijn, vermeld ik dat verderop in deze brief."),

    H("Wat de regels zeggen"),
    body("De levering van energie aan huishoudens is een zaak van private bedrijven, maar de overheid stelt er "
         "regels aan. De Regeling afsluitbeleid kleinverbruikers bepaalt welke stappen een leverancier moet zetten "
         "voordat hij een huishouden mag afsluiten. Hij moet het huishouden schriftelijk herinneren en aanmanen, een "
         "betalingsregeling aanbieden, de gegevens doorgeven aan de gemeente voor vroegsignalering en zich inspannen "
         "om persoonlijk contact te leggen. Pas als dat alles zonder resultaat is gebleven, mag hij afsluiten, en "
         "dan niet wanneer het huishouden in de schuldhulpverlening zit of wanneer er vorst wordt verwacht."),
    body("De Wet gemeentelijke schuldhulpverlening draagt gemeenten op om inwoners met geldproblemen te helpen en "
         "verplicht hen om signalen over betalingsachterstanden bij vaste lasten op te volgen. De manier waarop zij "
         "dat doen, laat de wet grotendeels aan de gemeenten zelf. De Participatiewet geeft gemeenten daarnaast de "
         "mogelijkheid om bijzondere bijstand te verstrekken voor kosten die iemand niet zelf kan dragen."),
    body("Het Tijdelijk Noodfonds Energie heeft geen wettelijke basis. Het is een private stichting, opgericht door "
         "leveranciers en maatschappelijke organisaties, waaraan het Rijk een bijdrage heeft geleverd. De stichting "
         "stelt zelf de voorwaarden vast, binnen de afspraken die met het ministerie zijn gemaakt. Een aanvrager die "
         "het niet eens is met een afwijzing, kan daarom geen bezwaar maken in de zin van de Algemene wet "
         "bestuursrecht, maar alleen een klacht indienen bij de stichting zelf."),
    body("Het toezicht op de naleving van de afsluitregels ligt bij de Autoriteit Consument en Markt. Geschillen "
         "tussen een huishouden en een leverancier kunnen worden voorgelegd aan de Geschillencommissie Energie. In de "
         "praktijk weten weinig mensen met een achterstand van die mogelijkheden; geen van de 64 huishoudens die wij "
         "spraken, had er gebruik van gemaakt."),
    H("Wat wij hoorden"),
    body("Mevrouw D. woont met haar twee kinderen in een portiekflat in een middelgrote stad in het oosten van het "
         "land. Toen haar uren als schoonmaakster werden teruggebracht, liep haar achterstand bij de leverancier in "
         "een half jaar op tot ruim € 1.900. Zij kreeg brieven, maar opende ze op een gegeven moment niet meer. 'Ik "
         "wist wat erin stond en ik kon er toch niets aan doen.' Op een donderdag in november stond er een monteur "
         "voor de deur. Het had die week niet gevroren en de verwachting voor de komende dagen was mild. De monteur "
         "sloot het gas af. Het duurde elf dagen voordat het weer aan was."),
    body("De heer K. is zestig, alleenstaand en heeft een licht verstandelijke beperking. Hij vroeg in januari 2023 "
         "geld aan bij het noodfonds, maar kreeg een afwijzing omdat hij niet alle bankafschriften had geüpload. Hij "
         "wist niet hoe dat moest. Toen zijn buurvrouw hem hielp het opnieuw te proberen, was het fonds gesloten. Zijn "
         "schuld werd uit handen gegeven aan een incassobureau, dat er binnen twee maanden € 340 aan kosten bij "
         "optelde."),
    body("Mevrouw en meneer S. zaten al in een schuldhulptraject bij hun gemeente toen hun leverancier de "
         "achterstand doorstuurde naar een deurwaarder. De schuldhulpverlener wist daar niets van; de leverancier wist "
         "niets van het traject. Het echtpaar kreeg in één week drie brieven van drie verschillende afzenders, die "
         "elkaar tegenspraken. 'Wij dachten dat het geregeld was. Toen kwam de deurwaarder.'"),
    body("Deze verhalen staan niet op zichzelf. In bijna de helft van de 150 dossiers die wij bestudeerden, was er "
         "vóór de afsluiting geen enkel persoonlijk contact geweest tussen leverancier en huishouden. In een op de "
         "vijf gevallen was de gemeente niet ingelicht, of pas zo laat dat zij niets meer kon doen. En in de "
         "gesprekken met huishoudens hoorden wij steeds weer hetzelfde: de brieven waren niet te begrijpen, en "
         "niemand wist waar hij moest aankloppen."),

    H("Afsluiten in de winter"),
    body("Een afsluiting is het zwaarste middel dat een leverancier heeft. De Regeling afsluitbeleid kleinverbruikers "
         "schrijft daarom voor dat een leverancier eerst een aantal stappen zet: herinneren, aanmanen, een "
         "betalingsregeling aanbieden en het huishouden melden bij de gemeente. In de winter geldt bovendien een "
         "afsluitverbod, maar alleen als het KNMI voor de komende dagen vorst verwacht. In een zachte winterweek mag "
         "een leverancier dus gewoon afsluiten."),
    body("Die koppeling aan de weersverwachting werkt in de praktijk willekeurig. Een huishouden kan in november op "
         "een milde dag worden afgesloten en dan wekenlang zonder verwarming zitten, ook als het daarna gaat vriezen, "
         "want het verbod geldt voor nieuwe afsluitingen en niet voor het herstel van oude. Monteurs en "
         "leveranciers vertelden ons dat zij in de winter een groot deel van hun planning laten afhangen van het "
         "weerbericht. Voor de bewoner is niet te voorspellen of hij geraakt wordt."),
    body("Bovendien blijkt persoonlijk contact vóór een afsluiting geen vanzelfsprekendheid. De regeling vraagt van "
         "leveranciers dat zij 'zich inspannen' om met het huishouden in contact te komen, maar zegt niet hoe. Sommige "
         "leveranciers belden of stuurden iemand langs; andere volstonden met een extra brief. Juist de mensen die "
         "geen brieven meer openen, bereik je zo niet.",
         ("1", REC_1, EZ),
         ("2", REC_2, EZ),
         "Beide maatregelen zijn eenvoudig uit te voeren. Leveranciers gaven in onze gesprekken zelf aan dat een "
         "vaste periode voor hen duidelijker is dan een verbod dat per week kan verschillen."),

    H("Het noodfonds"),
    body("Het Tijdelijk Noodfonds Energie is in 2023 opgezet door leveranciers, maatschappelijke organisaties en het "
         "Rijk, en is in 2024 met een tweede ronde voortgezet. Het fonds betaalt een deel van de energierekening van "
         "huishoudens met een laag inkomen en hoge energiekosten. Het heeft tienduizenden huishoudens geholpen. Dat "
         "verdient waardering, en ik wil die hier ook uitdrukkelijk uitspreken."),
    body("Toch zag ik drie problemen. Het fonds ging in beide jaren pas open toen de winter al begonnen was, zodat "
         "huishoudens die in oktober al niet konden betalen maanden moesten wachten. Het budget was in 2024 binnen "
         "zeven weken op, waarna aanvragers te horen kregen dat zij pech hadden. En het aanvraagproces vroeg van "
         "mensen dat zij hun inkomen aantoonden met bankafschriften en loonstroken van drie maanden, die zij zelf "
         "moesten uploaden. Voor mensen zonder computer, met weinig digitale vaardigheden of met een onregelmatig "
         "inkomen was dat een grote drempel. Van de afwijzingen die wij bekeken, was ruim een derde het gevolg van "
         "ontbrekende of onleesbare stukken."),
    body("Een tijdelijk fonds dat elk jaar opnieuw moet worden opgezet, past niet bij een probleem dat niet tijdelijk "
         "is. Energiearmoede zal ook na de crisis blijven bestaan.",
         ("3", REC_3, EZ),
         ("4", REC_4, EZ),
         "Het fonds heeft mij laten weten dat het technisch mogelijk is om inkomensgegevens op die manier te "
         "controleren, mits daarvoor een wettelijke basis wordt gelegd."),

    H("Signaleren en incasseren"),
    body("Sinds 2021 zijn leveranciers verplicht om betalingsachterstanden door te geven aan de gemeente, zodat die "
         "kan nagaan of het huishouden hulp nodig heeft. Dat heet vroegsignalering. Het idee is goed, maar de "
         "uitvoering komt te laat op gang. Een leverancier meldt een achterstand pas als die zestig dagen oud is. "
         "Wanneer de gemeente daarna nog enkele weken nodig heeft om contact te leggen, is een huishouden vaak al "
         "drie maanden verder. Dan is de schuld opgelopen, is er een aanmaning met afsluitdreiging verstuurd en is "
         "het vertrouwen in een oplossing weg.",
         ("5", REC_5, SZW),
         "Ik realiseer mij dat dit voor gemeenten meer meldingen betekent, maar een vroege melding over een kleine "
         "schuld is gemakkelijker op te lossen dan een late melding over een grote."),
    body("Daarnaast zag ik dat leveranciers hun vorderingen uit handen gaven terwijl er al hulp op gang was gekomen. "
         "Het gevolg is dat er kosten bij komen, dat er een extra partij bij betrokken raakt en dat het huishouden, zoals "
         "het echtpaar S., niet meer weet wie wat van hem wil. Schuldhulpverleners vertelden ons dat zij in zulke "
         "gevallen veel tijd kwijt zijn aan het terugdraaien van incassomaatregelen die nooit genomen hadden hoeven "
         "worden.",
         ("6", REC_6, OTHER),
         "Leveranciers houden in die periode uiteraard hun recht op betaling; het gaat mij erom dat de kosten niet "
         "oplopen terwijl er aan een oplossing wordt gewerkt."),
    body("Een bijzonder punt vormt de bijzondere bijstand. Gemeenten kunnen mensen met een laag inkomen met "
         "bijzondere bijstand helpen bij onverwachte kosten, maar in de praktijk vraagt een aanvraag om een volledig "
         "onderzoek naar inkomen, vermogen en uitgaven. Voor een energieachterstand van een paar honderd euro kost "
         "dat onderzoek de gemeente meer dan de achterstand zelf, en het huishouden weken van onzekerheid. Sommige "
         "gemeenten zoeken daar creatieve oplossingen voor, andere durven dat niet omdat zij twijfelen aan de "
         "wettelijke ruimte.",
         ("7", REC_7, SZW)),

    H("De rol van gemeenten"),
    body("Gemeenten ontvangen de meldingen van leveranciers en zijn verantwoordelijk voor de schuldhulpverlening. Ik "
         "heb gezien dat veel gemeenten dat met grote inzet doen. Tegelijk zijn de verschillen tussen gemeenten "
         "groot. In de ene gemeente staat binnen een week een medewerker van het buurtteam op de stoep; in de andere "
         "krijgt het huishouden na een maand een brief met het verzoek een afspraak te maken. Die brief wordt, om "
         "dezelfde redenen als de brieven van de leverancier, vaak niet gelezen."),
    body("Uit de dossiers blijkt dat een huisbezoek het verschil maakt. Wanneer er binnen enkele dagen na de melding "
         "iemand langskwam, werd een afsluiting in vrijwel alle gevallen voorkomen. Bewoners die wij spraken, zeiden "
         "dat zij vooral behoefte hadden aan één persoon die hen kende en die zij konden bellen.",
         ("8", REC_8, GEM),
         ("9", REC_9, GEM),
         "Ik weet dat gemeenten hiervoor capaciteit nodig hebben. Ik wijs er wel op dat een afsluiting, met alle "
         "gevolgen voor gezondheid, werk en school, de samenleving uiteindelijk meer kost."),

    H("Brieven die niemand begrijpt"),
    body("Wij hebben 212 brieven van tien leveranciers bekeken: herinneringen, aanmaningen, afsluitaankondigingen en "
         "brieven van incassobureaus. Bijna alle brieven waren geschreven op een taalniveau dat voor een groot deel "
         "van de Nederlanders te hoog is. Zij bevatten juridische termen, verwijzingen naar artikelen uit algemene "
         "voorwaarden en bedragen waarvan niet duidelijk was hoe ze waren opgebouwd. In slechts elf brieven stond "
         "waar het huishouden hulp kon krijgen."),
    body("Mensen die wij spraken, beschreven de brieven als dreigend. 'Het voelde alsof ik een misdadiger was,' zei "
         "een vrouw die drie maanden achterstand had. Dat is niet alleen onprettig, het werkt ook averechts: wie "
         "bang is, opent de volgende brief niet meer.",
         ("10", REC_10, OTHER),
         "Voor mensen die niet weten waar zij moeten beginnen, is dat niet genoeg. Er zijn loketten bij gemeenten, "
         "bij de stichting van het noodfonds, bij leveranciers en bij maatschappelijke organisaties, maar niemand "
         "kent ze allemaal.",
         ("11", REC_11, EZ)),

    H("Toezicht"),
    body("De Autoriteit Consument en Markt houdt toezicht op de naleving van de Regeling afsluitbeleid. De ACM heeft "
         "de afgelopen jaren enkele leveranciers aangesproken en één leverancier een boete opgelegd. Uit mijn "
         "onderzoek blijkt echter dat de ACM voor haar toezicht vooral afgaat op de informatie die leveranciers zelf "
         "aanleveren. Of een leverancier werkelijk contact heeft gezocht, of de melding bij de gemeente op tijd was en "
         "of het afsluitverbod is gerespecteerd, wordt niet steekproefsgewijs gecontroleerd."),
    body("Openbaarheid kan het toezicht versterken. Als bekend is hoeveel huishoudens een leverancier afsluit en hoe "
         "vaak hij dat doet zonder eerst de gemeente in te schakelen, worden verschillen tussen leveranciers "
         "zichtbaar.",
         ("12", REC_12, EZ)),

    H("Herstel"),
    body("Voor de huishoudens die al zijn afgesloten, komen deze verbeteringen te laat. Bij een deel van hen was de "
         "afsluiting volgens mij niet alleen schrijnend, maar ook in strijd met de bedoeling van de regels: de "
         "gemeente had al een schuldhulptraject gestart, de leverancier wist of had kunnen weten dat er hulp op gang "
         "was gekomen, en toch werd er afgesloten. Deze huishoudens hebben kosten gemaakt voor heraansluiting, zijn "
         "eten kwijtgeraakt en hebben soms weken in de kou gezeten. Erkenning van wat hen is overkomen, ligt dan voor "
         "de hand.",
         ("13", REC_13, EZ),
         "Ik realiseer mij dat de afsluitingen zijn uitgevoerd door private bedrijven. Het was echter de overheid die "
         "de regels voor afsluiting heeft opgesteld en die heeft nagelaten ervoor te zorgen dat die regels in de "
         "praktijk werkten."),

    H("Wat goed ging"),
    body("Ik wil niet de indruk wekken dat alles misging. In twee van de acht gemeenten die wij bezochten, werkten "
         "leverancier, gemeente en buurtteam nauw samen. Een melding van een achterstand werd daar binnen een paar "
         "dagen gevolgd door een telefoontje of een bezoek, en de leverancier zette de incasso stil zodra de gemeente "
         "liet weten dat er hulp was. In die gemeenten vonden wij in de onderzochte periode vrijwel geen afsluitingen "
         "van huishoudens die bij de gemeente bekend waren."),
    body("Ook bij de leveranciers zagen wij goede voorbeelden. Eén leverancier had een eigen team dat mensen met een "
         "achterstand belde voordat er een aanmaning werd verstuurd, en bood standaard een betalingsregeling aan van "
         "minimaal twaalf maanden. Een andere leverancier had haar brieven samen met ervaringsdeskundigen herschreven "
         "en vermeldde op iedere aanmaning het nummer van de gemeente. Het aantal reacties op die brieven was volgens "
         "de leverancier verdubbeld."),
    body("Deze voorbeelden laten zien dat het anders kan, en dat het niet veel hoeft te kosten. Het probleem is dat "
         "het nu afhangt van de gemeente waarin iemand woont en van de leverancier die hij toevallig heeft."),

    H("Reacties op het conceptrapport"),
    body("Het ministerie van Klimaat en Groene Groei liet in zijn reactie weten de bevindingen te herkennen en wees "
         "erop dat de Regeling afsluitbeleid al eerder is aangescherpt. Het ministerie van Sociale Zaken en "
         "Werkgelegenheid benadrukte dat gemeenten binnen de bestaande wetgeving veel ruimte hebben om snel te helpen. "
         "Ik heb die reacties meegewogen, maar zie geen reden mijn conclusies aan te passen."),
    body("Energie-Nederland schreef dat leveranciers afsluiting altijd als laatste middel zien en dat zij in de "
         "afgelopen jaren veel hebben geïnvesteerd in betalingsregelingen. Enkele leveranciers wezen erop dat "
         "huishoudens die niet reageren op brieven of telefoontjes moeilijk te helpen zijn. Dat is waar. Het is juist "
         "daarom dat ik vraag om persoonlijk contact en om brieven die wel gelezen worden."),
    body("De Vereniging van Nederlandse Gemeenten onderschreef het belang van snelle opvolging van meldingen, maar "
         "wees op de beperkte capaciteit in het sociaal domein. De ACM liet weten mijn bevindingen te zullen betrekken "
         "bij de keuze van haar toezichtsprioriteiten voor 2026."),

    H("Tot slot"),
    body("Niemand kiest ervoor om zijn energierekening niet te betalen. De mensen die ik sprak, schaamden zich, waren "
         "bang en voelden zich van het kastje naar de muur gestuurd. Dat hoeft niet zo te zijn. Drie dingen wil ik "
         "u aan het eind van deze brief nog eens meegeven.",
         ("1a", "Laat niemand in de winter in de kou zitten: maak het afsluitverbod vast, van 1 oktober tot 1 april.",
          EZ, "1"),
         ("3a", "Maak van het noodfonds een vaste voorziening die op tijd opengaat.", EZ, "3"),
         ("6a", "Geef een energieschuld niet uit handen zolang er hulp loopt.", OTHER, "6")),
    body("Ik verzoek de minister van Klimaat en Groene Groei, mede namens de minister van Sociale Zaken en "
         "Werkgelegenheid, mij binnen drie maanden te laten weten wat er met dit rapport wordt gedaan. Ik stel het op "
         "prijs als ook de ACM, de VNG en Energie-Nederland mij binnen die termijn hun reactie sturen. Ik stuur een "
         "afschrift van deze brief aan de Tweede Kamer."),
    body("Hoogachtend,"),
    body("mr. drs. J.K. Brouwer-Smit, Nationale ombudsman"),
)

REPORT = Document(
    title="De Nationale ombudsman",
    subtitle="Rapport in briefvorm, nummer 2025/041\nKoud thuis. Huishoudens met een energieschuld na de energiecrisis",
    blocks=REPORT_BLOCKS,
    running_header="Nationale ombudsman  |  Rapport 2025/041  |  Koud thuis",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="serif",
    font_size=10.5,
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_1_3 = "De aanbevelingen 1 tot en met 3 neem ik over."
EV_4 = ("Of het fonds inkomensgegevens rechtstreeks bij de Belastingdienst kan opvragen, laat ik de komende maanden "
        "verkennen, samen met de Belastingdienst en de Autoriteit Persoonsgegevens.")
EV_5 = ("De minister van SZW verkort per 1 juli 2026 de termijn waarna leveranciers een betalingsachterstand melden "
        "voor vroegsignalering van zestig naar dertig dagen.")
EV_10 = ("Energie-Nederland heeft mij toegezegd dat alle aangesloten leveranciers hun herinneringen, aanmaningen en "
         "afsluitbrieven vóór 1 oktober 2025 herschrijven op taalniveau B1 en er het telefoonnummer van de "
         "gemeentelijke schuldhulpverlening in opnemen.")
EV_6 = ("Voor huishoudens in een gemeentelijk schuldhulptraject wil de branche die afspraak nog niet maken, omdat zo'n "
        "traject lang kan duren en de leverancier in die periode blijft leveren.")
EV_7 = "De minister van SZW ziet daarom geen aanleiding de Participatiewet op dit punt te wijzigen."
EV_8 = ("Een vaste termijn van vijf werkdagen voor een huisbezoek past niet bij de ruimte die de Wet gemeentelijke "
        "schuldhulpverlening gemeenten geeft om de opvolging van meldingen af te stemmen op de lokale situatie.")
EV_11 = ("Deze winter start ik daarom in drie regio's, Groningen, Twente en Rijnmond, een proef met één telefoonnummer "
         "en één website voor alle vragen over energieschulden.")
EV_13 = "Aanbeveling 13 neem ik echter niet over."

RESPONSE_BLOCKS = (
    P("De Nationale ombudsman, t.a.v. mr. drs. J.K. Brouwer-Smit, Postbus 93122, 2509 AC Den Haag"),
    P("Datum: 3 juli 2025"),
    P("Betreft: reactie op het rapport 'Koud thuis' (2025/041)"),
    P("Geachte mevrouw Brouwer-Smit,"),
    P("Op 14 mei 2025 stuurde u mij uw rapport 'Koud thuis' over de manier waarop energieleveranciers en overheden "
      "zijn omgegaan met huishoudens die na de energiecrisis een betalingsachterstand opliepen. Ik dank u voor het "
      "zorgvuldige onderzoek en in het bijzonder voor de ruimte die u hebt gegeven aan de verhalen van de huishoudens "
      "zelf. In deze brief reageer ik, mede namens de minister van Sociale Zaken en Werkgelegenheid, op uw "
      "aanbevelingen. Omdat uw rapport de aanbevelingen in de lopende tekst doet en ze niet nummert, heb ik ze "
      "genummerd in de volgorde waarin zij in uw rapport staan; de drie aanbevelingen die u aan het slot herhaalt, "
      "tel ik niet opnieuw."),
    P("Uw rapport maakt pijnlijk duidelijk hoe groot de gevolgen van een energieschuld kunnen zijn. Ik herken het "
      "beeld dat u schetst. Dat huishoudens in de winter zonder verwarming kwamen te zitten terwijl er al hulp op "
      "gang was gekomen, had niet mogen gebeuren, en ik begrijp dat het vertrouwen van deze mensen in leveranciers "
      "en overheid daardoor is geschaad."),
    P("Sinds de energiecrisis is er al veel veranderd. Leveranciers melden betalingsachterstanden bij gemeenten, het "
      "Tijdelijk Noodfonds Energie heeft in twee winters ruim 120.000 huishoudens geholpen en de Regeling "
      "afsluitbeleid kleinverbruikers verbiedt afsluiting bij vorst en bij huishoudens die aantoonbaar in de "
      "schuldhulpverlening zitten. Tegelijk stel ik met u vast dat die regels in de praktijk niet altijd werken "
      "zoals zij bedoeld zijn."),
    A("De aanbevelingen 1 tot en met 3 neem ik over. Ik wijzig de Regeling afsluitbeleid kleinverbruikers zo dat het "
      "afsluitverbod met ingang van het stookseizoen 2025-2026 geldt van 1 oktober tot 1 april, ongeacht de "
      "temperatuur. In dezelfde wijziging leg ik vast dat een leverancier vóór iedere afsluiting persoonlijk contact "
      "moet zoeken met het huishouden en moet kunnen aantonen dat dit is gebeurd. Het noodfonds wordt vanaf 2026 een "
      "vaste voorziening; ik heb daarvoor structureel € 40 miljoen per jaar vrijgemaakt en de aanvraagperiode opent "
      "voortaan op 1 september.",
      ("1", "agree", EV_1_3), ("2", "agree", EV_1_3), ("3", "agree", EV_1_3)),
    A("Aanbeveling 4 en 5 gaan over de drempels die huishoudens ervaren voordat zij hulp krijgen. Ik begrijp dat het "
      "uploaden van bankafschriften voor veel aanvragers een struikelblok is. " + EV_4 + " Het fonds is een "
      "stichting en geen bestuursorgaan, en voor het verstrekken van fiscale gegevens aan derden is een wettelijke "
      "grondslag nodig. " + EV_5 + " Het ontwerpbesluit daarvoor is op 20 juni 2025 in internetconsultatie gegaan.",
      ("4", "partial", EV_4), ("5", "agree", EV_5)),
    A("De aanbevelingen 6 en 10 richten zich tot de energieleveranciers. Ik heb ze besproken met Energie-Nederland, "
      "de brancheorganisatie van de leveranciers. " + EV_10 + " Ook geven de leden voortaan geen vordering uit handen "
      "zolang een aanvraag bij het noodfonds loopt. " + EV_6 + " Ik blijf daarover met de branche in gesprek.",
      ("10", "agree", EV_10), ("6", "partial", EV_6)),
    A("Op aanbeveling 7 antwoordt de minister van SZW als volgt. Gemeenten kunnen op grond van de Participatiewet nu "
      "al bijzondere bijstand rechtstreeks aan een energieleverancier betalen, en zij mogen bij kleine bedragen "
      "volstaan met een vereenvoudigde aanvraag. De wet biedt daarvoor dus voldoende ruimte. " + EV_7 + " Wel wijst "
      "zij gemeenten via de VNG nog eens op de mogelijkheden die er al zijn.",
      ("7", "disagree", EV_7)),
    A("De aanbevelingen 8 en 9 zijn gericht aan gemeenten. Het merendeel van de gemeenten heeft inmiddels een vast "
      "aanspreekpunt voor geldzorgen, vaak ondergebracht bij het sociaal wijkteam, en veel gemeenten zijn buiten "
      "kantoortijden bereikbaar via de landelijke hulplijn voor geldzorgen. " + EV_8 + " Gemeenten kiezen nu al voor "
      "een huisbezoek waar zij dat nodig vinden.",
      ("8", "disagree", EV_8)),
    A("Huishoudens met een energieachterstand weten vaak niet waar zij moeten aankloppen. Dat moet eenvoudiger. "
      + EV_11 + " Op basis van de evaluatie in het voorjaar van 2026 besluit ik of een dergelijk loket in het hele "
      "land wordt ingevoerd.",
      ("11", "partial", EV_11)),
    P("Over het toezicht op de afsluitregels merk ik op dat de ACM een onafhankelijke toezichthouder is, die zelf "
      "bepaalt hoe zij haar toezicht inricht en welke gegevens zij openbaar maakt. Ik heb uw rapport onder de "
      "aandacht van de ACM gebracht; zij laat u rechtstreeks weten wat zij met uw aanbeveling doet."),
    A("Ik deel uw conclusie dat een deel van de huishoudens in de winter van 2022-2023 niet had mogen worden "
      "afgesloten. " + EV_13 + " De afsluitingen zijn uitgevoerd door private leveranciers, binnen de regels die "
      "toen golden. Achteraf is per geval niet betrouwbaar vast te stellen of de leverancier van het schuldhulptraject "
      "wist, en een generieke tegemoetkoming uit publieke middelen zou ook huishoudens bereiken bij wie de "
      "afsluiting terecht was. Waar een leverancier de regels heeft overtreden, kan een huishouden zich wenden tot de "
      "Geschillencommissie Energie.",
      ("13", "disagree", EV_13)),
    P("Ik ben u erkentelijk voor uw rapport. Het laat zien dat goede regels op papier niet genoeg zijn als zij de "
      "mensen om wie het gaat niet bereiken. Over de wijziging van de Regeling afsluitbeleid en over de proef met het "
      "loket informeer ik de Tweede Kamer in het najaar. Een afschrift van deze brief stuur ik aan de Tweede Kamer."),
    P("De minister van Klimaat en Groene Groei,"),
    P("S.P. de Graaf"),
)

RESPONSE = Document(
    title="Ministerie van Klimaat en Groene Groei",
    subtitle="Directoraat-generaal Klimaat en Energie\nPostbus 20401, 2500 EK Den Haag\nKenmerk DGKE-E / 25187342",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Klimaat en Groene Groei  |  Kenmerk DGKE-E / 25187342",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.0,
)

PAIR = Pair(
    name="energy_bills_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description="Nationale ombudsman 'rapport in briefvorm' on energy arrears: 13 unnumbered recommendations as "
                "sentences inside running paragraphs (some paragraphs hold two), three repeated in 'Tot slot'; the "
                "KGG minister's short letter (also for SZW) numbers them by order and answers with ranges "
                "('1 tot en met 3', '4 en 5', '6 en 10', '8 en 9') and by subject; 9 and 12 not addressed.",
)
