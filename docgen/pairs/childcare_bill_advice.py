"""Pair: a fictional advice of the Afdeling advisering van de Raad van Advies on the draft Wet kwaliteit en toezicht
kinderopvang, and the nader rapport of the minister of SZW to the King.

Layout traits this pair tests: a serif report without a title page; a letterhead block with the kenmerk
("W12.25.00041/III"), the Kabinetsmissive opening, a bold summary paragraph that names the topics but no advice, an
unnumbered section "Inhoud van het voorstel", then numbered sections "1." to "6." whose prose ends in an advice
sentence "De Afdeling adviseert ..." set apart as an indented, unlabelled paragraph (a one-item ``style=""`` list).
Sections 2, 3, 5 and 6 hold several advice points under level-2 headings "a. Reikwijdte", "b. Handhaving" ...; the
gold numbers are ids following that numbering ("1", "2a" ... "6c"; 13 points) and are never printed as labels.  Most
advice sentences name no addressee (the minister of SZW, who made the voordracht); 4 is addressed to the minister of
OCW and 5a to the staatssecretaris van Financiën - Toeslagen en Douane.  2c asks the minister to consult the VNG and
GGD GHOR Nederland and to map the costs for municipalities: decided as SZW only (the minister is asked to act, the
municipalities are only consulted).  5b mentions Dienst Toeslagen but asks for a change of the SZW bill: SZW.  The
report closes with the dictum "... adviseert het voorstel niet bij de Tweede Kamer ... in te dienen dan nadat ..."
(a plain paragraph: not a recommendation).

The response is a serif nader rapport (no title page) that opens "Blijkens de mededeling van de Directeur van Uw
kabinet ...", thanks the Afdeling (no position), repeats the section numbers and headings, paraphrases each advice
in a plain paragraph of its own (no position) and answers in the nader-rapport register.  Positions:
1 agree ("De memorie van toelichting is op dit punt aangevuld.");
2a disagree, blunt ("Het advies is niet overgenomen.", after agreeing with the analysis, and with a trailing
"De memorie van toelichting is in die zin aangevuld" about a side measure);
2b agree ("Aan dit advies is gevolg gegeven.");
2c agree without cue words (consultation held on a date, costs computed with the VNG and GGD GHOR);
3a partial and 3b agree, in ONE paragraph under the joint heading "a. en b." ("Aan het eerste advies is gedeeltelijk
gevolg gegeven." / "Het advies over de voorhangprocedure is opgevolgd door ...");
3c (taaleis) not addressed: never mentioned, the response skips from 3 a/b to 4;
4 partial (the OCW minister "deelt de analyse" and "zal ... bezien of"; the postponement of the 20 hours is no
acceptance of the funding ask);
5a not addressed: passed on to the staatssecretaris van Financiën and the uitvoeringstoets of Dienst Toeslagen, with
only "Ik deel de zorg van de Afdeling" (no Answer);
5b disagree: the minister only explains why article 1.66 already suffices, without saying the advice is or is not
followed ("Naar mijn oordeel biedt artikel 1.66 daarmee de waarborgen die de Afdeling terecht van belang acht.");
6a disagree, polite ("Ik zie geen aanleiding het voorstel op dit punt aan te passen.");
6b agree without cue words (a date and money: permits by operation of law until 1 January 2030);
6c partial (evaluation clause, but five years instead of three).
The nader rapport ends "Ik moge U verzoeken ..." (no position).  All prose is fictional and written for this test set.
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
)

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def advice(number: str, text: str, *departments: str) -> ItemList:
    """An advice sentence set apart at the end of a section: indented, no label; the gold number is an id only."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="")


