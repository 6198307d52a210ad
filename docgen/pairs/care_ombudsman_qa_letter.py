"""Pair: a fictional report of the Nationale ombudsman on waiting for a Wlz indication from the CIZ ("Wachten op een
indicatie voor langdurige zorg"), answered by a letter of the minister of VWS written as questions and answers.

Report layout: sans, title page with imprint, running header, chapters numbered in the heading text with level-2
sections, footnotes, a "1." list of research questions in chapter 1 (not recommendations), bullet lists of findings in
the "Samenvatting" (which says "De ombudsman doet elf aanbevelingen." but does not repeat them), a grid table of
processing times, bold "Casus" lead-ins, an "a." list of conclusions in chapter 6.  The eleven recommendations sit in
the final chapter 7 "Wat de ombudsman aanbeveelt" as one "1." list; each item opens with its addressee followed by a
dash: "Minister van VWS – zorg ervoor dat ...", "CIZ – ...", "Zorgkantoren – ...", "Minister van VWS en CIZ – ...".
No recommendation is printed twice.

Response layout: serif letter without title page from the minister of VWS to the Tweede Kamer.  After a short
introduction the letter is a series of bold question headings ("Neemt de minister de aanbeveling over om de wachttijd
te beperken?") each followed by answer paragraphs.  The first two questions only give context (what the ombudsman
found, current waiting times with a bullet list of measures already taken); the last one is about follow-up.  Two
questions cover two recommendations each (3 and 5; 7 and 8).  The CIZ's reactions are reported in the third person
("Het CIZ neemt deze aanbeveling over ...").  Most answers refer to the recommendation by subject, a few by number.

  1 structural capacity CIZ, decide within 6 weeks (VWS)  partial  - temporary 12 mln extra, structural money refused,
                                                                    in one sentence
  2 provisional indication by operation of law (VWS)      disagree - "acht ik niet verantwoord"
  3 CIZ tells expected duration within two weeks (VWS)    agree    - CIZ (3rd person) adopts it, date 1 april 2026
  4 assess on the file without home visit (VWS)           agree    - "Het CIZ onderschrijft deze aanbeveling en ..."
                                                                    with a concrete committed change
  5 fixed contact person after six weeks (VWS)            partial  - only a pilot in two regions, decision in 2027
  6 point to the 'dwangsom' on overdue decisions (VWS)    disagree - "ziet geen aanleiding", existing practice as reason
  7 bridging care within two weeks (zorgkantoren: OTHER)  not_addressed - passed on: zorgkantoren answer the
                                                                    ombudsman themselves (via ZN)
  8 zorgkantoor contacts client within 5 days (OTHER)     not_addressed - same question; only existing policy on
                                                                    zorgbemiddeling described, no position
  9 digital medical data with 5-day term (VWS)            agree    - "Ik neem de aanbeveling over en wijzig daarvoor
                                                                    het Besluit langdurige zorg." plus the term
 10 quarterly public processing times (VWS, CIZ=VWS)      agree    - by subject, no cue word: CIZ publishes per
                                                                    quarter, per region and type of request
 11 Wlz access on a doctor's statement for ALS etc. (VWS) disagree - "vind ik echter niet juist", after sympathy
All prose is fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

RECS = (
    ("Minister van VWS – zorg ervoor dat het CIZ weer binnen de wettelijke beslistermijn van zes weken beslist, en "
     "maak daarvoor structureel voldoende middelen vrij, zodat de wachttijd niet opnieuw oploopt zodra de tijdelijke "
     "inzet van extra beoordelaars stopt.", ("VWS",)),
    ("Minister van VWS – regel in de Wet langdurige zorg dat een aanvrager over wiens aanvraag niet binnen de "
     "beslistermijn is beslist, van rechtswege een voorlopige indicatie krijgt, zodat de zorg kan beginnen.",
     ("VWS",)),
    ("CIZ – laat iedere aanvrager binnen twee weken na ontvangst van de aanvraag weten hoe lang de beoordeling naar "
     "verwachting duurt, en meld het uit uzelf als die verwachting niet wordt gehaald.", ("VWS",)),
    ("CIZ – beoordeel aanvragen waarin de zorgbehoefte al duidelijk uit de medische gegevens blijkt, op basis van "
     "het dossier, zonder te wachten op een huisbezoek.", ("VWS",)),
    ("CIZ – geef iedere aanvrager van wie de aanvraag langer dan zes weken loopt, een vaste contactpersoon die hij "
     "of zijn mantelzorger rechtstreeks kan bellen.", ("VWS",)),
    ("CIZ – wijs aanvragers bij een overschrijding van de beslistermijn schriftelijk op hun recht om het CIZ in "
     "gebreke te stellen en op de dwangsom bij niet tijdig beslissen.", ("VWS",)),
    ("Zorgkantoren – zorg ervoor dat iemand met een Wlz-indicatie die niet direct in een instelling terecht kan, "
     "binnen twee weken passende overbruggingszorg thuis krijgt.", ("OTHER",)),
    ("Zorgkantoren – neem binnen vijf werkdagen na het indicatiebesluit zelf contact op met de cliënt of diens "
     "vertegenwoordiger over de zorgbemiddeling, in plaats van te wachten tot de cliënt zich meldt.", ("OTHER",)),
    ("Minister van VWS – maak het mogelijk dat het CIZ, met toestemming van de aanvrager, medische gegevens digitaal "
     "opvraagt bij de huisarts en andere behandelaars, en leg vast dat zij die binnen vijf werkdagen aanleveren.",
     ("VWS",)),
    ("Minister van VWS en CIZ – maak elk kwartaal openbaar hoe lang de beoordeling van Wlz-aanvragen duurt, per "
     "regio en per soort aanvraag.", ("VWS",)),
    ("Minister van VWS – geef mensen met een snel progressieve aandoening, zoals ALS, toegang tot de Wlz op basis "
     "van een verklaring van de behandelend arts, zonder volledige beoordeling door het CIZ.", ("VWS",)),
)

RECOMMENDATIONS = ItemList(
    items=tuple(ListItem(text, recommendation=Recommendation(str(i + 1), depts)) for i, (text, depts) in
                enumerate(RECS)),
    style="1.",
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie langdurige zorg nodig heeft, staat meestal met de rug tegen de muur. Een partner kan de zorg thuis niet "
      "meer volhouden, een ouder met dementie raakt 's nachts de weg kwijt, een jongvolwassene met een ernstige "
      "verstandelijke beperking kan niet langer bij zijn ouders wonen. Op dat moment is een indicatie van het "
      "Centrum indicatiestelling zorg (CIZ) de sleutel tot de zorg die nodig is. Zonder indicatie geen plek in een "
      "verpleeghuis of woonvoorziening, en vaak ook geen passende zorg thuis."),
    P("In 2024 en 2025 kreeg de Nationale ombudsman steeds meer klachten van mensen die maanden op die sleutel "
      "moesten wachten. Zij vertelden over telefoontjes die niet werden beantwoord, over brieven die niets "
      "zeiden, en over mantelzorgers die op omvallen stonden. Het CIZ erkende dat de wachttijden te lang waren en "
      "nam maatregelen. Toch bleven de klachten komen. Dat was voor mij aanleiding voor dit onderzoek."),
    P("Ik ben de mensen die hun verhaal met mijn medewerkers deelden, zeer erkentelijk. Ook dank ik de "
      "medewerkers van het CIZ, de zorgkantoren, de ministeries en de cliëntorganisaties voor hun openheid. Zij "
      "zien zelf ook dat het beter moet. Dit rapport wil laten zien waar het volgens de ombudsman om draait: dat "
      "mensen niet alleen snel, maar ook behoorlijk worden behandeld terwijl zij wachten."),
    P("drs. M.E. (Marieke) Stoutjesdijk, Nationale ombudsman"),
    PageBreak(),
    H("Samenvatting"),
    P("Mensen die blijvend intensieve zorg nodig hebben, kunnen een beroep doen op de Wet langdurige zorg (Wlz). "
      "Het CIZ beoordeelt of iemand daarvoor in aanmerking komt. De wet geeft het CIZ daarvoor zes weken, met een "
      "mogelijkheid om die termijn eenmaal met zes weken te verlengen. In 2024 en 2025 werd die termijn bij een "
      "groot deel van de aanvragen overschreden. De Nationale ombudsman onderzocht wat dat betekent voor de mensen "
      "die wachten, en of het CIZ, de minister van Volksgezondheid, Welzijn en Sport en de zorgkantoren hen "
      "behoorlijk behandelen."),
    P("De ombudsman analyseerde 186 klachten, sprak met 41 aanvragers en mantelzorgers, interviewde medewerkers "
      "van het CIZ, vijf zorgkantoren en het ministerie, en bestudeerde gegevens over de doorlooptijden. De "
      "belangrijkste bevindingen zijn:"),
    bullets(
        "In 2024 besliste het CIZ over 38 procent van de eerste aanvragen niet binnen de wettelijke termijn; in het "
        "eerste halfjaar van 2025 was dat 44 procent. De gemiddelde doorlooptijd liep op tot tien weken.",
        "De wachttijd ontstaat vooral bij aanvragen waarvoor een huisbezoek nodig wordt geacht en bij aanvragen "
        "waarvoor medische gegevens bij de huisarts of specialist moeten worden opgevraagd.",
        "Aanvragers horen weken niets. In ruim de helft van de onderzochte klachten wist de aanvrager niet hoe lang "
        "het nog zou duren; verlengingsbrieven zijn standaardbrieven zonder verwachte datum.",
        "Wie het CIZ belt, krijgt telkens een andere medewerker aan de lijn en moet het verhaal opnieuw doen.",
        "Aanvragers weten zelden dat zij het CIZ in gebreke kunnen stellen als de termijn is verstreken.",
        "Ook na de indicatie gaat het wachten door: op een plek in een instelling en soms op passende zorg thuis. "
        "Zorgkantoren nemen niet altijd zelf contact op met de cliënt.",
        "Mensen met een snel verslechterende aandoening, zoals ALS, lopen het grootste risico: hun situatie is vaak "
        "al veranderd voordat het besluit er ligt.",
    ),
    P("De ombudsman concludeert dat de wachttijden niet alleen een capaciteitsprobleem zijn, maar ook een probleem "
      "van informatie en bereikbaarheid. Mensen kunnen het wachten beter verdragen als zij weten waar zij aan toe "
      "zijn en iemand kunnen bereiken. Het CIZ heeft de afgelopen jaren te veel gestuurd op de productie van "
      "besluiten, en te weinig op het contact met de mensen die op die besluiten wachten."),
    P("De ombudsman doet elf aanbevelingen. Zij zijn gericht aan de minister van VWS, aan het CIZ en aan de "
      "zorgkantoren, en staan in hoofdstuk 7. De ombudsman verzoekt de minister om binnen drie maanden te laten "
      "weten wat hij met de aanbevelingen doet, ook namens het CIZ."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Sinds de invoering van de Wet langdurige zorg in 2015 beoordeelt het CIZ of iemand blijvend behoefte heeft "
      "aan permanent toezicht of 24 uur per dag zorg in de nabijheid. Jaarlijks gaat het om ruim 200.000 aanvragen: "
      "eerste aanvragen, herindicaties na een verandering in de situatie en aanvragen met spoed. Lange tijd haalde "
      "het CIZ de wettelijke termijn bij het overgrote deel van de aanvragen."),
    P("Vanaf 2023 liep het aantal aanvragen op, vooral door de vergrijzing en door de groei van het aantal mensen "
      "met dementie. Tegelijk had het CIZ moeite om voldoende beoordelaars te werven en te behouden. Het gevolg was "
      "een groeiende voorraad aanvragen. Bij de Nationale ombudsman steeg het aantal klachten over het CIZ van 37 "
      "in 2022 naar 142 in 2024. Ook de Kamer vroeg herhaaldelijk aandacht voor de wachttijden.", footnotes=(
        "Zie onder meer de motie van het lid Van der Linden over de wachttijden bij het CIZ (Kamerstukken II "
        "2024/25, 34104, nr. 412, fictief).",)),
    H2("1.2 Onderzoeksvragen"),
    P("In dit onderzoek staan de volgende vragen centraal:", bold=True),
    ItemList(items=(
        ListItem("Hoe lang wachten aanvragers op een Wlz-indicatie, en hoe heeft die wachttijd zich sinds 2022 "
                 "ontwikkeld?"),
        ListItem("Wat zijn de oorzaken van de overschrijding van de beslistermijn?"),
        ListItem("Hoe ervaren aanvragers en hun naasten het wachten, en welke gevolgen heeft het voor hen?"),
        ListItem("Behandelen het CIZ, de minister en de zorgkantoren de aanvragers tijdens en na het wachten "
                 "behoorlijk?"),
    ), style="1."),
    H2("1.3 Aanpak"),
    P("Het onderzoek liep van februari tot en met september 2025. De ombudsman heeft de volgende bronnen "
      "gebruikt:"),
    bullets(
        "186 klachten over het CIZ die tussen januari 2024 en juni 2025 bij de Nationale ombudsman binnenkwamen;",
        "gesprekken met 41 aanvragers en mantelzorgers, van wie 12 in hun eigen woning;",
        "interviews met 19 medewerkers van het CIZ, onder wie beoordelaars, teamleiders en de directie;",
        "interviews met medewerkers van vijf zorgkantoren en van de directie Langdurige Zorg van het ministerie "
        "van VWS;",
        "cijfers van het CIZ over aanvragen, doorlooptijden en termijnoverschrijdingen over 2022 tot en met het "
        "eerste halfjaar van 2025.",
    ),
    P("Het conceptrapport is in oktober 2025 voorgelegd aan het CIZ, de minister van VWS en Zorgverzekeraars "
      "Nederland namens de zorgkantoren. Hun reacties op de feiten zijn verwerkt."),
    H2("1.4 Opbouw"),
    P("Hoofdstuk 2 beschrijft hoe de indicatiestelling voor de Wlz werkt. Hoofdstuk 3 laat zien hoe lang mensen "
      "wachten en hoe zij dat ervaren. In hoofdstuk 4 gaat de ombudsman in op de oorzaken, in hoofdstuk 5 op de "
      "periode na de indicatie. Hoofdstuk 6 bevat de conclusies en hoofdstuk 7 de aanbevelingen."),
    H("2 De indicatie voor langdurige zorg"),
    H2("2.1 Wie komt in aanmerking?"),
    P("De Wlz is bedoeld voor mensen die blijvend zijn aangewezen op permanent toezicht of op 24 uur per dag zorg "
      "in de nabijheid, bijvoorbeeld door dementie, een ernstige lichamelijke of verstandelijke beperking of een "
      "psychische stoornis. Wie minder zorg nodig heeft, krijgt die via de Wmo, de Zorgverzekeringswet of de "
      "Jeugdwet. De grens tussen deze wetten is niet altijd scherp, en juist die grensgevallen vragen veel tijd "
      "van de beoordelaars."),
    H2("2.2 De procedure"),
    P("Een aanvraag wordt meestal ingediend door de aanvrager zelf, een familielid of een zorgprofessional, zoals "
      "een wijkverpleegkundige of casemanager dementie. Het CIZ verzamelt de medische gegevens, vaak door die op te "
      "vragen bij de huisarts of de specialist, en beslist of een huisbezoek of een gesprek nodig is. Daarna neemt "
      "een beoordelaar een besluit. Binnen zes weken moet het besluit er zijn; het CIZ kan die termijn eenmaal "
      "met zes weken verlengen als het de aanvraag niet op tijd kan afronden.", footnotes=(
        "Artikel 3.2.3 Wlz en artikel 4:13 en 4:14 Algemene wet bestuursrecht.",)),
    P("Voor spoedeisende situaties, bijvoorbeeld als een mantelzorger plotseling wegvalt, bestaat een "
      "spoedprocedure. Het CIZ beslist dan binnen enkele dagen. Ook kan een zorgaanbieder in acute situaties alvast "
      "zorg verlenen, vooruitlopend op het besluit. Deze spoedroute is echter bedoeld voor uitzonderingen en dekt "
      "niet de situatie van mensen die weken wachten zonder dat er sprake is van een acute crisis."),
    H2("2.3 Wat als het CIZ te laat beslist?"),
    P("Beslist het CIZ niet binnen de termijn, dan kan de aanvrager het CIZ schriftelijk in gebreke stellen. Neemt "
      "het CIZ daarna niet binnen twee weken een besluit, dan is het een dwangsom verschuldigd, die oploopt tot "
      "maximaal 1.442 euro. De aanvrager kan ook beroep instellen bij de rechter tegen het niet tijdig beslissen. "
      "In de praktijk maken weinig aanvragers van deze mogelijkheden gebruik: in 2024 ontving het CIZ 312 "
      "ingebrekestellingen, op ruim 70.000 termijnoverschrijdingen."),
    H2("2.4 Na de indicatie"),
    P("Heeft iemand een indicatie, dan is het zorgkantoor in de regio verantwoordelijk voor het organiseren van de "
      "zorg. Het zorgkantoor heeft een zorgplicht en moet, als de gewenste instelling vol is, zorgbemiddeling "
      "bieden en zo nodig overbruggingszorg regelen. Zorgkantoren worden uitgevoerd door zorgverzekeraars; zij "
      "vallen onder toezicht van de Nederlandse Zorgautoriteit."),
    H("3 Wachten op een besluit"),
    H2("3.1 De cijfers"),
    P("Tabel 1 toont de ontwikkeling van het aantal aanvragen en de doorlooptijden. Het aantal eerste aanvragen "
      "steeg in drie jaar met bijna een kwart, terwijl het aantal beoordelaars in dezelfde periode nauwelijks "
      "toenam."),
    Table(
        header=("Jaar", "Aanvragen (totaal)", "Gemiddelde doorlooptijd", "Buiten termijn van 6 weken",
                "Buiten verlengde termijn"),
        rows=(
            ("2022", "188.400", "4,8 weken", "14%", "2%"),
            ("2023", "201.900", "6,1 weken", "27%", "6%"),
            ("2024", "219.300", "8,7 weken", "38%", "11%"),
            ("2025 (1e halfjaar)", "116.800", "10,2 weken", "44%", "15%"),
        ),
        widths=(1.3, 1.3, 1.4, 1.4, 1.4),
    ),
    P("Tabel 1. Aanvragen en doorlooptijden Wlz-indicaties. Bron: CIZ, bewerking Nationale ombudsman."),
    P("De gemiddelden verhullen grote verschillen. Aanvragen waarvoor geen huisbezoek nodig was, werden gemiddeld "
      "binnen vijf weken afgerond. Aanvragen met een huisbezoek duurden gemiddeld veertien weken. Ook tussen regio's "
      "zijn de verschillen groot: in Noord-Holland Noord en Zeeland was de gemiddelde doorlooptijd in 2025 ruim "
      "twaalf weken, in Twente zeven weken. Het CIZ publiceert deze cijfers niet; de ombudsman heeft ze op verzoek "
      "ontvangen."),
    H2("3.2 Hoe mensen het wachten ervaren"),
    P("Casus: de heer Van Wijk", bold=True),
    P("De 84-jarige echtgenote van de heer Van Wijk heeft vergevorderde dementie. Hij verzorgde haar thuis, met hulp "
      "van de thuiszorg. Toen zij 's nachts steeds vaker de deur uit liep, vroeg de casemanager dementie in maart "
      "2025 een Wlz-indicatie aan. Na zes weken kreeg de heer Van Wijk een brief dat de termijn werd verlengd. Een "
      "verwachte datum stond er niet in. Hij belde het CIZ vijf keer en sprak telkens met een andere medewerker. "
      "Pas na vijftien weken kwam er een beoordelaar langs. 'Ze zag binnen tien minuten dat het niet meer ging. Dat "
      "had de huisarts in maart al opgeschreven.'"),
    P("Casus: mevrouw Demir", bold=True),
    P("Mevrouw Demir vroeg een indicatie aan voor haar zoon van negentien met een ernstige verstandelijke beperking. "
      "Het CIZ vroeg gegevens op bij de behandelend arts, maar die kwamen pas na zeven weken binnen. Mevrouw Demir "
      "wist dat niet; zij dacht dat haar aanvraag kwijt was. 'Als iemand me had verteld waar het op wachtte, had ik "
      "de arts zelf kunnen bellen.'"),
    P("Casus: de heer Bosman", bold=True),
    P("Bij de heer Bosman werd in januari 2025 ALS vastgesteld. Zijn aanvraag voor een Wlz-indicatie werd in april "
      "ingediend. Toen de beoordelaar in juli op huisbezoek kwam, was hij inmiddels volledig bedlegerig en was de "
      "aangevraagde zorg allang niet meer passend. Zijn vrouw: 'We waren steeds een stap te laat.'"),
    P("Deze verhalen staan niet op zichzelf. In de klachten en gesprekken kwamen vier ervaringen steeds terug. "
      "Aanvragers weten niet hoe lang het gaat duren. Zij kunnen niemand bereiken die hun dossier kent. Zij weten "
      "niet wat zij zelf kunnen doen om het proces te versnellen of wat hun rechten zijn. En hun mantelzorgers "
      "raken overbelast: in een derde van de gesprekken vertelde een mantelzorger dat hij zelf ziek was geworden of "
      "zijn werk had moeten opgeven."),
    H2("3.3 De brieven van het CIZ"),
    P("De ombudsman heeft de standaardbrieven van het CIZ bekeken. De ontvangstbevestiging noemt de wettelijke "
      "termijn en vermeldt in een voetnoot dat de aanvrager het CIZ in gebreke kan stellen als die termijn wordt "
      "overschreden. De verlengingsbrief zegt dat het CIZ 'meer tijd nodig heeft', zonder reden en zonder nieuwe "
      "verwachte datum. Als ook de verlengde termijn verstrijkt, ontvangt de aanvrager geen bericht meer. Geen van "
      "de aanvragers met wie de ombudsman sprak, had de voetnoot over de ingebrekestelling gelezen of begrepen."),
    H("4 Waarom duurt het zo lang?"),
    H2("4.1 Te weinig beoordelaars"),
    P("Het CIZ heeft in 2024 en 2025 ongeveer 120 extra beoordelaars aangenomen, voor een deel met tijdelijke "
      "middelen die de minister beschikbaar stelde. Tegelijk vertrokken er bijna evenveel, vaak naar een baan in de "
      "zorg zelf. De inwerktijd van een nieuwe beoordelaar is ongeveer een halfjaar. Het CIZ gaf aan dat het met "
      "tijdelijk geld moeilijk is om mensen een vaste aanstelling te bieden, wat het verloop vergroot."),
    H2("4.2 Wachten op medische gegevens"),
    P("Bij ongeveer de helft van de aanvragen vraagt het CIZ gegevens op bij de huisarts of een specialist. Dat "
      "gebeurt nog grotendeels per brief of via een beveiligde mail, waarna het CIZ de antwoorden handmatig in het "
      "dossier zet. Er geldt geen termijn waarbinnen de zorgverlener moet antwoorden. Gemiddeld duurde het in 2024 "
      "22 dagen voordat de gegevens binnen waren; bij specialisten in ziekenhuizen ruim een maand.", footnotes=(
        "Een koppeling met het landelijk netwerk voor uitwisseling van medische gegevens is technisch mogelijk, "
        "maar ontbreekt omdat de grondslag voor het opvragen door het CIZ niet is uitgewerkt.",)),
    H2("4.3 Huisbezoeken als standaard"),
    P("Het CIZ voert bij bijna de helft van de eerste aanvragen een huisbezoek of gesprek uit. Beoordelaars gaven "
      "aan dat zij dit vaak doen uit voorzorg, ook als de medische gegevens al een duidelijk beeld geven. In de "
      "dossiers die de ombudsman bekeek, leidde het huisbezoek in acht van de tien gevallen tot hetzelfde besluit "
      "als op grond van de gegevens te verwachten was. Huisbezoeken vragen veel planning en reistijd en zijn de "
      "grootste oorzaak van vertraging."),
    H2("4.4 Sturing op productie"),
    P("Het CIZ stuurt intern op het aantal afgeronde besluiten per beoordelaar. Dat heeft de productie verhoogd, "
      "maar heeft er ook toe geleid dat telefonisch contact met aanvragers als bijzaak wordt gezien. Het "
      "klantcontactcentrum kan de status van een aanvraag zien, maar niet waarop die wacht. Een vaste contactpersoon "
      "is er niet; alleen bij spoedaanvragen is er een korte lijn met een beoordelaar."),
    H("5 Na het besluit"),
    P("Met het indicatiebesluit is het wachten voor veel mensen niet voorbij. Voor verpleeghuizen bestaan in "
      "meerdere regio's wachtlijsten van maanden. Het zorgkantoor moet dan bemiddelen en, zolang er geen plek is, "
      "zorgen voor overbruggingszorg. De ombudsman hoorde wisselende ervaringen. Sommige zorgkantoren belden de "
      "cliënt binnen een week, andere stuurden alleen een brief met een telefoonnummer. Een aantal aanvragers wist "
      "niet dat het zorgkantoor hen kon helpen en zocht zelf maandenlang naar een plek."),
    P("Overbruggingszorg bleek in de praktijk vaak te bestaan uit een paar uur extra thuiszorg per week. Voor "
      "mensen die toezicht nodig hebben, is dat onvoldoende. Zorgkantoren wezen erop dat zij afhankelijk zijn van "
      "de beschikbaarheid van personeel bij aanbieders. De ombudsman erkent dat, maar stelt vast dat de zorgplicht "
      "bij het zorgkantoor ligt en dat de cliënt niet de dupe mag worden van het tekort."),
    P("De ombudsman heeft ook gekeken naar de overdracht van het CIZ naar het zorgkantoor. Het indicatiebesluit "
      "wordt digitaal doorgestuurd, maar de informatie over de urgentie van de situatie gaat daarbij vaak verloren. "
      "Het zorgkantoor weet dus niet altijd dat een mantelzorger op het punt staat om uit te vallen."),
    H("6 Conclusies"),
    P("Op basis van het onderzoek komt de ombudsman tot de volgende conclusies:"),
    ItemList(items=(
        ListItem("Het CIZ overschrijdt de wettelijke beslistermijn structureel. Dat is niet behoorlijk, en de "
                 "tijdelijke maatregelen van de afgelopen jaren hebben onvoldoende effect gehad."),
        ListItem("De wachttijd wordt voor een groot deel veroorzaakt door werkwijzen die het CIZ en de minister zelf "
                 "kunnen veranderen: het standaard afleggen van huisbezoeken en het trage opvragen van medische "
                 "gegevens."),
        ListItem("Aanvragers worden tijdens het wachten onvoldoende geïnformeerd. Zij weten niet hoe lang het duurt, "
                 "waarop het wacht en wie zij kunnen bellen. Dat is in strijd met de behoorlijkheidsnormen van "
                 "actieve informatieverstrekking en betrokkenheid."),
        ListItem("De rechtsbescherming bij niet tijdig beslissen is voor aanvragers in de praktijk nauwelijks "
                 "bruikbaar, omdat zij er niet van weten."),
        ListItem("Na de indicatie nemen zorgkantoren niet altijd zelf de regie, terwijl de zorgplicht bij hen ligt."),
        ListItem("Voor mensen met een snel verslechterende aandoening schiet het huidige stelsel tekort."),
        ListItem("Er is geen openbaar inzicht in de wachttijden, waardoor aanvragers, zorgprofessionals en de "
                 "Kamer niet kunnen zien of de situatie verbetert."),
    ), style="a."),
    P("De ombudsman benadrukt dat hij de inzet van de medewerkers van het CIZ niet ter discussie stelt. Veel "
      "beoordelaars werken onder hoge druk en doen hun best voor de mensen die zij bezoeken. Het probleem zit in "
      "het systeem en in de keuzes die daarin zijn gemaakt."),
    PageBreak(),
    H("7 Wat de ombudsman aanbeveelt"),
    P("De ombudsman doet de volgende aanbevelingen. Bij iedere aanbeveling staat aan wie zij is gericht."),
    RECOMMENDATIONS,
    P("De ombudsman verzoekt de minister van VWS om binnen drie maanden na publicatie van dit rapport te laten "
      "weten wat hij, ook namens het CIZ, met deze aanbevelingen doet. Aan Zorgverzekeraars Nederland vraagt de "
      "ombudsman om de reactie van de zorgkantoren binnen dezelfde termijn toe te sturen. De ombudsman zal over een "
      "jaar nagaan wat er met de aanbevelingen is gebeurd."),
    H("Bijlage: gebruikte normen"),
    P("De ombudsman toetst aan de behoorlijkheidsnormen. In dit onderzoek waren vooral de volgende normen van "
      "belang:"),
    bullets(
        "Voortvarendheid: de overheid handelt snel en binnen de wettelijke termijnen.",
        "Actieve informatieverstrekking: de overheid geeft de burger uit zichzelf de informatie die hij nodig heeft.",
        "Betrokkenheid en oplossingsgerichtheid: de overheid leeft zich in de situatie van de burger in en zoekt naar "
        "een oplossing.",
        "Goede organisatie: de overheid zorgt ervoor dat haar organisatie en processen op orde zijn en dat de burger "
        "haar kan bereiken.",
    ),
)

REPORT = Document(
    title="Wachten op een indicatie voor langdurige zorg",
    subtitle="Onderzoek naar de behandeling van aanvragen voor een Wlz-indicatie door het CIZ",
    blocks=REPORT_BLOCKS,
    running_header="Nationale ombudsman  |  Wachten op een indicatie voor langdurige zorg",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Nationale ombudsman", "Rapportnummer 2025/118", "Den Haag, 27 november 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het CIZ krijgt daarom in 2026 en 2027 tijdelijk 12 miljoen euro extra per jaar, maar structurele middelen "
       "kan ik in deze kabinetsperiode niet toezeggen.")
EV2 = "Een voorlopige indicatie van rechtswege acht ik niet verantwoord."
EV3 = ("Het CIZ neemt deze aanbeveling over: vanaf 1 april 2026 ontvangt iedere aanvrager binnen tien werkdagen een "
       "bericht met de verwachte behandelduur, en opnieuw bericht zodra die verwachting verschuift.")
EV5 = ("Een vaste contactpersoon voor iedere aanvraag die langer dan zes weken loopt, gaat het CIZ eerst beproeven in "
       "twee regio's; pas na de evaluatie in 2027 besluit het of die werkwijze landelijk wordt ingevoerd.")
EV4 = ("Het CIZ onderschrijft deze aanbeveling en beoordeelt vanaf januari 2026 iedere aanvraag eerst op basis van "
       "het dossier; een huisbezoek volgt alleen nog als de medische gegevens onvoldoende duidelijk zijn.")
EV6 = ("Het CIZ ziet geen aanleiding om aanvragers bij elke overschrijding nog eens afzonderlijk op de "
       "dwangsomregeling te wijzen.")
EV9 = "Ik neem de aanbeveling over en wijzig daarvoor het Besluit langdurige zorg."
EV10 = ("Het CIZ publiceert vanaf het tweede kwartaal van 2026 elk kwartaal op zijn website de gemiddelde en de "
        "langste doorlooptijden, uitgesplitst naar zorgkantoorregio en naar soort aanvraag.")
EV11 = "Toegang tot de Wlz zonder beoordeling door het CIZ vind ik echter niet juist."


def Q(text: str) -> Heading:
    return Heading(text, level=2)


RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018, 2500 EA  DEN HAAG"),
    P("Datum: 19 februari 2026"),
    P("Betreft: Reactie op het rapport 'Wachten op een indicatie voor langdurige zorg' van de Nationale ombudsman"),
    P("Geachte voorzitter,"),
    P("Op 27 november 2025 publiceerde de Nationale ombudsman het rapport 'Wachten op een indicatie voor langdurige "
      "zorg'. De ombudsman vroeg mij om binnen drie maanden te reageren, ook namens het Centrum indicatiestelling "
      "zorg (CIZ). Met deze brief doe ik dat. Omdat het rapport veel vragen oproept bij mensen die op een indicatie "
      "wachten en bij hun naasten, heb ik ervoor gekozen mijn reactie op te bouwen rond de vragen die ik daarover "
      "het vaakst hoor. Waar het gaat om de werkwijze van het CIZ, geef ik de reactie van het CIZ weer, dat de "
      "brief vooraf heeft gezien."),
    Q("Wat heeft de ombudsman onderzocht?"),
    P("De ombudsman onderzocht hoe het CIZ, de zorgkantoren en ik omgaan met mensen die wachten op een besluit over "
      "toegang tot de Wet langdurige zorg. Hij baseert zich op 186 klachten, gesprekken met aanvragers en "
      "mantelzorgers en gegevens over de doorlooptijden. De conclusie is helder: het CIZ overschrijdt de wettelijke "
      "termijn structureel, en aanvragers worden tijdens het wachten onvoldoende geïnformeerd."),
    P("Ik dank de ombudsman voor dit rapport en voor de zorgvuldigheid waarmee hij de ervaringen van aanvragers in "
      "beeld heeft gebracht. De verhalen van de heer Van Wijk, mevrouw Demir en de heer Bosman hebben mij geraakt. "
      "Ik herken het beeld dat de ombudsman schetst, en ik deel zijn oordeel dat dit niet is hoe wij met mensen in "
      "een kwetsbare situatie willen omgaan. Ook het CIZ heeft laten weten zich in de bevindingen te herkennen."),
    Q("Hoe lang wachten mensen nu op een Wlz-indicatie?"),
    P("In het vierde kwartaal van 2025 was de gemiddelde doorlooptijd van een eerste aanvraag 9,1 weken. Dat is iets "
      "korter dan in het eerste halfjaar, maar nog altijd ruim boven de wettelijke termijn van zes weken. Het aandeel "
      "aanvragen dat buiten de verlengde termijn van twaalf weken valt, daalde van 15 naar 11 procent. De voorraad "
      "openstaande aanvragen nam af van ruim 31.000 in juli tot ongeveer 24.000 eind december."),
    P("Sinds 2024 zijn al verschillende maatregelen genomen om de wachttijden terug te dringen:"),
    bullets(
        "het CIZ heeft met tijdelijke middelen ruim 120 beoordelaars extra aangenomen en een eigen opleiding voor "
        "beoordelaars opgezet;",
        "aanvragen met spoed worden sinds september 2024 door een apart team behandeld;",
        "herindicaties bij een verhuizing naar een andere instelling zijn vereenvoudigd;",
        "het CIZ werkt met vijf zorgkantoren aan een betere overdracht van het indicatiebesluit.",
    ),
    P("Deze maatregelen helpen, maar zij zijn niet genoeg. Hieronder ga ik in op wat er verder gebeurt."),
    Q("Neemt de minister de aanbeveling over om de wachttijd te beperken?"),
    P("De ombudsman vraagt mij ervoor te zorgen dat het CIZ weer binnen de wettelijke termijn beslist, en daarvoor "
      "structureel voldoende middelen vrij te maken. Ik ben het met de ombudsman eens dat de wettelijke termijn "
      "het uitgangspunt moet zijn. Het CIZ verwacht de termijn bij de huidige bezetting en de maatregelen uit deze "
      "brief eind 2026 weer bij ten minste 90 procent van de aanvragen te halen. " + EV1 + " Over de structurele "
      "financiering van het CIZ wordt besloten bij de Voorjaarsnota, in samenhang met de andere uitvoeringsorganisaties "
      "in de langdurige zorg.",
      answers=(Answer("1", "partial", EV1),)),
    P("Het CIZ heeft mij laten weten dat het de tijdelijke middelen gebruikt om beoordelaars die nu een tijdelijk "
      "contract hebben, voor twee jaar vast te houden. Dat moet het verloop beperken dat de ombudsman beschrijft."),
    Q("Komt er een voorlopige indicatie als het CIZ te laat beslist?"),
    P("De ombudsman beveelt aan om in de wet te regelen dat een aanvrager over wiens aanvraag niet op tijd is "
      "beslist, van rechtswege een voorlopige indicatie krijgt (aanbeveling 2). Ik begrijp de gedachte hierachter: "
      "de aanvrager mag niet de dupe worden van de traagheid van de overheid. " + EV2 + " Een indicatie geeft "
      "toegang tot zorg die levenslang kan doorlopen en die alleen wordt verleend aan mensen die daar blijvend op "
      "zijn aangewezen. Zonder beoordeling zou die toegang afhangen van de vraag of het CIZ op tijd is, niet van de "
      "zorgbehoefte van de aanvrager. Bovendien kan een aanvrager in een acute situatie al gebruikmaken van de "
      "spoedprocedure, en kan een zorgaanbieder vooruitlopend op het besluit zorg verlenen.",
      answers=(Answer("2", "disagree", EV2),)),
    Q("Wat doet het CIZ om aanvragers tijdens het wachten beter te informeren?"),
    P("De ombudsman legt de vinger op de zere plek: mensen kunnen het wachten beter verdragen als zij weten waar zij "
      "aan toe zijn. Hij doet daarover twee aanbevelingen aan het CIZ. De eerste gaat over informatie over de "
      "verwachte behandelduur. " + EV3 + " Het CIZ vervangt daarnaast de huidige verlengingsbrief door een brief die "
      "de reden van de verlenging noemt en zegt waarop de aanvraag wacht.",
      answers=(Answer("3", "agree", EV3),)),
    P("De tweede aanbeveling betreft een vast aanspreekpunt. Het CIZ deelt de analyse dat aanvragers nu te vaak "
      "hun verhaal opnieuw moeten doen. Tegelijk vraagt een vaste contactpersoon voor tienduizenden aanvragen per "
      "jaar een andere inrichting van het werk, en het CIZ wil voorkomen dat beoordelaars minder tijd hebben voor "
      "het beoordelen zelf. " + EV5 + " Intussen krijgt het klantcontactcentrum per 1 april 2026 inzage in de stap "
      "waarop een aanvraag wacht, zodat een medewerker de beller in elk geval kan vertellen wat de stand van zaken "
      "is.",
      answers=(Answer("5", "partial", EV5),)),
    Q("Kan het CIZ vaker beslissen zonder huisbezoek?"),
    P("Uit het rapport blijkt dat een huisbezoek in acht van de tien gevallen niets toevoegt aan wat uit de medische "
      "gegevens al bleek, terwijl het de grootste oorzaak van vertraging is. " + EV4 + " Aanvragers en hun naasten "
      "kunnen altijd zelf om een gesprek vragen. Het CIZ verwacht dat het aantal huisbezoeken hierdoor met ongeveer "
      "de helft daalt, en dat de vrijgekomen tijd vooral ten goede komt aan de complexe aanvragen.",
      answers=(Answer("4", "agree", EV4),)),
    Q("Worden aanvragers gewezen op hun rechten als de termijn is verstreken?"),
    P("De ombudsman beveelt het CIZ aan om aanvragers bij een overschrijding schriftelijk te wijzen op de "
      "mogelijkheid om het CIZ in gebreke te stellen en op de dwangsom. Het CIZ vermeldt deze mogelijkheid al in de "
      "ontvangstbevestiging van iedere aanvraag, en neemt haar op in de nieuwe verlengingsbrief die hierboven is "
      "beschreven. " + EV6 + " Volgens het CIZ helpt een ingebrekestelling de aanvrager niet aan een sneller "
      "besluit, omdat alle aanvragen in volgorde van binnenkomst en urgentie worden behandeld, en zou een extra "
      "brief vooral administratieve last opleveren die ten koste gaat van de beoordelingen. Ik kan mij in die "
      "afweging vinden.",
      answers=(Answer("6", "disagree", EV6),)),
    Q("Kan het CIZ sneller over de medische gegevens beschikken?"),
    P("Het wachten op medische gegevens is na het huisbezoek de belangrijkste oorzaak van vertraging. De ombudsman "
      "beveelt aan om het CIZ de mogelijkheid te geven die gegevens digitaal op te vragen, en een termijn vast te "
      "leggen waarbinnen zorgverleners antwoorden (aanbeveling 9). " + EV9 + " In die wijziging regel ik dat het CIZ, "
      "met toestemming van de aanvrager, gegevens via het landelijk netwerk voor gegevensuitwisseling kan opvragen, "
      "en dat huisartsen en medisch specialisten de gevraagde gegevens binnen vijf werkdagen aanleveren. Het "
      "ontwerpbesluit gaat voor de zomer in internetconsultatie; ik streef naar inwerkingtreding op 1 januari 2027.",
      answers=(Answer("9", "agree", EV9),)),
    P("Over de uitwerking ben ik in gesprek met de Landelijke Huisartsen Vereniging en de Federatie Medisch "
      "Specialisten. Zij hebben aangegeven de termijn haalbaar te vinden, mits het opvragen eenvoudig en "
      "gestandaardiseerd gebeurt."),
    Q("Worden de wachttijden openbaar?"),
    P("De ombudsman stelt vast dat het CIZ de doorlooptijden niet openbaar maakt, zodat aanvragers, "
      "zorgprofessionals en uw Kamer niet kunnen zien of de situatie verbetert. " + EV10 + " Ik neem de cijfers "
      "bovendien op in de voortgangsbrieven over de langdurige zorg die ik uw Kamer twee keer per jaar stuur.",
      answers=(Answer("10", "agree", EV10),)),
    Q("Krijgen mensen met een snel progressieve ziekte direct toegang tot de Wlz?"),
    P("Het verhaal van de heer Bosman laat zien hoe schrijnend het is als de zorg steeds achter de ziekte aanloopt. "
      "Ik wil dat mensen met ALS en andere snel progressieve aandoeningen niet hoeven te wachten. " + EV11 + " Ook bij "
      "deze aandoeningen verschilt het verloop per persoon, en de verklaring van de behandelend arts zegt niet altijd "
      "iets over de vraag of de zorg via de Wlz of via de Zorgverzekeringswet het best kan worden geleverd. Voor deze "
      "groep bestaat bovendien al de spoedprocedure, waarin het CIZ binnen enkele dagen beslist. Ik heb het CIZ "
      "gevraagd ervoor te zorgen dat behandelaars van mensen met ALS die procedure kennen.",
      answers=(Answer("11", "disagree", EV11),)),
    Q("Hoe wordt de tijd tussen indicatie en zorg overbrugd?"),
    P("De ombudsman doet twee aanbevelingen aan de zorgkantoren, over overbruggingszorg en over het contact met de "
      "cliënt na het indicatiebesluit. Zorgkantoren hebben op grond van de Wlz een zorgplicht. Zij moeten een cliënt "
      "die niet direct terecht kan bij de instelling van zijn voorkeur, wijzen op de mogelijkheid van "
      "zorgbemiddeling en zo nodig zorg thuis of elders regelen. De Nederlandse Zorgautoriteit houdt toezicht op de "
      "uitvoering van die zorgplicht en brengt jaarlijks verslag uit over de wachtlijsten voor verpleeghuiszorg."),
    P("De aanbevelingen aan de zorgkantoren zijn niet aan mij gericht. Zorgverzekeraars Nederland heeft mij laten "
      "weten dat de zorgkantoren de ombudsman daarover rechtstreeks zullen antwoorden."),
    Q("Hoe houdt de minister de Kamer op de hoogte?"),
    P("Ik informeer uw Kamer in de voortgangsbrief langdurige zorg van juni 2026 over de stand van de maatregelen in "
      "deze brief, en over de resultaten van de proef met vaste contactpersonen zodra die bekend zijn. De ombudsman "
      "heeft aangekondigd over een jaar na te gaan wat er met zijn aanbevelingen is gebeurd; ik zal hem daarvoor "
      "graag de benodigde informatie geven."),
    P("Tot slot wil ik de medewerkers van het CIZ bedanken. Zij werken al geruime tijd onder grote druk, en de "
      "ombudsman benadrukt terecht dat het probleem niet bij hun inzet ligt."),
    P("De minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. R.J. (Ruben) Hoogendoorn-Vermeer"),
)

RESPONSE = Document(
    title="Reactie op het rapport 'Wachten op een indicatie voor langdurige zorg'",
    subtitle="Ministerie van Volksgezondheid, Welzijn en Sport  |  Directie Langdurige Zorg  |  "
             "Kenmerk 4291877-1100342-DLZ",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 4291877-1100342-DLZ",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="care_ombudsman_qa_letter",
    report=REPORT,
    response=RESPONSE,
    description="Nationale ombudsman report on waiting for a Wlz indication from the CIZ (11 recommendations in a "
                "final chapter, each opening with its addressee and a dash: minister of VWS, CIZ, zorgkantoren), "
                "answered by the minister of VWS in a question-and-answer letter with bold question headings; the "
                "CIZ's reactions in the third person, two questions covering two recommendations each, the "
                "zorgkantoren's recommendations passed on.",
)
