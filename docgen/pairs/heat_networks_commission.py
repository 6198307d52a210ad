"""Pair: a fictional Commissie Publieke Warmte advice on collective heat networks, and the KGG minister's letter.

Layout traits this pair tests: a sans report with a title page and running header whose analysis chapters (1-6) are
set in two columns (``Columns``) with level-2 headings and footnotes inside the columns, while the summary, the
foreword and the closing chapter are single column.  Chapter 2 holds five "uitgangspunten" written as plain
paragraphs that begin "Uitgangspunt 1:" ... "Uitgangspunt 5:" (normative wording, but not recommendations).  The
sixteen recommendations sit in chapter 7 "Wat nu moet gebeuren" (no word "aanbeveling" or "advies" in the heading),
grouped under four level-2 theme headings, in numeric lists whose recommendation numbers are word labels: the
renderer prints "Actie 1." ... "Actie 16." (style "1."), and the gold numbers are "Actie 1" ... "Actie 16".

The response is a serif letter of the minister of Klimaat en Groene Groei (letterhead, no title page), also on behalf
of the minister of VRO.  It opens with thanks, context and a paragraph endorsing the uitgangspunten (no position on
any action), then answers per theme under the commission's own theme headings, sometimes by number in running text
("actie 4"), mostly by subject.  Gold positions:
- Actie 1 (KGG: all heat companies, also existing ones, 51 % public by 2035): partial, public majority share only in
  new networks.
- Actie 2 (KGG: national participation for heat, >= 1 bn): agree without cue word (date 1 July 2026, 1.1 bn euro).
- Actie 3 (gemeenten: regional public heat companies): agree ("Ik onderschrijf de oproep ...").
- Actie 4 (KGG: municipal takeover right at regulated book value): agree ("In actie 4 vraagt ... Die actie neem ik
  over.").
- Actie 5 (ACM: cost-based tariff method): not addressed, passed on ("De ACM is onafhankelijk en bepaalt zelf ...").
- Actie 6 (KGG: operating subsidy to keep tariffs below gas): disagree, "past echter niet binnen het Europese
  staatssteunkader".
- Actie 7 (KGG: automatic compensation for outages): agree, in one paragraph with Actie 9.
- Actie 8 (KGG + VRO: 70 % residents' consent right): disagree, blunt ("... komt er niet.").
- Actie 9 (warmtebedrijven: publish costs/returns per network): disagree, same paragraph as Actie 7.
- Actie 10 (KGG + VRO: >= 150 m/yr for municipalities from 2026): agree without cue word (175 m per year from 2026).
- Actie 11 (gemeenten: heat programme per district by end 2026): not addressed, only existing policy is described.
- Actie 12 (Nationaal Warmtefonds + KGG: guarantee facility, 200 m): partial, "Ik laat onderzoeken of ...".
- Actie 13 (woningcorporaties: performance agreements, anchor demand): not addressed, never mentioned.
- Actie 14 (KGG: extend geothermal guarantee scheme, seismic survey): agree ("Actie 14 neem ik over.").
- Actie 15 (KGG: supply obligation for industrial waste heat): disagree, polite ("acht ik ... niet opportuun").
- Actie 16 (KGG + OCW: national training offensive, 30 m/yr): partial, pilot in two regions first.
All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Columns,
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


def actions(*items: tuple[int, str, tuple[str, ...]]) -> ItemList:
    """A numeric list whose labels print as "Actie N." (the recommendation number is the word label)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(f"Actie {n}", depts)) for n, text, depts in items),
        style="1.",
        start=items[0][0],
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Ruim een half miljoen huishoudens in Nederland krijgen hun warmte niet uit een eigen cv-ketel, maar uit een "
      "warmtenet. Voor de meesten van hen werkt dat goed: het huis is warm, de installatie vraagt weinig onderhoud en "
      "de warmte komt steeds vaker uit duurzame bronnen. Tegelijk hoorde de Commissie in het afgelopen jaar verhalen "
      "die zorgen baren. Over rekeningen die in 2022 in één keer verdubbelden, over storingen waarbij bewoners dagen "
      "zonder warm water zaten, en over huurders die nooit is gevraagd of zij wel op een warmtenet wilden."),
    P("De minister van Klimaat en Groene Groei heeft de Commissie Publieke Warmte gevraagd te adviseren over de "
      "uitvoering van de Wet collectieve warmte. Die wet verandert de markt voor collectieve warmte ingrijpend: "
      "warmtebedrijven komen in meerderheid in publieke handen, de tarieven worden gebaseerd op de werkelijke kosten "
      "en gemeenten krijgen de regie over de aanleg van nieuwe netten. De wet geeft de richting aan. Of die richting "
      "ook wordt gevolgd, hangt af van keuzes die het Rijk, gemeenten, warmtebedrijven en andere partijen de komende "
      "jaren maken."),
    P("De Commissie heeft gesproken met meer dan honderd mensen: bewoners en huurdersverenigingen, wethouders en "
      "ambtenaren, directeuren en monteurs van warmtebedrijven, bankiers, geologen en docenten in het mbo. Wij danken "
      "hen voor hun tijd en hun openhartigheid. Dit rapport is van de Commissie; de keuzes die wij maken, zijn de "
      "onze."),
    P("Namens de Commissie Publieke Warmte,"),
    P("prof. dr. ir. A.M. Rietveld-Bos, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Collectieve warmte kan een groot deel van de gebouwde omgeving helpen om van het aardgas af te gaan. In dichte "
      "stadswijken, bij oudere appartementencomplexen en in de buurt van bronnen als aardwarmte en restwarmte is een "
      "warmtenet vaak de goedkoopste duurzame oplossing. Toch groeit het aantal aansluitingen veel langzamer dan het "
      "klimaatbeleid veronderstelt: de afgelopen vijf jaar kwamen er gemiddeld nog geen 20.000 per jaar bij."),
    P("De Commissie ziet daarvoor vier oorzaken. Ten eerste ontbreekt vertrouwen: bewoners ervaren een warmtenet als "
      "een monopolie waarop zij geen invloed hebben. Ten tweede zijn de tarieven nog altijd gekoppeld aan de gasprijs, "
      "waardoor afnemers niet profiteren van lagere kosten en wel van hogere gasprijzen de rekening krijgen. Ten derde "
      "hebben gemeenten de regie gekregen zonder de mensen en het geld om die regie waar te maken. En ten vierde "
      "lopen projecten vast op de financiering van de aanloopverliezen, op onzekerheid over bronnen en op een tekort "
      "aan vakmensen."),
    P("De Wet collectieve warmte pakt een deel van deze knelpunten aan, maar laat belangrijke vragen open. Hoe snel "
      "komen bestaande netten in publieke handen? Wie draagt het risico als een net minder aansluitingen krijgt dan "
      "gepland? En hoe voorkomen we dat publieke warmtebedrijven versnipperd raken over 342 gemeenten?"),
    P("In hoofdstuk 2 formuleert de Commissie vijf uitgangspunten waaraan zij haar voorstellen heeft getoetst. De "
      "hoofdstukken 3 tot en met 6 bevatten de analyse. In hoofdstuk 7 staan zestien acties, verdeeld over vier "
      "thema's: publieke zeggenschap, betaalbare tarieven en sterke afnemers, gemeentelijke regie en financiering, en "
      "duurzame bronnen en vakmensen. Bij elke actie staat wie aan zet is."),
    PageBreak(),
    H("1 Inleiding"),
    Columns(blocks=(
        H2("Aanleiding"),
        P("In 2022 stegen de warmtetarieven voor een groot deel van de aangesloten huishoudens fors. Dat kwam niet "
          "doordat de kosten van de warmtebedrijven zo sterk stegen, maar doordat het maximumtarief dat de "
          "Autoriteit Consument en Markt (ACM) vaststelt, volgens de wet was gekoppeld aan de gasprijs. Huishoudens "
          "die bewust of onbewust op een warmtenet waren aangesloten, betaalden zo de prijs van een brandstof die zij "
          "niet gebruikten. Het vertrouwen in collectieve warmte kreeg daardoor een flinke deuk."),
        P("Het kabinet kondigde in dezelfde periode aan dat warmtebedrijven voortaan in meerderheid publiek eigendom "
          "moeten zijn. Met het wetsvoorstel Wet collectieve warmte (Wcw) wordt die keuze wettelijk verankerd. De "
          "wet vervangt de Warmtewet, introduceert kostengebaseerde tarieven en geeft gemeenten de bevoegdheid om "
          "per warmtekavel één warmtebedrijf aan te wijzen dat het net aanlegt en exploiteert."),
        H2("Vraagstelling"),
        P("De minister van Klimaat en Groene Groei stelde de Commissie in januari 2025 in, met de vraag te adviseren "
          "over:"),
        bullets(
            "de vormgeving van publiek eigendom van warmtebedrijven en de rol van Rijk, provincies en gemeenten "
            "daarin;",
            "de betaalbaarheid van warmte en de bescherming van afnemers onder de nieuwe tariefregulering;",
            "de regierol van gemeenten en de financiering van nieuwe warmtenetten;",
            "de beschikbaarheid van duurzame bronnen en van voldoende vakmensen.",
        ),
        P("Het advies richt zich op collectieve warmtesystemen in de gebouwde omgeving. Warmtenetten op "
          "bedrijventerreinen en in de glastuinbouw heeft de Commissie alleen betrokken waar zij met woonwijken zijn "
          "verbonden."),
        H2("Werkwijze"),
        P("De Commissie bestond uit zes leden met ervaring in het openbaar bestuur, de energiesector, de "
          "woningbouw, de financiële sector en het beroepsonderwijs. Zij voerde 58 gesprekken, bezocht warmtenetten "
          "in onder meer Groningen, Purmerend, Delft en Heerlen, en liet twee onderzoeken uitvoeren: een "
          "vergelijking van de exploitatie van veertig warmtenetten en een verkenning van de arbeidsmarkt voor "
          "warmtetechnici.",
          footnotes=("Beide onderzoeken zijn als achtergrondstudie gepubliceerd op de website van de Commissie.",)),
        P("Daarnaast organiseerde de Commissie drie bewonersavonden, in een naoorlogse huurflat, in een nieuwbouwwijk "
          "en in een binnenstad met veel monumenten. Wat bewoners daar vertelden, heeft de Commissie zwaar laten "
          "wegen."),
        H2("Leeswijzer"),
        P("Hoofdstuk 2 beschrijft de uitgangspunten van de Commissie. De hoofdstukken 3 tot en met 6 behandelen "
          "achtereenvolgens eigendom en zeggenschap, tarieven en de positie van afnemers, regie en financiering, en "
          "bronnen en vakmensen. Hoofdstuk 7 bevat de acties die de Commissie voorstelt, gegroepeerd per thema."),
    )),
    H("2 Uitgangspunten"),
    Columns(blocks=(
        P("Bij het wegen van de mogelijke oplossingen heeft de Commissie zich laten leiden door vijf uitgangspunten. "
          "Zij zijn geen acties op zichzelf, maar de maatstaf waaraan de acties in hoofdstuk 7 zijn getoetst."),
        P("Uitgangspunt 1: Warmte is een basisvoorziening. Wie op een warmtenet is aangesloten, heeft geen "
          "alternatief en moet erop kunnen rekenen dat de levering zeker, veilig en betaalbaar is, net als bij "
          "drinkwater en elektriciteit."),
        P("Uitgangspunt 2: Een natuurlijk monopolie hoort onder publieke zeggenschap. Waar afnemers niet kunnen "
          "kiezen, moet de overheid de belangrijke beslissingen kunnen nemen over investeringen, tarieven en de "
          "keuze van bronnen."),
        P("Uitgangspunt 3: De afnemer betaalt niet meer dan de kosten. Een warmtenet mag een redelijk rendement "
          "opleveren, maar de tarieven moeten de werkelijke kosten van een doelmatig warmtebedrijf volgen en niet de "
          "prijs van een andere energiedrager."),
        P("Uitgangspunt 4: Wie de regie heeft, moet ook de middelen hebben. Taken die het Rijk bij gemeenten "
          "neerlegt, moeten gepaard gaan met voldoende geld, kennis en capaciteit."),
        P("Uitgangspunt 5: Duurzaam is de norm, niet de uitzondering. Nieuwe warmtenetten worden vanaf het begin "
          "ontworpen voor duurzame bronnen en lage temperaturen; fossiele bronnen zijn hooguit een tijdelijke "
          "achtervang."),
        P("Deze uitgangspunten sluiten aan bij de doelen van de Wet collectieve warmte. Zij gaan op enkele punten "
          "verder, met name waar het gaat om de snelheid waarmee publieke zeggenschap wordt bereikt en om de "
          "verantwoordelijkheid van het Rijk voor de uitvoeringskracht van gemeenten."),
    )),
    H("3 Eigendom en zeggenschap"),
    Columns(blocks=(
        H2("Het huidige landschap"),
        P("Van de ruim 500.000 aansluitingen op warmtenetten in de gebouwde omgeving wordt ongeveer 70 procent "
          "beheerd door drie grote warmtebedrijven. Twee daarvan zijn in handen van buitenlandse "
          "infrastructuurfondsen, de derde is een dochter van een energieconcern. Daarnaast zijn er enkele tientallen "
          "kleinere bedrijven, waaronder gemeentelijke bedrijven in onder meer Purmerend en Delft en een groeiend "
          "aantal bewonerscoöperaties.",
          footnotes=("Eigen analyse van de Commissie op basis van gegevens van de ACM over het jaar 2024.",)),
        P("De Wcw bepaalt dat warmtebedrijven die een nieuwe aanwijzing krijgen, voor ten minste 51 procent in "
          "publieke handen moeten zijn. Voor bestaande netten geldt een overgangstermijn, waarvan de lengte in het "
          "wetsvoorstel nog niet scherp is vastgelegd. De Commissie constateert dat private eigenaren daardoor "
          "terughoudend zijn geworden met investeringen in bestaande netten, terwijl publieke partijen nog niet "
          "klaarstaan om die netten over te nemen."),
        H2("Publieke partijen staan nog niet klaar"),
        P("Gemeenten die een eigen warmtebedrijf willen oprichten, lopen tegen drie problemen aan. Zij hebben "
          "onvoldoende eigen vermogen om netten van enige omvang te financieren, zij missen de technische en "
          "commerciële kennis om een warmtebedrijf te leiden, en de omvang van veel gemeenten is te klein voor een "
          "doelmatige bedrijfsvoering. Een warmtebedrijf met minder dan 10.000 aansluitingen heeft volgens de "
          "vergelijking die de Commissie liet maken per aansluiting gemiddeld 35 procent hogere beheerkosten dan een "
          "bedrijf met meer dan 50.000 aansluitingen."),
        P("De Commissie ziet daarom een belangrijke rol voor het Rijk. Een landelijke publieke partij kan kapitaal "
          "inbrengen, kennis bundelen en ervoor zorgen dat publieke warmtebedrijven een doelmatige omvang krijgen. "
          "Voorbeelden uit andere sectoren, zoals de rol van Energie Beheer Nederland bij gaswinning, laten zien dat "
          "een deelneming van het Rijk naast decentrale overheden goed kan werken."),
        P("Tegelijk waarschuwt de Commissie voor versnippering. Als iedere gemeente een eigen warmtebedrijf opricht, "
          "ontstaan honderden kleine bedrijven die elk hun eigen personeel, systemen en financiering moeten "
          "regelen. Regionale samenwerking, zoals die bij drinkwater en afvalverwerking gebruikelijk is, ligt "
          "veel meer voor de hand."),
        H2("Bestaande netten"),
        P("De grootste opgave zit in de bestaande netten. Zolang onduidelijk is wanneer en onder welke voorwaarden "
          "die netten in publieke handen overgaan, blijft het onderhoud achter en worden uitbreidingen uitgesteld. "
          "De Commissie is van mening dat een heldere einddatum, met een eerlijke vergoeding voor de huidige "
          "eigenaren, voor alle partijen beter is dan jarenlange onzekerheid."),
        P("Een eerlijke vergoeding is daarbij een voorwaarde. Het eigendomsrecht van de huidige eigenaren is "
          "beschermd, en een overname moet plaatsvinden tegen een waarde die onafhankelijk is vastgesteld. De "
          "Commissie ziet in de gereguleerde boekwaarde die de ACM onder de nieuwe tariefregulering gaat bijhouden "
          "een bruikbaar vertrekpunt: zij weerspiegelt wat er werkelijk in het net is geïnvesteerd en nog niet is "
          "terugverdiend."),
    )),
    H("4 Tarieven en de positie van afnemers"),
    Columns(blocks=(
        H2("Van gasreferentie naar kosten"),
        P("Onder de Warmtewet stelt de ACM ieder jaar een maximumtarief vast op basis van wat een huishouden met een "
          "gasaansluiting gemiddeld kwijt zou zijn. Dit zogenoemde niet-meer-dan-anders-principe was bedoeld om "
          "afnemers te beschermen, maar werkt in de praktijk als een prijsanker: de meeste warmtebedrijven rekenen het "
          "maximum. Toen de gasprijs in 2022 steeg, stegen de warmtetarieven mee, ook bij netten die geen aardgas "
          "gebruikten."),
        P("De Wcw schrijft voor dat de tarieven in de toekomst worden gebaseerd op de kosten van het warmtebedrijf, "
          "met een redelijk rendement. Hoe die kostengebaseerde regulering eruitziet, moet de ACM nog uitwerken. De "
          "Commissie hecht eraan dat de koppeling aan de gasprijs daarbij volledig verdwijnt en dat de methode "
          "eenvoudig genoeg is om voor afnemers navolgbaar te zijn.",
          footnotes=("De Commissie heeft hierover gesproken met medewerkers van de ACM; de ACM heeft geen standpunt "
                     "ingenomen over de voorstellen van de Commissie.",)),
        H2("Betaalbaarheid in de aanloopfase"),
        P("Een nieuw warmtenet is in de eerste jaren duur: de investering wordt gedaan voordat alle woningen zijn "
          "aangesloten. Bij zuiver kostengebaseerde tarieven zouden de eerste afnemers daardoor hoge tarieven betalen. "
          "De Commissie heeft verschillende manieren verkend om die aanloopkosten op te vangen, waaronder een "
          "bijdrage van het Rijk aan de exploitatie. Zij is zich ervan bewust dat zo'n bijdrage vragen oproept over "
          "de verhouding tot de Europese regels voor staatssteun, maar acht het risico van onbetaalbare tarieven in "
          "de aanloopfase groter."),
        H2("Storingen en klachten"),
        P("Bij een storing van het warmtenet zitten bewoners zonder verwarming en vaak ook zonder warm water. De "
          "Warmtewet kent een compensatieregeling, maar afnemers moeten die zelf aanvragen en weten vaak niet dat zij "
          "daar recht op hebben. Uit gegevens die de Commissie verzamelde, blijkt dat minder dan een op de vijf "
          "getroffen huishoudens na een langdurige storing een vergoeding ontving."),
        P("Ook inzicht in de prestaties van warmtebedrijven ontbreekt. Afnemers kunnen niet zien wat hun net kost, "
          "hoeveel het warmtebedrijf eraan verdient en hoe vaak er storingen zijn. Voor een monopolist die steeds "
          "vaker publiek eigendom is, vindt de Commissie dat moeilijk te verdedigen."),
        H2("Instemming van bewoners"),
        P("De Wcw geeft gemeenten de mogelijkheid om een wijk aan te wijzen waar het gasnet op termijn verdwijnt. "
          "Bewoners kunnen dan kiezen tussen aansluiting op het warmtenet of een eigen duurzame oplossing, maar in "
          "de praktijk is die keuze beperkt. Op de bewonersavonden hoorde de Commissie vooral dat mensen zich "
          "overvallen voelen. Zij wil daarom dat bewoners meer zeggenschap krijgen over de vraag of hun wijk of "
          "complex op een warmtenet wordt aangesloten."),
    )),
    H("5 Regie en financiering"),
    Columns(blocks=(
        H2("De gemeente aan zet"),
        P("Alle gemeenten hebben in 2021 een transitievisie warmte vastgesteld, waarin zij aangeven welke wijken "
          "vóór 2030 van het aardgas af gaan. De kwaliteit van die visies loopt sterk uiteen. Een deel van de "
          "gemeenten heeft per wijk een voorkeursalternatief gekozen, maar veel visies blijven steken in algemene "
          "voornemens. Onder de Omgevingswet moeten zij de komende jaren worden omgezet in een programma."),
        P("De Commissie trof bij gemeenten veel inzet, maar ook veel zorgen. Kleine gemeenten hebben vaak één "
          "ambtenaar voor de hele energietransitie. Gemeenten die een warmtekavel willen aanwijzen, moeten "
          "aanbestedingsprocedures voeren, met warmtebedrijven onderhandelen en bewoners betrekken. De tijdelijke "
          "middelen die zij tot nu toe van het Rijk ontvingen, lopen in 2025 af.",
          footnotes=("Het gaat om de middelen voor de uitvoeringskosten van het Klimaatakkoord die via het "
                     "gemeentefonds zijn verstrekt.",)),
        H2("Financiering van nieuwe netten"),
        P("Een warmtenet is een investering voor veertig jaar of langer. In de eerste jaren zijn de inkomsten lager "
          "dan de kosten, en dat maakt banken terughoudend, zeker bij kleinere projecten. Grote warmtebedrijven "
          "kunnen dit risico spreiden; warmtecoöperaties en kleine gemeentelijke bedrijven kunnen dat niet."),
        P("Het Nationaal Warmtefonds verstrekt nu vooral leningen aan huishoudens en verenigingen van eigenaren voor "
          "isolatie en warmtepompen. Voor collectieve projecten heeft het fonds beperkte mogelijkheden. De Commissie "
          "ziet een garantiefaciliteit, waarmee het fonds een deel van het risico van banken overneemt, als de meest "
          "doelmatige manier om kleinere projecten financierbaar te maken."),
        H2("Woningcorporaties als ankerafnemer"),
        P("Woningcorporaties bezitten in veel wijken een groot deel van de woningen. Als zij vooraf toezeggen dat "
          "hun woningen worden aangesloten, krijgt een warmtenet een zekere basislast en daalt het risico voor "
          "iedereen. Een aantal corporaties doet dat al, maar de afspraken zijn vaak vrijblijvend en komen pas laat "
          "in het proces tot stand. Huurders worden daarbij lang niet altijd tijdig betrokken."),
    )),
    H("6 Bronnen en vakmensen"),
    Columns(blocks=(
        H2("Aardwarmte"),
        P("Aardwarmte kan volgens de sector in 2050 voor een kwart van de warmtevraag in de gebouwde omgeving "
          "zorgen. Daarvoor is kennis van de ondergrond nodig, en die is in grote delen van het land beperkt. Het "
          "landelijke seismische onderzoek dat enkele jaren geleden is gestart, is nog niet afgerond. Zonder die "
          "gegevens is het risico van een misboring voor veel initiatiefnemers te groot."),
        P("De bestaande garantieregeling vergoedt een deel van de kosten als een boring minder warmte oplevert dan "
          "verwacht. De regeling loopt op korte termijn af. Initiatiefnemers gaven aan dat zij zonder verlenging "
          "geen nieuwe projecten meer durven te starten."),
        H2("Restwarmte"),
        P("Industriële restwarmte is in de havengebieden en rond grote bedrijventerreinen een belangrijke bron. Toch "
          "wordt maar een klein deel ervan benut. Bedrijven zijn terughoudend om zich voor lange tijd aan een "
          "warmtebedrijf te binden, omdat hun eigen productie kan veranderen of kan worden verduurzaamd. "
          "Warmtebedrijven op hun beurt willen zekerheid over de levering en de prijs. De Commissie vindt dat de "
          "vrijblijvendheid moet worden doorbroken."),
        H2("Vakmensen"),
        P("Voor de aanleg van warmtenetten en de aansluiting van woningen zijn tot 2030 naar schatting 8.000 extra "
          "technici nodig. Uit de verkenning die de Commissie liet uitvoeren, blijkt dat het aantal mbo-studenten in "
          "de relevante opleidingen de laatste jaren nauwelijks stijgt. Warmtebedrijven werven vooral bij "
          "installateurs en netbeheerders, die zelf ook tekorten hebben."),
        P("Opleidingen sluiten bovendien maar beperkt aan op het werk aan warmtenetten. Er is geen specifieke "
          "opleiding voor warmtetechnicus, en zij-instromers moeten hun kennis grotendeels in de praktijk opdoen. "
          "De Commissie ziet een gezamenlijke inspanning van overheid, onderwijs en sector als noodzakelijk."),
    )),
    PageBreak(),
    H("7 Wat nu moet gebeuren"),
    P("De Wet collectieve warmte geeft de richting aan. Om die richting ook te volgen, is volgens de Commissie een "
      "aantal besluiten nodig dat niet kan wachten. Hieronder staan zestien acties, verdeeld over vier thema's. Bij "
      "elke actie staat wie aan zet is. De acties hangen samen: publiek eigendom zonder kapitaal en kennis levert "
      "weinig op, en gemeentelijke regie zonder middelen evenmin."),
    H2("Publieke zeggenschap"),
    actions(
        (1, "De minister van KGG legt in de Wet collectieve warmte vast dat uiterlijk in 2035 alle warmtebedrijven, "
            "dus ook de eigenaren van bestaande warmtenetten, voor ten minste 51 procent in publieke handen zijn, en "
            "regelt daarbij een verwervingsprocedure met een onafhankelijke waardering.", ("EZ",)),
        (2, "De minister van KGG richt uiterlijk in 2026 een nationale deelneming voor warmte op die naast gemeenten "
            "en provincies aandelen neemt in publieke warmtebedrijven, en geeft haar tot 2030 ten minste 1 miljard "
            "euro aan eigen vermogen.", ("EZ",)),
        (3, "Gemeenten richten publieke warmtebedrijven zoveel mogelijk regionaal op, samen met buurgemeenten en de "
            "provincie, in plaats van ieder een eigen bedrijf te beginnen.", ("GEMEENTEN",)),
        (4, "De minister van KGG geeft gemeenten in de Wet collectieve warmte het recht om een bestaand warmtenet aan "
            "het einde van de aanwijzingsperiode over te nemen tegen de gereguleerde boekwaarde.", ("EZ",)),
    ),
    H2("Betaalbare tarieven en sterke afnemers"),
    actions(
        (5, "De ACM werkt vóór 1 januari 2027 een tariefmethode uit die is gebaseerd op de werkelijke kosten van een "
            "doelmatig warmtebedrijf plus een redelijk rendement, en laat daarin de koppeling aan de gasprijs "
            "volledig los.", ("EZ",)),
        (6, "De minister van KGG verstrekt warmtebedrijven gedurende de eerste tien jaar na aanleg van een net een "
            "jaarlijkse exploitatiebijdrage, zodat het tarief voor aangesloten huishoudens onder de kosten van een "
            "gasaansluiting blijft.", ("EZ",)),
        (7, "De minister van KGG regelt in de Wet collectieve warmte dat afnemers bij een storing van meer dan acht "
            "uur automatisch een vaste vergoeding ontvangen, zonder dat zij daarvoor een verzoek hoeven te doen.",
         ("EZ",)),
        (8, "De minister van KGG en de minister van VRO geven bewoners een wettelijk instemmingsrecht: een wijk of "
            "complex wordt alleen op een warmtenet aangesloten als ten minste 70 procent van de huishoudens daarmee "
            "instemt.", ("EZ", "BZK")),
        (9, "Warmtebedrijven maken vanaf 2026 jaarlijks per warmtenet openbaar wat de kosten, het behaalde rendement "
            "en het aantal en de duur van storingen waren.", ("OTHER",)),
    ),
    H2("Gemeentelijke regie en financiering"),
    actions(
        (10, "De minister van KGG en de minister van VRO geven gemeenten vanaf 2026 structureel ten minste 150 "
             "miljoen euro per jaar voor de uitvoeringskosten van hun regierol in de warmtetransitie.",
         ("EZ", "BZK")),
        (11, "Gemeenten werken hun transitievisie warmte uiterlijk eind 2026 uit tot een warmteprogramma waarin per "
             "wijk staat welke warmtevoorziening er komt en vanaf wanneer.", ("GEMEENTEN",)),
        (12, "Het Nationaal Warmtefonds opent uiterlijk in 2026 een garantiefaciliteit voor warmtecoöperaties en "
             "andere kleinschalige publieke initiatieven; de minister van KGG stelt daarvoor 200 miljoen euro "
             "beschikbaar.", ("OTHER", "EZ")),
        (13, "Woningcorporaties maken met gemeenten en warmtebedrijven tijdig prestatieafspraken over de aansluiting "
             "van hun woningen op warmtenetten en zeggen daarbij vooraf de afname toe voor een vast deel van hun "
             "bezit in de wijk.", ("OTHER",)),
    ),
    H2("Duurzame bronnen en vakmensen"),
    actions(
        (14, "De minister van KGG verlengt de garantieregeling voor aardwarmte tot ten minste 2035 en financiert de "
             "afronding van het landelijke seismische onderzoek naar de ondergrond.", ("EZ",)),
        (15, "De minister van KGG verplicht industriële bedrijven met een grote hoeveelheid restwarmte om die warmte "
             "tegen een kostengebaseerde vergoeding aan te bieden aan een warmtebedrijf dat daarom vraagt.",
         ("EZ",)),
        (16, "De minister van KGG en de minister van OCW starten samen met warmtebedrijven, installateurs en "
             "mbo-instellingen een landelijk opleidingsoffensief voor warmtetechnici en stellen daarvoor de komende "
             "vijf jaar jaarlijks 30 miljoen euro beschikbaar.", ("EZ", "OCW")),
    ),
    P("De Commissie is zich ervan bewust dat verschillende acties geld kosten in een tijd waarin de "
      "overheidsfinanciën onder druk staan. Zij wijst erop dat uitstel ook kosten met zich meebrengt: voor "
      "huishoudens die langer aan een duur of onbetrouwbaar net vastzitten, en voor de klimaatdoelen, die zonder "
      "collectieve warmte in de gebouwde omgeving niet worden gehaald."),
    P("De Commissie stelt voor dat het kabinet over twee jaar aan de Tweede Kamer rapporteert over de uitvoering van "
      "deze acties, en biedt aan daarbij desgewenst een onafhankelijke blik te leveren."),
    PageBreak(),
    H("Bijlage 1 Samenstelling van de Commissie"),
    bullets(
        "prof. dr. ir. A.M. Rietveld-Bos, voorzitter, hoogleraar energiesystemen",
        "drs. K. El Idrissi, oud-wethouder duurzaamheid en wonen",
        "ir. J.P. van der Wiel, voormalig directeur van een regionaal warmtebedrijf",
        "mr. S. Hoekstra-Lam, bestuurder van een huurdersorganisatie",
        "drs. R. Brouwer, econoom, specialist infrastructuurfinanciering",
        "ing. M. Öztürk, opleidingsmanager techniek aan een mbo-instelling",
    ),
    P("Het secretariaat werd gevoerd door medewerkers van het ministerie van Klimaat en Groene Groei, aangevuld met "
      "een gedetacheerde medewerker van de Vereniging van Nederlandse Gemeenten."),
    H("Bijlage 2 Gebruikte afkortingen"),
    bullets(
        "ACM – Autoriteit Consument en Markt",
        "KGG – Klimaat en Groene Groei",
        "OCW – Onderwijs, Cultuur en Wetenschap",
        "VRO – Volkshuisvesting en Ruimtelijke Ordening",
        "Wcw – Wet collectieve warmte",
    ),
)