def A(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    """A response paragraph with its gold answers (number, position, evidence sentence)."""
    return Paragraph(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


KENMERK = "W12.25.00041/III"
CITEERTITEL = "Wet kwaliteit en toezicht kinderopvang"
VOORSTEL = ("het voorstel van wet tot wijziging van de Wet kinderopvang in verband met de invoering van een "
            "vergunningstelsel en een landelijke toezichthouder (" + CITEERTITEL + ")")

# --------------------------------------------------------------------------------------------------------------
# Report: the advice of the Afdeling advisering
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    P("Bij Kabinetsmissive van 11 februari 2025, no. 2025000287, heeft Uwe Majesteit, op voordracht van de Minister "
      "van Sociale Zaken en Werkgelegenheid, mede namens de Minister van Onderwijs, Cultuur en Wetenschap, bij de "
      "Afdeling advisering van de Raad van Advies ter overweging aanhangig gemaakt " + VOORSTEL + ", met memorie van "
      "toelichting."),
    P("Het voorstel vervangt de inschrijving van kinderopvangvoorzieningen in het Landelijk Register Kinderopvang door "
      "een vergunningplicht, brengt het toezicht en de handhaving onder bij een nieuw zelfstandig bestuursorgaan, de "
      "Landelijke Toezichthouder Kinderopvang, en verscherpt de kwaliteitseisen voor houders en beroepskrachten. De "
      "Afdeling onderschrijft dat het toezicht op de kinderopvang sterker en eenduidiger moet worden. Zij maakt "
      "evenwel opmerkingen over de onderbouwing van de noodzaak van een geheel nieuw stelsel, over de reikwijdte van "
      "de vergunningplicht, de verdeling van de handhavingsbevoegdheden en de positie van de gemeenten. Daarnaast "
      "plaatst zij kanttekeningen bij de mate van delegatie van de kwaliteitseisen, de taaleis, de bekostiging van de "
      "voorschoolse educatie, de gevolgen voor ouders die kinderopvangtoeslag ontvangen, de verwerking van "
      "persoonsgegevens, het bestuursverbod, het overgangsrecht en de evaluatie. In verband daarmee is aanpassing van "
      "het voorstel wenselijk.", bold=True),

    H1("Inhoud van het voorstel"),
    P("Kinderopvang is in Nederland georganiseerd als een private markt, waarop houders van kindercentra, "
      "gastouderbureaus en gastouders opvang aanbieden aan ouders. Ouders ontvangen voor de kosten daarvan onder "
      "voorwaarden kinderopvangtoeslag. De Wet kinderopvang stelt eisen aan de kwaliteit van de opvang, die zijn "
      "uitgewerkt in het Besluit kwaliteit kinderopvang en in een aantal ministeriële regelingen. Het toezicht op de "
      "naleving van die eisen is thans belegd bij de colleges van burgemeester en wethouders. Zij laten de inspecties "
      "uitvoeren door de GGD en beslissen zelf over handhaving. Een voorziening mag pas in exploitatie worden genomen "
      "na inschrijving in het Landelijk Register Kinderopvang (LRK), waartoe het college besluit na een onderzoek "
      "voorafgaand aan registratie."),
    P("Het voorstel brengt in dit stelsel drie hoofdwijzigingen aan. In de eerste plaats wordt de inschrijving in het "
      "LRK vervangen door een vergunningplicht voor houders van kindercentra, gastouderbureaus en gastouders. De "
      "vergunning wordt verleend door een nieuw op te richten zelfstandig bestuursorgaan, de Landelijke "
      "Toezichthouder Kinderopvang (LTK). De LTK kan een vergunning weigeren als de aanvrager of een van zijn "
      "bestuurders in de vijf jaar daarvoor betrokken was bij ernstige of herhaalde overtredingen. In de tweede "
      "plaats krijgt de LTK de bevoegdheid om aanwijzingen te geven, een last onder dwangsom of een bestuurlijke "
      "boete op te leggen, de vergunning te schorsen of in te trekken en een bestuursverbod op te leggen. De GGD "
      "blijft de reguliere inspecties uitvoeren in opdracht van het college, dat ook zelf bevoegd blijft tot "
      "handhaving. In de derde plaats worden de kwaliteitseisen herzien: de beroepskracht-kindratio, de maximale "
      "groepsgrootte, de opleidingseisen en een aangescherpte taaleis worden opgenomen in een kwaliteitskader dat bij "
      "ministeriële regeling wordt vastgesteld."),
    P("Het voorstel bevat daarnaast een koppeling tussen de vergunning en de kinderopvangtoeslag. Als de vergunning "
      "wordt ingetrokken of geschorst, vervalt de aanspraak op toeslag voor opvang bij die houder met ingang van de "
      "dag van intrekking of schorsing. Om dat mogelijk te maken verstrekt de LTK gegevens aan de Dienst Toeslagen. "
      "Verder worden de eisen aan de voorschoolse educatie opnieuw geregeld en in het algemene kwaliteitskader "
      "opgenomen. Ten slotte bevat het voorstel overgangsrecht voor houders die op het moment van inwerkingtreding in "
      "het LRK zijn ingeschreven."),
    P("Volgens de toelichting is het voorstel een reactie op signalen dat het gemeentelijk toezicht sterk "
      "uiteenloopt, dat de handhaving bij ernstige overtredingen traag verloopt en dat houders die na een "
      "handhavingstraject zijn gestopt, onder een andere naam of via een andere rechtspersoon opnieuw kunnen "
      "beginnen. Het voorstel beoogt een eenduidig, slagvaardig en landelijk consistent toezicht, waarin ouders "
      "erop kunnen vertrouwen dat iedere voorziening aan dezelfde eisen wordt getoetst en dat ernstige tekortkomingen "
      "snel worden aangepakt. De beoogde datum van inwerkingtreding is 1 januari 2027."),

    H1("1. Noodzaak van een nieuw stelsel"),
    P("De Afdeling onderkent dat de kwaliteit van de kinderopvang van groot belang is voor de ontwikkeling en de "
      "veiligheid van jonge kinderen, en dat ouders erop moeten kunnen vertrouwen dat het toezicht daarop deugt. Zij "
      "onderschrijft ook dat er knelpunten zijn in het huidige stelsel. Uit de toelichting blijkt dat het aantal "
      "inspecties per gemeente sterk verschilt, dat een deel van de gemeenten bij herhaalde overtredingen niet of pas "
      "na lange tijd handhaaft en dat de bestaande instrumenten onvoldoende houvast bieden om houders met een slechte "
      "staat van dienst te weren. Deze bevindingen sluiten aan bij wat in eerdere onderzoeken naar het toezicht op de "
      "kinderopvang naar voren is gekomen."),
    P("Het voorstel kiest echter voor een ingrijpende stelselwijziging: een nieuw zelfstandig bestuursorgaan, een "
      "vergunningplicht in plaats van een registratie en een nieuw kwaliteitskader. Een zodanige wijziging vergt een "
      "dragende motivering. De toelichting maakt niet duidelijk waarom de gesignaleerde knelpunten niet binnen het "
      "bestaande stelsel kunnen worden opgelost, bijvoorbeeld door de bevoegdheden van de colleges aan te scherpen, "
      "gemeenten te verplichten een minimum aantal inspecties te laten uitvoeren of het interbestuurlijk toezicht op "
      "de gemeentelijke taakuitvoering te versterken. Evenmin wordt ingegaan op de ervaringen met dat interbestuurlijk "
      "toezicht en op de uitkomsten van de evaluaties die daarover zijn verschenen. De toelichting volstaat met de "
      "vaststelling dat 'de huidige verdeling van verantwoordelijkheden zijn grenzen heeft bereikt'."),
    P("Daarbij komt dat de toelichting slechts beperkt ingaat op de risico's van de stelselwijziging zelf. De "
      "oprichting van een nieuw zelfstandig bestuursorgaan vergt tijd: er moet personeel worden geworven, er moeten "
      "systemen worden gebouwd en er moet een werkwijze worden ontwikkeld die aansluit bij die van de GGD'en. In de "
      "overgangsperiode moeten zowel de gemeenten als de LTK hun taken kunnen blijven uitvoeren. Ervaringen met "
      "eerdere stelselwijzigingen in het sociaal domein laten zien dat de kwaliteit van de uitvoering in zo'n periode "
      "onder druk kan komen te staan, terwijl de aandacht van bestuurders en medewerkers vooral uitgaat naar de "
      "inrichting van het nieuwe stelsel. Een afweging van deze risico's tegen de verwachte voordelen ontbreekt."),
    P("De Afdeling merkt ten slotte op dat de toelichting geen inzicht geeft in de verwachte effecten van het "
      "voorstel op het aantal ernstige overtredingen of op de doorlooptijd van handhavingstrajecten. Zonder zo'n "
      "nulmeting valt later moeilijk vast te stellen of de stelselwijziging haar doel heeft bereikt. Ook dat pleit "
      "voor een zorgvuldiger onderbouwing."),
    advice("1", "De Afdeling adviseert in de toelichting dragend te motiveren waarom de geconstateerde knelpunten een "
                "nieuw stelsel met een landelijke toezichthouder vereisen en niet kunnen worden opgelost door "
                "aanpassing van het bestaande gemeentelijke toezicht, en daarbij de risico's van de stelselwijziging "
                "te betrekken.", "SZW"),

    H1("2. Het toezichtsstelsel"),
    P("Het voorstel verdeelt de taken in het toezicht op een nieuwe wijze over de LTK, de colleges van burgemeester "
      "en wethouders en de GGD. De Afdeling maakt over deze verdeling drie opmerkingen, die betrekking hebben op de "
      "reikwijdte van de vergunningplicht, de handhaving en de positie van de gemeenten."),
    H2("a. Reikwijdte"),
    P("De vergunningplicht geldt voor alle vormen van kinderopvang waarvoor kinderopvangtoeslag kan worden "
      "ontvangen, dus ook voor gastouders. Gastouders vangen in hun eigen woning of in die van de ouders ten hoogste "
      "zes kinderen op. Zij zijn thans via een gastouderbureau ingeschreven in het LRK. Het gastouderbureau heeft een "
      "eigen verantwoordelijkheid voor de bemiddeling, de begeleiding van en het toezicht op de aangesloten "
      "gastouders, en wordt daarop zelf door de GGD geïnspecteerd. Onder het voorstel moet iedere gastouder "
      "afzonderlijk een vergunning aanvragen bij de LTK, met een verklaring omtrent het gedrag, een bewijs van de "
      "vereiste opleiding, een risico-inventarisatie van de opvanglocatie en een beschrijving van het pedagogisch "
      "beleid."),
    P("De toelichting vermeldt dat er ongeveer 18.000 geregistreerde gastouders zijn. Een individuele "
      "vergunningplicht voor deze groep brengt aanzienlijke administratieve lasten met zich, zowel voor de gastouders "
      "zelf als voor de LTK, die al deze aanvragen moet beoordelen. De toelichting maakt niet duidelijk welke "
      "meerwaarde een vergunning voor de individuele gastouder heeft naast het bestaande toezicht via het "
      "gastouderbureau, dat onder het voorstel zelf wel vergunningplichtig wordt. De signalen die aan het voorstel "
      "ten grondslag liggen, hebben bovendien vooral betrekking op kindercentra en in veel mindere mate op "
      "gastouderopvang."),
    P("De Afdeling wijst er ook op dat gastouderopvang een belangrijke rol speelt in gebieden waar weinig "
      "kindercentra zijn en voor ouders met onregelmatige werktijden. Het risico bestaat dat de nieuwe lasten "
      "gastouders, van wie velen slechts enkele kinderen opvangen, ertoe brengen met hun werk te stoppen, terwijl er "
      "in veel regio's al een tekort aan opvangplaatsen is. De toelichting besteedt aan dat risico geen aandacht."),
    advice("2a", "De Afdeling adviseert de vergunningplicht te beperken tot houders van kindercentra en "
                 "gastouderbureaus, en voor gastouders de inschrijving via het gastouderbureau te handhaven.", "SZW"),
    H2("b. Handhaving"),
    P("Het voorstel laat de bevoegdheid van het college tot handhaving bestaan naast de nieuwe bevoegdheden van de "
      "LTK. Zowel het college als de LTK kan voor dezelfde overtreding een last onder dwangsom of een bestuurlijke "
      "boete opleggen (voorgestelde artikelen 1.72 en 1.72a). Volgens de toelichting is hiervoor bewust gekozen: het "
      "college kan snel optreden bij lichtere overtredingen, terwijl de LTK de zwaardere zaken oppakt. Hoe die "
      "verdeling in de praktijk moet worden gemaakt, regelt het voorstel echter niet. Er is geen bepaling over "
      "afstemming, over de vraag wie optreedt als beide bevoegd zijn, of over de verhouding tussen een boete van het "
      "college en een latere schorsing of intrekking van de vergunning door de LTK."),
    P("Deze samenloop van bevoegdheden verhoudt zich slecht tot het doel van het voorstel, namelijk een eenduidig "
      "toezicht. Voor houders wordt onduidelijk wie hun aanspreekpunt is, en bij een verschil van inzicht tussen "
      "college en LTK kan handhaving juist worden vertraagd. De Afdeling wijst er verder op dat de Algemene wet "
      "bestuursrecht weliswaar verhindert dat voor dezelfde overtreding twee keer een bestuurlijke boete wordt "
      "opgelegd, maar geen oplossing biedt voor de situatie waarin het ene bestuursorgaan een boete oplegt en het "
      "andere intussen een herstelsanctie voorbereidt of de vergunning wil intrekken. Het is niet aan de houder om "
      "de gevolgen van een gebrek aan afstemming tussen twee bestuursorganen te dragen."),
    P("De toelichting verwijst voor de afstemming naar 'nadere werkafspraken' tussen de LTK en de gemeenten. Gelet op "
      "het belang van rechtszekerheid voor houders en op de ingrijpende gevolgen die handhaving voor hen kan hebben, "
      "acht de Afdeling dat onvoldoende. De hoofdlijnen van de verdeling van bevoegdheden horen in de wet zelf."),
    advice("2b", "De Afdeling adviseert de bevoegdheid tot het opleggen van een bestuurlijke boete bij één "
                 "bestuursorgaan te beleggen en in het voorstel te regelen hoe de LTK en de colleges hun overige "
                 "handhavingsbevoegdheden op elkaar afstemmen.", "SZW"),
    H2("c. Positie van de gemeenten"),
    P("Hoewel het voorstel de gemeenten een deel van hun taken ontneemt, blijven zij verantwoordelijk voor de "
      "opdrachtverlening aan de GGD en voor de bekostiging van de reguliere inspecties. Tegelijk verwacht het voorstel "
      "van de GGD dat zij haar inspectiebevindingen in een nieuw landelijk format aanlevert, dat zij de LTK op "
      "verzoek informatie verstrekt en dat zij op verzoek van de LTK aanvullende onderzoeken uitvoert. Welke kosten "
      "dit met zich brengt en wie die kosten draagt, vermeldt de toelichting niet. De toelichting gaat er kennelijk "
      "van uit dat de gemeenten de extra werkzaamheden van de GGD uit hun bestaande middelen bekostigen."),
    P("Uit de toelichting blijkt evenmin dat over het voorstel bestuurlijk overleg is gevoerd met de Vereniging van "
      "Nederlandse Gemeenten (VNG) of met GGD GHOR Nederland. De Financiële-verhoudingswet vereist dat bij een "
      "voorstel dat leidt tot een wijziging van de taken of activiteiten van gemeenten, de financiële gevolgen "
      "daarvan worden aangegeven. Daarnaast hebben de gemeenten en de GGD'en een groot deel van de praktische kennis "
      "over het toezicht op de kinderopvang in huis. Het ligt voor de hand die kennis bij de vormgeving van het "
      "nieuwe stelsel te benutten, temeer omdat de gemeenten ook onder het voorstel een belangrijke rol blijven "
      "spelen."),
    advice("2c", "De Afdeling adviseert alsnog bestuurlijk overleg te voeren met de VNG en GGD GHOR Nederland, in "
                 "overleg met hen de financiële gevolgen van het voorstel voor de gemeenten in kaart te brengen en de "
                 "toelichting op dit punt aan te vullen.", "SZW"),

    H1("3. Kwaliteitseisen"),
    H2("a. Delegatie"),
    P("Het voorstel bepaalt dat de eisen aan de kwaliteit van de kinderopvang bij ministeriële regeling worden "
      "vastgesteld in een kwaliteitskader (voorgesteld artikel 1.49). Thans zijn deze eisen grotendeels neergelegd in "
      "een algemene maatregel van bestuur. De toelichting motiveert de keuze voor een ministeriële regeling met de "
      "wens om de eisen snel te kunnen aanpassen aan nieuwe wetenschappelijke inzichten en aan de situatie op de "
      "arbeidsmarkt, bijvoorbeeld door tijdelijk af te wijken van de beroepskracht-kindratio als het personeelstekort "
      "daartoe dwingt."),
    P("De Afdeling wijst erop dat de kwaliteitseisen de kern van het stelsel vormen. De beroepskracht-kindratio en de "
      "maximale groepsgrootte bepalen in hoge mate de veiligheid van de opvang, de werkdruk van beroepskrachten en de "
      "prijs die ouders betalen. Deze normen raken bovendien aan de vrijheid van ondernemerschap van houders en, via "
      "de maximum uurprijs, aan de hoogte van de kinderopvangtoeslag. Volgens de Aanwijzingen voor de regelgeving "
      "worden de hoofdelementen van een regeling in de wet zelf vastgelegd, en komt delegatie aan een minister alleen "
      "in aanmerking voor voorschriften van administratieve aard, de uitwerking van details of voorschriften die "
      "dikwijls wijziging behoeven. De beroepskracht-kindratio en de groepsgrootte voldoen niet aan die criteria; zij "
      "zijn sinds de invoering van de Wet kinderopvang slechts enkele malen gewijzigd."),
    P("Dat de eisen snel moeten kunnen worden aangepast, is naar het oordeel van de Afdeling onvoldoende om de keuze "
      "voor een ministeriële regeling te rechtvaardigen. Voor een tijdelijke afwijking in uitzonderlijke "
      "omstandigheden kan een afzonderlijke, begrensde grondslag worden gecreëerd. Voor de overige kwaliteitseisen "
      "ligt een algemene maatregel van bestuur meer voor de hand dan een ministeriële regeling, gelet op het belang "
      "ervan voor ouders, houders en beroepskrachten."),
    advice("3a", "De Afdeling adviseert de beroepskracht-kindratio en de maximale groepsgrootte in de wet zelf op te "
                 "nemen en de overige kwaliteitseisen bij algemene maatregel van bestuur te regelen in plaats van bij "
                 "ministeriële regeling.", "SZW"),
    H2("b. Betrokkenheid van de Staten-Generaal"),
    P("Ook als de overige eisen bij algemene maatregel van bestuur worden geregeld, gaat het om keuzes met grote "
      "maatschappelijke en financiële gevolgen. Wijzigingen van de ratio en van de opleidingseisen hebben in het "
      "verleden tot uitvoerige debatten in beide Kamers geleid. Het voorstel voorziet echter niet in enige vorm van "
      "parlementaire betrokkenheid bij de vaststelling of wijziging van het kwaliteitskader. Dat past niet bij het "
      "gewicht van deze normen."),
    advice("3b", "De Afdeling adviseert voor de algemene maatregel van bestuur waarin de kwaliteitseisen worden "
                 "vastgesteld een voorhangprocedure op te nemen.", "SZW"),
    H2("c. Taaleis"),
    P("Het voorstel breidt de taaleis voor beroepskrachten uit. Waar thans alleen voor de mondelinge taalvaardigheid "
      "niveau 3F geldt, moeten beroepskrachten onder het voorstel binnen twee jaar na inwerkingtreding ook voor lezen "
      "en schrijven aantoonbaar dat niveau beheersen. De Afdeling erkent dat de taalvaardigheid van beroepskrachten "
      "van belang is voor de taalontwikkeling van jonge kinderen en voor de communicatie met ouders, onder meer over "
      "de ontwikkeling en het welzijn van hun kind."),
    P("De toelichting gaat echter niet in op het aantal beroepskrachten dat thans niet aan het hogere niveau voldoet, "
      "en evenmin op de gevolgen van de eis voor de personeelstekorten in de sector. Volgens de cijfers in de "
      "toelichting zelf staat ongeveer een op de tien vacatures langer dan drie maanden open. Als een substantieel "
      "deel van de zittende beroepskrachten de eis niet tijdig haalt, kunnen houders gedwongen zijn groepen te "
      "sluiten of wachtlijsten te laten oplopen. Een termijn van twee jaar is, gelet op de beschikbaarheid van "
      "opleidingen en de combinatie met een volle werkweek, bovendien krap."),
    advice("3c", "De Afdeling adviseert in de toelichting in te gaan op de gevolgen van de aangescherpte taaleis voor "
                 "de beschikbaarheid van beroepskrachten en de termijn waarbinnen zittende beroepskrachten aan de eis "
                 "moeten voldoen te verlengen.", "SZW"),

    H1("4. Voorschoolse educatie"),
    P("Gemeenten zijn verplicht peuters met een risico op een onderwijsachterstand een aanbod van voorschoolse "
      "educatie te doen. Dat aanbod wordt veelal verzorgd door kindercentra en bekostigd uit de middelen die de "
      "gemeenten van de Minister van Onderwijs, Cultuur en Wetenschap ontvangen voor het onderwijsachterstandenbeleid. "
      "De kwaliteitseisen voor voorschoolse educatie zijn thans opgenomen in een afzonderlijk besluit onder de Wet "
      "kinderopvang."),
    P("Het voorstel voegt deze eisen samen met het algemene kwaliteitskader en verhoogt het minimale aanbod van 16 "
      "naar 20 uur per week voor peuters met een indicatie. Tegelijk wordt de verplichte inzet van een pedagogisch "
      "beleidsmedewerker met een hbo-opleiding verhoogd. De toelichting stelt dat deze eisen budgettair neutraal "
      "kunnen worden ingevoerd, omdat de gemeenten daarvoor hun specifieke uitkering voor het "
      "onderwijsachterstandenbeleid kunnen aanwenden. Uit de gegevens die de Afdeling ter beschikking staan, blijkt "
      "echter dat een groot deel van de gemeenten deze middelen thans al volledig besteedt. De verhoging van het "
      "aantal uren en van de personele inzet leidt dan tot een tekort, dat ofwel ten koste gaat van andere "
      "onderdelen van het onderwijsachterstandenbeleid, zoals de vroegschoolse educatie in groep 1 en 2 van de "
      "basisschool, ofwel tot gevolg heeft dat gemeenten minder peuters een aanbod kunnen doen."),
    P("Voor de bekostiging van de voorschoolse educatie is de Minister van Onderwijs, Cultuur en Wetenschap "
      "verantwoordelijk. Het voorstel wordt mede namens haar gedaan, maar de toelichting zegt niets over de vraag of "
      "de hoogte of de verdeling van de onderwijsachterstandenmiddelen zal worden aangepast. Het doel van het "
      "voorstel, een betere kwaliteit van de voorschoolse educatie, kan zo op gespannen voet komen te staan met het "
      "bereik ervan."),
    advice("4", "De Afdeling adviseert de Minister van Onderwijs, Cultuur en Wetenschap de hoogte van de specifieke "
                "uitkering voor het onderwijsachterstandenbeleid af te stemmen op de verzwaarde eisen voor "
                "voorschoolse educatie, en daarover in de toelichting duidelijkheid te geven.", "OCW"),

    H1("5. Kinderopvangtoeslag en gegevensverwerking"),
    H2("a. Gevolgen voor ouders"),
    P("Het voorstel bepaalt dat de aanspraak op kinderopvangtoeslag voor opvang bij een houder vervalt met ingang van "
      "de dag waarop diens vergunning wordt ingetrokken of geschorst. Ouders hebben doorgaans geen zicht op het "
      "handhavingstraject dat aan een intrekking voorafgaat. Zij kunnen hun kind bovendien niet van de ene op de "
      "andere dag elders onderbrengen, gelet op de wachtlijsten in veel gemeenten. In de praktijk zal een deel van de "
      "ouders de opvang na de intrekking nog enige tijd voortzetten en de kosten daarvan zelf moeten dragen, of een "
      "terugvordering ontvangen van toeslag die al als voorschot was betaald."),
    P("De Afdeling wijst in dit verband op de lessen die zijn getrokken uit de problemen met de kinderopvangtoeslag in "
      "de afgelopen jaren. Daaruit blijkt dat het toeslagenstelsel ouders verantwoordelijk maakt voor omstandigheden "
      "waarop zij geen invloed hebben, en dat terugvorderingen ouders in ernstige financiële problemen kunnen "
      "brengen. Het voorstel voegt daar een nieuw risico aan toe. De uitvoering van de kinderopvangtoeslag berust bij "
      "de Dienst Toeslagen, die valt onder de verantwoordelijkheid van de Staatssecretaris van Financiën – Toeslagen "
      "en Douane. De toelichting vermeldt niet of de Dienst Toeslagen een uitvoeringstoets op het voorstel heeft "
      "uitgebracht, en evenmin hoe ouders over een intrekking zullen worden geïnformeerd."),
    advice("5a", "De Afdeling adviseert de Staatssecretaris van Financiën – Toeslagen en Douane ervoor te zorgen dat "
                 "ouders na intrekking of schorsing van de vergunning gedurende een redelijke termijn hun aanspraak "
                 "op kinderopvangtoeslag behouden en dat over die termijn geen toeslag wordt teruggevorderd.", "FIN"),
    H2("b. Gegevensverwerking"),
    P("Om de koppeling tussen vergunning en toeslag mogelijk te maken, verstrekt de LTK gegevens aan de Dienst "
      "Toeslagen (voorgesteld artikel 1.66). Het gaat volgens de toelichting om de naam en het vergunningnummer van "
      "de houder, de opvanglocatie, de datum van intrekking of schorsing en de reden daarvan. Artikel 1.66, derde "
      "lid, bepaalt dat bij ministeriële regeling andere categorieën gegevens kunnen worden aangewezen. Omdat de "
      "reden van de intrekking ook informatie over personen kan bevatten, zoals een strafrechtelijke veroordeling van "
      "een bestuurder, kan het daarbij ook om gegevens van strafrechtelijke aard gaan."),
    P("Op grond van de Algemene verordening gegevensbescherming moet een wettelijke grondslag voor de verwerking van "
      "persoonsgegevens duidelijk en nauwkeurig zijn, en moet de toepassing ervan voorspelbaar zijn voor de "
      "betrokkenen. Een open delegatiegrondslag om andere categorieën gegevens aan te wijzen voldoet daar niet zonder "
      "meer aan. Bovendien maakt de toelichting niet duidelijk waarom de Dienst Toeslagen de reden van de intrekking "
      "nodig heeft om de aanspraak op toeslag vast te stellen; voor die vaststelling lijkt de datum van intrekking "
      "te volstaan."),
    advice("5b", "De Afdeling adviseert in de wet zelf limitatief te bepalen welke gegevens de LTK aan de Dienst "
                 "Toeslagen verstrekt, de bevoegdheid om bij ministeriële regeling andere categorieën gegevens aan te "
                 "wijzen te schrappen en de verstrekking van de reden van intrekking nader te motiveren of achterwege "
                 "te laten.", "SZW"),

    H1("6. Bestuursverbod, overgangsrecht en evaluatie"),
    H2("a. Bestuursverbod"),
    P("Het voorstel geeft de LTK de bevoegdheid een bestuurder van een houder die verantwoordelijk is voor ernstige "
      "of herhaalde overtredingen te verbieden om gedurende onbepaalde tijd als bestuurder, toezichthouder of "
      "leidinggevende van een kinderopvangorganisatie op te treden (voorgesteld artikel 1.75b). Het verbod wordt "
      "opgenomen in een openbaar register, dat ouders en houders kunnen raadplegen."),
    P("De Afdeling onderkent het belang van een instrument waarmee kan worden voorkomen dat bestuurders na een "
      "handhavingstraject onder een andere naam opnieuw beginnen. Een bestuursverbod beperkt echter het recht op vrije "
      "keuze van arbeid en heeft, gelet op de openbaarmaking, een sterk punitief karakter. Een verbod voor onbepaalde "
      "tijd gaat verder dan vergelijkbare instrumenten in andere sectoren, zoals het civielrechtelijke bestuursverbod "
      "na een faillissement, dat aan een maximale duur is gebonden. Ook ontbreekt een mogelijkheid voor de betrokkene "
      "om na verloop van tijd opheffing van het verbod te vragen, bijvoorbeeld als hij aantoonbaar heeft gewerkt aan "
      "de tekortkomingen die tot het verbod hebben geleid. Naarmate een verbod langer duurt, wordt het moeilijker om "
      "het evenredig te achten aan de overtredingen waarop het is gebaseerd."),
    advice("6a", "De Afdeling adviseert een maximale duur van het bestuursverbod in de wet op te nemen en te voorzien "
                 "in de mogelijkheid voor de betrokkene om na verloop van tijd om opheffing van het verbod te "
                 "verzoeken.", "SZW"),
    H2("b. Overgangsrecht"),
    P("Houders die op het tijdstip van inwerkingtreding in het LRK zijn ingeschreven, moeten binnen zes maanden een "
      "vergunning aanvragen; na die termijn vervalt hun inschrijving (voorgesteld artikel XII). Het gaat volgens de "
      "toelichting om ongeveer 9.500 kindercentra, 550 gastouderbureaus en 18.000 gastouders. De LTK moet al deze "
      "aanvragen beoordelen in haar eerste jaar van bestaan, naast de aanvragen van nieuwe houders. De Afdeling acht "
      "die termijn niet realistisch. Als aanvragen niet tijdig worden afgehandeld, dreigt een situatie waarin houders "
      "de opvang moeten staken of zonder vergunning voortzetten, met directe gevolgen voor de kinderopvangtoeslag van "
      "de ouders."),
    P("Daarbij komt dat van een volledige nieuwe beoordeling van houders die al geruime tijd zonder ernstige "
      "tekortkomingen opvang bieden, weinig meerwaarde valt te verwachten. Een gefaseerde invoering, waarbij deze "
      "houders van rechtswege een vergunning krijgen en de beoordeling in de jaren daarna plaatsvindt, ligt meer voor "
      "de hand. De LTK kan haar capaciteit dan eerst richten op houders over wie signalen bestaan."),
    advice("6b", "De Afdeling adviseert de overgangstermijn voor bestaande houders te verlengen tot ten minste twee "
                 "jaar en te bepalen dat houders die in het LRK zijn ingeschreven tot het einde van die termijn van "
                 "rechtswege over een vergunning beschikken.", "SZW"),
    H2("c. Evaluatie"),
    P("Het voorstel bevat geen evaluatiebepaling. Gelet op de omvang van de stelselwijziging, de oprichting van een "
      "nieuw zelfstandig bestuursorgaan en de onzekerheden die hiervoor zijn beschreven, acht de Afdeling het "
      "aangewezen dat de doeltreffendheid en de effecten van de wet binnen afzienbare tijd worden onderzocht. Het gaat "
      "daarbij in het bijzonder om de vraag of de samenwerking tussen de LTK, de colleges en de GGD'en tot een "
      "eenduidiger toezicht heeft geleid, om de lasten voor houders en gastouders en om de gevolgen voor ouders en "
      "voor het aanbod van kinderopvang."),
    advice("6c", "De Afdeling adviseert in het voorstel een bepaling op te nemen op grond waarvan binnen drie jaar na "
                 "inwerkingtreding aan de Staten-Generaal een verslag wordt gezonden over de doeltreffendheid en de "
                 "effecten van de wet in de praktijk.", "SZW"),

    P("De Afdeling advisering van de Raad van Advies heeft een aantal bezwaren bij het voorstel en adviseert het "
      "voorstel niet bij de Tweede Kamer der Staten-Generaal in te dienen dan nadat met het vorenstaande rekening is "
      "gehouden."),
    P("De vice-president van de Raad van Advies,"),
    P("mr. dr. J.A.M. van Rossem-Dekker"),
)

REPORT = Document(
    title="Raad van Advies – Afdeling advisering",
    subtitle=f"No. {KENMERK}\n's-Gravenhage, 14 mei 2025\nAdvies inzake {VOORSTEL}",
    blocks=REPORT_BLOCKS,
    running_header=f"Raad van Advies, Afdeling advisering – no. {KENMERK}",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

# --------------------------------------------------------------------------------------------------------------
# Response: the nader rapport of the minister of SZW
# --------------------------------------------------------------------------------------------------------------

EV1 = "De memorie van toelichting is op dit punt aangevuld."
EV2A = "Het advies is niet overgenomen."
EV2B = "Aan dit advies is gevolg gegeven."
EV2C = ("Een extern bureau heeft vervolgens samen met beide organisaties de kosten berekend van het nieuwe landelijke "
        "inspectieformat en van de aanvullende onderzoeken die de GGD op verzoek van de LTK uitvoert.")
EV3A = "Aan het eerste advies is gedeeltelijk gevolg gegeven."
EV3B = ("Het advies over de voorhangprocedure is opgevolgd door in artikel 1.49a te bepalen dat de ontwerp-algemene "
        "maatregel van bestuur aan beide Kamers der Staten-Generaal wordt voorgelegd, ten minste vier weken voordat "
        "deze aan de Afdeling wordt aangeboden.")
EV4 = ("Zij zal bij de herijking van de verdeling van de onderwijsachterstandenmiddelen, die voor 2027 is voorzien, "
       "bezien of een verhoging van de specifieke uitkering binnen de begroting van haar ministerie kan worden "
       "gevonden.")
EV5B = "Naar mijn oordeel biedt artikel 1.66 daarmee de waarborgen die de Afdeling terecht van belang acht."
EV6A = "Ik zie geen aanleiding het voorstel op dit punt aan te passen."
EV6B = ("Houders die op de dag vóór de inwerkingtreding in het LRK zijn ingeschreven, beschikken op grond van het "
        "gewijzigde artikel XII van rechtswege over een vergunning tot 1 januari 2030.")
EV6C = ("In artikel XV is alsnog een evaluatiebepaling opgenomen, zij het met een termijn van vijf jaar in plaats van "
        "de door de Afdeling voorgestelde drie jaar.")

RESPONSE_BLOCKS = (
    P("Aan de Koning"),
    P("Blijkens de mededeling van de Directeur van Uw kabinet van 11 februari 2025, no. 2025000287, machtigde Uwe "
      "Majesteit de Afdeling advisering van de Raad van Advies haar advies over het bovenvermelde voorstel van wet "
      "rechtstreeks aan mij te doen toekomen. Dit advies, gedateerd 14 mei 2025, no. " + KENMERK + ", bied ik U "
      "hierbij aan, mede namens de Minister van Onderwijs, Cultuur en Wetenschap."),
    P("De Afdeling onderschrijft dat het toezicht op de kinderopvang sterker en eenduidiger moet worden, maar heeft "
      "een aantal bezwaren bij het voorstel en adviseert het niet bij de Tweede Kamer in te dienen dan nadat met haar "
      "opmerkingen rekening is gehouden. Ik ben de Afdeling erkentelijk voor haar zorgvuldige advies, dat op "
      "verschillende punten tot aanpassing van het voorstel en van de memorie van toelichting heeft geleid. "
      "Hieronder ga ik op de opmerkingen van de Afdeling in, in de volgorde van het advies."),

    H1("1. Noodzaak van een nieuw stelsel"),
    P("De Afdeling onderschrijft dat er knelpunten zijn in het huidige toezicht, maar mist in de toelichting een "
      "dragende motivering voor de keuze voor een geheel nieuw stelsel met een landelijke toezichthouder. Zij "
      "adviseert te motiveren waarom de knelpunten niet binnen het bestaande gemeentelijke toezicht kunnen worden "
      "opgelost, en daarbij de risico's van de stelselwijziging te betrekken."),
    A(EV1 + " In een nieuwe paragraaf 2.3 wordt uiteengezet welke alternatieven binnen het bestaande stelsel zijn "
      "overwogen, waaronder een wettelijk minimum aantal inspecties per gemeente en een sterker interbestuurlijk "
      "toezicht op de gemeentelijke taakuitvoering. Uit de evaluaties van dat interbestuurlijk toezicht blijkt dat "
      "deze instrumenten de verschillen tussen gemeenten niet wezenlijk hebben verkleind, omdat de beslissing om al "
      "dan niet te handhaven uiteindelijk bij het afzonderlijke college blijft liggen. Paragraaf 2.4 bevat een "
      "analyse van de risico's van de overgang naar het nieuwe stelsel en van de maatregelen om die risico's te "
      "beheersen, waaronder de gefaseerde invoering die hierna onder punt 6 aan de orde komt. Ook is in paragraaf 10 "
      "een nulmeting opgenomen van het aantal ernstige overtredingen en van de doorlooptijd van "
      "handhavingstrajecten.",
      ("1", "agree", EV1)),

    H1("2. Het toezichtsstelsel"),
    H2("a. Reikwijdte"),
    P("De Afdeling adviseert de vergunningplicht te beperken tot houders van kindercentra en gastouderbureaus, en "
      "voor gastouders de inschrijving via het gastouderbureau te handhaven."),
    A("De Afdeling wijst er terecht op dat een individuele vergunningplicht voor gastouders lasten met zich brengt, "
      "en dat de meeste signalen die aan het voorstel ten grondslag liggen, kindercentra betreffen. " + EV2A + " "
      "Gastouderopvang vindt plaats in een woning, zonder de aanwezigheid van collega's die een onveilige situatie "
      "kunnen opmerken. Juist daarom is het van belang dat de LTK zelf kan beoordelen of een gastouder aan de eisen "
      "voldoet, en dat een gastouder wiens inschrijving is beëindigd, niet via een ander gastouderbureau opnieuw kan "
      "beginnen. In de huidige praktijk komt dat laatste geregeld voor. Om de lasten te beperken is de "
      "aanvraagprocedure voor gastouders vereenvoudigd: de aanvraag verloopt via het gastouderbureau, dat de "
      "benodigde stukken verzamelt en aanlevert, en de LTK beslist binnen vier weken. De memorie van toelichting is "
      "in die zin aangevuld.",
      ("2a", "disagree", EV2A)),
    H2("b. Handhaving"),
    P("De Afdeling merkt op dat het voorstel het college en de LTK beide bevoegd maakt tot handhaving bij dezelfde "
      "overtreding, zonder te regelen hoe zij hun optreden op elkaar afstemmen. Zij adviseert de boetebevoegdheid bij "
      "één bestuursorgaan te beleggen en de afstemming van de overige handhavingsbevoegdheden in het voorstel te "
      "regelen."),
    A(EV2B + " De bevoegdheid tot het opleggen van een bestuurlijke boete berust in het gewijzigde voorstel "
      "uitsluitend bij de LTK (artikel 1.72a). Het college behoudt de bevoegdheid tot het opleggen van een last onder "
      "dwangsom bij overtredingen die binnen korte tijd kunnen worden hersteld. Artikel 1.72b verplicht het college "
      "en de LTK een samenwerkingsprotocol vast te stellen, waarin in ieder geval wordt geregeld dat het college de "
      "LTK informeert voordat het een handhavingsbesluit neemt, en dat het college afziet van verder optreden zodra "
      "de LTK een handhavingstraject is gestart.",
      ("2b", "agree", EV2B)),
    H2("c. Positie van de gemeenten"),
    P("De Afdeling adviseert alsnog bestuurlijk overleg te voeren met de VNG en GGD GHOR Nederland, de financiële "
      "gevolgen van het voorstel voor de gemeenten in kaart te brengen en de toelichting op dit punt aan te vullen."),
    A("Het voorstel is na het advies van de Afdeling besproken in het bestuurlijk overleg met de VNG en GGD GHOR "
      "Nederland van 17 juni 2025. " + EV2C + " Die kosten komen uit op € 6,2 miljoen per jaar; dit bedrag wordt "
      "met ingang van 2027 structureel aan het gemeentefonds toegevoegd. Paragraaf 8.4 van de memorie van "
      "toelichting beschrijft de uitkomsten van het overleg en van de kostenberekening.",
      ("2c", "agree", EV2C)),

    H1("3. Kwaliteitseisen"),
    H2("a. en b. Delegatie en betrokkenheid van de Staten-Generaal"),
    P("De Afdeling adviseert de beroepskracht-kindratio en de maximale groepsgrootte in de wet zelf op te nemen en de "
      "overige kwaliteitseisen niet bij ministeriële regeling maar bij algemene maatregel van bestuur te regelen. "
      "Voor die algemene maatregel van bestuur adviseert zij een voorhangprocedure."),
    A(EV3A + " De kwaliteitseisen worden in het gewijzigde voorstel bij algemene maatregel van bestuur vastgesteld in "
      "plaats van bij ministeriële regeling. De beroepskracht-kindratio en de maximale groepsgrootte zijn echter niet "
      "in de wet zelf opgenomen: beide normen worden per leeftijdsgroep en per opvangvorm gedifferentieerd in "
      "rekenregels en tabellen die zich niet lenen voor opneming in een formele wet. Wel bepaalt artikel 1.49 nu dat "
      "de algemene maatregel van bestuur in ieder geval regels bevat over de ratio en de groepsgrootte. " + EV3B,
      ("3a", "partial", EV3A), ("3b", "agree", EV3B)),

    H1("4. Voorschoolse educatie"),
    P("De Afdeling wijst erop dat de verzwaarde eisen voor voorschoolse educatie niet budgettair neutraal kunnen "
      "worden ingevoerd, omdat veel gemeenten hun onderwijsachterstandenmiddelen al volledig besteden. Zij adviseert "
      "de Minister van Onderwijs, Cultuur en Wetenschap de hoogte van de specifieke uitkering af te stemmen op de "
      "nieuwe eisen."),
    A("De Minister van Onderwijs, Cultuur en Wetenschap, namens wie dit nader rapport mede wordt uitgebracht, deelt "
      "de analyse van de Afdeling dat de bestedingsruimte van veel gemeenten beperkt is. " + EV4 + " In afwachting "
      "daarvan is de inwerkingtreding van de verhoging van 16 naar 20 uur per week uitgesteld tot 1 augustus 2028, "
      "zodat gemeenten niet met de hogere kosten worden geconfronteerd voordat over de bekostiging is besloten. De "
      "memorie van toelichting is op dit punt aangepast.",
      ("4", "partial", EV4)),

    H1("5. Kinderopvangtoeslag en gegevensverwerking"),
    H2("a. Gevolgen voor ouders"),
    P("De Afdeling adviseert de Staatssecretaris van Financiën – Toeslagen en Douane ervoor te zorgen dat ouders na "
      "intrekking of schorsing van de vergunning gedurende een redelijke termijn hun aanspraak op kinderopvangtoeslag "
      "behouden, zonder terugvordering over die termijn."),
    P("Ik deel de zorg van de Afdeling dat ouders niet de dupe mogen worden van tekortkomingen van een houder waarop "
      "zij geen invloed hebben. Voor de uitvoering van de kinderopvangtoeslag is de Staatssecretaris van Financiën – "
      "Toeslagen en Douane verantwoordelijk. Dienst Toeslagen brengt op dit moment een uitvoeringstoets uit op het "
      "gewijzigde voorstel. De staatssecretaris betrekt dit onderdeel van het advies daarbij en informeert de Tweede "
      "Kamer over de uitkomst voorafgaand aan de plenaire behandeling van het voorstel."),
    H2("b. Gegevensverwerking"),
    P("De Afdeling adviseert in de wet zelf limitatief te bepalen welke gegevens de LTK aan Dienst Toeslagen "
      "verstrekt, de delegatiegrondslag in artikel 1.66, derde lid, te schrappen en de verstrekking van de reden van "
      "intrekking nader te motiveren."),
    A("Artikel 1.66, eerste en tweede lid, somt de gegevens op die de LTK aan Dienst Toeslagen verstrekt. De grondslag "
      "in het derde lid is bedoeld voor het geval dat na de invoering van het vergunningstelsel blijkt dat voor de "
      "vaststelling van de aanspraak op toeslag een aanvullend gegeven over de opvanglocatie nodig is, zoals een "
      "wijziging van het aantal kindplaatsen; zij kan niet worden gebruikt voor gegevens over personen. De reden van "
      "de intrekking wordt uitsluitend verstrekt in de vorm van een code die aangeeft of de intrekking verband houdt "
      "met de kwaliteit van de opvang, met het niet voldoen aan de vergunningvoorwaarden of met een verzoek van de "
      "houder zelf. Dienst Toeslagen heeft dat onderscheid nodig, omdat de aanspraak bij een intrekking op verzoek van "
      "de houder pas vervalt op de dag waarop de exploitatie feitelijk eindigt. Gegevens van strafrechtelijke aard "
      "worden niet verstrekt. " + EV5B,
      ("5b", "disagree", EV5B)),

    H1("6. Bestuursverbod, overgangsrecht en evaluatie"),
    H2("a. Bestuursverbod"),
    P("De Afdeling adviseert een maximale duur van het bestuursverbod in de wet op te nemen en de betrokkene de "
      "mogelijkheid te geven om na verloop van tijd opheffing van het verbod te verzoeken."),
    A("Ik deel met de Afdeling het uitgangspunt dat een bestuursverbod een ingrijpende maatregel is, die alleen mag "
      "worden opgelegd als de ernst van de overtredingen daartoe aanleiding geeft. Het voorstel beperkt het verbod "
      "daarom tot situaties waarin een bestuurder verantwoordelijk is voor overtredingen die de veiligheid of "
      "gezondheid van kinderen ernstig in gevaar hebben gebracht. In die situaties weegt de bescherming van jonge "
      "kinderen, die niet zelf voor hun belangen kunnen opkomen, naar mijn oordeel zwaarder dan het belang van de "
      "bestuurder om na een bepaalde termijn weer in de kinderopvang werkzaam te kunnen zijn. Een bestuurder kan tegen "
      "het besluit tot oplegging van het verbod bezwaar maken en beroep instellen, en de LTK kan een verbod op grond "
      "van de algemene regels van het bestuursrecht heroverwegen als nieuwe feiten of omstandigheden daartoe "
      "aanleiding geven. " + EV6A,
      ("6a", "disagree", EV6A)),
    H2("b. Overgangsrecht"),
    P("De Afdeling acht de termijn van zes maanden waarbinnen bestaande houders een vergunning moeten aanvragen niet "
      "realistisch. Zij adviseert deze termijn te verlengen tot ten minste twee jaar, waarbij ingeschreven houders tot "
      "het einde van de termijn van rechtswege over een vergunning beschikken."),
    A(EV6B + " De LTK beoordeelt deze houders in drie tranches, te beginnen met de kindercentra waarbij in de twee "
      "jaar voorafgaand aan de inwerkingtreding een ernstige overtreding is vastgesteld. Voor de uitvoering daarvan "
      "is in de begroting van de LTK voor de jaren 2027 tot en met 2029 een bedrag van € 4,8 miljoen gereserveerd.",
      ("6b", "agree", EV6B)),
    H2("c. Evaluatie"),
    P("De Afdeling adviseert een evaluatiebepaling op te nemen, met een verslag aan de Staten-Generaal binnen drie "
      "jaar na inwerkingtreding."),
    A(EV6C + " Gelet op de gefaseerde invoering van de vergunningplicht werkt het nieuwe stelsel pas vanaf 2030 "
      "volledig; een evaluatie na drie jaar zou daardoor vooral de overgangsperiode beschrijven. Wel wordt de Tweede "
      "Kamer jaarlijks geïnformeerd over de voortgang van de invoering, waaronder de doorlooptijden van "
      "vergunningaanvragen en de samenwerking tussen de LTK, de colleges en de GGD'en.",
      ("6c", "partial", EV6C)),

    P("Van de gelegenheid is gebruikgemaakt om enkele redactionele en wetstechnische verbeteringen in het voorstel en "
      "de memorie van toelichting aan te brengen. Daarnaast is de beoogde datum van inwerkingtreding in de toelichting "
      "in overeenstemming gebracht met het gewijzigde overgangsrecht."),
    P("Ik moge U verzoeken het hierbij gevoegde gewijzigde voorstel van wet en de gewijzigde memorie van toelichting "
      "aan de Tweede Kamer der Staten-Generaal te zenden."),
    P("De Minister van Sociale Zaken en Werkgelegenheid,"),
    P("mr. drs. P.C. Haverkamp"),
)

RESPONSE = Document(
    title="Nader rapport",
    subtitle=f"inzake {VOORSTEL}\n's-Gravenhage, 2 september 2025",
    blocks=RESPONSE_BLOCKS,
    running_header=f"Nader rapport – {CITEERTITEL}",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="childcare_bill_advice",
    report=REPORT,
    response=RESPONSE,
    description="Advice of the (fictional) Afdeling advisering van de Raad van Advies on the Wet kwaliteit en toezicht "
                "kinderopvang (13 advice points as indented unlabelled 'De Afdeling adviseert ...' paragraphs, ids "
                "1, 2a-2c, 3a-3c, 4, 5a-5b, 6a-6c; dictum not a recommendation) and the SZW minister's nader rapport "
                "(3a partial + 3b agree in one paragraph, 3c never mentioned, 5a passed on to Financiën).",
)
