"""Pair: a Nationale ombudsman-style report on debt collection by government bodies, and the cabinet's answer.

Layout traits this pair tests: recommendations printed inline in the chapter prose ("De ombudsman beveelt ... aan
om ...") and again in a closing chapter "Aanbevelingen" in the ``1)`` style, split over several lists by theme with
continued numbering; some items with ``a)`` sub-items; recommendations addressed to several bodies at once and to
gemeenten; a bulleted list in the method section that is not a recommendation list.

The response letter treats the themes in another order, answers two recommendations in one paragraph (10 and 11),
answers recommendation 8 in two places, describes existing policy without taking a position, and leaves 13, 16 and
17 unanswered.  All prose is fictional and written for this test set.
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


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie een boete niet op tijd betaalt, krijgt een aanmaning. Wie ook die aanmaning laat liggen, ziet het bedrag "
      "oplopen. Voor de meeste mensen werkt dat als een duwtje om alsnog te betalen. Voor een groeiende groep "
      "burgers werkt het zo niet. Zij kunnen niet betalen, ook als zij dat graag willen. Bij hen leidt elke volgende "
      "stap in de invordering niet tot betaling, maar tot een hogere schuld, meer spanning thuis en minder vertrouwen "
      "in de overheid."),
    P("De afgelopen jaren kwamen er bij mij honderden klachten binnen van mensen die vastliepen in de invordering "
      "van overheidsvorderingen. Zij beschreven hoe zij met vijf of zes overheidsorganisaties tegelijk te maken "
      "hadden, die elk hun eigen regels, termijnen en brieven hanteren. Zij vertelden over een beslag dat hun huur "
      "opslokte, en over een betalingsregeling die werd geweigerd omdat het aangeboden bedrag ‘te laag’ was. Dat "
      "was voor mij reden om op eigen initiatief een onderzoek in te stellen."),
    P("De overheid is geen gewone schuldeiser. Zij heeft bevoegdheden die andere schuldeisers niet hebben, zoals "
      "verrekening zonder tussenkomst van de rechter en het uitvaardigen van een dwangbevel. Daar hoort een "
      "bijzondere verantwoordelijkheid bij. De overheid moet niet alleen innen, maar ook voorkomen dat mensen door "
      "haar eigen optreden dieper in de problemen raken. In dit rapport laat ik zien waar dat goed gaat en waar het "
      "schuurt. Mijn aanbevelingen richten zich tot de betrokken bewindspersonen en tot gemeenten. Ik verwacht dat "
      "zij er voortvarend mee aan de slag gaan en volg dat nauwgezet."),
    P("H.J. Verbeek"),
    P("Nationale ombudsman"),
    PageBreak(),

    H("Samenvatting"),
    P("Ruim 700.000 huishoudens in Nederland hebben problematische schulden. Bij een groot deel van hen is de "
      "overheid een van de schuldeisers, en vaak de grootste. Het gaat om verkeersboetes en strafrechtelijke "
      "geldboetes die het CJIB int, om belastingaanslagen en terug te betalen toeslagen, om studieschulden bij DUO, "
      "om te veel ontvangen uitkeringen die UWV terugvordert en om gemeentelijke belastingen en bijstandsvorderingen.",
      footnotes=("Centraal Bureau voor de Statistiek, Monitor geregistreerde problematische schulden, peildatum "
                 "1 januari 2024.",)),
    P("De Nationale ombudsman onderzocht hoe deze organisaties omgaan met burgers die hun schuld niet of niet op tijd "
      "kunnen betalen. Het onderzoek laat zien dat de organisaties de afgelopen jaren stappen hebben gezet. Er is meer "
      "aandacht voor het ‘menselijk gezicht’ van de invordering, medewerkers bellen vaker uit zichzelf en de "
      "beslagvrije voet wordt sinds 2021 beter berekend. Tegelijk blijven er knelpunten die maken dat burgers met "
      "weinig geld vastlopen."),
    P("In de eerste plaats geldt de bescherming van de beslagvrije voet niet bij elke vorm van invordering. Vooral bij "
      "verrekening kan een burger onder het bestaansminimum terechtkomen. In de tweede plaats lopen de regels voor "
      "betalingsregelingen sterk uiteen. De ene organisatie eist aflossing binnen twaalf maanden, de andere binnen "
      "zes jaar, en de draagkracht van de burger speelt lang niet altijd een rol. In de derde plaats werken de "
      "organisaties nauwelijks samen. Een burger die bij de gemeente schuldhulp krijgt, wordt door een andere "
      "overheidsorganisatie soms gewoon verder aangemaand. Ten slotte zijn de brieven vaak moeilijk te begrijpen en "
      "is het lastig om iemand te spreken die ook echt iets kan beslissen."),
    P("De ombudsman doet in totaal zeventien aanbevelingen. Ze gaan over de bescherming van het bestaansminimum, over "
      "betalingsregelingen die passen bij wat iemand kan missen, over het stoppen van de invordering zodra iemand in "
      "de schuldhulpverlening zit, over het beperken van bijkomende kosten en over brieven die mensen begrijpen. De "
      "aanbevelingen staan in de hoofdstukken 2 tot en met 5 bij de bevindingen waar zij uit voortkomen, en zijn in "
      "hoofdstuk 7 op een rij gezet."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Sinds 2019 ontvangt de Nationale ombudsman jaarlijks tussen de 900 en 1.200 klachten over invordering door "
      "overheidsorganisaties. Een deel daarvan gaat over een enkele vordering die onjuist zou zijn. Een steeds groter "
      "deel gaat over iets anders: burgers die de vordering niet betwisten, maar niet weten hoe zij haar moeten "
      "betalen, en die ervaren dat de overheid daar geen oog voor heeft. In 2023 ging het om 38 procent van de "
      "klachten over invordering, tegen 22 procent in 2019."),
    P("Eerdere rapporten van de ombudsman, zoals ‘Burgerperspectief op schulden’ uit 2018 en ‘Invorderen met oog voor "
      "de mens’ uit 2021, leidden tot verbeteringen. Zo sprak het kabinet met de Rijksincassovisie af dat "
      "overheidsorganisaties bij de invordering rekening houden met het bestaansminimum en met de persoonlijke "
      "situatie van burgers.",
      footnotes=("Kamerstukken II 2020/21, 24 515, nr. 583 (Rijksincassovisie); zie ook de voortgangsbrieven "
                 "brede schuldenaanpak.",)),
    P("Uit de klachten blijkt echter dat deze afspraken in de praktijk niet altijd waargemaakt worden. Daarom besloot "
      "de ombudsman in het voorjaar van 2023 tot een breder onderzoek naar de invordering door vier grote "
      "uitvoeringsorganisaties en vijf gemeenten."),
    H("1.2 Onderzoeksvraag", 2),
    P("De centrale vraag van het onderzoek luidt: hoe gaan overheidsorganisaties bij de invordering om met burgers die "
      "hun schuld niet of niet op tijd kunnen betalen, en in hoeverre sluit die werkwijze aan bij de behoorlijkheidsnormen "
      "die de ombudsman hanteert?"),
    P("Om die vraag te beantwoorden heeft de ombudsman gekeken naar de regels en werkwijzen van de organisaties, naar "
      "de ervaringen van burgers en schuldhulpverleners, en naar de samenwerking tussen de organisaties onderling en "
      "met gemeenten."),
    H("1.3 Werkwijze", 2),
    P("Het onderzoek is uitgevoerd tussen april 2023 en mei 2024. De ombudsman heeft de volgende activiteiten "
      "ondernomen:"),
    ItemList((
        ListItem("een analyse van 312 klachtdossiers over invordering uit de periode 2021–2023;"),
        ListItem("gesprekken met 41 burgers met een of meer overheidsschulden, van wie 17 in een "
                 "schuldhulpverleningstraject zaten;"),
        ListItem("gesprekken met medewerkers en leidinggevenden van het CJIB, de Belastingdienst, DUO en UWV;"),
        ListItem("gesprekken met schuldhulpverleners en beleidsmedewerkers van de gemeenten Almere, Deventer, "
                 "Heerlen, Leeuwarden en Rotterdam;"),
        ListItem("een rondetafelgesprek met de NVVK, de Koninklijke Beroepsorganisatie van Gerechtsdeurwaarders, "
                 "het Nibud en twee organisaties van ervaringsdeskundigen;"),
        ListItem("een bestudering van wet- en regelgeving, beleidsregels en standaardbrieven."),
    ), style="•"),
    P("De betrokken organisaties hebben een conceptversie van dit rapport ontvangen en op de feitelijke juistheid "
      "ervan kunnen reageren. Hun reacties zijn waar nodig verwerkt."),
    H("1.4 Toetsingskader", 2),
    P("De ombudsman toetst aan de behoorlijkheidsnormen. Voor dit onderzoek zijn vooral vier normen van belang. Bij "
      "maatwerk gaat het erom dat de overheid oog heeft voor de persoonlijke omstandigheden van de burger en "
      "zo nodig afwijkt van de standaardaanpak. Evenredigheid houdt in dat de gevolgen van een besluit niet "
      "onevenredig zwaar mogen zijn in verhouding tot het doel. Betrokkenheid en oplossingsgerichtheid vragen van "
      "de overheid dat zij meedenkt en naar een oplossing zoekt. Goede informatieverstrekking betekent dat de "
      "overheid helder en tijdig uitlegt wat zij doet en wat de burger kan doen.",
      footnotes=("Nationale ombudsman, Behoorlijkheidswijzer, Den Haag 2022.",)),
    H("1.5 Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft hoe de invordering door de overheid werkt en welke waarborgen de wet biedt. Hoofdstuk 3 "
      "laat zien wat burgers ervaren. Hoofdstuk 4 gaat in op de werkwijze van de vier uitvoeringsorganisaties, "
      "hoofdstuk 5 op de samenwerking en de rol van gemeenten. Hoofdstuk 6 bevat de conclusies en hoofdstuk 7 de "
      "aanbevelingen."),
    PageBreak(),

    H("2 Invordering door de overheid"),
    H("2.1 Van aanmaning tot beslag", 2),
    P("Wanneer een burger een vordering van de overheid niet op tijd betaalt, volgt bijna altijd hetzelfde traject. "
      "Eerst komt een herinnering of aanmaning, soms met kosten. Daarna kan de organisatie een dwangbevel uitvaardigen. "
      "Dat is een executoriale titel: de overheid hoeft niet naar de rechter om beslag te laten leggen. Op basis van "
      "het dwangbevel kan beslag worden gelegd op loon of uitkering, op een bankrekening of op roerende zaken. Bij "
      "de Belastingdienst en gemeenten gebeurt dat door een eigen belastingdeurwaarder, bij andere organisaties vaak "
      "door een particuliere gerechtsdeurwaarder."),
    P("Daarnaast kan de overheid verrekenen. Zij houdt dan een bedrag in op een betaling die zij zelf aan de burger "
      "verschuldigd is, bijvoorbeeld een teruggave van belasting, een toeslag of een uitkering. Verrekening is voor de "
      "overheid een eenvoudig en goedkoop middel. Voor de burger is het vaak onzichtbaar tot het geld er niet is."),
    H("2.2 De beslagvrije voet", 2),
    P("Sinds 1 januari 2021 geldt de Wet vereenvoudiging beslagvrije voet. Deze wet regelt dat bij beslag op loon of "
      "uitkering een deel van het inkomen altijd voor de burger overblijft, zodat hij zijn vaste lasten kan "
      "blijven betalen. De beslagvrije voet wordt sindsdien berekend op basis van gegevens die de beslaglegger zelf "
      "opvraagt, in plaats van gegevens die de burger moet aanleveren.",
      footnotes=("Wet van 29 maart 2017, Stb. 2017, 155, in werking getreden op 1 januari 2021.",)),
    P("De wet heeft veel verbeterd. Schuldhulpverleners zien minder gevallen waarin de beslagvrije voet veel te laag "
      "is vastgesteld. Maar de wet heeft ook grenzen. De beslagvrije voet geldt voor beslag op periodieke inkomsten. "
      "Bij beslag op een bankrekening gelden andere regels, en bij verrekening ontbreekt een algemene wettelijke "
      "ondergrens. Wel hebben verschillende organisaties in hun beleid opgenomen dat zij bij verrekening rekening "
      "houden met de beslagvrije voet, maar de uitwerking verschilt per organisatie."),
    H("2.3 Verrekening zonder vangnet", 2),
    P("In 46 van de onderzochte klachtdossiers leidde verrekening ertoe dat de burger in een maand minder overhield "
      "dan de beslagvrije voet. In de meeste gevallen ging het om een teruggave of toeslag die in één keer werd "
      "ingehouden. Burgers die daardoor hun huur niet konden betalen, kregen vervolgens te maken met een "
      "huurachterstand en dus met een nieuwe schuld. De ombudsman vindt het niet uit te leggen dat de wet het "
      "bestaansminimum beschermt bij beslag, maar niet wanneer de overheid hetzelfde bedrag via verrekening int."),
    P("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen en de staatssecretaris van "
      "Financiën aan om wettelijk te regelen dat de beslagvrije voet ook geldt wanneer een overheidsorganisatie een "
      "vordering verrekent."),
    H("2.4 Betalingsregelingen en kwijtschelding", 2),
    P("Iedere organisatie biedt de mogelijkheid om in termijnen te betalen. De voorwaarden lopen echter sterk uiteen. "
      "De Belastingdienst hanteert als uitgangspunt dat een belastingschuld binnen twaalf maanden is afgelost. Het "
      "CJIB biedt standaardregelingen met een looptijd tot maximaal 24 maanden en vraagt een minimumbedrag per "
      "termijn. DUO kent een terugbetalingsperiode van vijftien of 35 jaar en past de maandtermijn aan op basis van "
      "een draagkrachtmeting. UWV stelt een aflossing vast op basis van de beslagvrije voet."),
    P("Kwijtschelding is bij rijksbelastingen en gemeentelijke belastingen mogelijk voor burgers die onvoldoende "
      "betalingscapaciteit hebben. Het aanvragen ervan is echter ingewikkeld. De burger moet een formulier invullen "
      "met gegevens over inkomen, vermogen en vaste lasten, en bewijsstukken meesturen, ook als de overheid die "
      "gegevens al heeft. Een deel van de burgers die recht hebben op kwijtschelding vraagt die daardoor niet aan.",
      footnotes=("Volgens een schatting van het Nibud maakt ongeveer een derde van de rechthebbenden geen "
                 "gebruik van kwijtschelding van gemeentelijke belastingen.",)),

    H("3 Wat burgers ervaren"),
    H("3.1 Het verhaal van mevrouw D.", 2),
    P("Mevrouw D. is alleenstaand en heeft twee kinderen. Zij werkt 24 uur per week in de thuiszorg. Na een "
      "scheiding in 2020 ontstond een achterstand bij de Belastingdienst, omdat haar voorlopige aanslag niet werd "
      "aangepast. Daarbij kwamen twee verkeersboetes, een terugvordering van kinderopvangtoeslag en een studieschuld "
      "waarvan zij niet wist dat de aflossing was begonnen. Binnen een jaar had zij met vier overheidsorganisaties te "
      "maken."),
    P("‘Ik kreeg soms drie brieven op een dag. Ik wist niet meer wat ik eerst moest betalen. Als ik belde, zeiden ze "
      "dat ik een regeling kon aanvragen, maar dan moest ik eerst een formulier invullen met al mijn vaste lasten. "
      "Daarna kreeg ik te horen dat het bedrag te laag was. Intussen liepen de boetes op.’"),
    P("Mevrouw D. meldde zich uiteindelijk bij het schuldhulploket van haar gemeente. Toen zij daar was toegelaten, "
      "duurde het nog vier maanden voordat alle schuldeisers hun invordering hadden stopgezet. In die periode werd "
      "haar belastingteruggave verrekend en werd er een vordering uit dwangbevel aan haar werkgever betekend."),
    H("3.2 Stapeling", 2),
    P("Het verhaal van mevrouw D. staat niet op zichzelf. Van de 41 burgers die de ombudsman sprak, hadden er 29 met "
      "drie of meer overheidsorganisaties tegelijk te maken. Elke organisatie beoordeelt de betalingscapaciteit "
      "afzonderlijk, en geen van de organisaties kijkt naar wat de andere al innen. Het gevolg is dat de optelsom van "
      "de afzonderlijke regelingen het inkomen van de burger ver te boven kan gaan."),
    P("Schuldhulpverleners wezen erop dat juist de overheid over de gegevens beschikt om die stapeling te zien. ‘Ze "
      "weten precies wat iemand verdient en wat hij al betaalt. Maar niemand kijkt naar het totaalplaatje.’"),
    H("3.3 Brieven en bereikbaarheid", 2),
    P("Burgers vinden de brieven die zij ontvangen vaak onduidelijk. De ombudsman bestudeerde 58 standaardbrieven. "
      "Slechts 19 daarvan waren volgens de ombudsman op taalniveau B1 geschreven. Veel brieven noemen wetsartikelen "
      "zonder uit te leggen wat die betekenen, en vermelden niet wat de burger kan doen als hij niet kan betalen. "
      "Wie wil bellen, komt bij een algemeen nummer uit. De medewerker die opneemt, kan vaak niet zelf een regeling "
      "aanpassen of een verhoging terugdraaien."),
    P("De ombudsman beveelt alle betrokken bewindspersonen en gemeenten aan om ervoor te zorgen dat brieven over "
      "invordering in begrijpelijke taal zijn geschreven, vermelden wat de burger kan doen als hij niet kan betalen, "
      "en een telefoonnummer bevatten waarop een medewerker bereikbaar is die over een regeling kan beslissen."),
    P("Medewerkers zelf gaven in de gesprekken aan dat zij vaak zien dat een standaardregeling niet past, maar dat zij "
      "weinig mogelijkheden hebben om daarvan af te wijken. Afwijken vraagt toestemming van een leidinggevende of een "
      "gespecialiseerd team, en de procedures daarvoor zijn tijdrovend."),
    P("De ombudsman beveelt het kabinet aan om medewerkers van de invorderende organisaties uitdrukkelijk de "
      "bevoegdheid te geven om in individuele gevallen af te wijken van standaardregelingen, en om die ruimte ook in "
      "beleidsregels vast te leggen."),
    P("Burgers en ervaringsdeskundigen hadden veel concrete ideeën om brieven en procedures te verbeteren. De "
      "organisaties maken daar nog weinig gebruik van. De ombudsman beveelt het kabinet daarom ook aan om "
      "ervaringsdeskundigen structureel te betrekken bij het herzien van brieven, formulieren en werkprocessen in de "
      "invordering."),
    PageBreak(),

    H("4 De invorderaars afzonderlijk"),
    H("4.1 Het CJIB", 2),
    P("Het CJIB int verkeersboetes op grond van de Wet administratiefrechtelijke handhaving verkeersvoorschriften "
      "(Wahv) en strafrechtelijke geldboetes. Wie een Wahv-boete niet binnen acht weken betaalt, krijgt een eerste "
      "aanmaning met een verhoging van 50 procent van het boetebedrag. Volgt daarna geen betaling, dan komt er een "
      "tweede aanmaning en een verdere verhoging van 100 procent. Een boete van 100 euro kan zo oplopen tot 250 euro, "
      "nog voordat een deurwaarder is ingeschakeld.",
      footnotes=("Artikel 23 Wahv.",)),
    P("Het CJIB kent sinds enkele jaren de mogelijkheid om in bijzondere gevallen een verhoging niet op te leggen, "
      "bijvoorbeeld als iemand in de schuldhulpverlening zit. In de praktijk gebeurt dat alleen als de burger of "
      "diens schuldhulpverlener daar zelf om vraagt, en pas nadat de verhoging al is opgelegd. De ombudsman ziet "
      "burgers die een betalingsregeling aanvroegen en tijdens de beoordeling daarvan toch een verhoging kregen."),
    P("De ombudsman beveelt de minister van Justitie en Veiligheid aan om de verhogingen van boetes te bevriezen zodra "
      "iemand een betalingsregeling heeft aangevraagd of is toegelaten tot een schuldhulptraject, en bestaande "
      "verhogingen in die gevallen te matigen."),
    P("De looptijd van betalingsregelingen bij het CJIB is beperkt. Voor burgers met meerdere boetes en een laag "
      "inkomen leidt dat tot maandbedragen die zij niet kunnen opbrengen. De ombudsman beveelt de minister van "
      "Justitie en Veiligheid aan om de maximale looptijd van betalingsregelingen bij het CJIB te verlengen tot ten "
      "minste 36 maanden en de termijnbedragen te laten aansluiten bij de afloscapaciteit van de burger."),
    H("4.2 De Belastingdienst", 2),
    P("De Belastingdienst treft een betalingsregeling als uitgangspunt alleen als de schuld binnen twaalf maanden "
      "kan worden voldaan. Wie meer tijd nodig heeft, moet zijn betalingscapaciteit aantonen, en ook dan wordt de "
      "regeling zelden langer dan twee jaar. De Belastingdienst wijst erop dat het gaat om belastinggeld waar de "
      "samenleving recht op heeft, en dat een te lange regeling het risico op nieuwe achterstanden vergroot."),
    P("De ombudsman begrijpt dat belang, maar ziet dat de vaste termijn van twaalf maanden bij burgers met een laag "
      "inkomen averechts werkt. Een regeling die niet is vol te houden, loopt vast, waarna de volledige schuld weer "
      "opeisbaar wordt. De ombudsman beveelt de staatssecretaris van Financiën aan om bij betalingsregelingen van de "
      "Belastingdienst standaard uit te gaan van de afloscapaciteit van de burger en niet van een vaste termijn."),
    P("Voor kwijtschelding van belastingschulden moet de burger veel gegevens aanleveren die bij de overheid al "
      "bekend zijn. De ombudsman beveelt de staatssecretaris van Financiën en de gemeenten aan om het verzoek om "
      "kwijtschelding te vereenvoudigen door gebruik te maken van een vooringevuld formulier met gegevens waarover "
      "de overheid al beschikt."),
    H("4.3 DUO", 2),
    P("DUO stelt het maandbedrag voor de aflossing van een studieschuld vast op basis van het inkomen van twee jaar "
      "eerder, het zogenoemde peiljaar. Wie sindsdien minder is gaan verdienen, kan vragen om een berekening op basis "
      "van het actuele inkomen. Veel burgers weten dat niet. Bovendien moet zo’n verzoek elk jaar opnieuw worden "
      "gedaan, met bewijsstukken.",
      footnotes=("Artikel 6.6 Wet studiefinanciering 2000.",)),
    P("De ombudsman beveelt de minister van Onderwijs, Cultuur en Wetenschap aan om DUO bij de draagkrachtmeting "
      "uit te laten gaan van het actuele inkomen van de oud-student zodra er signalen zijn dat dit lager is dan in "
      "het peiljaar."),
    H("4.4 UWV", 2),
    P("UWV vordert uitkeringen terug die ten onrechte of te veel zijn betaald. Vaak gebeurt dat door verrekening met "
      "een lopende uitkering. UWV houdt daarbij rekening met de beslagvrije voet, maar alleen als de burger zijn "
      "gegevens tijdig aanlevert. Gebeurt dat niet, dan rekent UWV met een standaardbedrag. De ombudsman trof "
      "dossiers aan waarin burgers daardoor maandenlang minder ontvingen dan waar zij van konden leven."),
    P("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen aan om UWV, voordat het een "
      "terugvordering met een uitkering verrekent, de actuele inkomenssituatie van de burger te laten toetsen en "
      "verrekening te laten stoppen zodra die leidt tot een inkomen onder de beslagvrije voet."),
    H("4.5 Bijkomende kosten en gerechtsdeurwaarders", 2),
    P("Bovenop de oorspronkelijke vordering komen vaak kosten: aanmaningskosten, verhogingen, kosten van het "
      "dwangbevel en kosten van de deurwaarder. De ombudsman zag dossiers waarin de bijkomende kosten hoger waren "
      "dan de oorspronkelijke schuld. Geen enkele organisatie houdt bij hoe hoog die kosten in totaal oplopen "
      "wanneer een burger bij meerdere organisaties een achterstand heeft."),
    P("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen, de minister van Justitie en "
      "Veiligheid en de staatssecretaris van Financiën aan om de stapeling van incassokosten en verhogingen in beeld "
      "te brengen en een maximum te stellen aan de totale bijkomende kosten op een overheidsvordering."),
    P("Particuliere gerechtsdeurwaarders die in opdracht van de overheid werken, brengen hun kosten in rekening bij de "
      "burger, ook wanneer vaststaat dat er niets te halen valt. Een mislukte beslaglegging maakt de schuld daardoor "
      "alleen groter. De ombudsman beveelt de minister van Justitie en Veiligheid en de staatssecretaris van "
      "Financiën aan om geen deurwaarderskosten meer door te berekenen aan burgers van wie bekend is dat zij geen "
      "afloscapaciteit hebben."),

    H("5 Samenwerking en de rol van gemeenten"),
    H("5.1 Eén overheid?", 2),
    P("Voor de burger is de overheid één geheel. In de invordering merkt hij daar weinig van. Elke organisatie heeft "
      "een eigen loket, een eigen beoordeling en een eigen regeling. Het kabinet heeft in de Rijksincassovisie "
      "uitgesproken dat de overheid zich meer als één schuldeiser moet gedragen. Er zijn pilots geweest waarin "
      "organisaties gegevens uitwisselden, maar een structurele voorziening ontbreekt nog."),
    P("De ombudsman beveelt het kabinet aan om voor burgers met meerdere overheidsschulden één aanspreekpunt in te "
      "richten, waar zij een betalingsregeling kunnen treffen die voor alle betrokken organisaties geldt en waarbij "
      "de totale afloscapaciteit het uitgangspunt is."),
    H("5.2 Schuldhulpverlening en een adempauze", 2),
    P("Wie zich meldt bij de gemeentelijke schuldhulpverlening, heeft rust nodig om zijn situatie op orde te "
      "brengen. Gemeenten kunnen een moratorium aanvragen bij de rechter, maar doen dat zelden, omdat de procedure "
      "zwaar is. Sommige overheidsorganisaties schorten de invordering op als de gemeente daarom vraagt, andere "
      "niet, of pas na weken. In de tussentijd lopen kosten op en worden afspraken met schuldhulpverleners "
      "doorkruist.",
      footnotes=("Artikel 287b Faillissementswet; Wet gemeentelijke schuldhulpverlening.",)),
    P("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen en de gemeenten aan om te "
      "regelen dat alle overheidsschuldeisers hun invordering opschorten zodra een burger is toegelaten tot de "
      "gemeentelijke schuldhulpverlening."),
    H("5.3 Vroegsignalering", 2),
    P("Sinds 2021 zijn gemeenten verplicht om signalen van betalingsachterstanden bij vaste lasten, zoals huur, "
      "energie, water en zorgverzekering, op te volgen. Overheidsschulden vallen daar grotendeels buiten. Signalen "
      "van het CJIB, de Belastingdienst of DUO bereiken de gemeente daardoor niet of pas laat. Gemeenten die wel "
      "vroeg contact zochten, zagen dat burgers sneller hulp aanvaardden en dat schulden minder hoog opliepen."),
    P("De ombudsman beveelt gemeenten aan om binnen vier weken na een signaal van een betalingsachterstand contact "
      "op te nemen met de burger en ook signalen over overheidsschulden in de vroegsignalering mee te nemen."),
    H("5.4 Gemeentelijke belastingen", 2),
    P("Gemeenten zijn niet alleen hulpverlener maar ook zelf schuldeiser, bijvoorbeeld voor de onroerendezaakbelasting, "
      "de afvalstoffenheffing en de rioolheffing. De onderzochte gemeenten gingen daar heel verschillend mee om. "
      "Twee van de vijf gemeenten brachten aanmaningskosten in rekening bij burgers die in de schuldhulpverlening "
      "zaten. Eén gemeente liet de invordering van de eigen belastingen automatisch stoppen na aanmelding bij het "
      "schuldhulploket."),
    P("De ombudsman beveelt gemeenten aan om bij de invordering van gemeentelijke belastingen dezelfde coulance te "
      "betrachten die zij van andere overheidsschuldeisers vragen, en in ieder geval geen aanmaningskosten in "
      "rekening te brengen bij burgers die in de schuldhulpverlening zitten."),
    H("5.5 Sturing op verbetering", 2),
    P("Het kabinet rapporteert jaarlijks over de voortgang van de brede schuldenaanpak. Die rapportages beschrijven "
      "vooral de maatregelen die zijn genomen, maar niet in hoeverre die iets opleveren voor burgers. Zo is niet "
      "bekend hoeveel burgers als gevolg van verrekening onder de beslagvrije voet terechtkomen, of hoeveel "
      "betalingsregelingen vastlopen."),
    P("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen aan om de Rijksincassovisie te "
      "voorzien van meetbare doelen en jaarlijks aan de Tweede Kamer te rapporteren in hoeverre die doelen zijn "
      "gehaald."),

    H("6 Conclusies"),
    P("De overheid heeft in de afgelopen jaren erkend dat haar invordering mensen dieper in de schulden kan duwen. "
      "Er zijn goede stappen gezet, zoals de vereenvoudiging van de beslagvrije voet en de Rijksincassovisie. Het "
      "onderzoek laat echter zien dat die stappen nog niet genoeg zijn om te voorkomen dat burgers met weinig geld "
      "vastlopen."),
    P("Het bestaansminimum is niet in alle gevallen beschermd. Bij verrekening, en bij de samenloop van regelingen "
      "van verschillende organisaties, kan een burger minder overhouden dan hij nodig heeft om rond te komen. Dat "
      "verdraagt zich niet met de norm van evenredigheid."),
    P("De regels voor betalingsregelingen zijn te star en te verschillend. Of een burger een haalbare regeling krijgt, "
      "hangt af van de organisatie waarbij hij een schuld heeft, en niet van wat hij kan betalen. Dat staat op "
      "gespannen voet met de norm van maatwerk."),
    P("De organisaties werken onvoldoende samen. Een burger die hulp zoekt, moet nog steeds bij elke organisatie "
      "afzonderlijk aankloppen. Zelfs wanneer hij in de schuldhulpverlening zit, gaat de invordering soms gewoon door. "
      "Daarmee schiet de overheid tekort in betrokkenheid en oplossingsgerichtheid."),
    P("Ten slotte is de communicatie met burgers voor verbetering vatbaar. Brieven zijn vaak te moeilijk, en het is "
      "lastig om iemand te bereiken die kan meedenken en beslissen."),
    PageBreak(),

    H("7 Aanbevelingen"),
    P("Op basis van de bevindingen en conclusies doet de Nationale ombudsman de volgende aanbevelingen. Zij zijn "
      "gegroepeerd naar thema. Bij iedere aanbeveling is aangegeven tot wie zij zich richt."),
    H("Bescherming van het bestaansminimum", 2),
    ItemList((
        ListItem("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen en de "
                 "staatssecretaris van Financiën aan om wettelijk te regelen dat de beslagvrije voet ook geldt "
                 "wanneer een overheidsorganisatie een vordering verrekent.",
                 recommendation=R("1", "SZW", "FIN")),
    ), style="1)"),
    H("Betalingsregelingen en kosten", 2),
    ItemList((
        ListItem("De ombudsman beveelt de minister van Justitie en Veiligheid aan om het CJIB de verhogingen van "
                 "boetes te laten bevriezen zodra iemand een betalingsregeling heeft aangevraagd of is toegelaten tot "
                 "een schuldhulptraject, en bestaande verhogingen in die gevallen te laten matigen.",
                 recommendation=R("2", "JenV")),
        ListItem("De ombudsman beveelt de minister van Justitie en Veiligheid aan om de maximale looptijd van "
                 "betalingsregelingen bij het CJIB te verlengen tot ten minste 36 maanden en de termijnbedragen te "
                 "laten aansluiten bij de afloscapaciteit van de burger.",
                 recommendation=R("3", "JenV")),
        ListItem("De ombudsman beveelt de staatssecretaris van Financiën aan om bij betalingsregelingen van de "
                 "Belastingdienst standaard uit te gaan van de afloscapaciteit van de burger en niet van een vaste "
                 "termijn van twaalf maanden.",
                 recommendation=R("4", "FIN")),
        ListItem("De ombudsman beveelt de staatssecretaris van Financiën en de gemeenten aan om het verzoek om "
                 "kwijtschelding te vereenvoudigen:",
                 children=(
                     ListItem("door een vooringevuld formulier te gebruiken met gegevens waarover de overheid al "
                              "beschikt;"),
                     ListItem("door geen bewijsstukken meer te vragen die bij een andere overheidsorganisatie "
                              "bekend zijn."),
                 ),
                 recommendation=R("5", "FIN", "GEMEENTEN")),
        ListItem("De ombudsman beveelt de minister van Onderwijs, Cultuur en Wetenschap aan om DUO bij de "
                 "draagkrachtmeting uit te laten gaan van het actuele inkomen van de oud-student zodra er signalen "
                 "zijn dat dit lager is dan in het peiljaar.",
                 recommendation=R("6", "OCW")),
        ListItem("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen aan om UWV, voordat "
                 "het een terugvordering met een uitkering verrekent, de actuele inkomenssituatie te laten toetsen en "
                 "verrekening te laten stoppen zodra die leidt tot een inkomen onder de beslagvrije voet.",
                 recommendation=R("7", "SZW")),
    ), style="1)", start=2),
    H("Samenwerking tussen overheidsschuldeisers", 2),
    ItemList((
        ListItem("De ombudsman beveelt het kabinet aan om voor burgers met meerdere overheidsschulden één "
                 "aanspreekpunt in te richten, waarbij:",
                 children=(
                     ListItem("de burger één betalingsregeling kan treffen die voor alle betrokken organisaties "
                              "geldt;"),
                     ListItem("de totale afloscapaciteit van de burger het uitgangspunt is;"),
                     ListItem("de organisaties de daarvoor benodigde gegevens met elkaar delen."),
                 ),
                 recommendation=R("8", "SZW", "FIN", "JenV", "OCW")),
        ListItem("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen en de gemeenten "
                 "aan om te regelen dat alle overheidsschuldeisers hun invordering opschorten zodra een burger is "
                 "toegelaten tot de gemeentelijke schuldhulpverlening.",
                 recommendation=R("9", "SZW", "GEMEENTEN")),
        ListItem("De ombudsman beveelt gemeenten aan om binnen vier weken na een signaal van een betalingsachterstand "
                 "contact op te nemen met de burger en ook signalen over overheidsschulden in de vroegsignalering "
                 "mee te nemen.",
                 recommendation=R("10", "GEMEENTEN")),
        ListItem("De ombudsman beveelt gemeenten aan om bij de invordering van gemeentelijke belastingen geen "
                 "aanmaningskosten in rekening te brengen bij burgers die in de schuldhulpverlening zitten, en "
                 "daarbij dezelfde coulance te betrachten die zij van andere overheidsschuldeisers vragen.",
                 recommendation=R("11", "GEMEENTEN")),
    ), style="1)", start=8),
    H("Communicatie en professionele ruimte", 2),
    ItemList((
        ListItem("De ombudsman beveelt alle betrokken bewindspersonen en gemeenten aan om ervoor te zorgen dat "
                 "brieven over invordering in begrijpelijke taal zijn geschreven, vermelden wat de burger kan doen als "
                 "hij niet kan betalen, en een telefoonnummer bevatten waarop een medewerker bereikbaar is die over "
                 "een regeling kan beslissen.",
                 recommendation=R("12", "KABINET", "GEMEENTEN")),
        ListItem("De ombudsman beveelt het kabinet aan om medewerkers van de invorderende organisaties uitdrukkelijk "
                 "de bevoegdheid te geven om in individuele gevallen af te wijken van standaardregelingen, en die "
                 "ruimte in beleidsregels vast te leggen.",
                 recommendation=R("13", "KABINET")),
    ), style="1)", start=12),
    H("Kosten, sturing en betrokkenheid", 2),
    ItemList((
        ListItem("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen, de minister van "
                 "Justitie en Veiligheid en de staatssecretaris van Financiën aan om de stapeling van incassokosten "
                 "en verhogingen in beeld te brengen en een maximum te stellen aan de totale bijkomende kosten op een "
                 "overheidsvordering.",
                 recommendation=R("14", "SZW", "JenV", "FIN")),
        ListItem("De ombudsman beveelt de minister voor Armoedebeleid, Participatie en Pensioenen aan om de "
                 "Rijksincassovisie te voorzien van meetbare doelen en jaarlijks aan de Tweede Kamer te rapporteren "
                 "in hoeverre die doelen zijn gehaald.",
                 recommendation=R("15", "SZW")),
        ListItem("De ombudsman beveelt de minister van Justitie en Veiligheid en de staatssecretaris van Financiën "
                 "aan om geen deurwaarderskosten meer door te berekenen aan burgers van wie bekend is dat zij geen "
                 "afloscapaciteit hebben.",
                 recommendation=R("16", "JenV", "FIN")),
        ListItem("De ombudsman beveelt het kabinet aan om ervaringsdeskundigen structureel te betrekken bij het "
                 "herzien van brieven, formulieren en werkprocessen in de invordering.",
                 recommendation=R("17", "KABINET")),
    ), style="1)", start=14),
    P("De ombudsman verzoekt de betrokken bewindspersonen en gemeenten om binnen drie maanden te laten weten wat zij "
      "met deze aanbevelingen doen. Over een jaar onderzoekt de ombudsman of de toezeggingen zijn nagekomen.",
      footnotes=("De ombudsman publiceert de reacties op zijn website.",)),

    H("Bijlage Verantwoording"),
    P("Het onderzoek is uitgevoerd door een team van vijf medewerkers van het Bureau Nationale ombudsman, onder "
      "leiding van de substituut-ombudsman. De klachtdossiers zijn geselecteerd uit de klachten die in de periode "
      "2021–2023 zijn afgehandeld en die betrekking hadden op een van de betrokken organisaties. De gesprekken met "
      "burgers zijn gevoerd aan de hand van een vragenlijst en vonden plaats bij mensen thuis, bij het "
      "schuldhulploket of telefonisch."),
    P("De standaardbrieven zijn beoordeeld door twee taaldeskundigen aan de hand van de volgende criteria:"),
    ItemList((
        ListItem("lengte van zinnen en gebruik van vaktermen;"),
        ListItem("vermelding van wat de burger moet doen en binnen welke termijn;"),
        ListItem("vermelding van mogelijkheden als de burger niet kan betalen;"),
        ListItem("bereikbaarheid van een medewerker."),
    ), style="–"),
    P("De ombudsman dankt alle burgers die hun ervaringen wilden delen, en de medewerkers van de betrokken "
      "organisaties voor hun openheid."),
)

REPORT = Document(
    title="Vastgelopen in de invordering",
    subtitle="Onderzoek naar de manier waarop overheidsorganisaties vorderingen innen bij burgers met "
             "betalingsproblemen — Nationale ombudsman",
    blocks=REPORT_BLOCKS,
    running_header="Nationale ombudsman | Rapport 2024/085 | Vastgelopen in de invordering",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.0,
    imprint=("Nationale ombudsman", "Rapport 2024/085", "Den Haag, 24 september 2024"),
)


# --------------------------------------------------------------------------------------------------------------
# Response letter
# --------------------------------------------------------------------------------------------------------------

RESPONSE_BLOCKS = (
    P("> Retouradres Postbus 90801 2509 LV Den Haag"),
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018"),
    P("2500 EA DEN HAAG"),
    P("Datum 17 februari 2025"),
    P("Betreft Reactie op het rapport ‘Vastgelopen in de invordering’ van de Nationale ombudsman"),
    P("Ons kenmerk 2025-0000031177"),
    P("Geachte voorzitter,"),
    P("Op 24 september 2024 heeft de Nationale ombudsman het rapport ‘Vastgelopen in de invordering’ gepubliceerd. "
      "Hierin onderzoekt hij hoe het CJIB, de Belastingdienst, DUO, UWV en gemeenten omgaan met burgers die een "
      "overheidsschuld niet of niet op tijd kunnen betalen. Met deze brief ontvangt u mijn reactie, die ik mede "
      "namens de minister van Justitie en Veiligheid, de minister van Onderwijs, Cultuur en Wetenschap en de "
      "staatssecretaris van Financiën – Fiscaliteit, Belastingdienst en Douane uitbreng. Hiermee doe ik tevens de "
      "toezegging gestand die ik tijdens het commissiedebat Armoede- en schuldenbeleid van 3 oktober 2024 heb "
      "gedaan.",
      footnotes=("Kamerstukken II 2024/25, 24 515, nr. 772.",)),
    P("Het rapport komt op een moment dat veel huishoudens nog de gevolgen voelen van de hoge inflatie van de "
      "afgelopen jaren. Juist dan is het van belang dat de overheid als schuldeiser niet bijdraagt aan het probleem "
      "dat zij met haar schuldenbeleid probeert op te lossen. Ik ben de ombudsman erkentelijk voor het zorgvuldige "
      "onderzoek en voor de stem die hij geeft aan burgers die in de invordering vastlopen. Het verhaal van mevrouw D. "
      "laat zien hoe snel het mis kan gaan als organisaties langs elkaar heen werken."),
    P("De ombudsman doet zeventien aanbevelingen. Ik bespreek ze hieronder niet één voor één, maar per thema. Ik "
      "begin met de samenwerking tussen overheidsschuldeisers, omdat die de rode draad van het rapport vormt, en "
      "ga daarna in op de afzonderlijke organisaties. De aanbevelingen die zich tot gemeenten richten, heb ik met de "
      "Vereniging van Nederlandse Gemeenten (VNG) besproken."),

    H("1. De overheid als één schuldeiser", 2),
    P("Met de Rijksincassovisie heeft het kabinet in 2021 uitgesproken dat de overheid bij de invordering het "
      "bestaansminimum respecteert en oog heeft voor de persoonlijke situatie van de burger. Sindsdien zijn onder "
      "meer het Landelijk Schuldenknooppunt en de Kwijtscheldingsmodule ontwikkeld, en hebben de uitvoerders een "
      "gezamenlijke handreiking opgesteld voor het herkennen van betalingsonmacht. Deze maatregelen zijn beschreven "
      "in de voortgangsbrieven over de brede schuldenaanpak.",
      footnotes=("Zie de zesde voortgangsbrief brede schuldenaanpak, Kamerstukken II 2023/24, 24 515, nr. 741.",)),
    P("De aanbeveling om burgers met meerdere overheidsschulden één aanspreekpunt te bieden, neemt het kabinet op "
      "onderdelen over. Vanaf het najaar van 2025 kunnen schuldhulpverleners via het Landelijk Schuldenknooppunt voor "
      "al hun cliënten met één verzoek een overzicht opvragen van de vorderingen bij het CJIB, de Belastingdienst, "
      "DUO en UWV. Een centrale betalingsregeling die voor alle organisaties tegelijk geldt, zie ik op dit moment "
      "echter niet als begaanbare weg: de vorderingen hebben elk een eigen wettelijke grondslag en rangorde, en het "
      "samenvoegen ervan zou jaren vergen en de uitvoering zwaar belasten.",
      answers=(Answer("8", "partial",
                      "De aanbeveling om burgers met meerdere overheidsschulden één aanspreekpunt te bieden, neemt "
                      "het kabinet op onderdelen over."),)),
    P("De ombudsman vraagt daarnaast om een algemene opschorting van de invordering door alle overheidsschuldeisers "
      "zodra iemand tot de gemeentelijke schuldhulpverlening is toegelaten. Ik begrijp de wens om mensen in die fase "
      "rust te geven, en in veel gevallen gebeurt dat nu ook al op verzoek van de schuldhulpverlener. Een "
      "automatische en algemene opschorting acht het kabinet evenwel niet verantwoord, omdat ook vorderingen die "
      "buiten de schuldregeling vallen, zoals lopende boetes en nieuwe belastingaanslagen, dan zouden blijven liggen. "
      "Wel blijft het mogelijk om via de rechter een moratorium te vragen.",
      answers=(Answer("9", "disagree",
                      "Een automatische en algemene opschorting acht het kabinet evenwel niet verantwoord, omdat ook "
                      "vorderingen die buiten de schuldregeling vallen, zoals lopende boetes en nieuwe "
                      "belastingaanslagen, dan zouden blijven liggen."),)),

    H("2. Gemeenten", 2),
    P("Twee aanbevelingen zijn uitsluitend aan gemeenten gericht. Samen met de VNG ga ik gemeenten ondersteunen om "
      "signalen over achterstanden bij het CJIB, de Belastingdienst en DUO in hun vroegsignalering op te nemen; het "
      "CJIB en DUO leveren die signalen vanaf 1 januari 2026 aan via de bestaande landelijke voorziening, en de VNG "
      "neemt een termijn van vier weken voor het eerste contact op in de modelwerkwijze. Over de invordering van "
      "gemeentelijke belastingen beslist iedere gemeenteraad zelf. Het is niet aan het Rijk om gemeenten voor te "
      "schrijven welke kosten zij bij hun eigen belastingen in rekening brengen.",
      answers=(
          Answer("10", "agree",
                 "Samen met de VNG ga ik gemeenten ondersteunen om signalen over achterstanden bij het CJIB, de "
                 "Belastingdienst en DUO in hun vroegsignalering op te nemen; het CJIB en DUO leveren die signalen "
                 "vanaf 1 januari 2026 aan via de bestaande landelijke voorziening, en de VNG neemt een termijn van "
                 "vier weken voor het eerste contact op in de modelwerkwijze."),
          Answer("11", "disagree",
                 "Het is niet aan het Rijk om gemeenten voor te schrijven welke kosten zij bij hun eigen belastingen "
                 "in rekening brengen."),
      )),
    P("Gemeenten voeren sinds 2021 de vroegsignalering uit op grond van de Wet gemeentelijke schuldhulpverlening. In "
      "2023 ontvingen zij ruim 1,2 miljoen signalen van woningcorporaties, energieleveranciers, drinkwaterbedrijven "
      "en zorgverzekeraars. Ongeveer een op de vijf huishoudens die zo werden benaderd, nam een aanbod voor hulp aan.",
      footnotes=("Divosa, Monitor vroegsignalering 2023.",)),

    H("3. Bijkomende kosten", 2),
    P("De ombudsman laat zien dat aanmaningskosten, verhogingen en deurwaarderskosten bij elkaar een veelvoud van de "
      "oorspronkelijke schuld kunnen bedragen. Dat beeld herken ik. Een wettelijk maximum op de totale bijkomende "
      "kosten raakt echter aan verschillende wetten en aan de afschrikwekkende werking die verhogingen van boetes "
      "beogen. Het kabinet verkent daarom eerst, samen met de uitvoerders, hoe de stapeling van kosten per burger "
      "zichtbaar kan worden gemaakt, en weegt daarna of een maximum nodig en uitvoerbaar is.",
      answers=(Answer("14", "partial",
                      "Het kabinet verkent daarom eerst, samen met de uitvoerders, hoe de stapeling van kosten per "
                      "burger zichtbaar kan worden gemaakt, en weegt daarna of een maximum nodig en uitvoerbaar is."),)),
    P("De tarieven die gerechtsdeurwaarders voor ambtshandelingen in rekening mogen brengen, zijn vastgelegd in het "
      "Besluit tarieven ambtshandelingen gerechtsdeurwaarders. Deze tarieven worden jaarlijks geïndexeerd. In 2024 is "
      "het besluit geëvalueerd; de uitkomsten daarvan zijn in december aan uw Kamer gezonden."),

    H("4. Terugvorderingen door UWV", 2),
    P("UWV verrekent terugvorderingen in de regel met een lopende uitkering en houdt daarbij de beslagvrije voet in "
      "acht. Sinds 2023 haalt UWV de gegevens voor die berekening zoveel mogelijk zelf op uit de Basisregistratie "
      "Inkomen en de polisadministratie. De ombudsman wil dat UWV bovendien vóór elke verrekening de actuele "
      "inkomenssituatie toetst. Daar ga ik niet toe over. Een afzonderlijke toets voor elke verrekening zou tot "
      "vertraging leiden bij tienduizenden terugvorderingen per jaar, terwijl de huidige werkwijze het "
      "bestaansminimum in het overgrote deel van de gevallen al beschermt.",
      answers=(Answer("7", "disagree", "Daar ga ik niet toe over."),)),

    H("5. Studieschulden", 2),
    P("De minister van OCW is het niet oneens met de ombudsman dat de draagkrachtmeting beter moet aansluiten bij het "
      "inkomen dat een oud-student nu heeft. DUO zal vanaf 2026 bij een daling van het inkomen die blijkt uit de "
      "loongegevens van de Belastingdienst, de oud-student zelf benaderen met een voorstel voor een lager "
      "maandbedrag, zodat hij daar niet langer elk jaar opnieuw om hoeft te vragen.",
      answers=(Answer("6", "agree",
                      "De minister van OCW is het niet oneens met de ombudsman dat de draagkrachtmeting beter moet "
                      "aansluiten bij het inkomen dat een oud-student nu heeft."),)),

    H("6. Belastingschulden", 2),
    P("De staatssecretaris van Financiën deelt de analyse van de ombudsman dat een betalingsregeling die niet vol te "
      "houden is, niemand helpt, maar niet de conclusie dat de vaste termijn van twaalf maanden moet worden "
      "losgelaten. Die termijn is een uitgangspunt en geen harde grens: wie aantoont dat hij meer tijd nodig heeft, "
      "kan nu al een langere regeling krijgen. Een standaard op basis van afloscapaciteit zou betekenen dat de "
      "Belastingdienst bij alle ruim 400.000 regelingen per jaar een volledige draagkrachtberekening maakt. Dat "
      "weegt niet op tegen de beperkte groep die er baat bij zou hebben.",
      answers=(Answer("4", "disagree",
                      "De staatssecretaris van Financiën deelt de analyse van de ombudsman dat een betalingsregeling "
                      "die niet vol te houden is, niemand helpt, maar niet de conclusie dat de vaste termijn van "
                      "twaalf maanden moet worden losgelaten."),)),
    P("Tegen een vooringevuld verzoek om kwijtschelding heeft de staatssecretaris van Financiën geen bezwaar. De "
      "Belastingdienst gebruikt nu al gegevens uit de eigen administratie bij de automatische kwijtscheldingstoets "
      "voor gemeentelijke belastingen. In 2026 wordt dezelfde werkwijze toegepast op het verzoek om kwijtschelding "
      "van rijksbelastingen, zodat de burger alleen nog gegevens hoeft aan te vullen die de overheid niet heeft.",
      footnotes=("Het gaat om de toets die het Inlichtingenbureau in opdracht van gemeenten uitvoert.",),
      answers=(Answer("5", "agree",
                      "Tegen een vooringevuld verzoek om kwijtschelding heeft de staatssecretaris van Financiën geen "
                      "bezwaar."),)),

    H("7. Boetes", 2),
    P("Het CJIB legt bij een betalingsachterstand op een verkeersboete wettelijk voorgeschreven verhogingen op. De "
      "minister van Justitie en Veiligheid zal het CJIB vragen die verhogingen voortaan niet meer op te leggen "
      "zolang een burger in een schuldhulptraject zit; daarvoor wordt de Wahv aangepast. Verhogingen bevriezen "
      "zodra iemand alleen een betalingsregeling aanvraagt, wil de minister niet: dat zou een eenvoudige route "
      "openen om de betaling van elke boete uit te stellen. Reeds opgelegde verhogingen blijven staan.",
      answers=(Answer("2", "partial",
                      "Verhogingen bevriezen zodra iemand alleen een betalingsregeling aanvraagt, wil de minister "
                      "niet: dat zou een eenvoudige route openen om de betaling van elke boete uit te stellen."),)),
    P("Over de looptijd van betalingsregelingen merkt de minister op dat het CJIB in 2024 een proef heeft gedaan met "
      "regelingen tot 36 maanden voor burgers met meerdere boetes. De minister zal aan de hand van de evaluatie van "
      "die proef bezien of een langere looptijd structureel mogelijk is, en betrekt daarbij de vraag of de "
      "termijnbedragen op de afloscapaciteit kunnen worden afgestemd.",
      answers=(Answer("3", "partial",
                      "De minister zal aan de hand van de evaluatie van die proef bezien of een langere looptijd "
                      "structureel mogelijk is, en betrekt daarbij de vraag of de termijnbedragen op de "
                      "afloscapaciteit kunnen worden afgestemd."),)),

    H("8. De beslagvrije voet bij verrekening", 2),
    P("Verrekening is een efficiënt middel, maar mag er niet toe leiden dat mensen niet meer rond kunnen komen. "
      "Daarom bereid ik samen met de staatssecretaris van Financiën een wijziging van de Wet vereenvoudiging "
      "beslagvrije voet voor, waarmee de beslagvrije voet ook gaat gelden als een overheidsorganisatie verrekent. "
      "Het wetsvoorstel gaat in het voorjaar van 2025 in internetconsultatie.",
      answers=(Answer("1", "agree",
                      "Daarom bereid ik samen met de staatssecretaris van Financiën een wijziging van de Wet "
                      "vereenvoudiging beslagvrije voet voor, waarmee de beslagvrije voet ook gaat gelden als een "
                      "overheidsorganisatie verrekent."),)),

    H("9. Brieven en bereikbaarheid", 2),
    P("Dat een brief over een schuld voor iedereen te begrijpen moet zijn, staat voor mij buiten kijf. De oproep van "
      "de ombudsman ondersteunen wij dan ook van harte. De uitvoerders herschrijven hun standaardbrieven over "
      "invordering vóór eind 2025 op taalniveau B1, vermelden daarin voortaan wat iemand kan doen als hij niet kan "
      "betalen, en nemen een direct telefoonnummer op van een team dat over regelingen beslist. De VNG heeft "
      "toegezegd een modelbrief voor gemeenten te ontwikkelen.",
      answers=(Answer("12", "agree",
                      "De oproep van de ombudsman ondersteunen wij dan ook van harte."),)),

    H("10. Voortgang", 2),
    P("De ombudsman vraagt om meetbare doelen en een jaarlijkse rapportage. In de voortgangsbrief brede "
      "schuldenaanpak die ik uw Kamer elk jaar in juni stuur, neem ik vanaf 2025 een vaste paragraaf op over de "
      "invordering, met doelen en cijfers over onder meer het aantal vastgelopen betalingsregelingen en het aantal "
      "verrekeningen onder de beslagvrije voet.",
      answers=(Answer("15", "agree",
                      "In de voortgangsbrief brede schuldenaanpak die ik uw Kamer elk jaar in juni stuur, neem ik "
                      "vanaf 2025 een vaste paragraaf op over de invordering, met doelen en cijfers over onder meer het "
                      "aantal vastgelopen betalingsregelingen en het aantal verrekeningen onder de beslagvrije voet."),)),
    P("In dezelfde brief informeer ik u over de stand van zaken rond het gezamenlijke overzicht van "
      "overheidsvorderingen via het Landelijk Schuldenknooppunt. Een centrale regeling voor alle "
      "overheidsschulden maakt daarvan, zoals hierboven toegelicht, geen deel uit.",
      answers=(Answer("8", "partial",
                      "Een centrale regeling voor alle overheidsschulden maakt daarvan, zoals hierboven toegelicht, "
                      "geen deel uit."),)),

    H("Tot slot", 2),
    P("Het rapport van de ombudsman houdt de overheid een spiegel voor. Het kabinet neemt die serieus, ook waar het "
      "tot een andere afweging komt dan de ombudsman. Ik ga graag met hem in gesprek over de uitvoering van deze "
      "brief, en zal uw Kamer over de voortgang blijven informeren."),
    P("Hoogachtend,"),
    P("de minister voor Armoedebeleid, Participatie en Pensioenen,"),
    P("M.A. Koster-van Dijk"),
)

RESPONSE = Document(
    title="Ministerie van Sociale Zaken en Werkgelegenheid",
    subtitle="Directie Armoede, Schulden en Inclusie",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het rapport ‘Vastgelopen in de invordering’ | Datum 17 februari 2025",
    footer="Pagina {page} van {pages}",
    title_page=False,
)

PAIR = Pair(
    name="ombudsman_debt",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Nationale ombudsman report on debt collection by government bodies (17 recommendations, "
                "inline in prose and listed in a final '1)' chapter) and the minister's response letter.",
)
