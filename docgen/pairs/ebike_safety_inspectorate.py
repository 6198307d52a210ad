"""Pair: a fictional ILT report on e-bike and speed pedelec safety among teenagers and older people, and the answer of
the minister of IenW (also on behalf of the ministers of JenV and OCW).

Layout traits this pair tests: a sans report with a title page and a running header.  The thirteen recommendations
carry CODES "R1" .. "R13" as their list labels (numeric list style, the code printed as "R1."), in chapter 6
"Aanbevelingen", grouped by addressee under level-3 headings ("Aan de minister van Infrastructuur en Waterstaat",
"Aan de RDW", "Aan de minister van Justitie en Veiligheid en de politie", "Aan gemeenten", "Aan de provincies en de
Stichting Wegen", "Aan de minister van Onderwijs, Cultuur en Wetenschap").  In the findings chapters one-cell ruled
boxes "Wat moet er gebeuren?" restate recommendations in other words as paragraph text (not list items, so not
annotated); the report also has question lists ("a."), bullets and a figures table that are not recommendations.

The response is a serif letter (no title page) with a short body that answers by subject, without codes, and an
annex table "Aanbeveling | Reactie | Wie | Wanneer" keyed by the R-codes, whose "Reactie" cells are full sentences
and whose "Wanneer" column holds dates or "n.v.t.".  Two recommendations get a nuance in the letter body that the
table lacks; the body comes first, so it decides:
- R1 (helmet duty for all, starting with under-18s): partial; the table reads as a refusal ("acht ik niet
  proportioneel"), the body adds a helmet duty under 16 in the same paragraph that agrees to R2.
- R2 (minimum age 14): agree ("Ik neem de aanbeveling over ...", body and table).
- R3 (type of bicycle in police and hospital registration): agree without cue words (date, money, SWOV coupling).
- R4 (compulsory training for speed pedelecs): disagree, polite, pointing at existing rules ("niet opportuun").
- R5 (campaign and free training for 65-plussers): agree without cue words (campaign start date, EUR 4 million/yr).
- R6 (EU ban on tuning kits): agree ("Ik steun deze aanbeveling", agenda of the EU Transport Council).
- R7 (RDW market surveillance and removal from the market): partial; the table says "Ik neem deze aanbeveling over",
  the body says removing easily tuned models is not possible under current EU rules.
- R8 (tamper-proof limiter as type-approval requirement): partial, only studied ("De RDW onderzoekt ...").
- R9 (police checks, rollenbanken; JenV): not addressed, passed on ("betrekt ... bij de Veiligheidsagenda").
- R10 (municipalities remove bollards): agree ("Ik onderschrijf deze aanbeveling" plus a subsidy scheme).
- R11 (municipalities send speed pedelecs to the road): disagree ("deel de analyse ..., maar niet de conclusie").
- R12 (provinces / Stichting Wegen map fall risks): not addressed ("Dit is aan de wegbeheerders." plus existing
  guidelines).
- R13 (OCW: compulsory traffic education): disagree, blunt ("neemt deze aanbeveling niet over").
Other traps: thanks and context paragraphs, existing policy (speed pedelec helmet and licence rules), a body
paragraph agreeing only with an aim for older cyclists, and two table cells starting "De RDW ..." with different
positions.  All prose is fictional and written for this test set.
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


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def letters(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="a.")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A list of coded recommendations: (code, text, departments)."""
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(code, depts))
                                for code, text, depts in items), style="1.")


def box(*paragraphs: str) -> Table:
    """A ruled one-cell box 'Wat moet er gebeuren?' that restates recommendations in other words."""
    return Table(header=("Wat moet er gebeuren?",), rows=((Cell("\n".join(paragraphs)),),), font_size=9.5)


# --------------------------------------------------------------------------------------------------------------
# Recommendations as printed
# --------------------------------------------------------------------------------------------------------------

R1 = ("Voer een wettelijke helmplicht in voor alle berijders van een elektrische fiets, en begin daarbij met kinderen "
      "en jongeren tot 18 jaar.")
R2 = ("Stel een minimumleeftijd van 14 jaar in voor het zelfstandig berijden van een elektrische fiets of een fatbike "
      "met trapondersteuning.")
R3 = ("Zorg ervoor dat bij ieder verkeersongeval met een fiets in zowel de politieregistratie als de "
      "ziekenhuisregistratie wordt vastgelegd om welk type fiets het gaat, en laat beide registraties jaarlijks "
      "koppelen.")
R4 = ("Maak voor berijders van een speed pedelec een praktijktraining van ten minste één dagdeel verplicht, "
      "aanvullend op het rijbewijs AM.")
R5 = ("Start samen met ouderenorganisaties een landelijke campagne over veilig op- en afstappen en zorg dat in iedere "
      "gemeente gratis fietstrainingen voor 65-plussers beschikbaar zijn.")
R6 = ("Zet u in Europees verband in voor een verbod op de verkoop en het aanbieden van opvoersets en software waarmee "
      "de trapondersteuning van een e-bike boven 25 km/u kan worden gebracht.")
R7 = ("Intensiveer het markttoezicht op e-bikes en fatbikes en neem modellen die sneller kunnen dan 25 km/u, of "
      "waarvan de begrenzing eenvoudig te omzeilen is, uit de handel.")
R8 = ("Ontwikkel samen met fabrikanten een manipulatiebestendige snelheidsbegrenzing en stel die als eis bij de "
      "typegoedkeuring van nieuwe speed pedelecs.")
R9 = ("Controleer structureel op opgevoerde e-bikes en fatbikes, in het bijzonder rond scholen en op drukke "
      "fietsroutes, en zorg dat ieder basisteam kan beschikken over een mobiele rollenbank.")
