"""Pair: a fictional Inspectie Toezicht Migratie audit of asylum reception, and the minister's letter in reply.

Layout traits this pair tests: a serif report with a title page, no running header and a footer "Pagina x van y".
Chapter headings carry their number in the text ("4 Noodopvang").  There is no central list of recommendations:
each findings chapter (4 to 8) ends with a bold lead-in ("De Inspectie verwacht van de minister van Asiel en
Migratie, het COA en de gemeenten die noodopvang bieden dat zij:") and a numbered list whose labels carry the chapter
number and restart per chapter ("4.1", "4.2", "5.1" ...).  Chapter 7 has two lead-ins addressing two bodies
separately, each with its own list ("Van het COA verwacht de Inspectie:" 7.1-7.2, "Van gemeenten verwacht de
Inspectie:" 7.3-7.4).  Chapter 3 "Bevindingen in het kort" numbers its findings "3.1" to "3.6" the same way, but
they are findings, not recommendations (the renderer prints a "3.1" label only for recommendation items, so the
findings are paragraphs that begin with their number).  The summary mentions a few recommendations in prose only.
Bullets (research questions, norms, locations, abbreviations) are not recommendations either.  Chapters run on
without page breaks (only chapter 7 starts a new page), so lead-ins and lists sit mid-page.

The response is a letter (letterhead, sans, no title page) of the minister of Asiel en Migratie, also on behalf of
the staatssecretaris of Justitie en Veiligheid.  It opens with thanks and context, then answers in prose under
level-2 headings named after the report's chapter titles, in another order (6, 8, 4, 5, 7).  About half the
recommendations are named by number ("aanbeveling 6.1"), the rest only by subject.  Gold positions:
4.1 disagree (a statutory duty for municipalities: refused by pointing to the Spreidingswet already in force);
4.2 agree ("neem ik over", with a date); 4.3 partial (accepted for the COA's own locations, refused for the
municipal emergency shelters); 5.1 agree without cue words (intake within ten working days from 1 January 2026,
EUR 11.5 million a year); 5.2 not addressed (to the minister of VWS; "De minister van VWS informeert uw Kamer
hierover in een afzonderlijke brief"); 5.3 agree: "Het COA heeft inmiddels ..." describes a change made after the
fieldwork and before the report that does exactly what is asked (file available before arrival, medication
continued), so it is counted as agree, not as mere existing policy; 6.1 agree ("neem ik over"); 6.2 disagree
(staatssecretaris JenV shares the analysis but "acht ... niet opportuun"; the paragraph ends with a one-off grant
and half-yearly indexation, which is not the measure asked); 6.3 agree ("Met aanbeveling 6.3 ga ik ... aan de
slag", then the deciding sentence: a protocol with a date and yearly published figures); 7.1 agree and 7.2
disagree (blunt) in one paragraph; 7.3 not addressed (the letter only describes the existing housing duty of
municipalities); 7.4 partial (only explored with the VNG); 8.1 agree
("onderschrijf"); 8.2 agree (a dated measure, no cue word); 8.3 partial (a pilot in two provinces where a
nationwide roll-out was asked; the recommendation is paraphrased before the answer).  All prose is fictional and
written for this test set.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, tuple[str, ...], str]) -> ItemList:
    """A chapter's recommendation list; each item is (number, departments, text) and prints its number as label."""
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(number, tuple(depts)))
                                for number, depts, text in items),
                    style="1.")


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in Nederland asiel aanvraagt, is voor onderdak, eten, zorg en begeleiding afhankelijk van de overheid. Dat "
      "maakt de kwaliteit van de opvang tot een directe verantwoordelijkheid van het Rijk, en tot een onderwerp "
      "waarop de Inspectie Toezicht Migratie toezicht houdt. In de afgelopen twee jaar is die opvang onder grote druk "
      "komen te staan. Het aantal mensen in de opvang steeg, de doorstroom naar woningen stokte en het COA moest "
      "telkens opnieuw tijdelijke plekken vinden, vaak met hulp van gemeenten en veiligheidsregio's."),
    P("In dit rapport beschrijft de Inspectie wat dat betekent voor de mensen die in de opvang verblijven, en in het "
      "bijzonder voor kinderen, voor zieken en voor alleenstaande minderjarigen. Wij hebben gezien dat medewerkers "
      "van het COA, van de GZA, van Nidos en van gemeenten zich dag in dag uit inzetten om het werk gedaan te "
      "krijgen, soms onder omstandigheden die zij zelf onaanvaardbaar vinden. Hun inzet verdient waardering. Tegelijk "
      "stelt de Inspectie vast dat inzet alleen niet genoeg is wanneer het stelsel zelf niet op orde is."),
    P("Wij danken alle bewoners, medewerkers, bestuurders en zorgverleners die met ons spraken. Zonder hun openheid "
      "had dit rapport niet geschreven kunnen worden."),
    P("mr. A.C. Hoogeveen-Baarda, Inspecteur-generaal Toezicht Migratie"),
    PageBreak(),
    H("Samenvatting"),
    P("De Inspectie Toezicht Migratie onderzocht tussen april en oktober 2024 de kwaliteit van de asielopvang. Zij "
      "bezocht 22 locaties: twaalf reguliere COA-locaties, zeven noodopvanglocaties en drie locaties voor "
      "alleenstaande minderjarige vreemdelingen (amv). Zij sprak met 186 bewoners, 140 medewerkers en 31 bestuurders "
      "en analyseerde gegevens van het COA, de IND, de GZA en Nidos."),
    P("Het beeld is zorgelijk. Op het hoogtepunt, in augustus 2024, verbleven ruim 10.000 mensen in noodopvang: in "
      "sporthallen, paviljoens, hotels en op een cruiseschip. Een deel van die locaties was bedoeld voor enkele weken, "
      "maar bleef maanden open. De Inspectie trof daar situaties aan die niet voldoen aan de normen die het COA zelf "
      "voor reguliere opvang hanteert: te weinig sanitair, geen privacy, geen dagbesteding en kinderen die maanden "
      "niet naar school gingen."),
    P("De medische zorg is op reguliere locaties in het algemeen op orde, maar houdt geen gelijke tred met de "
      "verhuizingen tussen locaties. Bewoners die vaak worden overgeplaatst, krijgen later een medische intake, raken "
      "hun behandelaar kwijt en ondervinden onderbrekingen in hun medicatie. De toegang tot specialistische ggz is "
      "beperkt, terwijl een aanzienlijk deel van de bewoners ernstige psychische klachten heeft."),
    P("Alleenstaande minderjarigen verbleven in 2024 langdurig in de centrale ontvangstlocatie en in "
      "noodopvang, soms samen met volwassenen. De caseload van jeugdbeschermers van Nidos lag ver boven de eigen norm "
      "van de organisatie. Vermissingen van amv worden niet eenduidig geregistreerd."),
    P("De Spreidingswet heeft de verdeling van de opvangopgave over gemeenten bestuurlijk op gang gebracht, maar had "
      "ten tijde van het onderzoek nog nauwelijks tot nieuwe reguliere plekken geleid. Gemeenten worden vaak laat "
      "geïnformeerd over nieuwe locaties. De IND overschreed bij een groot deel van de asielaanvragen de wettelijke "
      "beslistermijn, waardoor mensen langer in de opvang blijven dan nodig is."),
    P("De Inspectie doet in totaal zestien aanbevelingen. Zij staan aan het eind van de hoofdstukken 4 tot en met 8 "
      "en zijn gericht aan de minister van Asiel en Migratie, het COA, de IND, gemeenten, de minister van "
      "Volksgezondheid, Welzijn en Sport en de staatssecretaris van Justitie en Veiligheid. De Inspectie vraagt onder "
      "meer om minimumnormen voor noodopvang, een medische intake binnen twee weken voor iedere asielzoeker, een "
      "einde aan de plaatsing van minderjarigen in noodopvang en een plan om de achterstanden bij de IND weg te "
      "werken."),
    PageBreak(),
    H("1 Inleiding"),
    H2("Aanleiding"),
    P("In de zomer van 2022 sliepen asielzoekers bij het aanmeldcentrum in Ter Apel buiten. Dat leidde tot een "
      "crisisaanpak waarin het COA, gemeenten, veiligheidsregio's en het Rijk samen in korte tijd duizenden "
      "noodopvangplekken organiseerden. Die crisisaanpak werd in 2023 en 2024 meermaals verlengd. Wat als tijdelijke "
      "oplossing was bedoeld, werd voor een groot deel van de opvang de normale situatie."),
    P("De Inspectie ontving in 2023 en de eerste helft van 2024 ruim zestig signalen over de omstandigheden in de "
      "noodopvang, onder meer van bewonersorganisaties, advocaten, huisartsen en medewerkers. In een aantal gevallen "
      "ging het om de veiligheid en gezondheid van kinderen. Daarnaast trad op 1 februari 2024 de Wet gemeentelijke "
      "taak mogelijk maken asielopvangvoorzieningen (hierna: Spreidingswet) in werking. De Inspectie wilde weten of "
      "die wet in de praktijk al bijdroeg aan stabielere en betere opvang."),
    H2("Onderzoeksvragen"),
    P("De centrale vraag van dit onderzoek luidde: in hoeverre voldoet de asielopvang in Nederland aan de normen voor "
      "veilige, gezonde en menswaardige opvang, en welke factoren bepalen of dat lukt? Die vraag is uitgewerkt in de "
      "volgende deelvragen:"),
    bullets(
        "Voldoen noodopvanglocaties aan de basisnormen die het COA voor reguliere opvang hanteert, en zo niet, op "
        "welke punten niet?",
        "Krijgen asielzoekers tijdig en zonder onderbreking de medische zorg die zij nodig hebben?",
        "Worden alleenstaande minderjarigen opgevangen en begeleid zoals hun leeftijd en kwetsbaarheid vereisen?",
        "Welke rol spelen gemeenten bij de opvang, en hoe werkt de Spreidingswet daarbij uit?",
        "In hoeverre dragen de behandeltermijnen van de IND bij aan de druk op de opvang?",
    ),
    H2("Afbakening"),
    P("Het onderzoek gaat over de opvang van asielzoekers die een aanvraag hebben ingediend en in afwachting zijn van "
      "een beslissing, en over vergunninghouders die nog in de opvang verblijven. De opvang van ontheemden uit "
      "Oekraïne valt buiten dit onderzoek, omdat die op een andere wettelijke grondslag is georganiseerd en door "
      "gemeenten wordt uitgevoerd. Ook de terugkeer van afgewezen asielzoekers komt niet aan de orde."),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de aanpak en het toetsingskader. Hoofdstuk 3 vat de belangrijkste bevindingen samen. "
      "De hoofdstukken 4 tot en met 8 bevatten de bevindingen per thema: noodopvang, medische zorg, alleenstaande "
      "minderjarige vreemdelingen, gemeenten en de Spreidingswet, en de behandeltermijnen bij de IND. Elk van die "
      "hoofdstukken sluit af met de verwachtingen van de Inspectie. De bijlage bevat een lijst van afkortingen."),
    H("2 Aanpak en toetsingskader"),
    H2("Toetsingskader"),
    P("De Inspectie heeft de opvang getoetst aan de Opvangrichtlijn van de Europese Unie, de Regeling verstrekkingen "
      "asielzoekers en andere categorieën vreemdelingen, het Internationaal Verdrag inzake de rechten van het kind en "
      "de normen die het COA zelf hanteert voor reguliere opvang. Die COA-basisnormen gaan onder meer over:"),
    bullets(
        "de beschikbare woon- en slaapruimte per bewoner en de mogelijkheid om een ruimte af te sluiten;",
        "het aantal toiletten en douches per bewoner en de schoonmaak daarvan;",
        "toegang tot onderwijs voor leerplichtige kinderen binnen drie maanden na aankomst;",
        "dagbesteding, taalles en informatie over de asielprocedure;",
        "de bereikbaarheid van medische zorg, ook buiten kantooruren;",
        "veiligheid, toezicht en een werkend klachtrecht.",
    ),
    P("Voor de medische zorg toetste de Inspectie daarnaast aan de afspraken in de overeenkomst tussen het COA en de "
      "zorgaanbieder die de Gezondheidszorg Asielzoekers (GZA) uitvoert. Voor de begeleiding van amv gold het "
      "kwaliteitskader van Nidos als referentie."),
    H2("Werkwijze"),
    P("De Inspectie bezocht de locaties meestal onaangekondigd of met een aankondiging van ten hoogste een dag. Op "
      "iedere locatie spraken inspecteurs met bewoners, met medewerkers van het COA en de GZA en, waar aanwezig, met "
      "beveiligers en vrijwilligers. Gesprekken met bewoners vonden plaats met een tolk en zonder aanwezigheid van "
      "medewerkers. Daarnaast hield de Inspectie interviews met bestuurders van het COA, de IND, Nidos, de GZA, de "
      "VNG en veertien gemeenten. Zij analyseerde bezettingsgegevens, overplaatsingsgegevens en gegevens over "
      "beslistermijnen over de periode januari 2023 tot en met september 2024."),
    P("De bezochte locaties zijn zo gekozen dat alle vormen van opvang en alle provincies in het onderzoek "
      "vertegenwoordigd zijn. Het gaat onder meer om:"),
    bullets(
        "de centrale ontvangstlocatie in Ter Apel en het aanmeldcentrum in Budel;",
        "reguliere azc's in onder meer Zwolle, Gilze, Musselkanaal en Echt;",
        "gemeentelijke noodopvang in sporthallen en paviljoens in vijf gemeenten;",
        "een hotellocatie en een opvangschip in een haven in Noord-Holland;",
        "kleinschalige woonvoorzieningen voor amv in Utrecht en Gelderland.",
    ),
    P("De Inspectie heeft het conceptrapport voor wederhoor voorgelegd aan het ministerie van Asiel en Migratie, het "
      "COA, de IND, Nidos en de VNG. Hun reacties zijn verwerkt waar zij feitelijke onjuistheden betroffen.",
      footnotes=("De bestuurlijke reacties op het conceptrapport zijn op verzoek beschikbaar bij de Inspectie.",)),
    H("3 Bevindingen in het kort"),
    P("Dit hoofdstuk zet de belangrijkste bevindingen van de Inspectie op een rij. De onderbouwing staat in de "
      "hoofdstukken 4 tot en met 8, waar ook de verwachtingen van de Inspectie staan."),
    P("3.1 Noodopvang is geen uitzondering meer. Van de ruim 36.000 mensen die in augustus 2024 in de opvang "
      "verbleven, zat bijna een derde in een vorm van noodopvang. De gemiddelde verblijfsduur in noodopvang liep op "
      "tot zeventien weken; op vier van de zeven bezochte noodopvanglocaties verbleven bewoners langer dan een half "
      "jaar."),
    P("3.2 Noodopvang voldoet op belangrijke punten niet aan de COA-basisnormen. Op vijf van de zeven "
      "noodopvanglocaties ontbrak voldoende sanitair, op zes locaties sliepen bewoners zonder enige afscheiding in "
      "grote ruimtes, en op drie locaties gingen leerplichtige kinderen na drie maanden nog niet naar school."),
    P("3.3 De medische zorg is afhankelijk van de plek waar iemand verblijft. Op reguliere locaties kregen bewoners "
      "gemiddeld binnen negen dagen een medische intake; in noodopvang duurde dat gemiddeld vijf weken, en een op de "
      "zes bewoners had na twee maanden nog geen intake gehad."),
    P("3.4 Overplaatsingen zijn slecht voor de gezondheid en voor de continuïteit van zorg. Bewoners werden in 2024 "
      "gemiddeld 3,4 keer verplaatst. Bij ruim een kwart van de overplaatsingen die de Inspectie in dossiers "
      "volgde, was het medisch dossier niet beschikbaar op de nieuwe locatie toen de bewoner daar aankwam."),
    P("3.5 Alleenstaande minderjarigen zijn onvoldoende beschermd. Op het hoogtepunt verbleven ruim 600 amv langer "
      "dan vier weken in de centrale ontvangstlocatie of in noodopvang. De gemiddelde caseload van jeugdbeschermers "
      "van Nidos bedroeg 24 jongeren, tegen een eigen norm van vijftien."),
    P("3.6 De doorstroom stokt aan twee kanten. Aan de voorkant overschreed de IND bij ruim 60 procent van de "
      "asielaanvragen de wettelijke beslistermijn; aan de achterkant wachtten in september 2024 ruim 16.000 "
      "vergunninghouders in de opvang op een woning."),
    P("De Inspectie concludeert dat de problemen in de opvang niet los van elkaar staan. Lange procedures en een "
      "stokkende uitstroom houden mensen langer in de opvang; een tekort aan reguliere plekken leidt tot noodopvang "
      "en verhuizingen; en verhuizingen ondermijnen de medische zorg en de begeleiding van kwetsbare bewoners. Wie "
      "één schakel verbetert zonder de andere, verplaatst het probleem."),
    H("4 Noodopvang"),
    H2("Omvang en duur"),
    P("Noodopvang is opvang buiten de reguliere COA-locaties, die bedoeld is om een acuut tekort aan plekken op te "
      "vangen. Zij wordt georganiseerd door het COA zelf, door gemeenten in opdracht van of in samenwerking met het "
      "COA, of door veiligheidsregio's. Tussen januari 2023 en september 2024 waren op enig moment 148 verschillende "
      "noodopvanglocaties in gebruik. De helft daarvan was door een gemeente georganiseerd."),
    P("De Inspectie stelt vast dat noodopvang vaak veel langer bleef bestaan dan bij de opening was afgesproken. Van "
      "de 148 locaties was ruim de helft langer dan drie maanden open, en 41 locaties langer dan een jaar. In de "
      "gesprekken gaven burgemeesters en COA-medewerkers aan dat een locatie steeds opnieuw werd verlengd omdat er "
      "geen alternatief beschikbaar was. Een wethouder zei daarover: 'Iedere keer was het de laatste verlenging, en "
      "iedere keer bleek er toch een volgende nodig.'"),
    H2("Kwaliteit van de voorzieningen"),
    P("De kwaliteit van noodopvang liep sterk uiteen. Op een van de bezochte locaties, een voormalig kantoorgebouw, "
      "hadden gezinnen een eigen kamer, was er een schoolklas op het terrein en kwam de huisarts twee keer per week. "
      "Op een andere locatie, een sporthal, sliepen 180 mensen in één ruimte, gescheiden door bouwhekken met doeken, "
      "en waren er zes douches. Bewoners daar vertelden dat zij 's nachts nauwelijks sliepen door lawaai en licht, en "
      "dat zij overdag niets te doen hadden."),
    P("De Inspectie heeft op iedere noodopvanglocatie nagegaan of de COA-basisnormen werden gehaald. Geen enkele "
      "locatie voldeed aan alle normen. De grootste tekortkomingen betroffen privacy, sanitair en onderwijs. Kinderen "
      "op noodopvanglocaties gingen gemiddeld pas na elf weken naar school, tegen vier weken op reguliere locaties. "
      "Op twee locaties zat geen enkel kind na drie maanden op school, omdat de locatie volgens de gemeente "
      "'tijdelijk' "
      "was en scholen in de omgeving vol zaten."),
    P("Er bestaat geen landelijk kader dat vastlegt aan welke eisen noodopvang moet voldoen. Het COA hanteert een "
      "interne richtlijn voor crisisnoodopvang, maar die heeft betrekking op de eerste weken en is niet bindend voor "
      "gemeenten. Gemeenten die noodopvang organiseerden, stelden zelf eisen, die per gemeente verschilden. Het "
      "ministerie heeft in 2023 een handreiking verspreid, maar die bevat geen minimumnormen."),
    H2("Veiligheid en toezicht"),
    P("Op de meeste locaties was beveiliging aanwezig. Bewoners voelden zich in het algemeen veilig, maar op locaties "
      "waar veel mensen in één ruimte sliepen, meldden zij diefstal en spanningen. Vrouwen op twee locaties gaven "
      "aan "
      "zich 's nachts niet veilig te voelen op weg naar het sanitair. Het klachtrecht was op noodopvanglocaties vaak "
      "onbekend: een klachtenformulier was er niet of alleen in het Nederlands en Engels."),
    H2("Oordeel"),
    P("De Inspectie oordeelt dat de langdurige inzet van noodopvang heeft geleid tot omstandigheden die niet in "
      "overeenstemming zijn met de normen voor menswaardige opvang. Dat geldt in het bijzonder voor gezinnen met "
      "kinderen. Noodopvang is alleen aanvaardbaar als zij kort duurt; wanneer zij langer duurt, moeten dezelfde "
      "normen gelden als voor reguliere opvang. Structureel is alleen een voldoende aantal reguliere plekken een "
      "oplossing."),
    lead("De Inspectie verwacht van de minister van Asiel en Migratie, het COA en de gemeenten die noodopvang bieden "
         "dat zij:"),
    recs(
        ("4.1", ("AenM",),
         "wettelijk vastleggen dat iedere gemeente naar rato van haar inwonertal reguliere opvangplekken realiseert, "
         "met een termijn waarbinnen de noodopvang in die gemeente wordt afgebouwd, zodat noodopvang uiterlijk eind "
         "2026 niet meer nodig is;"),
        ("4.2", ("AenM",),
         "een landelijk kader met minimumnormen voor noodopvang vaststellen, ten minste voor sanitair, privacy, "
         "dagbesteding, onderwijs voor kinderen en de bereikbaarheid van medische zorg, dat geldt voor iedere "
         "noodopvanglocatie, ongeacht wie haar beheert;"),
        ("4.3", ("AenM", "GEMEENTEN"),
         "ervoor zorgen dat iedere noodopvanglocatie die langer dan drie maanden in gebruik is, binnen zes maanden "
         "voldoet aan de COA-basisnormen voor reguliere opvang, het COA voor de locaties die het zelf beheert en "
         "gemeenten voor de gemeentelijke noodopvang."),
    ),
    H("5 Medische zorg"),
    H2("Organisatie van de zorg"),
    P("Asielzoekers in de opvang zijn niet verzekerd via een gewone zorgverzekering. Het COA heeft de zorg voor hen "
      "ingekocht via de Regeling Medische zorg Asielzoekers. De huisartsenzorg, de praktijkondersteuning en de "
      "medische intake worden geleverd door de Gezondheidszorg Asielzoekers (GZA), die op de meeste reguliere "
      "locaties een eigen praktijk heeft. Op noodopvanglocaties werkt de GZA met mobiele teams of spreekuren op "
      "afstand, of wordt de zorg door lokale huisartsen verleend."),
    P("Iedere asielzoeker krijgt bij aankomst in Ter Apel een medisch onderzoek gericht op tuberculose. De eigenlijke "
      "medische intake, waarin een verpleegkundige de gezondheid, medicatie, psychische klachten en zorgbehoefte "
      "vastlegt, vindt plaats op de eerste locatie na de centrale ontvangst. Het COA en de GZA hebben afgesproken dat "
      "die intake binnen vier weken na aankomst plaatsvindt; de GZA streeft zelf naar twee weken."),
    H2("Tijdigheid van de intake"),
    P("De Inspectie heeft van 1.240 bewoners nagegaan wanneer zij hun medische intake kregen. Op reguliere locaties "
      "was dat gemiddeld na negen dagen. In noodopvang was dat gemiddeld na vijf weken, en een op de zes bewoners "
      "had na twee maanden nog geen intake gehad. Voor bewoners die binnen de eerste weken werden overgeplaatst, werd "
      "de intake vaak uitgesteld 'tot de volgende locatie'. Daardoor bleven chronische aandoeningen, zwangerschappen "
      "en psychische klachten wekenlang onopgemerkt."),
    P("Verpleegkundigen vertelden de Inspectie over een bewoner met diabetes die drie weken zonder insuline zat, en "
      "over een zwangere vrouw die pas in de 32e week van haar zwangerschap voor het eerst een verloskundige zag. Het "
      "gaat om uitzonderingen, maar zij laten zien wat er op het spel staat wanneer de intake uitblijft."),
    H2("Psychische zorg"),
    P("Een aanzienlijk deel van de asielzoekers heeft ingrijpende gebeurtenissen meegemaakt. Praktijkondersteuners "
      "ggz van de GZA schatten dat een kwart tot een derde van hun patiënten klachten heeft die passen bij een "
      "posttraumatische stressstoornis. De basisggz is via de GZA redelijk bereikbaar, maar voor specialistische "
      "traumabehandeling zijn de wachttijden lang. In de regio's die de Inspectie bezocht, varieerden zij van vier "
      "maanden tot meer dan een jaar. Een aantal ggz-aanbieders neemt geen asielzoekers in behandeling zolang niet "
      "zeker is dat de patiënt in de regio blijft."),
    P("De toegang tot de specialistische ggz valt onder de verantwoordelijkheid van de minister van VWS, die het "
      "stelsel voor de ggz regelt en met zorgverzekeraars en aanbieders afspraken maakt over beschikbaarheid. De "
      "Inspectie stelt vast dat de positie van asielzoekers in die afspraken niet afzonderlijk is geregeld."),
    H2("Continuïteit bij overplaatsingen"),
    P("Bij een overplaatsing moet het medisch dossier van de bewoner worden overgedragen aan de praktijk op de nieuwe "
      "locatie. De Inspectie volgde 310 overplaatsingen. Bij 84 daarvan was het dossier niet beschikbaar toen de "
      "bewoner aankwam; gemiddeld duurde het dan nog elf dagen voordat het dossier er was. Bewoners die medicatie "
      "gebruikten, kregen bij vertrek meestal een voorraad voor enkele dagen mee. Wanneer de nieuwe praktijk niet "
      "tijdig een herhaalrecept kon uitschrijven, ontstond een onderbreking. Dat gebeurde bij 37 van de 310 gevolgde "
      "overplaatsingen."),
    H2("Oordeel"),
    P("De Inspectie oordeelt dat de medische zorg voor asielzoekers op reguliere locaties grotendeels voldoet, maar "
      "dat de snelheid en continuïteit van zorg ernstig tekortschieten voor bewoners in noodopvang en voor bewoners "
      "die vaak worden verplaatst. De vier weken die nu voor de intake zijn afgesproken, zijn te lang, en worden op "
      "noodopvanglocaties bovendien vaak niet gehaald."),
    lead("De Inspectie verwacht van de minister van Asiel en Migratie en de minister van Volksgezondheid, Welzijn en "
         "Sport dat zij:"),
    recs(
        ("5.1", ("AenM",),
         "ervoor zorgen dat iedere asielzoeker, ook in noodopvang, binnen twee weken na aankomst een medische intake "
         "krijgt bij een verpleegkundige of arts van de GZA;"),
        ("5.2", ("VWS",),
         "de toegang van asielzoekers tot specialistische ggz verbeteren door de wachttijden voor traumabehandeling "
         "te monitoren en met zorgverzekeraars en ggz-aanbieders afspraken te maken over een landelijk dekkend "
         "aanbod;"),
        ("5.3", ("AenM",),
         "ervoor zorgen dat bij iedere overplaatsing het medisch dossier vóór aankomst beschikbaar is op de nieuwe "
         "locatie en dat medicatie zonder onderbreking wordt voortgezet."),
    ),
    H("6 Alleenstaande minderjarige vreemdelingen"),
    H2("Opvang"),
    P("Alleenstaande minderjarige vreemdelingen (amv) worden na de aanmelding in beginsel opgevangen in een "
      "procesopvanglocatie voor amv en daarna in kleinschalige woonvoorzieningen of, voor jongeren onder de vijftien, "
      "in opvanggezinnen. Het COA is verantwoordelijk voor de opvang van amv van vijftien jaar en ouder; Nidos voor "
      "de plaatsing van jongere kinderen in gezinnen en voor de voogdij over alle amv."),
    P("Door het tekort aan plekken verbleven amv in 2024 langdurig in de centrale ontvangstlocatie in Ter Apel, waar "
      "ze volgens de eigen afspraken van het COA ten hoogste enkele dagen zouden blijven. Op het hoogtepunt, in juli "
      "2024, ging het om ruim 600 jongeren die daar langer dan vier weken verbleven. Daarnaast werden ruim "
      "tweehonderd amv opgevangen in noodopvanglocaties, waarvan een deel op locaties waar ook volwassen mannen "
      "verbleven. Het COA zette daar extra begeleiders in, maar kon het toezicht 's nachts niet altijd garanderen."),
    P("Jongeren vertelden de Inspectie dat zij zich vervelen, slecht slapen en niet weten wanneer zij verder kunnen. "
      "Een zestienjarige jongen zei: 'Ik ben hier gekomen om naar school te gaan, maar ik zit al drie maanden op een "
      "bed.' Begeleiders gaven aan dat zij geen tijd hadden voor individuele gesprekken en dat signalen van "
      "psychische problemen of uitbuiting daardoor gemist kunnen worden."),
    H2("Voogdij en begeleiding"),
    P("Iedere amv krijgt een jeugdbeschermer van Nidos, die als voogd optreedt. Nidos hanteert als norm dat een "
      "jeugdbeschermer ten hoogste vijftien jongeren begeleidt. In 2024 lag de gemiddelde caseload op 24, en in "
      "sommige teams op meer dan dertig. Jongeren zagen hun voogd daardoor soms pas weken na aankomst voor het eerst. "
      "Nidos wordt gefinancierd door het ministerie van Justitie en Veiligheid; de financiering is gebaseerd op een "
      "verwacht aantal jongeren en wordt achteraf slechts gedeeltelijk aangepast aan de werkelijke instroom."),
    H2("Vermissingen"),
    P("Ieder jaar verdwijnen amv met onbekende bestemming uit de opvang. Een deel van hen reist door naar familie in "
      "een ander land, maar een deel loopt risico op uitbuiting. Het COA en Nidos registreren vermissingen elk in hun "
      "eigen systeem, met verschillende definities. De Inspectie trof in de gegevens over 2023 verschillen aan van "
      "meer dan honderd jongeren tussen de registratie van het COA en die van Nidos. De politie ontvangt niet in alle "
      "gevallen een melding, en als zij die ontvangt, is dat soms pas na enkele dagen."),
    H2("Oordeel"),
    P("De Inspectie oordeelt dat de opvang van amv in 2024 niet heeft voldaan aan de eisen die het "
      "Kinderrechtenverdrag "
      "en de eigen normen van het COA en Nidos stellen. Minderjarigen horen niet langdurig in een aanmeldcentrum of "
      "in noodopvang, en zeker niet tussen volwassenen die zij niet kennen. Een te hoge caseload bij de voogden maakt "
      "dat de bescherming die het stelsel belooft, in de praktijk niet wordt geboden."),
    lead("De Inspectie verwacht van het COA en de staatssecretaris van Justitie en Veiligheid dat zij:"),
    recs(
        ("6.1", ("AenM",),
         "geen alleenstaande minderjarigen meer plaatsen in noodopvang of in locaties voor volwassenen, en amv die "
         "daar nu verblijven binnen vier weken overplaatsen naar kleinschalige opvang;"),
        ("6.2", ("JenV",),
         "de financiering van Nidos zodanig aanpassen dat een jeugdbeschermer ten hoogste vijftien alleenstaande "
         "minderjarigen begeleidt;"),
        ("6.3", ("AenM", "JenV"),
         "samen met Nidos en de politie een protocol opstellen voor de melding en opvolging van vermissingen van amv, "
         "met één uniforme registratie en een jaarlijkse openbare rapportage."),
    ),
    PageBreak(),
    H("7 Gemeenten en de Spreidingswet"),
    H2("De wet"),
    P("De Spreidingswet geeft gemeenten sinds 1 februari 2024 een wettelijke taak bij de asielopvang. De minister "
      "stelt periodiek vast hoeveel opvangplekken nodig zijn en verdeelt die opgave over de provincies. In iedere "
      "provincie maken gemeenten vervolgens afspraken over de verdeling binnen de provincie. Komt er geen "
      "verdeling tot stand of blijft een gemeente achter, dan kan de minister als uiterste middel een gemeente "
      "aanwijzen om een opvanglocatie te realiseren. Gemeenten ontvangen een vergoeding voor iedere plek, met een "
      "extra bijdrage voor kleinschalige locaties."),
    H2("Uitvoering"),
    P("Ten tijde van het onderzoek had de wet vooral bestuurlijk effect gehad. In alle provincies waren provinciale "
      "regietafels actief en was een verdeelvoorstel gemaakt. Het aantal nieuwe reguliere opvangplekken dat door de "
      "wet was gerealiseerd, was echter nog beperkt: het ministerie kon de Inspectie geen overzicht geven, maar "
      "schatte het op enkele duizenden plekken in voorbereiding, tegen een opgave van ruim 96.000. Het instrument "
      "van de aanwijzing was niet gebruikt."),
    P("Wethouders noemden drie knelpunten. Ten eerste kost het realiseren van een nieuwe locatie twee tot drie jaar, "
      "door ruimtelijke procedures en de benodigde bouw. Ten tweede stuit een nieuwe locatie vaak op weerstand in de "
      "buurt, wat het voor gemeenteraden lastig maakt om in te stemmen. Ten derde zijn gemeenten afhankelijk van "
      "informatie van het COA over de omvang en samenstelling van de bewonersgroep, en die informatie komt volgens "
      "hen vaak laat."),
    H2("Informatie en samenwerking"),
    P("In zes van de veertien gemeenten die de Inspectie sprak, was de gemeente minder dan een maand voor de opening "
      "van een locatie geïnformeerd over het aantal en de samenstelling van de bewoners. Dat bemoeilijkt de "
      "voorbereiding van onderwijs, zorg en de communicatie met omwonenden. Ook de omvang van locaties was een "
      "terugkerend punt. Het COA sluit met gemeenten bestuursovereenkomsten af; in de bekeken overeenkomsten liep de "
      "capaciteit uiteen van 90 tot 1.200 bewoners. Uit eerder onderzoek en uit de gesprekken blijkt dat kleinere "
      "locaties beter te beheren zijn, minder incidenten kennen en op meer draagvlak in de buurt kunnen rekenen."),
    H2("Huisvesting van vergunninghouders"),
    P("Gemeenten hebben ook een taak bij de uitstroom uit de opvang. Zij moeten ieder halfjaar een aantal "
      "vergunninghouders huisvesten dat naar rato van hun inwonertal is vastgesteld. In september 2024 wachtten ruim "
      "16.000 vergunninghouders in de opvang op een woning. Het COA koppelt een vergunninghouder aan een gemeente, "
      "waarna de gemeente een woning moet aanbieden. De Inspectie stelt vast dat die periode in de praktijk vaak "
      "maanden duurt, terwijl de afspraak is dat een vergunninghouder binnen veertien weken na koppeling wordt "
      "gehuisvest. Een derde van de gemeenten liep in de eerste helft van 2024 achter op de eigen taakstelling."),
    H2("Publieke gezondheid"),
    P("Bij nieuwe opvanglocaties blijken de GGD en lokale zorgverleners vaak laat betrokken. De GGD is "
      "verantwoordelijk voor infectieziektebestrijding, jeugdgezondheidszorg en vaccinaties van kinderen. Op drie "
      "nieuwe locaties die de Inspectie bezocht, was de jeugdgezondheidszorg pas maanden na de opening geregeld."),
    H2("Oordeel"),
    P("De Inspectie oordeelt dat de Spreidingswet de juiste richting geeft, maar dat de uitvoering nog niet heeft "
      "geleid tot de stabiele en kleinschalige opvang die de wet beoogt. Het COA en gemeenten zijn van elkaar "
      "afhankelijk en moeten elkaar eerder en beter informeren. Gemeenten hebben daarnaast een eigen "
      "verantwoordelijkheid voor de uitstroom en voor de publieke gezondheid op en rond de locaties."),
    lead("Van het COA verwacht de Inspectie:"),
    recs(
        ("7.1", ("AenM",),
         "dat het gemeenten ten minste drie maanden voor de opening van een nieuwe opvanglocatie informeert over de "
         "omvang, de samenstelling van de bewonersgroep en de beoogde duur van de opvang;"),
        ("7.2", ("AenM",),
         "dat het in nieuwe bestuursovereenkomsten met gemeenten een maximale omvang van 300 bewoners per locatie "
         "vastlegt."),
    ),
    lead("Van gemeenten verwacht de Inspectie:"),
    recs(
        ("7.3", ("GEMEENTEN",),
         "dat zij vergunninghouders binnen veertien weken na koppeling huisvesten, zodat plekken in de opvang "
         "vrijkomen voor nieuwe asielzoekers;"),
        ("7.4", ("GEMEENTEN",),
         "dat zij de GGD en lokale zorgverleners al bij de voorbereiding van een nieuwe opvanglocatie betrekken, "
         "zodat infectieziektebestrijding en jeugdgezondheidszorg vanaf de eerste dag geregeld zijn."),
    ),
    H("8 Behandeltermijnen bij de IND"),
    H2("Beslistermijnen"),
    P("De IND moet in beginsel binnen zes maanden na de aanvraag beslissen op een asielaanvraag. Die termijn kan in "
      "bepaalde gevallen worden verlengd. In september 2024 had de IND een voorraad van ongeveer 50.000 asielaanvragen "
      "in behandeling. Bij ruim 60 procent daarvan was de wettelijke beslistermijn overschreden. Asielzoekers "
      "wachtten gemiddeld meer dan een jaar op hun eerste gehoor."),
    P("De IND wijst op de hoge instroom, op een tekort aan ervaren hoor- en beslismedewerkers en op de tijd die het "
      "kost om nieuwe medewerkers op te leiden. Het ministerie heeft de IND in 2023 en 2024 extra middelen gegeven en "
      "de IND heeft honderden medewerkers geworven. Daarnaast zijn de dwangsommen bij overschrijding van de "
      "beslistermijn voor asielaanvragen tijdelijk buiten werking gesteld. De Inspectie heeft echter geen plan "
      "aangetroffen met concrete doelen en een tijdpad voor het wegwerken van de achterstand."),
    H2("Gevolgen voor de opvang"),
    P("Lange behandeltermijnen hebben directe gevolgen voor de opvang. Zolang op een aanvraag niet is beslist, blijft "
      "de asielzoeker in de opvang. Het COA berekende dat iedere maand vertraging in de procedure gemiddeld ongeveer "
      "3.000 plekken extra vraagt. Voor bewoners betekent de onzekerheid dat zij niet aan hun toekomst kunnen "
      "beginnen. Veel bewoners vertelden de Inspectie dat zij niet weten waar zij staan: zij hoorden niets van de "
      "IND, en ook het COA kon hun niet vertellen hoe lang het nog zou duren."),
    H2("Gehoren"),
    P("Voor het gehoor reizen asielzoekers naar een van de IND-kantoren, vaak ver van hun opvanglocatie. Voor "
      "bewoners van noodopvang in het zuiden van het land betekende een gehoor in Ter Apel een reis van een hele "
      "dag, met een overnachting. In 2023 is de IND in de regio Noord-Brabant gestart met het houden van gehoren op "
      "een locatie bij een groot azc. Volgens de IND leidde dat tot minder uitval van gehoren en minder reistijd. "
      "Die werkwijze is niet uitgebreid naar andere regio's."),
    H2("Oordeel"),
    P("De Inspectie oordeelt dat de behandeltermijnen bij de IND een belangrijke oorzaak zijn van de druk op de "
      "opvang. Zonder een verkorting van de procedures zal ook een groter aantal opvangplekken niet leiden tot een "
      "stabiele situatie. De Inspectie vindt daarnaast dat asielzoekers recht hebben op duidelijke informatie over "
      "de verwachte duur van hun procedure."),
    lead("De Inspectie verwacht van de minister van Asiel en Migratie en de IND dat zij:"),
    recs(
        ("8.1", ("AenM",),
         "een concreet plan opstellen om de voorraad asielaanvragen waarvan de beslistermijn is overschreden vóór "
         "eind 2026 weg te werken, met tussendoelen per kwartaal;"),
        ("8.2", ("AenM",),
         "asielzoekers na hun aanmelding en daarna ten minste iedere drie maanden schriftelijk informeren over de "
         "verwachte behandelduur van hun aanvraag;"),
        ("8.3", ("AenM",),
         "de werkwijze met regionale gehoorlocaties bij grote opvanglocaties landelijk invoeren."),
    ),
    PageBreak(),
    H("Bijlage Afkortingen"),
    bullets(
        "amv – alleenstaande minderjarige vreemdeling",
        "azc – asielzoekerscentrum",
        "COA – Centraal Orgaan opvang asielzoekers",
        "GGD – gemeentelijke gezondheidsdienst",
        "ggz – geestelijke gezondheidszorg",
        "GZA – Gezondheidszorg Asielzoekers",
        "IND – Immigratie- en Naturalisatiedienst",
        "VNG – Vereniging van Nederlandse Gemeenten",
    ),
)

