"""Pair: a fictional Evaluatiecommissie Pandemische Paraatheid on how ready the Netherlands is for a next pandemic,
and the cabinet's answer in a Kamerbrief of the minister of VWS (mede namens JenV and OCW).

Layout traits this pair tests: a serif report with a title page and a running header.  The fifteen recommendations
carry letter-number labels per theme (A1-A4, B1-B4, C1-C4, D1-D3): the themes are chapters "A. Bestuur en
crisisstructuur", "B. Zorgcapaciteit", "C. Publieke gezondheid", "D. Maatschappij en onderwijs", each with analysis
and then a section "Aanbevelingen" in which every recommendation is printed as a one-item list labelled "A1." etc.
that opens with a short title ("Eén regiepunt. De commissie adviseert de minister van JenV om ...") and is followed
by an unlabelled "Toelichting" paragraph.  The "Samenvatting" at the front prints all fifteen again in a compact,
imperative form with the same labels under bold theme lead-ins (duplicates, so the gold page is the summary page).
Non-recommendation lists as traps: the research questions (a./b./c.), five "lessen" numbered 1)-5), bulleted annex
lists, a grid table and an abbreviation table.

The response is a letter (no title page, sans) organised in Roman sections "I. Crisisstructuur", "II. Zorg", "III.
Publieke gezondheid", "IV. Samenleving" that cut across the report's themes; labels appear only in parentheses at the
end of sentences.  It opens with thanks and "Het kabinet onderschrijft de analyse" (no position).  Gold positions:
A1 agree ("neemt de aanbeveling over", in IV); A2 agree without cue (Regiepunt per 1 juli 2026, EUR 5,5 mln); A3
partial ("verken ik", in the same paragraph as A2); A4 disagree ("Het kabinet kiest er bewust niet voor", answered in
III after an "erkent"-sentence on the finding); B1 partial ("deels": pool yes, 1.700 beds no); B2 agree without cue
(statutory task and structural EUR 4,2 mln from 2026); B3 not addressed (passed to the zorgverzekeraars, who
"daar ... zelf op reageren"; label cited, no position); B4 disagree ("Ik zie geen aanleiding", pointing at the
existing three-month stock); C1 agree without cue (specifieke uitkering EUR 135 mln from 2027); C2 not addressed
(never mentioned); C3 agree ("neem ik over"); C4 disagree ("acht ik niet proportioneel", answered by subject
without its label, in II); D1 partial (principle put in the bill, two-week cap declined; same paragraph as A1); D2
partial ("verkent"); D3 agree ("neemt daarom de aanbeveling over", answered in I).  All prose is fictional and
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


def rec(number: str, text: str, *departments: str) -> ItemList:
    """One recommendation printed as a paragraph-like item with its theme label ("A2.")."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="1.")