R10 = ("Verwijder overbodige paaltjes en andere obstakels op fietspaden en markeer de obstakels die nodig blijven met "
       "goed zichtbare, reflecterende markering.")
R11 = ("Wijs speed pedelecs binnen de bebouwde kom met een verkeersbesluit naar de rijbaan waar fietspaden smal of "
       "druk zijn en de maximumsnelheid voor het autoverkeer 50 km/u of lager is.")
R12 = ("Breng uiterlijk in 2026 voor alle fietspaden in uw beheer in kaart waar verhoogde randen, scherpe "
       "bermovergangen en obstakels een valrisico vormen, en stel op basis daarvan een saneringsplan op.")
R13 = ("Maak praktische verkeerseducatie over de elektrische fiets een verplicht onderdeel van het onderwijs in de "
       "eerste twee leerjaren van het voortgezet onderwijs.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("De elektrische fiets is in tien jaar tijd van een hulpmiddel voor enkelen uitgegroeid tot een gewoon "
      "vervoermiddel. Ruim vier op de tien nieuw verkochte fietsen hebben een motor. Scholieren rijden er dagelijks "
      "mee naar school, ouderen houden er hun zelfstandigheid mee vast en forenzen ruilen de auto in voor een speed "
      "pedelec. Dat is in veel opzichten goed nieuws: voor de gezondheid, voor de bereikbaarheid en voor het klimaat."),
    P("Er is ook een keerzijde. Het aantal ernstig gewonde fietsers stijgt, en in die stijging heeft de elektrische "
      "fiets een steeds groter aandeel. De Inspectie Leefomgeving en Transport (ILT) heeft onderzocht hoe het staat met "
      "de verkeersveiligheid van e-bikes en speed pedelecs bij twee groepen die in de ongevallencijfers opvallen: "
      "jongeren tussen 12 en 18 jaar en mensen van 65 jaar en ouder."),
    P("De belangrijkste bevindingen zijn:", bold=True),
    bullets(
        "Jongeren raken vooral gewond bij hoge snelheid, vaak op fatbikes die zijn opgevoerd of die al af fabriek "
        "eenvoudig harder kunnen dan de toegestane 25 km/u.",
        "Ouderen raken vooral gewond bij lage snelheid: bij het op- en afstappen, bij het wegrijden en door obstakels "
        "en randen op en langs het fietspad.",
        "Speed pedelecs rijden binnen de bebouwde kom op fietspaden die daar niet op zijn ingericht; de "
        "snelheidsverschillen met andere fietsers zijn groot.",
        "Niemand heeft een volledig beeld: politie en ziekenhuizen registreren niet of een fiets elektrisch was, en "
        "het toezicht op de fietsen zelf is versnipperd.",
    ),
    P("De Inspectie doet dertien aanbevelingen. Zij zijn gericht aan de minister van Infrastructuur en Waterstaat, de "
      "RDW, de minister van Justitie en Veiligheid en de politie, gemeenten, de provincies en de Stichting Wegen, en de "
      "minister van Onderwijs, Cultuur en Wetenschap. De aanbevelingen staan in hoofdstuk 6 en zijn daar genummerd R1 "
      "tot en met R13. In de hoofdstukken 3 tot en met 5 geeft een kader ‘Wat moet er gebeuren?’ per thema aan welke "
      "richting de Inspectie voor ogen heeft."),
    PageBreak(),

    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In 2024 kwamen in Nederland 246 fietsers om het leven in het verkeer; van hen reden er 121 op een elektrische "
      "fiets. Het aantal ernstig gewonde fietsers wordt geschat op ruim 55.000 per jaar, waarvan een groeiend deel "
      "na een ongeval zonder ander voertuig. Deze cijfers zijn fictief afgerond, maar de trend is al jaren dezelfde: "
      "de fietser is de verkeersdeelnemer bij wie de veiligheid het minst verbetert."),
    P("Signalen uit de praktijk vormden de directe aanleiding voor dit onderzoek. Traumachirurgen meldden in 2024 een "
      "opvallende toename van jonge patiënten met ernstig hoofdletsel na een val met een fatbike. Gemeenten en scholen "
      "klaagden over ‘scooters op het fietspad’ rond middelbare scholen. En ouderenorganisaties vroegen aandacht voor "
      "leden die na een val bij het afstappen niet meer zelfstandig thuis konden wonen."),
    P("De ILT houdt toezicht op de naleving van regels voor voertuigen en vervoer en signaleert risico’s in het "
      "verkeerssysteem. De Inspectie heeft geen eigen bevoegdheden op het gebied van verkeersgedrag; zij richt zich in "
      "dit rapport daarom op de manier waarop het stelsel van regels, toezicht, infrastructuur en voorlichting de "
      "risico’s beheerst."),
    H2("1.2 Vraagstelling"),
    P("De centrale vraag van dit onderzoek luidt: in hoeverre zijn de risico’s van elektrisch fietsen voor jongeren en "
      "ouderen in beeld, en worden zij door de betrokken partijen voldoende beheerst? De Inspectie heeft deze vraag "
      "uitgewerkt in vier deelvragen:"),
    letters(
        "Hoe hebben het aantal en de aard van de ongevallen met elektrische fietsen zich sinds 2019 ontwikkeld?",
        "Welke factoren dragen bij aan de ongevallen bij jongeren en bij ouderen?",
        "Hoe is het toezicht op de technische eisen aan e-bikes, fatbikes en speed pedelecs ingericht?",
        "Welke maatregelen nemen wegbeheerders, scholen en andere partijen, en met welk effect?",
    ),
    H2("1.3 Aanpak"),
    P("Het onderzoek liep van november 2024 tot en met augustus 2025. De Inspectie heeft de volgende bronnen "
      "gebruikt:"),
    bullets(
        "analyse van ongevalsgegevens uit het Bestand geRegistreerde Ongevallen in Nederland (BRON) en het Letsel "
        "Informatie Systeem van de spoedeisende hulp;",
        "een enquête onder 1.850 scholieren van twaalf middelbare scholen en onder 1.200 fietsers van 65 jaar en "
        "ouder;",
        "snelheidsmetingen op zes fietsroutes in vier gemeenten, in totaal ruim 40.000 passages;",
        "aankoop en technisch onderzoek van vijftien fatbikes en e-bikes, via winkels en webwinkels;",
        "interviews met medewerkers van de RDW, de politie, acht gemeenten, drie provincies, scholen, "
        "ouderenorganisaties, fabrikanten en de fietsbranche.",
    ),
    P("De Inspectie heeft de feitelijke bevindingen voorgelegd aan de betrokken organisaties. Hun reacties zijn "
      "verwerkt waar zij tot correcties leidden."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 geeft een beeld van de ongevallen. De hoofdstukken 3, 4 en 5 behandelen achtereenvolgens jongeren, "
      "ouderen en speed pedelecs. Hoofdstuk 6 bevat de conclusies en de aanbevelingen, geordend naar de partij tot wie "
      "zij zich richten. De bijlage beschrijft de verantwoording van het onderzoek."),

    H("2 Ongevallen met elektrische fietsen in beeld"),
    H2("2.1 Ontwikkeling sinds 2019"),
    P("Het aantal ernstig gewonde fietsers op een elektrische fiets is tussen 2019 en 2024 bijna verdubbeld. Een deel "
      "van die stijging volgt uit de groei van het gebruik zelf: er worden simpelweg meer kilometers elektrisch "
      "gefietst. Maar ook per gefietste kilometer is het risico voor twee groepen hoger dan gemiddeld. Tabel 1 geeft "
      "de geschatte aantallen ernstig gewonden op een elektrische fiets voor vier leeftijdsgroepen."),
    Table(header=("Leeftijdsgroep", "Ernstig gewonden 2019", "Ernstig gewonden 2024", "Verandering"),
          rows=(("12 tot 18 jaar", "1.150", "3.400", "+196%"),
                ("18 tot 50 jaar", "2.900", "4.700", "+62%"),
                ("50 tot 65 jaar", "3.300", "4.900", "+48%"),
                ("65 jaar en ouder", "6.800", "10.200", "+50%")),
          widths=(2.0, 1.6, 1.6, 1.2), rules="rows"),
    P("Tabel 1. Geschatte aantallen ernstig gewonden op een elektrische fiets (bron: bewerking ILT van "
      "ziekenhuisgegevens; afgeronde, fictieve waarden)."),
    P("De jongeren vallen op door de snelle groei; de ouderen door het grote absolute aantal. Bij beide groepen is "
      "het letsel vaak ernstig. Bij jongeren gaat het relatief vaak om hoofd- en aangezichtsletsel, bij ouderen om "
      "heupfracturen en letsel aan het hoofd na een val op de rijbaan of tegen een obstakel."),
    H2("2.2 Een onvolledig beeld"),
    P("Het beeld dat de cijfers geven, is onvolledig. In de politieregistratie wordt bij een ongeval wel vastgelegd "
      "dat er een fiets bij betrokken was, maar niet structureel of die fiets elektrisch was, laat staan of het om een "
      "fatbike of een speed pedelec ging. De ziekenhuizen registreren het type fiets alleen als de patiënt het "
      "vertelt en de behandelaar het noteert. Bovendien worden veel ongevallen zonder ander voertuig helemaal niet "
      "bij de politie gemeld."),
    P("De Inspectie heeft voor dit onderzoek handmatig ruim 2.300 ziekenhuisdossiers doorgenomen om het fietstype te "
      "achterhalen. Dat kan geen structurele oplossing zijn. Zonder betrouwbare gegevens over het type voertuig is "
      "niet vast te stellen welke maatregelen werken, en blijven beleidsmakers en toezichthouders afhankelijk van "
      "incidenten en schattingen."),
    P("Politie en ziekenhuizen gebruiken bovendien verschillende definities en systemen, zodat hun gegevens niet "
      "zonder meer aan elkaar te koppelen zijn. Bij de SWOV en VeiligheidNL bestaat de kennis om dat wel te doen, "
      "maar daarvoor zijn afspraken nodig over wat er wordt vastgelegd en wie de koppeling verzorgt."),
    box("Bij ieder ongeval met een fiets moet op één manier worden genoteerd wat voor fiets het was: een gewone fiets, "
        "een e-bike, een fatbike of een speed pedelec.",
        "Politie en spoedeisende hulp moeten daarbij dezelfde indeling gebruiken, zodat de gegevens ieder jaar "
        "naast elkaar gelegd kunnen worden."),

    H("3 Jongeren: snelheid, fatbikes en opvoeren"),
    H2("3.1 Wat de Inspectie zag"),
    P("Op de zes gemeten fietsroutes reed 38 procent van de jongeren op een elektrische fiets of fatbike. Rond "
      "middelbare scholen liep dat op tot ruim de helft. Van de gemeten fatbikes reed een op de vijf sneller dan "
      "30 km/u, terwijl de trapondersteuning bij 25 km/u moet stoppen. Enkele fatbikes haalden op een vlak fietspad "
      "snelheden van meer dan 40 km/u, zonder dat de berijder merkbaar trapte."),
    P("In de enquête gaf bijna een derde van de scholieren met een fatbike aan dat de fiets ‘een beetje sneller’ was "
      "gemaakt, meestal door een vriend of via een filmpje op internet. Een kwart wist niet dat opvoeren verboden is. "
      "Een helm droeg vrijwel niemand: 3 procent van de jongeren op een e-bike of fatbike, tegenover 1 procent op een "
      "gewone fiets."),
    P("De jongste berijders zijn opvallend jong. Een op de acht scholieren in de brugklas fietst op een fatbike of "
      "e-bike, en in de interviews noemden ouders vooral praktische redenen: een lange schoolroute, wind en tegenwind "
      "en de wens om het kind zelfstandig te laten reizen. Kinderen van elf en twaalf jaar hebben echter nog moeite "
      "met het inschatten van snelheid en afstand, zeker bij snelheden waarop zij met een gewone fiets nooit rijden."),
    H2("3.2 Opgevoerde en ‘grijze’ fietsen"),
    P("De Inspectie kocht vijftien fietsen, waarvan tien fatbikes, bij winkels en webwinkels. Vier daarvan konden "
      "zonder ingreep harder dan 25 km/u, omdat de begrenzing via een instelling in het display of een app kon worden "
      "uitgeschakeld. Bij vijf andere fietsen was de begrenzing met een goedkope opvoerset binnen tien minuten te "
      "omzeilen. Zulke opvoersets en de bijbehorende software worden openlijk aangeboden, ook op grote Europese "
      "verkoopplatforms."),
    P("Een fiets die harder kan dan 25 km/u of een motor heeft van meer dan 250 watt, is juridisch geen fiets meer "
      "maar een bromfiets. Voor bromfietsen gelden een typegoedkeuring, een kenteken, een verzekering, een rijbewijs "
      "en een minimumleeftijd. In de praktijk worden deze fietsen echter als fiets verkocht en als fiets gebruikt. Het "
      "toezicht daarop is beperkt: de RDW controleert steekproefsgewijs, maar heeft daarvoor weinig capaciteit, en de "
      "politie komt opgevoerde fietsen vooral tegen na een ongeval."),
    P("De politie beschikt in een beperkt aantal eenheden over een mobiele rollenbank waarmee de snelheid van een "
      "fiets ter plaatse kan worden vastgesteld. Agenten die geen toegang hebben tot zo’n rollenbank, kunnen een "
      "vermoeden van opvoeren moeilijk hard maken. Controles rond scholen vinden incidenteel plaats, vaak na klachten "
      "van ouders of buurtbewoners."),
    H2("3.3 Kennis en vaardigheden"),
    P("Verkeerseducatie in het voortgezet onderwijs is vrijwillig. Ongeveer de helft van de scholen die de Inspectie "
      "sprak, besteedt er in de brugklas aandacht aan, meestal in de vorm van een voorlichtingsbijeenkomst. Praktische "
      "oefening met een elektrische fiets, zoals remmen bij hoge snelheid of inschatten van de remweg, komt vrijwel "
      "niet voor. Scholen wijzen op een vol programma en op de verantwoordelijkheid van ouders."),
    P("Veilig Verkeer Nederland en regionale organisaties hebben lesmateriaal ontwikkeld, maar het bereik ervan is "
      "beperkt en afhankelijk van de inzet van individuele docenten. Op scholen waar wel praktisch is geoefend, gaven "
      "leerlingen in de enquête vaker aan dat zij hun snelheid aanpassen in drukke situaties."),
    box("Kinderen van de basisschoolleeftijd horen niet zelfstandig op een elektrische fiets of fatbike. Een "
        "ondergrens in de regels geeft ouders en scholen houvast.",
        "Fietsen die veel harder kunnen dan toegestaan, of die met een paar handelingen harder gaan, horen niet in de "
        "winkel. De toezichthouder moet dat ook kunnen afdwingen.",
        "Een helm moet voor jonge e-bikers normaal worden, en bij voorkeur verplicht.",
        "Iedere leerling in de onderbouw van het voortgezet onderwijs zou in de praktijk moeten leren wat hoge "
        "snelheid op de fiets betekent."),

    H("4 Ouderen: vallen bij lage snelheid"),
    H2("4.1 Wat de Inspectie zag"),
    P("Bij ouderen ontstaat het risico niet door hoge snelheid, maar juist bij lage snelheid en bij stilstand. Van "
      "de ondervraagde 65-plussers die het afgelopen jaar met hun e-bike waren gevallen, gebeurde dat in 41 procent "
      "van de gevallen bij het op- of afstappen en in 18 procent bij het wegrijden. Een e-bike is zwaarder dan een "
      "gewone fiets en de trapondersteuning kan bij het wegrijden onverwacht krachtig zijn."),
    P("Veel oudere fietsers hebben hun e-bike gekocht zonder uitleg over de bediening. Een kwart wist niet hoe de "
      "ondersteuning lager kon worden gezet; een op de zes gebruikte altijd de hoogste stand. Trainingen voor oudere "
      "fietsers bestaan, onder meer van ouderenorganisaties en Veilig Verkeer Nederland, maar zij worden niet overal "
      "aangeboden en de deelname is vaak afhankelijk van een kleine gemeentelijke subsidie."),
    P("In de gemeenten waar wel trainingen werden gegeven, waren de deelnemers positief. Zij noemden het oefenen met "
      "afstappen en het instellen van de ondersteuning het nuttigst. Een landelijke, herkenbare boodschap over veilig "
      "op- en afstappen ontbreekt echter; de voorlichting die er is, richt zich vooral op zichtbaarheid en "
      "verlichting."),
    H2("4.2 De rol van de infrastructuur"),
    P("Een groot deel van de ernstige valpartijen van ouderen gebeurt zonder ander voertuig. De Inspectie bekeek 400 "
      "van zulke ongevallen nader en vond bij ruim een derde een obstakel of een onvolkomenheid in de weg als "
      "medeoorzaak: een paaltje midden op het fietspad, een verhoogde rand langs het fietspad, een plotselinge "
      "overgang naar een zachte berm of een slecht zichtbare verkeersdrempel."),
    P("Paaltjes worden geplaatst om auto’s van het fietspad te weren, maar zijn op veel plaatsen overbodig geworden "
      "of kunnen worden vervangen door een andere inrichting. Gemeenten die hun paaltjes systematisch hebben "
      "beoordeeld, verwijderden er gemiddeld twee op de drie. Buiten de bebouwde kom zijn vooral de bermen en de "
      "randen van fietspaden een risico. Provincies en de Stichting Wegen, die namens een aantal samenwerkende "
      "wegbeheerders regionale fietsroutes onderhoudt, hebben geen volledig overzicht van waar die risico’s zitten."),
    P("De CROW-richtlijnen voor het ontwerp van fietspaden zijn helder over obstakels en bermovergangen. De praktijk "
      "blijft echter achter, omdat bestaande fietspaden pas worden aangepast bij groot onderhoud, en dat kan decennia "
      "duren."),
    box("Oudere e-bikers hebben baat bij één duidelijke, landelijke boodschap over veilig op- en afstappen, en bij de "
        "mogelijkheid om dicht bij huis gratis te oefenen.",
        "Gemeenten kunnen op korte termijn veel winst boeken door overbodige paaltjes weg te halen en de rest beter "
        "zichtbaar te maken.",
        "Wegbeheerders buiten de bebouwde kom moeten weten waar hun fietspaden gevaarlijke randen en bermen hebben, "
        "en daar een plan voor maken."),

    H("5 Speed pedelecs: de verkeerde plek op de weg"),
    H2("5.1 Wat de Inspectie zag"),
    P("De speed pedelec is een elektrische fiets met trapondersteuning tot 45 km/u. Juridisch is het een bromfiets: "
      "de berijder moet ten minste 16 jaar zijn, een rijbewijs AM hebben, een goedgekeurde helm dragen en een kenteken "
      "voeren. Binnen de bebouwde kom rijdt de speed pedelec in beginsel op het fietspad, met een maximumsnelheid van "
      "30 km/u; gemeenten kunnen met een verkeersbord bepalen dat de speed pedelec op de rijbaan moet rijden."),
    P("Op de gemeten routes binnen de bebouwde kom reed de helft van de speed pedelecs sneller dan 30 km/u. Het "
      "snelheidsverschil met gewone fietsers en met oudere e-bikers bedroeg daarmee vaak meer dan 15 km/u. Bij "
      "inhaalmanoeuvres op smalle tweerichtingsfietspaden ontstonden geregeld gevaarlijke situaties. Slechts een "
      "handvol gemeenten heeft gebruikgemaakt van de mogelijkheid om speed pedelecs naar de rijbaan te verwijzen."),
    H2("5.2 Vaardigheden en techniek"),
    P("Het rijbewijs AM toetst vooral kennis van de verkeersregels en vaardigheden op een bromfiets of snorfiets. Het "
      "praktijkexamen wordt in de regel niet op een speed pedelec afgelegd. Veel berijders, vaak forenzen van middelbare "
      "leeftijd die het rijbewijs AM via hun autorijbewijs hebben, hebben nooit geoefend met de rem- en stuurkarakteristiek "
      "van een zware fiets bij 40 km/u."),
    P("Ook bij speed pedelecs is manipulatie van de elektronica mogelijk. Fabrikanten leggen de begrenzing op "
      "verschillende manieren vast, en de typegoedkeuring stelt geen eisen aan de bescherming tegen manipulatie. De "
      "RDW ziet dat het aantal meldingen over speed pedelecs die harder dan 45 km/u rijden, toeneemt."),
    box("Wie een speed pedelec gebruikt, zou verplicht moeten oefenen op het voertuig zelf, niet alleen theorie "
        "moeten kennen.",
        "Op drukke en smalle fietspaden binnen de bebouwde kom hoort de speed pedelec op de rijbaan.",
        "De begrenzing van speed pedelecs moet zo worden gebouwd dat gebruikers die niet zelf kunnen uitschakelen, "
        "en de typegoedkeuring moet dat vragen."),

    H("6 Conclusies en aanbevelingen"),
    H2("6.1 Conclusies"),
    P("De Inspectie concludeert dat de risico’s van elektrisch fietsen voor jongeren en ouderen onvoldoende worden "
      "beheerst. Het stelsel van regels, toezicht en infrastructuur is ingericht op de gewone fiets, terwijl het "
      "fietspad inmiddels wordt gedeeld door voertuigen met sterk uiteenlopende snelheden en gewichten. Regels die er "
      "wel zijn, zoals de begrenzing tot 25 km/u, worden op grote schaal omzeild zonder dat dat wordt opgemerkt."),
    P("Geen van de betrokken partijen kan dit alleen oplossen. Het Rijk stelt de regels en is verantwoordelijk voor "
      "de registratie en het toezicht op voertuigen. De politie handhaaft op straat. Gemeenten, provincies en andere "
      "wegbeheerders bepalen hoe het fietspad eruitziet. En scholen en ouderenorganisaties kunnen gebruikers bereiken "
      "op het moment dat het ertoe doet. De aanbevelingen hieronder zijn daarom per adressant geordend."),
    H2("6.2 Aanbevelingen"),
    P("De aanbevelingen zijn genummerd R1 tot en met R13. De Inspectie vraagt de adressanten om binnen zes maanden "
      "aan te geven wat zij met de aanbevelingen doen, en zal de opvolging in 2027 nagaan."),
    H3("Aan de minister van Infrastructuur en Waterstaat"),
    recs(
        ("R1", R1, ("IenW",)),
        ("R2", R2, ("IenW",)),
        ("R3", R3, ("IenW",)),
        ("R4", R4, ("IenW",)),
        ("R5", R5, ("IenW",)),
        ("R6", R6, ("IenW",)),
    ),
    H3("Aan de RDW"),
    recs(
        ("R7", R7, ("IenW",)),
        ("R8", R8, ("IenW",)),
    ),
    H3("Aan de minister van Justitie en Veiligheid en de politie"),
    recs(("R9", R9, ("JenV",))),
    H3("Aan gemeenten"),
    recs(
        ("R10", R10, ("GEMEENTEN",)),
        ("R11", R11, ("GEMEENTEN",)),
    ),
    H3("Aan de provincies en de Stichting Wegen"),
    recs(("R12", R12, ("OTHER",))),
    H3("Aan de minister van Onderwijs, Cultuur en Wetenschap"),
    recs(("R13", R13, ("OCW",))),

    H("Bijlage Verantwoording"),
    H2("Ongevalsgegevens"),
    P("De analyse van ongevalsgegevens is gebaseerd op BRON over de jaren 2019 tot en met 2024 en op een steekproef "
      "van ziekenhuisdossiers van de spoedeisende hulp in zeven ziekenhuizen. Omdat het type fiets in beide bronnen "
      "niet structureel wordt vastgelegd, heeft de Inspectie het fietstype waar mogelijk afgeleid uit de vrije tekst "
      "van de dossiers. De aantallen in tabel 1 zijn op basis daarvan opgehoogd en afgerond. Zij geven een orde van "
      "grootte en zijn niet bedoeld als officiële statistiek."),
    H2("Enquêtes en metingen"),
    P("De enquête onder scholieren is afgenomen op twaalf scholen in vier regio’s, verspreid over stedelijk en "
      "landelijk gebied. De enquête onder 65-plussers is verspreid via drie ouderenorganisaties en een panel van een "
      "onderzoeksbureau. De snelheidsmetingen zijn verricht met radarapparatuur en camera’s, waarbij het type fiets "
      "achteraf is vastgesteld aan de hand van de beelden. Gegevens die tot personen herleidbaar zijn, zijn na de "
      "analyse vernietigd."),
    H2("Technisch onderzoek"),
    P("De vijftien aangekochte fietsen zijn onderzocht op een testbank van een geaccrediteerd laboratorium. Daarbij "
      "is gemeten bij welke snelheid de trapondersteuning afslaat, welk continu vermogen de motor levert en hoe "
      "eenvoudig de begrenzing te omzeilen is. Merken en verkopers worden in dit rapport niet genoemd; de RDW heeft "
      "de resultaten ontvangen voor eigen vervolgonderzoek."),
    H2("Afkortingen"),
    bullets(
        "BRON – Bestand geRegistreerde Ongevallen in Nederland",
        "CROW – kennisplatform voor infrastructuur, verkeer en vervoer",
        "ILT – Inspectie Leefomgeving en Transport",
        "RDW – Rijksdienst voor het Wegverkeer",
        "SWOV – Stichting Wetenschappelijk Onderzoek Verkeersveiligheid",
    ),
)

