"""Pair: a fictional Raad voor Incidentonderzoek report on a fatal night fire in a care home, and the joint answer of
the ministers of VWS and JenV (also for the minister of VRO).

Layout traits: the report is set in a serif font with a title page and a running header, chapters "1 Inleiding" to
"7 Aanbevelingen".  The "Samenvatting" at the front holds a numbered list of seven conclusions ("1." to "7.", not
recommendations: a trap, their labels equal recommendation numbers) and a sentence "De Raad doet de volgende
aanbevelingen:" followed by fourteen short bullets that repeat the recommendations (duplicates, ids S1-S14).  Chapter
6 "Conclusies" again lists numbered conclusions.  The fourteen recommendations sit in the last chapter "Aanbevelingen",
grouped by addressee under bold lead-in lines ("Aan de minister van Volksgezondheid, Welzijn en Sport:" ...), one
"1." list per group, numbered 1-14 continuously across groups.

The response is one letter (letterhead, no title page, sans) signed by two ministers: a joint opening in "wij" with
thanks and agreement with the analysis only, a section "Reactie van de minister van VWS" ("ik" = VWS), a section
"Reactie van de minister van Justitie en Veiligheid" ("ik" = JenV) and a short joint section on building rules in the
third person ("De minister van VRO ...").  Recommendations are answered by number in prose ("aanbeveling 3"), one by
subject only.

Gold positions:
 1 (VWS, night staffing norm)          disagree - "past niet binnen het stelsel van de Wkkgz" (analysis shared)
 2 (VWS, fire safety in Wkkgz rules)   agree    - "neem ik over"
 3 (VWS, IGJ supervision)              agree    - no cue word, answered by subject only: IGJ checks from 1 January 2026
 4 (VWS, costs in Wlz tariffs)         partial  - only asks the NZa to investigate (one-off money for smoke detectors)
 5 (JenV, verification of alarms)      partial  - pilot in three regions, decision on national rule after evaluation
 6 (JenV, register of locations)       agree    - amend Besluit veiligheidsregio's, consultation before summer 2026
 7 (JenV, Inspectie study)             disagree - same paragraph as 6: "zie ik geen aanleiding"
 8 (VRO, sprinkler duty)               partial  - the minister of VRO only has it investigated
 9 (VRO, self-closing doors)           agree    - "De minister van VRO neemt aanbeveling 9 over"
10 (VRO, periodic inspection)          disagree - "acht ... niet opportuun", pointing at existing powers
11 (ActiZ/providers, night drills)     agree    - no cue: 3,5 miljoen euro and a programme available from 2027
12 (ActiZ/providers, charging/smoking) not addressed - "ActiZ laat weten" it will answer the Raad itself
13 (safety regions, drills)            not addressed - only existing tasks of the safety regions described
14 (safety regions, joint evaluation)  not addressed - never mentioned
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


def LEAD(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# The recommendations: number -> (departments, full text, short text of the summary)
# --------------------------------------------------------------------------------------------------------------

RECS = {
    "1": (("VWS",),
          "Stel een landelijke minimumnorm vast voor de bezetting van verpleeghuizen in de nacht, afgestemd op de "
          "tijd die nodig is om alle bewoners van één brandcompartiment binnen vijftien minuten in veiligheid te "
          "brengen.",
          "een landelijke minimumnorm voor de nachtelijke bezetting van verpleeghuizen;"),
    "2": (("VWS",),
          "Neem in de regelgeving op grond van de Wet kwaliteit, klachten en geschillen zorg op dat zorgaanbieders "
          "die verminderd zelfredzame cliënten huisvesten, beschikken over een actueel ontruimingsplan dat ook de "
          "nachtsituatie omvat, en maak brandveiligheid een vast onderdeel van het Kwaliteitskader Verpleeghuiszorg.",
          "een verplicht ontruimingsplan voor de nachtsituatie en brandveiligheid in het kwaliteitskader;"),
    "3": (("VWS",),
          "Zorg dat de Inspectie Gezondheidszorg en Jeugd bij haar toezicht op verpleeghuizen structureel nagaat of "
          "er een actueel ontruimingsplan is en of dit plan in de nachtsituatie is geoefend.",
          "structurele aandacht voor ontruimingsplannen in het toezicht van de IGJ;"),
    "4": (("VWS",),
          "Zorg dat de kosten van bouwkundige en installatietechnische brandveiligheidsmaatregelen, waaronder "
          "rookmelders op de kamers en sprinklerinstallaties, volledig worden meegenomen in de tarieven voor "
          "verpleeghuiszorg op grond van de Wet langdurige zorg.",
          "dekking van de kosten van brandveiligheidsmaatregelen in de Wlz-tarieven;"),
    "5": (("JenV",),
          "Herzie, samen met het Veiligheidsberaad, het landelijke beleid voor het verifiëren van automatische "
          "brandmeldingen, zodat een automatische melding uit een gebouw met verminderd zelfredzame personen altijd "
          "direct tot een uitruk van de brandweer leidt.",
          "een directe uitruk bij automatische brandmeldingen uit zorggebouwen;"),
    "6": (("JenV",),
          "Verplicht de veiligheidsregio's in het Besluit veiligheidsregio's om een actueel overzicht bij te houden "
          "van alle locaties waar verminderd zelfredzame personen verblijven, en om dit overzicht beschikbaar te "
          "stellen aan de meldkamer.",
          "een verplicht en actueel overzicht van locaties met verminderd zelfredzame personen;"),
    "7": (("JenV",),
          "Laat de Inspectie Justitie en Veiligheid onderzoeken hoe de veiligheidsregio's hun adviestaak op het "
          "gebied van brandveiligheid in zorggebouwen invullen, en informeer de Tweede Kamer over de uitkomsten.",
          "een onderzoek van de Inspectie JenV naar de adviestaak van de veiligheidsregio's;"),
    "8": (("BZK",),
          "Verplicht in het Besluit bouwwerken leefomgeving een automatische sprinklerinstallatie in bestaande "
          "gebouwen waarin verminderd zelfredzame personen 's nachts verblijven, met een overgangstermijn van ten "
          "hoogste tien jaar.",
          "een sprinklerplicht voor bestaande zorggebouwen;"),
    "9": (("BZK",),
          "Schrijf in het Besluit bouwwerken leefomgeving voor dat deuren van bewonerskamers en van "
          "brandcompartimenten in bestaande zorggebouwen zelfsluitend zijn en alleen met een op de "
          "brandmeldinstallatie aangesloten vrijloopdranger open mogen staan.",
          "zelfsluitende deuren in bestaande zorggebouwen;"),
    "10": (("BZK",),
           "Voer voor bestaande gebouwen met verminderd zelfredzame personen een periodieke brandveiligheidskeuring "
           "in, eens in de vijf jaar, uit te voeren door een onafhankelijke en gecertificeerde deskundige.",
           "een periodieke, onafhankelijke brandveiligheidskeuring van zorggebouwen;"),
    "11": (("OTHER",),
           "Zorg dat iedere medewerker die nachtdiensten draait ten minste eenmaal per jaar deelneemt aan een "
           "ontruimingsoefening in de nachtsituatie, en ontwikkel daarvoor samen met de brandweer een landelijk "
           "oefenprogramma.",
           "jaarlijkse nachtelijke ontruimingsoefeningen voor alle nachtdienstmedewerkers;"),
    "12": (("OTHER",),
           "Stel op iedere locatie een huisregel vast voor het opladen van scootmobielen, elektrische fietsen en "
           "andere accu's en voor het roken op de kamers, en zie toe op de naleving daarvan.",
           "huisregels voor het opladen van accu's en voor roken op de kamers;"),
    "13": (("GEMEENTEN",),
           "Oefen ten minste eens in de twee jaar met iedere zorglocatie in uw regio waar verminderd zelfredzame "
           "personen verblijven, bij voorkeur in de avond of nacht.",
           "regelmatig oefenen met zorglocaties, bij voorkeur 's nachts;"),
    "14": (("GEMEENTEN",),
           "Evalueer iedere brand in een zorglocatie waarbij doden of zwaargewonden vallen samen met de zorgaanbieder, "
           "en deel de lessen landelijk via Brandweer Nederland.",
           "een gezamenlijke evaluatie van iedere ernstige brand in een zorglocatie."),
}


def rec_list(*numbers: str) -> ItemList:
    items = tuple(ListItem(RECS[n][1], recommendation=Recommendation(n, RECS[n][0])) for n in numbers)
    return ItemList(items=items, style="1.", start=int(numbers[0]))


def summary_bullets() -> ItemList:
    items = tuple(ListItem(short, recommendation=Recommendation(f"S{n}", depts, duplicate_of=n))
                  for n, (depts, _, short) in RECS.items())
    return ItemList(items=items, style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("In de nacht van 17 op 18 januari 2024 brak brand uit in woonzorgcentrum De Meidoornhof in Eemsterwolde. Drie "
      "bewoners kwamen om het leven, elf bewoners en twee medewerkers werden met verschijnselen van rookvergiftiging "
      "naar een ziekenhuis gebracht. Een van de gewonde bewoners overleed enkele weken later. Achter deze cijfers "
      "gaan mensen schuil: mannen en vrouwen die op hun oude dag in een verpleeghuis woonden omdat zij daar veilig "
      "zouden zijn, en medewerkers die in die nacht alles hebben gedaan wat zij konden."),
    P("De Raad voor Incidentonderzoek heeft deze brand onderzocht omdat hij raakt aan een vraag die veel breder is "
      "dan één gebouw in één gemeente. Verpleeghuizen huisvesten steeds meer mensen die niet zelf kunnen vluchten, "
      "terwijl er 's nachts steeds minder handen zijn om hen te helpen. De brandveiligheid van zo'n gebouw rust op "
      "drie pijlers: een gebouw dat de brand lang genoeg binnen de perken houdt, een organisatie die weet wat zij "
      "moet doen, en een brandweer die snel ter plaatse is. In De Meidoornhof schoten alle drie tekort, en geen van "
      "de betrokken partijen had dat van tevoren gezien."),
    P("De Raad heeft gesproken met nabestaanden, medewerkers en bestuurders van de zorgaanbieder, de brandweer, de "
      "gemeente, de veiligheidsregio en de inspecties. De Raad is hun erkentelijk voor hun medewerking, in het "
      "bijzonder de nabestaanden en de medewerkers die in de nacht van de brand dienst hadden en bereid waren hun "
      "ervaringen te delen."),
    P("Namens de Raad voor Incidentonderzoek, prof. mr. E.A. Rijnhout-Veldkamp, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("In de nacht van 17 op 18 januari 2024 ontstond rond 02.40 uur brand in een bewonerskamer op de eerste "
      "verdieping van woonzorgcentrum De Meidoornhof in Eemsterwolde. De brand begon bij een scootmobiel die in de "
      "kamer aan de lader stond. De kamerdeur stond open, vastgezet met een deurwig. Binnen enkele minuten vulde de "
      "gang van de afdeling zich met dichte rook. Op de afdeling woonden zestien bewoners met dementie of een "
      "ernstige lichamelijke beperking; geen van hen kon zelfstandig vluchten."),
    P("Die nacht waren in het gebouw twee zorgmedewerkers aanwezig voor 54 bewoners op drie verdiepingen. De "
      "brandmeldinstallatie sloeg om 02.43 uur aan. De automatische melding werd doorgezet naar de meldkamer, maar "
      "leidde volgens het regionale beleid niet direct tot een uitruk: de meldkamer belde eerst de locatie om de "
      "melding te laten verifiëren. Pas om 02.51 uur, na een telefonische bevestiging door een medewerker, werd de "
      "brandweer gealarmeerd. De eerste tankautospuit was om 03.02 uur ter plaatse. Drie bewoners van de afdeling "
      "overleden in hun kamer aan de gevolgen van rookinademing."),
    P("Op grond van zijn onderzoek komt de Raad tot de volgende conclusies:"),
    numbered(
        "De brand is ontstaan bij het opladen van een scootmobiel in een bewonerskamer. Er was geen huisregel voor "
        "het opladen van accu's en het risico was bij de zorgaanbieder niet in beeld.",
        "De rook kon zich snel over de afdeling verspreiden doordat de kamerdeur en de deur van het brandcompartiment "
        "met wiggen waren opengezet. Dat gebeurde in De Meidoornhof al jaren, en niet alleen daar.",
        "Met twee medewerkers was een tijdige ontruiming van de afdeling feitelijk onmogelijk. Het ontruimingsplan "
        "ging uit van een bezetting die 's nachts nooit aanwezig was en was nooit in de nachtsituatie geoefend.",
        "Het verifiëren van de automatische brandmelding kostte acht minuten. In een gebouw met bewoners die niet "
        "zelf kunnen vluchten, zijn dat beslissende minuten.",
        "De veiligheidsregio beschikte niet over een actueel overzicht van de zorglocaties in haar gebied en van het "
        "aantal niet-zelfredzame bewoners per locatie.",
        "Het gebouw voldeed aan de bouwregels die voor bestaande bouw gelden, maar die regels gaan uit van bewoners "
        "die met enige hulp zelf kunnen vluchten. Voor de huidige bewoners van verpleeghuizen is dat uitgangspunt "
        "achterhaald.",
        "Geen van de toezichthouders, noch de inspectie, noch de gemeente, noch de veiligheidsregio, had zicht op "
        "het geheel van deze risico's. Ieder keek naar een deel, en niemand naar de nacht.",
    ),
    P("De brand in De Meidoornhof is geen incident dat alleen deze zorgaanbieder aangaat. Uit de gegevens die de Raad "
      "verzamelde, blijkt dat er in Nederland jaarlijks gemiddeld ruim tweehonderd branden in zorggebouwen zijn, "
      "waarvan een aanzienlijk deel 's nachts. De omstandigheden die in Eemsterwolde samenkwamen, zijn op veel "
      "plaatsen aanwezig: weinig personeel in de nacht, bewoners die niet zelf kunnen vluchten, open deuren en "
      "verificatie van automatische meldingen."),
    P("De Raad doet de volgende aanbevelingen, die in hoofdstuk 7 in volle lengte zijn opgenomen en per "
      "geadresseerde zijn geordend:"),
    summary_bullets(),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding en onderzoeksvraag"),
    P("Kort na de brand besloot de Raad voor Incidentonderzoek een onderzoek in te stellen. Doorslaggevend daarvoor "
      "waren het aantal slachtoffers, de kwetsbaarheid van de bewoners en de signalen dat vergelijkbare "
      "omstandigheden zich ook in andere zorggebouwen voordoen. De Raad stelde zich de volgende vraag: hoe kon de "
      "brand in De Meidoornhof leiden tot vier dodelijke slachtoffers, en wat kunnen zorgaanbieders, overheden en "
      "hulpdiensten daarvan leren om de brandveiligheid van verminderd zelfredzame personen te verbeteren?"),
    P("Het onderzoek richt zich niet op de vraag wie schuld heeft aan de brand of aan de gevolgen ervan. Het doel is "
      "uitsluitend het voorkomen van vergelijkbare voorvallen in de toekomst of het beperken van de gevolgen ervan. "
      "Het openbaar ministerie heeft een eigen strafrechtelijk onderzoek ingesteld; dat onderzoek staat los van het "
      "onderzoek van de Raad.",
      footnotes=("De Raad gebruikt geen informatie uit het strafrechtelijk onderzoek, en verklaringen die aan de "
                 "Raad zijn afgelegd, kunnen niet in een strafzaak worden gebruikt.",)),
    H2("1.2 Afbakening en werkwijze"),
    P("De Raad heeft de gebeurtenissen in de nacht van de brand gereconstrueerd aan de hand van de logbestanden van "
      "de brandmeldinstallatie en de meldkamer, de verslagen van de brandweer, camerabeelden uit de gemeenschappelijke "
      "ruimten en gesprekken met betrokkenen. Daarnaast heeft de Raad onderzocht hoe het gebouw, de organisatie van "
      "de zorg en de hulpverlening in de jaren voor de brand waren ingericht, en hoe wet- en regelgeving en toezicht "
      "daarop van invloed waren."),
    P("Om na te gaan of de omstandigheden in De Meidoornhof uitzonderlijk waren, heeft de Raad een vragenlijst "
      "uitgezet onder 312 verpleeghuislocaties, waarvan er 187 reageerden. Ook sprak de Raad met zes andere "
      "veiligheidsregio's en met deskundigen van Brandweer Nederland, het Nederlands Instituut Publieke Veiligheid "
      "en twee universiteiten."),
    H2("1.3 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het verloop van de brand. De hoofdstukken 3, 4 en 5 analyseren achtereenvolgens het "
      "gebouw, de zorgorganisatie en de alarmering en hulpverlening. Hoofdstuk 5 gaat daarnaast in op het toezicht. "
      "Hoofdstuk 6 bevat de conclusies en hoofdstuk 7 de aanbevelingen van de Raad."),
    PageBreak(),
    H("2 Het verloop van de brand"),
    H2("2.1 De Meidoornhof"),
    P("De Meidoornhof is een woonzorgcentrum van Stichting Zorggroep Veenland, dat in 1979 werd gebouwd als "
      "verzorgingshuis en in 2012 is verbouwd tot verpleeghuis. Het gebouw telt drie bouwlagen. Op de begane grond "
      "bevinden zich de ontvangstruimte, een restaurant en een afdeling voor kortdurend verblijf. Op de eerste en "
      "tweede verdieping liggen vier woonafdelingen voor in totaal 40 bewoners met dementie of een somatische "
      "aandoening. Iedere woonafdeling vormt een brandcompartiment, dat van de rest van het gebouw is gescheiden "
      "door brandwerende deuren."),
    P("Ten tijde van de brand woonden er 54 mensen in het gebouw. Van hen konden er volgens de zorgdossiers 47 niet "
      "zelfstandig het gebouw verlaten. Veertien bewoners waren voor hun verplaatsing afhankelijk van een "
      "tillift, negen gebruikten een rolstoel of scootmobiel."),
    H2("2.2 De nacht van 17 op 18 januari"),
    P("In de nachtdienst waren twee zorgmedewerkers aanwezig: een verzorgende niveau 3 en een helpende. Een "
      "verpleegkundige voor de hele regio was oproepbaar vanuit een andere locatie op ongeveer twintig minuten "
      "rijden. Rond 02.35 uur waren beide medewerkers op de tweede verdieping bij een bewoner die was gevallen."),
    P("Om 02.43 uur meldde de brandmeldinstallatie rook in kamer 1.07 op de eerste verdieping. De melding kwam "
      "binnen op de pieper van beide medewerkers en werd automatisch doorgezet naar de meldkamer. De verzorgende "
      "ging naar de eerste verdieping; de helpende bleef bij de gevallen bewoner. Toen de verzorgende om ongeveer "
      "02.46 uur de gang van de afdeling opliep, hing daar al een laag rook. Zij zag vlammen in kamer 1.07 en "
      "probeerde de deur te sluiten, maar die werd tegengehouden door een wig die zij in de rook niet kon vinden."),
    P("Intussen had de meldkamer om 02.44 uur het algemene nummer van de locatie gebeld om de melding te "
      "verifiëren. Dat nummer werd 's nachts doorgeschakeld naar de mobiele telefoon van de helpende, die de "
      "telefoon niet direct opnam. Om 02.49 uur belde de helpende zelf terug; om 02.51 uur werd de brandweer "
      "gealarmeerd. Om 03.02 uur kwam de eerste tankautospuit aan, om 03.06 uur de tweede en om 03.09 uur de "
      "hoogwerker."),
    P("De verzorgende bracht in de tussentijd vier bewoners uit de kamers die het dichtst bij de trap lagen naar het "
      "naastgelegen compartiment. Toen de rook te dicht werd, moest zij de afdeling verlaten. De brandweer heeft "
      "tussen 03.05 uur en 03.40 uur de overige twaalf bewoners van de afdeling gered. Drie van hen werden "
      "levenloos aangetroffen; een vierde overleed op 9 februari 2024 in het ziekenhuis."),
    H2("2.3 De oorzaak van de brand"),
    P("Het technisch onderzoek van de brandweer en het Nederlands Forensisch Instituut wijst uit dat de brand is "
      "ontstaan in de accu van een scootmobiel die in kamer 1.07 aan de lader stond. De accu was twee maanden eerder "
      "vervangen door een exemplaar dat niet door de fabrikant van de scootmobiel was geleverd. Het is niet meer vast "
      "te stellen of de accu of de lader defect was. Vast staat wel dat de brand zich door de kunststof behuizing van "
      "de scootmobiel en het beddengoed in korte tijd heeft kunnen uitbreiden.",
      footnotes=("Het Nederlands Forensisch Instituut heeft op verzoek van het openbaar ministerie onderzoek gedaan "
                 "naar de brandoorzaak. De Raad heeft de bevindingen met toestemming van het openbaar ministerie "
                 "ingezien.",)),
    PageBreak(),
    H("3 Het gebouw"),
    H2("3.1 Bouwregels voor bestaande zorggebouwen"),
    P("Voor bestaande gebouwen gelden de voorschriften van het Besluit bouwwerken leefomgeving (Bbl) voor bestaande "
      "bouw. Die voorschriften zijn een vangnet: zij geven het minimumniveau aan waaronder een gebouw niet mag "
      "komen, en liggen op veel punten lager dan de eisen voor nieuwbouw. Voor gebouwen met een gebruiksfunctie "
      "voor zorg met bedgebied gelden aanvullende eisen aan compartimentering, brandmeldinstallaties en "
      "vluchtroutes. Een automatische sprinklerinstallatie wordt niet geëist, ook niet in nieuwbouw."),
    P("De voorschriften gaan uit van het beginsel dat bewoners van een brandcompartiment binnen een beperkte tijd "
      "naar een veilig compartiment kunnen worden gebracht, met hulp van personeel. Dat beginsel is ontwikkeld in "
      "een tijd waarin verpleeghuizen vooral bewoners huisvestten die met enige hulp konden lopen. Tegenwoordig "
      "zijn bewoners ouder en kwetsbaarder bij opname en is een veel groter deel bedlegerig of sterk afhankelijk "
      "van hulpmiddelen."),
    H2("3.2 Deuren en compartimentering"),
    P("Het gebouw was ingedeeld in brandcompartimenten die voldeden aan de eisen. De kamerdeuren en de deuren tussen "
      "de compartimenten waren brandwerend. De kamerdeuren waren niet zelfsluitend; de compartimentsdeuren wel, maar "
      "zij werden op de afdelingen op de eerste verdieping overdag en 's nachts met wiggen opengehouden. Medewerkers "
      "en bewoners gaven daarvoor begrijpelijke redenen: bewoners met een rollator of rolstoel konden de zware "
      "deuren niet openen, en medewerkers wilden 's nachts kunnen horen wat er op de afdeling gebeurde."),
    P("Uit de vragenlijst van de Raad blijkt dat het openzetten van deuren met wiggen of andere middelen op 61 "
      "procent van de locaties voorkomt. Slechts een minderheid van de locaties beschikt over vrijloopdrangers die "
      "de deur bij een brandmelding automatisch sluiten. Waar die drangers wel aanwezig zijn, worden zij volgens "
      "de respondenten zelden uitgeschakeld of omzeild."),
    H2("3.3 Sprinklers"),
    P("In verschillende landen om ons heen zijn sprinklerinstallaties in zorggebouwen verplicht, in sommige gevallen "
      "ook in bestaande gebouwen. Onderzoek laat zien dat een sprinkler een brand in een bewonerskamer in een vroeg "
      "stadium kan beheersen, waardoor de rookontwikkeling sterk afneemt en er meer tijd is om bewoners in veiligheid "
      "te brengen. In Nederland hebben enkele zorgaanbieders uit eigen beweging sprinklers aangebracht, meestal in "
      "nieuwbouw. De kosten voor een bestaand gebouw als De Meidoornhof worden door deskundigen geschat op 250.000 "
      "tot 400.000 euro."),
    P("Zorgaanbieders gaven in de gesprekken aan dat de kosten van dergelijke maatregelen niet zonder meer in de "
      "tarieven voor de Wet langdurige zorg zijn verdisconteerd. De normatieve huisvestingscomponent is bedoeld voor "
      "de kapitaallasten van het gebouw, maar biedt volgens hen weinig ruimte voor ingrijpende aanpassingen aan "
      "bestaande gebouwen. Rookmelders in alle bewonerskamers, die in De Meidoornhof alleen in de gangen hingen, "
      "werden om dezelfde reden op meerdere locaties uitgesteld."),
    H2("3.4 Periodieke controle"),
    P("De brandmeldinstallatie van De Meidoornhof werd jaarlijks geïnspecteerd door een gecertificeerd bedrijf en "
      "was in orde. Een integrale beoordeling van de brandveiligheid van het gebouw had sinds de verbouwing van 2012 "
      "niet meer plaatsgevonden. De gemeente voerde in 2019 een controle uit, gericht op de vluchtroutes; daarbij "
      "zijn geen tekortkomingen vastgesteld. Er bestaat geen verplichting om bestaande zorggebouwen periodiek "
      "integraal te laten keuren."),
    PageBreak(),
    H("4 De zorgorganisatie"),
    H2("4.1 Bezetting in de nacht"),
    P("Er is geen wettelijke norm voor het aantal medewerkers dat 's nachts in een verpleeghuis aanwezig moet zijn. "
      "Het Kwaliteitskader Verpleeghuiszorg vraagt zorgaanbieders te zorgen voor voldoende en bekwaam personeel, ook "
      "in de nacht, maar laat de invulling aan de aanbieder. In De Meidoornhof was de nachtbezetting in 2021 "
      "teruggebracht van drie naar twee medewerkers, omdat de derde dienst door personeelstekort steeds vaker niet "
      "kon worden ingevuld. De organisatie had die keuze niet getoetst aan de eisen van het ontruimingsplan."),
    P("De Raad heeft laten berekenen hoeveel tijd nodig is om de zestien bewoners van de getroffen afdeling met "
      "twee medewerkers naar een veilig compartiment te brengen. Uitgaande van de zorgzwaarte van deze bewoners komt "
      "die berekening uit op ruim 45 minuten. De tijd die beschikbaar is voordat een gang onbegaanbaar wordt, "
      "bedraagt bij een brand als deze hooguit enkele minuten. Uit de vragenlijst blijkt dat het aantal bewoners "
      "per nachtdienstmedewerker tussen locaties sterk uiteenloopt, van twaalf tot ruim dertig."),
    H2("4.2 Ontruimingsplan en oefenen"),
    P("De Meidoornhof had een ontruimingsplan uit 2016. Het plan ging uit van de aanwezigheid van een "
      "bedrijfshulpverlener per verdieping en van hulp van collega's uit andere afdelingen. In de nacht was "
      "geen van beide aanwezig. Het plan was jaarlijks geoefend, maar steeds overdag en met het voltallige "
      "dagpersoneel. De medewerkers die in de nacht van de brand dienst hadden, hadden nooit een ontruiming in de "
      "nachtsituatie geoefend."),
    P("De wet verplicht zorgaanbieders niet uitdrukkelijk om een ontruimingsplan te hebben. De verplichting om "
      "bedrijfshulpverlening te organiseren volgt uit de arbeidsomstandighedenwetgeving en richt zich op de "
      "werknemers. In de regelgeving op grond van de Wet kwaliteit, klachten en geschillen zorg (Wkkgz) komt "
      "brandveiligheid niet als zodanig voor."),
    H2("4.3 Huisregels voor accu's en roken"),
    P("In De Meidoornhof mochten bewoners hun scootmobiel op de eigen kamer opladen. Er was geen huisregel over waar "
      "en wanneer accu's konden worden geladen, en evenmin over het gebruik van accu's die niet door de fabrikant "
      "waren geleverd. Roken op de kamer was formeel niet toegestaan, maar werd bij enkele bewoners gedoogd. In de "
      "vragenlijst gaf minder dan een derde van de locaties aan een huisregel voor het opladen van accu's te hebben."),
    PageBreak(),
    H("5 Alarmering, hulpverlening en toezicht"),
    H2("5.1 Verificatie van automatische meldingen"),
    P("Automatische brandmeldingen leiden in Nederland vaak tot uitrukken waarbij geen brand blijkt te zijn. Om het "
      "aantal nodeloze uitrukken te beperken, hebben de veiligheidsregio's sinds 2016 beleid ingevoerd waarbij de "
      "meldkamer een automatische melding eerst laat verifiëren voordat de brandweer uitrukt. Voor gebouwen met "
      "verminderd zelfredzame personen maken regio's daarop uitzonderingen, maar die uitzonderingen verschillen per "
      "regio. In de veiligheidsregio waartoe Eemsterwolde behoort, gold de uitzondering alleen voor ziekenhuizen en "
      "gevangenissen."),
    P("Het verificatiebeleid heeft het aantal nodeloze uitrukken sterk teruggebracht. De Raad begrijpt dat de "
      "brandweer haar capaciteit niet onnodig wil inzetten. In een gebouw met bewoners die niet zelf kunnen "
      "vluchten, weegt de tijd die verificatie kost echter zwaarder dan de kosten van een nodeloze uitruk. In "
      "De Meidoornhof verstreken tussen de melding en de alarmering van de brandweer acht minuten."),
    H2("5.2 Zicht op zorglocaties"),
    P("De veiligheidsregio had geen actueel overzicht van de zorglocaties in haar gebied. Een lijst uit 2018 "
      "vermeldde De Meidoornhof nog als verzorgingshuis met zelfredzame bewoners. De meldkamer wist daardoor niet dat "
      "op de afdeling vrijwel alleen bewoners woonden die niet zelf konden vluchten. De bevelvoerder van de eerste "
      "tankautospuit hoorde dat pas van de verzorgende, bij aankomst."),
    P("Veiligheidsregio's hebben op grond van de Wet veiligheidsregio's een adviestaak op het gebied van "
      "brandveiligheid. De invulling daarvan verschilt sterk. Sommige regio's oefenen regelmatig met zorglocaties en "
      "houden een register bij, andere alleen op verzoek. Met De Meidoornhof was sinds 2015 niet geoefend."),
    H2("5.3 Toezicht"),
    P("De Inspectie Gezondheidszorg en Jeugd (IGJ) houdt toezicht op de kwaliteit en veiligheid van zorg. "
      "Brandveiligheid maakt geen vast onderdeel uit van haar toetsingskader voor verpleeghuizen. De IGJ bezocht "
      "De Meidoornhof in 2022; het rapport noemt het ontruimingsplan niet. De gemeente houdt toezicht op de naleving "
      "van de bouwregels, en de veiligheidsregio adviseert de gemeente. Niemand beoordeelde of het ontruimingsplan "
      "in de nacht uitvoerbaar was."),
    P("De Inspectie Justitie en Veiligheid heeft in 2023 een onderzoek gepubliceerd naar de taken van de "
      "veiligheidsregio's op het gebied van risicobeheersing. Dat onderzoek ging in algemene zin over de adviestaak "
      "en niet specifiek over zorggebouwen. Na de brand in De Meidoornhof hebben brandweer en zorgaanbieder de inzet "
      "niet gezamenlijk geëvalueerd; de brandweer maakte een eigen, interne evaluatie."),
    PageBreak(),
    H("6 Conclusies"),
    P("De Raad komt tot de volgende conclusies, die in de samenvatting verkort zijn weergegeven:"),
    numbered(
        "De brand is ontstaan bij het opladen van een scootmobiel in een bewonerskamer, een risico dat bij veel "
        "zorgaanbieders niet in beeld is.",
        "Doordat deuren structureel werden opengehouden, kon de rook zich in korte tijd over de hele afdeling "
        "verspreiden.",
        "De nachtelijke bezetting stond niet in verhouding tot de tijd die een ontruiming van de afdeling vergt. Het "
        "ontruimingsplan was op de nacht niet toegesneden en nooit in de nacht geoefend.",
        "De verificatie van de automatische melding heeft de hulpverlening acht minuten vertraagd.",
        "De veiligheidsregio had geen zicht op de aard van de locatie en de zelfredzaamheid van de bewoners.",
        "De bouwregels voor bestaande zorggebouwen sluiten niet aan bij de bewoners van nu.",
        "Het toezicht was versnipperd; geen van de toezichthouders beoordeelde de brandveiligheid in de nacht als "
        "geheel.",
    ),
    P("De Raad stelt vast dat de verantwoordelijkheid voor brandveiligheid in verpleeghuizen verdeeld is over "
      "zorgaanbieders, gemeenten, veiligheidsregio's en drie ministeries. Die verdeling is op zichzelf begrijpelijk, "
      "maar heeft ertoe geleid dat de nacht, waarin de risico's het grootst zijn, tussen de verantwoordelijkheden "
      "door is gevallen. De aanbevelingen in het volgende hoofdstuk zijn daarom gericht aan alle partijen die bij "
      "de brandveiligheid van verpleeghuizen een rol hebben."),
    PageBreak(),
    H("7 Aanbevelingen"),
    P("De brand in De Meidoornhof laat zien dat de brandveiligheid van verminderd zelfredzame personen alleen kan "
      "worden gewaarborgd wanneer gebouw, organisatie en hulpverlening op elkaar aansluiten. De Raad doet daarom "
      "aanbevelingen aan de verantwoordelijke ministers, aan de zorgaanbieders en aan de veiligheidsregio's."),
    LEAD("Aan de minister van Volksgezondheid, Welzijn en Sport:"),
    rec_list("1", "2", "3", "4"),
    LEAD("Aan de minister van Justitie en Veiligheid:"),
    rec_list("5", "6", "7"),
    LEAD("Aan de minister van Volkshuisvesting en Ruimtelijke Ordening:"),
    rec_list("8", "9", "10"),
    LEAD("Aan ActiZ en de zorgaanbieders in de ouderenzorg:"),
    rec_list("11", "12"),
    LEAD("Aan de besturen van de veiligheidsregio's:"),
    rec_list("13", "14"),
    P("Op grond van de Rijkswet Raad voor Incidentonderzoek reageren de ministers binnen zes maanden na publicatie "
      "van dit rapport schriftelijk op de aan hen gerichte aanbevelingen. De Raad verzoekt de andere geadresseerden "
      "hem binnen dezelfde termijn te informeren over de wijze waarop zij de aanbevelingen opvolgen."),
    PageBreak(),
    H("Bijlage Verantwoording"),
    P("Het onderzoek is uitgevoerd door een projectteam van de Raad voor Incidentonderzoek onder leiding van "
      "ir. M.T. Dekkers, bijgestaan door een begeleidingscommissie met deskundigheid op het gebied van "
      "brandveiligheid, ouderenzorg en openbaar bestuur. Het conceptrapport is ter inzage voorgelegd aan de "
      "betrokken partijen. Hun reacties zijn verwerkt waar zij feitelijke onjuistheden betroffen; een overzicht van "
      "de reacties is op de website van de Raad beschikbaar."),
    P("De Raad heeft gesproken met de volgende partijen:"),
    bullets(
        "nabestaanden van vier overleden bewoners;",
        "de raad van bestuur, de locatiemanager en zeven medewerkers van Stichting Zorggroep Veenland;",
        "de gemeente Eemsterwolde en de veiligheidsregio, waaronder de meldkamer en de brandweerpost Eemsterwolde;",
        "de Inspectie Gezondheidszorg en Jeugd en de Inspectie Justitie en Veiligheid;",
        "ActiZ, Brandweer Nederland, het Veiligheidsberaad en het Nederlands Instituut Publieke Veiligheid;",
        "de ministeries van Volksgezondheid, Welzijn en Sport, van Justitie en Veiligheid en van Volkshuisvesting en "
        "Ruimtelijke Ordening.",
    ),
)

REPORT = Document(
    title="Brand in De Meidoornhof",
    subtitle="Onderzoek naar de brand in woonzorgcentrum De Meidoornhof te Eemsterwolde in de nacht van 17 op 18 "
             "januari 2024",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Incidentonderzoek  -  Brand in De Meidoornhof",
    footer="- {page} -",
    font_family="serif",
    imprint=("Raad voor Incidentonderzoek", "Den Haag, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Een landelijke minimumnorm voor de nachtelijke bezetting past echter niet binnen het stelsel van de Wkkgz, "
       "waarin de zorgaanbieder zelf verantwoordelijk is voor de inzet van voldoende en bekwaam personeel.")
EV2 = "Aanbeveling 2 neem ik over."
EV3 = ("Vanaf 1 januari 2026 gaat de IGJ bij ieder regulier bezoek aan een verpleeghuis na of er een actueel "
       "ontruimingsplan is en wanneer dat plan voor het laatst in de nachtsituatie is geoefend.")
EV4 = ("Of ook de kosten van sprinklerinstallaties en andere ingrijpende aanpassingen structureel in de tarieven "
       "moeten worden meegenomen, zoals de Raad in aanbeveling 4 vraagt, wil ik eerst laten onderzoeken; ik vraag de "
       "NZa dat mee te nemen in het eerstvolgende kostenonderzoek voor de langdurige zorg.")
EV11 = ("Met een bijdrage van 3,5 miljoen euro van mijn ministerie ontwikkelt ActiZ in 2026 samen met Brandweer "
        "Nederland een landelijk oefenprogramma voor ontruiming in de nachtsituatie, dat vanaf 1 januari 2027 voor "
        "alle verpleeghuislocaties beschikbaar is en waaraan iedere nachtdienstmedewerker jaarlijks deelneemt.")
EV5 = ("Ik heb het Veiligheidsberaad daarom gevraagd om in 2026 in drie veiligheidsregio's een pilot te starten "
       "waarin automatische meldingen uit verpleeghuizen zonder verificatie tot een uitruk leiden; over een "
       "landelijke regeling besluit ik pas na de evaluatie van die pilot.")
EV6 = ("Ik zal het Besluit veiligheidsregio's zo aanpassen dat iedere veiligheidsregio een actueel overzicht "
       "bijhoudt van locaties waar verminderd zelfredzame personen verblijven en dit overzicht met de meldkamer "
       "deelt; het ontwerpbesluit wordt voor de zomer van 2026 in consultatie gebracht.")
EV7 = "Ik zie daarom geen aanleiding de Inspectie om een nieuw onderzoek te vragen, zoals aanbeveling 7 voorstelt."
EV8 = ("De minister van VRO laat daarom eerst onderzoeken voor welke categorieën bestaande zorggebouwen een "
       "sprinklerplicht proportioneel is en wat die zou kosten, en besluit op basis daarvan of het Bbl wordt "
       "aangepast.")
EV9 = "De minister van VRO neemt aanbeveling 9 over."
EV10 = ("Een afzonderlijke periodieke keuringsplicht, zoals de Raad in aanbeveling 10 voorstelt, acht de minister "
        "van VRO niet opportuun.")

RESPONSE_BLOCKS = (
    P("Hierbij bieden wij u, mede namens de minister van Volkshuisvesting en Ruimtelijke Ordening, de reactie aan op "
      "het rapport 'Brand in De Meidoornhof' van de Raad voor Incidentonderzoek, dat op 20 maart 2025 is "
      "gepubliceerd."),
    P("Allereerst staan wij stil bij de slachtoffers van de brand en hun naasten. Vier mensen die in De Meidoornhof "
      "woonden, zijn als gevolg van de brand overleden. Wij wensen hun familie en vrienden veel sterkte. Ook denken "
      "wij aan de medewerkers die in die nacht onder zeer moeilijke omstandigheden hebben geprobeerd hun bewoners in "
      "veiligheid te brengen, en aan de brandweermensen die twaalf bewoners uit de rook hebben gehaald."),
    P("Wij danken de Raad voor zijn grondige en indringende onderzoek. Het rapport maakt duidelijk dat de "
      "brandveiligheid van verpleeghuizen niet kan worden overgelaten aan één partij. Wij onderschrijven de "
      "conclusie van de Raad dat de nacht tussen de verantwoordelijkheden van zorgaanbieders, gemeenten, "
      "veiligheidsregio's en Rijk door is gevallen. Dat is een ongemakkelijke vaststelling, die wij ons ook zelf "
      "aantrekken."),
    P("De Raad richt veertien aanbevelingen aan de ministers van Volksgezondheid, Welzijn en Sport (VWS), van "
      "Justitie en Veiligheid (JenV) en van Volkshuisvesting en Ruimtelijke Ordening (VRO), aan ActiZ en de "
      "zorgaanbieders en aan de veiligheidsregio's. Hieronder reageert ieder van ons op de aanbevelingen die op "
      "zijn of haar terrein liggen. De reactie op de aanbevelingen over de bouwregelgeving is in overleg met de "
      "minister van VRO opgesteld."),
    H2("Reactie van de minister van VWS"),
    P("Iedereen die in een verpleeghuis woont, moet erop kunnen vertrouwen dat hij daar veilig is, ook 's nachts. "
      "Op grond van de Wet kwaliteit, klachten en geschillen zorg zijn zorgaanbieders verantwoordelijk voor goede en "
      "veilige zorg. Het Kwaliteitskader Verpleeghuiszorg, dat door de sector zelf is opgesteld, vraagt om "
      "voldoende en bekwaam personeel, ook in de avond en de nacht. In het programma Wonen, Ondersteuning en Zorg "
      "voor Ouderen werk ik met ActiZ en andere partijen aan de toekomstbestendigheid van de ouderenzorg, waaronder "
      "de inzet van technologie in de nacht."),
    P(f"Ik deel de analyse van de Raad dat de nachtelijke bezetting in De Meidoornhof niet in verhouding stond tot de "
      f"tijd die nodig was om de bewoners in veiligheid te brengen. {EV1} Een vaste norm houdt bovendien geen "
      f"rekening met de grote verschillen tussen gebouwen, bewoners en de mogelijkheden van domotica en "
      f"leefcirkels. Wel verwacht ik van iedere zorgaanbieder dat hij zijn nachtbezetting toetst aan zijn eigen "
      f"ontruimingsplan. Daarmee reageer ik op aanbeveling 1.",
      answers=(Answer("1", "disagree", EV1),)),
    P(f"{EV2} De Raad laat zien dat brandveiligheid nu nergens in de zorgregelgeving als zodanig is geregeld, en dat "
      f"ontruimingsplannen te vaak uitgaan van de dagsituatie. Ik zal het Uitvoeringsbesluit Wkkgz aanvullen met de "
      f"verplichting voor zorgaanbieders die verminderd zelfredzame cliënten huisvesten om te beschikken over een "
      f"actueel ontruimingsplan dat ook op de nachtsituatie is toegesneden. Daarnaast heb ik de partijen die het "
      f"Kwaliteitskader Verpleeghuiszorg beheren gevraagd brandveiligheid bij de eerstvolgende herziening als vast "
      f"onderdeel op te nemen; zij hebben toegezegd dat te doen.",
      answers=(Answer("2", "agree", EV2),)),
    P(f"Ook het toezicht moet de nacht beter in beeld krijgen. Ik heb hierover met de Inspectie Gezondheidszorg en "
      f"Jeugd gesproken. {EV3} Waar dat niet op orde is, zal de IGJ de zorgaanbieder aanspreken en zo nodig "
      f"maatregelen treffen.",
      answers=(Answer("3", "agree", EV3),)),
    P(f"De Raad wijst er terecht op dat brandveiligheidsmaatregelen geld kosten en dat zorgaanbieders die kosten "
      f"moeten kunnen dragen. Voor rookmelders in alle bewonerskamers stel ik in 2026 eenmalig 12 miljoen euro "
      f"beschikbaar via een subsidieregeling die door DUS-I wordt uitgevoerd. {EV4} De uitkomst van dat onderzoek "
      f"verwacht ik in 2027.",
      answers=(Answer("4", "partial", EV4),)),
    P(f"De Raad richt aanbeveling 11 aan ActiZ en de zorgaanbieders. Ik vind het belangrijk dat ook ik daaraan "
      f"bijdraag. {EV11} Brandweer Nederland levert instructeurs en scenario's voor de oefeningen.",
      answers=(Answer("11", "agree", EV11),)),
    P("Aanbeveling 12, over het opladen van scootmobielen en andere accu's en over het roken op de kamers, richt "
      "zich tot de zorgaanbieders zelf. ActiZ laat weten dat zij deze aanbeveling met haar leden bespreekt en de "
      "Raad rechtstreeks zal informeren over de wijze waarop de zorgaanbieders daaraan opvolging geven."),
    H2("Reactie van de minister van Justitie en Veiligheid"),
    P("De brandweer is er om mensen te redden wanneer zij dat zelf niet kunnen. Juist bij verminderd zelfredzame "
      "personen telt iedere minuut. De Wet veiligheidsregio's is in 2023 geëvalueerd; de wetswijziging die daaruit "
      "voortvloeit, wordt op dit moment voorbereid. Ik betrek de lessen uit het rapport van de Raad bij die "
      "wetswijziging, voor zover zij het stelsel betreffen."),
    P(f"Het verificatiebeleid voor automatische brandmeldingen heeft het aantal nodeloze uitrukken de afgelopen jaren "
      f"sterk verminderd, en daarmee de belasting van vrijwillige brandweermensen en van de meldkamers. Tegelijk laat "
      f"de brand in Eemsterwolde zien dat verificatie bij gebouwen met bewoners die niet zelf kunnen vluchten, "
      f"beslissende minuten kan kosten. {EV5} In die evaluatie worden zowel de gevolgen voor de aanrijtijden als het "
      f"aantal nodeloze uitrukken betrokken.",
      answers=(Answer("5", "partial", EV5),)),
    P(f"Het rapport laat ook zien dat de meldkamer en de brandweer in de nacht van de brand niet wisten met wat voor "
      f"locatie zij te maken hadden. Dat mag niet afhangen van de vraag of een regio toevallig een actuele lijst "
      f"bijhoudt. {EV6} De Inspectie Justitie en Veiligheid heeft in 2023 de invulling van de adviestaak van de "
      f"veiligheidsregio's al onderzocht, en zij neemt de brandveiligheid van zorggebouwen op in haar reguliere "
      f"toezicht op de risicobeheersing. {EV7}",
      answers=(Answer("6", "agree", EV6), Answer("7", "disagree", EV7))),
    P("De Raad vraagt de veiligheidsregio's daarnaast om vaker met zorglocaties te oefenen. Veiligheidsregio's hebben "
      "op grond van de Wet veiligheidsregio's de taak om bevolking en instellingen voor te lichten over "
      "brandveiligheid en om te oefenen met de eigen brandweerorganisatie. Veel regio's oefenen al met "
      "zorginstellingen, vaak op initiatief van de zorgaanbieder en in samenwerking met de bedrijfshulpverlening van "
      "de locatie. Het Veiligheidsberaad heeft het rapport besproken in zijn vergadering van 14 april 2025."),
    H2("Bouwregelgeving: aanbevelingen 8 tot en met 10"),
    P("De minister van VRO is verantwoordelijk voor het Besluit bouwwerken leefomgeving (Bbl). De voorschriften voor "
      "bestaande bouw vormen een ondergrens; gemeenten zien toe op de naleving. De minister van VRO deelt de "
      "vaststelling van de Raad dat de bewoners van verpleeghuizen in de afgelopen decennia kwetsbaarder zijn "
      "geworden en dat de bouwregels daarop moeten aansluiten."),
    P(f"Een sprinklerinstallatie kan een brand in een vroeg stadium beheersen en zo levens redden. Tegelijk is het "
      f"aanbrengen van sprinklers in bestaande gebouwen ingrijpend en kostbaar, en staat het soms op gespannen voet "
      f"met het wonen van bewoners tijdens de verbouwing. {EV8} Het onderzoek wordt uitgevoerd door het Nederlands "
      f"Instituut Publieke Veiligheid en is eind 2026 gereed.",
      answers=(Answer("8", "partial", EV8),)),
    P(f"{EV9} Deuren die met wiggen worden opengehouden, maken de compartimentering van een gebouw waardeloos. De "
      f"minister van VRO zal het Bbl zo wijzigen dat deuren van bewonerskamers en van brandcompartimenten in "
      f"bestaande gebouwen met een zorgfunctie met bedgebied per 1 juli 2027 zelfsluitend zijn of zijn voorzien van "
      f"een vrijloopdranger die op de brandmeldinstallatie is aangesloten.",
      answers=(Answer("9", "agree", EV9),)),
    P(f"{EV10} Gemeenten kunnen op grond van de Omgevingswet en het Bbl nu al bij ieder gebouw controleren of aan de "
      f"voorschriften wordt voldaan, en de brandmeldinstallatie moet al periodiek door een gecertificeerd bedrijf "
      f"worden geïnspecteerd. Een nieuwe keuringsplicht zou vooral extra lasten meebrengen voor zorgaanbieders, "
      f"terwijl de risico's die de Raad heeft vastgesteld zich vooral in het gebruik van het gebouw voordoen.",
      answers=(Answer("10", "disagree", EV10),)),
    H2("Tot slot"),
    P("Brandveiligheid in verpleeghuizen vraagt om een gezamenlijke inspanning van zorgaanbieders, gemeenten, "
      "veiligheidsregio's en Rijk. Wij zullen uw Kamer over de voortgang van de hierboven genoemde maatregelen "
      "informeren in de voortgangsrapportage over het programma Wonen, Ondersteuning en Zorg voor Ouderen, voor het "
      "eerst in het voorjaar van 2026."),
    P("De minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. A.C. Verheul-Bosman"),
    P("De minister van Justitie en Veiligheid,"),
    P("mr. J.H. ten Brinke"),
)

RESPONSE = Document(
    title="Reactie op het rapport 'Brand in De Meidoornhof' van de Raad voor Incidentonderzoek",
    subtitle="Brief van de minister van Volksgezondheid, Welzijn en Sport en de minister van Justitie en Veiligheid "
             "aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Den Haag, 12 september 2025",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie rapport Brand in De Meidoornhof",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="care_home_fire_board",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Incidentonderzoek report on a fatal care-home fire (14 recommendations under bold "
                "'Aan de minister van ...:' lead-ins, numbered 1-14 across groups; numbered conclusions and short "
                "summary bullets as traps/duplicates) and a joint VWS/JenV letter with one first-person section per "
                "minister and a third-person VRO section; 12 passed on via ActiZ, 13 only existing policy, 14 not "
                "mentioned.",
)
