"""Pair: a fictional municipal audit office (Rekenkamer Wolderveen) on how the municipality procures and steers youth
care, and the bestuurlijke reactie of the college van burgemeester en wethouders.

Layout traits this pair tests: a sans report without a title page; page 1 is cover-like (letterhead with the title and
the subtitle "Rapport, oktober 2025", then a colophon) and the running header starts on page 2.  The report opens
with "Conclusies en aanbevelingen": a main conclusion, then six conclusions as bold paragraphs "Conclusie 1." ...
(paragraphs, not a list and not recommendations), then the fourteen recommendations as one numbering 1-14 under two
level-3 headings "Aan het college" (1-10, then a bold lead-in "Via het college aan het algemeen bestuur van de GR
Jeugd Midden-IJssel" before 11) and "Aan de raad" (12-14).  Then numbered findings chapters with bullet lists, a
normenkader table and a spending table, and a short "Nawoord van de rekenkamer" at the end that already comments on
the college's reaction.  All recommendations are for municipal bodies (college, raad, the municipal GR): GEMEENTEN.

The response is a letter on the letterhead "Gemeente Wolderveen" from the college to the rekenkamer (bestuurlijk
wederhoor on the draft), signed by the secretaris and the burgemeester.  After thanks, context and a general part
that only recognises the analysis, it answers in a grid table "Aanbeveling | Reactie college" with group rows, the
first column holding the number and a short paraphrase; one row answers 4 and 5 together.  Gold positions:
 1 agree ("Het college neemt deze aanbeveling over.")
 2 agree without cue words (quarterly dashboard from 1 April 2026, EUR 120.000 a year)
 3 partial ("Deze aanbeveling nemen wij gedeeltelijk over.": agreements with GPs yes, POH-jeugd everywhere no)
 4 agree ("Wij nemen aanbeveling 4 over en ..." with a date; same cell as 5)
 5 partial (only a trial with two providers, then a decision)
 6 disagree ("Dit past niet binnen de afspraken in de regio.", budget ceilings per provider)
 7 agree ("Het college onderschrijft deze aanbeveling.")
 8 disagree (recognises the finding, then "Het college ziet hier geen meerwaarde in.")
 9 partial (eight largest providers checked in 2026; extension "bezien wij bij ... de begroting 2027")
10 not addressed (the cell only describes existing practice on waiting lists)
11 not addressed (to the GR: passed on to its algemeen bestuur, which reacts itself)
12 not addressed (to the raad: "Deze aanbeveling is aan de raad gericht; het college ziet uit naar ...")
13 agree (to the raad, but the college commits to the twice-yearly letters itself, from March 2026)
14 disagree (to the raad: the college advises the raad not to create the earmarked reserve)
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

GEM = ("GEMEENTEN",)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(start: int, *texts: str) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), GEM)) for i, text in enumerate(texts)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC = {
    1: "Leg in het nieuwe beleidskader jeugd vast welke maatschappelijke effecten de gemeente met de jeugdhulp wil "
       "bereiken, en vertaal die in meetbare doelen en indicatoren, zodat de raad kan beoordelen of het beleid werkt.",
    2: "Zorg voor een vaste managementrapportage waarin per kwartaal en per productcategorie het aantal jeugdigen, de "
       "gemiddelde duur van de trajecten en de kosten zichtbaar zijn, uitgesplitst naar verwijzer.",
    3: "Maak met de huisartsen in Wolderveen afspraken over de verwijzing naar jeugdhulp en bied alle "
       "huisartsenpraktijken een praktijkondersteuner jeugd (POH-jeugd) aan.",
    4: "Versterk de regie van het wijkteam op de toegang: leg vast in welke situaties het wijkteam zelf ondersteuning "
       "biedt en wanneer het verwijst naar specialistische jeugdhulp, en laat het wijkteam bij elke verwijzing een "
       "ondersteuningsplan met doelen opstellen.",
    5: "Laat het wijkteam trajecten die langer dan een jaar duren ten minste elk halfjaar met de aanbieder en het "
       "gezin herbeoordelen, en beëindig of herzie trajecten waarvan de doelen niet dichterbij komen.",
    6: "Spreek met de aanbieders die in Wolderveen de hoogste omzet hebben een jaarlijks budgetplafond af, zodat "
       "de uitgaven per aanbieder voorspelbaar worden.",
    7: "Voer met de vijftien aanbieders die samen het grootste deel van de uitgaven voor hun rekening nemen ten "
       "minste twee keer per jaar een gesprek aan de hand van vaste gegevens over instroom, duur, kosten en "
       "resultaten, en leg de gemaakte afspraken schriftelijk vast.",
    8: "Laat de ervaringen van jeugdigen en ouders met de jeugdhulp jaarlijks onafhankelijk meten, los van de "
       "tevredenheidsmetingen die de aanbieders zelf uitvoeren.",
    9: "Laat vanaf 2026 jaarlijks materiële controles uitvoeren bij alle aanbieders die in Wolderveen meer dan "
       "€ 250.000 per jaar declareren, en maak daarover afspraken met de andere gemeenten in de regio.",
    10: "Zorg dat jeugdigen die langer dan de treeknorm wachten op specialistische jeugdhulp passende "
        "overbruggingshulp krijgen, en houd per aanbieder bij hoeveel jeugdigen uit Wolderveen wachten en hoe lang.",
    11: "Baseer de tarieven in de regionale contracten vanaf 2027 op een actueel kostprijsonderzoek, en rapporteer "
        "ieder halfjaar aan de deelnemende gemeenten per aanbieder over de uitgaven en de duur van de trajecten.",
    12: "Bepaal bij de vaststelling van het nieuwe beleidskader jeugd welke sturingsinformatie over de jeugdhulp u "
        "ten minste wilt ontvangen en op welke momenten, en leg dat vast in de planning- en controlcyclus.",
    13: "Vraag het college om de raad tot en met 2028 twee keer per jaar schriftelijk te informeren over de "
        "voortgang van de maatregelen naar aanleiding van dit rapport en over de financiële ontwikkeling van de "
        "jeugdhulp.",
    14: "Stel bij de behandeling van de begroting 2027 een bestemmingsreserve jeugdhulp in, waarmee schommelingen "
        "in de uitgaven kunnen worden opgevangen zonder dat tussentijds andere begrotingsposten moeten worden "
        "aangepast.",
}

COVER = (
    B("Rekenkamer Wolderveen"),
    P("De Rekenkamer Wolderveen is een onafhankelijk orgaan dat onderzoek doet naar de doelmatigheid, de "
      "doeltreffendheid en de rechtmatigheid van het bestuur van de gemeente Wolderveen. De rekenkamer legt haar "
      "bevindingen voor aan de gemeenteraad."),
    P("Samenstelling van de rekenkamer: drs. A.M. Kloosterman (voorzitter), mr. J.K. Ouwehand en dr. S. el Idrissi "
      "(leden)."),
    P("Onderzoeksteam: drs. M.T. Bosma (projectleider), R. Verschoor MSc en L. de Haan-Tuinstra (onderzoekers)."),
    P("Dit rapport is vastgesteld op 14 oktober 2025 en op 21 oktober 2025 aangeboden aan de gemeenteraad van "
      "Wolderveen. Het conceptrapport is voor ambtelijk en bestuurlijk wederhoor aan het college voorgelegd. De "
      "bestuurlijke reactie van het college is als afzonderlijk document bij dit rapport gevoegd."),
    P("Rekenkamer Wolderveen, Stadhuisplein 1, Wolderveen"),
    P("rekenkamer@wolderveen.example"),
    PageBreak(),
)

SUMMARY = (
    H("Conclusies en aanbevelingen"),
    P("De gemeente Wolderveen geeft steeds meer geld uit aan jeugdhulp. In 2024 ging het om € 33,9 miljoen, ruim "
      "een derde meer dan in 2021. In dezelfde periode steeg het aandeel jeugdigen dat jeugdhulp ontvangt van 11,4 "
      "naar 13,2 procent. De raad heeft de afgelopen jaren drie keer extra geld beschikbaar gesteld om tekorten op "
      "de jeugdhulp te dekken. De rekenkamer onderzocht hoe de gemeente de jeugdhulp inkoopt en hoe zij stuurt op "
      "het gebruik en de kosten ervan. De centrale vraag was: in hoeverre heeft de gemeente Wolderveen grip op de "
      "inkoop en de uitgaven van de jeugdhulp, en is de raad in staat daarop te sturen?"),
    H2("Hoofdconclusie"),
    P("De gemeente Wolderveen heeft onvoldoende grip op de jeugdhulp. Zij heeft de inkoop grotendeels belegd bij "
      "de regio en vertrouwt erop dat de regionale afspraken de kosten beheersen. Dat doen zij niet. De gemeente "
      "weet niet goed waarom het gebruik en de uitgaven stijgen, omdat zij de gegevens die zij wel heeft niet "
      "samenbrengt en analyseert. Het wijkteam verwijst minder dan de helft van de jeugdigen zelf door en heeft "
      "weinig zicht op trajecten die via andere verwijzers lopen. De raad krijgt vooral informatie over geld en "
      "nauwelijks over wat de jeugdhulp voor kinderen en gezinnen oplevert. Daardoor kan de raad zijn kaderstellende "
      "en controlerende rol maar beperkt vervullen."),
    H2("Conclusies"),
    B("Conclusie 1. De doelen van het jeugdbeleid zijn niet meetbaar."),
    P("Het beleidskader ‘Samen sterk opgroeien’ uit 2019 bevat ambities, zoals ‘ieder kind groeit veilig op’ en "
      "‘zo vroeg mogelijk de juiste hulp’, maar geen doelen waarvan kan worden vastgesteld of ze zijn bereikt. De "
      "begroting noemt als indicatoren vooral aantallen, zoals het aantal beschikkingen. Of de jeugdhulp bijdraagt "
      "aan wat de gemeente wil bereiken, is daardoor niet te beoordelen."),
    B("Conclusie 2. De regionale inkoop beheerst de kosten niet."),
    P("Sinds 2019 koopt het Inkoopbureau Jeugd Midden-IJssel de jeugdhulp in voor zeven gemeenten via een "
      "open-house-procedure. Iedere aanbieder die aan de eisen voldoet, kan een contract krijgen. Het aantal "
      "aanbieders dat in Wolderveen declareert, groeide van 104 in 2019 naar 163 in 2024. De tarieven zijn in 2019 "
      "vastgesteld en sindsdien alleen geïndexeerd. De contracten bevatten geen afspraken over volumes of "
      "budgetten per aanbieder."),
    B("Conclusie 3. Het wijkteam heeft maar een beperkte regie op de toegang."),
    P("Van de jeugdigen die in 2024 met jeugdhulp startten, werd 41 procent verwezen door het wijkteam en 38 "
      "procent door de huisarts. De rest kwam via gecertificeerde instellingen, medisch specialisten en de "
      "jeugdarts. Het wijkteam stelt niet bij elke verwijzing een plan met doelen op en beoordeelt lopende trajecten "
      "zelden opnieuw. De gemiddelde duur van ambulante trajecten steeg van 9 naar 13 maanden."),
    B("Conclusie 4. De gemeente gebruikt haar eigen gegevens niet om te sturen."),
    P("De gemeente beschikt via het berichtenverkeer met aanbieders over gedetailleerde gegevens over beschikkingen "
      "en declaraties. Die gegevens worden gebruikt voor betalingen, maar niet voor analyse. Er is geen vaste "
      "rapportage waarin gebruik, duur en kosten per product of per verwijzer zichtbaar zijn. Gesprekken met "
      "aanbieders gaan vooral over incidenten en niet over ontwikkelingen in instroom en kosten."),
    B("Conclusie 5. Controle op declaraties en zicht op wachtenden zijn beperkt."),
    P("Materiële controles, waarbij wordt nagegaan of gedeclareerde hulp ook echt is geleverd, vonden in de "
      "periode 2021 tot en met 2024 bij vier aanbieders plaats. Bij twee daarvan werden onterechte declaraties "
      "gevonden. De gemeente weet niet hoeveel jeugdigen uit Wolderveen op een wachtlijst staan en of zij tijdens "
      "het wachten hulp krijgen."),
    B("Conclusie 6. De raad ontvangt weinig bruikbare informatie."),
    P("De informatie aan de raad over jeugdhulp komt vooral via de begroting en de jaarrekening en gaat over "
      "budgetten en tekorten. Tussentijdse informatie kwam in de onderzochte periode alleen bij dreigende "
      "overschrijdingen. De raad heeft zelf niet vastgelegd welke informatie hij nodig heeft. Tekorten werden "
      "opgevangen door tussentijdse begrotingswijzigingen, waarvoor andere budgetten moesten worden verlaagd."),
    H2("Aanbevelingen"),
    P("Op basis van deze conclusies doet de rekenkamer veertien aanbevelingen. De meeste zijn gericht aan het "
      "college, dat verantwoordelijk is voor de uitvoering van de Jeugdwet en voor de sturing op de jeugdhulp. Eén "
      "aanbeveling richten wij via het college aan het bestuur van de gemeenschappelijke regeling, omdat de "
      "regionale inkoop daar is belegd. Drie aanbevelingen zijn bedoeld voor de raad zelf."),
    H3("Aan het college"),
    P("De rekenkamer beveelt het college van burgemeester en wethouders aan:"),
    recs(1, *(REC[n] for n in range(1, 11))),
    B("Via het college, dat namens Wolderveen zitting heeft in het algemeen bestuur, aan het bestuur van de "
      "Gemeenschappelijke Regeling Jeugd Midden-IJssel:"),
    recs(11, REC[11]),
    H3("Aan de raad"),
    P("De rekenkamer beveelt de gemeenteraad aan:"),
    recs(12, REC[12], REC[13], REC[14]),
    PageBreak(),
)

CHAPTER_1 = (
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Sinds 1 januari 2015 zijn gemeenten op grond van de Jeugdwet verantwoordelijk voor vrijwel alle vormen van "
      "jeugdhulp, van lichte opvoedondersteuning tot gesloten jeugdhulp. Gemeenten kregen daarmee een omvangrijke "
      "taak met een open karakter: een jeugdige die jeugdhulp nodig heeft, moet die krijgen, ook als het budget op "
      "is. In veel gemeenten lopen de uitgaven sinds de decentralisatie op, en Wolderveen is daarop geen "
      "uitzondering."),
    P("In de gesprekken die de rekenkamer eind 2024 met de fracties in de raad voerde over haar onderzoeksprogramma, "
      "werd de jeugdhulp door vrijwel alle fracties genoemd. Raadsleden gaven aan dat zij jaarlijks worden "
      "geconfronteerd met tekorten, maar weinig zicht hebben op de oorzaken en op de mogelijkheden om bij te sturen. "
      "Ook vroegen zij zich af welke invloed Wolderveen als een van zeven gemeenten heeft op de regionale inkoop. "
      "Dat was voor de rekenkamer aanleiding voor dit onderzoek."),
    H2("1.2 Doel en onderzoeksvragen"),
    P("Het onderzoek heeft tot doel de raad inzicht te geven in de manier waarop de gemeente de jeugdhulp inkoopt en "
      "stuurt, en in de mogelijkheden om die sturing te verbeteren. De centrale vraag is in vier deelvragen "
      "uitgewerkt:"),
    bullets(
        "Hoe hebben het gebruik van en de uitgaven aan jeugdhulp in Wolderveen zich in de periode 2021-2024 "
        "ontwikkeld?",
        "Hoe is de inkoop van jeugdhulp georganiseerd en welke sturingsmogelijkheden biedt die inkoop de gemeente?",
        "Hoe stuurt de gemeente op de toegang tot jeugdhulp, op de aanbieders en op de rechtmatigheid van de "
        "uitgaven?",
        "Welke informatie ontvangt de raad over de jeugdhulp en stelt die informatie de raad in staat te sturen?",
    ),
    P("Het onderzoek gaat niet over de kwaliteit van de hulp die individuele aanbieders leveren. Het toezicht "
      "daarop is een taak van de Inspectie Gezondheidszorg en Jeugd. Ook de jeugdbescherming en de jeugdreclassering "
      "vallen buiten het onderzoek, behalve waar het gaat om verwijzingen door gecertificeerde instellingen."),
    H2("1.3 Normenkader"),
    P("De rekenkamer heeft de bevindingen getoetst aan een normenkader. De normen zijn afgeleid uit de Jeugdwet, de "
      "Gemeentewet, de financiële verordening van de gemeente en eerder onderzoek van andere rekenkamers naar "
      "sturing op jeugdhulp. Tabel 1 geeft de normen per deelvraag weer."),
    Table(
        header=("Deelvraag", "Norm"),
        rows=(
            ("Ontwikkeling gebruik en uitgaven",
             "De gemeente heeft actueel inzicht in het gebruik van en de uitgaven aan jeugdhulp, en in de "
             "verklaringen voor de ontwikkeling daarvan."),
            ("Inkoop",
             "De inkoop is gebaseerd op een analyse van de behoefte en bevat afspraken waarmee de gemeente op "
             "volume, kosten en resultaten kan sturen."),
            ("Sturing",
             "De gemeente heeft de toegang zo ingericht dat zij zicht heeft op alle trajecten; zij voert "
             "periodiek gesprekken met aanbieders en controleert de rechtmatigheid van declaraties."),
            ("Informatie aan de raad",
             "De raad ontvangt tijdig informatie over doelen, prestaties en kosten, en heeft vastgelegd welke "
             "informatie hij nodig heeft."),
        ),
        widths=(1.0, 2.6),
    ),
    P("Tabel 1 – Normenkader van het onderzoek"),
    H2("1.4 Aanpak"),
    P("Het onderzoek is uitgevoerd tussen januari en juni 2025. De rekenkamer heeft daarvoor:"),
    bullets(
        "beleidsdocumenten, raadsvoorstellen, begrotingen, jaarrekeningen en tussentijdse rapportages over de "
        "periode 2021-2024 bestudeerd;",
        "de contracten, de inkoopdocumenten en de jaarverslagen van de GR Jeugd Midden-IJssel geanalyseerd;",
        "een analyse gemaakt van de geanonimiseerde beschikkings- en declaratiegegevens van de gemeente over de jaren "
        "2021 tot en met 2024;",
        "24 gesprekken gevoerd met de wethouder jeugd, ambtenaren, medewerkers van het wijkteam, huisartsen, "
        "aanbieders en het Inkoopbureau Jeugd Midden-IJssel;",
        "een groepsgesprek gevoerd met zes ouders van kinderen die jeugdhulp ontvangen.",
    ),
    P("Het conceptrapport is voor ambtelijk wederhoor voorgelegd aan de gemeentelijke organisatie, die feitelijke "
      "onjuistheden heeft kunnen corrigeren. Daarna heeft het college op de conclusies en aanbevelingen "
      "gereageerd. Die bestuurlijke reactie is als afzonderlijk document bij dit rapport gevoegd; ons nawoord staat "
      "aan het eind van dit rapport."),
    H2("1.5 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de ontwikkeling van het gebruik van en de uitgaven aan jeugdhulp. Hoofdstuk 3 gaat "
      "over de regionale inkoop, hoofdstuk 4 over de sturing door de gemeente zelf en hoofdstuk 5 over de informatie "
      "aan de raad. De conclusies en aanbevelingen staan aan het begin van dit rapport."),
)

CHAPTER_2 = (
    H("2 Jeugdhulp in Wolderveen in cijfers"),
    H2("2.1 Gebruik"),
    P("Wolderveen telt ongeveer 88.000 inwoners, van wie ruim 19.500 jonger dan 18 jaar. In 2024 ontvingen 2.580 "
      "jeugdigen jeugdhulp, tegen 2.230 in 2021. Het aandeel jeugdigen met jeugdhulp steeg daarmee van 11,4 naar 13,2 "
      "procent. Dat is hoger dan het gemiddelde van de gemeenten in de regio, dat in 2024 op 11,8 procent lag.",
      footnotes=("Bron: beschikkingsgegevens gemeente Wolderveen, bewerking rekenkamer. Een jeugdige is geteld als "
                 "hij in het betreffende jaar ten minste één dag een beschikking had.",)),
    P("De groei zit vooral in de ambulante jeugdhulp, zoals begeleiding en behandeling aan huis of op de "
      "praktijk van de aanbieder. Het aantal jeugdigen met verblijf, zoals pleegzorg of een plaatsing in een "
      "gezinshuis, bleef in de onderzochte periode vrijwel gelijk. Opvallend is de stijging van het aantal "
      "jeugdigen dat individuele begeleiding of dyslexiezorg ontvangt, en van het aantal jeugdigen met een "
      "behandeling in de jeugd-ggz die via de huisarts is gestart."),
    P("Niet alleen het aantal jeugdigen is toegenomen, ook de duur van de trajecten. Ambulante trajecten die in "
      "2021 eindigden, duurden gemiddeld 9 maanden; voor trajecten die in 2024 eindigden was dat 13 maanden. Een "
      "op de vijf ambulante trajecten loopt langer dan twee jaar. In de gesprekken met aanbieders en wijkteamleden "
      "werd als verklaring genoemd dat trajecten vaak worden verlengd zonder dat opnieuw wordt beoordeeld of de "
      "hulp nog nodig is."),
    H2("2.2 Uitgaven"),
    P("De uitgaven aan jeugdhulp stegen van € 24,8 miljoen in 2021 tot € 33,9 miljoen in 2024. In elk jaar van de "
      "onderzochte periode waren de werkelijke uitgaven hoger dan het bedrag in de primaire begroting. Tabel 2 zet "
      "de begrote en de werkelijke uitgaven naast elkaar."),
    Table(
        header=("Jaar", "Primaire begroting (mln €)", "Werkelijke uitgaven (mln €)", "Verschil",
                "Jeugdigen met jeugdhulp"),
        rows=(
            ("2021", "23,1", "24,8", "1,7", "2.230"),
            ("2022", "24,6", "27,1", "2,5", "2.340"),
            ("2023", "26,9", "30,6", "3,7", "2.470"),
            ("2024", "29,5", "33,9", "4,4", "2.580"),
        ),
        widths=(0.6, 1.2, 1.2, 1.0, 1.1),
    ),
    P("Tabel 2 – Begrote en werkelijke uitgaven aan jeugdhulp, 2021-2024 (bron: begrotingen en jaarrekeningen)"),
    P("De gemeente ontvangt voor de jeugdhulp een bijdrage uit het gemeentefonds. Die bijdrage is in de "
      "onderzochte periode minder hard gestegen dan de uitgaven. In 2024 gaf Wolderveen naar schatting € 5,2 "
      "miljoen meer uit aan jeugdhulp dan het bedrag dat daarvoor in het gemeentefonds is berekend. Het verschil "
      "is opgevangen door tussentijdse begrotingswijzigingen, waarvoor onder meer de budgetten voor sport, cultuur "
      "en onderhoud van de openbare ruimte zijn verlaagd."),
    P("Ongeveer 68 procent van de uitgaven gaat naar vijftien aanbieders. De overige 148 aanbieders die in 2024 in "
      "Wolderveen declareerden, zijn samen goed voor 32 procent. Twaalf aanbieders declareerden in 2024 voor het "
      "eerst in Wolderveen; zij bieden vooral individuele begeleiding en dagbesteding aan."),
)

CHAPTER_3 = (
    H("3 Inkoop in regionaal verband"),
    H2("3.1 De GR Jeugd Midden-IJssel"),
    P("Wolderveen werkt voor de inkoop van specialistische jeugdhulp samen met zes andere gemeenten in de "
      "Gemeenschappelijke Regeling Jeugd Midden-IJssel. De GR heeft een algemeen bestuur, waarin de wethouders "
      "jeugd van de zeven gemeenten zitting hebben, en een dagelijks bestuur van drie leden. Het Inkoopbureau Jeugd "
      "Midden-IJssel voert de inkoop en het contractbeheer uit. Wolderveen is de grootste deelnemer en betaalt "
      "ongeveer 38 procent van de kosten van het inkoopbureau."),
    P("De gemeenten hebben in de GR afgesproken dat zij de specialistische jeugdhulp gezamenlijk inkopen, met "
      "dezelfde producten, tarieven en voorwaarden. Lichte ondersteuning en de inzet van het wijkteam regelt "
      "iedere gemeente zelf. De gemeenten blijven ieder verantwoordelijk voor de toegang en voor de betaling van de "
      "hulp die hun inwoners ontvangen."),
    P("Uit de stukken en de gesprekken blijkt dat de inbreng van Wolderveen in de GR vooral via de wethouder en "
      "één beleidsadviseur loopt. De raad heeft in de onderzochte periode twee keer een zienswijze gegeven op de "
      "begroting van de GR, maar niet gesproken over de inhoud van de inkoop. De rekenkamer stelt vast dat de "
      "gemeente in de GR zelden met eigen analyses komt: voorstellen voor aanpassing van de inkoop kwamen meestal "
      "van het inkoopbureau of van andere gemeenten."),
    H2("3.2 Open house en tarieven"),
    P("Sinds 2019 werkt de regio met een open-house-procedure. Aanbieders die aan de kwaliteitseisen voldoen en de "
      "tarieven accepteren, kunnen op elk moment toetreden. De regio koos hiervoor om de keuzevrijheid van "
      "ouders te waarborgen en om de administratieve lasten van een aanbesteding te vermijden. Het gevolg is dat "
      "het aantal aanbieders sterk is toegenomen en dat de gemeente vooraf niet weet welke aanbieders hulp gaan "
      "leveren en in welke omvang."),
    P("De tarieven zijn in 2019 vastgesteld op basis van een marktconsultatie en sindsdien jaarlijks geïndexeerd. "
      "Een kostprijsonderzoek is niet uitgevoerd. Aanbieders van verblijf geven aan dat de tarieven niet "
      "kostendekkend zijn, terwijl bij sommige vormen van ambulante begeleiding de tarieven juist ruim lijken, gezien "
      "het grote aantal nieuwe toetreders. Het inkoopbureau heeft een kostprijsonderzoek in voorbereiding, maar "
      "een besluit daarover is nog niet genomen.",
      footnotes=("Zie ook de Handreiking reële tarieven jeugdhulp en de AMvB reële prijzen Jeugdwet, die gemeenten "
                 "verplicht bij de vaststelling van tarieven rekening te houden met de kostprijs.",)),
    P("De contracten bevatten geen afspraken over volumes, budgetten of omzetplafonds per aanbieder. In andere "
      "regio's wordt daar wel mee gewerkt, al dan niet in combinatie met een beperkt aantal hoofdaannemers. "
      "Ambtenaren wezen erop dat een plafond per aanbieder binnen de huidige open-house-contracten niet zonder meer "
      "kan worden ingevoerd en dat de andere gemeenten in de regio daar in 2023 niet voor voelden."),
    H2("3.3 Contractmanagement"),
    P("Het inkoopbureau voert jaarlijks een gesprek met de twintig grootste aanbieders in de regio. Die gesprekken "
      "gaan volgens de verslagen vooral over de naleving van de contractvoorwaarden, klachten en incidenten. "
      "Gegevens over instroom, trajectduur en resultaten per gemeente worden daarbij niet besproken, omdat het "
      "inkoopbureau die niet per gemeente beschikbaar heeft. Wolderveen voert daarnaast met enkele aanbieders "
      "eigen gesprekken, maar zonder vaste agenda en zonder schriftelijke vastlegging van afspraken."),
    P("De contracten verplichten aanbieders om jaarlijks de tevredenheid van cliënten te meten. De aanbieders doen "
      "dat elk op hun eigen manier, met eigen vragenlijsten. De uitkomsten zijn daardoor niet vergelijkbaar. De "
      "respons ligt volgens de jaarverslagen van de grootste aanbieders tussen 8 en 35 procent. Het inkoopbureau "
      "verzamelt de uitkomsten, maar analyseert ze niet."),
    P("De rekenkamer vindt dat de regio de gemeente te weinig sturingsmogelijkheden biedt, maar ook dat de gemeente "
      "de mogelijkheden die er zijn onvoldoende benut. Met vaste gegevens per aanbieder kan de gemeente in "
      "gesprekken met aanbieders gericht sturen op ontwikkelingen in instroom en duur (aanbeveling 7)."),
)

CHAPTER_4 = (
    H("4 Sturing op toegang en gebruik"),
    H2("4.1 Doelen in het beleid"),
    P("Het beleidskader ‘Samen sterk opgroeien 2019-2023’ is in 2024 met twee jaar verlengd. Het kader beschrijft "
      "vier ambities: kinderen groeien veilig op, problemen worden vroeg gesignaleerd, hulp is dichtbij en licht "
      "waar het kan, en specialistische hulp is beschikbaar als dat nodig is. Deze ambities zijn niet vertaald in "
      "meetbare doelen. In de begroting staan als indicatoren het aantal beschikkingen, het aantal jeugdigen per "
      "product en het percentage jeugdigen met jeugdhulp, maar zonder streefwaarden."),
    P("Het college werkt aan een nieuw beleidskader dat in 2026 aan de raad wordt voorgelegd. In de gesprekken is "
      "aangegeven dat daarin meer aandacht komt voor preventie en voor de normalisering van opvoedvragen. Hoe de "
      "gemeente gaat meten of die aanpak werkt, is nog niet uitgewerkt."),
    H2("4.2 Het wijkteam"),
    P("Het wijkteam Wolderveen, met ongeveer 45 fte aan jeugd- en gezinswerkers, is de gemeentelijke toegang tot "
      "jeugdhulp. Het wijkteam voert gesprekken met gezinnen, biedt zelf lichte ondersteuning en geeft beschikkingen "
      "af voor specialistische jeugdhulp. In 2024 startte 41 procent van de nieuwe trajecten na een verwijzing door "
      "het wijkteam."),
    P("Er is geen werkinstructie waarin staat wanneer het wijkteam zelf ondersteuning biedt en wanneer het "
      "verwijst. Medewerkers gaven aan dat zij dat ‘op ervaring’ beslissen en dat de keuze sterk afhangt van de "
      "beschikbaarheid van collega's. Een ondersteuningsplan met doelen wordt volgens een steekproef van de "
      "rekenkamer bij ongeveer de helft van de verwijzingen opgesteld. Bij verlengingen ontbreekt een nieuw plan "
      "vrijwel altijd."),
    P("Het wijkteam beoordeelt lopende trajecten zelden opnieuw. Verlengingsverzoeken van aanbieders worden in de "
      "regel administratief afgehandeld. Wijkteamleden noemen als reden dat zij daar geen tijd voor hebben, omdat "
      "nieuwe aanmeldingen voorgaan. Aanbieders gaven aan dat zij een gesprek over afschaling juist zouden "
      "verwelkomen, maar dat het initiatief daarvoor nu bij henzelf ligt."),
    H2("4.3 Huisartsen en andere verwijzers"),
    P("Op grond van de Jeugdwet kunnen ook huisartsen, jeugdartsen, medisch specialisten en gecertificeerde "
      "instellingen naar jeugdhulp verwijzen. De gemeente moet de hulp dan betalen, ook als zij zelf niet bij de "
      "verwijzing betrokken was. In Wolderveen kwam in 2024 38 procent van de verwijzingen van de huisarts. Dat "
      "aandeel is sinds 2021 gestegen van 31 procent."),
    P("Vijf van de zeventien huisartsenpraktijken in Wolderveen hebben een POH-jeugd, een praktijkondersteuner "
      "die door de gemeente wordt betaald. Uit de analyse van de rekenkamer blijkt dat praktijken met een POH-jeugd "
      "minder vaak naar specialistische jeugd-ggz verwijzen dan praktijken zonder. De gemeente heeft met de "
      "huisartsen geen afspraken gemaakt over verwijzing en terugkoppeling; huisartsen weten vaak niet welke "
      "lichtere hulp het wijkteam kan bieden."),
    H2("4.4 Wachttijden"),
    P("Voor verschillende vormen van specialistische jeugdhulp gelden wachttijden die langer zijn dan de "
      "zogenoemde treeknorm. De regio publiceert sinds 2024 maandelijks een overzicht van de wachttijden per "
      "aanbieder, maar dat overzicht zegt niet hoeveel jeugdigen uit Wolderveen wachten. Het wijkteam houdt contact "
      "met een deel van de wachtende gezinnen, maar heeft geen volledig overzicht. Ouders vertelden de rekenkamer "
      "dat zij in de wachttijd ‘van het kastje naar de muur’ werden gestuurd en dat de problemen van hun kind in die "
      "periode toenamen."),
    H2("4.5 Controle op declaraties"),
    P("De gemeente voert een formele controle uit op alle declaraties: klopt de declaratie met de beschikking en met "
      "het contract? Een materiële controle, waarbij wordt nagegaan of de hulp ook echt is geleverd, vond in de "
      "periode 2021-2024 bij vier aanbieders plaats. Bij twee aanbieders werden onterechte declaraties gevonden, voor "
      "een bedrag van in totaal € 412.000, waarvan inmiddels € 286.000 is teruggevorderd."),
    P("Het regionale controleteam, dat in 2023 is opgericht, heeft 2,4 fte voor zeven gemeenten. Het team kiest "
      "de aanbieders die het controleert op basis van signalen. De rekenkamer vindt het risico dat onterechte "
      "declaraties onopgemerkt blijven groot, gezien het aantal aanbieders en de snelle groei van nieuwe toetreders. "
      "De accountant heeft in zijn verslag over 2024 eveneens gewezen op de beperkte materiële controle."),
)

CHAPTER_5 = (
    H("5 Informatie aan en rol van de raad"),
    H2("5.1 Informatie in de planning- en controlcyclus"),
    P("De raad ontvangt informatie over de jeugdhulp via de begroting, de voorjaarsnota, de najaarsrapportage en de "
      "jaarrekening. Die informatie gaat vooral over de financiële ontwikkeling: het verwachte tekort en de "
      "maatregelen om dat te dekken. Informatie over het aantal jeugdigen per product, de duur van de trajecten en "
      "de resultaten van de hulp staat er niet of nauwelijks in."),
    P("In de onderzochte periode heeft het college de raad vier keer tussentijds per brief geïnformeerd over de "
      "jeugdhulp, telkens omdat een tekort dreigde. De raad heeft daarop drie keer een "
      "begrotingswijziging vastgesteld. De rekenkamer constateert dat de raad daardoor steeds achteraf, onder "
      "tijdsdruk en met beperkte informatie, moest beslissen over extra geld."),
    H2("5.2 Kaderstelling door de raad"),
    P("De raad heeft niet vastgelegd welke informatie over de jeugdhulp hij wil ontvangen. Fracties gaven in de "
      "gesprekken aan dat zij behoefte hebben aan informatie over de resultaten van de hulp en over de keuzes die "
      "het college maakt, maar die wens is niet vertaald in afspraken met het college. Ook bij de behandeling van "
      "de verlenging van het beleidskader in 2024 heeft de raad geen aanvullende eisen gesteld."),
    P("Bij de behandeling van de tekorten is in de raad meermaals gesproken over een bestemmingsreserve voor de "
      "jeugdhulp. Het college heeft daar steeds op gereageerd met een verwijzing naar de nota reserves en "
      "voorzieningen, waarin staat dat tegenvallers worden opgevangen in de algemene reserve. De rekenkamer merkt "
      "op dat de algemene reserve in de onderzochte periode is gedaald van 21,3 naar 14,8 miljoen euro."),
    PageBreak(),
)

NAWOORD = (
    H("Nawoord van de rekenkamer"),
    P("Wij danken het college voor zijn reactie op ons rapport. Het college neemt het grootste deel van onze "
      "aanbevelingen geheel of gedeeltelijk over en koppelt daar in een aantal gevallen concrete data en bedragen "
      "aan. Dat stemt ons positief. Wij zullen over twee jaar nagaan of de aangekondigde maatregelen zijn "
      "uitgevoerd."),
    P("Wij betreuren dat het college geen meerwaarde ziet in een onafhankelijke meting van de ervaringen van "
      "jeugdigen en ouders. De regionale vragenlijst waarnaar het college verwijst, wordt door de aanbieders zelf "
      "afgenomen; dat is precies wat wij in hoofdstuk 3 hebben beschreven. Over de gezinnen die op de wachtlijst "
      "staan, beschrijft het college de bestaande werkwijze, maar niet wat het gaat doen om te weten hoeveel "
      "jeugdigen uit Wolderveen wachten. Wij geven de raad in overweging het college daarom te vragen."),
    P("Het college adviseert de raad geen bestemmingsreserve voor de jeugdhulp in te stellen. Het is aan de raad om "
      "die afweging te maken. Wij houden onze aanbeveling aan."),
    P("Rekenkamer Wolderveen, 14 oktober 2025"),
)

REPORT = Document(
    title="Grip op jeugdhulp",
    subtitle="Onderzoek naar de inkoop en sturing van jeugdhulp in de gemeente Wolderveen\nRapport, oktober 2025",
    blocks=COVER + SUMMARY + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + CHAPTER_5 + NAWOORD,
    running_header="Rekenkamer Wolderveen – Grip op jeugdhulp",
    footer="{page}",
    font_family="sans",
    title_page=False,
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Het college neemt deze aanbeveling over."
EV2 = ("Vanaf 1 april 2026 brengt dit dashboard elk kwartaal per productcategorie het aantal jeugdigen, de "
       "gemiddelde trajectduur en de kosten in beeld, uitgesplitst naar verwijzer; voor het beheer en de "
       "doorontwikkeling is in de begroting 2026 structureel € 120.000 per jaar opgenomen.")
EV3 = "Deze aanbeveling nemen wij gedeeltelijk over."
EV4 = ("Wij nemen aanbeveling 4 over en stellen uiterlijk 1 april 2026 een werkinstructie toegang vast waarin staat "
       "in welke situaties het wijkteam zelf ondersteuning biedt en wanneer het verwijst.")
EV5 = ("Wij gaan daarom in 2026 met twee grote aanbieders na hoe een gezamenlijke herbeoordeling in de praktijk "
       "kan werken, en besluiten na die proef of wij dit voor alle langlopende trajecten invoeren.")
EV6 = "Dit past niet binnen de afspraken in de regio."
EV7 = "Het college onderschrijft deze aanbeveling."
EV8 = "Het college ziet hier geen meerwaarde in."
EV9 = ("Of wij de controles kunnen uitbreiden tot alle aanbieders boven de door u genoemde grens, bezien wij bij "
       "het opstellen van de begroting 2027.")
EV13 = ("In maart en september van elk jaar, voor het eerst in maart 2026 en in elk geval tot en met 2028, "
        "ontvangt de raad van ons een voortgangsbrief over de uitvoering van de aanbevelingen en de financiële "
        "ontwikkeling van de jeugdhulp.")
EV14 = "Het college adviseert de raad om geen bestemmingsreserve jeugdhulp in te stellen."


def group(text: str) -> tuple[Cell, str]:
    return (Cell(text, bold=True), "")


TABLE = Table(
    header=("Aanbeveling", "Reactie college"),
    widths=(1.0, 2.2),
    rules="grid",
    rows=(
        group("Aanbevelingen aan het college"),
        ("1. Meetbare doelen en indicatoren in het nieuwe beleidskader jeugd",
         Cell(EV1 + " Het nieuwe beleidskader ‘Opgroeien in Wolderveen 2026-2030’ bevat per ambitie een of meer "
              "doelen met indicatoren en streefwaarden. Wij leggen het beleidskader in het tweede kwartaal van 2026 "
              "aan de raad voor.",
              answers=(Answer("1", "agree", EV1),))),
        ("2. Kwartaalrapportage over gebruik, duur en kosten per verwijzer",
         Cell("Sinds september 2025 bouwt het datateam van het sociaal domein een dashboard jeugdhulp op basis van "
              "de beschikkings- en declaratiegegevens. " + EV2 + "\nHet dashboard is ook voor de raad toegankelijk.",
              answers=(Answer("2", "agree", EV2),))),
        ("3. Afspraken met huisartsen en een POH-jeugd bij alle praktijken",
         Cell(EV3 + " Met de huisartsenkring maken wij in het eerste halfjaar van 2026 afspraken over de verwijzing "
              "naar jeugdhulp en over de terugkoppeling tussen huisarts en wijkteam. Een POH-jeugd bij alle "
              "zeventien praktijken is binnen de huidige middelen niet haalbaar en niet elke praktijk heeft "
              "daar ruimte voor. Wij breiden het aantal praktijken met een POH-jeugd in 2026 uit van vijf naar "
              "acht.",
              answers=(Answer("3", "partial", EV3),))),
        ("4 en 5. Regie van het wijkteam op de toegang; herbeoordeling van langlopende trajecten",
         Cell(EV4 + " Vanaf die datum stelt het wijkteam bij elke verwijzing een ondersteuningsplan met doelen op, "
              "ook bij verlengingen.\nHet periodiek herbeoordelen van trajecten die langer dan een jaar duren, "
              "vinden wij een waardevolle gedachte. Het wijkteam heeft daar op dit moment echter niet de capaciteit "
              "voor zonder dat nieuwe aanmeldingen langer moeten wachten. " + EV5,
              answers=(Answer("4", "agree", EV4), Answer("5", "partial", EV5)))),
        ("6. Budgetplafonds voor aanbieders met de hoogste omzet",
         Cell("De gemeenten in de GR Jeugd Midden-IJssel hebben in 2023 gezamenlijk besloten de open-house-contracten "
              "tot en met 2028 voort te zetten, zonder plafonds per aanbieder. Een eenzijdig plafond voor aanbieders "
              "in Wolderveen zou betekenen dat gezinnen in onze gemeente andere toegang tot hulp hebben dan in de "
              "buurgemeenten. " + EV6 + " Wij volgen de omzet per aanbieder wel nauwlettend via het dashboard "
              "(zie aanbeveling 2).",
              answers=(Answer("6", "disagree", EV6),))),
        ("7. Periodieke gesprekken met de vijftien grootste aanbieders",
         Cell(EV7 + " Met ingang van 2026 voert de contractmanager jeugd twee keer per jaar een gesprek met elk van "
              "deze aanbieders aan de hand van vaste gegevens uit het dashboard. De afspraken worden vastgelegd en "
              "in het volgende gesprek getoetst.",
              answers=(Answer("7", "agree", EV7),))),
        ("8. Onafhankelijke meting van cliëntervaringen",
         Cell("Wij herkennen dat de huidige metingen door de aanbieders verschillend worden uitgevoerd en dat de "
              "uitkomsten daardoor moeilijk vergelijkbaar zijn. Vanaf 2026 gebruiken alle gecontracteerde "
              "aanbieders in de regio dezelfde vragenlijst, waarvan het inkoopbureau de uitkomsten per gemeente "
              "rapporteert. Een aparte gemeentelijke meting zou gezinnen opnieuw bevragen en extra kosten met "
              "zich meebrengen. " + EV8,
              answers=(Answer("8", "disagree", EV8),))),
        ("9. Materiële controles bij grote aanbieders",
         Cell("Wij delen uw conclusie dat de materiële controle tot nu toe te beperkt is geweest. In 2026 laat de "
              "gemeente de acht aanbieders met de hoogste declaraties in Wolderveen materieel controleren. " + EV9 +
              " Dat hangt mede af van de capaciteit van het regionale controleteam.",
              answers=(Answer("9", "partial", EV9),))),
        ("10. Overbruggingshulp en zicht op wachtende jeugdigen",
         Cell("De regio publiceert sinds 2024 maandelijks een overzicht van de wachttijden per aanbieder. Het "
              "wijkteam houdt contact met gezinnen die bij een aanbieder op de wachtlijst staan en kan in overleg met "
              "de aanbieder overbruggingshulp inzetten. Voor spoedeisende situaties geldt de regionale "
              "spoedprocedure, waarbij binnen 24 uur hulp beschikbaar is.")),
        group("Aanbeveling aan het bestuur van de GR Jeugd Midden-IJssel"),
        ("11. Tarieven op basis van kostprijsonderzoek; halfjaarlijkse rapportage per aanbieder",
         Cell("Deze aanbeveling richt zich tot het algemeen bestuur van de GR Jeugd Midden-IJssel. Wij hebben uw "
              "rapport aan het dagelijks bestuur van de GR gezonden. Het algemeen bestuur bespreekt de aanbeveling "
              "in zijn vergadering van 11 december 2025 en stuurt de rekenkamer daarna een eigen reactie.")),
        group("Aanbevelingen aan de raad"),
        ("12. Sturingsinformatie vastleggen in de planning- en controlcyclus",
         Cell("Deze aanbeveling is aan de raad gericht; het college ziet uit naar het gesprek met de raad over de "
              "informatie die hij nodig heeft om zijn kaderstellende en controlerende rol te vervullen.")),
        ("13. Halfjaarlijkse informatie over de voortgang tot en met 2028",
         Cell("Ook deze aanbeveling is aan de raad gericht. Het college wacht een verzoek van de raad niet af. " + EV13,
              answers=(Answer("13", "agree", EV13),))),
        ("14. Bestemmingsreserve jeugdhulp",
         Cell("Deze aanbeveling is aan de raad gericht. " + EV14 + " Volgens de nota reserves en voorzieningen 2023 "
              "vangen wij tegenvallers op in de algemene reserve. Een reserve voor één taakveld beperkt de "
              "flexibiliteit van de begroting en neemt de oorzaak van de tekorten niet weg; wij zetten liever in "
              "op de maatregelen die wij hierboven hebben beschreven.",
              answers=(Answer("14", "disagree", EV14),))),
    ),
)

RESPONSE_BLOCKS = (
    P("Aan de Rekenkamer Wolderveen, t.a.v. de voorzitter, mevrouw drs. A.M. Kloosterman, Postbus 2000, "
      "Wolderveen"),
    P("Datum: 23 september 2025"),
    P("Ons kenmerk: 2025/SD/0148712"),
    P("Onderwerp: bestuurlijke reactie op het conceptrapport ‘Grip op jeugdhulp’"),
    P("Geachte mevrouw Kloosterman,"),
    P("Op 26 augustus 2025 ontvingen wij het conceptrapport ‘Grip op jeugdhulp’ van de Rekenkamer Wolderveen, met "
      "het verzoek daarop een bestuurlijke reactie te geven. Wij danken de rekenkamer voor het zorgvuldige "
      "onderzoek en voor de prettige samenwerking met de ambtelijke organisatie. Ook danken wij de ouders, "
      "huisartsen, aanbieders en medewerkers van het wijkteam die aan het onderzoek hebben bijgedragen."),
    H2("Algemene reactie"),
    P("De jeugdhulp is voor het college een van de belangrijkste en tegelijk een van de moeilijkste taken van de "
      "gemeente. Iedere dag krijgen honderden kinderen en gezinnen in Wolderveen hulp die zij nodig hebben. "
      "Tegelijk stijgen de kosten al jaren sneller dan de middelen die wij daarvoor van het Rijk ontvangen. Dat "
      "geldt niet alleen voor Wolderveen: vrijwel alle gemeenten kampen met tekorten op de jeugdhulp, en de "
      "landelijke Hervormingsagenda Jeugd moet de komende jaren voor meer evenwicht zorgen."),
    P("Wij herkennen ons in het beeld dat de rekenkamer schetst. Het rapport laat zien dat de gemeente meer gegevens "
      "heeft dan zij gebruikt, en dat de raad vooral achteraf wordt geïnformeerd over tekorten. Het college had in "
      "2025 al een aantal stappen gezet, zoals de oprichting van een datateam sociaal domein en de voorbereiding "
      "van een nieuw beleidskader. Het rapport geeft ons de gelegenheid die stappen te versnellen en aan te "
      "vullen."),
    P("Wel plaatsen wij een kanttekening bij de hoofdconclusie. De regionale samenwerking is voor een gemeente van "
      "onze omvang onmisbaar, en niet alle sturingsmogelijkheden die de rekenkamer noemt, kan Wolderveen alleen "
      "benutten. Waar aanbevelingen raken aan afspraken in de regio, wegen wij ook de belangen van de zes andere "
      "gemeenten mee."),
    H2("Reactie op de aanbevelingen"),
    P("Hieronder reageren wij per aanbeveling. De aanbevelingen 4 en 5 hangen nauw samen; daarop gaan wij in één "
      "reactie in. Aanbeveling 11 is bestemd voor het bestuur van de gemeenschappelijke regeling en de "
      "aanbevelingen 12 tot en met 14 zijn gericht aan de raad; ook daarbij geven wij aan hoe het college zich "
      "daartoe verhoudt."),
    TABLE,
    H2("Tot slot"),
    P("De aanbevelingen van de rekenkamer helpen ons om de jeugdhulp in Wolderveen beter te sturen, zonder uit het "
      "oog te verliezen dat het gaat om kinderen en gezinnen die hulp nodig hebben. Wij zien uit naar de bespreking "
      "van het rapport in de raad. Een afschrift van deze brief zenden wij aan de gemeenteraad."),
    P("Hoogachtend,"),
    P("Het college van burgemeester en wethouders van Wolderveen,"),
    P("de secretaris, drs. P.J. Hofstede-Mulder"),
    P("de burgemeester, mr. R.C. van Dillen"),
)

RESPONSE = Document(
    title="Gemeente Wolderveen",
    subtitle="College van burgemeester en wethouders · Stadhuisplein 1 · Postbus 2000 · Wolderveen",
    blocks=RESPONSE_BLOCKS,
    running_header="Gemeente Wolderveen – bestuurlijke reactie ‘Grip op jeugdhulp’",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="city_audit_youth_care",
    report=REPORT,
    response=RESPONSE,
    description="Rekenkamer Wolderveen audit of youth care procurement and steering (14 recommendations numbered 1-14 "
                "under 'Aan het college' and 'Aan de raad', one to the GR via the college) and the college's "
                "letter answering in a grid table 'Aanbeveling | Reactie college'; 4 and 5 in one cell, 10 only "
                "existing practice, 11 passed on to the GR, 12 left to the raad, 13 and 14 raad recommendations the "
                "college does take a position on.",
)
