"""Pair: a fictional Adviesraad Volksgezondheid en Klimaat advice on heat and health, and the VWS minister's letter.

Layout traits this pair tests: a sans report with a title page and a running header, a bold "Kernadvies" paragraph
block at the front, and chapters whose headings are plain words without chapter numbers.  An earlier chapter
"Uitgangspunten" holds a plain "1." numbered list of six principles that are NOT recommendations, and the analysis
chapter already argues for measures in running prose ("De Adviesraad acht het nodig ...").  The fifteen
recommendations sit in the chapter "Advies", grouped under five level-2 theme headings, one list per theme; their
labels are words, printed as "Adv. 1" ... "Adv. 15" (gold numbers "Adv. N"; the renderer prints a number containing
a dot as is).  Each item opens with a short imperative sentence followed by one or two explaining sentences.

The response is a Kamerbrief of the minister of VWS (letterhead, no title page, serif, running header "Kamerbrief
over hitte en gezondheid") written also on behalf of the ministers of SZW, VRO and IenW.  After thanks and context
paragraphs (agreeing with the analysis only), the answers follow under level-2 theme headings; every advice gets a
level-3 heading that quotes its first sentence verbatim ("Advies 2: Verplicht iedere gemeente tot een lokaal
hitteplan") or in short ("Advies 4: Laat GGD'en landelijk belrondes opzetten"; the response says "Advies N", the
report prints "Adv. N"), then either a bold "Reactie" paragraph or the answer prose directly.  Advice 8 is first
quoted in full in an unannotated paragraph ("De Adviesraad adviseert: ...") before its answer.
Gold positions:
  Adv. 1 (VWS) agree ("Dit advies neem ik over: ...").
  Adv. 2 (VWS) disagree, polite ("Een wettelijke plicht acht ik op dit moment niet proportioneel.").
  Adv. 3 (IenW, VWS) partial: joint KNMI/RIVM warning yes, NL-Alert no, in one sentence.
  Adv. 4 (GEMEENTEN, VWS) partial: a pilot in three regions where national coverage was asked.
  Adv. 5 (OTHER, care organisations) agree ("Ik onderschrijf dit advies.") with an agreement with the sector.
  Adv. 6 (VWS, IGJ) agree without cue word (the IGJ checks heat protocols from the 2026 inspection year).
  Adv. 7 (VWS, OTHER) agree without cue word (160 million euro, scheme opens 1 March 2026).
  Adv. 8 (SZW) disagree, blunt, after "deelt de analyse" and a description of the existing open norm.
  Adv. 9 (OTHER, employers) not addressed: passed on ("Hierover gaat de minister van SZW ... in het voorjaar").
  Adv. 10 (SZW, Arbeidsinspectie) not addressed: never mentioned.
  Adv. 11 (BZK) agree and Adv. 12 (BZK) disagree, answered in one paragraph under one heading "Advies 11 en 12".
  Adv. 13 (GEMEENTEN) not addressed: its own heading, but only existing policy (Deltaplan, stresstests) described.
  Adv. 14 (IenW, BZK) partial: the Impulsregeling is extended, the structural budget declined.
  Adv. 15 (VWS) agree without cue word: the RIVM publishes a yearly heat monitor (the advice asks for monitoring).
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
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def advice(*items: tuple[int, str, tuple[str, ...]]) -> ItemList:
    """A list of recommendations labelled "Adv. N" (the label is the number string itself)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(f"Adv. {n}", depts)) for n, text, depts in items),
        style="1.",
        start=items[0][0],
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    P("Kernadvies", bold=True),
    P("Hitte is in Nederland het klimaatrisico dat nu al de meeste slachtoffers maakt. In een warme zomer overlijden "
      "honderden tot ruim duizend mensen eerder dan verwacht, vooral ouderen die alleen wonen of in een verpleeghuis "
      "verblijven. Toch wordt hitte nog steeds behandeld als een incident van enkele dagen per jaar. De Adviesraad "
      "adviseert het kabinet om van de aanpak van hitte een programma te maken dat het hele jaar doorloopt, met "
      "duidelijke taken voor het Rijk, GGD'en, gemeenten, zorgorganisaties en werkgevers.", bold=True),
    P("De belangrijkste stappen: zorg dat kwetsbare ouderen tijdens een hitteperiode actief worden benaderd, geef "
      "verpleeghuizen koele ruimtes, bescherm werkenden met een heldere grens voor hittestress, bouw en renoveer "
      "woningen die ook in warme nachten leefbaar blijven en vergroen de wijken waar het het heetst wordt.",
      bold=True),
    P("Dit advies is opgesteld op verzoek van de minister van Volksgezondheid, Welzijn en Sport. Het is voorbereid "
      "door een commissie van de Adviesraad en vastgesteld in de vergadering van 24 april 2025."),
    PageBreak(),
    H("Samenvatting"),
    P("Nederland wordt warmer. Sinds het begin van de twintigste eeuw is de gemiddelde temperatuur in ons land met "
      "ruim twee graden gestegen, en het aantal dagen waarop het ergens in het land 30 graden of warmer wordt, is in "
      "de afgelopen dertig jaar ongeveer verdubbeld. Hittegolven komen vaker voor, duren langer en gaan vaker gepaard "
      "met warme nachten waarin het lichaam niet kan herstellen. Volgens de klimaatscenario's zet deze ontwikkeling "
      "door, ook als de uitstoot van broeikasgassen wereldwijd snel daalt."),
    P("Hitte is daarmee een gezondheidsrisico van betekenis geworden. In de warme zomers van het afgelopen decennium "
      "overleden per zomer naar schatting 400 tot 1.300 mensen eerder dan op grond van het seizoen te verwachten was. "
      "Het gaat vooral om mensen van 75 jaar en ouder, mensen met een hart-, long- of nieraandoening en mensen die "
      "alleen wonen en weinig contact met anderen hebben. Daarnaast leidt hitte tot meer ziekenhuisopnamen, meer "
      "ongevallen op het werk, slechtere nachtrust en een lagere arbeidsproductiviteit."),
    P("De Adviesraad stelt vast dat de huidige aanpak vooral reactief is. Het Nationaal Hitteplan treedt in werking "
      "wanneer het KNMI een hittegolf verwacht, en eindigt wanneer de hitte voorbij is. Wat in de rest van het jaar "
      "moet gebeuren, zoals het in beeld brengen van kwetsbare mensen, het aanpassen van gebouwen en het vergroenen "
      "van wijken, is nergens duidelijk belegd. Een groot deel van de gemeenten heeft geen hitteplan, en waar dat er "
      "wel is, loopt de inhoud sterk uiteen. Werkenden zijn afhankelijk van de mate waarin hun werkgever het risico "
      "serieus neemt."),
    P("Het advies bevat vijftien adviezen, gericht aan de ministers van Volksgezondheid, Welzijn en Sport, van "
      "Sociale Zaken en Werkgelegenheid, van Volkshuisvesting en Ruimtelijke Ordening en van Infrastructuur en "
      "Waterstaat, en aan gemeenten, GGD'en, zorgorganisaties en werkgevers. Zij staan in het hoofdstuk Advies. Samen "
      "moeten zij ervoor zorgen dat hitte een even vanzelfsprekend onderdeel van het volksgezondheidsbeleid wordt als "
      "de griepgolf in de winter."),
    PageBreak(),
    H("Inleiding"),
    H2("Aanleiding"),
    P("De zomer van 2024 begon koel, maar eind juli en half augustus volgden twee hitteperioden van elk vijf dagen. "
      "Tijdens de tweede periode daalde de temperatuur in Rotterdam, Utrecht en Maastricht 's nachts vier nachten "
      "achtereen niet onder de 20 graden. Huisartsenposten en ambulancediensten meldden een duidelijke toename van "
      "het aantal oproepen van ouderen met uitdroging, verwardheid en benauwdheid. Uit de wekelijkse sterftecijfers "
      "bleek achteraf een oversterfte van ruim 500 personen in de betreffende weken."),
    P("In de Tweede Kamer werden vragen gesteld over de zorg voor ouderen tijdens deze hitteperioden, nadat bekend "
      "werd dat in een aantal verpleeghuizen de temperatuur in de huiskamers dagenlang boven de 28 graden bleef. "
      "Tegelijk vroegen vakbonden aandacht voor bouwvakkers, pakketbezorgers en tuinders die hun werk in de volle zon "
      "moesten voortzetten. De minister van Volksgezondheid, Welzijn en Sport heeft de Adviesraad daarop in november "
      "2024 om advies gevraagd."),
    H2("Adviesvraag"),
    P("De minister legde de Adviesraad de volgende vragen voor:"),
    bullets(
        "Welke groepen lopen bij hitte het grootste gezondheidsrisico, en hoe verandert dat in de komende decennia?",
        "In hoeverre beschermt de huidige aanpak, met het Nationaal Hitteplan als kern, deze groepen voldoende?",
        "Welke maatregelen van het Rijk, gemeenten, GGD'en, zorgorganisaties en werkgevers zijn nodig om "
        "gezondheidsschade door hitte te voorkomen of te beperken?",
    ),
    P("De minister vroeg daarbij uitdrukkelijk ook aandacht voor werken in de hitte en voor de gebouwde omgeving, "
      "omdat de gezondheidseffecten van hitte voor een groot deel worden bepaald door de plek waar mensen wonen, "
      "slapen en werken. De ministers van Sociale Zaken en Werkgelegenheid, van Volkshuisvesting en Ruimtelijke "
      "Ordening en van Infrastructuur en Waterstaat zijn bij de adviesaanvraag betrokken."),
    H2("Werkwijze"),
    P("Het advies is voorbereid door een commissie van zeven deskundigen op het gebied van de volksgezondheid, de "
      "ouderengeneeskunde, de arbeidsgeneeskunde, de klimatologie en de stedenbouw. De samenstelling staat in de "
      "bijlage. De commissie heeft haar bevindingen gebaseerd op:"),
    bullets(
        "een verkenning van de wetenschappelijke literatuur over de gezondheidseffecten van hitte en over de "
        "werkzaamheid van maatregelen, met bijzondere aandacht voor onderzoek uit Noordwest-Europa;",
        "een uitvraag onder de 25 GGD'en naar hun rol tijdens de hitteperioden van 2023 en 2024, waarop 21 GGD'en "
        "hebben gereageerd;",
        "gesprekken met vertegenwoordigers van zorgorganisaties, huisartsen, wijkverpleging, ouderenbonden, "
        "werkgevers- en werknemersorganisaties, woningcorporaties en gemeenten;",
        "werkbezoeken aan twee verpleeghuizen, een bouwplaats en een wijk in Den Haag waar bewoners samen met de "
        "gemeente een binnenterrein hebben vergroend;",
        "een vergelijking met de aanpak in Frankrijk, Duitsland en België.",
    ),
    P("Het conceptadvies is voorgelegd aan twee vaste colleges van de Adviesraad: het college voor de publieke "
      "gezondheid en het college voor de gebouwde omgeving. Hun opmerkingen zijn in de tekst verwerkt."),
    H2("Leeswijzer"),
    P("Het volgende hoofdstuk beschrijft wat hitte met de gezondheid doet en hoe groot de gevolgen in Nederland zijn. "
      "Daarna gaat de Adviesraad in op de groepen die het meeste risico lopen en op de uitgangspunten van dit advies. "
      "Het hoofdstuk over de huidige aanpak beschrijft wat er al gebeurt en waar het tekortschiet. In het hoofdstuk "
      "Advies staan de vijftien adviezen, geordend naar thema. Het advies sluit af met een korte beschouwing."),
    PageBreak(),
    H("Hitte en gezondheid"),
    H2("Wat hitte met het lichaam doet"),
    P("Het menselijk lichaam houdt zijn kerntemperatuur rond de 37 graden. Bij hoge buitentemperaturen raakt het "
      "lichaam zijn warmte kwijt door de bloedvaten in de huid te verwijden en door te zweten. Dat vraagt veel van "
      "hart en bloedvaten, en het kost vocht en zouten. Gezonde volwassenen kunnen dat enkele dagen goed opvangen. "
      "Bij ouderen werken deze mechanismen minder goed: zij zweten minder, voelen minder snel dorst en merken vaak "
      "niet dat hun lichaam oververhit raakt."),
    P("Wanneer het lichaam de warmte niet meer kwijt kan, ontstaan klachten die uiteenlopen van hoofdpijn, "
      "vermoeidheid en duizeligheid tot uitdroging, verwardheid en in ernstige gevallen een hitteberoerte. Vaker "
      "nog verergert hitte een bestaande aandoening. Mensen met hartfalen, COPD of nierziekten raken sneller "
      "ontregeld, en een aantal veelgebruikte geneesmiddelen, zoals plaspillen en sommige middelen tegen psychische "
      "aandoeningen, verhoogt het risico. Ook de kans op vroeggeboorte neemt bij hitte toe."),
    H2("Sterfte en ziekte tijdens hitteperioden"),
    P("Het effect van hitte op de sterfte is goed gedocumenteerd. Boven een daggemiddelde temperatuur van ongeveer "
      "18 tot 20 graden stijgt de sterfte in Nederland met enkele procenten per graad. Het grootste deel van de extra "
      "sterfte valt in de eerste dagen van een hitteperiode, en bij ouderen is het effect het sterkst. Over de zomers "
      "van 2015 tot en met 2024 schat de Adviesraad de hittegerelateerde sterfte op gemiddeld ongeveer 650 personen "
      "per jaar, met uitschieters naar boven de 1.000 in 2019 en 2022.",
      footnotes=("Schatting van de Adviesraad op basis van de wekelijkse sterftecijfers en de daggemiddelde "
                 "temperatuur in De Bilt; de onzekerheidsmarge is aanzienlijk.",)),
    P("Naast sterfte leidt hitte tot extra zorggebruik. Tijdens hitteperioden nemen het aantal ambulanceritten en het "
      "aantal spoedeisende opnamen wegens uitdroging, nierfalen en hartproblemen merkbaar toe. Huisartsen zien meer "
      "ouderen met verwardheid en valpartijen. Deze extra vraag valt in de zomermaanden, wanneer in veel "
      "zorgorganisaties door vakanties al minder personeel beschikbaar is."),
    P("De gevolgen van hitte beperken zich niet tot de dagen van een hittegolf. Slechte nachtrust in warme "
      "slaapkamers verlaagt de concentratie en verhoogt het risico op ongevallen, in het verkeer en op het werk. "
      "Onderzoek wijst er bovendien op dat hitte samenhangt met meer agressie en met een toename van het aantal "
      "opnamen in de geestelijke gezondheidszorg."),
    H2("De stad en de warme nacht"),
    P("In stedelijke gebieden is het tijdens hitteperioden warmer dan op het platteland. Steen, asfalt en beton nemen "
      "overdag warmte op en geven die 's nachts weer af; weinig groen en weinig wind versterken dat effect. In de "
      "dichtbebouwde delen van de grote steden kan het verschil 's nachts oplopen tot zeven graden. Juist die warme "
      "nachten zijn voor de gezondheid belangrijk, omdat het lichaam dan niet kan herstellen van de hitte overdag."),
    P("Binnen een stad verschilt de hitte sterk per wijk. De heetste wijken zijn vaak de wijken met de meeste "
      "verharding, de minste bomen en de oudste woningvoorraad. Daar wonen relatief veel mensen met een laag "
      "inkomen, een slechtere gezondheid en minder mogelijkheden om de hitte te ontvluchten. Hitte vergroot zo de "
      "gezondheidsverschillen die er al zijn."),
    P("Ook binnenshuis loopt de temperatuur op. Woningen die goed zijn geïsoleerd maar geen zonwering of goede "
      "ventilatie hebben, kunnen in een hittegolf warmer worden dan oudere woningen. Bovenwoningen onder een plat dak "
      "en appartementen met grote ramen op het zuiden of westen zijn het kwetsbaarst. In sommige "
      "afdelingen van verpleeghuizen die de Adviesraad bezocht, was het op de warmste dagen van 2024 binnen warmer dan "
      "buiten."),
    H2("Een klimaat dat verder opwarmt"),
    P("De klimaatscenario's van het KNMI laten zien dat het aantal zomerse en tropische dagen de komende decennia "
      "verder toeneemt. Rond 2050 is een zomer als die van 2019 geen uitzondering meer, maar een gewone zomer. "
      "Tegelijk vergrijst de bevolking: het aantal mensen van 80 jaar en ouder verdubbelt tussen nu en 2040, en de "
      "meesten van hen blijven zelfstandig thuis wonen. Zonder aanvullende maatregelen zal het aantal "
      "hittegerelateerde sterfgevallen daardoor fors stijgen.",
      footnotes=("De Adviesraad baseert zich op de KNMI-klimaatscenario's uit 2023 en de bevolkingsprognose van "
                 "het CBS uit 2024.",)),
    H("Wie het meeste risico lopen"),
    P("Iedereen kan last krijgen van hitte, maar het risico op ernstige gezondheidsschade is ongelijk verdeeld. Op "
      "grond van de literatuur en de gesprekken onderscheidt de Adviesraad de volgende groepen met een verhoogd "
      "risico:"),
    bullets(
        "ouderen, in het bijzonder mensen van 75 jaar en ouder die alleen wonen, weinig mobiel zijn of beginnende "
        "dementie hebben;",
        "bewoners van verpleeghuizen en van woonvormen in de gehandicaptenzorg;",
        "mensen met een chronische aandoening van hart, longen of nieren, en mensen die geneesmiddelen gebruiken die "
        "de temperatuurregulatie beïnvloeden;",
        "zwangere vrouwen en jonge kinderen;",
        "mensen met een ernstige psychische aandoening of een verslaving, en dak- en thuislozen;",
        "werkenden die zwaar lichamelijk werk in de buitenlucht of in warme binnenruimtes verrichten.",
    ),
    P("Wat deze groepen gemeen hebben, is dat zij de hitte niet goed kunnen ontwijken of de signalen van hun lichaam "
      "niet op tijd herkennen. Het advies om veel te drinken, de zon te mijden en het huis koel te houden, bereikt hen "
      "minder goed of kunnen zij minder goed opvolgen. Sociaal isolement speelt een grote rol: ouderen die dagelijks "
      "door iemand worden bezocht, lopen aanzienlijk minder risico dan ouderen die dagenlang niemand zien."),
    P("Voor werkenden ligt het risico anders. Zij zijn meestal jonger en gezonder, maar kunnen vaak niet zelf bepalen "
      "wanneer en hoe lang zij werken. Bij zwaar werk in de zon kan de lichaamstemperatuur binnen een uur gevaarlijk "
      "oplopen. In de bouw, de land- en tuinbouw, de logistiek en de schoonmaak werken bovendien veel "
      "arbeidsmigranten en uitzendkrachten, die minder goed op de hoogte zijn van hun rechten en minder snel aan de "
      "bel trekken."),
    P("De Adviesraad wijst er ten slotte op dat het risico zich opstapelt. Een alleenwonende oudere met hartfalen in "
      "een bovenwoning in een versteende wijk loopt een veelvoudig risico vergeleken met een leeftijdgenoot in een "
      "eengezinswoning met tuin, dicht bij familie. Maatregelen moeten juist op die opstapeling gericht zijn."),
    H("Uitgangspunten"),
    P("Bij het opstellen van dit advies heeft de Adviesraad zich laten leiden door zes uitgangspunten. Zij bepalen "
      "de richting van de adviezen in het hoofdstuk Advies, maar zijn zelf geen adviezen:"),
    ItemList(style="1.", items=(
        ListItem("Hitte is een blijvend gezondheidsrisico en vraagt om een aanpak die het hele jaar doorloopt, niet "
                 "alleen om maatregelen tijdens een hittegolf."),
        ListItem("Bescherming begint bij de mensen die het meeste risico lopen; maatregelen worden zo ingericht dat "
                 "zij juist deze groepen bereiken."),
        ListItem("Wie verantwoordelijk is voor een gebouw, een werkplek of de zorg voor een persoon, is ook "
                 "verantwoordelijk voor de bescherming van die persoon tegen hitte."),
        ListItem("Maatregelen in de gebouwde omgeving gaan voor op maatregelen die afhangen van het gedrag van "
                 "individuele mensen."),
        ListItem("Koeling is een middel en geen doel: waar mogelijk gaat de voorkeur uit naar zonwering, ventilatie "
                 "en groen, die geen extra energie vragen."),
        ListItem("De aanpak wordt gevolgd met betrouwbare gegevens over de gezondheidseffecten van hitte, zodat "
                 "zichtbaar wordt wat werkt en wat niet."),
    )),
    P("Deze uitgangspunten sluiten aan bij de aanbevelingen van de Wereldgezondheidsorganisatie voor hitte- en "
      "gezondheidsactieplannen in Europa. Zij vragen van overheden dat zij hitte behandelen als een vast onderdeel "
      "van het beleid voor de publieke gezondheid, met aandacht voor de lange termijn en voor de samenhang tussen "
      "zorg, werk, wonen en de inrichting van de openbare ruimte."),
    P("Het derde uitgangspunt verdient een toelichting. In de gesprekken bleek dat verantwoordelijkheden bij hitte "
      "vaak naar elkaar worden doorgeschoven: de zorgorganisatie wijst naar de eigenaar van het gebouw, de werkgever "
      "naar de opdrachtgever en de gemeente naar het Rijk. De Adviesraad vindt dat iedere partij die zeggenschap "
      "heeft over de omstandigheden waarin mensen wonen, werken of zorg krijgen, ook een eigen verantwoordelijkheid "
      "voor hun bescherming tegen hitte draagt."),
    H("De huidige aanpak"),
    H2("Het Nationaal Hitteplan"),
    P("Sinds 2007 kent Nederland een Nationaal Hitteplan. Het plan regelt dat het KNMI het RIVM waarschuwt wanneer "
      "een periode van ten minste vier dagen met een maximumtemperatuur van 27 graden of meer wordt verwacht. Het "
      "RIVM kondigt het plan dan af en informeert GGD'en, zorgorganisaties, gemeenten en het publiek. Via landelijke "
      "media worden adviezen verspreid over drinken, koel blijven en het omkijken naar kwetsbare naasten."),
    P("Het plan heeft zijn waarde bewezen als communicatie-instrument, maar het is in opzet een draaiboek voor de "
      "dagen van een hittegolf. Het bevat geen taken voor de voorbereiding in het voorjaar of voor de evaluatie na de "
      "zomer, en de waarschuwing is gebaseerd op de maximumtemperatuur alleen. Warme nachten, een hoge "
      "luchtvochtigheid en de duur van de hitte, die voor de gezondheid minstens zo belangrijk zijn, tellen niet mee. "
      "Het KNMI geeft daarnaast eigen weerwaarschuwingen met kleurcodes uit, die niet op elkaar zijn afgestemd."),
    H2("Lokale hitteplannen"),
    P("Gemeenten zijn op grond van de Wet publieke gezondheid verantwoordelijk voor de bescherming van de gezondheid "
      "van hun inwoners en voeren die taak uit via de GGD. Een plicht om een hitteplan op te stellen bestaat niet. "
      "Uit de uitvraag van de Adviesraad blijkt dat ongeveer 40 procent van de gemeenten een lokaal hitteplan of een "
      "hitteparagraaf in het gezondheidsbeleid heeft. De inhoud loopt uiteen van een lijst met telefoonnummers tot "
      "een uitgewerkte aanpak met koele plekken, belrondes en afspraken met de thuiszorg."),
    P("Waar een lokaal hitteplan ontbreekt, blijft het vaak bij het doorsturen van de landelijke adviezen. GGD'en "
      "gaven aan dat zij zonder opdracht en budget van de gemeente weinig meer kunnen doen dan voorlichting geven. "
      "In een aantal regio's hebben GGD'en op eigen initiatief belrondes opgezet, waarbij vrijwilligers of "
      "medewerkers tijdens een hitteperiode ouderen bellen. Die initiatieven worden goed gewaardeerd, maar bereiken "
      "vaak alleen ouderen die al bekend zijn bij het wijkteam.",
      footnotes=("Uitvraag van de Adviesraad onder de 25 GGD'en, januari 2025; 21 GGD'en reageerden.",)),
    H2("Zorg en ondersteuning"),
    P("Zorgorganisaties in de ouderenzorg hebben meestal een hitteprotocol, maar de toepassing ervan verschilt. Op de "
      "afdelingen die de Adviesraad bezocht, wisten medewerkers van de vaste formatie wat er moest gebeuren, terwijl "
      "invalkrachten en uitzendkrachten het protocol niet kenden. In zorgleefplannen van individuele cliënten komt "
      "hitte zelden voor, ook niet bij cliënten met een hartaandoening of bij cliënten die geneesmiddelen gebruiken "
      "die het risico verhogen."),
    P("Veel verpleeghuizen zijn niet gebouwd op hitte. Oudere gebouwen hebben vaak geen koeling, en in nieuwere "
      "gebouwen is de koeling soms beperkt tot de kantoren. De Adviesraad acht het nodig dat bewoners op de warmste "
      "dagen ten minste een deel van de dag in een koele ruimte kunnen verblijven. Zorgorganisaties geven aan dat zij "
      "de investeringen daarvoor niet uit hun reguliere budget kunnen betalen. De Inspectie Gezondheidszorg en Jeugd "
      "besteedt in haar toezicht tot nu toe geen structurele aandacht aan hitte."),
    H2("Werken bij hitte"),
    P("De Arbeidsomstandighedenwet verplicht werkgevers om te zorgen voor gezonde en veilige arbeidsomstandigheden. "
      "Voor hitte geldt een open norm: het Arbobesluit schrijft voor dat de temperatuur op de werkplek niet schadelijk "
      "mag zijn voor de gezondheid, maar noemt geen grenswaarde. Werkgevers moeten hitte als risico opnemen in hun "
      "risico-inventarisatie en -evaluatie (RI&E) wanneer het werk daartoe aanleiding geeft. Uit de gesprekken blijkt "
      "dat dit in de praktijk lang niet altijd gebeurt, vooral niet bij kleine werkgevers en bij uitzendwerk."),
    P("In het buitenland wordt vaker met een concrete grens gewerkt. Veel landen gebruiken daarvoor de Wet Bulb Globe "
      "Temperature (WBGT), een maat die naast de temperatuur ook rekening houdt met luchtvochtigheid, zonnestraling "
      "en wind. De Nederlandse Arbeidsinspectie controleert de naleving van de open norm, maar inspecteert tijdens "
      "hitteperioden niet gericht. Werknemers die het werk bij hitte willen onderbreken, hebben daarvoor geen "
      "duidelijke houvast.",
      footnotes=("Zie onder meer de aanpak in Spanje en België, waar bij bepaalde WBGT-waarden het werk moet worden "
                 "aangepast.",)),
    H2("Gebouwen en openbare ruimte"),
    P("Voor nieuwe woningen bevat het Besluit bouwwerken leefomgeving een eis die het risico op te hoge "
      "binnentemperaturen beperkt. Die eis gaat uit van een rekenmethode die het aantal uren boven een bepaalde "
      "temperatuur in de zomer beoordeelt. Warme nachten wegen daarin beperkt mee, en voor de bestaande voorraad, "
      "waarin de meeste kwetsbare mensen wonen, geldt geen enkele eis. Bij renovaties en verduurzaming ligt de nadruk "
      "op isolatie; zonwering en ventilatie krijgen weinig aandacht."),
    P("Gemeenten hebben in het kader van het Deltaplan Ruimtelijke Adaptatie stresstests uitgevoerd, waarin ook hitte "
      "is meegenomen, en in veel gemeenten is een hittekaart beschikbaar. Maar hitte blijft in de ruimtelijke "
      "adaptatie het ondergeschoven kind: de meeste middelen gaan naar wateroverlast. De Impulsregeling "
      "klimaatadaptatie loopt tot en met 2027, en gemeenten weten niet of er daarna nog rijksgeld beschikbaar is. "
      "Vergroening van bestaande wijken vraagt juist om een lange adem."),
    PageBreak(),
    H("Advies"),
    P("Op grond van de analyse in de voorgaande hoofdstukken en de zes uitgangspunten komt de Adviesraad tot vijftien "
      "adviezen, geordend naar vijf thema's. Bij ieder advies staat aan wie het is gericht. Een aantal adviezen is "
      "gericht aan partijen die niet onder verantwoordelijkheid van het kabinet vallen; de Adviesraad vraagt het "
      "kabinet deze adviezen met die partijen te bespreken."),
    H2("Hitteplannen en waarschuwingen"),
    advice(
        (1, "Maak van het Nationaal Hitteplan een jaarrond programma. De minister van VWS wijst het RIVM aan als "
            "landelijk coördinator en legt vast welke taken GGD'en, gemeenten en zorgorganisaties vóór, tijdens en na "
            "een hitteperiode hebben.", ("VWS",)),
        (2, "Verplicht iedere gemeente tot een lokaal hitteplan. De minister van VWS neemt deze plicht op in de Wet "
            "publieke gezondheid, met de GGD als adviseur bij het opstellen en de jaarlijkse evaluatie van het plan.",
         ("VWS",)),
        (3, "Baseer de hittewaarschuwing op het gezondheidsrisico. Het KNMI en het RIVM geven samen één waarschuwing "
            "uit die niet alleen is gebaseerd op de maximumtemperatuur, maar ook op de nachttemperatuur, de "
            "luchtvochtigheid en de duur van de hitte; bij code rood wordt de waarschuwing ook via NL-Alert verspreid.",
         ("IenW", "VWS")),
    ),
    H2("Ouderen en andere kwetsbare mensen"),
    advice(
        (4, "Laat GGD'en een landelijk dekkend systeem van belrondes opzetten. In alle 25 GGD-regio's worden "
            "alleenwonende ouderen met een verhoogd risico tijdens een hitteperiode dagelijks gebeld of bezocht, in "
            "samenwerking met wijkverpleging, huisartsen en vrijwilligers. Gemeenten en de minister van VWS maken "
            "afspraken over de financiering, zodat het systeem uiterlijk in de zomer van 2027 overal werkt.",
         ("GEMEENTEN", "VWS")),
        (5, "Neem hitte op in het zorgleefplan. Zorgorganisaties in de ouderenzorg, de gehandicaptenzorg en de "
            "wijkverpleging leggen voor iedere cliënt met een verhoogd risico vast welke maatregelen bij hitte nodig "
            "zijn, zoals extra drinkmomenten, controle van de medicatie en verplaatsing naar een koele ruimte.",
         ("OTHER",)),
        (6, "Maak hittebestendigheid onderdeel van het toezicht. De minister van VWS vraagt de Inspectie "
            "Gezondheidszorg en Jeugd om bij haar bezoeken aan verpleeghuizen in de zomermaanden na te gaan of er een "
            "hitteprotocol is en of medewerkers het toepassen.", ("VWS",)),
        (7, "Zorg voor koele ruimtes in verpleeghuizen. Iedere verpleeghuislocatie beschikt uiterlijk in 2030 over ten "
            "minste één gekoelde verblijfsruimte per woongroep. De minister van VWS stelt hiervoor een "
            "investeringsregeling open, omdat veel zorgorganisaties de kosten niet uit hun exploitatie kunnen "
            "betalen.", ("VWS", "OTHER")),
    ),
    H2("Werken bij hitte"),
    advice(
        (8, "Leg een grenswaarde voor hittestress vast. De minister van SZW neemt in het Arbobesluit een grenswaarde "
            "op, uitgedrukt in de WBGT, waarboven werkgevers het werk moeten aanpassen of stilleggen.", ("SZW",)),
        (9, "Pas werktijden aan bij hitte. Werkgevers in de bouw, de land- en tuinbouw, de logistiek en de schoonmaak "
            "nemen hitte op in hun risico-inventarisatie en -evaluatie en spreken met werknemers af dat zwaar werk "
            "bij hitte naar de vroege ochtend wordt verschoven, met extra pauzes in de schaduw.", ("OTHER",)),
        (10, "Inspecteer gericht tijdens hitteperioden. De Nederlandse Arbeidsinspectie voert tijdens iedere hittegolf "
             "onaangekondigde inspecties uit in sectoren met zwaar buitenwerk en maakt de uitkomsten openbaar.",
         ("SZW",)),
    ),
    H2("Hittebestendig bouwen en vergroenen"),
    advice(
        (11, "Scherp de eisen aan nieuwbouw aan. De minister van VRO vervangt in het Besluit bouwwerken leefomgeving "
             "de huidige eis tegen oververhitting door een strengere eis die ook rekening houdt met warme "
             "nachten, en laat die eis vanaf 2027 gelden.", ("BZK",)),
        (12, "Stel eisen aan de renovatie van huurwoningen. De minister van VRO legt vast dat bij ingrijpende "
             "renovatie van huurwoningen buitenzonwering en voorzieningen voor zomernachtventilatie worden "
             "aangebracht. Zo worden juist de woningen van huurders met een laag inkomen, die vaker in slecht "
             "geïsoleerde flats en op bovenverdiepingen wonen, beter bestand tegen hitte.", ("BZK",)),
        (13, "Vergroen de meest versteende wijken. Gemeenten brengen vóór 2028 in kaart in welke wijken hitte en "
             "kwetsbaarheid samenkomen, en zorgen dat daar iedere woning binnen 300 meter van een koele groene plek "
             "ligt.", ("GEMEENTEN",)),
        (14, "Stel een meerjarig budget voor vergroening beschikbaar. De ministers van IenW en VRO stellen vanaf 2026 "
             "structureel 100 miljoen euro per jaar beschikbaar, waarmee gemeenten de vergroening van de heetste "
             "wijken kunnen bekostigen.", ("IenW", "BZK")),
    ),
    H2("Kennis en monitoring"),
    advice(
        (15, "Breng de gezondheidseffecten van hitte jaarlijks in kaart. Het RIVM rapporteert na iedere zomer over de "
             "sterfte, de ziekenhuisopnamen en de hittegerelateerde klachten, uitgesplitst naar regio en naar groep, "
             "zodat het effect van maatregelen zichtbaar wordt.", ("VWS",)),
    ),
    H("Tot slot"),
    P("Hitte is geen nieuw verschijnsel, maar de schaal waarop het de gezondheid bedreigt, is dat wel. De Adviesraad "
      "is zich ervan bewust dat een aantal adviezen geld kost en dat andere adviezen vragen om een andere verdeling "
      "van verantwoordelijkheden. Daar staat tegenover dat hitte elk jaar honderden levens kost en dat veel van die "
      "sterfte met bekende en betaalbare maatregelen kan worden voorkomen."),
    P("De adviezen versterken elkaar. Een waarschuwing die op het gezondheidsrisico is gebaseerd, heeft pas effect "
      "als er een lokaal plan is dat bepaalt wie dan in actie komt. Belrondes werken beter wanneer zorgorganisaties "
      "weten welke cliënten het meeste risico lopen. En maatregelen in gebouwen en wijken verminderen op termijn de "
      "druk op alle andere. De Adviesraad vraagt het kabinet daarom de adviezen in samenhang te bezien en binnen een "
      "half jaar aan te geven hoe het ermee omgaat."),
    PageBreak(),
    H("Samenstelling van de commissie"),
    bullets(
        "prof. dr. M.A. Terpstra-Hulst, hoogleraar publieke gezondheid, voorzitter",
        "dr. J.K. Baptiste, specialist ouderengeneeskunde",
        "drs. F. de Wolff, bedrijfsarts en arbeidshygiënist",
        "dr. ir. S. van Reenen, klimatoloog",
        "ir. A.M. Oostinga, stedenbouwkundige",
        "dr. N. Çelik, arts maatschappij en gezondheid bij een GGD",
        "mr. H.P. Vroom, jurist gezondheidsrecht",
    ),
    P("Het secretariaat bestond uit dr. L. van Gennip (secretaris) en R. Aksoy MSc. Het advies is vastgesteld door de "
      "Adviesraad Volksgezondheid en Klimaat in zijn vergadering van 24 april 2025."),
    H("Geraadpleegde organisaties"),
    P("De commissie sprak met vertegenwoordigers van onder meer:"),
    bullets(
        "het RIVM, het KNMI en GGD GHOR Nederland;",
        "acht GGD'en en de Vereniging van Nederlandse Gemeenten;",
        "ActiZ, Zorgthuisnl, de Vereniging Gehandicaptenzorg Nederland en V&VN;",
        "het Nederlands Huisartsen Genootschap en twee huisartsenposten;",
        "KBO-PCOB en de Nationale Ouderenraad;",
        "FNV, CNV, Bouwend Nederland en LTO Nederland;",
        "Aedes en drie woningcorporaties;",
        "de Nederlandse Arbeidsinspectie en de Inspectie Gezondheidszorg en Jeugd.",
    ),
)