REPORT = Document(
    title="Harder dan je denkt",
    subtitle="Verkeersveiligheid van e-bikes en speed pedelecs bij jongeren en ouderen",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Leefomgeving en Transport  |  Harder dan je denkt",
    footer="{page}",
    font_family="sans",
    font_size=10.0,
    title_page=True,
    imprint=("Inspectie Leefomgeving en Transport", "Ministerie van Infrastructuur en Waterstaat",
             "Utrecht, november 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV2 = ("Ik neem de aanbeveling over om een minimumleeftijd van 14 jaar in te voeren voor het zelfstandig berijden "
       "van een elektrische fiets of fatbike.")
EV1_BODY = ("Een algemene helmplicht voor alle e-bikers gaat mij te ver, maar voor berijders jonger dan 16 jaar "
            "bereid ik wel een wettelijke helmplicht voor.")
EV7_BODY = ("Modellen waarvan de begrenzing eenvoudig te omzeilen is, kan de RDW onder de huidige Europese regels "
            "echter niet uit de handel nemen, zodat dat deel van de aanbeveling voorlopig niet wordt uitgevoerd.")

EV1 = "Een helmplicht voor alle e-bikes acht ik niet proportioneel; wel stimuleer ik vrijwillig helmgebruik."
EV2_T = "Ik neem deze aanbeveling over en bereid een wijziging van het RVV 1990 voor."
EV3 = ("Vanaf 1 januari 2026 legt de politie bij elk fietsongeval in BRON vast of het om een gewone fiets, een "
       "e-bike, een fatbike of een speed pedelec gaat.")
EV4 = "Een aanvullende verplichte praktijktraining acht ik daarom niet opportuun."
EV5 = ("Voor fietstrainingen voor 65-plussers trek ik in 2026 en 2027 € 4 miljoen per jaar uit, zodat iedere gemeente "
       "ten minste twee gratis trainingen per jaar kan aanbieden.")
EV6 = "Ik steun deze aanbeveling."
EV7 = "Ik neem deze aanbeveling over."
EV8 = ("De RDW onderzoekt samen met fabrikanten en TNO of een manipulatiebestendige snelheidsbegrenzing technisch "
       "haalbaar is.")
EV10 = "Ik onderschrijf deze aanbeveling."
EV11 = ("Ik deel de analyse van de Inspectie dat snelheidsverschillen op drukke fietspaden tot conflicten leiden, maar "
        "niet de conclusie dat speed pedelecs binnen de bebouwde kom vaker naar de rijbaan moeten.")
EV13 = "De minister van Onderwijs, Cultuur en Wetenschap neemt deze aanbeveling niet over."


def row(code: str, text: str, who: str, when: str, *answers: Answer) -> tuple:
    return (code, Cell(text, answers=answers), who, when)


ANNEX = Table(
    header=("Aanbeveling", "Reactie", "Wie", "Wanneer"),
    widths=(1.7, 5.0, 1.6, 1.5),
    font_size=9.0,
    rows=(
        row("R1", f"{EV1} In het voorjaar van 2026 start de campagne ‘Zet ’m op’, gericht op scholieren en hun "
                  "ouders. Zie verder de brief.",
            "IenW", "voorjaar 2026", Answer("R1", "partial", EV1)),
        row("R2", f"{EV2_T} De minimumleeftijd van 14 jaar gaat in op 1 juli 2027; tot die datum informeren "
                  "fietsverkopers kopers over de nieuwe regel.",
            "IenW", "1 juli 2027", Answer("R2", "agree", EV2_T)),
        row("R3", f"{EV3} Met VeiligheidNL en de ziekenhuizen maak ik afspraken om ook in het Letsel Informatie "
                  "Systeem het fietstype vast te leggen; daarvoor stel ik € 1,2 miljoen beschikbaar.\nDe SWOV koppelt "
                  "beide bestanden vanaf 2027 jaarlijks en rapporteert daarover in de Monitor Verkeersveiligheid.",
            "IenW, politie, SWOV", "1 januari 2026", Answer("R3", "agree", EV3)),
        row("R4", f"Voor speed pedelecs gelden al een rijbewijs AM, een helmplicht en een kentekenplicht. {EV4} Wel "
                  "vraag ik het CBR om in het theorie-examen AM meer aandacht te geven aan de speed pedelec.",
            "IenW", "n.v.t.", Answer("R4", "disagree", EV4)),
        row("R5", "Samen met KBO-PCOB, de Fietsersbond en Veilig Verkeer Nederland start ik in april 2026 de "
                  f"campagne ‘Stap veilig af’. {EV5}",
            "IenW, KBO-PCOB, VVN", "april 2026", Answer("R5", "agree", EV5)),
        row("R6", f"{EV6} Nederland heeft een verbod op de verkoop van opvoersets en opvoersoftware geagendeerd voor "
                  "de EU-Transportraad van juni 2026 en dient daar samen met België en Duitsland een non-paper in.",
            "IenW", "juni 2026", Answer("R6", "agree", EV6)),
        row("R7", f"{EV7} De RDW intensiveert vanaf 1 maart 2026 de controles bij verkooppunten en webwinkels en "
                  "maakt de uitkomsten twee keer per jaar openbaar.",
            "RDW", "1 maart 2026", Answer("R7", "partial", EV7)),
        row("R8", f"{EV8} Over een eis in de typegoedkeuring besluit ik als dat onderzoek is afgerond.",
            "RDW, fabrikanten", "eind 2026", Answer("R8", "partial", EV8)),
        row("R9", "De inzet van de politie wordt lokaal bepaald in de driehoek van burgemeester, officier van "
                  "justitie en politie. De minister van Justitie en Veiligheid betrekt deze aanbeveling bij het "
                  "opstellen van de Veiligheidsagenda 2027–2030.",
            "JenV, politie", "n.v.t."),
        row("R10", f"{EV10} Gemeenten kunnen voor het verwijderen en markeren van obstakels vanaf 2026 een beroep "
                   "doen op de Regeling Veilige Fietsinfrastructuur, waarvoor € 25 miljoen beschikbaar is.",
            "gemeenten", "2026–2028", Answer("R10", "agree", EV10)),
        row("R11", f"{EV11} Op wegen waar auto’s 50 km/u rijden, is het snelheidsverschil met het autoverkeer groter "
                   "dan op het fietspad, en het risico op ernstig letsel daarmee ook.",
            "gemeenten", "n.v.t.", Answer("R11", "disagree", EV11)),
        row("R12", "Dit is aan de wegbeheerders. Het CROW heeft in 2024 de ontwerprichtlijnen voor fietspaden, "
                   "bermen en obstakels geactualiseerd; provincies kunnen die gebruiken bij hun "
                   "onderhoudsprogramma’s.",
            "provincies, Stichting Wegen", "n.v.t."),
        row("R13", f"{EV13} Scholen bepalen zelf hoe zij verkeerseducatie in hun onderwijs opnemen, en de kerndoelen "
                   "worden niet uitgebreid met een verplicht onderdeel verkeer.",
            "OCW", "n.v.t.", Answer("R13", "disagree", EV13)),
    ),
)

RESPONSE_BLOCKS = (
    P("Datum: 12 februari 2026"),
    P("Betreft: Reactie op het rapport ‘Harder dan je denkt’ van de Inspectie Leefomgeving en Transport"),
    P("Geachte voorzitter,"),
    P("Hierbij bied ik u, mede namens de minister van Justitie en Veiligheid en de minister van Onderwijs, Cultuur en "
      "Wetenschap, de reactie aan op het rapport ‘Harder dan je denkt’ van de Inspectie Leefomgeving en Transport "
      "(ILT). Het rapport gaat over de verkeersveiligheid van e-bikes, fatbikes en speed pedelecs bij jongeren en "
      "ouderen. Ik dank de Inspectie voor het grondige onderzoek, dat op een aantal punten voor het eerst harde "
      "gegevens oplevert over een onderwerp dat tot nu toe vooral uit incidenten bekend was."),
    P("De elektrische fiets heeft veel mensen meer bewegingsvrijheid gegeven. Ouderen blijven langer zelfstandig "
      "mobiel en scholieren kunnen ook in landelijk gebied op eigen kracht naar school. Tegelijk laat het rapport zien "
      "dat het aantal ernstig gewonden op een elektrische fiets snel is gestegen, vooral bij jongeren. Dat is "
      "zorgelijk, en het vraagt om maatregelen van het Rijk, van wegbeheerders en van de gebruikers zelf."),
    P("Het kabinet werkt sinds 2018 met het Strategisch Plan Verkeersveiligheid 2030, waarin gemeenten, provincies, "
      "waterschappen en het Rijk samen risicogestuurd werken aan veiliger verkeer. Via het Investeringsimpuls "
      "Verkeersveiligheid is de afgelopen jaren ruim € 500 miljoen beschikbaar gesteld voor maatregelen van "
      "decentrale wegbeheerders, waaronder veel fietsmaatregelen. Voor speed pedelecs gelden sinds 2017 een "
      "kentekenplicht en een helmplicht."),
    P("In deze brief ga ik in op de twee thema’s die in het rapport het zwaarst wegen: de veiligheid van jongeren "
      "op snelle elektrische fietsen en het toezicht op fietsen die harder kunnen dan is toegestaan. In de bijlage "
      "vindt u per aanbeveling de reactie van het kabinet, met daarbij wie de maatregel uitvoert en wanneer."),
    H2("Jongeren op de elektrische fiets"),
    P("Ik herken het beeld dat de Inspectie schetst. Steeds jongere kinderen rijden op fietsen die zij bij hoge "
      "snelheid niet goed kunnen beheersen, en ouders zien dat risico vaak over het hoofd. Ook uit de gesprekken die ik "
      "het afgelopen jaar met traumachirurgen, scholen en de fietsbranche heb gevoerd, komt dit naar voren."),
    P(f"{EV2} Daarmee krijgen ouders een duidelijke norm, en kunnen verkopers die norm bij de verkoop uitdragen. Over "
      f"de helm heb ik langer nagedacht. {EV1_BODY} Bij deze groep is het risico op hoofdletsel het grootst en is "
      "het draagvlak onder ouders in recente peilingen het breedst. Het wetsvoorstel gaat in het najaar van 2026 in "
      "internetconsultatie; voor oudere berijders blijf ik inzetten op vrijwillig helmgebruik.",
      answers=(Answer("R2", "agree", EV2), Answer("R1", "partial", EV1_BODY))),
    H2("Opgevoerde e-bikes en fatbikes"),
    P("Het technisch onderzoek van de Inspectie is onthutsend: van de vijftien gekochte fietsen kon ruim de helft "
      "zonder veel moeite harder dan 25 km/u. Zulke fietsen zijn juridisch bromfietsen en horen niet als fiets te "
      "worden verkocht."),
    P("De RDW gaat per 1 maart 2026 gericht controleren bij verkooppunten en webwinkels en spreekt verkopers van "
      "fietsen die harder kunnen dan 25 km/u direct aan. Ik stel de RDW daarvoor jaarlijks € 2,4 miljoen extra "
      f"beschikbaar. {EV7_BODY} Zodra de Europese Commissie met een voorstel komt, zal ik erop aandringen dat "
      "markttoezichthouders die bevoegdheid wel krijgen.",
      answers=(Answer("R7", "partial", EV7_BODY),)),
    H2("Ouderen"),
    P("Ik deel de ambitie van de Inspectie om ouderen zo lang mogelijk veilig te laten fietsen. Voor veel ouderen is "
      "de fiets de sleutel tot een zelfstandig leven, en dat moet zo blijven. De maatregelen die het kabinet daarvoor "
      "neemt, staan in de bijlage."),
    H2("Tot slot"),
    P("De Inspectie zal in 2027 nagaan wat er met haar aanbevelingen is gedaan. Ik zal uw Kamer in de eerstvolgende "
      "voortgangsbrief over het Strategisch Plan Verkeersveiligheid informeren over de uitvoering van de maatregelen "
      "uit deze brief."),
    P("Hoogachtend,"),
    P("de minister van Infrastructuur en Waterstaat,"),
    P("ir. M.C. van Dongen-Leeuwerik"),
    PageBreak(),
    H("Bijlage: reactie per aanbeveling"),
    P("In onderstaande tabel staat per aanbeveling uit het rapport de reactie van het kabinet. De codes in de eerste "
      "kolom verwijzen naar de nummering van de aanbevelingen in hoofdstuk 6 van het rapport."),
    ANNEX,
)

RESPONSE = Document(
    title="Reactie op het rapport ‘Harder dan je denkt’",
    subtitle="Brief van de minister van Infrastructuur en Waterstaat, mede namens de minister van Justitie en "
             "Veiligheid en de minister van Onderwijs, Cultuur en Wetenschap, aan de Voorzitter van de Tweede Kamer "
             "der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie ILT-rapport e-bikes en speed pedelecs",
    footer="{page}/{pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="ebike_safety_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="ILT report on e-bike safety of teenagers and older people (13 recommendations coded R1-R13 as list "
                "labels, grouped by addressee under level-3 headings, 'Wat moet er gebeuren?' boxes restating them) "
                "and the IenW minister's letter with an annex table 'Aanbeveling | Reactie | Wie | Wanneer'; the "
                "letter body nuances R1 and R7 before the table; R9 and R12 passed on.",
)
