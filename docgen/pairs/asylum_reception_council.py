"""Pair: a fictional Raad voor Opvang en Verblijf advice on asylum reception locations, and the minister's answer.

Layout traits this pair tests: a sans report with a title page and a running header.  A "Samenvatting" at the front
sums up the five main lines of the advice in running prose only (no list, nothing annotated).  The analysis chapters
carry a small table of location types ("rows" rules) and bulleted lists of methods and bottlenecks that are not
recommendations.  Chapter 8 "Advies" holds one numbered list "1." .. "5." of five MAIN recommendations, each a
one-sentence lead (the renderer has no bold list items, so the lead is a short plain sentence standing alone in
the item), and under each lead a nested lettered list "a." "b." "c." of sub-recommendations, each ending with its
addressee in brackets ("(COA)", "(gemeenten)", "(minister van Volksgezondheid, Welzijn en Sport)").

How the API is used for the two levels: the main leads are ``ListItem``s WITHOUT a ``Recommendation`` (they are not
gold recommendations); their children carry ``Recommendation("1a")``, ``Recommendation("1b")``, ... .  The child list
gets the style "a." from the renderer, so the printed label is "a.", "b.", "c." and the gold number "1a" is only an
id (a reader has to combine the main number with the letter).  The gold text of a sub-recommendation is its own text
only, without the lead.  Fourteen sub-recommendations: 1a-1c, 2a-2c, 3a-3c, 4a-4b, 5a-5c.

The response is a letter (no title page, serif) of the minister van Asiel en Migratie, also on behalf of the minister
van Volkshuisvesting en Ruimtelijke Ordening, with thanks, context and an "onderschrijf de analyse" paragraph that
takes no position, then one heading per main recommendation "Advies N: <paraphrase>" with prose that refers to
sub-items as "onderdeel a" or "de onderdelen a en b"; one sub-item (4a) is answered only by subject.  The letter
never names the gold numbers "1a" etc.; the tool has to combine the "Advies N" heading with the letter.  Gold
positions (evidence in brackets):
1a agree ("De onderdelen a en b neem ik over", one sentence for two sub-items); 1b agree (same sentence, followed by
money and a contract term); 1c disagree politely ("acht ik echter niet haalbaar", after "deel ik de analyse");
2a partial (adopted for regular locations, not for emergency shelter); 2b disagree bluntly ("Onderdeel b neem ik niet
over", existing inspectorates as the reason); 2c agree without cue word (residents' councils on every location by
1 July 2026); 3a agree without cue word (320 miljoen euro for 10.000 flexwoningen, half for status holders);
3b not addressed (passed on to the VNG and the municipalities without a position; the gold model cannot carry that
sentence as evidence, so passages are empty); 3c disagree ("past niet bij de huidige wettelijke taakverdeling");
4a partial, answered only implicitly (a pilot on six locations, never named as "onderdeel a"); 4b agree
("Onderdeel b onderschrijf ik"); 5a not addressed (never mentioned); 5b partial ("verken ik samen met de VNG") and
5c agree ("Onderdeel c neem ik wel direct over") in ONE paragraph.  All prose is fictional and written for
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
    Table,
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def sub(number: str, text: str, *departments: str) -> ListItem:
    """A lettered sub-recommendation: the gold recommendation, numbered like "2b"."""
    return ListItem(text, recommendation=Recommendation(number, tuple(departments)))


def main(lead: str, *children: ListItem) -> ListItem:
    """A main recommendation: a one-sentence lead without a gold annotation, with its lettered sub-items."""
    return ListItem(lead, children=tuple(children))


AM = "AenM"
VRO = "BZK"
GEM = "GEMEENTEN"
VWS = "VWS"

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

ADVICE = ItemList(
    style="1.",
    items=(
        main(
            "Breng de opvang op een stabiele, meerjarige basis.",
            sub("1a", "Stel jaarlijks een raming vast van de benodigde opvangcapaciteit voor de komende vijf jaar, "
                      "met een bandbreedte en een vaste buffer van vijftien procent, en actualiseer die raming elk "
                      "halfjaar. (minister van Asiel en Migratie)", AM),
            sub("1b", "Geef het COA de opdracht en de middelen om opvanglocaties voortaan voor ten minste tien jaar "
                      "te contracteren, en laat het Rijk het financiële risico van tijdelijke onderbezetting dragen. "
                      "(minister van Asiel en Migratie)", AM),
            sub("1c", "Beëindig uiterlijk 1 juli 2026 de inzet van noodopvang en crisisnoodopvang, zodat "
                      "asielzoekers na het aanmeldcentrum rechtstreeks naar een reguliere opvanglocatie gaan. "
                      "(minister van Asiel en Migratie)", AM),
        ),
        main(
            "Maak de kwaliteit van de opvang op alle locaties gelijkwaardig en toetsbaar.",
            sub("2a", "Pas op alle locaties, de noodopvang inbegrepen, dezelfde minimumnormen toe voor woonruimte "
                      "per bewoner, sanitair, privacy, voeding en dagbesteding, en maak dat normenkader openbaar. "
                      "(COA)", AM),
            sub("2b", "Wijs een onafhankelijke toezichthouder aan die alle opvanglocaties ten minste eens per twee "
                      "jaar bezoekt aan de hand van dat normenkader en zijn bevindingen per locatie openbaar maakt. "
                      "(minister van Asiel en Migratie)", AM),
            sub("2c", "Richt op iedere locatie een bewonersraad in met een vast aanspreekpunt bij de locatieleiding, "
                      "en betrek die raad vooraf bij besluiten over huisregels, voorzieningen en dagbesteding. (COA)",
                AM),
        ),
        main(
            "Zorg dat vergunninghouders zonder vertraging doorstromen naar een eigen woning.",
            sub("3a", "Stel voor 2026 en 2027 een investeringsimpuls beschikbaar voor de bouw van ten minste 10.000 "
                      "flexwoningen, waarvan ten minste de helft wordt toegewezen aan vergunninghouders. (minister "
                      "van Volkshuisvesting en Ruimtelijke Ordening)", VRO),
            sub("3b", "Bied iedere aan de gemeente gekoppelde vergunninghouder binnen tien weken na de koppeling "
                      "woonruimte aan, zo nodig eerst in een tussenvoorziening binnen de gemeente. (gemeenten)", GEM),
            sub("3c", "Geef het COA de bevoegdheid om zelf woonruimte voor vergunninghouders te huren of aan te "
                      "kopen en die toe te wijzen wanneer een gemeente haar taakstelling twee halfjaren achtereen "
                      "niet haalt. (minister van Asiel en Migratie en minister van Volkshuisvesting en Ruimtelijke "
                      "Ordening)", AM, VRO),
        ),
        main(
            "Borg de toegang tot passende zorg, ook wanneer bewoners verhuizen.",
            sub("4a", "Zorg dat iedere asielzoeker met psychische klachten binnen vier weken na signalering een "
                      "intake krijgt bij een ggz-aanbieder, en maak daarover afspraken met de uitvoerder van de "
                      "zorgregeling voor asielzoekers en met de aanbieders in de regio's met grote opvanglocaties. "
                      "(minister van Volksgezondheid, Welzijn en Sport)", VWS),
            sub("4b", "Zorg dat bij iedere verhuizing van een bewoner het medisch dossier vóór de verhuisdatum wordt "
                      "overgedragen aan de zorgverleners op de nieuwe locatie, en verhuis bewoners in een lopend "
                      "behandeltraject alleen als dat medisch verantwoord is. (COA)", AM),
        ),
        main(
            "Veranker iedere opvanglocatie in de gemeente waar zij staat.",
            sub("5a", "Richt bij de opening van iedere nieuwe opvanglocatie een klankbordgroep met omwonenden in en "
                      "houd die ten minste het eerste jaar actief. (gemeenten)", GEM),
            sub("5b", "Ken gemeenten die een opvanglocatie voor langer dan vijf jaar openstellen een extra "
                      "vergoeding per opvangplek toe, bovenop de bestaande vergoedingen. (minister van Asiel en "
                      "Migratie)", AM),
            sub("5c", "Leg voor iedere locatie in een bestuursovereenkomst tussen COA en gemeente vaste afspraken "
                      "vast over onderwijs, veiligheid, zorg, dagbesteding en de wijze waarop geschillen worden "
                      "opgelost. (COA en gemeenten)", AM, GEM),
        ),
    ),
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in Nederland asiel aanvraagt, woont maanden en soms jaren op een opvanglocatie. Voor veel bewoners is dat "
      "de eerste plek in ons land waar zij iets van een gewoon leven opbouwen: kinderen gaan er naar school, "
      "volwassenen leren er de taal en wie ziek is, zoekt er een huisarts. Tegelijk verhuizen bewoners vaak, sluiten "
      "locaties soms al na enkele maanden en slapen nieuwkomers in sporthallen, paviljoens en op cruiseschepen. De "
      "Raad voor Opvang en Verblijf heeft zich afgevraagd wat die voortdurende beweging betekent voor de kwaliteit "
      "van de opvang, en wat ervoor nodig is om de opvang vaste grond onder de voeten te geven."),
    P("Dit advies is op eigen initiatief van de Raad opgesteld. De Raad bezocht veertien opvanglocaties in negen "
      "provincies en sprak met bewoners, medewerkers van het Centraal Orgaan opvang asielzoekers (COA), "
      "burgemeesters en wethouders, huisartsen, leerkrachten, vrijwilligers en omwonenden. Wij zijn hun dankbaar "
      "voor de tijd die zij ons gaven en voor de openheid waarmee zij vertelden over wat goed gaat en wat niet."),
    P("Het advies richt zich in de eerste plaats tot de minister van Asiel en Migratie, die verantwoordelijk is voor "
      "de opvang. Een deel van de aanbevelingen is gericht aan de minister van Volkshuisvesting en Ruimtelijke "
      "Ordening, aan de minister van Volksgezondheid, Welzijn en Sport, aan het COA en aan de gemeenten. Goede "
      "opvang is geen zaak van één partij; zij ontstaat alleen als Rijk, uitvoering en gemeenten elkaar daarin "
      "vinden."),
    P("Namens de Raad voor Opvang en Verblijf,"),
    P("mr. dr. C.A. Wesseling-Brink, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("De asielopvang in Nederland is al jaren een stelsel in nood. Het aantal plaatsen beweegt mee met de instroom, "
      "maar altijd met vertraging: in rustige jaren worden locaties gesloten, in drukke jaren wordt in haast "
      "bijgebouwd. Op 1 januari 2025 verbleven ruim 64.000 mensen in de opvang, van wie bijna een kwart op een "
      "noodopvanglocatie of in crisisnoodopvang. De gemiddelde bewoner verhuisde in 2024 ruim twee keer. Voor "
      "kinderen betekent iedere verhuizing een nieuwe school, voor zieken vaak een nieuwe huisarts en voor "
      "gemeenten een nieuwe onderhandeling."),
    P("De Raad ziet vijf lijnen waarlangs de opvang kan worden verbeterd. De eerste en belangrijkste is "
      "stabiliteit. Zolang locaties voor een paar jaar of zelfs een paar maanden worden geopend, blijft de opvang "
      "duur, onrustig en kwetsbaar. Een meerjarige planning met een reserve, en locaties die voor langere tijd "
      "beschikbaar zijn, vormen volgens de Raad de basis onder alles wat volgt."),
    P("De tweede lijn is kwaliteit. De verschillen tussen locaties zijn groot, en voor bewoners is vaak onduidelijk "
      "waar zij recht op hebben. De Raad pleit voor gelijkwaardige en openbare normen, voor toezicht dat die normen "
      "toetst en voor een stem van bewoners in de gang van zaken op hun locatie."),
    P("De derde lijn betreft de doorstroom. Een aanzienlijk deel van de plaatsen wordt bezet door mensen die al een "
      "verblijfsvergunning hebben maar geen woning kunnen vinden. Dat is slecht voor hen en houdt plaatsen bezet die "
      "voor nieuwkomers nodig zijn. De Raad vraagt om extra woningen en om snellere huisvesting na de koppeling aan "
      "een gemeente."),
    P("De vierde lijn gaat over zorg. Asielzoekers hebben recht op vrijwel dezelfde zorg als ingezetenen, maar de "
      "Raad zag dat vooral psychische zorg moeilijk bereikbaar is en dat behandelingen bij verhuizingen worden "
      "onderbroken. De vijfde lijn ten slotte is de verhouding tussen locatie en gemeente. Waar afspraken helder "
      "zijn en omwonenden vanaf het begin worden betrokken, wordt een locatie een gewoon onderdeel van het dorp of "
      "de wijk; waar dat ontbreekt, blijft zij een bron van spanning."),
    P("Het advies in hoofdstuk 8 werkt deze vijf lijnen uit in concrete aanbevelingen aan de betrokken ministers, "
      "het COA en de gemeenten."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Sinds 2021 kent de asielopvang vrijwel onafgebroken tekorten. In de zomer van 2022 sliepen asielzoekers "
      "enkele nachten in het gras bij het aanmeldcentrum, en ook daarna bleef het aanmeldcentrum regelmatig "
      "overvol. Het COA opende in korte tijd tientallen noodlocaties, en gemeenten en veiligheidsregio's richtten "
      "crisisnoodopvang in. Die inspanningen voorkwamen erger, maar leidden tot een opvang die vooral uit tijdelijke "
      "oplossingen bestaat."),
    P("In dezelfde periode kwam het Rijk met gemeenten tot een nieuwe verdeling van opvangplaatsen over de "
      "provincies en gemeenten. Die verdeling moet ertoe leiden dat iedere regio naar rato bijdraagt en dat "
      "opvanglocaties beter over het land zijn gespreid. De Raad heeft zich in dit advies niet gebogen over de "
      "vraag hoeveel plaatsen iedere gemeente moet bieden, maar over de kwaliteit en de continuïteit van de "
      "locaties die er zijn of nog komen."),
    H2("1.2 Adviesvraag"),
    P("De Raad heeft zich de volgende hoofdvraag gesteld: wat is nodig om de kwaliteit en de continuïteit van de "
      "asielopvang zo te verbeteren dat bewoners een stabiele verblijfsplek hebben, en dat gemeenten en het COA "
      "verder kunnen kijken dan het lopende jaar? Daarbij stonden vier deelvragen centraal:"),
    bullets(
        "Waardoor wordt de looptijd van opvanglocaties bepaald, en wat zijn de gevolgen van korte looptijden?",
        "Welke kwaliteit bieden de verschillende soorten locaties, en hoe wordt die kwaliteit bewaakt?",
        "Waarom blijven vergunninghouders lang in de opvang, en wat betekent dat voor de capaciteit?",
        "Hoe is de zorg voor bewoners georganiseerd, en wat gebeurt er met die zorg bij een verhuizing?",
    ),
    H2("1.3 Werkwijze"),
    P("De Raad heeft voor dit advies de volgende bronnen gebruikt:"),
    bullets(
        "werkbezoeken aan veertien opvanglocaties, waaronder vijf reguliere azc's, vier noodopvanglocaties, twee "
        "crisisnoodopvanglocaties, een paviljoenlocatie, een locatie op een schip en een kleinschalige "
        "gezinslocatie;",
        "gesprekken met 86 bewoners, deels in groepen en deels individueel, met hulp van tolken;",
        "gesprekken met locatiemanagers, medewerkers en het bestuur van het COA, met vertegenwoordigers van de "
        "Gezondheidszorg Asielzoekers, de GGD en een aantal ggz-aanbieders;",
        "gesprekken met burgemeesters, wethouders en ambtenaren van elf gemeenten en met de Vereniging van "
        "Nederlandse Gemeenten;",
        "een analyse van geanonimiseerde gegevens van het COA over locaties, looptijden en verhuizingen in de jaren "
        "2019 tot en met 2024.",
    ),
    P("De Raad is een onafhankelijk adviescollege. Het COA en de betrokken ministeries hebben gegevens beschikbaar "
      "gesteld en feitelijke passages gecontroleerd, maar hebben geen invloed gehad op de bevindingen en de "
      "aanbevelingen."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 schetst het opvanglandschap. De hoofdstukken 3 tot en met 7 behandelen achtereenvolgens de "
      "continuïteit van locaties, de kwaliteit van de opvang, de doorstroom naar huisvesting, de toegang tot zorg "
      "en de verhouding tussen locatie en gemeente. Hoofdstuk 8 bevat het advies van de Raad. In de bijlagen staan "
      "de samenstelling van de Raad en een overzicht van de gesprekspartners."),
    PageBreak(),
    H("2 Het opvanglandschap"),
    P("De opvang van asielzoekers is een taak van het COA, dat daarvoor verantwoordelijk is tegenover de minister "
      "van Asiel en Migratie. Het COA huurt of koopt gebouwen, sluit daarvoor overeenkomsten met gemeenten en "
      "eigenaren, en verzorgt de begeleiding van bewoners. Gemeenten zijn verantwoordelijk voor de huisvesting van "
      "vergunninghouders zodra die aan hen zijn gekoppeld, en dragen op de locaties bij aan onderwijs, veiligheid en "
      "de publieke gezondheidszorg."),
    P("Het landschap van opvanglocaties is in korte tijd sterk veranderd. Naast de reguliere asielzoekerscentra "
      "bestaan er noodopvanglocaties die het COA voor een beperkte periode gebruikt, en crisisnoodopvang die door "
      "gemeenten op verzoek van het Rijk wordt georganiseerd. Tabel 1 geeft een beeld van de verdeling op 1 januari "
      "2025."),
    Table(
        header=("Soort locatie", "Aantal locaties", "Bewoners", "Gemiddelde resterende looptijd"),
        rows=(
            ("Regulier azc", "112", "38.900", "4,1 jaar"),
            ("Noodopvang COA", "96", "11.300", "1,3 jaar"),
            ("Crisisnoodopvang gemeenten", "58", "4.200", "0,4 jaar"),
            ("Kleinschalige en gezinslocaties", "41", "6.100", "2,6 jaar"),
            ("Bijzondere locaties (schepen, paviljoens)", "9", "3.600", "1,1 jaar"),
            ("Totaal", "316", "64.100", "2,8 jaar"),
        ),
        widths=(3.2, 1.4, 1.4, 2.2),
        rules="rows",
    ),
    P("Tabel 1. Opvanglocaties naar soort op 1 januari 2025 (bron: gegevens COA, bewerking Raad voor Opvang en "
      "Verblijf; de cijfers zijn afgerond)."),
    P("Opvallend is de korte resterende looptijd. Zelfs reguliere azc's zijn gemiddeld nog maar ruim vier jaar "
      "beschikbaar; bij ongeveer een derde van die locaties loopt de overeenkomst met de gemeente binnen twee jaar "
      "af. De noodopvang en de crisisnoodopvang zijn per definitie tijdelijk, maar blijken in de praktijk vaak "
      "meerdere keren te worden verlengd, telkens voor korte periodes."),
    P("Van de bewoners had op 1 januari 2025 ruim een kwart al een verblijfsvergunning. Deze vergunninghouders "
      "wachten op een woning in de gemeente waaraan zij zijn gekoppeld. Gemiddeld duurde dat wachten in 2024 ruim "
      "zeven maanden, met uitschieters van meer dan anderhalf jaar. Hoofdstuk 5 gaat daarop in."),
    P("De kosten van de opvang zijn de afgelopen jaren sterk gestegen. Een plaats in de noodopvang kost gemiddeld "
      "bijna het dubbele van een plaats in een regulier azc, en voor crisisnoodopvang en bijzondere locaties ligt "
      "dat bedrag nog hoger. Het gaat daarbij niet alleen om huur en beveiliging, maar ook om de kosten van het "
      "steeds opnieuw openen en sluiten van locaties: inrichting, vervoer, werving van personeel en het overdragen "
      "van dossiers."),
    PageBreak(),
    H("3 Continuïteit van locaties"),
    H2("3.1 Korte looptijden als regel"),
    P("De Raad sprak met locatiemanagers die in vijf jaar vier locaties hebben geopend en weer gesloten. Iedere "
      "opening vraagt maanden van voorbereiding: overleg met de gemeente, een vergunning, inrichting, werving van "
      "personeel en afspraken met scholen en zorgverleners. Iedere sluiting betekent dat die investering verloren "
      "gaat, dat bewoners moeten verhuizen en dat opgebouwde relaties in de omgeving worden verbroken."),
    P("De korte looptijden hebben meerdere oorzaken. Gemeenten willen zich vaak niet voor lange tijd binden, omdat "
      "zij de gevolgen voor de omgeving moeilijk kunnen overzien of omdat het gebouw later een andere bestemming "
      "moet krijgen. Het COA zelf heeft in het verleden, na periodes met een lage instroom, locaties afgestoten om "
      "leegstand te voorkomen; leegstaande plaatsen worden op de begroting immers als verspilling gezien. En de "
      "begroting van de opvang wordt jaarlijks vastgesteld op basis van een raming die slechts één tot twee jaar "
      "vooruitkijkt."),
    P("Dat laatste is volgens de Raad de kern van het probleem. Een opvangstelsel dat alleen plaatsen aanhoudt voor "
      "de verwachte bezetting van volgend jaar, loopt bij iedere stijging van de instroom achter de feiten aan. De "
      "Raad heeft de ramingen van de afgelopen tien jaar naast de werkelijke bezetting gelegd. De afwijking was in "
      "zes van de tien jaren groter dan vijftien procent, en steeds werd de vraag in jaren van stijgende instroom "
      "onderschat."),
    H2("3.2 Noodopvang en crisisnoodopvang"),
    P("Noodopvang was bedoeld als uitzondering voor piekmomenten, maar is in de praktijk een vast onderdeel van het "
      "stelsel geworden. Op de noodopvanglocaties die de Raad bezocht, sliepen bewoners in grote zalen met "
      "scheidingswanden, deelden tientallen mensen één sanitaire unit en ontbrak een ruimte om zelf te koken. "
      "Medewerkers deden hun best om iets van dagbesteding te organiseren, maar hadden daarvoor nauwelijks ruimte "
      "of middelen."),
    P("In de crisisnoodopvang waren de omstandigheden wisselend. Sommige gemeenten boden goede voorzieningen en "
      "betrokken begeleiding, andere zagen zich gedwongen binnen enkele dagen een sporthal in te richten. Omdat "
      "crisisnoodopvang vaak voor weken of enkele maanden wordt ingericht, verhuizen bewoners er bijzonder vaak. "
      "De Raad sprak met een gezin dat in acht maanden op vijf verschillende locaties had gewoond."),
    P("De Raad begrijpt dat noodopvang in een acute situatie onvermijdelijk kan zijn. Het mag echter geen "
      "structureel onderdeel van de opvang blijven. Zolang er geen reserve is in de reguliere opvang, zal bij "
      "iedere stijging van de instroom opnieuw naar noodmaatregelen worden gegrepen. De Raad ziet een meerjarige "
      "planning met een vaste buffer en langere contracten daarom als voorwaarde om de noodopvang te kunnen "
      "afbouwen."),
    H2("3.3 Het financiële risico van leegstand"),
    P("Een buffer betekent dat er in rustige jaren plaatsen leegstaan. In de huidige bekostiging van het COA komt "
      "de rekening daarvan grotendeels bij het COA zelf te liggen, dat daardoor een prikkel heeft om locaties snel "
      "af te stoten. De Raad is van oordeel dat het risico van leegstand hoort bij degene die over de omvang van de "
      "opvang beslist, en dat is het Rijk. Leegstand in een rustig jaar is goedkoper dan de noodopvang die in een "
      "druk jaar nodig is wanneer er geen reserve is."),
    PageBreak(),
    H("4 Kwaliteit van de opvang"),
    H2("4.1 Grote verschillen tussen locaties"),
    P("Het COA hanteert voor reguliere locaties een kwaliteitskader met uitgangspunten over onder meer de "
      "woonruimte, het sanitair, de voeding en de begeleiding. Voor noodopvang gelden lagere uitgangspunten, en voor "
      "crisisnoodopvang zijn de afspraken per gemeente verschillend. Geen van deze kaders is openbaar in een vorm "
      "die voor bewoners of buitenstaanders begrijpelijk is."),
    P("Tijdens de werkbezoeken zag de Raad onder meer de volgende knelpunten:"),
    bullets(
        "gedeelde slaapkamers voor alleenstaanden van verschillende nationaliteiten, zonder afsluitbare kast;",
        "op enkele locaties meer dan twintig bewoners per douche;",
        "kinderen die geen rustige plek hebben om huiswerk te maken;",
        "weinig of geen dagbesteding op noodopvanglocaties, met verveling en spanningen als gevolg;",
        "huisregels die per locatie verschillen en bewoners bij een verhuizing niet worden uitgelegd.",
    ),
    P("Het ging daarbij niet alleen om noodopvang. Ook op een aantal reguliere locaties waren voorzieningen "
      "verouderd of overbelast, vaak omdat onderhoud werd uitgesteld in afwachting van een mogelijke sluiting. Korte "
      "looptijden en lage kwaliteit hangen zo met elkaar samen."),
    H2("4.2 Toezicht"),
    P("Het toezicht op de opvang is verdeeld. De Inspectie Justitie en Veiligheid kijkt op onderdelen naar de "
      "uitvoering door het COA, de Inspectie Gezondheidszorg en Jeugd naar de zorg, en de Inspectie van het "
      "Onderwijs naar het onderwijs op de locaties. Geen van deze inspecties bezoekt locaties periodiek met als "
      "vraag of de opvang als geheel aan de afgesproken normen voldoet, en bevindingen per locatie worden zelden "
      "openbaar gemaakt. De Raad ziet daarin een leemte, juist omdat de normen tussen soorten locaties zo "
      "verschillen."),
    H2("4.3 Inspraak van bewoners"),
    P("Op een deel van de locaties bestaat een bewonersraad of een vergelijkbaar overleg. Waar dat goed werkt, "
      "merkten medewerkers dat spanningen eerder werden besproken en dat bewoners huisregels beter begrepen en "
      "accepteerden. Op andere locaties was een bewonersraad ooit opgericht maar na het vertrek van de trekkers "
      "verdwenen, of werd hij alleen geïnformeerd over besluiten die al waren genomen. Bewoners gaven aan dat zij "
      "vooral behoefte hebben aan een vast aanspreekpunt en aan uitleg vooraf."),
    PageBreak(),
    H("5 Doorstroom naar huisvesting"),
    P("Vergunninghouders worden na het verlenen van hun verblijfsvergunning gekoppeld aan een gemeente, die hen "
      "binnen een redelijke termijn moet huisvesten. Iedere gemeente krijgt daarvoor per halfjaar een taakstelling. "
      "In de praktijk haalt een groot deel van de gemeenten die taakstelling niet. Eind 2024 stond de achterstand "
      "op ruim 16.000 vergunninghouders die nog in de opvang woonden."),
    P("De oorzaken liggen vooral in de woningmarkt. Gemeenten met een grote woningnood hebben weinig sociale "
      "huurwoningen vrij en stuiten op weerstand wanneer zij vergunninghouders met voorrang huisvesten. Kleinere "
      "woningen voor alleenstaanden zijn schaars. Flexwoningen bieden een uitweg, maar worden nog in beperkt aantal "
      "gebouwd, onder meer doordat de financiering onzeker is en geschikte locaties ontbreken."),
    P("De gevolgen voor de opvang zijn aanzienlijk. De plaatsen die vergunninghouders bezet houden, zijn niet "
      "beschikbaar voor nieuwkomers, waardoor het aanmeldcentrum vastloopt en er meer noodopvang nodig is. Voor de "
      "vergunninghouders zelf betekent het wachten dat zij hun leven niet kunnen oppakken: werk zoeken, een "
      "inburgeringstraject beginnen en kinderen inschrijven op een vaste school lukt pas na de verhuizing naar "
      "een woning."),
    P("De Raad heeft ook gekeken naar mogelijkheden om gemeenten die structureel achterblijven tot actie te "
      "dwingen. Het bestaande interbestuurlijk toezicht door de provincie wordt zelden ingezet en duurt lang. "
      "Enkele gesprekspartners pleitten ervoor dat het COA in zulke gevallen zelf woonruimte kan verwerven. De Raad "
      "realiseert zich dat dit een ingrijpende stap is, maar acht een stok achter de deur nodig."),
    P("Tussenvoorzieningen, zoals een gebouw waarin vergunninghouders tijdelijk wonen in de gemeente waaraan zij "
      "zijn gekoppeld, blijken een goede manier om de opvang te ontlasten en vergunninghouders alvast in de "
      "gemeente te laten beginnen. De Raad zag voorbeelden van gemeenten die zo binnen enkele weken na de koppeling "
      "huisvesting konden bieden."),
    PageBreak(),
    H("6 Toegang tot zorg"),
    P("Asielzoekers hebben recht op vrijwel dezelfde zorg als ingezetenen. De zorg wordt vergoed via een aparte "
      "zorgregeling voor asielzoekers. Op de locaties is de huisartsenzorg georganiseerd via de Gezondheidszorg "
      "Asielzoekers, en de GGD voert de publieke gezondheidszorg uit, waaronder de screening op tuberculose en de "
      "jeugdgezondheidszorg."),
    P("Psychische klachten komen onder asielzoekers veel voor. Veel bewoners hebben geweld, vervolging of een "
      "zware reis meegemaakt, en de onzekerheid van de procedure en de omstandigheden in de opvang verergeren hun "
      "klachten. Huisartsen op de locaties vertelden de Raad dat zij bewoners met ernstige klachten moeilijk kunnen "
      "doorverwijzen: de wachttijden in de regionale ggz zijn lang, en niet iedere aanbieder heeft ervaring met "
      "behandeling met tolken."),
    P("Verhuizingen onderbreken lopende behandelingen. Het medisch dossier gaat niet altijd tijdig mee, en bewoners "
      "moeten op de nieuwe locatie opnieuw hun verhaal doen en opnieuw op een wachtlijst. De Raad sprak met een "
      "bewoner die na drie verhuizingen nog steeds niet met de behandeling van een posttraumatische stressstoornis "
      "was begonnen. Medewerkers van het COA gaven aan dat zij bij een verhuizing wel rekening houden met medische "
      "omstandigheden, maar dat de druk om plaatsen vrij te maken vaak zwaarder weegt."),
    PageBreak(),
    H("7 Locatie en gemeente"),
    P("De verhouding tussen een opvanglocatie en de gemeente waarin zij staat, bepaalt voor een groot deel hoe het "
      "met de locatie gaat. Waar de burgemeester, de locatiemanager en de wijkagent elkaar goed kennen, worden "
      "incidenten snel opgepakt en blijven ze klein. Waar afspraken ontbreken, leidt ieder incident tot een "
      "discussie over wie verantwoordelijk is."),
    P("De Raad zag grote verschillen in de afspraken tussen het COA en gemeenten. Sommige overeenkomsten regelen "
      "alleen de looptijd en het aantal plaatsen; andere bevatten uitgebreide afspraken over onderwijs, veiligheid, "
      "zorg en de betrokkenheid van de buurt. Gemeenten met een langlopende locatie gaven aan dat juist die "
      "afspraken hen hielpen om de locatie ook in moeilijke periodes overeind te houden."),
    P("Omwonenden hebben vaak vragen en soms zorgen bij de komst van een locatie. De Raad hoorde in verschillende "
      "gemeenten dat een vaste plek om die vragen te stellen, zoals een klankbordgroep, de spanning in de eerste "
      "maanden aanzienlijk verminderde. Op plaatsen waar de buurt pas achteraf werd geïnformeerd, bleef het "
      "wantrouwen vaak lang bestaan."),
    P("Gemeenten ontvangen voor het huisvesten van een locatie een vergoeding per opvangplek en een bijdrage voor "
      "onder meer onderwijs en veiligheid. Verschillende wethouders gaven aan dat die vergoedingen de kosten van een "
      "locatie dekken, maar geen reden bieden om een locatie langer open te houden. De Raad ziet in een extra "
      "vergoeding voor langlopende locaties een manier om gemeenten te belonen voor de bijdrage die zij leveren aan "
      "een stabiele opvang."),
    PageBreak(),
    H("8 Advies"),
    P("Op grond van zijn bevindingen doet de Raad vijf hoofdaanbevelingen. Elk van die vijf is uitgewerkt in "
      "een aantal onderdelen, met tussen haakjes de partij tot wie het onderdeel zich richt. De onderdelen hangen "
      "samen: zonder een stabiele basis (1) is de kwaliteit (2) moeilijk te verbeteren, en zonder doorstroom (3) "
      "blijft de opvang onder druk staan, hoe goed de planning ook is."),
    P("De Raad adviseert:", bold=True),
    ADVICE,
    P("De Raad vraagt de minister van Asiel en Migratie binnen zes maanden na het verschijnen van dit advies een "
      "reactie te geven, mede namens de andere betrokken bewindspersonen, en daarin per onderdeel aan te geven of "
      "en hoe het wordt uitgevoerd."),
    PageBreak(),
    H("Bijlage 1 Samenstelling van de Raad"),
    bullets(
        "mr. dr. C.A. Wesseling-Brink, voorzitter; oud-burgemeester en voormalig lid van de Raad van Toezicht van "
        "een woningcorporatie",
        "prof. dr. H. Demir, hoogleraar migratierecht",
        "drs. J.W. Oosterbeek, voormalig directeur van een regionale GGD",
        "dr. A. Schaafsma-Ploeg, sociaal geograaf",
        "ir. P. van Vliet, voormalig directeur vastgoed van een zorginstelling",
    ),
    P("Het secretariaat bestond uit mr. L. Haddou (secretaris), drs. K. Rijnders en M. van der Steen MSc."),
    H("Bijlage 2 Gesprekspartners"),
    P("De Raad sprak onder meer met vertegenwoordigers van de volgende organisaties:"),
    bullets(
        "het Centraal Orgaan opvang asielzoekers, op het hoofdkantoor en op veertien locaties;",
        "de Gezondheidszorg Asielzoekers en drie GGD-regio's;",
        "vier ggz-aanbieders en twee huisartsenpraktijken op opvanglocaties;",
        "elf gemeenten en de Vereniging van Nederlandse Gemeenten;",
        "VluchtelingenWerk Nederland en twee lokale vrijwilligersorganisaties;",
        "drie woningcorporaties en de brancheorganisatie van woningcorporaties;",
        "de ministeries van Asiel en Migratie, van Volkshuisvesting en Ruimtelijke Ordening en van "
        "Volksgezondheid, Welzijn en Sport (ambtelijk).",
    ),
)

REPORT = Document(
    title="Vaste grond onder de opvang",
    subtitle="Advies over de kwaliteit en continuïteit van asielopvanglocaties",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Opvang en Verblijf  |  Vaste grond onder de opvang",
    footer="{page}",
    font_family="sans",
    imprint=("Raad voor Opvang en Verblijf", "Den Haag, februari 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_1AB = "De onderdelen a en b neem ik over."
EV_1C = ("Een volledige beëindiging van de noodopvang en de crisisnoodopvang per 1 juli 2026 acht ik echter niet "
         "haalbaar.")
EV_2A = "Ik neem onderdeel a daarom over voor de reguliere opvanglocaties, maar niet voor de noodopvang."
EV_2B = "Onderdeel b neem ik niet over."
EV_2C = ("Het COA richt uiterlijk 1 juli 2026 op iedere locatie een bewonersraad in, met een vaste contactpersoon in "
         "de locatieleiding, en legt in zijn werkinstructies vast dat de locatieleiding de raad vooraf raadpleegt "
         "over huisregels, voorzieningen en dagbesteding.")
EV_3A = ("De minister van Volkshuisvesting en Ruimtelijke Ordening trekt voor 2026 en 2027 samen 320 miljoen euro uit "
         "voor de bouw van 10.000 flexwoningen, waarvan ten minste de helft wordt toegewezen aan vergunninghouders.")
EV_3C = ("Een rol voor het COA bij het huren, aankopen en toewijzen van woningen past niet bij de huidige wettelijke "
         "taakverdeling.")
EV_4A = ("De minister van Volksgezondheid, Welzijn en Sport en ik starten in 2026 op zes grote opvanglocaties een "
         "proef waarin een ggz-team wekelijks spreekuur houdt en een intake binnen vier weken mogelijk is.")
EV_4B = "Onderdeel b onderschrijf ik."
EV_5B = ("Of een extra vergoeding voor gemeenten met een langlopende locatie, zoals de Raad in onderdeel b voorstelt, "
         "meerwaarde heeft, verken ik samen met de VNG bij de evaluatie van de financiële regeling voor opvanggemeenten die dit najaar "
         "start.")
EV_5C = ("Onderdeel c neem ik wel direct over: het COA sluit vanaf 1 januari 2026 bij iedere nieuwe locatie, en bij "
         "iedere verlenging van een bestaande, een bestuursovereenkomst met de gemeente met vaste afspraken over "
         "onderwijs, veiligheid, zorg, dagbesteding en de beslechting van geschillen.")

RESPONSE_BLOCKS = (
    P("Datum: 12 juni 2025"),
    P("Betreft: Kabinetsreactie op het advies 'Vaste grond onder de opvang' van de Raad voor Opvang en Verblijf"),
    P("Geachte voorzitter,"),
    P("Op 20 februari 2025 heeft de Raad voor Opvang en Verblijf zijn advies 'Vaste grond onder de opvang' "
      "gepubliceerd. De Raad heeft dit advies op eigen initiatief opgesteld en vraagt daarin aandacht voor de "
      "kwaliteit en de continuïteit van de asielopvang. Met deze brief bied ik uw Kamer, mede namens de minister van "
      "Volkshuisvesting en Ruimtelijke Ordening, de reactie van het kabinet op dit advies aan. Het advies zelf is "
      "als bijlage bij deze brief gevoegd."),
    P("Ik dank de Raad, en in het bijzonder zijn voorzitter, mevrouw Wesseling-Brink, voor het zorgvuldige advies. "
      "Het is gebaseerd op een groot aantal werkbezoeken en gesprekken, ook met bewoners zelf, en geeft een "
      "indringend beeld van wat het betekent om maandenlang in onzekerheid en in steeds wisselende omstandigheden "
      "te wonen. Dat beeld neem ik serieus."),
    H2("Context"),
    P("De opvang staat al geruime tijd onder grote druk. Op 1 juni 2025 verbleven ruim 65.000 mensen in de opvang "
      "van het COA, onder wie ruim 17.000 vergunninghouders die wachten op een woning. Het COA heeft de afgelopen "
      "jaren met veel inzet van medewerkers, gemeenten en vrijwilligers voorkomen dat mensen zonder onderdak "
      "bleven. Tegelijk is het aantal plaatsen in tijdelijke voorzieningen hoog en zijn de kosten van de opvang "
      "sterk gestegen. In 2024 bedroegen de uitgaven aan de opvang ruim 4,5 miljard euro."),
    P("Het kabinet zet in op een strenger en beheersbaar asielbeleid, waarmee de instroom moet dalen. Ook bij een "
      "lagere instroom blijft een goed functionerende opvang noodzakelijk. Het kabinet wil daarom dat de opvang "
      "minder afhankelijk wordt van noodoplossingen en dat de middelen doelmatiger worden besteed."),
    H2("Algemene reactie"),
    P("Ik onderschrijf de analyse van de Raad op hoofdlijnen. De Raad laat overtuigend zien dat korte looptijden, "
      "veel verhuizingen en een tekort aan woningen voor vergunninghouders elkaar versterken, en dat dit ten koste "
      "gaat van bewoners, van gemeenten en van de overheidsfinanciën. Niet alle voorstellen van de Raad acht ik "
      "echter uitvoerbaar of wenselijk. Hieronder ga ik per advies op de onderdelen in, in de volgorde van het "
      "advies."),
    H2("Advies 1: Een stabiele en meerjarige basis voor de opvang"),
    P("De Raad constateert dat de capaciteit van de opvang telkens achter de instroom aanloopt, omdat de planning "
      "slechts kort vooruitkijkt en locaties voor korte tijd worden gecontracteerd. Op dit moment stelt het COA de "
      "benodigde capaciteit vast aan de hand van de Meerjarige Productieprognose, die één keer per jaar verschijnt "
      "en een horizon van twee jaar heeft."),
    P(EV_1AB + " Vanaf de begroting voor 2026 stel ik jaarlijks een raming vast van de benodigde opvangcapaciteit "
      "voor vijf jaar vooruit, met een bandbreedte en een buffer van vijftien procent; het COA en de IND "
      "actualiseren die raming elk halfjaar. Daarnaast krijgt het COA de opdracht om nieuwe opvanglocaties voortaan "
      "voor ten minste tien jaar te contracteren. Het financiële risico van tijdelijke onderbezetting komt voor "
      "rekening van het Rijk; daartoe reserveer ik vanaf 2026 jaarlijks 85 miljoen euro op de begroting van Asiel "
      "en Migratie.",
      answers=(Answer("1a", "agree", EV_1AB), Answer("1b", "agree", EV_1AB))),
    P("Wat betreft onderdeel c deel ik de analyse van de Raad dat noodopvang en crisisnoodopvang een schadelijk "
      "gevolg zijn van een stelsel dat te weinig reserve kent. Bewoners verhuizen er vaak, de voorzieningen zijn "
      "beperkt en de kosten per plaats liggen ruim boven die van een reguliere locatie. " + EV_1C + " Zolang de "
      "nieuwe langjarige locaties niet gereed zijn en de instroom sterk schommelt, blijft het COA noodopvang nodig "
      "hebben om te voorkomen dat asielzoekers zonder onderdak komen te zitten. Het COA zet noodopvang alleen in "
      "wanneer er geen plaats in een reguliere locatie beschikbaar is.",
      answers=(Answer("1c", "disagree", EV_1C),)),
    H2("Advies 2: Gelijkwaardige kwaliteit op alle locaties"),
    P("De Raad beschrijft grote verschillen in kwaliteit tussen locaties, en tussen reguliere locaties en de "
      "noodopvang. Het COA werkt voor de reguliere locaties met een landelijk kwaliteitskader, dat in 2023 is "
      "herzien. Voor de noodopvang gelden afzonderlijke uitgangspunten."),
    P("Een openbaar normenkader maakt voor bewoners, gemeenten en uw Kamer inzichtelijk wat van de opvang mag "
      "worden verwacht. " + EV_2A + " Het COA publiceert het normenkader voor de reguliere locaties uiterlijk "
      "1 januari 2026. In de noodopvang, die vaak is ondergebracht in sporthallen, paviljoens of voormalige "
      "kantoren, kunnen normen voor de woonruimte per bewoner en voor privacy niet altijd worden gehaald; daar "
      "blijft een afzonderlijke set minimumeisen gelden.",
      answers=(Answer("2a", "partial", EV_2A),)),
    P(EV_2B + " De Inspectie Justitie en Veiligheid houdt al toezicht op de uitvoering van de opvang door het COA, "
      "de Inspectie Gezondheidszorg en Jeugd ziet toe op de zorg voor bewoners en de Inspectie van het Onderwijs op "
      "het onderwijs aan kinderen op de locaties. Een afzonderlijke toezichthouder naast deze drie inspecties leidt "
      "naar mijn oordeel tot dubbel werk voor de locaties en voegt weinig toe aan het bestaande toezicht.",
      answers=(Answer("2b", "disagree", EV_2B),)),
    P("De Raad vraagt in onderdeel c terecht aandacht voor de stem van bewoners. Op dit moment functioneert op 38 van de ruim 300 "
      "opvanglocaties een bewonersraad. " + EV_2C,
      answers=(Answer("2c", "agree", EV_2C),)),
    H2("Advies 3: Doorstroom van vergunninghouders naar een woning"),
    P("Dit advies beantwoord ik samen met de minister van Volkshuisvesting en Ruimtelijke "
      "Ordening. Gemeenten hebben de wettelijke taak om de vergunninghouders die aan hen zijn gekoppeld te "
      "huisvesten, en krijgen daarvoor per halfjaar een taakstelling. Eind 2024 haalde ongeveer de helft van de "
      "gemeenten die taakstelling niet. Het Rijk ondersteunt gemeenten onder meer met een regeling voor de "
      "huisvesting van aandachtsgroepen en met de programma's voor de bouw van flexwoningen."),
    P("Onderdeel a vraagt om extra woningen. Het grootste knelpunt is het tekort aan kleine, betaalbare woningen. "
      + EV_3A + " De middelen worden "
      "verdeeld via een openstelling voor gemeenten en corporaties in het najaar van 2025, en de eerste woningen "
      "moeten in de tweede helft van 2026 worden opgeleverd.",
      answers=(Answer("3a", "agree", EV_3A),)),
    P("Onderdeel b is gericht aan de gemeenten. Ik heb het advies op dit punt onder de aandacht gebracht van de "
      "Vereniging van Nederlandse Gemeenten, die het in haar commissies zal bespreken. Het is aan de gemeenten zelf "
      "om te bepalen hoe zij met dit onderdeel omgaan."),
    P("Wat betreft onderdeel c begrijpen de minister van Volkshuisvesting en Ruimtelijke Ordening en ik dat de Raad "
      "een stok achter de deur zoekt voor gemeenten die structureel achterblijven. " + EV_3C + " Gemeenten zijn "
      "verantwoordelijk voor de huisvesting van vergunninghouders, en het COA voor de opvang van asielzoekers "
      "zolang zij nog geen verblijfsvergunning hebben. Voor gemeenten die hun taakstelling niet halen, bestaat al de "
      "mogelijkheid van interbestuurlijk toezicht door de provincie; de minister van Volkshuisvesting en Ruimtelijke "
      "Ordening spreekt met de provincies over een snellere inzet daarvan.",
      answers=(Answer("3c", "disagree", EV_3C),)),
    H2("Advies 4: Toegang tot passende zorg"),
    P("Asielzoekers hebben via de zorgregeling voor asielzoekers recht op vrijwel dezelfde zorg als ingezetenen. "
      "Op iedere locatie is de huisartsenzorg georganiseerd, en de GGD voert de publieke gezondheidszorg uit. Voor "
      "de inkoop van tweedelijnszorg, waaronder de ggz, maakt de uitvoerder van de regeling afspraken met "
      "zorgaanbieders in de regio."),
    P("Psychische klachten komen onder asielzoekers vaker voor dan gemiddeld, en de wachttijden in de regionale "
      "ggz raken ook hen. " + EV_4A + " Of een vaste termijn voor alle locaties haalbaar is, bezien wij na de "
      "evaluatie van die proef in 2027.",
      answers=(Answer("4a", "partial", EV_4A),)),
    P(EV_4B + " Vanaf 1 januari 2026 draagt de zorgverlener op de oude locatie het medisch dossier uiterlijk op de "
      "verhuisdatum over aan de zorgverlener op de nieuwe locatie, en verhuist het COA een bewoner met een lopende "
      "behandeling alleen na overleg met de behandelaar.",
      answers=(Answer("4b", "agree", EV_4B),)),
    H2("Advies 5: De opvanglocatie als onderdeel van de gemeente"),
    P("De Raad wijst erop dat een opvanglocatie het best functioneert als de gemeente, het COA en de omgeving "
      "elkaar kennen en vaste afspraken hebben. Ik herken dat beeld uit de gesprekken die ik zelf met burgemeesters "
      "en locatiemanagers heb gevoerd."),
    P("Gemeenten die een opvanglocatie huisvesten, ontvangen nu al een vergoeding per opvangplek en een bijdrage "
      "voor onderwijs en veiligheid. " + EV_5B + " " + EV_5C,
      answers=(Answer("5b", "partial", EV_5B), Answer("5c", "agree", EV_5C))),
    H2("Tot slot"),
    P("Het advies van de Raad komt op een moment waarop het kabinet keuzes maakt over de toekomst van de opvang. "
      "Een opvang die minder afhankelijk is van noodoplossingen is beter voor bewoners, voor gemeenten en voor de "
      "overheidsfinanciën. Ik zal uw Kamer over de uitvoering van de toezeggingen in deze brief informeren in de "
      "voortgangsbrief over de opvang die ik eind 2025 aan uw Kamer stuur."),
    P("De minister van Asiel en Migratie,"),
    P("mr. R.J. Doornbos-Aalders"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies 'Vaste grond onder de opvang'",
    subtitle="Brief van de minister van Asiel en Migratie, mede namens de minister van Volkshuisvesting en Ruimtelijke "
             "Ordening, aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies Raad voor Opvang en Verblijf",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="asylum_reception_council",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Opvang en Verblijf advice on asylum reception (five main recommendations 1.-5. with "
                "lettered sub-recommendations a.-c.; the 14 sub-items 1a-5c are gold) and the AenM minister's letter "
                "answering per 'Advies N' heading with 'onderdeel a/b/c'; 3b passed on to the VNG, 5a not mentioned.",
)