REPORT = Document(
    title="Gezond door de hitte",
    subtitle="Advies over de bescherming van de gezondheid bij hitte",
    blocks=REPORT_BLOCKS,
    running_header="Adviesraad Volksgezondheid en Klimaat  –  Gezond door de hitte",
    footer="{page}",
    font_family="sans",
    imprint=("Adviesraad Volksgezondheid en Klimaat", "Den Haag, 15 mei 2025", "Publicatienummer 2025/09"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Dit advies neem ik over: het Nationaal Hitteplan wordt vanaf 2026 een jaarrond programma onder coördinatie "
       "van het RIVM.")
EV2 = "Een wettelijke plicht acht ik op dit moment niet proportioneel."
EV3 = ("Het KNMI en het RIVM geven vanaf de zomer van 2026 één gezamenlijke hittewaarschuwing uit die ook rekening "
       "houdt met de nachttemperatuur, de luchtvochtigheid en de duur van de hitte, maar NL-Alert zetten wij voor "
       "hitte niet in.")
EV4 = ("Daarom starten we in de zomer van 2026 een pilot in drie regio's: Zuid-Limburg, Twente en Haaglanden.")
EV5 = "Ik onderschrijf dit advies."
EV6 = ("De IGJ gaat vanaf het toezichtjaar 2026 bij ieder bezoek aan een verpleeghuis tussen 1 juni en 15 september "
       "na of er een hitteprotocol is en of medewerkers, ook invalkrachten, het kennen en toepassen.")
EV7 = ("Ik stel in de jaren 2026 tot en met 2029 in totaal 160 miljoen euro beschikbaar voor een subsidieregeling "
       "waarmee verpleeghuislocaties ten minste één gekoelde verblijfsruimte per woongroep kunnen inrichten; de "
       "regeling gaat op 1 maart 2026 open.")
EV8 = "Het kabinet neemt dit advies daarom niet over."
EV11 = ("Het advies om de eis voor temperatuuroverschrijding in het Besluit bouwwerken leefomgeving aan te scherpen, "
        "neemt zij over: de nieuwe eis, waarin ook de nachttemperatuur meetelt, geldt voor aanvragen om een "
        "omgevingsvergunning die vanaf 1 januari 2027 worden ingediend.")
EV12 = ("Een plicht om bij iedere ingrijpende renovatie van een huurwoning buitenzonwering en voorzieningen voor "
        "zomernachtventilatie aan te brengen, ziet zij daarentegen niet als de goede weg.")
EV14 = ("De minister van IenW verlengt de Impulsregeling klimaatadaptatie tot en met 2029 en maakt hittemaatregelen "
        "daarin expliciet subsidiabel, maar een structureel budget van 100 miljoen euro per jaar past niet binnen de "
        "huidige financiële kaders.")
EV15 = ("Het RIVM publiceert vanaf 2026 ieder jaar vóór 1 december een Hittemonitor met de sterfte, de "
        "ziekenhuisopnamen en de hittegerelateerde klachten van de afgelopen zomer, uitgesplitst naar regio en naar "
        "risicogroep.")

REACTIE = P("Reactie", bold=True)

RESPONSE_BLOCKS = (
    P("Datum   2 oktober 2025"),
    P("Betreft   Reactie op het advies 'Gezond door de hitte' van de Adviesraad Volksgezondheid en Klimaat"),
    P("Ons kenmerk   4127730-1081942-PG"),
    P("Geachte voorzitter,"),
    P("Op 15 mei 2025 heeft de Adviesraad Volksgezondheid en Klimaat mij het advies 'Gezond door de hitte' "
      "aangeboden. Ik heb het advies dezelfde dag aan uw Kamer gezonden en toegezegd na de zomer inhoudelijk te "
      "reageren. Met deze brief doe ik dat, mede namens de minister van Sociale Zaken en Werkgelegenheid, de minister "
      "van Volkshuisvesting en Ruimtelijke Ordening en de minister van Infrastructuur en Waterstaat."),
    P("Ik dank de Adviesraad en in het bijzonder de voorzitter van de commissie, professor Terpstra-Hulst, voor dit "
      "heldere advies. Het advies laat overtuigend zien dat hitte geen incident meer is, maar een blijvend risico "
      "voor de volksgezondheid. Bij de voorbereiding van deze reactie heb ik gesproken met GGD GHOR Nederland, de "
      "VNG, de brancheorganisaties in de zorg en de ouderenbonden."),
    H2("Hitte en gezondheid"),
    P("De zomer van 2025 heeft opnieuw laten zien hoe groot de gevolgen van hitte kunnen zijn. Tijdens de hittegolf "
      "van eind juni, met zes dagen boven de 30 graden in het zuiden en oosten van het land, is het Nationaal "
      "Hitteplan afgekondigd. Het CBS heeft over de betreffende weken een oversterfte van ongeveer 600 personen "
      "vastgesteld, voor het overgrote deel mensen van 80 jaar en ouder."),
    P("Ik deel de conclusie van de Adviesraad dat de aanpak van hitte te veel op de dagen van een hittegolf is "
      "gericht en te weinig op de voorbereiding daarop. Ook de constatering dat hitte bestaande gezondheidsverschillen "
      "vergroot, herken ik. Tegelijk wil ik recht doen aan wat er al gebeurt. Veel GGD'en, gemeenten en "
      "zorgorganisaties hebben de afgelopen jaren veel werk verzet, vaak op eigen initiatief. De maatregelen in deze "
      "brief bouwen daarop voort."),
    P("Hieronder reageer ik per advies. De adviezen 11 en 12 behandel ik samen, omdat zij beide over de woning gaan. "
      "Waar een advies onder de verantwoordelijkheid van een van mijn ambtgenoten valt, geef ik de reactie namens "
      "die ambtgenoot weer."),
    H2("Hitteplannen en waarschuwingen"),
    H3("Advies 1: Maak van het Nationaal Hitteplan een jaarrond programma"),
    REACTIE,
    P("Het Nationaal Hitteplan is in 2007 opgesteld als draaiboek voor de dagen van een hittegolf en heeft in die "
      "vorm goed gewerkt. De Adviesraad laat echter zien dat de grootste winst te behalen is buiten die dagen. "
      + EV1 + " Het RIVM legt in overleg met GGD GHOR Nederland, de VNG en de brancheorganisaties in de zorg vast "
      "welke taken iedere partij in het voorjaar, tijdens de zomer en na afloop heeft. Het RIVM ontvangt daarvoor "
      "vanaf 2026 structureel 1,8 miljoen euro.",
      answers=(Answer("Adv. 1", "agree", EV1),)),
    H3("Advies 2: Verplicht iedere gemeente tot een lokaal hitteplan"),
    P("Ik deel de wens van de Adviesraad dat iedere gemeente goed voorbereid is op hitte. Uit een inventarisatie van "
      "GGD GHOR Nederland van juni 2025 blijkt dat inmiddels ruim de helft van de gemeenten een lokaal hitteplan of "
      "een hitteparagraaf in het gezondheidsbeleid heeft, en dat aantal groeit. " + EV2 + " Een plicht brengt voor "
      "gemeenten en GGD'en extra lasten met zich mee, terwijl de kwaliteit van een plan niet door de plicht zelf "
      "wordt bepaald. Ik kies ervoor gemeenten te ondersteunen met een modelhitteplan dat GGD GHOR Nederland en de "
      "VNG vóór de zomer van 2026 beschikbaar stellen, en ik volg de ontwikkeling van het aantal lokale plannen via "
      "het jaarrond programma.",
      answers=(Answer("Adv. 2", "disagree", EV2),)),
    H3("Advies 3: Baseer de hittewaarschuwing op het gezondheidsrisico"),
    REACTIE,
    P("De Adviesraad wijst er terecht op dat het Nationaal Hitteplan en de weerwaarschuwingen van het KNMI nu naast "
      "elkaar bestaan en dat warme nachten in de waarschuwing niet meetellen. De minister van Infrastructuur en "
      "Waterstaat en ik hebben daarover afspraken gemaakt. " + EV3 + " NL-Alert is bedoeld voor acute situaties "
      "waarin mensen direct moeten handelen om hun leven te beschermen. Een hittegolf wordt dagen van tevoren "
      "voorspeld, en de adviezen die daarbij horen, bereiken mensen beter via de media, de huisarts en de "
      "thuiszorg. Bovendien vrezen de veiligheidsregio's dat frequent gebruik de waarde van NL-Alert bij echte "
      "rampen ondermijnt. Wel verspreidt het RIVM de gezamenlijke waarschuwing voortaan ook via de app van het KNMI en "
      "via de GGD'en.",
      answers=(Answer("Adv. 3", "partial", EV3),)),
    H2("Ouderen en andere kwetsbare mensen"),
    H3("Advies 4: Laat GGD'en landelijk belrondes opzetten"),
    P("Ik herken het beeld dat de Adviesraad schetst: ouderen die alleen wonen en weinig contact hebben, lopen bij "
      "hitte het grootste risico, en zij worden door algemene voorlichting het minst bereikt. In een aantal regio's "
      "bellen GGD'en, wijkteams en vrijwilligers deze ouderen al tijdens een hittegolf, maar hoe zij die ouderen "
      "vinden en wat het bellen oplevert, verschilt sterk. Voordat een dergelijk systeem overal wordt ingevoerd, wil "
      "ik weten welke aanpak het meeste effect heeft en wat die vraagt van de wijkverpleging en de huisartsen, die in "
      "de zomer al zwaar belast zijn. " + EV4 + " Ik stel daarvoor 2,4 miljoen euro beschikbaar. Over een landelijke "
      "invoering besluit ik na de evaluatie van de pilot, die in het voorjaar van 2028 wordt verwacht.",
      answers=(Answer("Adv. 4", "partial", EV4),)),
    H3("Advies 5: Neem hitte op in het zorgleefplan"),
    REACTIE,
    P(EV5 + " Dat de individuele risico's van een cliënt bij hitte in zijn zorgleefplan staan, zou vanzelfsprekend "
      "moeten zijn. Met ActiZ, Zorgthuisnl, de Vereniging Gehandicaptenzorg Nederland en V&VN heb ik afgesproken dat "
      "hitte vóór de zomer van 2026 een vast onderdeel wordt van de handreiking voor het zorgleefplan, met aandacht "
      "voor medicatie, vochtinname en de mogelijkheid om naar een koele ruimte te gaan. De brancheorganisaties nemen "
      "het onderwerp ook op in de inwerkprogramma's voor invalkrachten.",
      answers=(Answer("Adv. 5", "agree", EV5),)),
    H3("Advies 6: Maak hittebestendigheid onderdeel van het toezicht"),
    P("Ik heb dit advies met de Inspectie Gezondheidszorg en Jeugd besproken. De inspectie stelt haar "
      "toezichtprogramma onafhankelijk vast, maar herkent de signalen uit het advies en uit de zomer van 2025. " + EV6
      + " Zij neemt haar bevindingen op in haar jaarbeeld, zodat zichtbaar wordt waar verbetering nodig is.",
      answers=(Answer("Adv. 6", "agree", EV6),)),
    H3("Advies 7: Zorg voor koele ruimtes in verpleeghuizen"),
    REACTIE,
    P("Een koele ruimte kan voor een kwetsbare bewoner het verschil maken tussen een zware en een gevaarlijke "
      "hittegolf. Veel zorgorganisaties hebben laten weten dat zij de aanpassing van hun gebouwen niet uit hun "
      "reguliere middelen kunnen betalen. " + EV7 + " Bij de verdeling krijgen locaties zonder enige koeling voorrang. "
      "Zorgorganisaties die een aanvraag doen, moeten daarbij aangeven hoe zij zonwering en ventilatie verbeteren, "
      "zodat de koeling zo min mogelijk energie vraagt.",
      answers=(Answer("Adv. 7", "agree", EV7),)),
    H2("Werken bij hitte"),
    H3("Advies 8: Leg een grenswaarde voor hittestress vast"),
    P("De Adviesraad adviseert om in het Arbobesluit een grenswaarde op te nemen, uitgedrukt in de WBGT, waarboven "
      "werkgevers verplicht zijn het werk aan te passen of stil te leggen."),
    P("De minister van Sociale Zaken en Werkgelegenheid deelt de analyse dat hittestress op het werk een onderschat "
      "risico is, en dat kleine werkgevers en uitzendbureaus het risico te vaak over het hoofd zien. Het Arbobesluit "
      "verplicht werkgevers nu al om te voorkomen dat de temperatuur op de werkplek schadelijk is voor de gezondheid, "
      "en om hitte waar nodig op te nemen in de RI&E. Een vaste grenswaarde doet geen recht aan de grote verschillen "
      "tussen werkzaamheden, werkplekken en werknemers, en kan de indruk wekken dat werken onder de grenswaarde altijd "
      "veilig is. " + EV8 + " De minister van SZW laat de bestaande publieksinformatie over werken bij hitte wel "
      "herzien, zodat werkgevers en werknemers beter weten wat de open norm van hen vraagt.",
      answers=(Answer("Adv. 8", "disagree", EV8),)),
    H3("Advies 9: Pas werktijden aan bij hitte"),
    P("Dit advies is gericht aan werkgevers en, voor zover het afspraken in de cao betreft, aan sociale partners. In "
      "de bouw en in de glastuinbouw bevatten enkele cao's al afspraken over aangepaste werktijden bij hitte. "
      "Hierover gaat de minister van SZW met werkgevers en werknemers in gesprek; zij informeert uw Kamer in het "
      "voorjaar."),
    H2("Woningen en openbare ruimte"),
    H3("Advies 11 en 12: Hittebestendige nieuwbouw en renovatie"),
    P("De minister van Volkshuisvesting en Ruimtelijke Ordening onderschrijft dat woningen ook in warme nachten "
      "leefbaar moeten blijven, juist voor de huurders met de minste mogelijkheden om de hitte te ontvluchten. " + EV11
      + " " + EV12 + " Woningcorporaties hebben in de Nationale Prestatieafspraken toegezegd bij renovatie "
      "maatregelen tegen oververhitting te overwegen, en een algemene plicht zou ook gelden voor woningen waar "
      "zonwering weinig toevoegt of technisch niet goed mogelijk is. Bovendien zou een plicht de kosten van "
      "renovaties verhogen op een moment waarop de verduurzaming van de huurvoorraad al veel van verhuurders vraagt.",
      answers=(Answer("Adv. 11", "agree", EV11), Answer("Adv. 12", "disagree", EV12))),
    H3("Advies 13: Vergroen de meest versteende wijken"),
    P("Gemeenten, waterschappen, provincies en het Rijk werken sinds 2018 in het Deltaplan Ruimtelijke Adaptatie "
      "samen aan een klimaatbestendige inrichting van Nederland. Iedere gemeente heeft in dat kader een stresstest "
      "uitgevoerd, waarin ook hitte is meegenomen, en de meeste gemeenten hebben met inwoners en maatschappelijke "
      "partners risicodialogen gevoerd. Gemeenten bepalen zelf welke ambities zij voor groen in hun wijken vastleggen; "
      "veel gemeenten hanteren daarbij inmiddels een norm voor de afstand tot groen. Via de Impulsregeling "
      "klimaatadaptatie draagt het Rijk bij aan de uitvoering van maatregelen die uit de risicodialogen voortkomen."),
    H3("Advies 14: Stel een meerjarig budget voor vergroening beschikbaar"),
    REACTIE,
    P("De Adviesraad vraagt om meer zekerheid voor gemeenten die hun wijken willen vergroenen. Ik begrijp die vraag: "
      "vergroening van bestaande wijken is een werk van lange adem, en gemeenten moeten weten waar zij na 2027 aan "
      "toe zijn. " + EV14 + " Over de financiering na 2029 wordt besloten op basis van de evaluatie van het "
      "Deltaplan Ruimtelijke Adaptatie.",
      answers=(Answer("Adv. 14", "partial", EV14),)),
    H2("Kennis en monitoring"),
    H3("Advies 15: Breng de gezondheidseffecten van hitte jaarlijks in kaart"),
    P("Om te weten of de maatregelen in deze brief werken, zijn betrouwbare gegevens nodig over de gevolgen van "
      "hitte voor de gezondheid. " + EV15 + " Daarvoor werkt het RIVM samen met het CBS, de ambulancediensten en de "
      "huisartsenregistraties. De eerste monitor, over de zomer van 2026, stuur ik uw Kamer toe.",
      answers=(Answer("Adv. 15", "agree", EV15),)),
    H2("Tot slot"),
    P("Hitte zal de komende decennia een steeds grotere rol spelen in de volksgezondheid. Met het jaarrond programma, "
      "de koele ruimtes in verpleeghuizen en de nieuwe eisen aan woningen zet het kabinet stappen om kwetsbare "
      "mensen beter te beschermen. Niet alles kan tegelijk, en niet alles kan van bovenaf worden geregeld: veel "
      "hangt af van de inzet van gemeenten, GGD'en, zorgorganisaties en werkgevers."),
    P("Ik informeer uw Kamer over de voortgang in de jaarlijkse brief over het programma, voor het eerst in het "
      "najaar van 2026."),
    P("De minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. E.M. van der Laan-Pruim"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Kamerbrief over hitte en gezondheid",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="heat_health_advice",
    report=REPORT,
    response=RESPONSE,
    description="Adviesraad Volksgezondheid en Klimaat advice on heat and health (15 advices labelled 'Adv. N' under "
                "theme headings, a non-recommendation 'Uitgangspunten' list earlier) and the VWS minister's "
                "Kamerbrief with a level-3 heading per advice ('Advies N: ...'); 11 and 12 answered together, 9 "
                "passed on to SZW, 13 only existing policy, 10 never mentioned.",
)
