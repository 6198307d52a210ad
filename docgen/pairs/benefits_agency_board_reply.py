"""Pair: a fictional Nationale ombudsman report on how UWV imposes sanctions ("maatregelen") on WW claimants and
recovers unemployment benefit paid in error, answered not by a minister but by a letter of UWV's Raad van Bestuur.

Report layout: sans, title page with imprint (rapportnummer, date), running header, page number footer.  A short
"Samenvatting" with a bullet list of core findings, then chapters numbered in the heading text ("1 Inleiding" ...)
with level-2 sections.  Chapter 1 holds a "1." list of four research questions and a bullet list of research
methods (neither are recommendations); chapter 2 a bullet list of the claimant's duties and a dash list of the
ombudsman's "behoorlijkheidsnormen"; chapter 3 three case descriptions (mevrouw A., de heer B., mevrouw C.) with
bold lead-ins; chapter 4 findings with two grid tables (sanctions per ground 2022-2024, recoveries 2022-2024) and
footnotes; chapter 5 "Conclusie en aanbevelingen": conclusions as prose plus a bullet list, then the thirteen
recommendations in two "1." lists under bold lead-ins "Aan UWV:" (1-10) and "Aan de minister van Sociale Zaken en
Werkgelegenheid:" (11-13, the numbering runs on).  Two annexes (course of the investigation as a bullet list,
glossary as a dash list).  No recommendation is printed twice.

Response layout: a sans letter of the Raad van Bestuur of UWV on UWV letterhead (no title page), "wij" voice,
addressed to the Nationale ombudsman, with address block, kenmerk and subject lines.  An introduction with thanks,
what UWV did for the three citizens, and a bullet list of measures taken since 2024 (context, not answers).  Then
"Onze reactie op de aanbevelingen aan UWV" under four theme headings.  Some recommendations are quoted before the
answer (a paragraph "Aanbeveling 1" followed by the quoted text in quotation marks: the model has no italics),
others are answered by subject only.  One paragraph answers 6 and 9 together.  A paragraph on telephone
accessibility describes existing service levels only.  A short section on the recommendations to the minister
says the minister will answer himself and that two of them are taken into a bill in preparation: a pass-on.

  1 call the claimant before imposing a sanction (UWV)     agree     - quoted; concrete national roll-out per
                                                                      1 april 2026, no cue word
  2 weigh mitigation in every sanction and motivate (UWV)  partial   - motivation yes, a broader mitigation test no,
                                                                      in one sentence
  3 review ex officio sanctions during werk.nl outages     disagree  - quoted; "zien wij geen aanleiding"; the
    since 2022 (UWV)                                                  existing route on request is the reason
  4 monthly overview with every recovery decision (UWV)    agree     - by subject only, concrete date 1 juni 2026
  5 check urgent reasons ex officio and mention them in    partial   - quoted; mention in the letter yes, a check of
    the decision (UWV)                                                every recovery "niet uitvoerbaar"
  6 repayment matched to real means, beslagvrije voet      agree     - by subject, shared paragraph with 9: "Wij
    always respected (UWV)                                            nemen uw aanbeveling over ..."
  7 suspend collection during objection (UWV)              disagree  - quoted; "achten wij niet wenselijk"
  8 call back within two working days by someone who       not_addressed - only a context paragraph on phone
    knows the file (UWV)                                              waiting times and the call-back form (existing
                                                                      service, no position)
  9 offer a personal talk when recovering > 2.500 euro     partial   - shared paragraph with 6: not promised, only a
    (UWV)                                                             trial in two regions
 10 annual picture of sanctions and recoveries revised in  agree     - quoted; reporting from the annual report 2026
    objection, use it for work instructions (UWV)                     on, plus quarterly feedback
 11 written warning instead of a cut for a first minor     not_addressed - passed on to the minister / "betrokken
    lapse (SZW)                                                       bij het wetsvoorstel"
 12 legal room to waive recovery of UWV's own errors (SZW) not_addressed - passed on: the minister answers himself
 13 study proportionality of the standard 25 % for four    not_addressed - passed on / "betrokken bij het
    months and amend the Maatregelenbesluit (SZW)                     wetsvoorstel"
Totals: agree 4 (1, 4, 6, 10), partial 3 (2, 5, 9), disagree 2 (3, 7), not_addressed 4 (8, 11, 12, 13).
All prose, names, figures and case histories are fictional and written for this test set.
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def recommendations(start: int, department: str, *texts: str) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), (department,)))
                    for i, text in enumerate(texts)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC_1 = ("Neem, voordat u een maatregel oplegt, telefonisch contact op met de uitkeringsgerechtigde om zijn kant van "
         "het verhaal te horen, en leg de uitkomst van dat gesprek vast in het dossier.")
REC_2 = ("Maak bij iedere maatregel een afweging of de verlaging kan worden gematigd vanwege de omstandigheden van de "
         "uitkeringsgerechtigde, en laat in het besluit zien welke omstandigheden u daarbij hebt betrokken.")
REC_3 = ("Herzie uit eigen beweging de maatregelen die sinds 1 januari 2022 zijn opgelegd wegens het niet of te laat "
         "registreren van sollicitatieactiviteiten in de periodes waarin werk.nl aantoonbaar storingen had.")
REC_4 = ("Voeg aan iedere terugvorderingsbeslissing een overzicht per maand toe van het bedrag dat is betaald, het "
         "bedrag waarop recht bestond en het verschil, in taal die de ontvanger begrijpt.")
REC_5 = ("Ga bij iedere terugvordering uit eigen beweging na of er dringende redenen zijn om geheel of gedeeltelijk "
         "van terugvordering af te zien, en wijs de burger in de terugvorderingsbeslissing op die mogelijkheid.")
REC_6 = ("Stem de hoogte van de maandelijkse aflossing af op de werkelijke financiële situatie van de burger en houd "
         "daarbij altijd de beslagvrije voet in acht, ook als de burger zelf geen gegevens over zijn inkomen en lasten "
         "heeft aangeleverd.")
REC_7 = "Schort de invordering op zolang op een bezwaar tegen de terugvordering nog niet is beslist."
REC_8 = ("Zorg ervoor dat een uitkeringsgerechtigde die een terugbelverzoek doet, binnen twee werkdagen wordt "
         "teruggebeld door een medewerker die het dossier kent en over de zaak kan beslissen.")
REC_9 = ("Bied burgers van wie u meer dan 2.500 euro terugvordert, actief een persoonlijk gesprek aan over de "
         "terugvordering en over een passende betalingsregeling.")
REC_10 = ("Breng jaarlijks in beeld hoeveel maatregelen en terugvorderingen in bezwaar of beroep geheel of gedeeltelijk "
          "worden herzien en om welke redenen, en pas op basis daarvan uw werkinstructies aan.")
REC_11 = ("Maak het mogelijk dat UWV bij een eerste, geringe tekortkoming in de sollicitatieplicht volstaat met een "
          "schriftelijke waarschuwing in plaats van een verlaging van de uitkering.")
REC_12 = ("Geef UWV de wettelijke ruimte om af te zien van de terugvordering van bedragen die zijn ontstaan door een "
          "fout van UWV zelf, wanneer de burger die fout redelijkerwijs niet kon onderkennen.")
REC_13 = ("Laat onderzoeken of de standaardverlaging van 25 procent gedurende vier maanden bij een tekortkoming in de "
          "sollicitatieplicht in verhouding staat tot de ernst van de gedraging, en pas het Maatregelenbesluit "
          "socialezekerheidswetten zo nodig aan.")

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Wie werkloos wordt, heeft recht op een WW-uitkering, maar moet zich ook aan regels houden. De "
      "uitkeringsgerechtigde moet solliciteren, afspraken nakomen en wijzigingen in zijn situatie op tijd doorgeven. "
      "Houdt hij zich niet aan die regels, dan legt UWV een maatregel op: de uitkering wordt een tijd lang verlaagd. "
      "Heeft hij te veel uitkering ontvangen, dan vordert UWV het te veel betaalde terug. Dat is op zichzelf "
      "begrijpelijk. De Nationale ombudsman krijgt echter steeds meer klachten van mensen die zich overvallen voelen "
      "door zo'n besluit, die niet begrijpen hoe het bedrag is berekend of die door de terugbetaling in financiële "
      "problemen komen."),
    P("De ombudsman heeft daarom onderzocht hoe UWV maatregelen oplegt en hoe UWV te veel betaalde WW terugvordert "
      "en int. Hij bestudeerde 300 dossiers, sprak met burgers, medewerkers van UWV, schuldhulpverleners en "
      "sociaal raadslieden, en analyseerde de klachten die hij in 2023 en 2024 over deze onderwerpen ontving. De "
      "belangrijkste bevindingen zijn:"),
    bullets(
        "UWV spreekt de uitkeringsgerechtigde vrijwel nooit voordat een maatregel wordt opgelegd; een brief met een "
        "voornemen is meestal het enige contact.",
        "Maatregelbesluiten zijn standaardbrieven. In 141 van de 150 onderzochte besluiten was niet te zien of UWV "
        "de persoonlijke omstandigheden had meegewogen.",
        "In 2022 en 2023 kregen uitkeringsgerechtigden een maatregel omdat zij hun sollicitaties niet hadden "
        "geregistreerd, terwijl werk.nl op dat moment niet goed werkte.",
        "Terugvorderingsbrieven zijn voor veel ontvangers onbegrijpelijk; een berekening per maand ontbreekt.",
        "UWV ziet zelden af van terugvordering en legt een standaardaflossing op als de burger geen gegevens "
        "aanlevert, ook als die aflossing onder de beslagvrije voet uitkomt.",
        "Wie bezwaar maakt, moet intussen gewoon betalen; wie belt, wordt gemiddeld pas na bijna vijf werkdagen "
        "teruggebeld.",
    ),
    P("De ombudsman concludeert dat UWV bij maatregelen en terugvorderingen te veel vertrouwt op standaardprocessen en "
      "te weinig op het gesprek met de burger. Hij doet tien aanbevelingen aan UWV en drie aan de minister van "
      "Sociale Zaken en Werkgelegenheid. Ze staan in hoofdstuk 5."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("UWV verstrekt jaarlijks aan ruim 300.000 mensen een WW-uitkering. Het overgrote deel van hen heeft nooit "
      "een probleem met UWV. Toch ontving de Nationale ombudsman in 2023 en 2024 samen 1.186 klachten over de WW, "
      "een stijging van bijna veertig procent ten opzichte van de twee jaren daarvoor. Een groeiend deel van die "
      "klachten gaat over maatregelen en terugvorderingen. Mensen schrijven dat zij een verlaging kregen zonder dat "
      "iemand met hen had gesproken, dat zij niet begrijpen waarom zij duizenden euro's moeten terugbetalen, of dat "
      "zij na een terugvordering niet meer rond kunnen komen.", footnotes=(
        "Klachten die de ombudsman doorstuurde naar de interne klachtbehandeling van UWV zijn in dit aantal "
        "meegeteld.",)),
    P("Ook schuldhulpverleners en sociaal raadslieden brachten signalen in. Zij zien cliënten bij wie een "
      "terugvordering van UWV de directe aanleiding is voor een schuldenproblematiek, en cliënten die na een "
      "maatregel de huur niet meer konden betalen. Eerder onderzoek van de ombudsman naar de menselijke maat in de "
      "sociale zekerheid liet zien dat strikte regels en standaardprocessen burgers in de knel kunnen brengen. Dit "
      "onderzoek richt zich specifiek op de WW."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek beantwoordt de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Hoe komt UWV tot het opleggen van een maatregel in de WW, en in hoeverre betrekt UWV daarbij de "
                 "omstandigheden en de kant van het verhaal van de uitkeringsgerechtigde?"),
        ListItem("Hoe stelt UWV een terugvordering vast, hoe legt UWV die uit aan de burger, en hoe wordt het te "
                 "veel betaalde ingevorderd?"),
        ListItem("Hoe ervaren burgers het contact met UWV rond maatregelen en terugvorderingen?"),
        ListItem("Handelt UWV daarbij behoorlijk, en waar liggen de grenzen die wet- en regelgeving aan de "
                 "uitvoering stellen?"),
    ), style="1."),
    H2("1.3 Werkwijze"),
    P("Het onderzoek liep van oktober 2024 tot en met mei 2025. De ombudsman heeft daarvoor:"),
    bullets(
        "150 dossiers bestudeerd waarin in 2023 of 2024 een maatregel is opgelegd en 150 dossiers waarin UWV WW "
        "heeft teruggevorderd, geselecteerd uit vier districten van UWV;",
        "de 214 klachten over maatregelen en terugvorderingen die hij zelf in 2023 en 2024 ontving, geanalyseerd;",
        "gesproken met 23 burgers die een maatregel of terugvordering kregen, van wie drie hun verhaal in dit "
        "rapport laten vertellen;",
        "interviews gehouden met 31 medewerkers van UWV, onder wie handhavingsmedewerkers, werkcoaches, medewerkers "
        "van het klantcontactcentrum en van de afdelingen Bezwaar en Beroep en Debiteurenbeheer;",
        "gesproken met schuldhulpverleners uit drie gemeenten, met twee sociaal raadslieden en met de "
        "Landelijke Cliëntenraad;",
        "cijfers opgevraagd bij UWV over maatregelen, terugvorderingen, bezwaarzaken en terugbelverzoeken.",
    ),
    P("UWV heeft alle gevraagde informatie verstrekt en heeft medewerkers in staat gesteld vrijuit met de "
      "onderzoekers te spreken. De ombudsman is UWV daarvoor erkentelijk. Het conceptrapport is in juli 2025 aan "
      "UWV en het ministerie van Sociale Zaken en Werkgelegenheid voorgelegd. Hun opmerkingen over feitelijke "
      "onjuistheden zijn verwerkt."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de regels en de normen waaraan de ombudsman toetst. In hoofdstuk 3 vertellen drie "
      "burgers wat zij meemaakten. Hoofdstuk 4 bevat de bevindingen van het onderzoek. In hoofdstuk 5 trekt de "
      "ombudsman zijn conclusies en doet hij zijn aanbevelingen."),
    H("2 Regels en normen"),
    H2("2.1 De verplichtingen van de uitkeringsgerechtigde"),
    P("Een WW-uitkering is bedoeld als tijdelijke inkomensvervanging tot iemand weer werk heeft. De Werkloosheidswet "
      "legt de uitkeringsgerechtigde daarom een aantal verplichtingen op. De belangrijkste zijn:"),
    bullets(
        "zich inspannen om werk te vinden en ten minste vier sollicitatieactiviteiten per vier weken verrichten en "
        "registreren;",
        "passend werk aanvaarden als dat wordt aangeboden;",
        "meewerken aan afspraken met de werkcoach en verschijnen op gesprekken waarvoor UWV uitnodigt;",
        "inkomsten uit werk iedere maand doorgeven via het inkomstenformulier;",
        "wijzigingen die van belang kunnen zijn voor de uitkering, zoals een verhuizing, ziekte of een verblijf in "
        "het buitenland, op tijd aan UWV melden.",
    ),
    H2("2.2 Maatregelen"),
    P("Komt een uitkeringsgerechtigde een verplichting niet na, dan moet UWV op grond van artikel 27 van de "
      "Werkloosheidswet een maatregel opleggen. Hoe zwaar die maatregel is, volgt uit het Maatregelenbesluit "
      "socialezekerheidswetten. Voor het niet of onvoldoende verrichten of registreren van sollicitatieactiviteiten "
      "geldt in de regel een verlaging van 25 procent van de uitkering gedurende vier maanden. Voor het niet "
      "verschijnen op een afspraak geldt een lagere verlaging voor een kortere periode.", footnotes=(
        "Artikel 27 Werkloosheidswet en het Maatregelenbesluit socialezekerheidswetten. De percentages en termijnen "
        "in dit rapport zijn vereenvoudigd weergegeven.",)),
    P("UWV kan een maatregel matigen als de uitkeringsgerechtigde de gedraging in mindere mate kan worden verweten, en "
      "kan van een maatregel afzien als dringende redenen daartoe nopen. In de praktijk stuurt UWV eerst een brief "
      "met het voornemen om een maatregel op te leggen. De uitkeringsgerechtigde kan daarop binnen een week "
      "reageren. Daarna volgt het besluit."),
    H2("2.3 Terugvordering en invordering"),
    P("Heeft iemand meer uitkering ontvangen dan waarop hij recht had, dan vordert UWV het te veel betaalde terug "
      "(artikel 36 Werkloosheidswet). Dat gebeurt ook als de fout bij UWV ligt. Alleen als er dringende redenen zijn, "
      "kan UWV geheel of gedeeltelijk van terugvordering afzien. Van dringende redenen is volgens de rechtspraak pas "
      "sprake als de terugvordering onaanvaardbare sociale of financiële gevolgen heeft, en die gevolgen moeten dan "
      "uitzonderlijk zijn. De lat ligt dus hoog."),
    P("Na de terugvorderingsbeslissing int de afdeling Debiteurenbeheer het bedrag. Loopt de uitkering nog, dan "
      "verrekent UWV het met de uitkering. Anders spreekt UWV een betalingsregeling af. Bij de vaststelling van het "
      "maandbedrag moet UWV de beslagvrije voet respecteren: het deel van het inkomen dat iemand nodig heeft om van "
      "te leven. Een bezwaar tegen de terugvordering schort de invordering niet op; de burger moet dus betalen "
      "terwijl nog niet vaststaat of de terugvordering juist is.", footnotes=(
        "Artikel 6:16 Algemene wet bestuursrecht: bezwaar en beroep schorten de werking van het besluit niet op.",)),
    H2("2.4 Behoorlijkheidsnormen"),
    P("De ombudsman toetst niet alleen of UWV zich aan de wet houdt, maar ook of UWV zich behoorlijk gedraagt. In "
      "dit onderzoek zijn vooral de volgende normen van belang:"),
    bullets(
        "Luisteren naar de burger: de overheid geeft de burger de gelegenheid zijn kant van het verhaal te vertellen "
        "en neemt dat serieus.",
        "Goede motivering: de overheid legt haar besluiten begrijpelijk uit, zodat de burger weet waarom het besluit "
        "is genomen en hoe het bedrag is berekend.",
        "Maatwerk: de overheid houdt rekening met de omstandigheden van het geval en past de regels zo toe dat het "
        "resultaat redelijk is.",
        "Evenredigheid: de gevolgen van een besluit staan in verhouding tot het doel dat ermee wordt gediend.",
        "Fair play: de overheid geeft de burger de gelegenheid om zijn procedurele kansen te benutten en maakt het "
        "hem daarbij niet onnodig moeilijk.",
        style="–",
    ),
    H("3 Drie burgers"),
    P("De ombudsman sprak met 23 mensen die een maatregel of een terugvordering kregen. Drie van hen vertellen hier "
      "hun verhaal. Hun namen zijn aangepast; de feiten zijn aan de hand van hun dossiers gecontroleerd."),
    H2("3.1 Mevrouw A.: een gemiste afspraak"),
    P("Mevrouw A. (47) werkte twintig jaar als administratief medewerker bij een groothandel tot die failliet ging. "
      "Zij kreeg een WW-uitkering en een uitnodiging voor een gesprek met een werkcoach op 14 maart 2024. Op 12 maart "
      "werd haar zoon met spoed opgenomen in het ziekenhuis. Mevrouw A. dacht er in die dagen niet aan om de afspraak "
      "af te zeggen."),
    P("Op 20 maart ontving zij een brief met het voornemen om haar uitkering te verlagen. Zij belde het "
      "klantcontactcentrum en legde uit wat er was gebeurd. De medewerker noteerde dat zij had gebeld, maar dat "
      "bericht bereikte de handhavingsmedewerker niet. Twee weken later volgde het besluit: een verlaging van haar "
      "uitkering gedurende twee maanden. In het besluit stond dat zij niet had gereageerd op het voornemen."),
    P("Mevrouw A. maakte bezwaar. De bezwaarbehandelaar belde haar, vroeg om een verklaring van het ziekenhuis en "
      "herriep de maatregel. Tegen die tijd was de verlaging al ingehouden. Het geld werd na tien weken teruggestort. "
      "'Eén telefoontje had genoeg geweest,' zegt zij. 'Ik had het toch al uitgelegd?'"),
    P("Wat de ombudsman opvalt", bold=True),
    P("Mevrouw A. had gereageerd, maar haar reactie werd niet gezien. Niemand van UWV sprak haar voordat het "
      "besluit werd genomen. Pas in bezwaar, toen het nadeel al was ontstaan, vond het gesprek plaats dat vooraf "
      "had moeten plaatsvinden."),
    H2("3.2 De heer B.: sollicitaties die niet werden bewaard"),
    P("De heer B. (58), logistiek planner, raakte in 2022 werkloos. Hij solliciteerde trouw en registreerde zijn "
      "sollicitaties in de werkmap op werk.nl. In oktober 2022 kreeg hij bericht dat hij over de voorgaande vier weken "
      "maar één sollicitatieactiviteit had geregistreerd. Volgens de heer B. had hij er vijf ingevuld, maar waren vier "
      "daarvan na het opslaan verdwenen. Hij had er een schermafdruk van gemaakt, omdat hij dacht dat het misging."),
    P("De heer B. stuurde de schermafdruk en de bevestigingsmails van de werkgevers op. Toch volgde een verlaging "
      "van 25 procent gedurende vier maanden, in totaal ruim 1.100 euro. In het besluit stond dat het de "
      "verantwoordelijkheid van de uitkeringsgerechtigde is om zijn activiteiten tijdig en volledig te registreren. "
      "Pas veertien weken na zijn bezwaar werd de maatregel herroepen, omdat de bezwaarbehandelaar van de afdeling "
      "ICT had gehoord dat er in die periode een storing was geweest. De heer B. had intussen een rood staan "
      "opgebouwd en een betalingsachterstand bij zijn energieleverancier."),
    P("Wat de ombudsman opvalt", bold=True),
    P("De heer B. had bewijs aangeleverd, maar dat werd niet gebruikt. Dat werk.nl in die periode storingen had, "
      "was binnen UWV bekend, maar niet bij de medewerker die het besluit nam. De ombudsman vraagt zich af hoeveel "
      "mensen in dezelfde situatie geen bezwaar hebben gemaakt."),
    H2("3.3 Mevrouw C.: drie brieven, drie bedragen"),
    P("Mevrouw C. (34) is alleenstaande moeder van twee kinderen. Na het einde van haar contract als "
      "doktersassistente kreeg zij WW. Na drie maanden vond zij werk voor achttien uur per week via een uitzendbureau. "
      "Zij gaf haar inkomsten iedere maand door. Omdat het uitzendbureau de loongegevens laat en deels onjuist "
      "aanleverde, verrekende UWV die inkomsten maandenlang niet goed met de uitkering."),
    P("In februari 2024 ontving mevrouw C. een terugvorderingsbeslissing van 6.412 euro. Een week later volgde een "
      "tweede brief met een bedrag van 5.870 euro, en weer twee weken later een derde met 6.105 euro. In geen van de "
      "brieven stond hoe het bedrag was berekend. Mevrouw C. reageerde niet op het verzoek om gegevens over haar "
      "inkomen en lasten aan te leveren, omdat zij niet begreep wat er van haar werd gevraagd. UWV legde daarop een "
      "aflossing op van 350 euro per maand. Daarmee bleef er minder over dan de beslagvrije voet."),
    P("Mevrouw C. maakte bezwaar en vroeg of zij de betaling kon uitstellen tot het bezwaar was behandeld. Dat kon "
      "niet. Zij belde vier keer met het verzoek om teruggebeld te worden door iemand die haar dossier kende. Zij werd "
      "twee keer teruggebeld, beide keren door een medewerker die haar moest doorverwijzen. Via de "
      "schuldhulpverlening van haar gemeente kwam uiteindelijk een regeling van 90 euro per maand tot stand. In "
      "bezwaar werd het bedrag verlaagd tot 4.980 euro, omdat een deel van de te veel betaalde uitkering het gevolg "
      "was van een verwerkingsfout van UWV zelf. Van de rest zag UWV niet af."),
    P("Wat de ombudsman opvalt", bold=True),
    P("Mevrouw C. deed wat van haar werd gevraagd en gaf haar inkomsten door. Toch kreeg zij een schuld die zij niet "
      "kon overzien, uitgelegd in brieven die elkaar tegenspraken. De aflossing hield geen rekening met wat zij "
      "werkelijk kon betalen, en de invordering liep door terwijl haar bezwaar nog niet was behandeld."),
    H("4 Bevindingen"),
    H2("4.1 Maatregelen in cijfers"),
    P("UWV legde in 2024 ruim 41.000 maatregelen op in de WW. Het grootste deel daarvan betreft het niet of "
      "onvoldoende verrichten of registreren van sollicitatieactiviteiten. Tabel 1 geeft een overzicht."),
    P("Tabel 1. Opgelegde maatregelen in de WW naar grond, 2022-2024", bold=True),
    Table(
        header=("Grond van de maatregel", "2022", "2023", "2024", "Herzien in bezwaar (2024)"),
        rows=(
            ("Onvoldoende sollicitatieactiviteiten verricht of geregistreerd", "27.940", "29.310", "28.460", "22%"),
            ("Niet verschijnen op een afspraak", "6.120", "6.870", "7.240", "31%"),
            ("Inkomsten of wijzigingen niet (tijdig) gemeld", "3.410", "3.180", "3.390", "18%"),
            ("Passend werk geweigerd of werk niet behouden", "1.290", "1.340", "1.470", "12%"),
            ("Overig", "560", "610", "590", "15%"),
            ("Totaal", "39.320", "41.310", "41.150", "22%"),
        ),
        widths=(3.4, 1.0, 1.0, 1.0, 1.6),
        rules="grid",
    ),
    P("Bron: UWV, bewerking Nationale ombudsman. Het percentage herzien in bezwaar is berekend over de maatregelen "
      "waartegen bezwaar is gemaakt; tegen ongeveer een op de acht maatregelen wordt bezwaar gemaakt."),
    H2("4.2 Horen voordat een maatregel wordt opgelegd"),
    P("In 139 van de 150 onderzochte maatregeldossiers was het enige contact vóór het besluit een standaardbrief met "
      "het voornemen. Slechts in elf dossiers had een medewerker van UWV de uitkeringsgerechtigde gebeld. In die elf "
      "zaken leidde het gesprek in vier gevallen tot het afzien van de maatregel en in drie gevallen tot een lagere "
      "maatregel. Ongeveer een derde van de uitkeringsgerechtigden reageerde op de voornemenbrief; wie dat telefonisch "
      "deed via het klantcontactcentrum, liep het risico dat de reactie de beslisser niet bereikte, zoals bij "
      "mevrouw A."),
    P("Medewerkers van UWV gaven in de interviews verschillende verklaringen:"),
    bullets(
        "de werkvoorraad is zo groot dat er geen tijd is om iedereen te bellen;",
        "het proces is ingericht op schriftelijk horen, en het systeem kent geen stap voor een telefoongesprek;",
        "een telefoongesprek levert volgens sommige medewerkers 'weinig nieuws' op, omdat de feiten vaststaan;",
        "andere medewerkers zeggen juist dat zij in een gesprek vaak horen wat er werkelijk aan de hand was.",
    ),
    P("UWV heeft in het voorjaar van 2025 in twee regio's een proef gestart waarin handhavingsmedewerkers de "
      "uitkeringsgerechtigde bellen voordat zij een maatregel opleggen. De resultaten waren bij het afronden van dit "
      "onderzoek nog niet bekend."),
    H2("4.3 Motivering en matiging"),
    P("De onderzochte maatregelbesluiten bestaan vrijwel geheel uit standaardteksten. In 141 van de 150 besluiten was "
      "niet te zien of UWV de omstandigheden van de uitkeringsgerechtigde had betrokken bij de hoogte of de duur van "
      "de maatregel. Matiging wegens verminderde verwijtbaarheid kwam in de dossiers zes keer voor; in geen van die "
      "gevallen stond in het besluit waarom. Medewerkers zeiden dat zij matigen 'alleen bij een medische "
      "verklaring' en dat het Maatregelenbesluit weinig ruimte laat. De ombudsman stelt vast dat de ruimte die er wel "
      "is, nauwelijks wordt gebruikt, en dat burgers uit het besluit niet kunnen opmaken of die ruimte is bekeken."),
    H2("4.4 Storingen in werk.nl"),
    P("Tussen januari 2022 en de zomer van 2023 kende de werkmap op werk.nl meerdere storingen, waarbij "
      "geregistreerde sollicitatieactiviteiten niet werden opgeslagen of later uit het overzicht verdwenen. UWV heeft "
      "die storingen intern geregistreerd, maar de handhavingsmedewerkers kregen daarover geen systematische "
      "informatie. UWV kon de ombudsman niet zeggen hoeveel maatregelen in die periode zijn opgelegd aan mensen bij "
      "wie een storing een rol speelde. In de bezwaarzaken die de ombudsman bestudeerde, werd de maatregel herroepen "
      "als de burger bewijs van de storing kon leveren. Wie geen bezwaar maakte, bleef met de maatregel zitten."),
    H2("4.5 Terugvordering en invordering"),
    P("UWV stelt jaarlijks ruim 60.000 terugvorderingen in de WW vast. De meeste gaan over kleine bedragen, maar een "
      "aanzienlijke groep burgers krijgt een terugvordering van enkele duizenden euro's. Tabel 2 toont de "
      "ontwikkeling."),
    P("Tabel 2. Terugvorderingen in de WW, 2022-2024", bold=True),
    Table(
        header=("", "2022", "2023", "2024"),
        rows=(
            ("Aantal terugvorderingsbeslissingen", "58.700", "61.900", "63.400"),
            ("Totaal teruggevorderd bedrag (mln. euro)", "96", "104", "111"),
            ("Terugvorderingen boven 2.500 euro", "9.100", "10.300", "11.200"),
            ("Oorzaak mede bij UWV (schatting)", "14%", "15%", "17%"),
            ("Afgezien wegens dringende redenen", "142", "171", "188"),
        ),
        widths=(3.6, 1.0, 1.0, 1.0),
        rules="grid",
    ),
    P("Bron: UWV, bewerking Nationale ombudsman. De schatting van het aandeel waarin de oorzaak mede bij UWV ligt, "
      "is gebaseerd op een steekproef van UWV zelf."),
    P("Begrijpelijkheid", bold=True),
    P("De terugvorderingsbrieven vermelden het totale bedrag en de periode, maar geen berekening per maand. In 97 "
      "van de 150 onderzochte terugvorderingsdossiers belde of schreef de burger om uitleg te vragen. In 23 dossiers "
      "ontving de burger binnen korte tijd meer dan één beslissing met een ander bedrag, omdat de loongegevens "
      "tussentijds werden aangevuld. Schuldhulpverleners vertelden dat zij de berekening vaak zelf moeten "
      "reconstrueren voordat zij een cliënt kunnen helpen."),
    P("Dringende redenen", bold=True),
    P("UWV ziet zelden af van terugvordering: in 2024 in 188 gevallen. UWV onderzoekt alleen of er dringende redenen "
      "zijn als de burger daar uitdrukkelijk om vraagt, en de terugvorderingsbeslissing wijst de burger niet op die "
      "mogelijkheid. In de dossiers vond de ombudsman situaties waarin een beroep op dringende redenen kansrijk had "
      "kunnen zijn, zoals bij een burger met een terminale ziekte, zonder dat iemand de burger daarop wees."),
    P("Aflossing en beslagvrije voet", bold=True),
    P("Als de burger geen gegevens over zijn inkomen en lasten aanlevert, legt UWV een standaardaflossing op, die "
      "afhangt van de hoogte van de vordering. In 38 van de 150 dossiers lag die aflossing hoger dan wat de burger "
      "met inachtneming van de beslagvrije voet had kunnen betalen. UWV beschikt via de polisadministratie zelf over "
      "inkomensgegevens, maar gebruikt die niet om de aflossing te bepalen. Een persoonlijk gesprek over de "
      "betalingsregeling vond in geen van de dossiers plaats, ook niet bij vorderingen boven 10.000 euro."),
    P("Invordering tijdens bezwaar", bold=True),
    P("Tegen ongeveer een op de tien terugvorderingsbeslissingen wordt bezwaar gemaakt, en ruim een kwart van die "
      "bezwaren wordt geheel of gedeeltelijk gegrond verklaard. Tijdens de behandeling van het bezwaar, die gemiddeld "
      "elf weken duurt, loopt de invordering door. Burgers betalen dus soms maandenlang af op een bedrag dat later "
      "te hoog blijkt. UWV verrekent het te veel betaalde achteraf, maar schuldhulpverleners wijzen erop dat de schade "
      "dan vaak al is ontstaan."),
    H2("4.6 Bereikbaarheid"),
    P("Wie vragen heeft over een maatregel of terugvordering, kan bellen met het klantcontactcentrum van UWV. De "
      "medewerkers daar kunnen algemene uitleg geven, maar kunnen het dossier niet beoordelen en geen besluit nemen. "
      "Zij zetten daarom een terugbelverzoek uit bij de afdeling die het besluit nam. Volgens cijfers van UWV werd in "
      "2024 gemiddeld na 4,7 werkdagen teruggebeld; bij een op de vijf verzoeken duurde het langer dan tien "
      "werkdagen. De burgers met wie de ombudsman sprak, noemden het wachten op een terugbelverzoek de meest "
      "frustrerende ervaring in hun contact met UWV."),
    H2("4.7 Leren van bezwaar en beroep"),
    P("Ruim een op de vijf maatregelen waartegen bezwaar wordt gemaakt, wordt in bezwaar herzien; bij terugvorderingen "
      "is dat ruim een kwart. Dat zijn hoge percentages. De afdeling Bezwaar en Beroep registreert de uitkomst van "
      "ieder bezwaar, maar niet systematisch de reden waarom een besluit wordt herzien. Een terugkoppeling naar de "
      "afdelingen die de besluiten nemen, vindt alleen incidenteel plaats. UWV weet daardoor niet welke fouten "
      "steeds terugkomen."),
    H2("4.8 De grenzen van de regels"),
    P("Een deel van de problemen ligt niet in de uitvoering, maar in de regels zelf. De Werkloosheidswet verplicht "
      "UWV een maatregel op te leggen bij iedere tekortkoming; een waarschuwing bij een eerste, geringe overtreding "
      "kent de WW niet, anders dan de Participatiewet voor de bijstand. De standaardverlaging bij te weinig "
      "sollicitatieactiviteiten is voor iemand met een lage uitkering een zware sanctie. En UWV moet ook "
      "terugvorderen als de burger niets te verwijten valt en de fout bij UWV zelf ligt. Medewerkers van UWV zeiden "
      "de ombudsman dat zij in zulke zaken 'wel willen, maar niet mogen'."),
    H("5 Conclusie en aanbevelingen"),
    H2("5.1 Conclusie"),
    P("De ombudsman stelt vast dat UWV in de WW te veel leunt op standaardprocessen en schriftelijke communicatie. "
      "Het gesprek met de burger, dat bij een ingrijpend besluit als een maatregel of een terugvordering voor de "
      "hand ligt, vindt vooraf bijna nooit plaats en achteraf pas in bezwaar. De drie burgers in dit rapport "
      "kregen uiteindelijk grotendeels gelijk, maar pas nadat zij maanden financiële onzekerheid hadden doorgemaakt."),
    P("Samengevat concludeert de ombudsman:", bold=True),
    bullets(
        "UWV handelt niet in strijd met de wet, maar wel in strijd met de behoorlijkheidsnormen luisteren naar de "
        "burger, goede motivering en maatwerk.",
        "UWV gebruikt de ruimte die de regels bieden om te matigen of af te zien van terugvordering, nauwelijks.",
        "UWV heeft onvoldoende zicht op de gevolgen van eigen fouten, zoals de storingen in werk.nl en "
        "verwerkingsfouten bij inkomsten.",
        "De regels zelf laten te weinig ruimte voor een evenredige uitkomst, vooral als de burger te goeder trouw is "
        "of de fout bij UWV ligt.",
    ),
    H2("5.2 Aanbevelingen"),
    P("Op grond van deze conclusies doet de Nationale ombudsman de volgende aanbevelingen."),
    P("Aan UWV:", bold=True),
    recommendations(1, "SZW", REC_1, REC_2, REC_3, REC_4, REC_5, REC_6, REC_7, REC_8, REC_9, REC_10),
    P("Aan de minister van Sociale Zaken en Werkgelegenheid:", bold=True),
    recommendations(11, "SZW", REC_11, REC_12, REC_13),
    P("De Nationale ombudsman verzoekt de Raad van Bestuur van UWV en de minister van Sociale Zaken en "
      "Werkgelegenheid om hem binnen drie maanden te laten weten wat zij met deze aanbevelingen doen. Hij zal over "
      "een jaar nagaan hoe de aanbevelingen zijn uitgevoerd."),
    PageBreak(),
    H("Bijlage 1 Verloop van het onderzoek"),
    bullets(
        "oktober 2024: aankondiging van het onderzoek aan UWV en het ministerie van SZW;",
        "november 2024 tot en met februari 2025: dossieronderzoek in vier districten van UWV;",
        "januari tot en met maart 2025: gesprekken met burgers, medewerkers van UWV en schuldhulpverleners;",
        "april 2025: expertbijeenkomst met sociaal raadslieden, de Landelijke Cliëntenraad en twee "
        "wetenschappers;",
        "juli 2025: conceptrapport voor een reactie op feitelijke onjuistheden voorgelegd aan UWV en het "
        "ministerie van SZW;",
        "september 2025: publicatie van het rapport.",
    ),
    H("Bijlage 2 Begrippen"),
    bullets(
        "Maatregel: een tijdelijke of blijvende, gehele of gedeeltelijke verlaging van de uitkering omdat een "
        "verplichting niet is nagekomen.",
        "Terugvordering: het besluit waarmee UWV vaststelt dat iemand te veel uitkering heeft ontvangen en dat het "
        "te veel betaalde moet worden terugbetaald.",
        "Invordering: het daadwerkelijk innen van het teruggevorderde bedrag, door verrekening of een "
        "betalingsregeling.",
        "Beslagvrije voet: het deel van het inkomen dat een schuldenaar in ieder geval moet overhouden om in de "
        "noodzakelijke kosten van bestaan te voorzien.",
        "Dringende redenen: uitzonderlijke omstandigheden waardoor een terugvordering of maatregel onaanvaardbare "
        "gevolgen zou hebben.",
        "Polisadministratie: de registratie van UWV waarin werkgevers de lonen en dienstverbanden van werknemers "
        "aanleveren.",
        style="–",
    ),
)

REPORT = Document(
    title="Gekort zonder gesprek",
    subtitle="Onderzoek naar de manier waarop UWV maatregelen oplegt en te veel betaalde WW terugvordert",
    blocks=REPORT_BLOCKS,
    running_header="Gekort zonder gesprek  |  Nationale ombudsman, rapport 2025/112",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("De Nationale ombudsman", "Rapportnummer 2025/112", "Den Haag, 16 september 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: letter of the Raad van Bestuur of UWV
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Op grond van die ervaringen voeren wij het vooraf bellen per 1 april 2026 landelijk in voor alle voorgenomen "
       "maatregelen in de WW.")
EV2 = ("Een bredere matigingstoets bij iedere maatregel dan het Maatregelenbesluit toelaat, voeren wij niet in, maar "
       "in ieder besluit laten wij voortaan wel zien welke omstandigheden van de klant wij hebben meegewogen.")
EV3 = "Wij zien daarom geen aanleiding om de maatregelen uit die periode uit eigen beweging te herzien."
EV4 = ("Met ingang van 1 juni 2026 sturen wij bij iedere terugvordering een maandoverzicht mee, waarin per maand "
       "staat wat wij hebben betaald, waarop de klant recht had en wat het verschil is.")
EV5 = ("In de terugvorderingsbeslissing nemen wij voortaan een passage op over dringende redenen en over de manier "
       "waarop de klant zich daarop kan beroepen, maar een ambtshalve toets bij alle ruim 60.000 terugvorderingen "
       "per jaar is voor ons niet uitvoerbaar.")
EV6 = ("Wij nemen uw aanbeveling over om de beslagvrije voet altijd te respecteren, ook als de klant zelf geen "
       "gegevens aanlevert.")
EV9 = ("Een persoonlijk gesprek met iedere klant van wie wij meer dan 2.500 euro terugvorderen, kunnen wij nu niet "
       "toezeggen, maar in 2026 gaan wij in twee regio's na of zo'n gespreksaanbod leidt tot beter passende "
       "betalingsregelingen.")
EV7 = ("Een algemene opschorting van de invordering tijdens de bezwaarprocedure achten wij niet wenselijk, omdat "
       "klanten van wie het bezwaar ongegrond is, dan met een grotere achterstand en hogere maandbedragen worden "
       "geconfronteerd.")
EV10 = ("Vanaf het jaarverslag over 2026 rapporteren wij jaarlijks hoeveel maatregel- en terugvorderingsbesluiten in "
        "bezwaar en beroep geheel of gedeeltelijk worden herzien, en om welke redenen.")


def quoted(number: str, text: str) -> tuple[Paragraph, Paragraph]:
    """The recommendation as UWV quotes it before its answer: a bold label and the text between quotation marks."""
    return P(f"Aanbeveling {number}", bold=True), P(f"‘{text}’")


RESPONSE_BLOCKS = (
    P("Aan de Nationale ombudsman, t.a.v. mr. dr. E.M. Kroonenberg, Postbus 93122, 2509 AC Den Haag"),
    P("Datum: 9 december 2025"),
    P("Ons kenmerk: RvB/2025/1187-JZ  |  Uw kenmerk: 2025/112"),
    P("Behandeld door: Directie Juridische Zaken, afdeling Beleid en Advies"),
    P("Onderwerp: Reactie op het rapport 'Gekort zonder gesprek'", bold=True),
    P("Geachte mevrouw Kroonenberg,"),
    P("Op 16 september 2025 publiceerde u het rapport 'Gekort zonder gesprek', over de manier waarop UWV maatregelen "
      "oplegt in de WW en te veel betaalde uitkering terugvordert. U vroeg ons om u binnen drie maanden te laten "
      "weten wat wij met uw aanbevelingen doen. Met deze brief reageren wij, mede namens de divisies Uitkeren en "
      "Werkbedrijf."),
    P("Wij danken u voor het zorgvuldige onderzoek. Uw rapport is geen gemakkelijke lectuur voor een organisatie "
      "die haar klanten goed wil bedienen. De verhalen van mevrouw A., de heer B. en mevrouw C. laten zien wat een "
      "besluit van UWV kan betekenen voor iemand die al in een kwetsbare situatie zit, en hoe lang het soms duurt "
      "voordat een fout wordt hersteld. Dat betreuren wij. Wij hebben met alle drie contact opgenomen. De heer B. en "
      "mevrouw A. hebben inmiddels een vergoeding ontvangen voor de kosten die zij door onze besluiten hebben "
      "gemaakt, en met mevrouw C. hebben wij haar terugvordering opnieuw doorgenomen."),
    P("Wij herkennen het beeld dat u schetst van een uitvoering die sterk leunt op standaardprocessen. Die processen "
      "zijn nodig om grote aantallen klanten tijdig en gelijk te behandelen, maar zij mogen niet in de plaats komen "
      "van het gesprek met de klant als dat nodig is. Wij zijn daar de afgelopen jaren al mee aan de slag gegaan. "
      "Sinds 2024 hebben wij onder meer:"),
    bullets(
        "de werkmap op werk.nl vervangen door een nieuwe werkmap in Mijn UWV, die sinds september 2024 in gebruik is "
        "en aanzienlijk minder storingen kent;",
        "alle brieven over de inlichtingenplicht herschreven op taalniveau B1, samen met klanten uit de Landelijke "
        "Cliëntenraad;",
        "een meldpunt ingericht waar medewerkers situaties kunnen melden waarin de regels tot een onredelijke uitkomst "
        "leiden, zodat wij die kunnen agenderen bij het ministerie van SZW;",
        "in alle districten een aanspreekpunt menselijke maat aangesteld bij wie medewerkers terechtkunnen met "
        "lastige dossiers.",
    ),
    P("Uw rapport laat zien dat dit niet genoeg is. Hieronder gaan wij in op de tien aanbevelingen die u aan UWV "
      "doet, in de volgorde van uw rapport. Waar wij een aanbeveling niet of niet volledig overnemen, leggen wij uit "
      "waarom."),
    H2("Onze reactie op de aanbevelingen aan UWV"),
    H3("Maatregelen"),
    *quoted("1", REC_1),
    P("Wij zijn het met u eens dat een telefoongesprek vooraf veel misverstanden kan voorkomen. In het geval van "
      "mevrouw A. had één gesprek duidelijk gemaakt waarom zij niet op de afspraak was verschenen. Sinds maart 2025 "
      "bellen handhavingsmedewerkers in de regio's Rijnmond en Twente de klant voordat zij een maatregel opleggen. In "
      "ruim een kwart van de gesprekken kwam informatie naar voren die tot een lagere maatregel of tot afzien van de "
      "maatregel leidde. " + EV1 + " De uitkomst van het gesprek wordt vastgelegd in het klantdossier, zodat ook de "
      "werkcoach en, als het zover komt, de bezwaarbehandelaar kunnen zien wat de klant heeft verteld. Lukt het na "
      "twee pogingen niet om de klant te bereiken, dan volgt zoals nu een brief met het voornemen.",
      answers=(Answer("1", "agree", EV1),)),
    *quoted("2", REC_2),
    P("Wij herkennen dat onze maatregelbesluiten vooral uit standaardteksten bestaan en dat de klant daaruit niet kan "
      "opmaken of wij naar zijn situatie hebben gekeken. Tegelijk biedt het Maatregelenbesluit "
      "socialezekerheidswetten alleen ruimte om te matigen als de klant de gedraging in mindere mate kan worden "
      "verweten; persoonlijke omstandigheden die daar los van staan, mogen wij niet laten meewegen. " + EV2 + " Het "
      "telefoongesprek uit aanbeveling 1 helpt ons om die omstandigheden ook daadwerkelijk te kennen. De nieuwe "
      "besluitteksten gaan op 1 april 2026 in gebruik, tegelijk met het vooraf bellen.",
      answers=(Answer("2", "partial", EV2),)),
    *quoted("3", REC_3),
    P("De storingen in de werkmap op werk.nl in 2022 en 2023 hadden niet mogen gebeuren, en wij erkennen dat onze "
      "handhavingsmedewerkers daarover onvoldoende waren geïnformeerd. Het is echter niet mogelijk om achteraf per "
      "dossier vast te stellen of een storing de oorzaak was van het ontbreken van een registratie. De storingen "
      "betroffen steeds een deel van de gebruikers en een deel van de dag, en in de meeste dossiers uit die periode "
      "ontbreekt elk aanknopingspunt dat de klant wel had gesolliciteerd. Klanten die bezwaar maakten en konden "
      "laten zien dat zij wel hadden gesolliciteerd, hebben wij in het gelijk gesteld. " + EV3 + " Klanten die "
      "menen dat zij door een storing ten onrechte een maatregel kregen, kunnen ons op grond van de Algemene wet "
      "bestuursrecht altijd vragen hun besluit te heroverwegen.",
      answers=(Answer("3", "disagree", EV3),)),
    H3("Terugvordering en invordering"),
    P("U beschrijft hoe mevrouw C. binnen enkele weken drie brieven met drie verschillende bedragen ontving, zonder "
      "dat zij kon nagaan hoe die bedragen waren berekend. Een klant die geld moet terugbetalen, moet kunnen zien "
      "waar dat bedrag vandaan komt. " + EV4 + " Wij hebben de nieuwe brief met twintig klanten en met "
      "schuldhulpverleners getest op begrijpelijkheid. Daarnaast wachten wij voortaan met een "
      "terugvorderingsbeslissing tot de loongegevens over de betrokken maanden volledig zijn, zodat klanten niet "
      "meer kort na elkaar verschillende bedragen ontvangen.",
      answers=(Answer("4", "agree", EV4),)),
    *quoted("5", REC_5),
    P("Wij delen uw constatering dat klanten de mogelijkheid om een beroep te doen op dringende redenen vaak niet "
      "kennen. " + EV5 + " Voor zo'n toets hebben wij gegevens nodig over de persoonlijke en financiële situatie van "
      "de klant, die wij niet hebben en die wij niet bij iedere klant zonder aanleiding kunnen opvragen. Zien onze "
      "medewerkers in het contact met een klant wel signalen van een uitzonderlijke situatie, zoals een ernstige "
      "ziekte, dan leggen zij de zaak voor aan een specialist terugvordering.",
      answers=(Answer("5", "partial", EV5),)),
    P("Bij het vaststellen van de aflossing gaan wij nu uit van de gegevens die de klant ons stuurt. Als die "
      "ontbreken, rekenen wij met een standaardbedrag, en u laat zien dat klanten daardoor soms minder overhouden dan "
      "de beslagvrije voet. Dat is niet de bedoeling. " + EV6 + " Vanaf het derde kwartaal van 2026 berekenen wij "
      "de beslagvrije voet met de landelijke rekenmodule die ook gemeenten en gerechtsdeurwaarders gebruiken, en "
      "gebruiken wij daarvoor de inkomensgegevens uit de polisadministratie. Voor klanten met een hoge "
      "terugvordering vraagt u ons daarnaast om actief een gesprek aan te bieden. " + EV9 + " Wij betrekken daarbij "
      "de schuldhulpverlening van de gemeenten in die regio's.",
      answers=(Answer("6", "agree", EV6), Answer("9", "partial", EV9))),
    *quoted("7", REC_7),
    P("Een bezwaar schort de werking van een terugvorderingsbesluit niet op; zo heeft de wetgever het geregeld. Wij "
      "begrijpen dat het voor een klant wrang is om te betalen terwijl hij nog niet weet of het bedrag klopt. "
      "Klanten die bezwaar maken en daardoor in financiële problemen komen, kunnen nu al om uitstel van betaling "
      "vragen, en als het bezwaar gegrond is, betalen wij het te veel ingevorderde binnen vier weken terug. " + EV7,
      answers=(Answer("7", "disagree", EV7),)),
    H3("Bereikbaarheid en contact"),
    P("De telefonische bereikbaarheid van UWV is de afgelopen jaren verbeterd. In 2025 hebben wij 240 medewerkers "
      "extra aangenomen voor het klantcontactcentrum WW, en de gemiddelde wachttijd aan de telefoon daalde van negen "
      "naar vier minuten. Klanten kunnen via Mijn UWV of de telefoon een terugbelverzoek doen; dat verzoek komt "
      "terecht bij het team dat over hun uitkering gaat. In 2025 werd zo'n verzoek gemiddeld binnen vier werkdagen "
      "afgehandeld."),
    H3("Leren van bezwaar en beroep"),
    *quoted("10", REC_10),
    P("U wijst er terecht op dat wij te weinig leren van de uitkomsten van bezwaarzaken. " + EV10 + " De afdeling "
      "Bezwaar en Beroep legt daarvoor sinds 1 oktober 2025 bij iedere herziening de reden vast in een vaste "
      "indeling. Ieder kwartaal bespreken de afdelingen Handhaving, Uitkeren en Debiteurenbeheer de uitkomsten en "
      "passen zij waar nodig hun werkinstructies aan. Wij sturen u het eerste overzicht, over het eerste halfjaar "
      "van 2026, na de zomer van 2026.",
      answers=(Answer("10", "agree", EV10),)),
    H2("De aanbevelingen aan de minister van Sociale Zaken en Werkgelegenheid"),
    P("Uw aanbevelingen 11, 12 en 13 zijn gericht aan de minister van Sociale Zaken en Werkgelegenheid. Wij hebben "
      "uw rapport in oktober met het ministerie besproken. De minister heeft ons laten weten dat hij zelf op deze "
      "aanbevelingen reageert, in een brief die hij voor 1 maart 2026 aan u en aan de Tweede Kamer stuurt. Voor zover "
      "ons bekend, worden de aanbevelingen over een waarschuwing bij een eerste tekortkoming en over de hoogte van de "
      "standaardverlaging betrokken bij het wetsvoorstel vereenvoudiging WW dat het ministerie voorbereidt. UWV zal "
      "over dat wetsvoorstel een uitvoeringstoets uitbrengen."),
    H2("Tot slot"),
    P("Uw rapport en de verhalen van de burgers die u sprak, nemen wij mee in ons programma Menselijke maat in de "
      "uitvoering. Wij informeren u over een jaar over de stand van zaken van de toezeggingen in deze brief. Wij zijn "
      "graag bereid om de uitkomsten van de proef met een gespreksaanbod bij hoge terugvorderingen met uw medewerkers "
      "te bespreken."),
    P("Met vriendelijke groet,"),
    P("Raad van Bestuur UWV"),
    P("drs. M.J. (Maarten) Hoogeveen-Smit, voorzitter"),
)

RESPONSE = Document(
    title="UWV  |  Raad van Bestuur",
    subtitle="Uitvoeringsinstituut Werknemersverzekeringen  |  Postbus 58285, 1040 HG Amsterdam  |  www.uwv.nl",
    blocks=RESPONSE_BLOCKS,
    running_header="UWV Raad van Bestuur  |  Ons kenmerk RvB/2025/1187-JZ",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="benefits_agency_board_reply",
    report=REPORT,
    response=RESPONSE,
    description="Nationale ombudsman report on UWV sanctions and WW recovery (13 recommendations: 1-10 'Aan UWV:', "
                "11-13 'Aan de minister van SZW:' with running numbering) answered by a letter of UWV's Raad van "
                "Bestuur that quotes most recommendations before its answer, answers 4, 6 and 9 by subject, leaves "
                "8 unanswered behind an accessibility context paragraph and passes 11-13 on to the minister.",
)