def summary(*items: tuple[str, str]) -> ItemList:
    """The compact repeat of a theme's recommendations in the Samenvatting."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, RECS[number][1], duplicate_of=number))
                    for number, text in items),
        style="1.",
    )


def A(number: str, position: str, evidence: str) -> Answer:
    return Answer(number, position, evidence)


# --------------------------------------------------------------------------------------------------------------
# The recommendations as printed in chapters A-D, with their addressees
# --------------------------------------------------------------------------------------------------------------

RECS = {
    "A1": ("Pandemiewet als vangnet. De commissie adviseert de minister van VWS om uiterlijk in 2026 een "
           "wetsvoorstel in te dienen dat vooraf afbakent welke ingrijpende maatregelen, zoals een avondklok, een "
           "bezoekverbod in verpleeghuizen of de sluiting van scholen, bij een pandemie kunnen worden genomen en onder "
           "welke voorwaarden, met een horizonbepaling en een voorhangprocedure bij beide Kamers.", ("VWS",)),
    "A2": ("Eén regiepunt. De commissie adviseert de minister van JenV om binnen de nationale crisisstructuur één "
           "permanent regiepunt voor langdurige gezondheidscrises in te richten, dat de besluitvorming in het "
           "Ministerieel Crisisberaad voorbereidt en zorgt voor één gedeeld beeld van de situatie voor het Rijk, de "
           "veiligheidsregio's en de GGD'en.", ("JenV",)),
    "A3": ("Heldere rollen in de regio. De commissie adviseert de veiligheidsregio's om samen met de GGD'en binnen "
           "twee jaar per regio een beoefend draaiboek voor een langdurige gezondheidscrisis vast te stellen, waarin "
           "de taken en bevoegdheden van de burgemeester, de voorzitter van de veiligheidsregio en de directeur "
           "publieke gezondheid eenduidig zijn beschreven.", ("GEMEENTEN",)),
    "A4": ("Tegenspraak in de advisering. De commissie adviseert de minister van VWS om naast het Outbreak "
           "Management Team een vaste, multidisciplinaire adviesraad voor pandemische crises in te stellen, die ook "
           "de maatschappelijke, economische en sociale gevolgen van maatregelen weegt en zijn adviezen steeds "
           "openbaar maakt.", ("VWS",)),
    "B1": ("Opschaalbare ic-capaciteit. De commissie adviseert de minister van VWS om structureel te bekostigen dat "
           "de ziekenhuizen binnen vier weken kunnen opschalen naar 1.700 ic-bedden, en om daartoe een landelijke "
           "flexibele pool van voor de intensive care opgeleide verpleegkundigen op te bouwen en in stand te "
           "houden.", ("VWS",)),
    "B2": ("Patiëntenspreiding verankeren. De commissie adviseert de minister van VWS om het Landelijk "
           "Coördinatiecentrum Patiënten Spreiding een wettelijke taak te geven en de bekostiging ervan duurzaam te "
           "regelen, zodat het centrum ook buiten crisistijd beschikbaar en geoefend blijft.", ("VWS",)),
    "B3": ("Reservecapaciteit inkopen. De commissie adviseert de zorgverzekeraars om in hun inkoopafspraken met "
           "ziekenhuizen en verpleeghuizen een vergoeding op te nemen voor het aanhouden van reservecapaciteit en "
           "voor deelname aan landelijke opschalingsoefeningen.", ("OTHER",)),
    "B4": ("Strategische voorraden. De commissie adviseert de minister van VWS om een strategische voorraad van "
           "persoonlijke beschermingsmiddelen en kritieke geneesmiddelen aan te leggen die volstaat voor ten minste "
           "zes maanden verhoogde zorgvraag, en om de gezamenlijke Europese inkoop daarvan actief te bevorderen.",
           ("VWS",)),
    "C1": ("Structurele basis voor de GGD'en. De commissie adviseert de minister van VWS om de GGD'en een "
           "structurele rijksbijdrage voor infectieziektebestrijding en pandemische paraatheid te geven, die niet "
           "afhankelijk is van de jaarlijkse gemeentelijke begroting.", ("VWS",)),
    "C2": ("Eén opschalingsplan. De commissie adviseert de GGD'en om gezamenlijk een landelijk opschalingsplan voor "
           "testen, bron- en contactonderzoek en vaccineren op te stellen en dit plan ten minste eenmaal per jaar met "
           "alle regio's te beoefenen.", ("GEMEENTEN",)),
    "C3": ("Real-time zicht op verspreiding. De commissie adviseert het RIVM om binnen drie jaar een landelijk "
           "surveillancesysteem in te richten waarin rioolwatermonitoring, huisartsenregistraties en "
           "ziekenhuisgegevens dagelijks samenkomen en dat in een crisis binnen enkele dagen kan worden "
           "opgeschaald.", ("VWS",)),
    "C4": ("Bescherming in de zorg. De commissie adviseert de minister van VWS om wettelijk mogelijk te maken dat bij "
           "een ernstige pandemie een vaccinatieplicht geldt voor zorgmedewerkers in patiëntgebonden functies, als "
           "uiterste middel en voor de duur van de crisis.", ("VWS",)),
    "D1": ("Scholen als laatste dicht. De commissie adviseert de minister van OCW om wettelijk vast te leggen dat het "
           "funderend onderwijs bij een pandemie zo lang mogelijk fysiek open blijft, dat scholen alleen als uiterste "
           "maatregel worden gesloten en dat een sluiting ten hoogste twee weken achtereen kan duren.", ("OCW",)),
    "D2": ("Gezonde schoolgebouwen. De commissie adviseert de minister van OCW om schoolbesturen financieel te "
           "ondersteunen, zodat alle schoolgebouwen in het funderend onderwijs uiterlijk in 2030 voldoen aan de "
           "ventilatie-eisen die nu voor nieuwbouw gelden.", ("OCW",)),
    "D3": ("Toets op maatschappelijke gevolgen. De commissie adviseert het kabinet om bij elk besluit over een "
           "ingrijpende maatregel vooraf de gevolgen voor jongeren, voor bewoners van verpleeghuizen en voor "
           "huishoudens met een laag inkomen te toetsen, en de uitkomst van die toets gelijktijdig met het besluit "
           "openbaar te maken.", ("KABINET",)),
}


def R(number: str) -> ItemList:
    text, departments = RECS[number]
    return rec(number, text, *departments)


def toelichting(text: str) -> Paragraph:
    return P("Toelichting. " + text)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Vijf jaar na de eerste vastgestelde besmetting met het coronavirus in Nederland lijkt de pandemie voor velen "
      "een afgesloten hoofdstuk. De mondkapjes zijn uit het straatbeeld verdwenen, de teststraten zijn afgebroken en "
      "de persconferenties op dinsdagavond zijn een herinnering geworden. Toch is de vraag die de minister van "
      "Volksgezondheid, Welzijn en Sport ons in 2024 stelde actueler dan het lijkt: is Nederland beter voorbereid op "
      "een volgende pandemie dan in februari 2020?"),
    P("Het korte antwoord is: op onderdelen wel, als geheel nog niet. Er is veel in gang gezet. De GGD'en hebben "
      "extra middelen gekregen, het RIVM heeft zijn monitoring uitgebreid en er ligt een programma voor pandemische "
      "paraatheid. Maar veel van wat is opgebouwd, rust op tijdelijk geld, op de inzet van mensen die het in de "
      "vorige crisis ook al moesten doen, en op afspraken die nooit onder druk zijn getest. De aandacht ebt weg, "
      "terwijl een volgende ziekteverwekker zich niet aan onze begrotingscyclus zal houden."),
    P("In dit rapport kijken wij niet terug om schuld te verdelen. Dat hebben anderen gedaan, grondig en soms "
      "pijnlijk. Wij kijken vooruit: wat moet er over vijf jaar staan, zodat het land bij een nieuwe uitbraak "
      "sneller, beter gecoördineerd en met minder maatschappelijke schade kan handelen? Onze vijftien aanbevelingen "
      "zijn gericht aan het kabinet, aan afzonderlijke ministers, aan het RIVM, de GGD'en en de veiligheidsregio's, "
      "en aan de zorgverzekeraars. Ze hangen samen; wie er één uit haalt, haalt een andere deels onderuit."),
    P("De commissie dankt iedereen die tijd en ervaring met haar heeft gedeeld: verpleegkundigen en artsen, "
      "bestuurders, leerkrachten en schoolleiders, ondernemers, jongeren, mantelzorgers en bewoners van "
      "verpleeghuizen. Zonder hun openhartigheid was dit rapport niet mogelijk geweest."),
    P("Prof. dr. M.A. van Oosterwijk-Dekker, voorzitter"),
    PageBreak(),

    H("Samenvatting"),
    P("Nederland heeft sinds de coronacrisis stappen gezet om beter voorbereid te zijn op een volgende pandemie, "
      "maar die paraatheid is kwetsbaar. De commissie ziet vier knelpunten. De crisisstructuur is ingericht op "
      "kortdurende, plaatsgebonden rampen en niet op een gezondheidscrisis die maanden of jaren duurt. De zorg kan "
      "nauwelijks opschalen zonder dat de reguliere zorg stil komt te liggen. De publieke gezondheidszorg is "
      "afhankelijk van tijdelijke middelen. En de maatschappelijke gevolgen van maatregelen, vooral voor jongeren en "
      "kwetsbare groepen, worden te laat en te smal gewogen."),
    P("Op basis van deze analyse doet de commissie vijftien aanbevelingen, verdeeld over vier thema's. Hieronder "
      "staan zij in verkorte vorm, met tussen haakjes de partij die aan zet is. De volledige tekst en de toelichting "
      "staan in de hoofdstukken A tot en met D."),
    P("A. Bestuur en crisisstructuur", bold=True),
    summary(
        ("A1", "Baken vooraf wettelijk af welke ingrijpende maatregelen bij een pandemie mogelijk zijn, met "
               "horizonbepaling en voorhang (minister van VWS)."),
        ("A2", "Richt één permanent regiepunt voor langdurige gezondheidscrises in binnen de nationale "
               "crisisstructuur (minister van JenV)."),
        ("A3", "Stel per regio binnen twee jaar een beoefend draaiboek voor een langdurige gezondheidscrisis vast "
               "(veiligheidsregio's en GGD'en)."),
        ("A4", "Stel naast het OMT een vaste, multidisciplinaire adviesraad in die openbaar adviseert (minister van "
               "VWS)."),
    ),
    P("B. Zorgcapaciteit", bold=True),
    summary(
        ("B1", "Bekostig structureel een opschaling naar 1.700 ic-bedden binnen vier weken, met een flexibele "
               "personeelspool (minister van VWS)."),
        ("B2", "Geef het Landelijk Coördinatiecentrum Patiënten Spreiding een wettelijke taak en duurzame "
               "bekostiging (minister van VWS)."),
        ("B3", "Vergoed reservecapaciteit en deelname aan opschalingsoefeningen in de zorginkoop "
               "(zorgverzekeraars)."),
        ("B4", "Leg strategische voorraden aan voor zes maanden verhoogde zorgvraag en bevorder Europese inkoop "
               "(minister van VWS)."),
    ),
    P("C. Publieke gezondheid", bold=True),
    summary(
        ("C1", "Geef de GGD'en een structurele rijksbijdrage voor infectieziektebestrijding en paraatheid "
               "(minister van VWS)."),
        ("C2", "Stel een landelijk opschalingsplan voor testen, bron- en contactonderzoek en vaccineren op en "
               "beoefen het jaarlijks (GGD'en)."),
        ("C3", "Richt binnen drie jaar een landelijk real-time surveillancesysteem in (RIVM)."),
        ("C4", "Maak een vaccinatieplicht voor zorgmedewerkers in patiëntgebonden functies bij een ernstige "
               "pandemie wettelijk mogelijk (minister van VWS)."),
    ),
    P("D. Maatschappij en onderwijs", bold=True),
    summary(
        ("D1", "Leg vast dat scholen zo lang mogelijk open blijven en ten hoogste twee weken achtereen sluiten "
               "(minister van OCW)."),
        ("D2", "Ondersteun schoolbesturen zodat alle schoolgebouwen in 2030 aan de ventilatie-eisen voor nieuwbouw "
               "voldoen (minister van OCW)."),
        ("D3", "Toets vooraf de gevolgen van ingrijpende maatregelen voor kwetsbare groepen en maak de toets "
               "openbaar (kabinet)."),
    ),
    P("De commissie vraagt het kabinet om binnen zes maanden na publicatie van dit rapport aan te geven welke "
      "aanbevelingen het overneemt, op welke termijn en met welke middelen. Zij vraagt de Tweede Kamer om de "
      "voortgang jaarlijks te bespreken, zodat de paraatheid niet opnieuw van de agenda verdwijnt."),
    PageBreak(),

    H("1 Inleiding"),
    H2("1.1 Aanleiding en opdracht"),
    P("De coronapandemie heeft Nederland tussen 2020 en 2022 zwaar getroffen. Ruim twintigduizend mensen overleden "
      "aan de gevolgen van covid-19, honderdduizenden kampen nog met langdurige klachten, en de maatregelen om de "
      "verspreiding te beperken hebben diepe sporen nagelaten in het onderwijs, de cultuursector, de horeca en het "
      "sociale leven van jongeren en ouderen. Verschillende onderzoeken hebben de aanpak van de crisis inmiddels "
      "geëvalueerd."),
    P("Die evaluaties kijken vooral terug. De minister van Volksgezondheid, Welzijn en Sport heeft de commissie in "
      "april 2024, mede namens de ministers van Justitie en Veiligheid en van Onderwijs, Cultuur en Wetenschap, "
      "gevraagd vooruit te kijken. De opdracht omvatte drie vragen:"),
    ItemList(items=(
        ListItem("In hoeverre zijn de lessen uit de coronacrisis vertaald in wetgeving, organisatie en "
                 "financiering?"),
        ListItem("Waar zit de grootste kwetsbaarheid als zich binnen vijf jaar een nieuwe pandemie voordoet?"),
        ListItem("Welke maatregelen zijn nodig om die kwetsbaarheid weg te nemen, en wie is daarvoor aan zet?"),
    ), style="a."),
    P("De commissie bestond uit zes leden met achtergronden in de intensive care, de epidemiologie, het "
      "bestuursrecht, het openbaar bestuur, het onderwijs en de publieke gezondheid (bijlage 1). Zij werd "
      "ondersteund door een secretariaat dat onafhankelijk van de betrokken ministeries werkte."),
    H2("1.2 Werkwijze"),
    P("De commissie heeft de beschikbare evaluaties, Kamerstukken en beleidsdocumenten bestudeerd en gesprekken "
      "gevoerd met 112 mensen uit de zorg, het openbaar bestuur, het onderwijs, de wetenschap en het bedrijfsleven "
      "(bijlage 2). Daarnaast organiseerde zij vier rondetafelgesprekken, waarvan één uitsluitend met jongeren "
      "tussen 16 en 24 jaar."),
    P("In maart 2025 heeft de commissie met bestuurders en professionals een scenario-oefening gehouden, waarin een "
      "fictief nieuw influenzavirus zich in tien weken over het land verspreidde. De oefening maakte zichtbaar waar "
      "de huidige afspraken knellen; de uitkomsten staan in paragraaf 2.3. Ten slotte heeft de commissie de aanpak "
      "vergeleken met die in Denemarken, Duitsland, Finland en het Verenigd Koninkrijk.",
      footnotes=("De internationale vergelijking is uitgevoerd door een onderzoeksbureau in opdracht van de "
                 "commissie en is als afzonderlijk achtergrondrapport gepubliceerd.",)),
    P("De commissie heeft zich beperkt tot de nationale paraatheid. De ontwikkeling van vaccins en geneesmiddelen "
      "en de onderhandelingen over een internationaal pandemieverdrag komen slechts zijdelings aan bod."),
    H2("1.3 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de belangrijkste lessen uit de coronacrisis, wat er sindsdien is veranderd en wat de "
      "scenario-oefening heeft laten zien. De hoofdstukken A tot en met D bevatten per thema de analyse van de "
      "commissie en haar aanbevelingen. De aanbevelingen zijn per thema genummerd (A1, A2, B1 enzovoort) en worden "
      "steeds gevolgd door een korte toelichting. De bijlagen bevatten de samenstelling van de commissie, een lijst "
      "van gesprekspartners en een lijst van afkortingen."),

    H("2 Lessen en de stand van nu"),
    H2("2.1 Vijf lessen"),
    P("Uit de evaluaties van de afgelopen jaren en uit haar eigen gesprekken trekt de commissie vijf lessen die voor "
      "de paraatheid van vandaag het zwaarst wegen:"),
    ItemList(items=(
        ListItem("Een gezondheidscrisis is ook een maatschappelijke crisis. Wie alleen naar ziekenhuisopnamen kijkt, "
                 "ziet de schade in klaslokalen, verpleeghuizen en huishoudens te laat."),
        ListItem("Snelheid in de eerste weken weegt zwaarder dan perfectie later. Elke week vertraging in de "
                 "opschaling van testen en zorg kost in een exponentieel groeiende uitbraak onevenredig veel."),
        ListItem("Capaciteit die er in rustige tijden niet is, kan in een crisis niet worden geïmproviseerd. Dat "
                 "geldt voor bedden, maar vooral voor opgeleide mensen."),
        ListItem("Vertrouwen wordt voor de crisis opgebouwd, niet tijdens de crisis. Heldere rollen, openbare "
                 "adviezen en een democratische basis voor maatregelen maken het verschil."),
        ListItem("Wie beslist, moet ook de gevolgen kunnen overzien. Besluiten over maatregelen werden te vaak "
                 "genomen zonder zicht op wie de lasten droeg."),
    ), style="1)"),
    H2("2.2 Wat er sindsdien is gebeurd"),
    P("Sinds 2022 werkt het kabinet aan een programma voor pandemische paraatheid. Daarin zijn tijdelijke middelen "
      "vrijgemaakt voor de GGD'en, het RIVM en de acute zorg. De eerste tranche van de wijziging van de Wet publieke "
      "gezondheid, die de bevoegdheden bij de bestrijding van infectieziekten verduidelijkt, is in 2024 in werking "
      "getreden. Een tweede tranche, over maatregelen die grondrechten beperken, is aangekondigd maar nog niet bij "
      "de Tweede Kamer ingediend."),
    P("Het Landelijk Coördinatiecentrum Patiënten Spreiding, dat in maart 2020 in enkele dagen werd opgericht, "
      "bestaat nog steeds, maar draait op jaarlijkse subsidies en op de bereidheid van ziekenhuizen om personeel "
      "beschikbaar te stellen. Het RIVM heeft de rioolwatermonitoring voortgezet en uitgebreid naar andere "
      "ziekteverwekkers. De GGD'en hebben hun afdelingen infectieziektebestrijding versterkt, maar weten niet of zij "
      "de nieuwe medewerkers na 2026 kunnen behouden.",
      footnotes=("De tijdelijke middelen voor de GGD'en lopen volgens de huidige begroting eind 2026 af; over "
                 "voortzetting is bij het afronden van dit rapport nog niet besloten.",)),
    P("De tabel hieronder vat de stand van zaken samen zoals de commissie die in het voorjaar van 2025 aantrof."),
    Table(
        header=("Onderdeel", "Begin 2020", "Voorjaar 2025", "Oordeel commissie"),
        rows=(
            ("Wettelijke basis maatregelen", "Noodverordeningen veiligheidsregio's", "Eerste tranche Wpg in werking",
             "Onvoldoende"),
            ("Landelijke regie", "Ad hoc, via MCCb", "Ad hoc, via MCCb", "Onvoldoende"),
            ("Ic-opschaling", "Circa 1.150 bedden", "Afspraak 1.350 bedden", "Matig"),
            ("Patiëntenspreiding", "Niet aanwezig", "LCPS op tijdelijke basis", "Matig"),
            ("Capaciteit GGD'en", "Beperkt", "Versterkt, tijdelijk gefinancierd", "Kwetsbaar"),
            ("Surveillance", "Meldingen en huisartsen", "Plus rioolwater", "Redelijk"),
            ("Ventilatie scholen", "Sterk wisselend", "Deels verbeterd", "Onvoldoende"),
        ),
        widths=(1.5, 1.4, 1.4, 1.0),
    ),
    H2("2.3 De scenario-oefening"),
    P("In de scenario-oefening van maart 2025 verspreidde een nieuw influenzavirus zich vanuit een "
      "pluimveebedrijf en een internationaal congres over het land. De deelnemers, onder wie burgemeesters, "
      "directeuren publieke gezondheid, ziekenhuisbestuurders, ambtenaren van vier ministeries en schoolbestuurders, "
      "moesten in real time besluiten nemen op basis van steeds veranderende informatie."),
    P("Drie uitkomsten springen eruit. Ten eerste duurde het negen dagen voordat duidelijk was wie landelijk de "
      "regie had; in die periode namen de veiligheidsregio's uiteenlopende maatregelen. Ten tweede liep het bron- "
      "en contactonderzoek op de twaalfde dag vast, omdat de GGD'en hun capaciteit niet snel genoeg konden "
      "uitbreiden. Ten derde werd in de zesde week besloten de scholen te sluiten zonder dat iemand aan tafel zat "
      "die de gevolgen voor leerlingen kon overzien. De deelnemers herkenden deze patronen uit 2020."),

    H("A. Bestuur en crisisstructuur"),
    H2("Een structuur voor korte crises"),
    P("De Nederlandse crisisstructuur is ontworpen voor incidenten die plaatsgebonden zijn en hooguit enkele weken "
      "duren: een grote brand, een overstroming, een terroristische aanslag. De burgemeester en de voorzitter van "
      "de veiligheidsregio hebben dan een centrale rol, ondersteund door de regionale crisisorganisatie. Op "
      "landelijk niveau komen de Interdepartementale Commissie Crisisbeheersing en het Ministerieel Crisisberaad "
      "bijeen als de situatie daarom vraagt."),
    P("Een pandemie past slecht in dit model. Zij treft het hele land tegelijk, duurt lang en vraagt om besluiten "
      "die diep ingrijpen in grondrechten. In 2020 werden de eerste maatregelen genomen via noodverordeningen van "
      "de voorzitters van de veiligheidsregio's, die daarvoor nooit bedoeld waren. Pas in december 2020 trad een "
      "tijdelijke wet in werking die een steviger basis bood. De commissie acht het onverstandig om bij een "
      "volgende pandemie opnieuw op dezelfde manier te improviseren."),
    H2("Regie en rolverdeling"),
    P("In de gesprekken van de commissie kwam telkens terug dat onduidelijk was wie waarover besliste. Ministeries "
      "stelden eigen crisisteams in, de veiligheidsregio's stemden af in het Veiligheidsberaad, de GGD'en via hun "
      "koepel, en het ministerie van VWS had een eigen kanaal naar de ziekenhuizen. Informatie werd op vele plaatsen "
      "verzameld, maar zelden samengebracht. Een bestuurder zei: 'Iedereen had een deel van het plaatje, niemand het "
      "hele.'"),
    P("Ook in de regio's is de rolverdeling onduidelijk gebleven. De directeur publieke gezondheid is zowel "
      "directeur van de GGD als lid van het regionale crisisteam, en in sommige regio's ook verantwoordelijk voor "
      "de geneeskundige hulpverlening. Hoe hij of zij zich verhoudt tot de burgemeester en de voorzitter van de "
      "veiligheidsregio, verschilt per regio en is zelden beoefend."),
    H2("Advisering en tegenspraak"),
    P("Het Outbreak Management Team heeft in de coronacrisis een grote rol gespeeld. Zijn adviezen waren medisch en "
      "epidemiologisch goed onderbouwd, maar werden door het publiek en soms ook door bewindspersonen gezien als het "
      "laatste woord. De maatschappelijke en economische gevolgen van maatregelen werden pas later en minder "
      "systematisch in beeld gebracht. Een maatschappelijk adviesteam werd pas in 2022 ingesteld, toen de zwaarste "
      "maatregelen al achter de rug waren."),
    P("De commissie is van oordeel dat medische en maatschappelijke advisering in een volgende crisis vanaf de "
      "eerste dag naast elkaar moeten staan, in een vaste vorm en met openbare adviezen. Dat versterkt het vertrouwen "
      "en dwingt tot een expliciete afweging."),
    H2("Aanbevelingen"),
    R("A1"),
    toelichting("De tweede tranche van de wijziging van de Wet publieke gezondheid biedt hiervoor een geschikt "
                "vehikel. Van belang is dat het parlement vooraf over de inzet van de zwaarste maatregelen kan "
                "oordelen en dat bevoegdheden automatisch vervallen als de crisis voorbij is."),
    R("A2"),
    toelichting("Het regiepunt kan bij de NCTV worden ondergebracht, maar moet nauw samenwerken met het ministerie "
                "van VWS en het RIVM. Het gaat nadrukkelijk niet om een nieuwe bestuurslaag, maar om een vaste "
                "plek waar informatie samenkomt en besluiten worden voorbereid."),
    R("A3"),
    toelichting("De veiligheidsregio's en GGD'en kunnen hierbij gebruikmaken van de ervaringen van regio's die al "
                "met zo'n draaiboek werken. Belangrijk is dat het draaiboek wordt beoefend met alle betrokken "
                "bestuurders, niet alleen met de ambtelijke crisisorganisatie."),
    R("A4"),
    toelichting("In de adviesraad zouden naast medici en epidemiologen ook gedragswetenschappers, economen, "
                "onderwijsdeskundigen en juristen zitting moeten hebben. De raad bestaat ook buiten crisistijd, "
                "zodat hij kan oefenen en zijn werkwijze vooraf kan vastleggen."),

    H("B. Zorgcapaciteit"),
    H2("Opschalen zonder de reguliere zorg stil te leggen"),
    P("In het voorjaar van 2020 werd het aantal ic-bedden in enkele weken verdubbeld, van ongeveer 1.150 naar "
      "bijna 2.400. Dat lukte alleen door operatiekamers om te bouwen, verpleegkundigen van andere afdelingen in te "
      "zetten en planbare zorg massaal uit te stellen. Het uitgestelde zorgvolume wordt in sommige specialismen nog "
      "steeds ingehaald. Met de ziekenhuizen is in 2023 afgesproken dat zij binnen vier weken kunnen opschalen naar "
      "1.350 ic-bedden."),
    P("De commissie acht die afspraak een verbetering, maar niet voldoende. De scenario-oefening liet zien dat bij "
      "een virus dat vooral jonge volwassenen ernstig ziek maakt, de vraag naar intensieve zorg binnen zes weken "
      "boven de 1.600 bedden kan uitkomen. Bovendien is het knelpunt niet het bed maar de verpleegkundige. De "
      "commissie sprak ic-verpleegkundigen die na de coronacrisis het vak hebben verlaten en niet van plan zijn "
      "terug te keren.",
      footnotes=("Het aantal ic-verpleegkundigen is volgens cijfers van de beroepsvereniging tussen 2021 en 2024 met "
                 "ongeveer acht procent gedaald.",)),
    H2("Spreiding, reserves en voorraden"),
    P("Het Landelijk Coördinatiecentrum Patiënten Spreiding zorgde ervoor dat geen enkel ziekenhuis onder de last "
      "bezweek. Die functie is na de crisis blijven bestaan, maar heeft geen wettelijke basis en geen vaste "
      "financiering. Zorgverzekeraars vergoeden bovendien vooral geleverde zorg; het aanhouden van reservecapaciteit "
      "en het oefenen van opschaling leveren een ziekenhuis geen inkomsten op."),
    P("Bij het begin van de coronacrisis ontbrak het aan mondmaskers, handschoenen en beschermende kleding. De "
      "landelijke voorraad die sindsdien is opgebouwd, is berekend op drie maanden. De commissie twijfelt of dat "
      "volstaat wanneer wereldwijde productieketens langer verstoord raken, zoals in 2020 gebeurde, en wijst erop "
      "dat Europese landen bij schaarste vaak met elkaar concurreerden in plaats van samen in te kopen."),
    H2("Aanbevelingen"),
    R("B1"),
    toelichting("Een flexibele pool kan bestaan uit verpleegkundigen die een verkorte ic-opleiding hebben gevolgd "
                "en die elk jaar enkele diensten op een intensive care draaien om hun vaardigheden bij te houden. De "
                "kosten daarvan zijn aanzienlijk lager dan die van een nieuwe crisis zonder voorbereiding."),
    R("B2"),
    toelichting("Een wettelijke taak geeft het centrum de positie om in een crisis ook zonder voorafgaand overleg "
                "patiënten te verdelen. Een vaste bekostiging maakt het mogelijk om ook in rustige jaren te oefenen "
                "en de systemen actueel te houden."),
    R("B3"),
    toelichting("De commissie realiseert zich dat zorgverzekeraars hiervoor ruimte in hun budgetten nodig hebben. "
                "Zij ziet dit als een investering in de continuïteit van zorg, waarvan ook hun verzekerden profiteren."),
    R("B4"),
    toelichting("Een voorraad voor zes maanden overbrugt naar verwachting de periode waarin internationale "
                "productieketens na een verstoring weer op gang komen."),

    H("C. Publieke gezondheid"),
    H2("GGD'en op tijdelijk geld"),
    P("De 25 GGD'en vormen de ruggengraat van de infectieziektebestrijding. In de coronacrisis hebben zij in korte "
      "tijd een test- en vaccinatieorganisatie opgebouwd met tienduizenden medewerkers. Na de crisis is die "
      "organisatie grotendeels afgebouwd. De basisformatie voor infectieziektebestrijding is weliswaar versterkt, "
      "maar met middelen die tijdelijk zijn en via de gemeenten lopen. Gemeenten staan onder financiële druk en "
      "maken verschillende keuzes; daardoor verschilt de paraatheid per regio."),
    P("De GGD'en werken onderling samen via hun koepel, maar er is geen gezamenlijk, beoefend plan voor opschaling. "
      "In de scenario-oefening bleek dat iedere GGD een eigen plan had, met eigen aannames over personeel, locaties "
      "en ICT. Dat maakt het moeilijk om capaciteit tussen regio's te verschuiven."),
    H2("Zicht op verspreiding"),
    P("In de eerste maanden van 2020 was het zicht op de verspreiding van het virus beperkt. Testcapaciteit was "
      "schaars, en gegevens van huisartsen, ziekenhuizen en laboratoria kwamen met vertraging en langs verschillende "
      "wegen binnen. Inmiddels zijn er meer bronnen, waaronder rioolwater, maar zij zijn nog niet in één systeem "
      "gekoppeld. De commissie heeft in Denemarken gezien hoe een geïntegreerd systeem binnen dagen een betrouwbaar "
      "beeld kan geven."),
    H2("Vaccinatie en vertrouwen"),
    P("De vaccinatiegraad onder zorgmedewerkers was in de coronacrisis hoog, maar niet overal. In enkele "
      "verpleeghuizen lag zij in de eerste maanden na de start van de vaccinatiecampagne onder de zestig procent, "
      "terwijl de bewoners tot de meest kwetsbaren behoorden. De commissie heeft lang gesproken over de vraag of een "
      "vaccinatieplicht voor zorgmedewerkers in uiterste omstandigheden gerechtvaardigd kan zijn. Zij beantwoordt "
      "die vraag bevestigend, onder strikte voorwaarden en alleen als wettelijke mogelijkheid, niet als automatisme."),
    H2("Aanbevelingen"),
    R("C1"),
    toelichting("Een specifieke uitkering aan de gemeenten, geoormerkt voor de GGD'en, is hiervoor een geschikt "
                "instrument. De bijdrage moet hoog genoeg zijn om de opgebouwde basisformatie te behouden."),
    R("C2"),
    toelichting("Een landelijk plan betekent niet dat de regionale verschillen verdwijnen, maar wel dat iedere GGD "
                "dezelfde basisaannames hanteert en dat capaciteit tussen regio's kan worden verschoven."),
    R("C3"),
    toelichting("Het systeem moet zo worden ingericht dat ook de GGD'en en de ziekenhuizen er direct gebruik van "
                "kunnen maken, met inachtneming van de regels voor de bescherming van persoonsgegevens."),
    R("C4"),
    toelichting("De commissie beschouwt dit als een uiterste middel voor situaties waarin kwetsbare patiënten niet "
                "op een andere manier kunnen worden beschermd. Voorlichting en een laagdrempelig aanbod blijven de "
                "eerste keuze."),

    H("D. Maatschappij en onderwijs"),
    H2("De prijs van gesloten scholen"),
    P("In de coronacrisis waren de scholen in het primair onderwijs in totaal ongeveer vijftien weken fysiek "
      "gesloten, in het voortgezet onderwijs langer. Onderzoek laat zien dat de leervertraging bij leerlingen uit "
      "gezinnen met een lage sociaaleconomische status het grootst was, en dat die vertraging niet overal is "
      "ingehaald. Ook het welzijn van jongeren heeft zwaar geleden. De jongeren met wie de commissie sprak, "
      "beschreven de sluitingen als de periode waarin zij 'kwijtraakten'."),
    P("De commissie begrijpt dat sluiting van scholen in een ernstige pandemie nodig kan zijn, zeker als kinderen "
      "zelf ernstig ziek worden. Maar zij constateert dat de drempel voor sluiting in 2020 en 2021 te laag lag en "
      "dat de duur van sluitingen telkens werd verlengd zonder nieuwe afweging."),
    H2("Ventilatie"),
    P("Goede ventilatie verkleint de kans op overdracht van luchtweginfecties. Een groot deel van de Nederlandse "
      "schoolgebouwen voldoet daar niet aan. Er zijn sinds 2020 tijdelijke middelen beschikbaar gesteld, maar die "
      "zijn ontoereikend voor de omvang van de opgave en vragen cofinanciering die veel schoolbesturen en gemeenten "
      "niet kunnen opbrengen."),
    H2("Kwetsbare groepen"),
    P("De lasten van de maatregelen waren ongelijk verdeeld. Bewoners van verpleeghuizen zagen hun naasten "
      "maandenlang niet, jongeren verloren een deel van hun opleiding en hun sociale leven, en huishoudens met een "
      "laag inkomen werden vaker getroffen door verlies van werk en door krappe woonomstandigheden. Die gevolgen "
      "waren voorzienbaar, maar werden bij de besluitvorming niet systematisch in kaart gebracht."),
    H2("Aanbevelingen"),
    R("D1"),
    toelichting("Een maximumduur dwingt tot een nieuwe, expliciete afweging na twee weken. Een sluiting kan "
                "worden verlengd, maar alleen door een nieuw besluit dat opnieuw wordt gemotiveerd."),
    R("D2"),
    toelichting("De commissie schat de benodigde investering op enkele miljarden euro's over een periode van vijf "
                "jaar, te dragen door Rijk, gemeenten en schoolbesturen samen."),
    R("D3"),
    toelichting("De toets hoeft geen zwaar instrument te zijn. Een korte, openbare notitie bij elk besluit, "
                "opgesteld met hulp van de planbureaus, maakt zichtbaar wie de lasten draagt."),
    PageBreak(),

    H("Bijlage 1 Samenstelling van de commissie"),
    bullets(
        "prof. dr. M.A. van Oosterwijk-Dekker, voorzitter, hoogleraar publieke gezondheid",
        "dr. J.P. Haverkamp, intensivist",
        "dr. A.C. Veldhuis-Nagel, epidemioloog",
        "mr. S. el Idrissi, bestuursrechtjurist",
        "drs. H.W. Brinkman, oud-burgemeester",
        "prof. dr. L. de Ruyter, onderwijssocioloog",
    ),
    P("Secretaris: mr. drs. T.F. Kooijman. Adjunct-secretaris: drs. R. Oudshoorn."),
    H("Bijlage 2 Gesprekspartners"),
    P("De commissie sprak onder anderen met vertegenwoordigers van de volgende organisaties:"),
    bullets(
        "GGD GHOR Nederland en zes afzonderlijke GGD'en",
        "het Veiligheidsberaad en vier veiligheidsregio's",
        "het RIVM, het Centrum Infectieziektebestrijding en de Gezondheidsraad",
        "de Nederlandse Vereniging van Ziekenhuizen, de Nederlandse Federatie van Universitair Medische Centra en "
        "het Landelijk Coördinatiecentrum Patiënten Spreiding",
        "Zorgverzekeraars Nederland en twee zorgverzekeraars",
        "ActiZ en de Landelijke Organisatie Cliëntenraden",
        "de PO-Raad, de VO-raad en de Algemene Onderwijsbond",
        "de Vereniging van Nederlandse Gemeenten",
        "de ministeries van VWS, JenV, OCW en SZW en de NCTV",
    ),
    H("Bijlage 3 Afkortingen"),
    Table(
        header=("Afkorting", "Betekenis"),
        rows=(
            ("GGD", "Gemeentelijke gezondheidsdienst"),
            ("LCPS", "Landelijk Coördinatiecentrum Patiënten Spreiding"),
            ("MCCb", "Ministerieel Crisisberaad"),
            ("NCTV", "Nationaal Coördinator Terrorismebestrijding en Veiligheid"),
            ("OMT", "Outbreak Management Team"),
            ("RIVM", "Rijksinstituut voor Volksgezondheid en Milieu"),
            ("Wpg", "Wet publieke gezondheid"),
        ),
        widths=(1.0, 3.0),
        rules="rows",
    ),
)

REPORT = Document(
    title="Voorbereid op de volgende",
    subtitle="Eindrapport van de Evaluatiecommissie Pandemische Paraatheid over de gereedheid van Nederland voor "
             "een volgende pandemie",
    blocks=REPORT_BLOCKS,
    running_header="Evaluatiecommissie Pandemische Paraatheid  |  Voorbereid op de volgende",
    footer="{page}",
    font_family="serif",
    imprint=("Evaluatiecommissie Pandemische Paraatheid", "Den Haag, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_A2 = ("De minister van Justitie en Veiligheid richt per 1 juli 2026 binnen de NCTV een permanent Regiepunt "
         "Gezondheidscrises in, dat de besluitvorming in het Ministerieel Crisisberaad voorbereidt en een gedeeld "
         "situatiebeeld voor Rijk, veiligheidsregio's en GGD'en onderhoudt; daarvoor is vanaf 2026 structureel "
         "€ 5,5 miljoen per jaar beschikbaar (A2).")
EV_A3 = ("Hoe de rolverdeling tussen burgemeester, voorzitter van de veiligheidsregio en directeur publieke "
         "gezondheid in de regionale draaiboeken kan worden verduidelijkt, verken ik samen met het Veiligheidsberaad "
         "en GGD GHOR Nederland; een termijn van twee jaar voor alle regio's wil ik daarbij nog niet vastleggen (A3).")
EV_D3 = ("Het kabinet neemt daarom de aanbeveling over om bij elk besluit over een ingrijpende maatregel vooraf de "
         "gevolgen voor jongeren, bewoners van verpleeghuizen en huishoudens met een laag inkomen te toetsen en de "
         "uitkomst gelijktijdig met het besluit openbaar te maken (D3).")
EV_B1 = ("De aanbeveling over opschaalbare ic-capaciteit neem ik daarom deels over: vanaf 2026 financier ik met "
         "€ 18 miljoen per jaar een landelijke flexibele pool van voor de intensive care opgeleide verpleegkundigen, "
         "maar de opschalingsnorm blijft voorlopig 1.350 bedden (B1).")
EV_B2 = ("In het wetsvoorstel dat ik in het voorjaar van 2026 in consultatie geef, krijgt het centrum een "
         "wettelijke taak, en vanaf 1 januari 2026 is de bekostiging van € 4,2 miljoen per jaar structureel in de "
         "begroting van VWS opgenomen (B2).")
EV_B4 = ("Ik zie geen aanleiding om deze voorraden uit te breiden naar zes maanden, omdat de Europese gezamenlijke "
         "inkoop, waaraan Nederland al deelneemt, in een langer durende crisis sneller en goedkoper aanvult dan een "
         "nationale voorraad dat kan (B4).")
EV_C4 = ("Een wettelijke vaccinatieplicht voor zorgmedewerkers acht ik niet proportioneel: zij maakt een zware "
         "inbreuk op de lichamelijke integriteit, terwijl de vaccinatiegraad onder zorgmedewerkers ook zonder plicht "
         "hoog kan zijn, zoals in de coronacrisis is gebleken.")
EV_C1 = ("Vanaf 1 januari 2027 ontvangen de GGD'en via een specifieke uitkering structureel € 135 miljoen per jaar "
         "voor infectieziektebestrijding en pandemische paraatheid, los van de bijdragen die gemeenten uit hun eigen "
         "begroting leveren (C1).")
EV_C3 = ("De aanbeveling om een landelijk surveillancesysteem in te richten waarin rioolwatermonitoring, "
         "huisartsenregistraties en ziekenhuisgegevens samenkomen, neem ik over (C3).")
EV_A4 = ("Het kabinet kiest er bewust niet voor om naast het OMT een vaste adviesraad voor pandemische crises in te "
         "stellen (A4).")
EV_A1 = ("Het kabinet neemt de aanbeveling over om vooraf wettelijk af te bakenen welke ingrijpende maatregelen bij "
         "een pandemie kunnen worden genomen en onder welke voorwaarden (A1).")
EV_D1 = ("De minister van OCW onderschrijft het uitgangspunt dat het funderend onderwijs zo lang mogelijk fysiek "
         "open blijft en dat scholen alleen als uiterste maatregel sluiten, en dat uitgangspunt wordt in het "
         "wetsvoorstel opgenomen; een wettelijke maximumduur van twee weken voor een schoolsluiting neemt zij niet "
         "over, omdat niemand vooraf kan weten hoe ernstig een volgende ziekteverwekker voor kinderen zal zijn (D1).")
EV_D2 = ("De minister van OCW verkent met de PO-Raad, de VO-raad en de VNG welke aanvullende investeringen nodig "
         "zijn om de ventilatie in bestaande schoolgebouwen op het niveau van nieuwbouw te brengen, en betrekt de "
         "uitkomst bij de herziening van het beleid voor onderwijshuisvesting (D2).")

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Hierbij bied ik u, mede namens de minister van Justitie en Veiligheid en de minister van Onderwijs, Cultuur "
      "en Wetenschap, de kabinetsreactie aan op het eindrapport 'Voorbereid op de volgende' van de "
      "Evaluatiecommissie Pandemische Paraatheid. De commissie heeft het rapport op 18 september 2025 aan mij "
      "aangeboden."),
    P("Het kabinet is de commissie onder leiding van prof. dr. M.A. van Oosterwijk-Dekker zeer erkentelijk voor haar "
      "grondige en vooruitziende werk. Het kabinet onderschrijft de analyse van de commissie: Nederland is op "
      "onderdelen beter voorbereid dan in 2020, maar de paraatheid rust nog te veel op tijdelijke middelen en op "
      "afspraken die niet onder druk zijn getest. Wij delen ook de opvatting van de commissie dat een volgende "
      "pandemie geen vraag is van óf, maar van wanneer."),
    P("Sinds 2022 werkt het kabinet aan het programma Pandemische Paraatheid. Daarin zijn onder meer de "
      "infectieziektebestrijding door de GGD'en, de monitoring door het RIVM en de opschaling van de acute zorg "
      "versterkt. De eerste tranche van de wijziging van de Wet publieke gezondheid is in 2024 in werking getreden. "
      "Het rapport van de commissie komt op een goed moment: veel van de tijdelijke afspraken uit het programma "
      "lopen in 2026 af, en het kabinet moet nu keuzes maken over wat blijvend nodig is."),
    P("In deze brief ga ik per onderwerp in op de aanbevelingen. Ik heb daarbij de indeling van de commissie niet "
      "gevolgd, omdat verschillende aanbevelingen uit haar thema's met elkaar samenhangen. Waar een passage over een "
      "bepaalde aanbeveling gaat, staat de aanduiding van de commissie tussen haakjes."),

    H2("I. Crisisstructuur"),
    P("De nationale crisisstructuur is vastgelegd in het Instructieboek Nationale Crisisstructuur. Bij een "
      "landelijke crisis komt het Ministerieel Crisisberaad bijeen onder voorzitterschap van de minister-president, "
      "voorbereid door de Interdepartementale Commissie Crisisbeheersing. De NCTV ondersteunt deze besluitvorming. "
      "De 25 veiligheidsregio's zijn verantwoordelijk voor de regionale crisisbeheersing; de GGD'en voeren de "
      "infectieziektebestrijding uit onder verantwoordelijkheid van de burgemeesters."),
    P("De commissie stelt vast dat deze structuur is ingericht op crises van dagen of weken en niet op een "
      "gezondheidscrisis die jaren duurt. Het kabinet deelt die conclusie. " + EV_A2 + " " + EV_A3,
      answers=(A("A2", "agree", EV_A2), A("A3", "partial", EV_A3))),
    P("Een les uit de coronacrisis is ook dat de maatschappelijke gevolgen van maatregelen te laat in beeld kwamen. "
      + EV_D3 + " De toets wordt opgenomen in het besluitvormingsprotocol van het Ministerieel Crisisberaad en "
      "wordt uitgevoerd met ondersteuning van de planbureaus.",
      answers=(A("D3", "agree", EV_D3),)),
    P("De herziening van de Wet veiligheidsregio's, waarover de minister van Justitie en Veiligheid uw Kamer eerder "
      "heeft geïnformeerd, biedt de gelegenheid om de positie van de directeur publieke gezondheid in de regionale "
      "crisisorganisatie nader te regelen. Het wetsvoorstel wordt in 2026 voor consultatie gepubliceerd."),

    H2("II. Zorg"),
    P("De zorg heeft in de coronacrisis onder grote druk gestaan. Dankzij de inzet van zorgmedewerkers en de "
      "landelijke spreiding van patiënten kon de ic-capaciteit in korte tijd worden verdubbeld, maar dat ging ten "
      "koste van de reguliere zorg. Met de ziekenhuizen is in 2023 afgesproken dat zij binnen vier weken kunnen "
      "opschalen naar 1.350 ic-bedden, en de ziekenhuizen hebben daartoe plannen opgesteld."),
    P("De commissie adviseert een verdere opschaling naar 1.700 ic-bedden. Ik begrijp die wens, maar extra bedden "
      "zijn zonder extra personeel van weinig waarde, en dat personeel is er op de arbeidsmarkt van de komende jaren "
      "niet. " + EV_B1 + " Ik laat de opschalingsnorm in 2028 opnieuw beoordelen, in het licht van de ontwikkeling "
      "van de pool.",
      answers=(A("B1", "partial", EV_B1),)),
    P("Het Landelijk Coördinatiecentrum Patiënten Spreiding heeft in de coronacrisis bewezen onmisbaar te zijn. "
      + EV_B2 + " Daarmee kan het centrum ook buiten crisistijd oefenen en zijn systemen actueel houden.",
      answers=(A("B2", "agree", EV_B2),)),
    P("De commissie vraagt de zorgverzekeraars om reservecapaciteit en deelname aan opschalingsoefeningen te "
      "vergoeden. Zorgverzekeraars Nederland heeft mij laten weten dat de zorgverzekeraars dit voorstel met de "
      "ziekenhuizen en de verpleeghuizen bespreken en daar in de loop van 2026 zelf op reageren (B3)."),
    P("Sinds 2021 beschikt Nederland over een landelijke strategische voorraad van persoonlijke "
      "beschermingsmiddelen die is berekend op drie maanden verhoogde zorgvraag, en voor kritieke geneesmiddelen "
      "geldt sinds 2023 een verplichte ijzeren voorraad bij groothandels en fabrikanten. " + EV_B4,
      answers=(A("B4", "disagree", EV_B4),)),
    P("Dan de vaccinatie van zorgmedewerkers. Het kabinet hecht eraan dat zorgmedewerkers zich laten vaccineren en "
      "zet in op voorlichting en een laagdrempelig aanbod op de werkplek. " + EV_C4 + " Werkgevers in de zorg "
      "kunnen binnen de bestaande regels al maatregelen nemen om kwetsbare patiënten te beschermen, zoals het "
      "tijdelijk inzetten van medewerkers op andere afdelingen.",
      answers=(A("C4", "disagree", EV_C4),)),

    H2("III. Publieke gezondheid"),
    P("De publieke gezondheidszorg is het fundament van de infectieziektebestrijding. De GGD'en hebben sinds 2022 "
      "tijdelijke middelen ontvangen om hun afdelingen infectieziektebestrijding te versterken; die middelen lopen "
      "eind 2026 af. Het kabinet wil voorkomen dat de opgebouwde capaciteit daarna weer verloren gaat. " + EV_C1
      + " Over de besteding maak ik met de VNG en GGD GHOR Nederland afspraken in een bestuurlijk akkoord.",
      answers=(A("C1", "agree", EV_C1),)),
    P(EV_C3 + " Ik heb het RIVM gevraagd dit systeem uiterlijk in 2028 operationeel te hebben; de benodigde "
      "€ 21 miljoen is gereserveerd in de begroting voor de jaren 2026 tot en met 2028. Het RIVM betrekt de GGD'en "
      "en de ziekenhuizen bij het ontwerp, zodat zij de gegevens in een crisis direct kunnen gebruiken.",
      answers=(A("C3", "agree", EV_C3),)),
    P("De commissie pleit ook voor meer tegenspraak in de advisering. Het kabinet erkent dat in de eerste fase van "
      "de coronacrisis de medische advisering van het Outbreak Management Team te veel het beeld bepaalde en dat de "
      "maatschappelijke gevolgen pas later een eigen plaats kregen. " + EV_A4 + " Bij een crisis kan het kabinet "
      "het Maatschappelijk Impact Team en de planbureaus direct om advies vragen; een extra permanent orgaan zou de "
      "advisering in de eerste, beslissende weken eerder vertragen dan versterken.",
      answers=(A("A4", "disagree", EV_A4),)),
    P("Nederland werkt ook internationaal aan paraatheid. Het kabinet steunt de uitvoering van het pandemieverdrag "
      "van de Wereldgezondheidsorganisatie en neemt deel aan de Europese samenwerking op het gebied van "
      "gezondheidsdreigingen, waaronder de gezamenlijke inkoop van vaccins en beschermingsmiddelen."),

    H2("IV. Samenleving"),
    P("Maatregelen tegen de verspreiding van een virus grijpen diep in het dagelijks leven in. Het kabinet wil dat "
      "de afweging daarvan in een volgende crisis steviger is verankerd en vooraf democratisch is gelegitimeerd."),
    P(EV_A1 + " Het wetsvoorstel voor de tweede tranche van de wijziging van de Wet publieke gezondheid, met een "
      "horizonbepaling en een voorhangprocedure bij beide Kamers, wordt in het najaar van 2026 bij uw Kamer "
      "ingediend. " + EV_D1,
      answers=(A("A1", "agree", EV_A1), A("D1", "partial", EV_D1))),
    P("Goede ventilatie in schoolgebouwen verkleint de kans op verspreiding van luchtweginfecties en draagt bij aan "
      "een gezond binnenklimaat. Sinds 2020 is via een tijdelijke ventilatieregeling voor scholen ruim € 460 "
      "miljoen beschikbaar gesteld. " + EV_D2,
      answers=(A("D2", "partial", EV_D2),)),
    P("Het kabinet zal uw Kamer jaarlijks, voor het eerst in het najaar van 2026, informeren over de voortgang van "
      "de pandemische paraatheid. Daarbij komt ook de uitvoering van de in deze brief genoemde maatregelen aan "
      "bod."),
    P("Hoogachtend,"),
    P("de minister van Volksgezondheid, Welzijn en Sport,"),
    P("E.J. Hoogendam"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum 12 december 2025\n"
             "Betreft Kabinetsreactie op het eindrapport van de Evaluatiecommissie Pandemische Paraatheid",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 4187236-1082215-PP  |  Kabinetsreactie Evaluatiecommissie Pandemische Paraatheid",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="pandemic_preparedness_evaluation",
    report=REPORT,
    response=RESPONSE,
    description="Evaluatiecommissie Pandemische Paraatheid (15 recommendations labelled A1-D3 per theme, repeated in "
                "a compact Samenvatting) and a VWS Kamerbrief in Roman sections that cut across the themes, citing "
                "labels in parentheses; B3 passed on to the zorgverzekeraars, C2 not mentioned, C4 answered without "
                "its label.",
)
