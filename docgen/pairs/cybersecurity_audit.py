"""Pair: an Algemene Rekenkamer-style audit of the information security of central government, and the answer.

Layout traits this pair tests: a sans report with a running header and a title page; a summary that names the main
recommendations in prose only (no list); bulleted research questions and methods that are not recommendations; a
chapter "Conclusies en aanbevelingen" where fifteen recommendations are numbered "1." .. "15." in four lists, each
after a bold lead-in naming the addressee (the staatssecretaris of BZK, the minister of JenV, both together, all
ministers); an annex that is a findings table per (anonymised) ministry and an annex with a dashed list of
abbreviations, neither of which holds recommendations.

The response is the staatssecretaris's letter (letterhead, no title page) that opens with a grid table
"Nr. | Aanbeveling | Reactie en planning"; every answer sits in the third column, most with a "Planning:" line.
Agreement comes with and without cue words (dates, money, "ik ben het met de Rekenkamer eens ... en zorg er daarom
..."); refusals are polite ("voegt naar mijn oordeel weinig toe", "acht het kabinet niet wenselijk", "Ik begrijp de
wens ..., maar ..."); partial answers are an exploration, a part declined, a pilot.  Row "11 en 12" answers two
recommendations in one cell with opposite positions; row 9 passes its recommendation on to the minister of JenV
(no position); row 13 only describes existing practice (no position); row 10 says "Zie toelichting" and the answer
is a paragraph after the table that names the recommendation only by subject.  Two general paragraphs and a
closing paragraph answer nothing.  All prose is fictional and written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def item(number: str, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=R(number, *departments))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Ministeries verwerken dagelijks grote hoeveelheden gevoelige gegevens, van belastinggegevens en medische "
      "dossiers tot staatsgeheime informatie. Een geslaagde cyberaanval op één ministerie kan het werk van een groot "
      "deel van de rijksoverheid stilleggen en het vertrouwen van burgers in de overheid schaden. De dreiging neemt "
      "toe: statelijke actoren en criminele groepen zijn steeds beter in staat zwakke plekken in de systemen van "
      "overheden te vinden en te misbruiken."),
    P("De Algemene Rekenkamer heeft onderzocht hoe twaalf ministeries vier basismaatregelen van "
      "informatiebeveiliging op orde hebben: het tijdig dichten van bekende kwetsbaarheden (patchen), het weerbaar "
      "maken van medewerkers tegen phishing, het beheersen van risico's bij leveranciers en het melden en afhandelen "
      "van incidenten. Ook keken wij naar de rol van de CIO Rijk, die namens de staatssecretaris van Binnenlandse "
      "Zaken en Koninkrijksrelaties de rijksbrede informatievoorziening coördineert."),
    P("Ons beeld is zorgelijk. Bij de twaalf ministeries stonden op de peildatum 1 oktober 2024 in totaal 1.146 "
      "kritieke kwetsbaarheden open die langer bekend waren dan de eigen norm van het ministerie toestaat. Bij een "
      "phishingoefening die wij samen met de CIO Rijk lieten uitvoeren, klikte gemiddeld 17 procent van de "
      "medewerkers op een link in een nagemaakte e-mail; 6 procent vulde daarna ook zijn inloggegevens in. Van de "
      "214 contracten met leveranciers van kritieke ICT-diensten die wij bestudeerden, bevatte minder dan de helft "
      "een recht op audit. En ernstige incidenten werden in een derde van de gevallen later gemeld dan de afgesproken "
      "termijn."),
    P("De oorzaak ligt niet alleen bij de afzonderlijke ministeries. Elk ministerie is zelf verantwoordelijk voor de "
      "eigen informatiebeveiliging, maar niemand heeft het overzicht over het geheel. De CIO Rijk kan ministeries "
      "aanspreken, maar heeft geen middelen om verbetering af te dwingen. De Tweede Kamer krijgt via de jaarverslagen "
      "nauwelijks zicht op de stand van zaken: de bedrijfsvoeringsparagrafen vermelden meestal niet meer dan dat de "
      "informatiebeveiliging ‘op orde is’ of ‘aandacht behoeft’."),
    P("Wij doen vijftien aanbevelingen. De belangrijkste zijn dat de staatssecretaris de positie van de CIO Rijk "
      "versterkt, dat er één rijksbrede norm komt voor het dichten van kwetsbaarheden, dat leveranciers van ICT "
      "standaard een auditrecht in hun contract krijgen en dat de ministers de Tweede Kamer in hun jaarverslagen aan "
      "de hand van vaste indicatoren informeren over de stand van de informatiebeveiliging. Alle aanbevelingen staan "
      "in hoofdstuk 7."),
    PageBreak(),

    H("1 Inleiding"),
    H("1.1 Aanleiding", 2),
    P("Informatiebeveiliging staat al jaren op de agenda van de Algemene Rekenkamer. In ons jaarlijkse "
      "verantwoordingsonderzoek merken wij de informatiebeveiliging sinds 2019 bij meerdere ministeries aan als "
      "onvolkomenheid. Die onvolkomenheden blijken hardnekkig: bij vijf ministeries staat de onvolkomenheid er al "
      "drie jaar of langer. Wij wilden daarom verder kijken dan in het verantwoordingsonderzoek mogelijk is, en "
      "nagaan hoe het in de praktijk gesteld is met een aantal basismaatregelen die elke organisatie behoort te "
      "nemen.",
      footnotes=("Een onvolkomenheid is een tekortkoming in de bedrijfsvoering die wij in het verantwoordingsonderzoek "
                 "signaleren en die de minister moet verhelpen. Een ernstige onvolkomenheid raakt de bedrijfsvoering "
                 "als geheel.",)),
    P("Daarnaast verandert het wettelijk kader. Met de Cyberbeveiligingswet, waarmee Nederland de Europese "
      "NIS2-richtlijn omzet, gaan zwaardere eisen gelden voor de rijksoverheid, onder meer voor het melden van "
      "incidenten en het beheersen van risico's in de toeleveringsketen. De ministeries moeten zich daarop "
      "voorbereiden, en het is de vraag of zij daarvoor voldoende zijn toegerust."),
    H("1.2 Onderzoeksvragen", 2),
    P("Onze centrale vraag luidde: in hoeverre hebben ministeries de basismaatregelen voor informatiebeveiliging op "
      "orde, en hoe stuurt de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties daarop? Wij hebben deze "
      "vraag uitgewerkt in vier deelvragen:"),
    ItemList((
        ListItem("Dichten ministeries bekende kwetsbaarheden in hun systemen binnen een redelijke termijn?"),
        ListItem("Zijn medewerkers voldoende weerbaar tegen phishing en andere vormen van misleiding?"),
        ListItem("Beheersen ministeries de beveiligingsrisico's die voortkomen uit het werken met externe "
                 "leveranciers?"),
        ListItem("Worden beveiligingsincidenten tijdig gemeld, geregistreerd en afgehandeld?"),
    ), style="•"),
    H("1.3 Aanpak en normen", 2),
    P("Wij hebben het onderzoek uitgevoerd tussen maart en december 2024 bij twaalf ministeries. Om "
      "veiligheidsredenen noemen wij de ministeries in dit rapport niet bij naam; in bijlage 1 duiden wij ze aan met "
      "de letters A tot en met L. De ministeries en de CIO Rijk hebben de feitelijke juistheid van onze bevindingen "
      "bevestigd. Wij hebben de volgende onderzoeksactiviteiten uitgevoerd:"),
    ItemList((
        ListItem("een analyse van de resultaten van kwetsbaarheidsscans op de peildatum 1 oktober 2024, die de "
                 "ministeries op ons verzoek beschikbaar stelden;"),
        ListItem("een gesimuleerde phishingcampagne onder 6.000 willekeurig gekozen medewerkers van de twaalf "
                 "ministeries, uitgevoerd samen met de CIO Rijk en met instemming van de secretarissen-generaal;"),
        ListItem("een dossieronderzoek naar 214 contracten met leveranciers van ICT-diensten die de ministeries "
                 "zelf als kritiek aanmerken;"),
        ListItem("een analyse van de 1.382 beveiligingsincidenten die de ministeries in 2023 hebben geregistreerd;"),
        ListItem("41 interviews met onder anderen chief information security officers (CISO's), chief information "
                 "officers (CIO's), contractmanagers en medewerkers van het Nationaal Cyber Security Centrum "
                 "(NCSC)."),
    ), style="•"),
    P("Als norm hebben wij de Baseline Informatiebeveiliging Overheid (BIO) gebruikt, aangevuld met de rijksbrede "
      "afspraken die de CIO Rijk met de ministeries heeft gemaakt. Waar die afspraken geen concrete termijn noemen, "
      "hebben wij de termijnen gehanteerd die de ministeries zelf in hun beleid hebben vastgelegd. Wij hebben de "
      "ministeries dus niet langs een strengere lat gelegd dan zij zichzelf hebben opgelegd."),
    H("1.4 Leeswijzer", 2),
    P("Hoofdstuk 2 beschrijft hoe de verantwoordelijkheden voor informatiebeveiliging binnen het Rijk zijn belegd. "
      "In de hoofdstukken 3 tot en met 6 presenteren wij onze bevindingen over respectievelijk patchbeheer, "
      "phishing, leveranciers en incidenten. Hoofdstuk 7 bevat onze conclusies en aanbevelingen. De reactie van de "
      "staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties is als afzonderlijk document bij dit rapport "
      "gepubliceerd."),

    H("2 Sturing en verantwoordelijkheden"),
    H("2.1 Wie is waarvoor verantwoordelijk?", 2),
    P("Binnen het Rijk is elke minister verantwoordelijk voor de informatiebeveiliging van het eigen ministerie en de "
      "uitvoeringsorganisaties die eronder vallen. Dit volgt uit de ministeriële verantwoordelijkheid en is "
      "uitgewerkt in het Besluit informatiebeveiliging rijksdienst. De secretaris-generaal is binnen het ministerie "
      "eindverantwoordelijk voor de uitvoering en laat zich daarbij adviseren door een CISO."),
    P("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties heeft een coördinerende rol voor de "
      "digitale overheid en de rijksbrede bedrijfsvoering. Zij laat zich daarin bijstaan door de CIO Rijk. De CIO "
      "Rijk stelt rijksbreed beleid op, bewaakt de samenhang en brengt advies uit over grote ICT-projecten. Een "
      "bevoegdheid om ministeries aanwijzingen te geven heeft de CIO Rijk niet: hij kan ministeries aanspreken en "
      "onderwerpen agenderen in het Interdepartementaal CIO-beraad (ICBR), maar de besluitvorming ligt bij de "
      "afzonderlijke ministeries."),
    P("Voor de nationale cybersecurity zijn ook de minister van Justitie en Veiligheid en de Nationaal Coördinator "
      "Terrorismebestrijding en Veiligheid (NCTV) van belang. Het NCSC, dat onder de NCTV valt, waarschuwt "
      "ministeries voor nieuwe kwetsbaarheden en dreigingen en ondersteunt bij ernstige incidenten. Daarnaast heeft "
      "het Rijk een eigen meldpunt voor beveiligingsincidenten, het Rijksbreed Meldpunt Informatiebeveiliging "
      "(RMI), dat onder de CIO Rijk valt."),
    H("2.2 Bevindingen", 2),
    P("Wij stellen vast dat de CIO Rijk in de praktijk weinig grip heeft op de informatiebeveiliging bij de "
      "ministeries. In het ICBR wordt informatiebeveiliging regelmatig besproken, maar afspraken die daar worden "
      "gemaakt, worden niet altijd nagekomen. Zo is in 2022 afgesproken dat alle ministeries uiterlijk eind 2023 "
      "tweefactorauthenticatie zouden gebruiken voor beheeraccounts. Op de peildatum van ons onderzoek voldeden acht "
      "van de twaalf ministeries aan die afspraak. De CIO Rijk kon de overige vier alleen verzoeken de achterstand "
      "in te lopen."),
    P("Ook de positie van de CISO verschilt sterk per ministerie. Bij vier ministeries rapporteert de CISO "
      "rechtstreeks aan de secretaris-generaal; bij de andere acht zit de CISO twee of drie lagen lager in de "
      "organisatie, soms binnen de ICT-afdeling die hij of zij juist kritisch hoort te volgen. Meerdere CISO's "
      "vertelden ons dat zij hun zorgen wel kunnen uiten, maar dat die zelden leiden tot extra middelen of andere "
      "prioriteiten."),
    P("De informatie die de Tweede Kamer ontvangt, is beperkt. De bedrijfsvoeringsparagrafen in de jaarverslagen "
      "gebruiken geen vaste indicatoren. Wie de jaarverslagen over 2023 naast elkaar legt, kan niet vaststellen welk "
      "ministerie er beter of slechter voor staat. De Jaarrapportage Bedrijfsvoering Rijk geeft een rijksbreed "
      "beeld, maar bevat over informatiebeveiliging vooral beschrijvingen van beleid en weinig cijfers."),
    P("Hoeveel geld ministeries uitgeven aan informatiebeveiliging, is niet bekend. Geen van de twaalf ministeries "
      "kon ons een volledig overzicht geven. Op basis van de gegevens die wij wel ontvingen, schatten wij dat "
      "ministeries tussen 3 en 9 procent van hun ICT-budget aan beveiliging besteden. Een ondergrens bestaat niet, "
      "en een hoger percentage ging in ons onderzoek niet vanzelf samen met betere resultaten."),

    H("3 Kwetsbaarheden en patchbeheer"),
    H("3.1 Waarom tijdig patchen belangrijk is", 2),
    P("Softwareleveranciers brengen voortdurend updates uit om ontdekte kwetsbaarheden te dichten. Zolang een "
      "organisatie zo'n update niet heeft geïnstalleerd, kan een aanvaller de bekende kwetsbaarheid misbruiken. "
      "Analyses van het NCSC laten zien dat een groot deel van de geslaagde aanvallen op overheidsorganisaties "
      "gebruikmaakt van kwetsbaarheden waarvoor al een update beschikbaar was. Tijdig patchen is daarom een van de "
      "meest effectieve maatregelen die een organisatie kan nemen."),
    P("De BIO schrijft voor dat organisaties tijdig patches installeren, maar noemt geen concrete termijn. De "
      "ministeries hebben daarom elk een eigen norm vastgesteld. Voor kritieke kwetsbaarheden varieert die norm van "
      "72 uur tot 30 dagen. Zeven ministeries hanteren een termijn van 14 dagen."),
    H("3.2 Bevindingen", 2),
    P("Op de peildatum 1 oktober 2024 stonden bij de twaalf ministeries samen 1.146 kritieke kwetsbaarheden open die "
      "langer bekend waren dan de eigen norm van het ministerie toestond. Het gaat om kwetsbaarheden met een "
      "CVSS-score van 9,0 of hoger, de zwaarste categorie.",
      footnotes=("Het Common Vulnerability Scoring System (CVSS) is een internationale schaal van 0 tot 10 waarmee de "
                 "ernst van een kwetsbaarheid wordt uitgedrukt.",)),
    P("De verschillen tussen ministeries zijn groot. Drie ministeries hadden minder dan tien van zulke "
      "kwetsbaarheden openstaan, terwijl twee ministeries er samen ruim 700 hadden. Van de 1.146 openstaande "
      "kwetsbaarheden stond 38 procent langer dan 90 dagen open; 112 kwetsbaarheden waren zelfs langer dan een jaar "
      "bekend."),
    P("Een belangrijke oorzaak is verouderde software. Een groot deel van de langst openstaande kwetsbaarheden zit in "
      "systemen waarvoor de leverancier geen updates meer levert. Ministeries hebben die systemen vaak nog nodig voor "
      "hun wettelijke taken en kunnen ze niet zonder meer uitzetten. Vervanging vergt tijd en geld en wordt in de "
      "praktijk steeds opnieuw uitgesteld."),
    P("Daarnaast weten ministeries niet altijd welke systemen zij precies in gebruik hebben. Vijf van de twaalf "
      "ministeries beschikken niet over een volledig en actueel overzicht van hun ICT-middelen, een zogenoemde "
      "inventaris. Bij twee ministeries troffen wij in de scanresultaten servers aan die in geen enkel overzicht "
      "voorkwamen en waarvan niemand ons kon vertellen waarvoor zij werden gebruikt. Wat niet in beeld is, wordt ook "
      "niet gepatcht."),
    P("Wij zagen ook voorbeelden van goede praktijk. Eén ministerie werkt met een vast maandelijks patchvenster, "
      "waarin updates na een korte test automatisch worden uitgerold, en laat de CISO wekelijks rapporteren aan de "
      "plaatsvervangend secretaris-generaal over kwetsbaarheden die de norm overschrijden. Dit ministerie had op de "
      "peildatum vier openstaande kritieke kwetsbaarheden."),

    H("4 Phishing en bewustwording"),
    H("4.1 Medewerkers als doelwit", 2),
    P("Veel cyberaanvallen beginnen met een e-mail. Een aanvaller probeert een medewerker te verleiden op een link "
      "te klikken, een bijlage te openen of inloggegevens in te vullen op een nagemaakte website. Technische "
      "maatregelen zoals spamfilters houden een groot deel van die berichten tegen, maar niet alle. Het is daarom "
      "van belang dat medewerkers verdachte berichten herkennen en melden."),
    P("Sinds 2021 kunnen ministeries gebruikmaken van het rijksbrede Oefenprogramma Digitale Weerbaarheid, waarin de "
      "CIO Rijk namens ministeries phishingoefeningen organiseert. Deelname is vrijwillig. In 2023 deden zeven van "
      "de twaalf ministeries mee; van de overige vijf organiseerden er drie zelf oefeningen en deden er twee niets."),
    H("4.2 Bevindingen uit onze oefening", 2),
    P("In november 2024 ontvingen 6.000 medewerkers van de twaalf ministeries een nagemaakte e-mail die leek te "
      "komen van de interne personeelsdienst en hen vroeg een gewijzigde verlofregeling te bevestigen. Gemiddeld "
      "klikte 17 procent van de ontvangers op de link. 6 procent vulde op de nagemaakte inlogpagina zijn "
      "gebruikersnaam en wachtwoord in. Slechts 9 procent van de ontvangers meldde de e-mail als verdacht bij de "
      "servicedesk of via de meldknop in het e-mailprogramma."),
    P("Tussen de ministeries lopen de uitkomsten uiteen: het klikpercentage varieerde van 8 tot 29 procent. "
      "Medewerkers van ministeries die regelmatig meededen aan het oefenprogramma, klikten minder vaak en meldden "
      "vaker. Externe medewerkers, die bij sommige ministeries een kwart van het personeel vormen, klikten vaker dan "
      "ambtenaren in vaste dienst."),
    P("Een basistraining informatiebeveiliging is bij zes ministeries verplicht voor nieuwe medewerkers. Bij geen "
      "enkel ministerie geldt die verplichting ook voor externe medewerkers, en geen ministerie controleert of "
      "medewerkers de training na enkele jaren herhalen."),

    H("5 Leveranciers en ketenrisico's"),
    H("5.1 Afhankelijk van leveranciers", 2),
    P("Ministeries besteden een groot deel van hun ICT uit. Leveranciers beheren netwerken, hosten applicaties en "
      "hebben vaak op afstand toegang tot systemen met gevoelige gegevens. Een kwetsbaarheid of inbraak bij een "
      "leverancier kan daardoor rechtstreeks gevolgen hebben voor het ministerie. Incidenten in binnen- en "
      "buitenland laten zien dat aanvallers juist via leveranciers proberen binnen te komen."),
    P("Bij het inkopen van ICT gebruiken ministeries de Algemene Rijksvoorwaarden bij IT-overeenkomsten (ARBIT). "
      "Die voorwaarden bevatten algemene bepalingen over beveiliging, maar geen verplicht recht op audit en geen "
      "verplichting voor de leverancier om incidenten binnen een vaste termijn te melden. Ministeries kunnen zulke "
      "bepalingen zelf aan een contract toevoegen. De contractadministratie wordt bijgehouden door de "
      "categoriemanagers ICT, die voor het hele Rijk inkopen."),
    H("5.2 Bevindingen", 2),
    P("Van de 214 contracten die wij bestudeerden, bevatten er 98 (46 procent) een recht voor het ministerie om de "
      "beveiliging bij de leverancier te laten controleren. In 61 contracten (29 procent) is een termijn opgenomen "
      "waarbinnen de leverancier incidenten moet melden. Contracten van na 2021 zijn gemiddeld beter dan oudere "
      "contracten, maar ook bij recente contracten ontbreekt het auditrecht in ruim de helft van de gevallen."),
    P("Waar het auditrecht wel in het contract staat, wordt het weinig gebruikt. In de periode 2021–2024 hebben de "
      "ministeries bij 14 van de 98 leveranciers met een auditrecht daadwerkelijk een audit laten uitvoeren. "
      "Contractmanagers gaven aan dat zij daarvoor de capaciteit en de kennis missen."),
    P("Ministeries hebben geen gezamenlijk beeld van hun leveranciers. Dezelfde leverancier levert vaak aan meerdere "
      "ministeries, maar die wisselen geen informatie uit over de beveiligingsprestaties van die leverancier. Toen "
      "een leverancier van beheerdiensten in 2023 een ernstig incident had, duurde het negen dagen voordat alle "
      "ministeries die met deze leverancier werkten, daarvan op de hoogte waren."),

    H("6 Incidenten melden en afhandelen"),
    H("6.1 Afspraken over melden", 2),
    P("Ministeries moeten beveiligingsincidenten registreren en ernstige incidenten melden bij het RMI. Het RMI "
      "informeert zo nodig het NCSC en andere ministeries. Volgens de rijksbrede afspraak moet een ernstig incident "
      "binnen 48 uur na ontdekking bij het RMI worden gemeld. Datalekken moeten daarnaast worden gemeld bij de "
      "toezichthouder."),
    P("Wat een ernstig incident is, bepalen de ministeries zelf. Zij gebruiken daarvoor verschillende definities en "
      "classificaties. Sommige ministeries melden incidenten rechtstreeks bij het NCSC, andere alleen via het RMI. "
      "Met de komst van de Cyberbeveiligingswet gaat bovendien een wettelijke meldplicht gelden, met een eerste "
      "waarschuwing binnen 24 uur en een volledige melding binnen 72 uur."),
    H("6.2 Bevindingen", 2),
    P("In 2023 registreerden de twaalf ministeries samen 1.382 beveiligingsincidenten. Daarvan merkten zij er 164 "
      "aan als ernstig. Van deze 164 ernstige incidenten werden er 53 (32 procent) later dan 48 uur na ontdekking "
      "bij het RMI gemeld; 11 daarvan werden helemaal niet gemeld. Bij de vertraagde meldingen lag de mediane "
      "meldtijd op zes dagen."),
    P("Het RMI is alleen op werkdagen tussen 8.00 en 18.00 uur bemenst. Incidenten die in het weekend of 's nachts "
      "worden ontdekt, komen pas de eerstvolgende werkdag bij het RMI binnen. Van de 53 te late meldingen werd een "
      "kwart buiten kantooruren ontdekt."),
    P("Doordat de definities verschillen, zijn de cijfers van de ministeries nauwelijks vergelijkbaar. Een incident "
      "dat bij het ene ministerie als ernstig geldt, wordt bij een ander ministerie als gewoon incident afgehandeld. "
      "Het RMI kan daardoor geen betrouwbaar rijksbreed beeld opstellen."),
    P("Ministeries gaven aan dat zij behoefte hebben aan een actueel dreigingsbeeld dat is toegesneden op de "
      "rijksoverheid als organisatie. Het Cybersecuritybeeld Nederland dat jaarlijks verschijnt, richt zich op "
      "Nederland als geheel. CISO's missen vooral informatie over aanvallen die zich specifiek op de bedrijfsvoering "
      "van het Rijk richten."),
    H("6.3 Detectie, testen en herstel", 2),
    P("Om aanvallen tijdig te ontdekken, beschikken alle ministeries over een Security Operations Center (SOC), al "
      "dan niet gedeeld met andere ministeries. Naast het rijksbrede SOC dat de CIO Rijk in 2022 heeft ingericht, "
      "zijn er zes departementale SOC's. Zij verschillen in omvang, openingstijden en kwaliteit. Twee SOC's zijn "
      "buiten kantooruren niet bemenst."),
    P("Penetratietests, waarbij een ingehuurde partij probeert binnen te dringen in de systemen van een ministerie, "
      "worden ongelijk ingezet. Sommige ministeries laten hun kritieke systemen jaarlijks testen, andere alleen bij "
      "de invoering van een nieuw systeem. Vier ministeries hebben in de periode 2022–2024 geen enkele penetratietest "
      "laten uitvoeren op systemen die zij zelf als kritiek aanmerken."),
    P("Als een aanval toch slaagt, moet een ministerie zijn systemen snel kunnen herstellen. Zeven van de twaalf "
      "ministeries hebben een herstelplan voor het geval dat een cyberaanval hun kritieke systemen platlegt. Slechts "
      "drie ministeries hebben zo'n plan in de afgelopen twee jaar getest. Bij vier ministeries konden wij niet "
      "vaststellen dat er back-ups bestaan die los van het netwerk worden bewaard en dus niet door een aanvaller "
      "kunnen worden versleuteld."),

    H("7 Conclusies en aanbevelingen"),
    H("7.1 Conclusies", 2),
    P("De basis van de informatiebeveiliging bij het Rijk is niet op orde. Bij de meeste ministeries staan bekende "
      "kwetsbaarheden te lang open, is een aanzienlijk deel van de medewerkers vatbaar voor phishing, zijn de "
      "afspraken met leveranciers onvoldoende en worden ernstige incidenten te laat gemeld. Dat maakt de "
      "rijksoverheid kwetsbaarder dan nodig voor aanvallen die de dienstverlening aan burgers en bedrijven kunnen "
      "ontwrichten."),
    P("Dit is niet in de eerste plaats een kwestie van onwetendheid. De risico's zijn bij de CISO's bekend en worden "
      "in het ICBR besproken. Het ontbreekt vooral aan doorzettingsmacht, vaste normen en zicht op de stand van "
      "zaken. Zolang elk ministerie zijn eigen normen hanteert en niemand verbetering kan afdwingen, blijven "
      "achterstanden bestaan."),
    P("Tegelijk laat ons onderzoek zien dat verbetering mogelijk is. De ministeries die het beter doen, "
      "onderscheiden zich niet door grotere budgetten, maar door een vaste werkwijze, een CISO met een stevige "
      "positie en een bestuurstop die zich regelmatig laat informeren. Die werkwijze kan rijksbreed worden "
      "ingevoerd."),
    H("7.2 Aanbevelingen", 2),
    P("Op basis van onze conclusies doen wij de volgende aanbevelingen."),
    P("Aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties bevelen wij aan:", bold=True),
    ItemList((
        item("1", "Geef de CIO Rijk de bevoegdheid om ministeries een bindende aanwijzing te geven wanneer zij "
                  "rijksbrede afspraken over informatiebeveiliging niet nakomen, en leg die bevoegdheid vast in het "
                  "Besluit CIO-stelsel Rijksdienst.", "BZK"),
        item("2", "Stel één rijksbrede norm vast voor het dichten van kritieke kwetsbaarheden, met een termijn van ten "
                  "hoogste 14 dagen, en laat ministeries elk kwartaal aan de CIO Rijk rapporteren over "
                  "overschrijdingen van die norm.", "BZK"),
        item("3", "Zorg ervoor dat alle ministeries uiterlijk eind 2026 beschikken over een volledige en actuele "
                  "inventaris van hun ICT-middelen, inclusief verouderde systemen waarvoor geen updates meer "
                  "beschikbaar zijn.", "BZK"),
        item("4", "Maak deelname aan het Oefenprogramma Digitale Weerbaarheid verplicht voor alle ministeries en hun "
                  "uitvoeringsorganisaties, met ten minste twee oefeningen per jaar, en informeer de Tweede Kamer "
                  "jaarlijks over de uitkomsten per ministerie.", "BZK"),
        item("5", "Maak een basistraining informatiebeveiliging verplicht voor alle medewerkers die toegang hebben tot "
                  "rijkssystemen, inclusief externe medewerkers, en laat deze training elke twee jaar herhalen.",
             "BZK"),
        item("6", "Richt een rijksbreed register in van leveranciers van kritieke ICT-diensten, waarin ministeries "
                  "bijhouden welke leveranciers zij gebruiken, welke audits zijn uitgevoerd en welke incidenten zich "
                  "hebben voorgedaan.", "BZK"),
        item("7", "Neem in de ARBIT een verplicht auditrecht en een meldplicht voor incidenten binnen 24 uur op, zodat "
                  "deze bepalingen standaard deel uitmaken van nieuwe ICT-contracten.", "BZK"),
        item("8", "Laat ministeries hun bestaande contracten met leveranciers van kritieke ICT-diensten binnen twee "
                  "jaar herbeoordelen en waar nodig aanvullen met afspraken over audits en het melden van "
                  "incidenten.", "BZK"),
    ), style="1."),
    P("Aan de minister van Justitie en Veiligheid bevelen wij aan:", bold=True),
    ItemList((
        item("9", "Laat de NCTV, samen met het NCSC, jaarlijks een vertrouwelijk dreigingsbeeld opstellen dat "
                  "specifiek is gericht op de rijksoverheid als organisatie, en deel dit met de CISO's van alle "
                  "ministeries.", "JenV"),
    ), style="1.", start=9),
    P("Aan de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties en de minister van Justitie en "
      "Veiligheid gezamenlijk bevelen wij aan:", bold=True),
    ItemList((
        item("10", "Breng de afspraken over het melden van beveiligingsincidenten binnen het Rijk in lijn met de "
                   "Cyberbeveiligingswet: hanteer één rijksbrede definitie van een ernstig incident, laat alle "
                   "meldingen via één meldpunt lopen en zorg ervoor dat dit meldpunt dag en nacht bemenst is.",
             "BZK", "JenV"),
    ), style="1.", start=10),
    P("Aan alle ministers, ieder voor het eigen ministerie, bevelen wij aan:", bold=True),
    ItemList((
        item("11", "Rapporteer in de bedrijfsvoeringsparagraaf van het jaarverslag over de stand van de "
                   "informatiebeveiliging aan de hand van vaste, rijksbreed vergelijkbare indicatoren, zoals het "
                   "aantal openstaande kritieke kwetsbaarheden en de tijdigheid van incidentmeldingen.", "KABINET"),
        item("12", "Reserveer ten minste 10 procent van het ICT-budget van het ministerie voor "
                   "informatiebeveiliging.", "KABINET"),
        item("13", "Laat de kritieke systemen van het ministerie ten minste eenmaal per jaar door een onafhankelijke "
                   "partij testen met een penetratietest.", "KABINET"),
        item("14", "Zorg ervoor dat het ministerie uiterlijk eind 2026 beschikt over een getest herstelplan voor het "
                   "uitvallen van kritieke systemen door een cyberaanval, inclusief back-ups die los van het netwerk "
                   "worden bewaard.", "KABINET"),
        item("15", "Sluit uiterlijk in 2027 aan op het rijksbrede SOC en bouw de afzonderlijke departementale SOC's "
                   "af.", "KABINET"),
    ), style="1.", start=11),
    PageBreak(),

    H("Bijlage 1 Bevindingen per ministerie"),
    P("In deze bijlage vatten wij de belangrijkste bevindingen per ministerie samen. Om veiligheidsredenen zijn de "
      "ministeries geanonimiseerd; de letters A tot en met L zijn willekeurig toegekend. De kwetsbaarheden betreffen "
      "de peildatum 1 oktober 2024, het klikpercentage de oefening van november 2024 en de incidenten het jaar "
      "2023."),
    Table(
        header=("Ministerie", "Kritieke kwetsbaarheden boven norm", "Klikpercentage phishing",
                "Contracten met auditrecht", "Ernstige incidenten te laat gemeld", "Herstelplan"),
        rows=(
            ("A", "4", "8%", "14 van 18", "1 van 9", "getest"),
            ("B", "312", "24%", "5 van 22", "9 van 21", "geen"),
            ("C", "7", "11%", "12 van 16", "2 van 11", "getest"),
            ("D", "58", "17%", "8 van 19", "5 van 14", "niet getest"),
            ("E", "401", "29%", "4 van 24", "11 van 23", "geen"),
            ("F", "96", "19%", "9 van 17", "6 van 15", "geen"),
            ("G", "9", "12%", "11 van 15", "1 van 8", "getest"),
            ("H", "73", "15%", "7 van 16", "4 van 12", "niet getest"),
            ("I", "121", "21%", "6 van 20", "7 van 17", "geen"),
            ("J", "22", "14%", "8 van 15", "2 van 10", "niet getest"),
            ("K", "31", "18%", "7 van 17", "3 van 12", "geen"),
            ("L", "12", "16%", "7 van 15", "2 van 12", "niet getest"),
            (Cell("Totaal", bold=True), Cell("1.146", bold=True), Cell("17%", bold=True),
             Cell("98 van 214", bold=True), Cell("53 van 164", bold=True), Cell("3 getest", bold=True)),
        ),
        widths=(21, 33, 30, 25, 27, 24),
        font_size=8.0,
    ),
    P("Toelichting: het klikpercentage is het aandeel van de ontvangers dat op de link in de nagemaakte e-mail "
      "klikte; het totaal is het ongewogen gemiddelde van de twaalf ministeries. Bij ‘niet getest’ heeft het "
      "ministerie wel een herstelplan, maar is dat in de afgelopen twee jaar niet beproefd."),

    H("Bijlage 2 Gebruikte afkortingen"),
    ItemList((
        ListItem("ARBIT: Algemene Rijksvoorwaarden bij IT-overeenkomsten"),
        ListItem("BIO: Baseline Informatiebeveiliging Overheid"),
        ListItem("CIO: chief information officer"),
        ListItem("CISO: chief information security officer"),
        ListItem("CVSS: Common Vulnerability Scoring System"),
        ListItem("ICBR: Interdepartementaal CIO-beraad"),
        ListItem("NCSC: Nationaal Cyber Security Centrum"),
        ListItem("NCTV: Nationaal Coördinator Terrorismebestrijding en Veiligheid"),
        ListItem("RMI: Rijksbreed Meldpunt Informatiebeveiliging"),
        ListItem("SOC: Security Operations Center"),
    ), style="–"),
)

REPORT = Document(
    title="Poorten op een kier",
    subtitle="Onderzoek naar de informatiebeveiliging van ministeries: patchbeheer, phishing, leveranciers en "
             "incidenten",
    blocks=REPORT_BLOCKS,
    running_header="Algemene Rekenkamer · Poorten op een kier",
    font_family="sans",
    font_size=10.5,
    imprint=("Algemene Rekenkamer", "Lange Voorhout 8, Den Haag", "Juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik verken daarom met het ICBR en de secretarissen-generaal welke vormen van doorzettingsmacht passend zijn, "
       "van escalatie naar de ministerraad tot een aanwijzingsbevoegdheid; over een aanpassing van het Besluit "
       "CIO-stelsel Rijksdienst besluit ik pas na die verkenning.")
EV2 = ("De norm geldt vanaf 1 januari 2026 voor alle ministeries en hun uitvoeringsorganisaties, die vanaf dat "
       "moment elk kwartaal over overschrijdingen rapporteren aan de CIO Rijk.")
EV3 = ("Ik ben het met de Rekenkamer eens dat een ministerie alleen kan beveiligen wat het in beeld heeft, en zorg "
       "er daarom samen met de CIO Rijk voor dat alle ministeries uiterlijk 31 december 2026 een volledige "
       "inventaris hebben, inclusief verouderde systemen.")
EV4 = ("Deelname aan het oefenprogramma maak ik vanaf 2026 verplicht voor alle ministeries en hun "
       "uitvoeringsorganisaties, met twee oefeningen per jaar, maar de uitkomsten per ministerie deel ik niet met de "
       "Tweede Kamer.")
EV5 = "Ik neem deze aanbeveling over."
EV6 = ("Een apart rijksbreed register voegt naar mijn oordeel echter weinig toe naast de contractadministratie die "
       "de categoriemanagers ICT al bijhouden, en zou veel onderhoud vragen.")
EV7 = "Ik onderschrijf deze aanbeveling."
EV8 = ("Ik begin daarom in september 2025 met een pilot bij drie ministeries, waarin alleen de contracten met de "
       "grootste risico's worden herbeoordeeld en aangevuld.")
EV10 = ("Ik neem daarom de eerste twee onderdelen van de aanbeveling over, maar zie geen aanleiding om het RMI dag "
        "en nacht te bemensen.")
EV11 = ("Het kabinet neemt vanaf het jaarverslag over 2025 in elke bedrijfsvoeringsparagraaf een vaste set "
        "indicatoren voor informatiebeveiliging op, die de CIO Rijk samen met de ministeries en de Auditdienst Rijk "
        "vaststelt.")
EV12 = ("Een vast percentage van het ICT-budget voor informatiebeveiliging acht het kabinet niet wenselijk: wat "
        "nodig is, hangt af van de risico's en de omvang van de ICT van een ministerie, en een ondergrens kan ertoe "
        "leiden dat geld wordt uitgegeven omdat het gereserveerd is en niet omdat het nodig is.")
EV14 = ("Alle ministeries stellen uiterlijk 1 juli 2026 een herstelplan op en testen dat vóór het einde van 2026 in "
        "een oefening onder regie van de CIO Rijk.")
EV15 = ("Ik begrijp de wens om de detectie van aanvallen te bundelen, maar het kabinet kiest er niet voor alle "
        "ministeries op het rijksbrede SOC te laten aansluiten en de departementale SOC's af te bouwen.")


def A(number: str, position: str, evidence: str) -> Answer:
    return Answer(number, position, evidence)


RESPONSE_TABLE = Table(
    header=("Nr.", "Aanbeveling", "Reactie en planning"),
    rows=(
        ("1", "CIO Rijk de bevoegdheid geven tot een bindende aanwijzing; vastleggen in het Besluit CIO-stelsel "
              "Rijksdienst",
         Cell("Ik herken het beeld dat de CIO Rijk afhankelijk is van de medewerking van de ministeries. Tegelijk "
              "raakt een bindende aanwijzing aan de verantwoordelijkheid van iedere minister voor de eigen "
              "bedrijfsvoering. " + EV1 + "\nPlanning: uitkomst van de verkenning eind 2025.",
              answers=(A("1", "partial", EV1),))),
        ("2", "Eén rijksbrede norm voor het dichten van kritieke kwetsbaarheden (ten hoogste 14 dagen), met "
              "kwartaalrapportage",
         Cell("Het ICBR heeft op 3 april 2025 ingestemd met een rijksbrede norm: kritieke kwetsbaarheden worden "
              "binnen 14 dagen gedicht en kwetsbaarheden die actief worden misbruikt binnen 72 uur. " + EV2 +
              "\nPlanning: ingang 1 januari 2026; eerste kwartaalrapportage april 2026.",
              answers=(A("2", "agree", EV2),))),
        ("3", "Volledige en actuele inventaris van ICT-middelen, inclusief verouderde systemen, uiterlijk eind 2026",
         Cell(EV3 + " De CIO Rijk stelt daarvoor een gemeenschappelijk format op, zodat de overzichten ook rijksbreed "
              "bruikbaar zijn.\nPlanning: format gereed oktober 2025; inventarissen volledig eind 2026.",
              answers=(A("3", "agree", EV3),))),
        ("4", "Deelname aan het Oefenprogramma Digitale Weerbaarheid verplicht; twee oefeningen per jaar; Kamer "
              "jaarlijks informeren per ministerie",
         Cell(EV4 + " Openbare klikpercentages per ministerie laten kwaadwillenden zien waar zij het best kunnen "
              "beginnen. Wel informeer ik de Kamer jaarlijks over het rijksbrede gemiddelde en de ontwikkeling "
              "daarvan.\nPlanning: verplichte deelname vanaf 1 januari 2026.",
              answers=(A("4", "partial", EV4),))),
        ("5", "Basistraining informatiebeveiliging verplicht voor alle medewerkers, ook externen; elke twee jaar "
              "herhalen",
         Cell(EV5 + " Vanaf 1 september 2025 moeten alle nieuwe medewerkers, ook externe krachten, de basistraining "
              "binnen drie maanden na hun start afronden; zittende medewerkers volgen de training uiterlijk in 2026 "
              "en daarna elke twee jaar opnieuw. Wie de training na de overgangstermijn niet heeft afgerond, krijgt "
              "geen toegang meer tot de rijkswerkplek.\nPlanning: 1 september 2025.",
              answers=(A("5", "agree", EV5),))),
        ("6", "Rijksbreed register van leveranciers van kritieke ICT-diensten",
         Cell("Ik deel de analyse dat ministeries te weinig informatie over hun leveranciers uitwisselen. " + EV6 +
              " Ministeries kunnen die administratie raadplegen wanneer zij willen weten welke andere ministeries "
              "met een leverancier werken.\nPlanning: niet van toepassing.",
              answers=(A("6", "disagree", EV6),))),
        ("7", "Verplicht auditrecht en meldplicht voor incidenten binnen 24 uur opnemen in de ARBIT",
         Cell(EV7 + " Bij de herziening van de ARBIT, die in het najaar van 2025 wordt afgerond, worden een "
              "auditrecht en een meldplicht voor incidenten binnen 24 uur als standaardbepalingen opgenomen. Dat "
              "betekent niet dat ministeries tot die tijd moeten wachten: de CIO Rijk heeft modelbepalingen "
              "beschikbaar gesteld die zij nu al in aanbestedingen kunnen gebruiken.\nPlanning: nieuwe ARBIT van "
              "kracht per 1 januari 2026.",
              answers=(A("7", "agree", EV7),))),
        ("8", "Bestaande contracten met kritieke leveranciers binnen twee jaar herbeoordelen",
         Cell("Een herbeoordeling van alle bestaande contracten met kritieke leveranciers binnen twee jaar is met de "
              "huidige capaciteit van de contractmanagers niet haalbaar. " + EV8 + " Of en in welk tempo de overige "
              "ministeries volgen, bepaal ik na de evaluatie van de pilot.\nPlanning: pilot september 2025 tot juni "
              "2026; evaluatie zomer 2026.",
              answers=(A("8", "partial", EV8),))),
        ("9", "Jaarlijks vertrouwelijk dreigingsbeeld voor de rijksoverheid (NCTV en NCSC)",
         Cell("Deze aanbeveling is gericht aan de minister van Justitie en Veiligheid, onder wie de NCTV en het NCSC "
              "vallen. De minister van Justitie en Veiligheid reageert hierop in een afzonderlijke brief aan uw "
              "Rekenkamer.\nPlanning: zie de brief van de minister van Justitie en Veiligheid.")),
        ("10", "Eén definitie van een ernstig incident, één meldpunt en een meldpunt dat dag en nacht bemenst is",
         Cell("Zie de toelichting na deze tabel.")),
        ("11 en 12", "Vaste indicatoren in de bedrijfsvoeringsparagraaf (11); ten minste 10 procent van het "
                     "ICT-budget voor informatiebeveiliging (12)",
         Cell(EV11 + " " + EV12 + "\nPlanning: indicatoren in de jaarverslagen over 2025 (mei 2026).",
              answers=(A("11", "agree", EV11), A("12", "disagree", EV12)))),
        ("13", "Jaarlijkse penetratietest van kritieke systemen door een onafhankelijke partij",
         Cell("Ministeries laten hun systemen testen op grond van de BIO, die voorschrijft dat de werking van "
              "beveiligingsmaatregelen periodiek wordt getoetst. De Auditdienst Rijk heeft daarvoor een "
              "raamovereenkomst met drie gecertificeerde testbureaus. In 2024 voerden de Auditdienst Rijk en externe "
              "partijen samen 41 penetratietests uit in opdracht van ministeries; de uitkomsten worden vertrouwelijk "
              "gedeeld met de CISO van het betrokken ministerie.")),
        ("14", "Getest herstelplan per ministerie uiterlijk eind 2026, inclusief back-ups los van het netwerk",
         Cell(EV14 + " Het kabinet trekt daarvoor, inclusief de aanschaf van voorzieningen voor back-ups die los van "
              "het netwerk worden bewaard, in 2026 en 2027 in totaal € 18 miljoen uit binnen de middelen voor "
              "digitale weerbaarheid.\nPlanning: plannen gereed 1 juli 2026; tests afgerond december 2026.",
              answers=(A("14", "agree", EV14),))),
        ("15", "Aansluiten op het rijksbrede SOC en departementale SOC's afbouwen (uiterlijk 2027)",
         Cell(EV15 + " Verschillende SOC's bewaken omgevingen met een eigen karakter, zoals gerubriceerde netwerken, "
              "waarvoor specifieke kennis en een veiligheidsmachtiging nodig zijn. Het rijksbrede SOC en de "
              "departementale SOC's wisselen sinds begin 2025 dagelijks detectieregels en waarnemingen uit."
              "\nPlanning: niet van toepassing.",
              answers=(A("15", "disagree", EV15),))),
    ),
    widths=(0.9, 2.6, 5.2),
    rules="grid",
)

RESPONSE_BLOCKS = (
    P("Aan de president van de Algemene Rekenkamer"),
    P("Datum: 20 mei 2025 · Kenmerk: 2025-0000291475 · Betreft: reactie op het rapport ‘Poorten op een kier’"),
    P("Geachte president,"),
    P("Op 17 april 2025 ontving ik uw conceptrapport ‘Poorten op een kier’ over de informatiebeveiliging van de "
      "ministeries. Hieronder reageer ik, mede namens de andere leden van het kabinet, per aanbeveling en geef ik aan "
      "wanneer u resultaten kunt verwachten."),
    RESPONSE_TABLE,
    H("Algemene reactie", 2),
    P("Ik dank de Algemene Rekenkamer voor dit grondige onderzoek. Het rapport bevestigt wat de CISO's van de "
      "ministeries al langer signaleren: de dreiging groeit sneller dan de weerbaarheid van onze eigen organisatie. "
      "Ik waardeer het dat de Rekenkamer ook de goede voorbeelden laat zien, want die maken duidelijk dat verbetering "
      "binnen bereik ligt en niet in de eerste plaats een kwestie van geld is."),
    P("De reacties in de tabel passen in de Rijksbrede Agenda Digitale Weerbaarheid 2025–2028, die het kabinet in "
      "maart 2025 heeft vastgesteld. Die agenda kent drie sporen: de basis op orde, sterkere regie en betere "
      "verantwoording. Een groot deel van de maatregelen die ik hierboven noem, wordt onder die agenda uitgevoerd en "
      "gefinancierd. De secretarissen-generaal hebben in hun overleg van 8 mei 2025 afgesproken het rapport in de "
      "eigen bestuursraad te bespreken."),
    H("Toelichting bij de aanbeveling over het melden van incidenten", 2),
    P("De Rekenkamer beveelt aan de afspraken over het melden van beveiligingsincidenten binnen het Rijk in lijn te "
      "brengen met de Cyberbeveiligingswet. Ik ben het met de Rekenkamer eens dat uiteenlopende definities en "
      "meldroutes een betrouwbaar rijksbreed beeld in de weg staan. Met ingang van 1 januari 2026 hanteren alle "
      "ministeries één definitie van een ernstig incident en lopen alle meldingen via het RMI, dat ze zo nodig "
      "doorzet naar het NCSC. " + EV10 + " Buiten kantooruren kunnen ministeries hun melding indienen via het "
      "digitale meldformulier van het RMI, en bij een acuut incident schakelen zij het NCSC in, dat permanent "
      "bereikbaar is; een eigen nachtdienst bij het RMI zou die voorziening dupliceren. Dat betekent niet dat "
      "meldingen buiten kantooruren blijven liggen: het NCSC informeert het RMI vóór het begin van de volgende "
      "werkdag over elk incident bij een ministerie. De minister van Justitie en Veiligheid kan zich in deze lijn "
      "vinden.",
      answers=(A("10", "partial", EV10),)),
    P("Tot slot. De Rekenkamer laat zien dat informatiebeveiliging geen zaak is van de ICT-afdeling alleen, maar van "
      "de hele bestuurstop. Over de voortgang van de maatregelen zal ik de Tweede Kamer jaarlijks informeren via de "
      "Jaarrapportage Bedrijfsvoering Rijk, voor het eerst in het voorjaar van 2026."),
    P("Hoogachtend,"),
    P("De staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("drs. M.E. van Wijngaarden-Kok"),
)

RESPONSE = Document(
    title="Reactie van de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
    subtitle="op het rapport ‘Poorten op een kier’ van de Algemene Rekenkamer",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie staatssecretaris BZK · Poorten op een kier",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.5,
)

PAIR = Pair(
    name="cybersecurity_audit",
    report=REPORT,
    response=RESPONSE,
    description="Algemene Rekenkamer-style audit of information security at the ministries (patching, phishing, "
                "suppliers, incidents, CIO Rijk), 15 recommendations numbered 1-15 under four addressee lead-ins, a "
                "findings-table annex; the staatssecretaris of BZK answers in a grid table 'Nr. | Aanbeveling | "
                "Reactie en planning' (one row for two recommendations with opposite positions, one row passed on "
                "to JenV, one row describing existing practice only, one row 'Zie toelichting' answered by subject "
                "in a paragraph after the table).",
)
