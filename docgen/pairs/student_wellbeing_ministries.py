"""Pair: a fictional Expertcommissie Mentaal Welzijn Studenten advice on students' wellbeing, and the cabinet's answer.

Layout traits this pair tests: a serif report with a title page and a running header.  A "Samenvatting" lists all
fourteen recommendations in short form as a numbered list "1." .. "14." (with the addressee in parentheses); an
unnumbered chapter "Over dit advies" has a numbered "1." .. "3." list of the committee's questions (not
recommendations) and bullets; chapters 1-5 each end with a section "Wat wij adviseren" in which the same
recommendations return in a longer form with the SAME numbers (the chapter printing is the original, the summary one
a duplicate), grouped under bold lead-ins per addressee ("Wij adviseren de minister van OCW:", "Wij adviseren de
onderwijsinstellingen:", "Wij adviseren de gemeenten ...:"), one list per lead-in continuing the numbering.  There is
a grid table of survey figures and a few footnotes.

The response is a sans letter (letterhead, no title page) of the minister of OCW, also on behalf of the staatssecretaris
of VWS and the minister of SZW, organised by ministry ("Reactie van de minister van OCW", "Reactie van de
staatssecretaris van VWS", "Reactie van de minister van SZW"), answering mostly by subject with the number only
sometimes in parentheses, and closing with "Tot slot".  Gold positions:
  1  (OCW, VWS) student monitor every two years        agree: committed money and date, no cue word
  2  (OCW) cap the BSA norm by law                        disagree: "ligt niet voor de hand" (analysis shared)
  3  (OCW) wellbeing in the sector agreement + EUR 40m    partial: "neem ik ten dele over"
  4  (instellingen) revise assessment programmes         not addressed: "aan de instellingen zelf", passed on
  5  (OCW, instellingen) training of lecturers           agree: EUR 3m a year from 2025-2026, no cue word
  6  (OCW) higher grant for students living away         disagree: "daarvoor is geen budget beschikbaar"
  7  (OCW/DUO) DUO approaches students with rising debt  partial: DUO only "onderzoekt" how
  8  (SZW) Arbeidsinspectie checks student jobs          agree: "neemt de minister van SZW over" (same paragraph as 9)
  9  (SZW) raise the youth minimum wage                  disagree: "ziet geen aanleiding" (same paragraph as 8)
  10 (VWS) walk-in help point in every student city      partial: "We starten een pilot" in four cities
  11 (VWS) keep waiting-list place when moving           agree: arrangement from 1 January 2026, no cue word
  12 (VWS, OCW) multi-year anti-stigma campaign          agree: "neemt de aanbeveling over" with "(aanbeveling 12)"
  13 (gemeenten) students in local health policy         not addressed: never mentioned
  14 (OCW, VWS, SZW) ten-year national programme         not addressed: only "omarmt de ambitie" in "Tot slot"
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def lead(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


# number -> (departments, short form for the summary, full form for the chapter)
RECS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "1": (("OCW", "VWS"),
          "Maak de landelijke monitor van het mentale welzijn van studenten structureel: elke twee jaar, met vaste "
          "financiering (minister van OCW en staatssecretaris van VWS).",
          "Zorg ervoor dat de landelijke monitor van de mentale gezondheid en het middelengebruik van studenten vanaf "
          "2026 elke twee jaar wordt uitgevoerd, met een vaste financiering door OCW en VWS en met uitkomsten die per "
          "instelling en voor groepen studenten, zoals eerstegeneratiestudenten, internationale studenten en "
          "studenten met een functiebeperking, kunnen worden uitgesplitst."),
    "2": (("OCW",),
          "Leg in de wet vast dat de norm van het bindend studieadvies ten hoogste 30 studiepunten bedraagt (minister "
          "van OCW).",
          "Wijzig de Wet op het hoger onderwijs en wetenschappelijk onderzoek zo dat de norm van het bindend "
          "studieadvies in het eerste jaar ten hoogste 30 studiepunten bedraagt, en dat studenten die door "
          "persoonlijke omstandigheden, waaronder psychische klachten, vertraging oplopen het advies pas aan het "
          "einde van hun tweede jaar krijgen."),
    "3": (("OCW",),
          "Maak studentenwelzijn een vast onderdeel van de afspraken met de sector, met een structureel bedrag voor "
          "begeleiding (minister van OCW).",
          "Maak het welzijn van studenten een vast onderdeel van het sectorakkoord en van de andere bestuurlijke "
          "afspraken die u maakt met Universiteiten van Nederland en de Vereniging Hogescholen, en verbind daaraan "
          "een structureel en herkenbaar bedrag van ten minste € 40 miljoen per jaar voor studieloopbaanbegeleiding "
          "en studentpsychologen."),
    "4": (("OTHER",),
          "Herzie de toetsprogramma's van de bacheloropleidingen en verminder de toetsdruk (onderwijsinstellingen).",
          "Herzie binnen twee jaar de toetsprogramma's van alle bacheloropleidingen: beperk het aantal tentamens per "
          "onderwijsperiode, spreid de deadlines van opdrachten en voorkom dat herkansingen samenvallen met de "
          "tentamens van de volgende periode."),
    "5": (("OCW", "OTHER"),
          "Train alle docenten, mentoren en studieadviseurs in het signaleren van psychische klachten (minister van "
          "OCW en onderwijsinstellingen).",
          "Zorg er samen voor dat alle docenten, mentoren en studieadviseurs in het hoger onderwijs uiterlijk in 2027 "
          "een training hebben gevolgd in het herkennen van psychische klachten en het doorverwijzen van studenten, "
          "en stel daarvoor een landelijk scholingsaanbod beschikbaar."),
    "6": (("OCW",),
          "Verhoog de basisbeurs voor uitwonende studenten en laat die meestijgen met de huren (minister van OCW).",
          "Verhoog de basisbeurs voor uitwonende studenten met ingang van het studiejaar 2026-2027 zodanig dat die, "
          "samen met de aanvullende beurs, de gemiddelde huur van een studentenkamer dekt, en indexeer de beurs "
          "voortaan jaarlijks aan de ontwikkeling van de huren."),
    "7": (("OCW",),
          "Laat DUO studenten met een snel oplopende studieschuld actief en persoonlijk benaderen (minister van OCW en "
          "DUO).",
          "Laat DUO studenten van wie de studieschuld snel oploopt of die een betalingsachterstand hebben, actief "
          "benaderen voor een persoonlijk gesprek, en zorg zo nodig voor een warme overdracht naar de "
          "schuldhulpverlening of de studentendecaan van hun instelling."),
    "8": (("SZW",),
          "Laat de Nederlandse Arbeidsinspectie gericht controleren in sectoren waar veel studenten werken (minister "
          "van SZW).",
          "Laat de Nederlandse Arbeidsinspectie in 2026 en 2027 gericht controleren op de naleving van de regels voor "
          "oproepcontracten, werktijden en het minimumloon in sectoren waar veel studenten werken, zoals de horeca, "
          "de detailhandel en de maaltijdbezorging, en maak de uitkomsten openbaar."),
    "9": (("SZW",),
          "Trek het minimumjeugdloon voor werkende studenten van 18 tot en met 20 jaar op tot het volwassen "
          "minimumloon (minister van SZW).",
          "Trek het minimumjeugdloon voor jongeren van 18 tot en met 20 jaar in stappen op tot het wettelijk "
          "minimumloon voor volwassenen, zodat studenten met een bijbaan minder uren hoeven te werken om rond te "
          "komen."),
    "10": (("VWS",),
           "Zorg voor een laagdrempelig hulppunt voor studenten in iedere studentenstad (staatssecretaris van VWS).",
           "Zorg ervoor dat er uiterlijk in 2027 in iedere studentenstad een laagdrempelig inloop- en hulppunt is waar "
           "studenten zonder verwijzing en binnen twee weken terechtkunnen met lichte en matige psychische klachten, "
           "en financier deze hulppunten structureel."),
    "11": (("VWS",),
           "Laat studenten die voor hun studie verhuizen hun plaats op de ggz-wachtlijst behouden (staatssecretaris "
           "van VWS).",
           "Maak met zorgverzekeraars en ggz-aanbieders afspraken zodat studenten die voor hun studie verhuizen hun "
           "opgebouwde wachttijd voor een ggz-behandeling behouden, en een lopende behandeling zo nodig op afstand "
           "kunnen voortzetten."),
    "12": (("VWS", "OCW"),
           "Start met studentenorganisaties een meerjarige campagne tegen het stigma op psychische klachten "
           "(staatssecretaris van VWS en minister van OCW).",
           "Start samen met de landelijke studentenorganisaties een campagne tegen het stigma op psychische klachten "
           "onder studenten, met een looptijd van ten minste vier jaar en met een vast aanspreekpunt voor "
           "studentenverenigingen en opleidingen die eraan willen bijdragen."),
    "13": (("GEMEENTEN",),
           "Neem studenten als aparte doelgroep op in het lokale gezondheidsbeleid (gemeenten).",
           "Neem studenten als afzonderlijke doelgroep op in de lokale nota gezondheidsbeleid en laat de GGD samen "
           "met de instellingen jaarlijks een preventieaanbod verzorgen voor studentenhuizen en "
           "studentenverenigingen, gericht op eenzaamheid, slaap en het gebruik van alcohol en drugs."),
    "14": (("OCW", "VWS", "SZW"),
           "Stel een landelijk programma Studentenwelzijn in met een looptijd van tien jaar (kabinet, onder regie van "
           "de minister van OCW).",
           "Stel een landelijk programma Studentenwelzijn in met een looptijd van tien jaar, onder regie van de "
           "minister van OCW en met deelname van de ministers van VWS en SZW, en leg de doelen, de financiering en de "
           "verdeling van verantwoordelijkheden tussen Rijk, gemeenten, instellingen en studentenorganisaties vast "
           "in een bestuursakkoord."),
}


def chapter_recs(*numbers: str) -> ItemList:
    """The recommendations in their full form, as printed at the end of a chapter (the originals)."""
    items = tuple(ListItem(RECS[n][2], recommendation=Recommendation(n, RECS[n][0])) for n in numbers)
    return ItemList(items=items, style="1.", start=int(numbers[0]))


def summary_recs() -> ItemList:
    """All recommendations in short form, as printed in the summary (duplicates of the chapter printings)."""
    items = tuple(ListItem(short, recommendation=Recommendation(n, depts, duplicate_of=n))
                  for n, (depts, short, _full) in RECS.items())
    return ItemList(items=items, style="1.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Studeren hoort een tijd van ontdekken te zijn: van een vak, van een stad, van jezelf. Voor veel studenten is "
      "het dat ook. Maar in de gesprekken die wij het afgelopen jaar voerden, hoorden wij ook een ander verhaal. Het "
      "verhaal van de student die 's nachts wakker ligt van een tentamen dat over haar toekomst lijkt te beslissen. "
      "Van de student die drie avonden per week in een restaurant werkt om de huur te kunnen betalen en daardoor "
      "colleges mist. Van de student die na maanden eindelijk een intake heeft bij een psycholoog, maar dan "
      "verhuist en weer onderaan een wachtlijst staat."),
    P("Geen van die verhalen staat op zichzelf, en geen van die problemen heeft één oorzaak. Prestatiedruk, "
      "geldzorgen, eenzaamheid en lange wachttijden versterken elkaar. Daarom kan ook niemand ze alleen oplossen. De "
      "onderwijsinstellingen, de ministeries van OCW, VWS en SZW, DUO, de gemeenten en de studenten zelf hebben "
      "ieder een eigen rol. Dit advies beschrijft wat die rol volgens ons moet zijn."),
    P("Wij danken de ruim negenduizend studenten die onze vragenlijst invulden en de tientallen studenten, docenten, "
      "studentpsychologen, huisartsen, bestuurders en ambtenaren die met ons spraken. Hun openheid heeft dit advies "
      "gevormd. Wij hopen dat het bijdraagt aan een hoger onderwijs waarin studenten niet alleen worden uitgedaagd, "
      "maar ook de ruimte krijgen om te groeien."),
    P("Namens de Expertcommissie Mentaal Welzijn Studenten, prof. dr. M.E. Koolhoven-Adriaanse, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Het gaat met een grote groep studenten in het hoger onderwijs niet goed. In onze enquête onder 9.412 studenten "
      "gaf 47 procent aan zich vaak of altijd emotioneel uitgeput te voelen door de studie, en had ruim een kwart "
      "klachten die passen bij een matige of ernstige angst- of somberheidsstoornis. Eén op de vijf studenten voelt "
      "zich ernstig eenzaam. Bij eerstegeneratiestudenten, internationale studenten en studenten met een "
      "functiebeperking liggen deze percentages duidelijk hoger."),
    P("De oorzaken liggen voor een deel in de inrichting van het onderwijs: een hoge norm voor het bindend "
      "studieadvies, een dicht opeengepakt toetsrooster en begeleiding die niet overal toereikend is. Voor een ander "
      "deel liggen ze buiten de collegezaal: hoge huren, een oplopende studieschuld en bijbanen met onvoorspelbare "
      "werktijden. Wie hulp zoekt, vindt die niet altijd op tijd. Lichte klachten worden te vaak zwaar omdat er "
      "tussen de studieadviseur en de specialistische ggz weinig te vinden is."),
    P("Er gebeurt al veel. Instellingen hebben de afgelopen jaren studentpsychologen aangesteld, welzijnsweken "
      "georganiseerd en de begeleiding in het eerste jaar versterkt. Maar de initiatieven zijn versnipperd, vaak "
      "tijdelijk gefinancierd en zelden geëvalueerd. Niemand heeft het overzicht, en niemand is aanspreekbaar op het "
      "geheel."),
    P("Hieronder staan onze veertien aanbevelingen in het kort. Tussen haakjes staat aan wie zij zijn gericht. In de "
      "hoofdstukken 1 tot en met 5 werken wij de aanbevelingen uit; aan het einde van elk hoofdstuk staan zij, met "
      "hetzelfde nummer, in hun volledige vorm."),
    summary_recs(),
    H("Over dit advies"),
    H2("Aanleiding"),
    P("Sinds de eerste landelijke metingen onder studenten is de zorg over hun mentale gezondheid niet meer van de "
      "politieke agenda verdwenen. Instellingen, studentenorganisaties en zorgverleners signaleerden al voor de "
      "coronapandemie dat het aantal studenten met psychische klachten toenam. De sluiting van de gebouwen en het "
      "onderwijs op afstand hebben die ontwikkeling versneld, en het herstel daarna is minder voorspoedig verlopen "
      "dan werd gehoopt."),
    P("In het voorjaar van 2024 nam de Tweede Kamer een motie aan waarin de regering werd gevraagd een onafhankelijke "
      "commissie te laten adviseren over een samenhangende aanpak. De minister van Onderwijs, Cultuur en "
      "Wetenschap stelde daarop, in overeenstemming met de staatssecretaris van Volksgezondheid, Welzijn en Sport, de "
      "Expertcommissie Mentaal Welzijn Studenten in."),
    H2("Adviesvraag"),
    P("De minister legde de commissie drie vragen voor:"),
    ItemList(items=(
        ListItem("Hoe is het gesteld met het mentale welzijn van studenten in het hoger beroepsonderwijs en het "
                 "wetenschappelijk onderwijs, en welke groepen lopen een verhoogd risico?"),
        ListItem("Welke factoren in het onderwijs, in de financiële positie van studenten en in hun leefomgeving "
                 "dragen bij aan psychische klachten, en welke beschermen ertegen?"),
        ListItem("Welke maatregelen van het Rijk, de instellingen en andere partijen zijn nodig om het welzijn van "
                 "studenten duurzaam te verbeteren, en hoe kunnen zij daarin samenwerken?"),
    ), style="1."),
    P("Het middelbaar beroepsonderwijs viel buiten de opdracht. De commissie beseft dat veel van wat zij "
      "beschrijft ook voor mbo-studenten geldt, en hoopt dat voor die groep een vergelijkbare verkenning volgt."),
    H2("Werkwijze"),
    P("De commissie bestond uit zeven leden met een achtergrond in de psychiatrie, de psychologie, het hoger "
      "onderwijs, de gemeentelijke gezondheidszorg en de studentenbeweging (bijlage). Zij kwam tussen april 2024 "
      "en juni 2025 veertien keer bijeen en baseerde haar advies op:"),
    bullets(
        "een eigen vragenlijst die in het najaar van 2024 door 9.412 studenten van 23 hogescholen en universiteiten "
        "volledig werd ingevuld;",
        "rondetafelgesprekken in Groningen, Utrecht, Eindhoven, Leiden en Maastricht met in totaal 112 studenten, "
        "docenten, studieadviseurs, studentpsychologen en decanen;",
        "gesprekken met bestuurders van instellingen, huisartsen, ggz-aanbieders, zorgverzekeraars, GGD's, DUO en "
        "de betrokken ministeries;",
        "een literatuurstudie naar de effectiviteit van interventies, uitgevoerd door een universitair "
        "onderzoeksteam in opdracht van de commissie;",
        "een vergelijking met de aanpak in Vlaanderen, Denemarken en Schotland.",
    ),
    P("De commissie heeft haar advies onafhankelijk opgesteld. Het secretariaat werd gevoerd door medewerkers van "
      "OCW en VWS; de ministeries hebben de tekst niet vooraf ingezien."),
    H2("Leeswijzer"),
    P("Hoofdstuk 1 schetst hoe het met studenten gaat en wat we daarover nog niet weten. Hoofdstuk 2 gaat over de druk "
      "die uit de studie zelf voortkomt, hoofdstuk 3 over geld en werk. In hoofdstuk 4 bespreken wij de weg naar "
      "hulp, en in hoofdstuk 5 de vraag hoe de aanpak over tien jaar nog overeind staat. Elk hoofdstuk eindigt met "
      "de paragraaf 'Wat wij adviseren'."),
    PageBreak(),
    H("1 Hoe het met studenten gaat"),
    H2("1.1 Het beeld uit onze enquête"),
    P("De commissie heeft in het najaar van 2024 een vragenlijst uitgezet onder studenten van 23 instellingen. De "
      "vragen over psychische klachten waren ontleend aan gevalideerde meetinstrumenten, zodat de uitkomsten "
      "vergelijkbaar zijn met eerdere metingen. Tabel 1 geeft de belangrijkste uitkomsten."),
    Table(
        header=("Indicator", "Hbo", "Wo", "Totaal"),
        rows=(
            ("Vaak of altijd emotioneel uitgeput door de studie", "45%", "49%", "47%"),
            ("Klachten passend bij matige of ernstige angst of somberheid", "26%", "29%", "27%"),
            ("Ernstig eenzaam", "19%", "22%", "20%"),
            ("Ervaart (zeer) veel prestatiedruk", "58%", "66%", "62%"),
            ("Maakt zich vaak zorgen over geld", "41%", "33%", "37%"),
            ("Heeft het afgelopen jaar hulp gezocht voor psychische klachten", "24%", "27%", "25%"),
        ),
        widths=(3.4, 1.0, 1.0, 1.0),
    ),
    P("Tabel 1. Uitkomsten van de enquête van de commissie onder 9.412 studenten (najaar 2024), gewogen naar "
      "instelling en studiejaar."),
    P("Bijna de helft van de studenten voelt zich vaak of altijd uitgeput door de studie. Dat is niet alleen een "
      "kwestie van drukke weken: wie langdurig uitgeput is, loopt een grotere kans op uitval, op vertraging en op "
      "psychische klachten die behandeling nodig hebben. Ruim een kwart van de studenten heeft klachten die passen "
      "bij een matige of ernstige angst- of somberheidsstoornis. Die groep is groter dan de groep die het afgelopen "
      "jaar hulp zocht.",
      footnotes=("Voor de verantwoording van de steekproef en de weging zie de technische bijlage, die afzonderlijk op "
                 "de website van de commissie is gepubliceerd.",)),
    P("De prestatiedruk die studenten ervaren, is hoog en komt volgens henzelf uit meerdere richtingen: van de "
      "opleiding, van ouders, van sociale media en vooral van zichzelf. In de rondetafelgesprekken viel vaak het "
      "woord 'perfectionisme'. Studenten beschreven een cultuur waarin een voldoende niet genoeg is en waarin "
      "iedere vertraging voelt als falen. Docenten herkenden dat beeld en zeiden dat zij er weinig tegen konden "
      "doen zolang het onderwijs zelf ieder jaar een hoger tempo vraagt."),
    H2("1.2 Niet één groep"),
    P("Het gemiddelde verhult grote verschillen. Studenten van wie de ouders niet hebben gestudeerd, rapporteren "
      "vaker geldzorgen en eenzaamheid, en zoeken minder vaak hulp. Internationale studenten hebben vaak geen "
      "huisarts, kennen het Nederlandse zorgstelsel niet en lopen aan tegen taal- en kostenbarrières. Studenten met "
      "een functiebeperking of een chronische ziekte combineren hun studie met behandelingen en hebben meer "
      "begeleiding nodig, maar ervaren vaker dat hun opleiding daar weinig rekening mee houdt."),
    P("Ook tussen opleidingen zijn de verschillen groot. Bij opleidingen met een hoge BSA-norm, een selectieve "
      "instroom of veel verplichte praktijkonderdelen liggen de percentages uitgeputte studenten duidelijk hoger. "
      "Dat wijst erop dat de inrichting van het onderwijs ertoe doet, en dat instellingen daar invloed op hebben."),
    H2("1.3 Wat we nog niet weten"),
    P("Het beeld dat wij schetsen, berust op een momentopname. Landelijke cijfers over het welzijn van studenten "
      "worden tot nu toe onregelmatig verzameld, met wisselende financiering en steeds net andere vragen. De laatste "
      "landelijke meting vóór onze enquête dateert van enkele jaren geleden, en een vervolg is niet gegarandeerd. "
      "Daardoor weten we niet of het beter of slechter gaat, en kunnen instellingen hun eigen aanpak niet "
      "vergelijken met die van anderen."),
    P("Bovendien zijn de landelijke cijfers meestal niet uit te splitsen naar instelling of naar kwetsbare groepen. "
      "Instellingen die willen weten of hun maatregelen werken, zetten daarom eigen vragenlijsten uit. Dat leidt tot "
      "enquêtemoeheid bij studenten en tot cijfers die onderling niet vergelijkbaar zijn. Een structurele, landelijke "
      "monitor met een vaste opzet zou beide problemen oplossen."),
    H2("1.4 Wat wij adviseren"),
    P("Een aanpak die werkt, begint met goed zicht op het probleem. De commissie vindt het daarom nodig dat het "
      "welzijn van studenten voortaan regelmatig en op dezelfde manier wordt gemeten."),
    lead("Wij adviseren de minister van OCW en de staatssecretaris van VWS:"),
    chapter_recs("1"),
    PageBreak(),
    H("2 Druk in de studie"),
    H2("2.1 Een hoog tempo vanaf de eerste dag"),
    P("Het hoger onderwijs is de afgelopen vijftien jaar sterk gericht geraakt op studiesucces. Instellingen werden "
      "aangesproken op uitval en rendement, en hebben hun onderwijs daarop ingericht: meer contacturen in het eerste "
      "jaar, kleinere groepen, meer tussentijdse toetsen en een strengere selectie aan het einde van het eerste "
      "jaar. Veel van die maatregelen hebben hun doel bereikt. De uitval na het eerste jaar is gedaald en meer "
      "studenten halen hun diploma binnen de nominale duur plus één jaar."),
    P("De keerzijde is dat studenten vanaf de eerste week het gevoel hebben dat zij geen fout mogen maken. In onze "
      "gesprekken vertelden studenten dat zij hun eerste jaar beleefden als 'een jaar lang examen doen'. Een student "
      "geneeskunde zei: 'Je kunt je geen griep permitteren, laat staan een slechte maand.' Studentpsychologen zien "
      "dat terug in hun spreekkamer: het aantal eerstejaars dat zich meldt met paniek- en slaapklachten rond de "
      "tentamenperiodes is sterk gestegen."),
    H2("2.2 Het bindend studieadvies"),
    P("Het bindend studieadvies (BSA) is daarbij een belangrijke factor. Instellingen bepalen zelf de norm; die ligt "
      "bij de meeste opleidingen tussen 40 en 60 studiepunten. Studenten die de norm niet halen, moeten de opleiding "
      "verlaten en mogen zich de eerstvolgende jaren niet opnieuw inschrijven. De wet verplicht instellingen om "
      "rekening te houden met persoonlijke omstandigheden, maar in de praktijk weten studenten vaak niet dat zij zich "
      "daarop kunnen beroepen, of melden zij hun klachten uit schaamte pas als het te laat is."),
    P("De commissie erkent dat het BSA voor een deel van de studenten helpt om tijdig te ontdekken dat een opleiding "
      "niet bij hen past. Maar een hoge norm treft juist de studenten die in het eerste jaar een tegenslag hebben, "
      "zoals een ziekte, een overlijden in de familie of psychische klachten. Voor hen werkt het BSA niet als "
      "verwijzing, maar als straf. Instellingen die hun norm verlaagden naar 30 of 40 studiepunten, zagen de "
      "ervaren druk afnemen zonder dat het studiesucces daalde.",
      footnotes=("Dit blijkt uit de evaluaties die drie instellingen op verzoek van de commissie beschikbaar stelden; "
                 "de aantallen zijn te klein voor algemene conclusies.",)),
    P("Het is verleidelijk om het aan de instellingen zelf over te laten om hun norm aan te passen. De afgelopen jaren "
      "is gebleken dat dat onvoldoende werkt: instellingen houden elkaar in evenwicht, en geen instelling wil de "
      "eerste zijn die het BSA sterk verlaagt. Een wettelijk maximum schept duidelijkheid voor alle studenten."),
    H2("2.3 Toetsing"),
    P("Naast het BSA noemden studenten het toetsrooster als grootste bron van druk. Bij veel opleidingen volgen "
      "tentamens, deadlines voor opdrachten en herkansingen elkaar zo snel op dat er geen week zonder toets is. "
      "Herkansingen vallen vaak samen met de tentamens van de volgende periode, waardoor wie één keer achterloopt, "
      "blijft achterlopen. Docenten bevestigden dat de toetsprogramma's zelden als geheel worden bekeken: elk vak "
      "bepaalt zijn eigen toetsing, en niemand overziet wat dat voor de student betekent."),
    P("De inrichting van de toetsing is een verantwoordelijkheid van de instellingen en hun examencommissies. De "
      "commissie ziet hier dan ook geen rol voor de wetgever, maar wel een duidelijke opdracht voor de opleidingen "
      "zelf."),
    H2("2.4 Begeleiding"),
    P("Wie vastloopt, moet iemand kunnen vinden die luistert en de weg weet. Bij de meeste opleidingen is dat de "
      "mentor of studieloopbaanbegeleider. Hun rol is de afgelopen jaren gegroeid, maar hun tijd niet. Een mentor "
      "heeft gemiddeld vijftien minuten per student per kwartaal, en slechts een minderheid van de mentoren heeft een "
      "training gehad in het herkennen van psychische klachten. Studieadviseurs en studentpsychologen hebben lange "
      "wachttijden, vooral in de tentamenperiodes."),
    P("De financiering van de begeleiding is kwetsbaar. Veel instellingen betaalden hun extra studentpsychologen uit "
      "tijdelijke middelen die na de pandemie beschikbaar kwamen. Nu die middelen zijn afgelopen, staan die functies "
      "onder druk. De commissie vindt dat welzijn een vaste plaats moet krijgen in de afspraken tussen de minister "
      "en de sector, met een herkenbaar bedrag dat niet bij elke begroting opnieuw ter discussie staat."),
    H2("2.5 Wat wij adviseren"),
    P("De druk in de studie is niet het gevolg van één regel of één gewoonte. Daarom richten onze aanbevelingen zich "
      "zowel tot de minister als tot de instellingen."),
    lead("Wij adviseren de minister van OCW:"),
    chapter_recs("2", "3"),
    lead("Wij adviseren de onderwijsinstellingen:"),
    chapter_recs("4"),
    lead("Wij adviseren de minister van OCW en de onderwijsinstellingen:"),
    chapter_recs("5"),
    PageBreak(),
    H("3 Geld en werk"),
    H2("3.1 Rondkomen"),
    P("Met de herinvoering van de basisbeurs in het studiejaar 2023-2024 is een belangrijke stap gezet. De "
      "commissie heeft gezien dat die stap voor veel studenten verschil heeft gemaakt. Tegelijk zijn de kosten van "
      "levensonderhoud sindsdien sterk gestegen. De gemiddelde huur van een onzelfstandige studentenkamer is in drie "
      "jaar met bijna een vijfde toegenomen, en in de grote studentensteden ligt die huur ruim boven het bedrag van "
      "de basisbeurs en de aanvullende beurs samen."),
    P("Geldzorgen en psychische klachten hangen nauw samen. In onze enquête had 41 procent van de studenten die zich "
      "vaak zorgen maken over geld, klachten die passen bij een matige of ernstige angst- of somberheidsstoornis, "
      "tegenover 19 procent van de studenten zonder geldzorgen. Studenten met geldzorgen slapen slechter, werken "
      "meer uren naast hun studie en zeggen vaker dat zij overwegen te stoppen."),
    H2("3.2 Studieschuld"),
    P("Een groot deel van de studenten leent bij DUO. Voor de meesten is dat een bewuste keuze. Maar de commissie "
      "sprak ook studenten die pas laat ontdekten hoe hoog hun schuld was opgelopen, of die een achterstand hadden "
      "in de terugbetaling van een eerdere schuld zonder te weten wat zij daaraan konden doen. DUO stuurt brieven en "
      "berichten in de eigen online omgeving, maar wie het overzicht kwijt is, opent die berichten vaak niet meer."),
    P("Studentendecanen en schuldhulpverleners zeggen dat zij deze studenten te laat zien. Een vroegtijdig en "
      "persoonlijk contact, zoals gemeenten en energieleveranciers dat bij betalingsachterstanden al kennen, kan "
      "volgens hen veel leed voorkomen. DUO beschikt over de gegevens om deze studenten te herkennen, maar benut die "
      "nu niet om hen actief te benaderen.",
      footnotes=("DUO wees de commissie erop dat persoonlijk contact extra capaciteit vraagt en dat de "
                 "privacyregels zorgvuldig moeten worden toegepast.",)),
    H2("3.3 Werken naast de studie"),
    P("Ruim drie op de vier studenten hebben een bijbaan. Gemiddeld werken zij twaalf uur per week, maar een "
      "aanzienlijke groep werkt meer dan twintig uur. De meeste studenten werken in de horeca, de detailhandel en de "
      "maaltijdbezorging, vaak met een oproepcontract. In de gesprekken hoorden wij dat roosters soms pas een dag "
      "van tevoren bekend zijn, dat diensten worden ingekort zonder betaling en dat studenten onder druk worden gezet "
      "om tijdens tentamenweken te werken."),
    P("Die praktijken zijn in strijd met de regels, maar de kans dat zij worden opgemerkt is klein. Studenten kennen "
      "hun rechten vaak niet en vrezen dat zij hun baan kwijtraken als zij klagen. Gerichte controles in de sectoren "
      "waar veel studenten werken, kunnen volgens de commissie veel verschil maken, zeker als de uitkomsten openbaar "
      "worden."),
    P("Daarnaast speelt de hoogte van het loon. Werkende studenten jonger dan 21 jaar hebben recht op het "
      "minimumjeugdloon, dat lager ligt dan het minimumloon voor volwassenen. Zij moeten daardoor meer uren werken "
      "om dezelfde huur te kunnen betalen. De commissie ziet dat als een van de redenen waarom jongere studenten vaak "
      "moeite hebben om werk en studie te combineren."),
    H2("3.4 Wat wij adviseren"),
    P("Studenten moeten kunnen rondkomen zonder dat hun studie en hun gezondheid daaronder lijden. Dat vraagt om "
      "maatregelen van de minister van OCW, van DUO en van de minister van SZW."),
    lead("Wij adviseren de minister van OCW:"),
    chapter_recs("6"),
    lead("Wij adviseren de minister van OCW en DUO:"),
    chapter_recs("7"),
    lead("Wij adviseren de minister van SZW:"),
    chapter_recs("8", "9"),
    PageBreak(),
    H("4 Hulp die op tijd komt"),
    H2("4.1 Van klacht tot hulp"),
    P("Een kwart van de studenten zocht het afgelopen jaar hulp voor psychische klachten. De weg die zij daarvoor "
      "moesten afleggen, was vaak lang. Veel studenten weten niet waar zij terechtkunnen: bij de mentor, de "
      "studentpsycholoog, de huisarts of de praktijkondersteuner ggz. Internationale studenten en studenten die pas "
      "verhuisd zijn, hebben vaak nog geen huisarts. Wie wel de weg vindt, krijgt soms te horen dat de klachten te "
      "licht zijn voor behandeling en te zwaar voor een gesprek met de studieadviseur."),
    P("In verschillende studentensteden zijn daarom de afgelopen jaren laagdrempelige voorzieningen ontstaan: "
      "inlooppunten waar studenten zonder verwijzing terechtkunnen voor een gesprek, een korte training of een "
      "groepsbijeenkomst. De commissie bezocht er vier. De ervaringen zijn positief: studenten worden snel gezien, "
      "lichte klachten worden vaak binnen enkele gesprekken minder, en wie zwaardere hulp nodig heeft, wordt gericht "
      "doorverwezen. Maar de inlooppunten draaien op tijdelijke subsidies en vrijwilligers, en zijn lang niet in "
      "iedere stad te vinden."),
    H2("4.2 Wachten en verhuizen"),
    P("Studenten die specialistische ggz nodig hebben, wachten even lang als andere patiënten: voor veel "
      "behandelingen maanden. Voor studenten komt daar een eigen probleem bij. Zij verhuizen vaak, bijvoorbeeld bij "
      "de start van hun studie, voor een stage of een masteropleiding in een andere stad. Wie verhuist, moet zich "
      "opnieuw aanmelden bij een aanbieder in de nieuwe woonplaats en sluit daar achteraan in de rij aan. Een lopende "
      "behandeling wordt vaak afgebroken."),
    P("Zorgverzekeraars en aanbieders erkennen het probleem, maar wijzen op de regionale inrichting van de zorg en op "
      "de regels voor wachtlijstbeheer. Volgens de commissie is hier geen wetswijziging voor nodig, wel een landelijke "
      "afspraak die voorkomt dat studenten de dupe worden van hun mobiliteit."),
    H2("4.3 Stigma"),
    P("Ondanks de vele aandacht voor mentale gezondheid schamen veel studenten zich nog voor hun klachten. Bijna de "
      "helft van de studenten met ernstige klachten heeft daar met niemand over gesproken, ook niet met vrienden. "
      "Zij zijn bang om als zwak te worden gezien, of vrezen dat het hun kansen op een stage of baan schaadt. "
      "Campagnes die kort duren, hebben volgens de literatuur weinig effect; campagnes die jaren lopen en waarin "
      "studenten zelf het verhaal vertellen, wel."),
    H2("4.4 Preventie in de leefomgeving"),
    P("Veel van wat het welzijn van studenten bepaalt, speelt zich af buiten de instelling: in studentenhuizen, bij "
      "verenigingen, in het uitgaansleven. Eenzaamheid, slaaptekort en het gebruik van alcohol en drugs hangen samen "
      "met psychische klachten. Gemeenten en GGD's hebben een wettelijke taak in de preventie, maar studenten komen "
      "in de lokale gezondheidsnota's nauwelijks voor. Zij worden vaak als tijdelijke inwoners gezien, ook al wonen "
      "zij gemiddeld vier tot vijf jaar in de stad."),
    P("Enkele gemeenten laten zien dat het anders kan. Zij hebben met de instellingen en de GGD een vast aanbod "
      "ontwikkeld voor studentenhuizen en verenigingen, met aandacht voor eenzaamheid en middelengebruik. De "
      "commissie vindt dat zo'n aanbod in iedere studentenstad vanzelfsprekend zou moeten zijn."),
    H2("4.5 Wat wij adviseren"),
    P("Hulp moet op tijd komen en moet niet afhangen van de stad waar een student toevallig woont. De commissie doet "
      "daarom vier aanbevelingen."),
    lead("Wij adviseren de staatssecretaris van VWS:"),
    chapter_recs("10", "11"),
    lead("Wij adviseren de staatssecretaris van VWS en de minister van OCW:"),
    chapter_recs("12"),
    lead("Wij adviseren de gemeenten met een hogeschool of universiteit binnen hun grenzen:"),
    chapter_recs("13"),
    PageBreak(),
    H("5 Een aanpak die beklijft"),
    H2("5.1 Veel initiatieven, weinig samenhang"),
    P("In de loop van ons onderzoek stuitten wij op tientallen initiatieven: programma's van instellingen, projecten "
      "van studentenorganisaties, subsidieregelingen van ministeries en lokale pilots. Veel daarvan zijn waardevol. "
      "Maar bijna allemaal zijn ze tijdelijk, kleinschalig en onvoldoende geëvalueerd. Wat in de ene stad werkt, "
      "wordt in de andere stad opnieuw uitgevonden. Wat na drie jaar succesvol blijkt, stopt omdat de subsidie "
      "afloopt."),
    P("Dat komt ook doordat de verantwoordelijkheid is verdeeld. OCW gaat over het onderwijs en de "
      "studiefinanciering, VWS over de zorg en de preventie, SZW over werk en inkomen. Gemeenten gaan over de "
      "publieke gezondheid en instellingen over hun eigen onderwijs en begeleiding. Ieder doet zijn deel, maar "
      "niemand is verantwoordelijk voor het geheel. Bij iedere kabinetswisseling begint het gesprek opnieuw."),
    P("De commissie is ervan overtuigd dat alleen een langjarige aanpak het welzijn van studenten werkelijk kan "
      "verbeteren. De effecten van veel maatregelen worden pas na jaren zichtbaar. Dat vraagt om een programma dat "
      "meerdere kabinetsperiodes overleeft, met heldere doelen, vaste financiering en afspraken over wie wat doet."),
    H2("5.2 Wat wij adviseren"),
    lead("Wij adviseren het kabinet:"),
    chapter_recs("14"),
    P("Een landelijk programma vervangt de aanbevelingen in de vorige hoofdstukken niet, maar zorgt ervoor dat zij in "
      "samenhang worden uitgevoerd en dat er over vijf en over tien jaar kan worden vastgesteld wat zij hebben "
      "opgeleverd."),
    H("Bijlage: samenstelling van de commissie"),
    bullets(
        "prof. dr. M.E. Koolhoven-Adriaanse, hoogleraar klinische psychologie (voorzitter)",
        "dr. S. Benali, psychiater en onderzoeker jongvolwassenenpsychiatrie",
        "drs. P.J. Wesseling, oud-collegevoorzitter van een hogeschool",
        "dr. R. van der Gaag-Timmer, arts maatschappij en gezondheid bij een GGD",
        "mr. K. Oosterdijk, oud-bestuurder van een universiteit",
        "A. Doğan MSc, studentpsycholoog",
        "L. Verhoeff, student en oud-bestuurslid van een landelijke studentenorganisatie",
    ),
    P("Secretariaat: drs. J. Hoogstraten (OCW) en E. Pranoto MA (VWS)."),
)

REPORT = Document(
    title="Ruimte om te groeien",
    subtitle="Advies van de Expertcommissie Mentaal Welzijn Studenten over het mentale welzijn van studenten in het "
             "hoger onderwijs",
    blocks=REPORT_BLOCKS,
    running_header="Expertcommissie Mentaal Welzijn Studenten | Ruimte om te groeien",
    footer="– {page} –",
    font_family="serif",
    title_page=True,
    imprint=("Expertcommissie Mentaal Welzijn Studenten", "Den Haag, juli 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Het RIVM voert de monitor vanaf het voorjaar van 2026 iedere twee jaar uit; OCW en VWS stellen daarvoor samen "
       "structureel € 1,4 miljoen per meting beschikbaar.")
EV2 = ("Een wettelijke maximering van de norm ligt niet voor de hand: het bindend studieadvies helpt veel studenten "
       "juist om tijdig een opleiding te vinden die bij hen past, en instellingen moeten de ruimte houden om de norm "
       "af te stemmen op hun opleidingen.")
EV3 = ("De aanbeveling om studentenwelzijn te verankeren in de bestuurlijke afspraken met de sector neem ik ten dele "
       "over.")
EV5 = ("OCW stelt vanaf het studiejaar 2025-2026 jaarlijks € 3 miljoen beschikbaar voor een landelijk scholingsaanbod "
       "'Signaleren en doorverwijzen', dat in 2027 voor alle docenten, mentoren en studieadviseurs in het hoger "
       "onderwijs toegankelijk is.")
EV6 = ("Een verdere verhoging van de beurs voor uitwonende studenten, met een jaarlijkse koppeling aan de huren, zou "
       "structureel ruim € 300 miljoen kosten, en daarvoor is geen budget beschikbaar.")
EV7 = ("DUO onderzoekt in 2026 hoe zij studenten met een snel oplopende schuld of een betalingsachterstand eerder en "
       "persoonlijker kan benaderen.")
EV8 = ("De aanbeveling om de Nederlandse Arbeidsinspectie gericht te laten controleren in sectoren waar veel "
       "studenten werken (8), neemt de minister van SZW over.")
EV9 = ("De minister ziet geen aanleiding om het minimumjeugdloon voor 18- tot en met 20-jarigen verder te verhogen "
       "(9).")
EV10 = ("We starten een pilot in vier studentensteden, waarvoor VWS in 2026 en 2027 in totaal € 4 miljoen beschikbaar "
        "stelt.")
EV11 = ("Per 1 januari 2026 geldt een landelijke afspraak met Zorgverzekeraars Nederland en de Nederlandse ggz dat een "
        "student die voor de studie verhuist, met behoud van de opgebouwde wachttijd wordt overgedragen aan een "
        "aanbieder in de nieuwe woonplaats.")
EV12 = ("De staatssecretaris neemt de aanbeveling over om samen met de landelijke studentenorganisaties een "
        "meerjarige campagne te voeren (aanbeveling 12).")

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Op 3 juli 2025 heeft de Expertcommissie Mentaal Welzijn Studenten haar advies 'Ruimte om te groeien' "
      "uitgebracht. Met deze brief bied ik u, mede namens de staatssecretaris van Volksgezondheid, Welzijn en Sport en "
      "de minister van Sociale Zaken en Werkgelegenheid, de kabinetsreactie op dat advies aan."),
    H("Inleiding"),
    P("Het kabinet is de commissie zeer erkentelijk voor haar grondige en betrokken advies. De commissie heeft niet "
      "alleen cijfers verzameld, maar ook met honderden studenten, docenten en hulpverleners gesproken. Dat is in het "
      "advies terug te lezen: het geeft een indringend beeld van wat studenten dagelijks ervaren."),
    P("Het beeld dat de commissie schetst, is zorgelijk. Bijna de helft van de studenten voelt zich vaak uitgeput door "
      "de studie, en een aanzienlijke groep heeft klachten waarvoor hulp nodig is. Het kabinet herkent dit beeld. Het "
      "sluit aan bij de signalen die ook instellingen, studentenorganisaties en zorgverleners de afgelopen jaren "
      "hebben afgegeven."),
    P("De commissie doet veertien aanbevelingen aan verschillende partijen. In deze brief reageren de betrokken "
      "bewindspersonen ieder op de aanbevelingen die op hun terrein liggen. Waar een aanbeveling meer dan één "
      "bewindspersoon betreft, is zij opgenomen bij degene die het voortouw heeft. Het kabinet volgt daarbij niet de "
      "volgorde van het advies, maar de onderwerpen."),
    H("Reactie van de minister van OCW"),
    P("Het welzijn van studenten heeft de afgelopen jaren nadrukkelijk de aandacht van OCW gekregen. Met de "
      "herinvoering van de basisbeurs, de tijdelijke middelen voor extra begeleiding en de steun aan het landelijk "
      "kennisnetwerk over studentenwelzijn zijn stappen gezet. Het advies laat zien dat dat niet genoeg is, en dat "
      "vooral de samenhang en de continuïteit tekortschieten."),
    H2("Zicht op het welzijn van studenten"),
    P("De commissie wijst er terecht op dat landelijke cijfers tot nu toe onregelmatig en met wisselende vragen zijn "
      "verzameld. " + EV1 + " De monitor wordt zo opgezet dat de uitkomsten per instelling en voor groepen als "
      "eerstegeneratiestudenten, internationale studenten en studenten met een functiebeperking kunnen worden "
      "uitgesplitst. Instellingen krijgen hun eigen uitkomsten, zodat zij geen afzonderlijke vragenlijsten meer "
      "hoeven uit te zetten.",
      answers=(Answer("1", "agree", EV1),)),
    H2("Het bindend studieadvies"),
    P("Het kabinet deelt de analyse van de commissie dat een hoge norm voor het bindend studieadvies bij een deel van "
      "de studenten tot veel spanning leidt, en dat juist studenten met tegenslag daardoor worden getroffen. "
      "Instellingen zijn nu al verplicht om bij het advies rekening te houden met persoonlijke omstandigheden, "
      "waaronder psychische klachten, en kunnen het advies in dat geval uitstellen. " + EV2 + " Wel vraag ik de "
      "instellingen om studenten aan het begin van het studiejaar beter te informeren over de mogelijkheid om zich op "
      "persoonlijke omstandigheden te beroepen.",
      answers=(Answer("2", "disagree", EV2),)),
    H2("Afspraken met de sector"),
    P(EV3 + " In het sectorakkoord dat ik dit najaar met Universiteiten van Nederland en de Vereniging Hogescholen "
      "sluit, wordt studentenwelzijn een vast onderwerp, met afspraken over de begeleiding in het eerste jaar en over "
      "de beschikbaarheid van studentpsychologen. Een afzonderlijk en geoormerkt bedrag van € 40 miljoen per jaar "
      "verbind ik daar niet aan. Instellingen ontvangen hun bekostiging als lumpsum en zijn zelf verantwoordelijk "
      "voor de keuzes die zij daarin maken; over die keuzes leggen zij verantwoording af in hun jaarverslag.",
      answers=(Answer("3", "partial", EV3),)),
    H2("Toetsing en begeleiding"),
    P("De commissie beschrijft overtuigend hoe een toetsrooster zonder adem de druk op studenten vergroot. Hoe "
      "opleidingen hun toetsprogramma's inrichten, is aan de instellingen zelf en hun examencommissies. Ik heb het "
      "advies van de commissie op dit punt onder de aandacht gebracht van de besturen van Universiteiten van "
      "Nederland en de Vereniging Hogescholen."),
    P("Mentoren en studieadviseurs zijn voor veel studenten het eerste aanspreekpunt. " + EV5 + " Het aanbod wordt "
      "ontwikkeld door het landelijk kennisnetwerk, samen met studentpsychologen en studenten. Met Universiteiten van "
      "Nederland en de Vereniging Hogescholen maak ik in het sectorakkoord de afspraak dat de instellingen hun "
      "medewerkers in staat stellen de training binnen hun werktijd te volgen.",
      answers=(Answer("5", "agree", EV5),)),
    H2("Studiefinanciering en studieschuld"),
    P("Sinds het studiejaar 2023-2024 ontvangen studenten in het hoger onderwijs weer een basisbeurs, die voor "
      "uitwonende studenten hoger is dan voor thuiswonende studenten. De beurs wordt jaarlijks geïndexeerd. Het "
      "kabinet begrijpt dat de stijgende huren voor veel studenten een zware last zijn. " + EV6 + " Het kabinet zet "
      "zich via de afspraken over de bouw van studentenwoningen in voor betaalbare kamers.",
      answers=(Answer("6", "disagree", EV6),)),
    P("Een oplopende studieschuld kan een bron van zorgen zijn, zeker voor studenten die het overzicht kwijt zijn. "
      + EV7 + " Daarbij kijkt DUO naar de ervaringen van gemeenten en energieleveranciers met vroegsignalering en naar "
      "de vraag welke gegevens zij daarvoor mag gebruiken. Een persoonlijk gesprek met iedere student die aan de "
      "criteria van de commissie voldoet, is voor DUO op dit moment niet uitvoerbaar. Ik informeer uw Kamer over de "
      "uitkomsten van het onderzoek in de voortgangsrapportage studiefinanciering van 2027.",
      answers=(Answer("7", "partial", EV7),)),
    H("Reactie van de staatssecretaris van VWS"),
    P("Studenten zijn een groep met een eigen kwetsbaarheid, maar ook met een eigen kracht: zij zijn vaak goed "
      "bereikbaar, staan open voor nieuwe vormen van hulp en helpen elkaar. De staatssecretaris van VWS ziet in het "
      "advies een bevestiging van de koers om meer in te zetten op laagdrempelige hulp en op het voorkomen van "
      "zwaardere klachten. In de landelijke aanpak mentale gezondheid van jongeren zijn al afspraken "
      "gemaakt over preventie en vroegsignalering, en de wachttijden in de ggz hebben de volle aandacht van het "
      "kabinet."),
    P("Voor lichte psychische klachten kunnen studenten nu al terecht bij de huisarts en de praktijkondersteuner "
      "ggz, en veel instellingen bieden zelf gesprekken met een studentpsycholoog aan. Internationale studenten die in "
      "Nederland werken, zijn verplicht een Nederlandse zorgverzekering af te sluiten; andere internationale "
      "studenten vallen onder hun eigen verzekering en kunnen zich bij een huisarts in hun studiestad inschrijven. "
      "Uit het advies blijkt dat die weg voor veel studenten onbekend of te hoogdrempelig is."),
    P("De commissie bepleit laagdrempelige inloop- en hulppunten in iedere studentenstad. De ervaringen met de "
      "bestaande inlooppunten zijn bemoedigend, maar over de effecten op langere termijn en over de beste vorm is nog "
      "weinig bekend. " + EV10 + " In die steden werken de instellingen, de huisartsen en de ggz samen in één "
      "studentenpunt, waar studenten zonder verwijzing terechtkunnen. De pilot wordt onafhankelijk geëvalueerd. Op "
      "basis van die evaluatie besluit de staatssecretaris in 2028 over een eventuele landelijke uitrol en de "
      "financiering daarvan.",
      answers=(Answer("10", "partial", EV10),)),
    P("Het is onwenselijk dat studenten die voor hun studie verhuizen, opnieuw achteraan de wachtlijst aansluiten. "
      + EV11 + " Waar dat voor de behandeling verantwoord is, kan een lopende behandeling via beeldbellen worden "
      "voortgezet totdat de overdracht rond is. De Nederlandse Zorgautoriteit volgt de uitvoering van deze afspraak.",
      answers=(Answer("11", "agree", EV11),)),
    P("Het taboe op psychische klachten houdt studenten ervan af om op tijd hulp te zoeken. " + EV12 + " De campagne "
      "loopt van 2026 tot en met 2029 en wordt samen met de minister van OCW gefinancierd. Studenten vertellen daarin "
      "zelf hun verhaal. Het landelijk kennisnetwerk wordt het vaste aanspreekpunt voor opleidingen en "
      "studentenverenigingen die willen meedoen.",
      answers=(Answer("12", "agree", EV12),)),
    H("Reactie van de minister van SZW"),
    P("Werken naast de studie kan waardevol zijn: studenten doen ervaring op, bouwen een netwerk op en verdienen een "
      "eigen inkomen. Het moet dan wel gebeuren onder eerlijke voorwaarden. De regels voor oproepcontracten schrijven "
      "voor dat werkgevers het rooster ten minste vier dagen van tevoren bekendmaken en dat een oproepkracht loon "
      "houdt als een dienst op korte termijn wordt ingetrokken. Uit het advies blijkt dat die regels in de sectoren "
      "waar veel studenten werken niet altijd worden nageleefd."),
    P(EV8 + " De Arbeidsinspectie neemt in haar jaarplannen voor 2026 en 2027 gerichte inspecties op in de horeca, "
      "de detailhandel en de maaltijdbezorging en publiceert de bevindingen. " + EV9 + " Het minimumjeugdloon is de "
      "afgelopen jaren al verhoogd, en een verdere stap zou de kansen van jongeren zonder startkwalificatie op de "
      "arbeidsmarkt kunnen verkleinen. Studenten die moeite hebben om rond te komen, zijn volgens de minister beter "
      "geholpen met de studiefinanciering en de regelingen van hun instelling dan met een aanpassing van het "
      "minimumjeugdloon.",
      answers=(Answer("8", "agree", EV8), Answer("9", "disagree", EV9))),
    H("Tot slot"),
    P("De commissie laat zien dat het welzijn van studenten niet door één partij kan worden verbeterd en dat losse "
      "initiatieven onvoldoende opleveren als zij na een paar jaar weer verdwijnen. Het kabinet omarmt de ambitie van "
      "de commissie om te komen tot een samenhangende en langjarige aanpak, waarin Rijk, instellingen en "
      "studentenorganisaties ieder hun rol nemen. Het welzijn van studenten verdient blijvende aandacht, ook over "
      "deze kabinetsperiode heen."),
    P("Wij danken de leden van de commissie en allen die aan het advies hebben bijgedragen nogmaals voor hun inzet. "
      "Over de voortgang van de maatregelen in deze brief informeren wij uw Kamer jaarlijks, voor het eerst in het "
      "voorjaar van 2026."),
    P("De minister van Onderwijs, Cultuur en Wetenschap,"),
    P("dr. A.C. Vermeulen-Brandsma"),
)

RESPONSE = Document(
    title="Kabinetsreactie op het advies 'Ruimte om te groeien' van de Expertcommissie Mentaal Welzijn Studenten",
    subtitle="Brief van de minister van Onderwijs, Cultuur en Wetenschap, mede namens de staatssecretaris van "
             "Volksgezondheid, Welzijn en Sport en de minister van Sociale Zaken en Werkgelegenheid, aan de "
             "Voorzitter van de Tweede Kamer der Staten-Generaal",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie advies Expertcommissie Mentaal Welzijn Studenten",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="student_wellbeing_ministries",
    report=REPORT,
    response=RESPONSE,
    description="Expertcommissie Mentaal Welzijn Studenten advice (serif, summary list 1-14 repeated in longer form "
                "at the end of each chapter under 'Wat wij adviseren') and a kabinetsreactie organised by ministry "
                "(OCW, VWS, SZW) answering mostly by subject; 4 passed on to the instellingen, 13 never mentioned, "
                "14 only met with 'omarmt de ambitie' in 'Tot slot'.",
)