REPORT = Document(
    title="Warmte als publieke zaak",
    subtitle="Advies van de Commissie Publieke Warmte over collectieve warmtenetten en de uitvoering van de Wet "
             "collectieve warmte",
    blocks=REPORT_BLOCKS,
    running_header="Commissie Publieke Warmte – Warmte als publieke zaak",
    footer="{page}",
    font_family="sans",
    font_size=10.0,
    imprint=("Commissie Publieke Warmte", "Den Haag, september 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het wetsvoorstel verplicht daarom een publiek meerderheidsbelang bij warmtebedrijven die een nieuw warmtenet "
       "aanleggen, maar een verplichte overname van bestaande netten vóór 2035 neem ik niet op.")
EV2 = ("Per 1 juli 2026 richt ik de Nationale Deelneming Warmte op als dochteronderneming van Energie Beheer "
       "Nederland, met tot en met 2030 in totaal 1,1 miljard euro aan eigen vermogen.")
EV3 = ("Ik onderschrijf de oproep van de Commissie aan gemeenten om publieke warmtebedrijven zoveel mogelijk "
       "regionaal op te zetten.")
EV4 = "Die actie neem ik over."
EV6 = ("Een jaarlijkse exploitatiebijdrage aan warmtebedrijven om de tarieven onder het niveau van gas te houden, "
       "past echter niet binnen het Europese staatssteunkader.")
EV8 = "Een wettelijk instemmingsrecht voor bewoners, zoals de Commissie in actie 8 voorstelt, komt er niet."
EV7 = "De automatische vergoeding bij storingen die de Commissie voorstelt, neem ik over."
EV9 = ("De oproep aan warmtebedrijven om per afzonderlijk net hun kosten en rendement openbaar te maken, volg ik "
       "echter niet.")
EV10 = ("Vanaf 2026 ontvangen gemeenten via een specifieke uitkering structureel 175 miljoen euro per jaar voor de "
        "uitvoeringskosten van hun regierol in de warmtetransitie.")
EV12 = ("Ik laat onderzoeken of een garantiefaciliteit voor warmtecoöperaties bij het Nationaal Warmtefonds kan "
        "worden ondergebracht en welk bedrag daarvoor nodig zou zijn.")
EV14 = "Actie 14 neem ik over."
EV15 = "Een wettelijke leveringsplicht voor industriële restwarmte acht ik op dit moment niet opportuun."
EV16 = ("Voordat wij besluiten over een landelijk opleidingsoffensief, beginnen wij in 2026 met een proef in twee "
        "regio's.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 24 november 2025"),
    P("Betreft: Reactie op het advies ‘Warmte als publieke zaak’ van de Commissie Publieke Warmte", bold=True),
    P("Geachte voorzitter,"),
    P("Op 18 september 2025 heeft de Commissie Publieke Warmte mij haar advies ‘Warmte als publieke zaak’ "
      "aangeboden. Met deze brief reageer ik op dat advies, mede namens de minister van Volkshuisvesting en "
      "Ruimtelijke Ordening. "
      "Ik dank de Commissie en in het bijzonder haar voorzitter, professor Rietveld-Bos, voor het zorgvuldige werk. "
      "Het advies is helder, goed onderbouwd en op meerdere punten ongemakkelijk. Dat laatste bedoel ik als "
      "compliment."),
    P("Het advies verschijnt op een belangrijk moment. De Eerste Kamer behandelt op dit moment het wetsvoorstel Wet "
      "collectieve warmte, dat op 1 januari 2027 in werking moet treden. Daarnaast werkt het kabinet aan de lagere "
      "regelgeving en aan de financiële instrumenten die nodig zijn om de wet uit te voeren. Het advies komt daarmee "
      "op tijd om in die uitwerking te worden meegenomen."),
    P("De Commissie begint haar advies met vijf uitgangspunten. Ik herken mij in die uitgangspunten. Dat warmte voor "
      "wie op een warmtenet is aangesloten een basisvoorziening is, dat afnemers niet meer moeten betalen dan de "
      "kosten en dat wie de regie heeft ook de middelen moet hebben, zijn principes die ook aan de Wet collectieve "
      "warmte ten grondslag liggen. Tegelijk laten de uitgangspunten ruimte voor verschillende keuzes bij de "
      "uitwerking, en op een aantal punten kom ik tot een andere afweging dan de Commissie."),
    P("Hieronder ga ik per thema in op de acties die de Commissie voorstelt. Ik volg daarbij de indeling van "
      "hoofdstuk 7 van het advies."),
    H2("Publieke zeggenschap"),
    P("De Commissie constateert dat private eigenaren terughoudend zijn geworden met investeringen in bestaande netten "
      "en dat publieke partijen nog niet klaarstaan om die netten over te nemen. Die analyse deel ik. Ik deel ook de "
      "wens om zo snel mogelijk duidelijkheid te bieden over de toekomst van bestaande netten."),
    P("Met actie 1 vraagt de Commissie om een wettelijke einddatum van 2035 waarop alle warmtebedrijven, ook de "
      "eigenaren van bestaande netten, in meerderheid publiek moeten zijn. Een verplichte verwerving van alle "
      "bestaande netten binnen tien jaar zou naar een eerste raming tussen de 4 en 6 miljard euro kosten en "
      "brengt aanzienlijke juridische risico’s met zich mee, gelet op de bescherming van het eigendomsrecht. Ook "
      "zou de uitvoering op hetzelfde moment plaatsvinden als de aanleg van veel nieuwe netten, waarvoor dezelfde "
      "publieke partijen nodig zijn. " + EV1 + " Voor bestaande netten zet ik in op vrijwillige overname en op het "
      "overnamerecht dat hieronder aan de orde komt.",
      answers=(Answer("Actie 1", "partial", EV1),)),
    P("Publieke partijen hebben kapitaal en kennis nodig om hun rol te kunnen vervullen. " + EV2 + " De deelneming "
      "kan voor ten hoogste 49 procent deelnemen in publieke warmtebedrijven naast gemeenten en provincies en "
      "ondersteunt hen met kennis over financiering, aanbesteding en bedrijfsvoering. De oprichtingsstatuten stuur "
      "ik uw Kamer voor de zomer toe.",
      answers=(Answer("Actie 2", "agree", EV2),)),
    P(EV3 + " De Nationale Deelneming Warmte zal bij voorkeur deelnemen in regionale warmtebedrijven en kan in "
      "de statuten ook een minimale omvang als voorwaarde voor deelname stellen. Samen met de VNG en het "
      "Interprovinciaal Overleg organiseer ik in 2026 een reeks regiobijeenkomsten waarin gemeenten hun plannen "
      "voor samenwerking kunnen uitwerken.",
      answers=(Answer("Actie 3", "agree", EV3),)),
    P("In actie 4 vraagt de Commissie om gemeenten het recht te geven een bestaand warmtenet aan het einde van de "
      "aanwijzingsperiode over te nemen tegen de gereguleerde boekwaarde. " + EV4 + " Omdat het wetsvoorstel al "
      "bij de Eerste Kamer ligt, regel ik het overnamerecht in een wijziging van de wet die ik in het voorjaar van "
      "2026 in consultatie breng. De ACM stelt de gereguleerde boekwaarde per net vast, zodat er over de "
      "overnameprijs geen onzekerheid hoeft te bestaan.",
      answers=(Answer("Actie 4", "agree", EV4),)),
    H2("Betaalbare tarieven en sterke afnemers"),
    P("Onder de huidige Warmtewet stelt de ACM jaarlijks een maximumtarief vast dat is afgeleid van de kosten van een "
      "gasaansluiting. De Wet collectieve warmte vervangt dit stelsel door een kostengebaseerde tariefregulering, "
      "waarbij het warmtebedrijf een redelijk rendement mag behalen. Tot de inwerkingtreding van de nieuwe "
      "regulering geldt een tijdelijk tariefplafond."),
    P("De Commissie vraagt de ACM om voor 1 januari 2027 een tariefmethode uit te werken die volledig losstaat van de "
      "gasprijs. De ACM is onafhankelijk en bepaalt zelf hoe en op welk moment zij de tariefmethode binnen de "
      "wettelijke kaders vormgeeft. Ik heb het advies van de Commissie aan de ACM toegezonden."),
    P("Ook ik wil voorkomen dat bewoners die op een nieuw warmtenet worden aangesloten, in de eerste jaren hoge "
      "tarieven betalen omdat het net nog niet vol is. " + EV6 + " Het zou gaan om doorlopende exploitatiesteun aan "
      "ondernemingen, waarvoor de Europese regels vrijwel geen ruimte laten. De Subsidieregeling Warmtenetten "
      "Investeringen blijft beschikbaar om de onrendabele top van de investering te dekken, en daarmee indirect ook "
      "de tarieven in de aanloopfase te beperken.",
      answers=(Answer("Actie 6", "disagree", EV6),)),
    P(EV8 + " Ik begrijp dat bewoners zich overvallen kunnen voelen door de keuze voor een warmtenet, maar een drempel "
      "van 70 procent zou betekenen dat een kleine groep de verduurzaming van een hele wijk kan tegenhouden, ook "
      "wanneer het warmtenet voor de meeste bewoners de goedkoopste oplossing is. Gemeenten zijn onder de Wet "
      "collectieve warmte verplicht bewoners te betrekken voordat zij een warmtekavel vaststellen, en die "
      "verplichting werk ik verder uit in de lagere regelgeving.",
      answers=(Answer("Actie 8", "disagree", EV8),)),
    P("Afnemers van een warmtenet hebben recht op betrouwbare levering en op duidelijkheid als het misgaat. " + EV7
      + " In de uitvoeringsregeling bij de Wet collectieve warmte wordt vastgelegd dat afnemers bij een storing van "
      "meer dan acht uur automatisch een vaste vergoeding ontvangen. " + EV9 + " Het gaat om bedrijfsgevoelige "
      "gegevens die in een markt met aanbestedingen van warmtekavels de concurrentie kunnen verstoren. De ACM "
      "publiceert jaarlijks een geaggregeerde monitor van de rendementen in de sector en houdt toezicht op de "
      "redelijkheid ervan.",
      answers=(Answer("Actie 7", "agree", EV7), Answer("Actie 9", "disagree", EV9))),
    H2("Gemeentelijke regie en financiering"),
    P("Gemeenten hebben onder de Omgevingswet en de Wet gemeentelijke instrumenten warmtetransitie de taak om hun "
      "transitievisie warmte om te zetten in een programma, waarin zij per wijk aangeven welke warmtevoorziening "
      "de voorkeur heeft en wanneer de wijk van het aardgas af gaat. Een groot aantal gemeenten is daar al mee bezig. "
      "Het Expertisecentrum Warmte en de VNG ondersteunen gemeenten met handreikingen en rekenmodellen."),
    P("Met de Commissie ben ik van mening dat gemeenten hun regierol alleen kunnen waarmaken als zij daar de mensen "
      "voor hebben. " + EV10 + " De minister van Volkshuisvesting en Ruimtelijke Ordening en ik hebben daarover met "
      "de VNG afspraken gemaakt, die in het voorjaar van 2026 worden vastgelegd in een bestuurlijk akkoord. Het "
      "bedrag is gebaseerd op het onderzoek naar de uitvoeringskosten dat de Raad voor het Openbaar Bestuur in 2024 "
      "heeft laten uitvoeren.",
      answers=(Answer("Actie 10", "agree", EV10),)),
    P("Het Nationaal Warmtefonds speelt een belangrijke rol bij de financiering van de verduurzaming van woningen, "
      "maar richt zich tot nu toe vooral op individuele huishoudens en verenigingen van eigenaren. Ik herken het "
      "knelpunt dat de Commissie signaleert voor kleinere collectieve projecten. " + EV12 + " De uitkomst verwacht "
      "ik in het najaar van 2026; over de financiering van een eventuele faciliteit wordt besloten bij de "
      "Voorjaarsnota 2027.",
      answers=(Answer("Actie 12", "partial", EV12),)),
    H2("Duurzame bronnen en vakmensen"),
    P("Aardwarmte is voor veel warmtenetten een van de belangrijkste duurzame bronnen. " + EV14 + " De "
      "garantieregeling voor aardwarmte wordt verlengd tot en met 2035, en voor de afronding van het landelijke "
      "seismische onderzoek trek ik 85 miljoen euro uit. De gegevens komen openbaar beschikbaar, zodat ook kleinere "
      "initiatiefnemers er gebruik van kunnen maken.",
      answers=(Answer("Actie 14", "agree", EV14),)),
    P("De Commissie wil de vrijblijvendheid rond industriële restwarmte doorbreken. Ik deel de constatering dat er "
      "meer restwarmte benut kan worden dan nu gebeurt. " + EV15 + " De industrie staat zelf voor een grote "
      "verduurzamingsopgave, en een leveringsplicht kan bedrijven vastleggen op processen die zij juist willen "
      "veranderen. Via de maatwerkafspraken met de grootste industriële uitstoters zet ik wel in op afspraken over "
      "de beschikbaarheid van restwarmte.",
      answers=(Answer("Actie 15", "disagree", EV15),)),
    P("Het tekort aan vakmensen raakt de hele energietransitie, niet alleen de warmtenetten. Samen met de minister "
      "van Onderwijs, Cultuur en Wetenschap wil ik de instroom in de technische mbo-opleidingen vergroten. " + EV16
      + " In die regio's werken warmtebedrijven, installateurs en mbo-instellingen samen aan een praktijkroute "
      "voor warmtetechnici, met een bijdrage van het Rijk van 6 miljoen euro. Op basis van de evaluatie in 2027 "
      "bezien wij of en in welke vorm een landelijke aanpak volgt.",
      answers=(Answer("Actie 16", "partial", EV16),)),
    H2("Tot slot"),
    P("De warmtetransitie is een opgave van lange adem, waarin het Rijk, gemeenten, warmtebedrijven en bewoners "
      "elkaar nodig hebben. Het advies van de Commissie helpt om de Wet collectieve warmte zo uit te voeren dat "
      "bewoners kunnen vertrouwen op een betaalbare en betrouwbare warmtevoorziening."),
    P("Ik informeer uw Kamer over de voortgang in de jaarlijkse voortgangsbrief over de warmtetransitie, voor het "
      "eerst in het najaar van 2026."),
    P("De minister van Klimaat en Groene Groei,"),
    P("ir. M.C. Verhoeven-Dekker"),
)

RESPONSE = Document(
    title="Ministerie van Klimaat en Groene Groei",
    subtitle="Directoraat-generaal Klimaat en Energie – Directie Warmte en Gebouwde Omgeving",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie op het advies ‘Warmte als publieke zaak’",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="heat_networks_commission",
    report=REPORT,
    response=RESPONSE,
    description="Commissie Publieke Warmte advice on heat networks (two-column analysis, 'Uitgangspunt N:' paragraphs, "
                "16 actions labelled 'Actie N.' under theme headings in chapter 7 'Wat nu moet gebeuren') and the "
                "KGG minister's serif letter answering per theme; Actie 5 passed on to the ACM, 11 only existing "
                "policy, 13 (woningcorporaties) never mentioned, 7 and 9 in one paragraph.",
)