REPORT = Document(
    title="Opvang onder druk",
    subtitle="Toezicht op noodopvang, medische zorg en de opvang van alleenstaande minderjarigen in de asielketen",
    blocks=REPORT_BLOCKS,
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=True,
    imprint=("Inspectie Toezicht Migratie", "Den Haag, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV61 = "Aanbeveling 6.1 neem ik over."
EV63 = ("Het COA, Nidos en de politie stellen daarom vóór 1 oktober 2025 een gezamenlijk protocol vast voor het "
        "melden en opvolgen van vermissingen, met één registratie; vanaf 2026 publiceren wij jaarlijks de cijfers.")
EV62 = ("Een vaste maximale caseload van vijftien jongeren per jeugdbeschermer, met de structurele financiering die "
        "daarbij hoort, acht de staatssecretaris echter niet opportuun.")
EV82 = ("Vanaf 1 september 2025 ontvangt iedere asielzoeker na de aanmelding en vervolgens ieder kwartaal een brief "
        "van de IND met de verwachte behandelduur van zijn aanvraag, in een taal die hij begrijpt.")
EV81 = "Ik onderschrijf aanbeveling 8.1."
EV83 = ("Ik kies er daarom voor om de werkwijze eerst in de provincies Friesland en Limburg te beproeven; over een "
        "landelijke invoering besluit ik na de evaluatie van deze pilot.")
EV42 = "Aanbeveling 4.2 neem ik over."
EV43 = ("Voor de noodopvanglocaties die het COA zelf beheert, neemt het COA deze aanbeveling over, maar gemeenten "
        "die op verzoek van het Rijk noodopvang bieden, leg ik die verplichting niet op.")
EV41 = "Ik neem aanbeveling 4.1 daarom niet over."
EV53 = ("Het COA heeft inmiddels, samen met de GZA, de werkwijze bij overplaatsingen aangepast: sinds 1 november 2024 "
        "wordt het medisch dossier uiterlijk op de dag vóór de verhuizing overgedragen aan de praktijk op de nieuwe "
        "locatie en krijgt iedere bewoner die medicatie gebruikt een voorraad voor ten minste veertien dagen mee, "
        "tot de nieuwe praktijk de medicatie heeft overgenomen.")
EV51 = ("Vanaf 1 januari 2026 krijgt iedere asielzoeker, ook in de noodopvang, binnen tien werkdagen na aankomst een "
        "medische intake door een verpleegkundige of arts van de GZA; ik stel daarvoor structureel € 11,5 miljoen "
        "per jaar beschikbaar.")
EV71 = ("Het COA zal gemeenten voortaan ten minste drie maanden voor de opening van een nieuwe locatie informeren "
        "over de omvang, de samenstelling van de bewonersgroep en de verwachte duur van de opvang.")
EV72 = "Aanbeveling 7.2 neem ik niet over."
EV74 = ("Ik ga met de VNG en GGD GHOR Nederland verkennen of een vaste werkwijze voor de betrokkenheid van de GGD "
        "bij nieuwe locaties in de handreiking voor gemeenten kan worden opgenomen.")

P61 = ("De Inspectie vraagt in aanbeveling 6.1 om geen alleenstaande minderjarigen meer te plaatsen in noodopvang of "
       "in locaties voor volwassenen. Ik deel de opvatting van de Inspectie dat minderjarigen daar niet thuishoren. "
       + EV61 + " Het COA plaatst sinds 1 maart 2025 geen amv meer in noodopvang; de jongeren die daar nog verbleven, "
       "zijn uiterlijk eind maart overgeplaatst naar kleinschalige opvang voor amv. Om dat ook bij een nieuwe "
       "piek in de instroom vol te houden, realiseert het COA dit jaar 450 extra kleinschalige plekken voor "
       "jongeren.")
P63 = ("Ook over de vermissingen van amv is de Inspectie helder. Het is onaanvaardbaar dat het COA en Nidos over "
       "hetzelfde jaar tot aantallen komen die meer dan honderd jongeren verschillen. Met aanbeveling 6.3 ga ik, "
       "mede namens de staatssecretaris, aan de slag. " + EV63 + " Een melding bij de politie volgt in ieder geval "
       "binnen 24 uur.")
P62 = ("Voor de begeleiding door Nidos is de staatssecretaris van Justitie en Veiligheid verantwoordelijk. Hij deelt "
       "de analyse van de Inspectie dat de werkdruk bij de jeugdbeschermers van Nidos in 2024 te hoog was en dat "
       "jongeren hun voogd daardoor te laat zagen. " + EV62 + " De caseload hangt sterk samen met de instroom, die "
       "van maand tot maand wisselt, en een vaste norm zou bij een nieuwe piek ertoe leiden dat jongeren zonder "
       "voogd blijven. De staatssecretaris heeft Nidos voor 2025 wel een eenmalige extra bijdrage toegekend, en "
       "de financiering wordt vanaf dit jaar ieder halfjaar aangepast aan de werkelijke instroom.")

P82 = ("Veel asielzoekers weten niet waar zij in hun procedure staan. Ik vind dat, net als de Inspectie, niet "
       "acceptabel. " + EV82 + " De brief vermeldt ook bij wie de asielzoeker terechtkan met vragen.")
P81 = ("De kern van het probleem is de omvang van de voorraad. " + EV81 + " De IND heeft in opdracht van mij een "
       "Plan van aanpak voorraden asiel opgesteld, met als doel dat de voorraad aanvragen waarvan de beslistermijn "
       "is overschreden, eind 2026 is weggewerkt. Het plan bevat tussendoelen per kwartaal. Ik stuur het plan "
       "uiterlijk 1 juli 2025 aan uw Kamer en rapporteer daarna ieder kwartaal over de voortgang.")
P83 = ("In aanbeveling 8.3 vraagt de Inspectie om de werkwijze met regionale gehoorlocaties bij grote opvanglocaties "
       "landelijk in te voeren. De ervaringen in Noord-Brabant zijn positief: er vallen minder gehoren uit en "
       "bewoners zijn minder tijd kwijt aan reizen. Tegelijk vraagt een regionale gehoorlocatie om beveiligde "
       "ruimtes, tolkvoorzieningen en voldoende ervaren medewerkers op die plek, en dat is niet in iedere regio "
       "op korte termijn te organiseren. " + EV83)

P42 = ("Noodopvang moet zo kort mogelijk duren, maar zolang zij nodig is, moet voor iedere bewoner duidelijk zijn "
       "waarop hij kan rekenen. " + EV42 + " Ik stel, samen met het COA, de VNG en het Veiligheidsberaad, vóór 1 "
       "september 2025 een landelijk kader met minimumnormen voor noodopvang vast. Het kader gaat ten minste over "
       "sanitair, privacy, dagbesteding, onderwijs en medische zorg, en geldt voor iedere noodopvanglocatie, ook "
       "wanneer een gemeente of veiligheidsregio haar beheert.")
P43 = ("De Inspectie vraagt verder om noodopvanglocaties die langer dan drie maanden in gebruik zijn, binnen zes "
       "maanden op het niveau van reguliere opvang te brengen. " + EV43 + " Het COA zorgt ervoor dat iedere eigen "
       "locatie die langer dan drie maanden in gebruik is, binnen zes maanden aan de basisnormen voldoet; waar dat "
       "niet lukt, sluit het COA de locatie. Gemeenten bieden noodopvang op basis van vrijwilligheid en vaak onder "
       "grote tijdsdruk, en een dergelijke verplichting zou ertoe leiden dat zij minder snel bereid zijn om bij te "
       "springen. Voor hen geldt het nieuwe landelijke kader met minimumnormen.")
P41 = ("In aanbeveling 4.1 vraagt de Inspectie om wettelijk vast te leggen dat iedere gemeente naar rato van haar "
       "inwonertal reguliere opvangplekken realiseert. Die wettelijke plicht bestaat al: de Spreidingswet, die "
       "sinds 1 februari 2024 van kracht is, verdeelt de opvangopgave naar inwonertal over provincies en gemeenten "
       "en geeft mij als sluitstuk de bevoegdheid om een gemeente aan te wijzen. Het is nu zaak die wet uit te "
       "voeren, niet haar opnieuw te regelen. " + EV41)

P53 = ("Een overplaatsing mag de zorg niet onderbreken. De Inspectie stelde in haar veldwerk vast dat het medisch "
       "dossier bij een kwart van de gevolgde overplaatsingen niet op tijd beschikbaar was en dat medicatie soms "
       "werd onderbroken. " + EV53 + " Het COA controleert ieder kwartaal of dat gebeurt. Ik heb de Inspectie "
       "gevraagd deze werkwijze bij haar volgende inspectieronde te betrekken.")
P51 = ("Het tweede punt is de snelheid van de medische intake. De huidige afspraak van vier weken is te ruim, en op "
       "noodopvanglocaties wordt zelfs die termijn te vaak niet gehaald. " + EV51 + " Op noodopvanglocaties zonder "
       "eigen praktijk zet de GZA daarvoor mobiele intaketeams in.")
P52 = ("In aanbeveling 5.2 vraagt de Inspectie om de toegang tot specialistische ggz voor asielzoekers te "
       "verbeteren. Die toegang valt onder het zorgstelsel waarvoor mijn ambtgenoot van Volksgezondheid, Welzijn en "
       "Sport verantwoordelijk is. De minister van VWS informeert uw Kamer hierover in een afzonderlijke brief.")

P71_72 = ("Gemeenten en het COA zijn bij de opvang op elkaar aangewezen. De Inspectie laat zien dat gemeenten te vaak "
          "pas kort voor de opening van een locatie weten wie er komen. " + EV71 + " Daarmee krijgen gemeenten de "
          "tijd om onderwijs, zorg en de communicatie met de buurt voor te bereiden. " + EV72 + " Het COA streeft al "
          "naar locaties van gemiddeld 300 bewoners, maar een harde bovengrens in iedere overeenkomst zou de "
          "onderhandelingsruimte met gemeenten die een grotere locatie willen bieden, onnodig beperken.")
P73 = ("Gemeenten hebben op grond van de Huisvestingswet 2014 de taak om ieder halfjaar een vastgesteld aantal "
       "vergunninghouders te huisvesten. Het Rijk ondersteunt hen daarbij met de regeling flexwonen, waaruit sinds "
       "2023 ruim 9.000 tijdelijke woningen zijn gefinancierd, en met een vergoeding per gehuisveste "
       "vergunninghouder. De provincies houden toezicht op de realisatie van de taakstelling en spreken gemeenten "
       "aan die achterblijven.")
P74 = ("Ook de publieke gezondheid op en rond opvanglocaties vraagt aandacht. De GGD heeft daarin een belangrijke "
       "rol, en het is van belang dat zij vroeg bij een nieuwe locatie wordt betrokken. " + EV74 + " Ik kom daarop "
       "in de voortgangsbrief over de Spreidingswet terug.")

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Hierbij bied ik u, mede namens de staatssecretaris van Justitie en Veiligheid, mijn reactie aan op het rapport "
      "'Opvang onder druk' van de Inspectie Toezicht Migratie. Het rapport is op 20 maart 2025 aan uw Kamer "
      "gezonden. Ik dank de Inspectie voor het grondige onderzoek en voor de duidelijkheid van haar oordeel."),
    P("Het rapport bevestigt een beeld dat ook in het kabinet leeft. De opvang heeft de afgelopen jaren op de toppen "
      "van haar kunnen gewerkt. Dat dit grotendeels is gelukt, is te danken aan de inzet van medewerkers van het "
      "COA, de GZA, Nidos en gemeenten. Tegelijk laat de Inspectie zien dat die inzet niet kon voorkomen dat mensen, "
      "onder wie kinderen, maandenlang in omstandigheden verbleven die niet voldoen aan wat wij van goede opvang "
      "verwachten. Dat neem ik zeer serieus."),
    P("De Inspectie beschrijft terecht dat de problemen samenhangen: lange procedures, een stokkende uitstroom, een "
      "tekort aan reguliere plekken en veel verhuizingen versterken elkaar. Het kabinet zet daarom in op een "
      "kleinere instroom, snellere procedures en een stabieler opvanglandschap. Deze brief gaat niet op dat bredere "
      "beleid in; daarover heb ik uw Kamer op 4 april 2025 geïnformeerd."),
    P("Hieronder reageer ik op de aanbevelingen van de Inspectie, aan de hand van de hoofdstukken van haar rapport. "
      "Ik begin met de alleenstaande minderjarigen, omdat de Inspectie hun situatie het ernstigst beoordeelt. Waar "
      "een aanbeveling zich richt tot het COA of de IND, heb ik de reactie met hen afgestemd."),
    H2("Alleenstaande minderjarige vreemdelingen"),
    P(P61, answers=(Answer("6.1", "agree", EV61),)),
    P(P63, answers=(Answer("6.3", "agree", EV63),)),
    P(P62, answers=(Answer("6.2", "disagree", EV62),)),
    H2("Behandeltermijnen bij de IND"),
    P("De Inspectie wijst de lange behandeltermijnen bij de IND aan als een belangrijke oorzaak van de druk op de "
      "opvang. Dat herken ik. De IND heeft in 2024 ruim 700 nieuwe medewerkers aangenomen en het aantal beslissingen "
      "per maand is sinds het najaar gestegen. Het zal echter tijd kosten voordat de voorraad merkbaar afneemt."),
    P(P82, answers=(Answer("8.2", "agree", EV82),)),
    P(P81, answers=(Answer("8.1", "agree", EV81),)),
    P(P83, answers=(Answer("8.3", "partial", EV83),)),
    H2("Noodopvang"),
    P("Het aantal mensen in noodopvang is sinds het hoogtepunt in augustus 2024 gedaald, maar bedroeg begin april "
      "2025 nog ruim 7.000. Het COA heeft in de afgelopen maanden vijftien van de meest sobere locaties gesloten, "
      "waaronder twee sporthallen die de Inspectie bezocht."),
    P(P42, answers=(Answer("4.2", "agree", EV42),)),
    P(P43, answers=(Answer("4.3", "partial", EV43),)),
    P(P41, answers=(Answer("4.1", "disagree", EV41),)),
    H2("Medische zorg"),
    P("De Inspectie oordeelt dat de medische zorg op reguliere locaties grotendeels voldoet, maar tekortschiet voor "
      "bewoners in noodopvang en voor bewoners die vaak verhuizen. Ik ga hieronder in op de continuïteit van de zorg "
      "en op de medische intake."),
    P(P53, answers=(Answer("5.3", "agree", EV53),)),
    P(P51, answers=(Answer("5.1", "agree", EV51),)),
    P(P52),
    H2("Gemeenten en de Spreidingswet"),
    P("De Spreidingswet is ruim een jaar van kracht. De Inspectie constateert dat de wet bestuurlijk in gang is gezet, "
      "maar nog weinig nieuwe reguliere plekken heeft opgeleverd. Dat is ook mijn beeld. Op 1 april 2025 waren in "
      "alle provincies verdeelafspraken gemaakt en waren ruim 11.000 nieuwe plekken in voorbereiding."),
    P(P71_72, answers=(Answer("7.1", "agree", EV71), Answer("7.2", "disagree", EV72))),
    P(P73),
    P(P74, answers=(Answer("7.4", "partial", EV74),)),
    H2("Tot slot"),
    P("De Inspectie legt de vinger op plekken waar het stelsel tekortschiet. Het kabinet, het COA, de IND en "
      "gemeenten zullen die tekortkomingen niet in een paar maanden oplossen. Ik zal uw Kamer in de halfjaarlijkse "
      "voortgangsbrief over de asielopvang informeren over de uitvoering van de maatregelen uit deze brief, voor het "
      "eerst in oktober 2025."),
    P("Een afschrift van deze brief gaat naar de Inspectie Toezicht Migratie, het COA, de IND, Nidos en de VNG."),
    P("De minister van Asiel en Migratie,"),
    P("mr. J.P. Vermeulen-Dijkstra"),
)

RESPONSE = Document(
    title="Ministerie van Asiel en Migratie",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018, 2500 EA Den Haag\n"
              "Datum: 13 mei 2025\nBetreft: Reactie op het rapport 'Opvang onder druk' van de Inspectie Toezicht "
              "Migratie"),
    blocks=RESPONSE_BLOCKS,
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="asylum_reception_audit",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie Toezicht Migratie audit of asylum reception (16 recommendations at the end of chapters "
                "4-8, numbered 4.1 ... 8.3, chapter 7 with separate lists for the COA and gemeenten, chapter 3 "
                "with findings 3.1-3.6 that are not recommendations) and the AenM minister's letter answering by "
                "chapter in another order; 5.2 passed on to VWS, 7.3 only described as existing policy.",
)
