"""Pair: a fictional Nationale ombudsman report on the recovery operation for parents harmed by the childcare-benefits
scandal (hersteloperatie kinderopvangtoeslag), and the answer of the staatssecretaris van Financiën (Herstel en
Toeslagen).

Layout traits this pair tests: a sans report with a title page and no running header.  Each findings chapter (2-7)
first gives a bulleted list of what parents told the ombudsman (not recommendations), then ends with a bold paragraph
"Wat de ombudsman vraagt" and a BULLETED list of requests: these bullets are the fifteen recommendations, printed
without numbers (the gold numbers "1".."15" are ids in document order).  The items are phrased in varied ways:
imperatives ("Zorg ervoor dat ...", "Geef ...", "Bel ..."), indicative sentences ("De staatssecretaris kent ... toe")
and subordinate clauses ("Dat gemeenten ...").  The addressee of the imperatives is only named in the paragraph
before the bold lead-in.

The response is a serif letter on a letterhead (no title page) of the staatssecretaris van Financiën.  The letter body
thanks the ombudsman, sketches the state of the operation, agrees with the analysis in general (no position), and
discusses two recommendations in prose by subject, each paragraph opening with a quotation of what the ombudsman asks
(1 and 3).  An annex table with rows-only rules, "Wat de ombudsman vraagt | Wat het kabinet doet", without numbers,
with bold section rows with an empty right cell and left cells that sometimes shorten the request, answers the rest.
The right column never uses verdict words: only actions, dates, money, or "Dit doen wij niet, omdat ...".

Gold positions:
  1  partial  - deadline end 2026 promised only for parents registered before 2022 (prose; table row repeats it)
  2  agree    - from 1 March 2026 every waiting parent gets a personal three-month window (no cue word)
  3  disagree - no separate waiting compensation (prose, "voer ik daarom niet in"; table "Dit doen wij niet")
  4  agree    - one fixed case handler from 1 January 2026
  5  agree    - rewritten decisions with a calculation annex from 1 April 2026
  6  partial  - only a pilot in two regions, national roll-out decided after evaluation
  7  agree    - agreement with VNG on first talk within four weeks, EUR 42 million a year
  8  partial  - "Wij kijken ... of" a legal basis for data sharing suffices (explore only)
  9  not_addressed - passed on to the minister of SZW (Wet gemeentelijke schuldhulpverlening), no position
  10 disagree - "Dit doen wij niet, omdat ..." (private debts after 2020)
  11 agree    - covenant with creditors, bailiffs and collection agencies from 1 February 2026
  12 agree    - own phone line, chat and youth coaches for children from 1 June 2026
  13 not_addressed - row left out of the table; the letter only says the ombudsman "terecht" draws attention to
                 children (agreement with a finding, not with the measure)
  14 agree    - 120 extra staff, EUR 14 million, decision within six months from 1 July 2026, published waiting times
  15 agree    - reimbursement of an independent expert up to EUR 1.500 from 1 April 2026
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


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def asks(*items: tuple[str, str, tuple[str, ...]]) -> tuple:
    """The bold lead-in "Wat de ombudsman vraagt" and its bulleted list of recommendations (number, text, depts)."""
    return (
        P("Wat de ombudsman vraagt", bold=True),
        ItemList(items=tuple(ListItem(text, recommendation=Recommendation(number, depts))
                             for number, text, depts in items), style="•"),
    )


# --------------------------------------------------------------------------------------------------------------
# Recommendation texts (as printed)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "Zorg ervoor dat iedere ouder die zich vóór 1 januari 2024 als gedupeerde heeft aangemeld, uiterlijk op 31 "
         "december 2026 een besluit op zijn integrale beoordeling heeft.",
    "2": "Geef iedere ouder die nog wacht binnen drie maanden een persoonlijke en realistische indicatie van het "
         "moment waarop zijn beoordeling begint, en laat het de ouder uit eigen beweging weten als die indicatie niet "
         "wordt gehaald.",
    "3": "De staatssecretaris kent ouders die na hun aanmelding langer dan twee jaar op hun integrale beoordeling "
         "moeten wachten, een aparte vergoeding toe voor dat wachten.",
    "4": "Zorg ervoor dat iedere ouder gedurende de hele beoordeling één vaste zaakbehandelaar heeft, en dat een ouder "
         "het vooraf hoort als die behandelaar wisselt.",
    "5": "De staatssecretaris zorgt ervoor dat UHT besluiten schrijft in taal die ouders begrijpen, met in elk besluit "
         "een overzicht van hoe het toegekende bedrag is berekend en welke schadeposten zijn afgewezen.",
    "6": "Bel een ouder vóórdat een besluit met een voor hem ongunstige uitkomst wordt verstuurd, zodat de uitkomst "
         "niet als een verrassing met de post komt en de ouder meteen zijn vragen kan stellen.",
    "7": "Dat gemeenten iedere gedupeerde ouder die zich meldt binnen vier weken een eerste gesprek aanbieden en "
         "binnen drie maanden samen met de ouder een plan van aanpak opstellen voor alle leefgebieden: geld, wonen, "
         "werk, gezondheid en gezin.",
    "8": "Dat de staatssecretaris en de VNG afspraken maken over de uitwisseling van gegevens tussen UHT en gemeenten, "
         "zodat een ouder zijn verhaal niet telkens opnieuw hoeft te vertellen.",
    "9": "Dat de minister van Sociale Zaken en Werkgelegenheid de Wet gemeentelijke schuldhulpverlening zo aanpast dat "
         "gedupeerde ouders ook na afloop van de hersteloperatie met voorrang en zonder wachttijd schuldhulp kunnen "
         "krijgen.",
    "10": "Zorg ervoor dat de regeling voor private schulden ook gaat gelden voor schulden die ouders na 2020 zijn "
          "aangegaan omdat zij op hun herstel moesten wachten.",
    "11": "De staatssecretaris maakt met de grote private schuldeisers, incassobureaus en gerechtsdeurwaarders "
          "bindende afspraken dat zij zolang de integrale beoordeling van een ouder loopt geen beslag leggen en geen "
          "nieuwe incassokosten in rekening brengen.",
    "12": "Zorg ervoor dat kinderen en jongeren van gedupeerde ouders zelf, zonder tussenkomst van hun ouders, bij UHT "
          "informatie kunnen krijgen over de regelingen voor kinderen en om hulp kunnen vragen.",
    "13": "Dat gemeenten kinderen en jongeren van gedupeerde ouders in de brede ondersteuning een eigen gesprek "
          "aanbieden, los van het gesprek met hun ouders, en dat de VNG daarvoor samen met jongeren een handreiking "
          "opstelt.",
    "14": "Zorg ervoor dat ouders binnen zes maanden na het indienen van hun bezwaar een beslissing krijgen, en maak "
          "de wachttijd per fase van de bezwaarprocedure openbaar.",
    "15": "De staatssecretaris vergoedt de kosten van een onafhankelijke deskundige die een ouder helpt bij het "
          "onderbouwen van zijn bezwaar, zoals een financieel adviseur of een schade-expert.",
}

DEPTS = {
    "1": ("FIN",), "2": ("FIN",), "3": ("FIN",), "4": ("FIN",), "5": ("FIN",), "6": ("FIN",),
    "7": ("GEMEENTEN",), "8": ("FIN", "GEMEENTEN"), "9": ("SZW",),
    "10": ("FIN",), "11": ("FIN",), "12": ("FIN",), "13": ("GEMEENTEN",), "14": ("FIN",), "15": ("FIN",),
}


def rec(number: str) -> tuple[str, str, tuple[str, ...]]:
    return number, REC[number], DEPTS[number]


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("‘Ik wil niet rijk worden. Ik wil dat het klaar is.’ Die zin hoorde ik in het afgelopen jaar vaker dan mij lief "
      "is. Ouders die jaren geleden door de overheid ten onrechte als fraudeur zijn behandeld, wachten nu opnieuw op "
      "diezelfde overheid. Ditmaal niet op een terugvordering, maar op herstel. Het wachten is anders, maar het gevoel "
      "van machteloosheid is voor veel ouders hetzelfde gebleven."),
    P("De hersteloperatie is groot, ingewikkeld en met de beste bedoelingen opgezet. Ik heb veel medewerkers van de "
      "Uitvoeringsorganisatie Herstel Toeslagen, van gemeenten en van maatschappelijke organisaties gesproken die zich "
      "met hart en ziel voor ouders inzetten. Dit rapport is geen oordeel over hun inzet. Het is een poging om de "
      "hersteloperatie te bekijken door de ogen van de mensen voor wie zij bedoeld is."),
    P("Wat ouders mij vertelden, laat zich samenvatten in drie woorden: duidelijkheid, nabijheid en einde. Ouders "
      "willen weten waar zij aan toe zijn, zij willen een mens aan de lijn die hun dossier kent, en zij willen dat er "
      "een moment komt waarop zij hun leven weer kunnen oppakken zonder dat de toeslagenaffaire elke week op de "
      "deurmat ligt. Aan het eind van elk hoofdstuk staat wat ik de verantwoordelijken vraag om dat dichterbij te "
      "brengen."),
    P("Ik dank de ouders die hun ervaringen met mij en mijn medewerkers wilden delen. Velen van hen deden dat terwijl "
      "zij zelf nog midden in hun procedure zaten. Hun moed verdient een overheid die luistert."),
    P("De Nationale ombudsman,"),
    P("mr. A.C. Brouwer-Tjaden"),
    PageBreak(),
    H("Samenvatting"),
    P("Sinds 2020 werkt de overheid aan het herstel van ouders die zijn gedupeerd door de problemen met de "
      "kinderopvangtoeslag. Ruim 100.000 ouders hebben zich aangemeld. Wie gedupeerd is, krijgt na een eerste "
      "toets een forfaitair bedrag en komt daarna in aanmerking voor een integrale beoordeling, waarin de "
      "Uitvoeringsorganisatie Herstel Toeslagen (UHT) vaststelt welke schade een ouder heeft geleden en welk bedrag "
      "daar tegenover staat. Daarnaast kunnen ouders bij hun gemeente terecht voor brede ondersteuning, worden "
      "publieke schulden kwijtgescholden en worden private schulden via een aparte regeling afgelost."),
    P("De ombudsman onderzocht hoe ouders deze hersteloperatie ervaren. Hij sprak met 146 ouders, las 310 klachten "
      "die bij hem binnenkwamen en voerde gesprekken met UHT, tien gemeenten, de Vereniging van Nederlandse Gemeenten "
      "(VNG), schuldhulpverleners, advocaten en jongerenorganisaties."),
    P("De belangrijkste bevinding is dat het wachten zelf een nieuwe bron van schade is geworden. Op 1 juli 2025 "
      "wachtten nog ongeveer 23.000 ouders op de start of de afronding van hun integrale beoordeling; bijna de helft "
      "van hen wacht al langer dan twee jaar. Ouders weten niet wanneer zij aan de beurt zijn, krijgen wisselende "
      "behandelaars en ontvangen besluiten die zij niet begrijpen. Gemeenten bieden veel, maar verschillen sterk in "
      "aanpak en tempo. Private schuldeisers blijven innen terwijl ouders wachten. De kinderen van gedupeerde ouders "
      "komen in de hersteloperatie nauwelijks zelf aan het woord. En wie het niet eens is met zijn besluit, komt in "
      "een bezwaarprocedure die opnieuw lang duurt."),
    P("De ombudsman richt zich tot de staatssecretaris van Financiën (Herstel en Toeslagen), die verantwoordelijk is "
      "voor UHT, tot gemeenten en de VNG, en op één punt tot de minister van Sociale Zaken en Werkgelegenheid. Wat hij "
      "van hen vraagt, staat aan het eind van de hoofdstukken 2 tot en met 7 onder het kopje ‘Wat de ombudsman "
      "vraagt’."),
    PageBreak(),
    H("1. Inleiding"),
    H2("Aanleiding"),
    P("De Nationale ombudsman volgt de hersteloperatie sinds haar begin. In de eerste jaren kwamen vooral klachten "
      "binnen over de trage afhandeling van de eerste toets en over de uitbetaling van het forfaitaire bedrag. Vanaf "
      "2023 veranderde het beeld. Steeds meer ouders klaagden over het uitblijven van hun integrale beoordeling, over "
      "de bereikbaarheid van UHT en over de manier waarop zij werden bejegend. In 2024 ontving de ombudsman 412 "
      "klachten over de hersteloperatie, bijna twee keer zoveel als het jaar ervoor."),
    P("Klachten zeggen iets, maar niet alles. Veel ouders dienen geen klacht in, omdat zij het vertrouwen in de "
      "overheid kwijt zijn of omdat zij bang zijn dat een klacht hun dossier zal vertragen. De ombudsman besloot "
      "daarom in het najaar van 2024 tot een eigen onderzoek, waarin ouders zelf centraal staan."),
    H2("Het onderzoek"),
    P("De ombudsman heeft zich de vraag gesteld hoe ouders de hersteloperatie ervaren en wat er nodig is om het "
      "herstel voor hen sneller, begrijpelijker en menselijker te maken. Voor het onderzoek heeft hij:"),
    bullets(
        "gesproken met 146 ouders, in groepsgesprekken in Rotterdam, Eindhoven, Zwolle en Almere en in individuele "
        "gesprekken, ook bij ouders thuis;",
        "310 klachtdossiers uit 2023 en 2024 geanalyseerd;",
        "gesproken met medewerkers en leidinggevenden van UHT, met de Commissie Werkelijke Schade en met de "
        "bezwaarschriftenadviescommissie;",
        "tien gemeenten bezocht, van klein tot groot, en gesproken met de VNG;",
        "gesproken met schuldhulpverleners, sociaal advocaten, een vereniging van gedupeerde ouders en twee "
        "jongerenorganisaties.",
    ),
    P("UHT heeft de ombudsman cijfers verstrekt over de aantallen aanmeldingen, beoordelingen en bezwaren. Waar in dit "
      "rapport cijfers staan, zijn die afkomstig van UHT, tenzij anders vermeld. De peildatum is 1 juli 2025.",
      footnotes=("UHT verstrekte de cijfers op verzoek van de ombudsman; zij zijn niet door de ombudsman "
                 "gecontroleerd.",)),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 gaat over het wachten op de integrale beoordeling. Hoofdstuk 3 beschrijft hoe UHT met ouders "
      "communiceert. In hoofdstuk 4 staat de brede ondersteuning door gemeenten centraal, in hoofdstuk 5 de schulden "
      "die ouders bij private schuldeisers hebben. Hoofdstuk 6 gaat over de kinderen van gedupeerde ouders en "
      "hoofdstuk 7 over bezwaar en beroep. Elk hoofdstuk sluit af met wat de ombudsman vraagt. Hoofdstuk 8 bevat "
      "enkele slotopmerkingen."),
    PageBreak(),
    H("2. Wachten op de integrale beoordeling"),
    H2("Wat de ombudsman zag"),
    P("De integrale beoordeling is het hart van de hersteloperatie. Daarin kijkt UHT niet alleen naar de "
      "terugvorderingen van de kinderopvangtoeslag, maar naar alles wat een ouder door de affaire is overkomen: "
      "inkomensverlies, verlies van een woning, gezondheidsschade, relatieproblemen. Op basis daarvan stelt UHT vast "
      "of een ouder recht heeft op een aanvullende vergoeding. Voor veel ouders is het ook het moment waarop zij "
      "eindelijk hun hele verhaal kunnen vertellen."),
    P("Op 1 juli 2025 hadden ongeveer 23.000 ouders recht op een integrale beoordeling die nog niet was afgerond. "
      "Van hen wachtten ongeveer 15.000 ouders nog op de start van hun beoordeling; bij de overige 8.000 was de "
      "beoordeling begonnen. Bijna de helft van alle wachtende ouders had zich vóór 2023 aangemeld. In de eerste helft "
      "van 2025 rondde UHT gemiddeld ongeveer 620 integrale beoordelingen per maand af. Bij dat tempo duurt het tot "
      "ver in 2028 voordat iedereen aan de beurt is geweest."),
    P("UHT heeft de afgelopen jaren stappen gezet om sneller te werken. Er is een eenvoudiger route gekomen voor "
      "ouders die geen uitgebreide beoordeling willen, er zijn extra medewerkers aangenomen en de werkprocessen zijn "
      "herzien. De ombudsman waardeert die inspanningen. Maar hij stelt ook vast dat eerdere planningen telkens niet "
      "werden gehaald, en dat ouders daar steeds pas achteraf van hoorden."),
    H2("Wat ouders vertelden"),
    P("Ouders vertelden de ombudsman onder meer:"),
    bullets(
        "‘Ik heb me in 2021 aangemeld. Iedere keer als ik bel, hoor ik dat het nog even duurt. Niemand kan me zeggen "
        "of dat een maand is of een jaar.’",
        "‘Mijn zoon vraagt of het nu eindelijk voorbij is. Ik weet niet wat ik hem moet antwoorden.’",
        "‘Ik durf geen nieuwe baan te zoeken, want ik weet niet of dat gevolgen heeft voor mijn beoordeling.’",
        "‘Het voelt alsof ik opnieuw moet bewijzen dat ik niet gelogen heb.’",
    ),
    H2("Beoordeling"),
    P("Wachten is in de hersteloperatie geen neutraal gegeven. Zolang de integrale beoordeling niet is afgerond, "
      "kunnen ouders geen punt zetten achter de affaire. Zij stellen beslissingen over werk, wonen en gezin uit. "
      "Sommigen houden schulden aan omdat zij verwachten dat een vergoeding volgt. Het wachten vergroot daarmee de "
      "schade die het herstel juist moet wegnemen."),
    P("Naar het oordeel van de ombudsman hoort de overheid ouders niet alleen sneller te helpen, maar hun ook "
      "eerlijk te zeggen hoe lang het gaat duren. Een realistische verwachting, die wordt nagekomen of tijdig "
      "bijgesteld, is een vorm van behoorlijk overheidsoptreden. Waar het wachten te lang is geworden, vindt de "
      "ombudsman dat de overheid dat ook zelf moet erkennen, in woorden en in daden."),
    P("De vragen hieronder richt de ombudsman tot de staatssecretaris van Financiën, die verantwoordelijk is voor "
      "UHT."),
    *asks(rec("1"), rec("2"), rec("3")),
    PageBreak(),
    H("3. Contact en communicatie"),
    H2("Wat de ombudsman zag"),
    P("Ouders hebben contact met UHT via een zaakbehandelaar, een persoonlijk zaakbehandelaar of de telefonische "
      "hulplijn. In de praktijk zien ouders die rollen niet als een geheel. In de klachtdossiers die de ombudsman "
      "bestudeerde, had een ouder gemiddeld drie verschillende behandelaars gehad. Bij een op de vijf dossiers waren "
      "dat er vijf of meer. Ouders hoorden vaak pas van een wisseling wanneer zij zelf belden."),
    P("Besluiten van UHT zijn lang en juridisch van toon. De ombudsman las besluiten van meer dan twintig pagina's, "
      "waarin de berekening van het toegekende bedrag verspreid stond over verschillende bijlagen. Voor ouders was "
      "vaak niet te achterhalen welke schadeposten waren toegekend en welke niet, en waarom. Sommige ouders lieten hun "
      "besluit door een advocaat of een hulpverlener voorlezen en uitleggen."),
    P("Vooral besluiten met een voor de ouder tegenvallende uitkomst kwamen hard aan. Een afwijzing van een "
      "belangrijke schadepost of een bedrag dat veel lager was dan verwacht, lazen ouders op een vrijdagavond in een "
      "brief, zonder dat zij iemand konden bellen. Verschillende ouders vertelden dat zij na zo’n brief dagenlang "
      "niet konden slapen."),
    H2("Wat ouders vertelden"),
    P("Over het contact met UHT vertelden ouders onder meer:"),
    bullets(
        "‘Elke nieuwe behandelaar begint weer bij het begin. Ik heb mijn verhaal nu vier keer verteld.’",
        "‘Ik kreeg een brief van 26 bladzijden. Ik heb hem drie keer gelezen en snap nog steeds niet waarom mijn "
        "huurachterstand niet is vergoed.’",
        "‘De mensen aan de telefoon zijn aardig, maar ze kunnen niets voor me doen.’",
        "‘Mijn laatste behandelaar belde me gewoon op. Dat was de eerste keer dat ik me serieus genomen voelde.’",
    ),
    H2("Beoordeling"),
    P("Goede communicatie is geen bijzaak in de hersteloperatie; zij is een deel van het herstel zelf. Het vertrouwen "
      "van ouders in de overheid is geschaad door brieven die zij niet begrepen en door een overheid die onbereikbaar "
      "was. Een hersteloperatie die op dezelfde manier communiceert, zet die schade voort. De ombudsman vindt dat "
      "ouders recht hebben op een vast gezicht, op besluiten die zij kunnen volgen en op een persoonlijke toelichting "
      "wanneer het nieuws slecht is."),
    P("Ook deze vragen richt de ombudsman tot de staatssecretaris van Financiën en UHT."),
    *asks(rec("4"), rec("5"), rec("6")),
    PageBreak(),
    H("4. Brede ondersteuning door gemeenten"),
    H2("Wat de ombudsman zag"),
    P("Sinds 2021 kunnen gedupeerde ouders bij hun gemeente terecht voor brede ondersteuning op vijf leefgebieden: "
      "financiën, wonen, werk, gezondheid en gezin. Gemeenten krijgen daarvoor geld van het Rijk. De ombudsman zag in "
      "de tien gemeenten die hij bezocht veel betrokken medewerkers, die ouders met raad en daad bijstaan en soms ver "
      "buiten hun gebruikelijke taak treden."),
    P("Tegelijk verschilt de ondersteuning sterk per gemeente. In de ene gemeente krijgt een ouder binnen een week "
      "een vaste contactpersoon en een plan; in de andere duurt het maanden voordat er een eerste gesprek is. Niet "
      "iedere gemeente werkt met een plan van aanpak, en waar dat wel gebeurt, gaat het vaak alleen over geld. Ouders "
      "met psychische klachten of problemen in het gezin vinden minder vaak de weg naar passende hulp."),
    P("Gemeenten wezen de ombudsman erop dat zij van UHT weinig informatie krijgen over de situatie van een ouder. "
      "Zij weten niet in welke fase de integrale beoordeling is, of welke schade al is vastgesteld. Ouders moeten "
      "daardoor bij de gemeente opnieuw vertellen wat zij eerder aan UHT hebben verteld, en soms ook omgekeerd."),
    P("Tot slot zag de ombudsman dat ouders bij wie de schulden zijn opgelost, opnieuw in financiële problemen kunnen "
      "komen. Schuldhulpverleners vertelden dat sommige ouders na het afronden van hun herstel weer schulden maakten, "
      "en dan in de gewone wachtrij voor schuldhulp belandden.",
      footnotes=("Gemeenten registreren niet op een uniforme manier of een hulpvrager een gedupeerde ouder is; "
                 "landelijke cijfers hierover ontbreken.",)),
    H2("Wat ouders vertelden"),
    P("Over de hulp van hun gemeente vertelden ouders onder meer:"),
    bullets(
        "‘Mijn contactpersoon bij de gemeente is de eerste die echt naar me luisterde.’",
        "‘Ik ben verhuisd en moest in mijn nieuwe gemeente helemaal opnieuw beginnen.’",
        "‘De gemeente wist niet eens dat mijn beoordeling al was afgerond.’",
        "‘Ik kreeg hulp met mijn schulden, maar over mijn gezondheid heeft niemand het gehad.’",
    ),
    H2("Beoordeling"),
    P("De brede ondersteuning is een van de sterkste onderdelen van de hersteloperatie, juist omdat zij dicht bij de "
      "ouder staat. Maar een ouder mag niet afhankelijk zijn van de gemeente waar hij toevallig woont. De ombudsman "
      "vindt dat iedere ouder binnen een redelijke termijn een gesprek en een plan moet krijgen, dat alle leefgebieden "
      "daarbij aan bod komen en dat UHT en gemeenten hun informatie zo delen dat de ouder daar baat bij heeft."),
    P("De ombudsman richt zich hier tot gemeenten en de VNG, tot de staatssecretaris van Financiën en, voor de "
      "schuldhulpverlening, tot de minister van Sociale Zaken en Werkgelegenheid."),
    *asks(rec("7"), rec("8"), rec("9")),
    PageBreak(),
    H("5. Schulden bij private schuldeisers"),
    H2("Wat de ombudsman zag"),
    P("Veel gedupeerde ouders raakten door de terugvorderingen van de kinderopvangtoeslag in de schulden, niet alleen "
      "bij de overheid maar ook bij private partijen: energieleveranciers, zorgverzekeraars, verhuurders, "
      "telecombedrijven. Publieke schulden zijn in de hersteloperatie kwijtgescholden. Voor private schulden is een "
      "aparte regeling gekomen, waarbij de overheid de schulden overneemt die zijn ontstaan tot en met 31 december "
      "2020."),
    P("De regeling helpt veel ouders, maar laat een groep buiten beschouwing. Ouders die na 2020 nieuwe schulden "
      "maakten, bijvoorbeeld omdat zij in afwachting van hun herstel geen vaste baan durfden aan te nemen, vallen "
      "erbuiten. Zij moeten die schulden zelf aflossen of via de gemeentelijke schuldhulpverlening oplossen."),
    P("Daarnaast stelde de ombudsman vast dat private schuldeisers soms doorgaan met invorderen terwijl de integrale "
      "beoordeling van een ouder loopt. Een deel van de schuldeisers houdt zich aan een vrijwillige afspraak om dat "
      "niet te doen, maar niet iedereen doet mee, en incassobureaus en deurwaarders zijn niet altijd op de hoogte. "
      "Ouders ontvingen aanmaningen en beslagleggingen, met nieuwe incassokosten, over schulden waarvoor zij een "
      "vergoeding verwachtten."),
    H2("Wat ouders vertelden"),
    P("Ouders vertelden de ombudsman onder meer:"),
    bullets(
        "‘De deurwaarder stond voor de deur op de dag dat ik hoorde dat mijn beoordeling was begonnen.’",
        "‘Mijn oude schulden zijn betaald, maar de schulden van daarna niet. Die zijn er toch ook door de affaire?’",
        "‘Ik heb het incassobureau de brief van UHT gestuurd. Ze zeiden dat ze daar niets mee konden.’",
    ),
    H2("Beoordeling"),
    P("De ombudsman begrijpt dat een regeling een grens moet hebben. Maar de grens van 2020 houdt geen rekening met "
      "de gevolgen van de lange duur van de hersteloperatie zelf. Ouders die door het wachten nieuwe schulden "
      "maakten, worden zo opnieuw getroffen. Ook vindt de ombudsman het niet uit te leggen dat ouders tijdens hun "
      "beoordeling worden geconfronteerd met beslag en oplopende kosten. Vrijwillige afspraken zijn daarvoor "
      "onvoldoende gebleken."),
    P("De ombudsman vraagt de staatssecretaris van Financiën het volgende."),
    *asks(rec("10"), rec("11")),
    PageBreak(),
    H("6. De kinderen van gedupeerde ouders"),
    H2("Wat de ombudsman zag"),
    P("Kinderen van gedupeerde ouders hebben de affaire vaak van dichtbij meegemaakt: geldzorgen, verhuizingen, "
      "spanningen thuis, soms een uithuisplaatsing. Voor hen is een eigen regeling gekomen, met een financiële "
      "tegemoetkoming en ondersteuning door gemeenten. Veel van deze kinderen zijn inmiddels jongvolwassenen."),
    P("De jongeren met wie de ombudsman sprak, kenden de regelingen voor kinderen slecht. Zij kregen informatie via "
      "hun ouders, die daar zelf vaak weinig ruimte voor hadden. Een aantal jongeren wilde zelf hulp zoeken, maar "
      "wist niet waar dat kon, of durfde het niet omdat hun ouders dan zouden meekijken. Bij UHT kunnen jongeren "
      "alleen via hun ouders of na een aparte machtiging terecht."),
    P("Gemeenten voeren hun gesprekken in de brede ondersteuning meestal met de ouder. Kinderen en jongeren komen "
      "daarin vooral ter sprake, niet zelf aan het woord. Enkele gemeenten die de ombudsman bezocht, werken met "
      "jongerencoaches of bieden een apart gesprek aan; de meeste doen dat niet."),
    H2("Wat jongeren vertelden"),
    P("Jongeren vertelden de ombudsman onder meer:"),
    bullets(
        "‘Ik was twaalf toen we ons huis uit moesten. Niemand heeft mij ooit gevraagd hoe dat voor mij was.’",
        "‘Ik wist niet dat er een regeling voor kinderen was tot een vriendin het me vertelde.’",
        "‘Ik wil niet dat mijn moeder zich nog schuldiger voelt. Daarom vraag ik niets.’",
    ),
    H2("Beoordeling"),
    P("Kinderen zijn geen bijlage bij het dossier van hun ouders. Zij hebben hun eigen ervaringen en hun eigen recht "
      "op herstel. De ombudsman vindt dat zij zelfstandig toegang moeten hebben tot informatie en hulp, zowel bij UHT "
      "als bij hun gemeente, op een manier die bij hun leeftijd past."),
    P("De ombudsman richt zich hier tot de staatssecretaris van Financiën en tot gemeenten en de VNG."),
    *asks(rec("12"), rec("13")),
    PageBreak(),
    H("7. Bezwaar en beroep"),
    H2("Wat de ombudsman zag"),
    P("Een ouder die het niet eens is met een besluit van UHT, kan daartegen bezwaar maken. Over bezwaren tegen de "
      "integrale beoordeling brengt een onafhankelijke adviescommissie advies uit, waarna UHT beslist. Na de "
      "beslissing op bezwaar staat beroep open bij de bestuursrechter."),
    P("Op 1 juli 2025 lagen er ruim 9.000 bezwaren bij UHT. De gemiddelde behandelduur van een bezwaar tegen een "
      "integrale beoordeling was veertien maanden, ruim boven de wettelijke termijn. Ouders weten niet hoe lang hun "
      "bezwaar nog zal duren; UHT maakt de wachttijden per fase niet bekend. Sommige ouders zien daarom af van "
      "bezwaar, ook als zij goede gronden hebben, omdat zij niet opnieuw jaren willen wachten."),
    P("Ouders kunnen zich in bezwaar kosteloos laten bijstaan door een advocaat. Maar veel bezwaren draaien om "
      "feiten en bedragen: de hoogte van een inkomensverlies, de waarde van een verloren woning, de kosten van "
      "therapie. Voor het onderbouwen daarvan is vaak een financieel adviseur of schade-expert nodig, en die kosten "
      "komen voor rekening van de ouder."),
    H2("Wat ouders vertelden"),
    P("Ouders vertelden de ombudsman onder meer:"),
    bullets(
        "‘Mijn advocaat zei dat ik gelijk had, maar dat ik het moest aantonen. Een rapport van een expert kost "
        "€ 2.000. Dat geld heb ik niet.’",
        "‘Ik heb in maart 2024 bezwaar gemaakt. Ik heb sindsdien één brief gehad: dat het langer duurt.’",
        "‘Ik heb geen bezwaar gemaakt. Ik kan het niet nog een keer opbrengen.’",
    ),
    H2("Beoordeling"),
    P("Een bezwaarprocedure is bedoeld om fouten te herstellen. Als zij zo lang duurt dat ouders ervan afzien, of zo "
      "duur is dat zij hun gelijk niet kunnen aantonen, schiet zij haar doel voorbij. De ombudsman vindt dat ouders "
      "binnen een redelijke termijn een beslissing moeten krijgen, dat zij moeten weten hoe lang het duurt, en dat "
      "zij hun bezwaar deugdelijk moeten kunnen onderbouwen zonder daarvoor zelf te betalen."),
    P("De laatste vragen richt de ombudsman weer tot de staatssecretaris van Financiën."),
    *asks(rec("14"), rec("15")),
    H("8. Tot slot"),
    P("De hersteloperatie is een erkenning van het onrecht dat ouders is aangedaan. Die erkenning krijgt pas "
      "betekenis als ouders het herstel ook zo ervaren. Dit onderzoek laat zien dat daarvoor niet alleen geld nodig "
      "is, maar vooral tijd, aandacht en duidelijkheid: dat een ouder weet waar hij aan toe is, dat er iemand is die "
      "zijn verhaal kent en dat er een einde in zicht komt."),
    P("De ombudsman beseft dat veel van wat hij vraagt, extra inzet van UHT en gemeenten vergt, in een tijd waarin "
      "zij al onder grote druk werken. Hij heeft zich daarom beperkt tot wat naar zijn oordeel het meeste verschil "
      "maakt voor ouders. Hij zal de opvolging van dit rapport volgen en daarover in zijn jaarverslag over 2026 "
      "rapporteren."),
    P("Dit rapport is op 7 oktober 2025 aangeboden aan de staatssecretaris van Financiën, de minister van Sociale "
      "Zaken en Werkgelegenheid en de voorzitter van de VNG, en gelijktijdig aan de Tweede Kamer gezonden."),
)

REPORT = Document(
    title="Herstel dat op zich laat wachten",
    subtitle="Onderzoek naar de ervaringen van ouders met de hersteloperatie kinderopvangtoeslag",
    blocks=REPORT_BLOCKS,
    running_header="",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=("De Nationale ombudsman", "Rapportnummer 2025/041", "Den Haag, 7 oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Voor de ongeveer 9.500 ouders die zich vóór 1 januari 2022 hebben aangemeld, zeg ik de datum van 31 december "
       "2026 toe; voor de ouders die zich later hebben aangemeld, is die datum niet haalbaar en wordt het de loop van "
       "2027.")
EV3 = "Een aparte vergoeding voor het wachten voer ik daarom niet in."

CELL1_EV = ("Voor ouders die zich later hebben aangemeld, lukt dat niet vóór eind 2026; UHT verwacht hun in de loop "
            "van 2027 een besluit te sturen.")
CELL2_EV = ("Vanaf 1 maart 2026 krijgt iedere ouder die nog wacht een brief met de periode van drie maanden waarin "
            "zijn beoordeling naar verwachting begint.")
CELL3_EV = ("Dit doen wij niet, omdat de wachttijd al meetelt bij het vaststellen van de immateriële schade in de "
            "integrale beoordeling.")
CELL4_EV = ("Vanaf 1 januari 2026 houdt iedere ouder van de start van de integrale beoordeling tot het besluit "
            "dezelfde zaakbehandelaar.")
CELL5_EV = ("Vanaf 1 april 2026 bevat ieder besluit een rekenbijlage van hooguit twee bladzijden met per schadepost "
            "het gevraagde, het toegekende en het afgewezen bedrag, met de reden.")
CELL6_EV = ("In een proef in de regio’s Groningen en Rijnmond belt de zaakbehandelaar vanaf februari 2026 iedere ouder "
            "voordat een besluit met een ongunstige uitkomst wordt verstuurd.")
CELL7_EV = ("In het bestuurlijk overleg van 18 november 2025 hebben de VNG en het ministerie van Financiën afgesproken "
            "dat gemeenten vanaf 1 januari 2026 binnen vier weken na een melding een eerste gesprek voeren en binnen "
            "drie maanden met de ouder een plan van aanpak opstellen voor alle vijf leefgebieden.")
CELL8_EV = ("Wij kijken samen met de VNG en de Autoriteit Persoonsgegevens of de huidige wettelijke grondslag "
            "volstaat om meer gegevens met gemeenten te delen, zoals de fase van de beoordeling en de vastgestelde "
            "schadeposten.")
CELL10_EV = ("Dit doen wij niet, omdat de regeling bedoeld is voor schulden die door de problemen met de "
             "kinderopvangtoeslag zijn ontstaan, en dat verband voor schulden van na 2020 in de regel niet meer vast "
             "te stellen is.")
CELL11_EV = ("Op 1 december 2025 hebben wij een convenant gesloten met de brancheverenigingen van incassobureaus en "
             "gerechtsdeurwaarders en met zestien grote schuldeisers, onder wie energieleveranciers, zorgverzekeraars "
             "en telecombedrijven: zij leggen vanaf 1 februari 2026 geen beslag en rekenen geen incassokosten zolang "
             "de integrale beoordeling van een ouder loopt.")
CELL12_EV = ("Vanaf 1 juni 2026 hebben kinderen en jongeren vanaf twaalf jaar bij UHT een eigen telefoonnummer, chat "
             "en website, met jongerencoaches die hen te woord staan zonder dat hun ouders daarbij betrokken zijn.")
CELL14_EV = ("Vanaf 1 juli 2026 krijgt iedere ouder binnen zes maanden na het indienen van zijn bezwaar een "
             "beslissing.")
CELL15_EV = ("Vanaf 1 april 2026 vergoedt UHT de kosten van een onafhankelijke deskundige die een ouder bij zijn "
             "bezwaar helpt, tot een bedrag van € 1.500 per ouder.")


def section(title: str) -> tuple[Cell, Cell]:
    return Cell(title, bold=True), Cell("")


TABLE = Table(
    header=("Wat de ombudsman vraagt", "Wat het kabinet doet"),
    widths=(1.0, 1.35),
    rules="rows",
    font_size=9.0,
    rows=(
        section("Wachten op de integrale beoordeling"),
        (REC["1"],
         Cell("Zie ook de brief. Ouders die zich vóór 1 januari 2022 hebben aangemeld, krijgen uiterlijk op 31 "
              "december 2026 een besluit op hun integrale beoordeling. " + CELL1_EV + "\nUHT rapporteert elk kwartaal "
              "over het aantal afgeronde beoordelingen; de eerste rapportage verschijnt in april 2026.",
              answers=(Answer("1", "partial", CELL1_EV),))),
        ("Iedere wachtende ouder binnen drie maanden een persoonlijke, realistische indicatie geven, en de ouder zelf "
         "informeren als die niet wordt gehaald.",
         Cell(CELL2_EV + " Schuift die periode op, dan belt de zaakbehandelaar de ouder binnen twee weken en krijgt "
              "de ouder een nieuwe periode.",
              answers=(Answer("2", "agree", CELL2_EV),))),
        (REC["3"],
         Cell(CELL3_EV + " Een aparte vergoeding zou bovendien per ouder een extra beoordeling vragen en daarmee het "
              "wachten voor anderen verlengen. Zie ook de brief.",
              answers=(Answer("3", "disagree", CELL3_EV),))),
        section("Contact en communicatie"),
        (REC["4"],
         Cell("UHT deelt het werk anders in. " + CELL4_EV + " Moet een behandelaar toch wisselen, bijvoorbeeld door "
              "ziekte of vertrek, dan krijgt de ouder daarover vooraf een bericht met de naam en het directe "
              "telefoonnummer van de nieuwe behandelaar.",
              answers=(Answer("4", "agree", CELL4_EV),))),
        ("Besluiten in begrijpelijke taal, met een overzicht van de berekening en van de afgewezen schadeposten.",
         Cell("Samen met een klankbordgroep van twaalf ouders en taalexperts herschrijft UHT alle modelbesluiten. "
              + CELL5_EV,
              answers=(Answer("5", "agree", CELL5_EV),))),
        (REC["6"],
         Cell(CELL6_EV + " In het najaar van 2026 bezien wij aan de hand van de uitkomsten of dit voor alle ouders "
              "kan gaan gelden; dat hangt ook af van de tijd die het de zaakbehandelaars kost.",
              answers=(Answer("6", "partial", CELL6_EV),))),
        section("Brede ondersteuning door gemeenten"),
        (REC["7"],
         Cell(CELL7_EV + "\nHet Rijk stelt gemeenten daarvoor in 2026 en 2027 jaarlijks € 42 miljoen extra "
              "beschikbaar. Verhuist een ouder, dan draagt de oude gemeente het plan met toestemming van de ouder "
              "over aan de nieuwe.",
              answers=(Answer("7", "agree", CELL7_EV),))),
        (REC["8"],
         Cell(CELL8_EV + " Wij informeren uw Kamer hierover voor de zomer van 2026.",
              answers=(Answer("8", "partial", CELL8_EV),))),
        ("Voorrang bij schuldhulp voor gedupeerde ouders, ook na afloop van de hersteloperatie (Wet gemeentelijke "
         "schuldhulpverlening).",
         Cell("De Wet gemeentelijke schuldhulpverlening valt onder de minister van Sociale Zaken en "
              "Werkgelegenheid. Hij betrekt deze vraag bij de evaluatie van die wet en stuurt uw Kamer daarover in "
              "het voorjaar van 2026 een brief.")),
        section("Schulden bij private schuldeisers"),
        (REC["10"],
         Cell(CELL10_EV + " Ouders die door het wachten op herstel schade hebben geleden, kunnen die schade wel "
              "opvoeren in hun integrale beoordeling.",
              answers=(Answer("10", "disagree", CELL10_EV),))),
        (REC["11"],
         Cell(CELL11_EV + " Wij maken elk half jaar bekend welke schuldeisers zich bij het convenant hebben "
              "aangesloten.",
              answers=(Answer("11", "agree", CELL11_EV),))),
        section("Kinderen van gedupeerde ouders"),
        (REC["12"],
         Cell(CELL12_EV + " Jongeren kunnen daar ook zelf een aanvraag voor de regeling voor kinderen indienen.",
              answers=(Answer("12", "agree", CELL12_EV),))),
        section("Bezwaar en beroep"),
        (REC["14"],
         Cell("Wij breiden de bezwaarafdeling van UHT in 2026 uit met 120 medewerkers; daarvoor is € 14 miljoen "
              "gereserveerd. " + CELL14_EV + " Elk kwartaal publiceert UHT op haar website de gemiddelde "
              "wachttijd per fase van de bezwaarprocedure.",
              answers=(Answer("14", "agree", CELL14_EV),))),
        ("Vergoeding van een onafhankelijke deskundige, zoals een financieel adviseur of schade-expert, bij het "
         "onderbouwen van een bezwaar.",
         Cell(CELL15_EV + " De ouder kiest de deskundige zelf; de rekening gaat rechtstreeks naar UHT.",
              answers=(Answer("15", "agree", CELL15_EV),))),
    ),
)

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 7 oktober 2025 heeft de Nationale ombudsman zijn rapport ‘Herstel dat op zich laat wachten’ gepubliceerd. "
      "Hij heeft daarin onderzocht hoe ouders die zijn gedupeerd door de problemen met de kinderopvangtoeslag, de "
      "hersteloperatie ervaren. Met deze brief bied ik uw Kamer de reactie van het kabinet aan. Ik doe dat mede "
      "namens de minister van Sociale Zaken en Werkgelegenheid. De VNG heeft een afschrift van deze brief "
      "ontvangen."),
    P("Allereerst wil ik de ombudsman en zijn medewerkers bedanken. Zijn rapport laat de hersteloperatie zien door de "
      "ogen van de ouders, en doet dat zonder omwegen. Ik dank ook de ouders en jongeren die hun verhaal met de "
      "ombudsman hebben gedeeld. Ik weet hoeveel het van hen vraagt om dat opnieuw te doen."),
    H2("Waar de hersteloperatie staat"),
    P("Sinds de start van de hersteloperatie hebben ruim 100.000 ouders zich aangemeld. Van hen hebben er ruim "
      "70.000 een eerste toets gehad, en is aan ruim 40.000 ouders het forfaitaire bedrag uitbetaald. Publieke "
      "schulden van gedupeerde ouders zijn kwijtgescholden en voor ruim 18.000 ouders zijn private schulden "
      "afgelost. Gemeenten hebben meer dan 50.000 ouders brede ondersteuning geboden."),
    P("Tegelijk wachten nog te veel ouders op hun integrale beoordeling. In de afgelopen maanden heeft UHT het "
      "aantal afgeronde beoordelingen verhoogd tot ruim 900 per maand, onder meer door een nieuwe, kortere route die "
      "in september 2025 is gestart. Dat is meer dan voorheen, maar nog niet genoeg."),
    H2("Het beeld dat de ombudsman schetst"),
    P("Ik herken het beeld dat de ombudsman schetst. Hij heeft gelijk dat het wachten voor veel ouders een nieuwe bron "
      "van onzekerheid en schade is geworden, en dat de overheid ouders te vaak pas achteraf vertelt dat een planning "
      "niet wordt gehaald. Ook zijn constatering dat besluiten voor ouders moeilijk te volgen zijn, deel ik. Dat "
      "raakt aan de kern van wat de hersteloperatie moet zijn: een overheid die zich opnieuw tot ouders verhoudt, "
      "niet alleen met geld maar ook met aandacht en duidelijkheid."),
    P("De ombudsman vraagt terecht aandacht voor de kinderen van gedupeerde ouders; zij zijn vaak de stille "
      "slachtoffers van de affaire. Ook de rol van gemeenten is groot. Gemeenten staan het dichtst bij ouders en "
      "bieden sinds 2021 ondersteuning op alle leefgebieden, met geld dat het Rijk daarvoor beschikbaar stelt."),
    P("In de bijlage bij deze brief staat per onderdeel wat de ombudsman vraagt en wat het kabinet doet. Op twee "
      "vragen ga ik hieronder eerst in, omdat zij het wachten betreffen, en daarmee wat ouders het zwaarst valt."),
    H2("Het tempo van de beoordelingen"),
    P("De ombudsman vraagt mij ervoor te zorgen dat alle ouders die zich vóór 1 januari 2024 hebben aangemeld, "
      "uiterlijk op 31 december 2026 een besluit op hun integrale beoordeling hebben. Ik begrijp die vraag, en ik zou "
      "haar graag volledig waarmaken. Op dit moment wachten nog ongeveer 21.000 ouders. UHT heeft de planning voor "
      "2026 opnieuw doorgerekend, met de extra medewerkers en de kortere route meegeteld. " + EV1 + " Ik kies er "
      "bewust voor om ouders geen datum te beloven die ik niet kan waarmaken; de ombudsman laat zien hoeveel schade "
      "eerdere, niet gehaalde planningen hebben gedaan.",
      answers=(Answer("1", "partial", EV1),)),
    H2("Een vergoeding voor het wachten"),
    P("De ombudsman vraagt ook om een aparte vergoeding voor ouders die langer dan twee jaar op hun beoordeling "
      "wachten. Ik begrijp waarom hij dit voorstelt: wachten kost ouders niet alleen tijd, maar ook gezondheid en "
      "vertrouwen. Bij de integrale beoordeling wordt de immateriële schade echter vastgesteld over de hele periode "
      "tot aan het besluit, dus ook over de tijd dat een ouder heeft gewacht. Een aparte regeling zou daarnaast voor "
      "iedere ouder een extra beoordeling vragen, en zo het wachten voor anderen verlengen. " + EV3,
      answers=(Answer("3", "disagree", EV3),)),
    H2("Tot slot"),
    P("De ombudsman zal de opvolging van zijn rapport volgen. Ik ben daar blij mee. Ik informeer uw Kamer over de "
      "voortgang in de voortgangsrapportages over de hersteloperatie, waarvan de eerstvolgende in april 2026 "
      "verschijnt. Daarin neem ik ook de kwartaalcijfers van UHT op."),
    P("Hoogachtend,"),
    P("de staatssecretaris van Financiën – Herstel en Toeslagen,"),
    P("mr. R.E. van Dommelen-Kraaij"),
    PageBreak(),
    H("Bijlage. Wat de ombudsman vraagt en wat het kabinet doet"),
    P("In deze bijlage staat in de linkerkolom wat de ombudsman vraagt, soms verkort weergegeven, en in de "
      "rechterkolom wat het kabinet daarmee doet. De volgorde is die van het rapport."),
    TABLE,
)

RESPONSE = Document(
    title="Ministerie van Financiën",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Postbus 20018, 2500 EA  Den Haag\n"
             "Datum: 16 december 2025\n"
             "Betreft: Reactie op het rapport ‘Herstel dat op zich laat wachten’ van de Nationale ombudsman\n"
             "Ons kenmerk: 2025-0000418277",
    blocks=RESPONSE_BLOCKS,
    running_header="",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="benefits_recovery_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description="Nationale ombudsman report on the childcare-benefits recovery operation (15 unnumbered bullets "
                "under 'Wat de ombudsman vraagt' per chapter) and the FIN state secretary's serif letter with a "
                "rows-ruled annex 'Wat de ombudsman vraagt | Wat het kabinet doet' without verdict words; 9 passed "
                "on to SZW, 13 left out of the table.",
)
