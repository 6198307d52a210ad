"""Pair: an Inspectie Justitie en Veiligheid-style report on prison staffing, detention and release, and the answer.

Layout traits this pair tests: recommendations numbered per chapter ("3.1" ... "5.7") in short lists at the end of
chapters 3, 4 and 5, each list introduced by a bold lead-in; in chapter 4 the addressee sits in that lead-in for
some items and in the item itself for others; a short summary that mentions the themes but repeats no
recommendation; a bulleted method list and a bulleted list of findings that are not recommendations.

The response is a letter from the staatssecretaris with theme headings in another order (release first, staff
last). It answers some recommendations by number and others only by subject, agrees without cue words (money and
dates), refuses politely and by pointing to existing policy, adopts partly (a pilot, some regions, a later date),
explores without committing, passes 4.3 on to the minister for Medische Zorg without a position, answers 3.2 and
3.3 in one paragraph with opposite positions, and leaves 4.5 unanswered.  All prose is fictional and written for
this test set.
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
    H("Samenvatting"),
    P("Het Nederlandse gevangeniswezen draait al jaren op de grens van zijn kunnen. Inrichtingen kampen met "
      "openstaande vacatures, nieuwe penitentiair inrichtingswerkers (piw'ers) staan na een verkorte opleiding op de "
      "afdeling en het aantal gedetineerden stijgt sneller dan de capaciteit. De Inspectie Justitie en Veiligheid "
      "onderzocht in tien penitentiaire inrichtingen wat dit betekent voor het personeel, voor het dagelijks leven "
      "van gedetineerden en voor hun terugkeer in de samenleving."),
    P("De Inspectie ziet een personeelsbestand dat uitgeput raakt. Het ziekteverzuim onder piw'ers lag in 2024 op "
      "9,8 procent. Afdelingen gaan steeds vaker een middag of een hele dag dicht omdat er te weinig mensen zijn om "
      "het programma te draaien. Gedetineerden brengen dan tot 23 uur per dag op cel door, vaak met een celgenoot "
      "die zij niet zelf hebben gekozen."),
    P("De voorbereiding op de vrijlating schiet tekort. Een op de vier gedetineerden die wij volgden, verliet de "
      "inrichting zonder geldig identiteitsbewijs; bijna de helft had op de dag van vrijlating geen inkomen en een "
      "derde had geen vaste verblijfplaats. De samenwerking tussen inrichting, gemeente en reclassering hangt af van "
      "de inzet van individuele medewerkers en niet van vaste afspraken."),
    P("De Inspectie doet zeventien aanbevelingen, gericht aan de staatssecretaris van Justitie en Veiligheid, aan de "
      "Dienst Justitiële Inrichtingen (DJI), aan gemeenten, aan de reclassering en aan enkele andere "
      "bewindspersonen. U vindt ze aan het slot van de hoofdstukken 3, 4 en 5, genummerd per hoofdstuk."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("In 2023 en 2024 ontving de Inspectie een groeiend aantal meldingen van calamiteiten en geweldsincidenten in "
      "penitentiaire inrichtingen. Tegelijk berichtten medewerkers, vakbonden en commissies van toezicht over "
      "onderbezette afdelingen en een sober regime dat niet meer als uitzondering gold, maar als de gewone gang van "
      "zaken. Dat was voor de Inspectie aanleiding om een breed onderzoek te doen naar de gevolgen van het "
      "personeelstekort."),
    H("1.2 Onderzoeksvragen", 2),
    P("De Inspectie stelde zich drie vragen. Hoe staat het met de bezetting, de opleiding en de veiligheid van het "
      "personeel? Wat merken gedetineerden van de tekorten in hun dagprogramma, hun contact met de buitenwereld en "
      "hun zorg? En in hoeverre worden zij voorbereid op een terugkeer in de samenleving die de kans op nieuwe "
      "delicten verkleint?"),
    H("1.3 Aanpak", 2),
    P("Het onderzoek liep van september 2024 tot en met juni 2025. De Inspectie heeft:"),
    ItemList((
        ListItem("onaangekondigde bezoeken gebracht aan tien inrichtingen, verspreid over alle DJI-regio's;"),
        ListItem("met 118 medewerkers gesproken, onder wie piw'ers, casemanagers, medisch personeel en "
                 "vestigingsdirecteuren;"),
        ListItem("62 gedetineerden geïnterviewd en 35 van hen tot drie maanden na hun vrijlating gevolgd;"),
        ListItem("roosters, incidentregistraties en verzuimcijfers over 2022 tot en met 2024 geanalyseerd;"),
        ListItem("gesprekken gevoerd met negen gemeenten en met medewerkers van Reclassering Nederland, het Leger des "
                 "Heils Jeugdbescherming & Reclassering en de Stichting Verslavingsreclassering GGZ."),
    ), style="•"),
    P("DJI en de betrokken gemeenten hebben het conceptrapport op feitelijke onjuistheden kunnen controleren."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 schetst de ontwikkeling van het gevangeniswezen sinds 2018. Hoofdstuk 3 gaat over het personeel, "
      "hoofdstuk 4 over het leven in de inrichting en hoofdstuk 5 over de terugkeer in de samenleving. Elk van deze "
      "drie hoofdstukken sluit af met de aanbevelingen die uit de bevindingen volgen."),
    PageBreak(),

    H("2 Het gevangeniswezen sinds 2018"),
    P("Tussen 2013 en 2018 sloot DJI ruim twintig locaties, omdat het aantal gedetineerden daalde. Sindsdien is die "
      "daling omgeslagen. Op 1 januari 2025 verbleven er ruim 12.400 mensen in een penitentiaire inrichting, "
      "ongeveer vijftienhonderd meer dan vijf jaar eerder. Door de combinatie van gesloten locaties en een krappe "
      "arbeidsmarkt kan DJI die groei niet bijbenen.",
      footnotes=("DJI, Gevangeniswezen in getal 2020–2024, Den Haag 2025.",)),
    P("Om plaatsen vrij te maken zijn maatregelen genomen die eerder uitzonderlijk waren: gedetineerden werden "
      "eerder heengezonden, er kwamen meer meerpersoonscellen en het programma op veel afdelingen werd teruggebracht "
      "tot het wettelijk minimum. Die maatregelen waren bedoeld als tijdelijke noodgreep, maar zijn in de "
      "onderzochte inrichtingen inmiddels al twee jaar van kracht."),
    PageBreak(),

    H("3 Personeel"),
    H("3.1 Bezetting", 2),
    P("In de tien inrichtingen stonden gemiddeld 14 procent van de formatieplaatsen voor piw'ers open. In de regio's "
      "Noord-Holland en Zuid-Oost was dat meer dan 20 procent. Roosters werden rondgezet met overwerk, met "
      "uitzendkrachten en met collega's uit een flexibele pool die elke week op een andere afdeling staan. Een "
      "piw'er in Vught vertelde: ‘Ik ken de namen van de mannen op mijn afdeling niet meer. Ik sta er twee dagen en "
      "dan ben ik weer weg.’"),
    P("Die wisselende bezetting heeft gevolgen voor de veiligheid. Dynamische veiligheid, het idee dat medewerkers "
      "spanningen vroeg opmerken doordat zij de gedetineerden kennen, veronderstelt vaste gezichten. In afdelingen "
      "met veel wisselingen registreerden de inrichtingen twee keer zoveel incidenten als in afdelingen met een "
      "vast team."),
    H("3.2 Opleiding", 2),
    P("Om sneller mensen op de vloer te krijgen, is de basisopleiding voor piw'ers in 2023 teruggebracht van "
      "twaalf naar zes weken. Het resterende deel zou ‘on the job’ worden gevolgd. In de praktijk lukte dat maar "
      "beperkt: ervaren collega's hebben geen tijd om nieuwe collega's te begeleiden. Nieuwe piw'ers gaven aan zich "
      "onvoldoende toegerust te voelen voor de-escalatie en voor het omgaan met gedetineerden met psychische "
      "problemen."),
    H("3.3 Agressie tegen personeel", 2),
    P("Het aantal geregistreerde incidenten van fysiek geweld tegen personeel steeg van 412 in 2022 naar 587 in "
      "2024. Medewerkers doen lang niet altijd aangifte, omdat zij weinig vertrouwen hebben in de afhandeling. Ook de "
      "opvang na een incident verschilt per inrichting: op sommige locaties is er binnen een dag een gesprek met een "
      "collega uit het opvangteam, op andere hoort de medewerker er niets meer over."),
    P("Aanbevelingen bij hoofdstuk 3", bold=True),
    ItemList((
        ListItem("De Inspectie beveelt de staatssecretaris van Justitie en Veiligheid aan om de financiering van het "
                 "gevangeniswezen zo aan te passen dat DJI de personeelsformatie van de penitentiaire inrichtingen "
                 "structureel kan vullen, in plaats van de tekorten met tijdelijke middelen op te vangen.",
                 recommendation=R("3.1", "JenV")),
        ListItem("De Inspectie beveelt DJI aan om de basisopleiding voor piw'ers weer volledig te laten doorlopen "
                 "voordat een nieuwe medewerker zelfstandig op een afdeling wordt ingezet.",
                 recommendation=R("3.2", "JenV")),
        ListItem("De Inspectie beveelt DJI aan om per afdeling met een vast team te werken en de inzet van "
                 "medewerkers uit de flexibele pool te beperken tot het opvangen van onvoorziene uitval.",
                 recommendation=R("3.3", "JenV")),
        ListItem("De Inspectie beveelt de staatssecretaris van Justitie en Veiligheid aan om in regio's met de "
                 "grootste tekorten aanvullende arbeidsvoorwaarden te bieden, zoals een regiotoeslag of hulp bij "
                 "het vinden van huisvesting, om piw'ers te werven en te behouden.",
                 recommendation=R("3.4", "JenV")),
        ListItem("De Inspectie beveelt DJI aan om in alle inrichtingen dezelfde werkwijze in te voeren voor de "
                 "opvang van medewerkers na een geweldsincident, inclusief ondersteuning bij het doen van aangifte.",
                 recommendation=R("3.5", "JenV")),
    ), style="1."),
    PageBreak(),

    H("4 Leven in de inrichting"),
    H("4.1 Meerpersoonscellen", 2),
    P("Bijna 40 procent van de gedetineerden in de onderzochte inrichtingen deelde een cel. Volgens het beleid wordt "
      "iedere gedetineerde vooraf gescreend op geschiktheid voor een meerpersoonscel. In de dossiers die wij "
      "inzagen, ontbrak die screening in 31 van de 120 gevallen of was zij pas na de plaatsing ingevuld. "
      "Gedetineerden vertelden over spanningen over hygiëne, slaap en het gebruik van de televisie, die soms in "
      "geweld uitmondden."),
    H("4.2 Dagprogramma", 2),
    P("De Penitentiaire beginselenwet schrijft een minimaal aantal uren activiteiten per week voor. In de praktijk "
      "viel in de onderzochte inrichtingen gemiddeld een op de vijf geplande activiteiten uit. Vooral arbeid en "
      "onderwijs werden geschrapt, terwijl juist die activiteiten gedetineerden helpen om na hun vrijlating werk te "
      "vinden. De Inspectie trof de volgende patronen aan:"),
    ItemList((
        ListItem("activiteiten vielen het vaakst uit op vrijdagmiddag en in het weekend;"),
        ListItem("bij uitval kregen gedetineerden zelden een vervangend programma;"),
        ListItem("uitgevallen uren werden niet bijgehouden, zodat de directie het tekort niet kon zien."),
    ), style="–"),
    H("4.3 Zorg", 2),
    P("Een groot deel van de gedetineerden heeft psychische problemen, een verslaving of een licht verstandelijke "
      "beperking. Gedetineerden die een plaats nodig hebben op een Penitentiair Psychiatrisch Centrum (PPC), wachten "
      "daar soms maanden op. In die tijd verblijven zij op een gewone afdeling of in een isoleercel, waar het "
      "personeel hen niet de zorg kan bieden die zij nodig hebben."),
    H("4.4 Contact met de buitenwereld", 2),
    P("Ongeveer een derde van de gedetineerden heeft minderjarige kinderen. Bezoek vindt doorgaans plaats in een "
      "grote ruimte zonder speelhoek, op tijden waarop kinderen op school zitten. Wanneer bezoekuren wegens "
      "personeelstekort worden geschrapt, treft dat kinderen het hardst. Voor de klachtbehandeling geldt dat "
      "beklagcommissies de wettelijke termijn van vier weken in twee derde van de zaken overschreden; de gemiddelde "
      "doorlooptijd was elf weken."),
    P("De Inspectie beveelt de staatssecretaris van Justitie en Veiligheid aan om:", bold=True),
    ItemList((
        ListItem("het gebruik van meerpersoonscellen terug te dringen en geen gedetineerde op een meerpersoonscel te "
                 "plaatsen zonder dat de screening vooraf volledig is afgerond;",
                 recommendation=R("4.1", "JenV")),
        ListItem("een minimumaantal uren arbeid en onderwijs per week vast te leggen dat ook bij personeelstekort "
                 "doorgaat, en de uitval van activiteiten per inrichting te laten registreren.",
                 recommendation=R("4.2", "JenV")),
    ), style="1."),
    P("Verder beveelt de Inspectie aan:", bold=True),
    ItemList((
        ListItem("De minister voor Medische Zorg en de staatssecretaris van Justitie en Veiligheid zorgen ervoor dat "
                 "een gedetineerde die is aangemeld voor een PPC binnen twee weken wordt overgeplaatst.",
                 recommendation=R("4.3", "VWS", "JenV")),
        ListItem("DJI richt in elke inrichting een kindvriendelijke bezoekruimte in en biedt ten minste één keer per "
                 "week bezoek buiten schooltijd aan.",
                 recommendation=R("4.4", "JenV")),
        ListItem("De staatssecretaris van Justitie en Veiligheid zorgt ervoor dat beklagcommissies voldoende "
                 "ondersteuning krijgen om klachten van gedetineerden binnen de wettelijke termijn af te handelen.",
                 recommendation=R("4.5", "JenV")),
    ), style="1."),
    PageBreak(),

    H("5 Terugkeer in de samenleving"),
    H("5.1 De vijf basisvoorwaarden", 2),
    P("Al sinds 2011 hebben Rijk en gemeenten afgesproken dat bij iedere gedetineerde voor de vrijlating vijf zaken "
      "op orde zijn: een identiteitsbewijs, onderdak, inkomen, schulden en zorg. Van de 35 gedetineerden die de "
      "Inspectie volgde, hadden er negen bij vertrek geen geldig identiteitsbewijs. Zonder dat document kunnen zij "
      "geen uitkering aanvragen, geen bankrekening openen en zich niet inschrijven als woningzoekende."),
    P("Gemeenten krijgen van de inrichting een melding als een inwoner wordt gedetineerd en als de vrijlating "
      "nadert. Die meldingen komen echter vaak laat, soms pas enkele dagen voor de vrijlating. Een aanvraag voor "
      "bijstand kan pas worden ingediend als de betrokkene vrij is; de eerste uitkering volgt dan na vier tot acht "
      "weken. In die weken zijn ex-gedetineerden aangewezen op familie, op de daklozenopvang of op criminele "
      "contacten."),
    H("5.2 Wonen", 2),
    P("Twaalf van de 35 gevolgde gedetineerden hadden na drie maanden nog geen vaste woonplek. Gemeenten wezen erop "
      "dat zij geen woningen toewijzen en afhankelijk zijn van woningcorporaties, die terughoudend zijn met huurders "
      "met een strafblad. Ex-gedetineerden vallen buiten de urgentieregelingen van de meeste gemeenten."),
    H("5.3 Toezicht en werk", 2),
    P("Reclasseringswerkers hebben een hoge caseload en zien een deel van hun cliënten pas weken na de vrijlating. "
      "Juist de eerste dagen buiten zijn riskant. Voor werk geldt bovendien dat veel werkgevers een Verklaring "
      "Omtrent het Gedrag (VOG) vragen, ook voor functies waarin het delict geen rol speelt. Ex-gedetineerden "
      "melden dat zij daardoor al bij de eerste sollicitatie worden afgewezen."),
    H("5.4 Zicht op resultaten", 2),
    P("Noch DJI noch de gemeenten houden bij hoe het ex-gedetineerden in de eerste maanden na hun vrijlating vergaat. "
      "Zonder die gegevens is niet te zien welke aanpak werkt en waar de keten hapert."),
    P("Aanbevelingen bij hoofdstuk 5", bold=True),
    ItemList((
        ListItem("De Inspectie beveelt DJI en de gemeenten aan om ervoor te zorgen dat iedere gedetineerde bij "
                 "vertrek uit de inrichting beschikt over een geldig identiteitsbewijs, en om de kosten daarvan niet "
                 "bij de gedetineerde te leggen.",
                 recommendation=R("5.1", "JenV", "GEMEENTEN")),
        ListItem("De Inspectie beveelt de minister van Sociale Zaken en Werkgelegenheid en de gemeenten aan om het "
                 "mogelijk te maken dat een gedetineerde bijstand aanvraagt vóór de vrijlating, zodat de uitkering "
                 "ingaat op de dag van ontslag.",
                 recommendation=R("5.2", "SZW", "GEMEENTEN")),
        ListItem("De Inspectie beveelt de minister van Binnenlandse Zaken en Koninkrijksrelaties en de gemeenten aan "
                 "om ex-gedetineerden zonder woonplek op te nemen in de urgentieregelingen voor huisvesting.",
                 recommendation=R("5.3", "BZK", "GEMEENTEN")),
        ListItem("De Inspectie beveelt de reclasseringsorganisaties aan om iedere cliënt met een toezichtstraject "
                 "binnen drie werkdagen na de vrijlating persoonlijk te spreken.",
                 recommendation=R("5.4", "JenV")),
        ListItem("De Inspectie beveelt de staatssecretaris van Justitie en Veiligheid aan om de screening voor de "
                 "VOG zo aan te passen dat oude of voor de functie niet relevante veroordelingen minder snel tot een "
                 "weigering leiden.",
                 recommendation=R("5.5", "JenV")),
        ListItem("De Inspectie beveelt DJI aan om gedetineerden met medicatie bij vertrek een voorraad voor ten "
                 "minste twee weken mee te geven en hun medische gegevens vóór de vrijlating over te dragen aan een "
                 "huisarts.",
                 recommendation=R("5.6", "JenV")),
        ListItem("De Inspectie beveelt de staatssecretaris van Justitie en Veiligheid aan om jaarlijks te laten "
                 "meten hoe het ex-gedetineerden in het eerste halfjaar na vrijlating vergaat op de vijf "
                 "basisvoorwaarden, en daarover aan de Tweede Kamer te rapporteren.",
                 recommendation=R("5.7", "JenV")),
    ), style="1."),
    P("De Inspectie vraagt de staatssecretaris om binnen drie maanden te reageren en zal over twee jaar nagaan wat "
      "er met de aanbevelingen is gebeurd."),
)

REPORT = Document(
    title="Op de grens van het haalbare",
    subtitle="Personeel, detentieomstandigheden en terugkeer na detentie in het gevangeniswezen",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Justitie en Veiligheid | Op de grens van het haalbare",
    footer="{page}",
    imprint=("Inspectie Justitie en Veiligheid", "Den Haag, oktober 2025"),
    font_family="serif",
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018"),
    P("2500 EA Den Haag"),
    P("Datum 16 januari 2026"),
    P("Betreft Reactie op het inspectierapport ‘Op de grens van het haalbare’"),
    P("Op 28 oktober 2025 publiceerde de Inspectie Justitie en Veiligheid haar rapport over de gevolgen van het "
      "personeelstekort in het gevangeniswezen. Met deze brief geef ik, mede namens de minister van Sociale Zaken en "
      "Werkgelegenheid en de minister van Binnenlandse Zaken en Koninkrijksrelaties, mijn reactie. Ik dank de "
      "Inspectie voor het grondige onderzoek en in het bijzonder de medewerkers en gedetineerden die hun ervaringen "
      "hebben gedeeld."),
    P("Het beeld dat de Inspectie schetst, is zorgelijk en voor mij niet nieuw. De capaciteitsnood dwingt DJI al "
      "geruime tijd tot keuzes die niemand wenselijk vindt. Ik ga hieronder eerst in op de terugkeer van "
      "gedetineerden in de samenleving, omdat daar de meeste winst te behalen valt voor de veiligheid van "
      "iedereen. Daarna bespreek ik het leven in de inrichting en ten slotte het personeel."),

    H("Terugkeer in de samenleving"),
    P("Een identiteitsbewijs is de sleutel tot vrijwel alle andere voorzieningen. Vanaf 1 april 2026 vraagt DJI voor "
      "iedere gedetineerde zonder geldig document uiterlijk zes weken voor de vrijlating een identiteitskaart aan "
      "bij de gemeente van inschrijving; DJI draagt de leges. Met de VNG is afgesproken dat gemeenten daarvoor een "
      "vaste contactpersoon aanwijzen.",
      answers=(Answer("5.1", "agree",
                      "Vanaf 1 april 2026 vraagt DJI voor iedere gedetineerde zonder geldig document uiterlijk zes "
                      "weken voor de vrijlating een identiteitskaart aan bij de gemeente van inschrijving; DJI draagt "
                      "de leges."),)),
    P("De minister van Sociale Zaken en Werkgelegenheid herkent het probleem dat de Inspectie beschrijft rond het "
      "inkomen in de eerste weken na vrijlating. De Participatiewet laat nu niet toe dat een aanvraag wordt "
      "beoordeeld voordat iemand feitelijk vrij is. Samen met de gemeenten Rotterdam, Utrecht en Groningen start "
      "in de tweede helft van 2026 een pilot waarin de aanvraag al in de inrichting wordt voorbereid en op de dag van "
      "ontslag wordt ingediend. Of de wet moet worden aangepast, besluit de minister na de evaluatie van die pilot.",
      answers=(Answer("5.2", "partial",
                      "Samen met de gemeenten Rotterdam, Utrecht en Groningen start in de tweede helft van 2026 een "
                      "pilot waarin de aanvraag al in de inrichting wordt voorbereid en op de dag van ontslag wordt "
                      "ingediend."),)),
    P("Huisvesting na detentie is een taak van gemeenten, die daarvoor met woningcorporaties prestatieafspraken "
      "maken. Sinds de Wet versterking regie volkshuisvesting zijn gemeenten verplicht een urgentieregeling te "
      "hebben voor onder meer uitstromers uit de maatschappelijke opvang. De minister van Binnenlandse Zaken en "
      "Koninkrijksrelaties heeft er begrip voor dat de Inspectie ook ex-gedetineerden aan die groepen wil "
      "toevoegen, maar kiest daar niet voor. De schaarste aan sociale huurwoningen is zo groot dat elke nieuwe "
      "verplichte urgentiegroep ten koste gaat van andere woningzoekenden met een even dringende vraag. Wel "
      "kunnen gemeenten ex-gedetineerden zelf als urgentiegroep aanwijzen; een aantal gemeenten doet dat al.",
      answers=(Answer("5.3", "disagree",
                      "De minister van Binnenlandse Zaken en Koninkrijksrelaties heeft er begrip voor dat de "
                      "Inspectie ook ex-gedetineerden aan die groepen wil toevoegen, maar kiest daar niet voor."),)),
    P("Over het eerste contact met de reclassering na vrijlating ben ik met de drie reclasseringsorganisaties in "
      "gesprek. Een vaste termijn van drie werkdagen vraagt om extra capaciteit die er op dit moment niet is. Ik "
      "verken met hen welke ruimte er binnen de huidige middelen is om cliënten met een hoog risico eerder te zien, "
      "en informeer uw Kamer daarover in de voortgangsbrief van het najaar.",
      answers=(Answer("5.4", "partial",
                      "Ik verken met hen welke ruimte er binnen de huidige middelen is om cliënten met een hoog "
                      "risico eerder te zien, en informeer uw Kamer daarover in de voortgangsbrief van het "
                      "najaar."),)),
    P("In aanbeveling 5.5 vraagt de Inspectie om de screening voor de VOG te versoepelen. Het Centraal Orgaan VOG "
      "beoordeelt iedere aanvraag aan de hand van het specifieke risico dat een functie meebrengt, en kent "
      "terugkijktermijnen die korter zijn naarmate een veroordeling lichter is. Binnen dat kader wordt bij ongeveer "
      "0,5 procent van de aanvragen een verklaring geweigerd. Het bestaande screeningsprofiel biedt naar mijn "
      "oordeel voldoende ruimte voor maatwerk en blijft daarom ongewijzigd.",
      answers=(Answer("5.5", "disagree",
                      "Het bestaande screeningsprofiel biedt naar mijn oordeel voldoende ruimte voor maatwerk en "
                      "blijft daarom ongewijzigd."),)),
    P("Medische continuïteit verdient meer aandacht dan zij nu krijgt. De medische diensten van DJI geven "
      "gedetineerden met een voorschrift met ingang van dit jaar bij vertrek een medicatievoorraad voor veertien "
      "dagen mee, en sturen het medisch dossier met toestemming van de betrokkene uiterlijk op de dag van vrijlating "
      "naar de huisarts. Waar nog geen huisarts is, helpt de casemanager bij de inschrijving.",
      answers=(Answer("5.6", "agree",
                      "De medische diensten van DJI geven gedetineerden met een voorschrift met ingang van dit jaar "
                      "bij vertrek een medicatievoorraad voor veertien dagen mee, en sturen het medisch dossier met "
                      "toestemming van de betrokkene uiterlijk op de dag van vrijlating naar de huisarts."),)),

    H("Het leven in de inrichting"),
    P("De Inspectie vraagt mij het gebruik van meerpersoonscellen terug te dringen (aanbeveling 4.1). Ik begrijp die "
      "wens, maar zolang er structureel te weinig plaatsen zijn, is de meerpersoonscel een van de weinige middelen "
      "om te voorkomen dat veroordeelden niet of pas veel later hun straf kunnen uitzitten. Het huidige beleid, "
      "waarin de meerpersoonscel de standaard is voor gedetineerden die daarvoor geschikt zijn bevonden, blijft "
      "daarom van kracht. Dat de screening in een kwart van de dossiers niet tijdig was afgerond, is wel een punt "
      "van zorg; DJI heeft de vestigingsdirecteuren hier opnieuw op gewezen.",
      answers=(Answer("4.1", "disagree",
                      "Het huidige beleid, waarin de meerpersoonscel de standaard is voor gedetineerden die daarvoor "
                      "geschikt zijn bevonden, blijft daarom van kracht."),)),
    P("Arbeid en onderwijs horen bij een zinvolle detentie. Een vast minimum dat bij personeelstekort altijd doorgaat, "
      "kan DJI in de huidige situatie echter niet in alle inrichtingen waarmaken. DJI gaat wel vanaf 1 juli 2026 in "
      "elke inrichting bijhouden hoeveel uren activiteiten uitvallen en rapporteert daarover per kwartaal aan mij. "
      "Een wettelijk minimum aan uren arbeid en onderwijs betrek ik bij de herziening van de Penitentiaire "
      "beginselenwet, die ik niet eerder dan in 2028 verwacht.",
      answers=(Answer("4.2", "partial",
                      "DJI gaat wel vanaf 1 juli 2026 in elke inrichting bijhouden hoeveel uren activiteiten "
                      "uitvallen en rapporteert daarover per kwartaal aan mij."),)),
    P("Voor de wachttijden voor plaatsing op een PPC verwijs ik naar de minister voor Medische Zorg, die verantwoordelijk "
      "is voor de forensische zorgcapaciteit. Zij gaat in haar brief over de ggz-wachttijden, die uw Kamer dit "
      "voorjaar ontvangt, op dit punt van het rapport in."),
    P("In 2024 verbleven gemiddeld 186 gedetineerden op een PPC-afdeling. Het aantal aanmeldingen lag in dat jaar "
      "ongeveer 20 procent hoger dan de beschikbare plaatsen."),
    P("Kinderen mogen niet de dupe worden van het personeelstekort. DJI krijgt in 2026 en 2027 samen € 3,2 miljoen om "
      "in alle penitentiaire inrichtingen een bezoekruimte voor gezinnen in te richten, en biedt vanaf september 2026 "
      "op elke locatie wekelijks bezoek op woensdagmiddag en zaterdag aan.",
      answers=(Answer("4.4", "agree",
                      "DJI krijgt in 2026 en 2027 samen € 3,2 miljoen om in alle penitentiaire inrichtingen een "
                      "bezoekruimte voor gezinnen in te richten, en biedt vanaf september 2026 op elke locatie "
                      "wekelijks bezoek op woensdagmiddag en zaterdag aan."),)),

    H("Het personeel"),
    P("Het fundament onder alles wat hierboven staat, is voldoende en goed opgeleid personeel. In de Voorjaarsnota "
      "2025 is voor het gevangeniswezen vanaf 2026 structureel € 85 miljoen per jaar vrijgemaakt. DJI gebruikt dit "
      "geld om 650 formatieplaatsen voor piw'ers vast te financieren die nu uit incidentele middelen worden "
      "betaald.",
      answers=(Answer("3.1", "agree",
                      "In de Voorjaarsnota 2025 is voor het gevangeniswezen vanaf 2026 structureel € 85 miljoen per "
                      "jaar vrijgemaakt."),)),
    P("Nieuwe piw'ers volgen vanaf de instroom van maart 2026 weer de volledige basisopleiding van twaalf weken "
      "voordat zij zelfstandig diensten draaien. Het voorstel om de flexibele pool grotendeels af te bouwen, neem ik "
      "niet over. Zonder die pool zouden nog meer afdelingen moeten sluiten; DJI zet wel in op een vaste kern van "
      "medewerkers per afdeling, aangevuld vanuit de pool.",
      answers=(Answer("3.2", "agree",
                      "Nieuwe piw'ers volgen vanaf de instroom van maart 2026 weer de volledige basisopleiding van "
                      "twaalf weken voordat zij zelfstandig diensten draaien."),
               Answer("3.3", "disagree",
                      "Het voorstel om de flexibele pool grotendeels af te bouwen, neem ik niet over."))),
    P("Wat de arbeidsvoorwaarden betreft: de cao Rijk biedt beperkte ruimte voor regionale verschillen. DJI start in "
      "de regio Noord-Holland een proef met een tegemoetkoming in de reiskosten en met tijdelijke huisvesting voor "
      "nieuwe medewerkers. Een regiotoeslag voor alle regio's met tekorten is op dit moment niet aan de orde.",
      answers=(Answer("3.4", "partial",
                      "DJI start in de regio Noord-Holland een proef met een tegemoetkoming in de reiskosten en met "
                      "tijdelijke huisvesting voor nieuwe medewerkers."),)),
    P("Geweld tegen medewerkers accepteer ik niet. Per 1 maart 2026 geldt in alle inrichtingen één protocol voor "
      "opvang na een incident: binnen 24 uur een gesprek met een collega van het opvangteam, begeleiding bij de "
      "aangifte door een vaste contactpersoon en een terugkoppeling over de afhandeling door het Openbaar "
      "Ministerie.",
      answers=(Answer("3.5", "agree",
                      "Per 1 maart 2026 geldt in alle inrichtingen één protocol voor opvang na een incident: binnen 24 "
                      "uur een gesprek met een collega van het opvangteam, begeleiding bij de aangifte door een vaste "
                      "contactpersoon en een terugkoppeling over de afhandeling door het Openbaar Ministerie."),)),

    H("Verantwoording en vervolg"),
    P("Dat niemand bijhoudt hoe het ex-gedetineerden na hun vrijlating vergaat, vind ik een gemis. Het WODC gaat "
      "daarom vanaf 2026 jaarlijks een cohort van vrijgelaten gedetineerden zes maanden volgen op identiteitsbewijs, "
      "onderdak, inkomen, schulden en zorg. De uitkomsten stuur ik elk jaar vóór 1 juli aan uw Kamer.",
      answers=(Answer("5.7", "agree",
                      "Het WODC gaat daarom vanaf 2026 jaarlijks een cohort van vrijgelaten gedetineerden zes maanden "
                      "volgen op identiteitsbewijs, onderdak, inkomen, schulden en zorg."),)),
    P("Ik zal uw Kamer in het najaar van 2026 in de voortgangsbrief gevangeniswezen informeren over de uitvoering van "
      "de maatregelen in deze brief."),
    P("De staatssecretaris van Justitie en Veiligheid,"),
    P("mr. J.P. Hoekstra-Wouters"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle="Directoraat-Generaal Straffen en Beschermen",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op ‘Op de grens van het haalbare’ | 16 januari 2026",
    footer="Pagina {page} van {pages}",
    title_page=False,
)

PAIR = Pair(
    name="justice_inspectorate_prisons",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Inspectie Justitie en Veiligheid report on prison staffing, detention conditions and "
                "release (17 recommendations numbered per chapter, 3.1-5.7) and the staatssecretaris' letter.",
)
