"""Pair: a fictional Raad voor Veiligheidsonderzoek report on a listeria outbreak, and the LVVN minister's letter.

Layout traits this pair tests: a sans report with a title page, a table-of-contents page (chapter titles with dot
leaders and page numbers), a timeline table with row rules, bulleted findings, and a chapter "6 Beschouwing" that
holds a numbered "1."-"5." list of CONCLUSIONS (not recommendations) in the same style as the recommendations.  The
fifteen recommendations sit in chapter "7 Aanbevelingen" after "De Raad beveelt het volgende aan.", grouped under
level-3 addressee headings ("Aan de minister van LVVN", "Aan de ministers van LVVN en VWS" (joint), "Aan de minister
van VWS", "Aan de Nederlandse Voedsel- en Warenautoriteit", "Aan het RIVM", "Aan de Vereniging van Vleesverwerkende
Bedrijven", "Aan de GGD'en"), one list per heading, numbered continuously 1-15 across the headings.

The response is a serif letter of the LVVN minister (letterhead, no title page) also on behalf of VWS, with its own
numbered section headings "1."-"4." that are not recommendation numbers.  Section 2 answers recommendation 2 by
subject only; section 3 quotes each recommendation as a bold paragraph "Aanbeveling N: ..." followed by plain answer
paragraphs without a label (8+9 and 10+11 are quoted together and answered in one paragraph each).  Gold:
1 agree ("neemt deze aanbeveling over", regulation by 1-1-2026); 2 partial (one-off 8 million for 2026-2027,
structural funding deferred to the Voorjaarsnota; the later "Aanbeveling 2" entry is only a pointer to section 2);
3 disagree (shares the analysis, points to existing powers under the Warenwet, "neem ik daarom niet over");
4 agree without cue words (joint draaiboek adopted before 1 July 2026); 5 agree ("onderschrijft", obligation and
funding from 1-1-2026); 6 disagree, blunt; 7 partial (four inspections only for the highest risk class, not all);
8 agree without cue words (procedure already changed since 1 March 2025); 9 disagree, polite ("acht het niet
opportuun", in the same paragraph as 8); 10 partial (RIVM only studies the possibilities of the database);
11 not addressed (same paragraph as 10 only describes the existing annual RIVM report); 12 not addressed ("onder de
aandacht gebracht van de sector", passed on without a position); 13 disagree ("ziet geen aanleiding", pointing at
existing EU traceability rules); 14 agree without cue words (agreement with GGD GHOR Nederland and 1.1 million a
year); 15 (GGD'en, informing risk groups) is never mentioned although the letter claims to follow the report's order.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# The recommendations: number -> (text as printed, departments)
# --------------------------------------------------------------------------------------------------------------

RECS = {
    "1": ("Verplicht levensmiddelenbedrijven die kant-en-klare vleeswaren produceren om iedere positieve uitslag op "
          "Listeria monocytogenes uit eigen product- en omgevingsmonsters binnen 24 uur aan de NVWA te melden, ook "
          "wanneer het betrokken product het bedrijf nog niet heeft verlaten.", ("LNV",)),
    "2": ("Zorg voor structurele financiering van de NVWA, zodat de inspectiecapaciteit voor vleesverwerkende "
          "bedrijven met een hoog risicoprofiel ten minste het niveau bereikt dat de eigen risicomethodiek van de "
          "NVWA voorschrijft.", ("LNV",)),
    "3": ("Leg in regelgeving vast dat een bedrijf waarvan product in verband is gebracht met een cluster van "
          "listeriose bij patiënten de productie op de betrokken productielijn stillegt, totdat de NVWA heeft "
          "vastgesteld dat de besmettingsbron is weggenomen.", ("LNV",)),
    "4": ("Stel binnen een jaar een gezamenlijk landelijk draaiboek vast voor voedselgerelateerde uitbraken, waarin "
          "is vastgelegd wie vanaf het eerste signaal van een cluster de regie heeft, welke gegevens NVWA, RIVM en "
          "GGD'en binnen welke termijn met elkaar delen en wie besluit over een publiekswaarschuwing.",
          ("LNV", "VWS")),
    "5": ("Verplicht medisch-microbiologische laboratoria om ieder Listeria-isolaat van een patiënt binnen vijf "
          "werkdagen naar het RIVM te sturen voor typering, en zorg dat die inzending wordt bekostigd.", ("VWS",)),
    "6": ("Verplicht ziekenhuizen om een opgenomen patiënt met listeriose binnen 24 uur rechtstreeks bij de GGD te "
          "melden, naast de melding door het laboratorium.", ("VWS",)),
    "7": ("Verhoog de inspectiefrequentie bij alle producenten van kant-en-klare vleeswaren naar ten minste vier "
          "inspecties per jaar, waarvan ten minste twee onaangekondigd en met eigen monsterneming in de "
          "productieomgeving.", ("LNV",)),
    "8": ("Richt de terugroepprocedure zo in dat een publiekswaarschuwing uiterlijk 24 uur na het besluit tot "
          "terugroepen verschijnt en dat afnemers met kwetsbare cliënten, zoals ziekenhuizen, verpleeghuizen en "
          "kraamzorgorganisaties, rechtstreeks worden geïnformeerd.", ("LNV",)),
    "9": ("Maak de uitkomsten van inspecties bij vleesverwerkende bedrijven, inclusief de opgelegde maatregelen, "
          "per bedrijf openbaar.", ("LNV",)),
    "10": ("Breng samen met de NVWA een gedeelde databank tot stand waarin de genetische typeringen van "
           "Listeria-isolaten uit patiënten, levensmiddelen en productieomgevingen doorlopend met elkaar worden "
           "vergeleken.", ("VWS",)),
    "11": ("Rapporteer jaarlijks openbaar over listeriose in Nederland, met aandacht voor het aantal clusters, de "
           "tijd tussen het eerste signaal en het vinden van de bron, en de afloop voor patiënten.", ("VWS",)),
    "12": ("Herzie de hygiënecode voor de vleesverwerkende industrie zo dat ieder lid een gevalideerd "
           "bemonsteringsplan voor de productieomgeving hanteert, en leg de herziene code binnen een jaar ter "
           "beoordeling voor aan de NVWA.", ("OTHER",)),
    "13": ("Richt een gezamenlijk traceersysteem in waarmee leden bij een terugroepactie binnen vier uur per partij "
           "kunnen aangeven aan welke afnemers het product is geleverd.", ("OTHER",)),
    "14": ("Neem bij iedere gemelde patiënt met listeriose binnen twee werkdagen een voedselanamnese af met een "
           "landelijk gestandaardiseerde vragenlijst, en deel de uitkomsten dezelfde werkdag met het RIVM.",
           ("GEMEENTEN",)),
    "15": ("Informeer bij een uitbraak de risicogroepen, in het bijzonder zwangeren en ouderen met een verminderde "
           "weerstand, actief via verloskundigen, huisartsen en thuiszorg, naast de algemene publiekswaarschuwing.",
           ("GEMEENTEN",)),
}


def recs(*numbers: str) -> ItemList:
    """A numbered list of recommendations that continues the numbering of the previous addressee."""
    return ItemList(
        items=tuple(ListItem(RECS[n][0], recommendation=Recommendation(n, RECS[n][1])) for n in numbers),
        style="1.",
        start=int(numbers[0]),
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

TIMELINE = Table(
    header=("Datum", "Gebeurtenis"),
    rows=(
        ("17 oktober 2023", "Reguliere inspectie van de NVWA bij het bedrijf. De inspecteur constateert "
                            "tekortkomingen in de reiniging van snijlijn 3 en geeft een schriftelijke waarschuwing."),
        ("januari - maart 2024", "Zes omgevingsmonsters van het bedrijf zelf, genomen rond snijlijn 3, zijn "
                                 "positief op Listeria monocytogenes. Het bedrijf reinigt de lijn extra; de "
                                 "productmonsters blijven negatief. Er volgt geen melding aan de NVWA."),
        ("4 april 2024", "Het RIVM ziet bij de typering van isolaten een toename van patiënten met hetzelfde "
                         "genetische type en geeft het cluster de aanduiding LM-24-07."),
        ("april - mei 2024", "GGD'en nemen bij 19 patiënten een voedselvragenlijst af. Zij gebruiken drie "
                             "verschillende vragenlijsten. Vleeswaren worden vaak genoemd, maar niet één merk."),
        ("28 mei 2024", "De NVWA neemt op verzoek van het RIVM monsters van gesneden vleeswaren in supermarkten en "
                        "bij groothandels voor zorginstellingen."),
        ("12 juni 2024", "Het RIVM stelt vast dat isolaten uit gekookte ham en rookvlees van het bedrijf genetisch "
                         "overeenkomen met het clustertype."),
        ("14 juni 2024", "Het bedrijf roept in overleg met de NVWA twee producten terug bij de supermarkten."),
        ("17 juni 2024", "De NVWA publiceert een publiekswaarschuwing. Zorginstellingen die het product via een "
                         "groothandel afnamen, worden niet afzonderlijk geïnformeerd."),
        ("20 - 21 juni 2024", "Het bedrijf legt snijlijn 3 stil en breidt de terugroepactie uit tot alle producten "
                              "van die lijn over een periode van vier maanden."),
        ("9 september 2024", "Na herbemonstering staat de NVWA toe dat snijlijn 3 de productie hervat."),
    ),
    widths=(1.2, 4.0),
    rules="rows",
)

TOC = (
    ("", "Samenvatting", 3),
    ("1", "Inleiding", 4),
    ("2", "De uitbraak", 5),
    ("3", "Het toezicht op het bedrijf", 7),
    ("4", "Terugroepen en waarschuwen", 9),
    ("5", "Signalering en melding in de zorg", 10),
    ("6", "Beschouwing", 12),
    ("7", "Aanbevelingen", 14),
    ("", "Bijlage A Onderzoeksverantwoording", 16),
)


def toc_blocks() -> tuple:
    blocks = [H("Inhoud")]
    for number, title, page in TOC:
        label = f"{number}   {title}" if number else title
        dots = "." * max(8, 70 - int(len(label) * 1.15))
        blocks.append(P(f"{label} {dots} {page}"))
    return tuple(blocks)


REPORT_BLOCKS = (
    *toc_blocks(),
    PageBreak(),
    H("Samenvatting"),
    P("In het voorjaar van 2024 werden in Nederland 41 mensen ernstig ziek door een besmetting met de bacterie "
      "Listeria monocytogenes. Negen van hen overleden. Bij drie zwangere vrouwen leidde de infectie tot een "
      "miskraam of een vroeggeboorte. De besmetting is herleid tot gesneden vleeswaren van één vleesverwerkend "
      "bedrijf in het zuiden van het land, dat zijn producten leverde aan supermarkten en aan groothandels voor "
      "ziekenhuizen en verpleeghuizen."),
    P("Het bedrijf had al maanden voor de eerste patiënten aanwijzingen dat Listeria zich in zijn productieomgeving "
      "had genesteld. Die aanwijzingen bleven binnen het bedrijf, omdat er geen plicht bestaat om positieve "
      "omgevingsmonsters te melden. De Nederlandse Voedsel- en Warenautoriteit (NVWA) inspecteerde het bedrijf in "
      "2023 één keer, terwijl haar eigen risicomethodiek drie inspecties voorschreef. Toen het Rijksinstituut voor "
      "Volksgezondheid en Milieu (RIVM) in april 2024 een cluster van patiënten zag, duurde het nog ruim twee "
      "maanden voordat de bron was gevonden en vervolgens nog drie dagen voordat het publiek werd gewaarschuwd."),
    P("De Raad voor Veiligheidsonderzoek concludeert dat geen van de betrokken partijen afzonderlijk de uitbraak had "
      "kunnen voorkomen, maar dat het systeem als geheel te traag reageerde. Signalen bleven liggen bij het bedrijf, "
      "bij de laboratoria en tussen de GGD'en, het RIVM en de NVWA. Niemand had de regie over de bronopsporing. De "
      "terugroepactie en de waarschuwing bereikten juist de mensen met het grootste risico te laat: patiënten in "
      "zorginstellingen, zwangeren en ouderen."),
    P("De Raad richt vijftien aanbevelingen aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur, de "
      "minister van Volksgezondheid, Welzijn en Sport, de NVWA, het RIVM, de Vereniging van Vleesverwerkende "
      "Bedrijven en de GGD'en. Zij zijn in hoofdstuk 7 per adressaat gerangschikt. De kern is dat signalen eerder "
      "worden gedeeld, dat het toezicht op het niveau komt dat de risico's vragen, dat één partij de regie heeft bij "
      "een uitbraak en dat kwetsbare groepen sneller en gerichter worden gewaarschuwd."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Listeriose is een zeldzame maar ernstige infectieziekte. Gezonde volwassenen merken van een besmetting "
      "meestal weinig, maar bij ouderen, mensen met een verminderde weerstand en zwangeren en hun ongeboren kind kan "
      "de bacterie hersenvliesontsteking, bloedvergiftiging en een miskraam veroorzaken. In Nederland worden jaarlijks "
      "gemiddeld tachtig tot honderd patiënten gemeld. De sterfte onder gemelde patiënten ligt rond de vijftien "
      "procent.", footnotes=("Gemiddelde over de jaren 2015-2023, ontleend aan de jaarcijfers van het RIVM.",)),
    P("Listeria monocytogenes onderscheidt zich van veel andere ziekteverwekkers in voedsel doordat de bacterie "
      "ook bij koelkasttemperatuur groeit en zich langdurig kan handhaven in productieomgevingen, bijvoorbeeld in "
      "afvoerputten, transportbanden en snijmachines. Kant-en-klare producten die na verhitting nog worden gesneden "
      "en verpakt, zoals vleeswaren, vormen daardoor een bekend risico. Omdat de consument ze niet meer verhit, is er "
      "na de fabriek geen stap meer die de bacterie doodt."),
    P("Op 12 juni 2024 maakte het RIVM bekend dat een cluster van listeriapatiënten, dat sinds april werd gevolgd, "
      "in verband kon worden gebracht met vleeswaren van één producent. Het cluster was met 41 patiënten en negen "
      "overledenen de grootste listeria-uitbraak die in Nederland is vastgesteld. De Raad besloot op 2 juli 2024 een "
      "onderzoek in te stellen."),
    H2("1.2 Onderzoeksvraag en afbakening"),
    P("De Raad heeft de volgende onderzoeksvraag gesteld: hoe kon een besmetting met Listeria monocytogenes bij een "
      "vleesverwerkend bedrijf leiden tot een landelijke uitbraak met negen doden, en welke lessen zijn daaruit te "
      "trekken voor de preventie, signalering en bestrijding van voedselgerelateerde uitbraken?"),
    P("Het onderzoek richt zich op de periode van oktober 2023 tot en met september 2024. Het betreft het handelen "
      "van het bedrijf, het toezicht door de NVWA, de signalering door laboratoria, ziekenhuizen, GGD'en en het "
      "RIVM, de terugroepactie en de communicatie met het publiek. De Raad heeft niet onderzocht of individuele "
      "personen of organisaties schuld of aansprakelijkheid dragen; dat is uitdrukkelijk niet zijn taak."),
    H2("1.3 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het verloop van de uitbraak. Hoofdstuk 3 gaat in op het toezicht van de NVWA op het "
      "bedrijf, hoofdstuk 4 op de terugroepactie en de waarschuwing van het publiek, en hoofdstuk 5 op de "
      "signalering en melding in de zorg. In hoofdstuk 6 brengt de Raad de bevindingen samen in een beschouwing en "
      "trekt hij zijn conclusies. Hoofdstuk 7 bevat de aanbevelingen. Bijlage A verantwoordt de werkwijze."),
    PageBreak(),
    H("2 De uitbraak"),
    H2("2.1 Het bedrijf"),
    P("Het bedrijf waar de besmetting haar oorsprong vond, is een middelgrote producent van kant-en-klare "
      "vleeswaren met ongeveer 180 medewerkers. In dit rapport wordt het aangeduid als 'het bedrijf'. Het kookt, "
      "rookt, snijdt en verpakt vleeswaren op vijf productielijnen. Ongeveer zestig procent van de productie gaat "
      "onder huismerken naar supermarkten; de rest wordt geleverd aan groothandels die onder meer ziekenhuizen, "
      "verpleeghuizen en bedrijfsrestaurants bevoorraden."),
    P("Het bedrijf werkte volgens de hygiënecode van de sector en liet zijn voedselveiligheidssysteem jaarlijks "
      "certificeren door een private certificerende instelling. In het kader van de verplichte eigen controle nam "
      "het wekelijks monsters van eindproducten en maandelijks monsters van de productieomgeving. Welke plekken in "
      "de productieomgeving werden bemonsterd, was niet vastgelegd; dat werd per keer bepaald door de medewerker "
      "kwaliteitszorg."),
    H2("2.2 Verloop"),
    P("Tabel 1 geeft de belangrijkste gebeurtenissen weer. Een uitgebreide reconstructie is opgenomen in het "
      "achtergronddocument bij dit rapport."),
    P("Tabel 1. Chronologie van de uitbraak", bold=True),
    TIMELINE,
    P("De eerste patiënt van wie achteraf vaststaat dat hij tot het cluster behoorde, werd op 11 maart 2024 in een "
      "ziekenhuis opgenomen. Het isolaat van deze patiënt kwam pas op 2 april bij het RIVM binnen. In april en mei "
      "volgden dertig patiënten; na de uitgebreide terugroepactie van 21 juni werden nog vier patiënten gemeld, "
      "van wie de laatste op 19 juli. Zeven patiënten raakten vermoedelijk besmet tijdens een opname in een "
      "ziekenhuis of een verblijf in een verpleeghuis, waar zij maaltijden met vleeswaren van het bedrijf kregen."),
    H2("2.3 De bron"),
    P("Na de stillegging van snijlijn 3 heeft de NVWA samen met het bedrijf de productieomgeving intensief "
      "bemonsterd. Het clustertype werd aangetroffen in de lagers van een transportband achter de snijmachine en in "
      "een afvoergoot onder die band. Het bedrijf had deze plekken in de eerste maanden van 2024 niet bemonsterd. "
      "De positieve omgevingsmonsters uit die periode waren genomen op de vloer rond de snijmachine en op de "
      "buitenkant van de machine zelf."),
    P("Het bedrijf heeft na die positieve monsters de lijn extra gereinigd en gedesinfecteerd. Omdat de monsters "
      "daarna negatief waren en ook de eindproducten negatief bleven, ging het bedrijf ervan uit dat het probleem "
      "was opgelost. Achteraf stelt de Raad vast dat de reiniging de bron in de transportband niet bereikte en dat "
      "de bacterie met tussenpozen op het product terechtkwam. De wekelijkse steekproef van eindproducten was te "
      "klein om een besmetting met tussenpozen en in lage aantallen te ontdekken."),
    PageBreak(),
    H("3 Het toezicht op het bedrijf"),
    H2("3.1 Taak en werkwijze van de NVWA"),
    P("Levensmiddelenbedrijven zijn zelf verantwoordelijk voor de veiligheid van hun producten. De NVWA houdt er "
      "toezicht op dat zij die verantwoordelijkheid waarmaken. Zij doet dat met inspecties, audits van de eigen "
      "controle en monsterneming, en kan bij overtredingen een waarschuwing geven, een boete opleggen of de "
      "productie laten stilleggen."),
    P("De NVWA bepaalt de frequentie van haar inspecties met een risicomethodiek. Bedrijven worden ingedeeld in een "
      "risicoklasse op grond van het soort product, de omvang van de productie, de afzet naar kwetsbare groepen en "
      "de nalevingshistorie. Producenten van kant-en-klare vleeswaren die aan zorginstellingen leveren, vallen in de "
      "hoogste klasse. Voor die klasse schrijft de methodiek drie inspecties per jaar voor, waarvan één "
      "onaangekondigd, aangevuld met monsterneming door de NVWA zelf."),
    H2("3.2 Het toezicht in de praktijk"),
    P("In 2023 is het bedrijf één keer geïnspecteerd, op 17 oktober. De NVWA heeft de Raad laten weten dat in dat "
      "jaar ongeveer de helft van de voorgeschreven inspecties in de hoogste risicoklasse is uitgevoerd. Als "
      "oorzaak noemt zij het tekort aan inspecteurs: eind 2023 was ongeveer twaalf procent van de formatie voor "
      "het toezicht op de vleesverwerking niet ingevuld, en de werving van dierenartsen en levensmiddelentechnologen "
      "verloopt moeizaam.",
      footnotes=("Opgave van de NVWA aan de Raad, november 2024. De NVWA hanteert sinds 2022 dezelfde methodiek.",)),
    P("Bij de inspectie van oktober 2023 constateerde de inspecteur dat de reiniging van snijlijn 3 niet volgens het "
      "eigen reinigingsplan werd uitgevoerd en dat in de transportband resten van product achterbleven. Het bedrijf "
      "kreeg een schriftelijke waarschuwing. Een herinspectie, die volgens de interne werkinstructie binnen drie "
      "maanden had moeten plaatsvinden, is niet uitgevoerd. De NVWA heeft bij deze inspectie geen "
      "omgevingsmonsters genomen."),
    P("Uit de gesprekken van de Raad met inspecteurs komt een beeld naar voren van een toezicht dat vooral "
      "documenten controleert. Inspecteurs kijken of het bedrijf een bemonsteringsplan heeft en of de uitslagen "
      "worden bijgehouden, maar zien de uitslagen van de omgevingsmonsters zelden in. Een inspecteur verwoordde het "
      "zo: 'Als het papier op orde is, heb je weinig aanleiding om verder te kijken, en er ligt altijd een volgend "
      "bedrijf te wachten.'"),
    H2("3.3 Eigen controle zonder meldplicht"),
    P("Europese regels verplichten producenten van kant-en-klare levensmiddelen om de productieomgeving te "
      "bemonsteren op Listeria. Een plicht om positieve uitslagen aan de toezichthouder te melden, bestaat alleen "
      "wanneer het bedrijf vermoedt dat een product dat al in de handel is, onveilig is. Zolang de eindproducten "
      "negatief zijn, blijft een positief omgevingsmonster dus een interne aangelegenheid. De Raad heeft vastgesteld "
      "dat:"),
    bullets(
        "het bedrijf tussen januari en maart 2024 zes positieve omgevingsmonsters had, alle rond snijlijn 3;",
        "de private certificerende instelling bij haar audit in februari 2024 de positieve uitslagen heeft gezien, "
        "maar deze als 'opgevolgd' heeft beoordeeld;",
        "de NVWA van deze uitslagen pas op 13 juni 2024 kennis kreeg, toen zij het bedrijf daarom vroeg;",
        "in twee van de drie ons omringende landen een meldplicht voor herhaald positieve omgevingsmonsters geldt.",
    ),
    P("De Raad is van oordeel dat de NVWA bij een tijdige melding in maart 2024 een gerichte inspectie had kunnen "
      "uitvoeren en mogelijk de bron had kunnen vinden voordat de meeste patiënten ziek werden. Zekerheid daarover "
      "is niet te geven, maar de mogelijkheid alleen al maakt duidelijk dat deze informatie niet binnen het bedrijf "
      "had mogen blijven."),
    H2("3.4 De rol van de sector"),
    P("De hygiënecode van de sector beschrijft hoe bedrijven de Europese hygiëneregels in de praktijk kunnen "
      "toepassen. De code dateert van 2016 en bevat over de bemonstering van de productieomgeving alleen de "
      "algemene aanwijzing dat bedrijven 'op kritische plaatsen' moeten bemonsteren. Welke plaatsen kritisch zijn, "
      "en hoe vaak daar bemonsterd moet worden, laat de code aan het bedrijf over. De Vereniging van "
      "Vleesverwerkende Bedrijven heeft de Raad laten weten dat een herziening van de code in voorbereiding is."),
    PageBreak(),
    H("4 Terugroepen en waarschuwen"),
    H2("4.1 De terugroepactie"),
    P("Op 12 juni 2024 stond vast dat het clustertype voorkwam in twee producten van het bedrijf. Het bedrijf heeft "
      "op 14 juni in overleg met de NVWA die twee producten uit de schappen van de supermarkten gehaald. Op dat "
      "moment was onduidelijk welke andere producten van dezelfde lijn waren geleverd en aan wie. Het bedrijf kon "
      "de afnemers van de betrokken partijen pas na vier dagen volledig in beeld brengen, omdat de leveringen aan "
      "groothandels niet per partij maar per week werden geadministreerd."),
    P("De uitbreiding van de terugroepactie tot alle producten van snijlijn 3 volgde op 21 juni, negen dagen na het "
      "vaststellen van de bron. In die periode werden nog twee patiënten besmet, beiden in een verpleeghuis."),
    H2("4.2 De publiekswaarschuwing"),
    P("De NVWA publiceerde op 17 juni een waarschuwing op haar website en via een persbericht. De drie dagen "
      "tussen het besluit tot terugroepen en de waarschuwing werden volgens de NVWA gebruikt om de tekst met het "
      "bedrijf en de supermarkten af te stemmen en de productinformatie te controleren. In de waarschuwing werden "
      "de producten aangeduid met hun huismerknaam en de uiterste consumptiedatum. Voor consumenten die het product "
      "al hadden uitgepakt of in een broodjeszaak hadden gegeten, bood de waarschuwing weinig houvast."),
    P("Zorginstellingen die vleeswaren van het bedrijf via een groothandel afnamen, zijn niet afzonderlijk "
      "geïnformeerd. De groothandels kregen bericht van het bedrijf, maar gaven dat in vier gevallen pas na enkele "
      "dagen door. Een van de verpleeghuizen hoorde van de terugroepactie via het journaal."),
    H2("4.3 Bereik van kwetsbare groepen"),
    P("De Raad heeft met elf patiënten en nabestaanden gesproken. Geen van hen had de publiekswaarschuwing gezien "
      "voordat zij ziek werden; dat is ook niet te verwachten, omdat de meesten al ziek waren. Maar ook na de "
      "waarschuwing bleek de boodschap de risicogroepen slecht te bereiken. Zwangere vrouwen kregen via hun "
      "verloskundige geen informatie, en thuiszorgorganisaties wisten niet dat zij cliënten konden wijzen op de "
      "teruggeroepen producten. GGD'en hebben in deze uitbraak niet zelf gecommuniceerd; zij gingen ervan uit dat de "
      "NVWA dat deed."),
    PageBreak(),
    H("5 Signalering en melding in de zorg"),
    H2("5.1 Van patiënt tot cluster"),
    P("Listeriose is een meldingsplichtige ziekte. Het laboratorium dat de bacterie bij een patiënt aantoont, meldt "
      "dat aan de GGD. Daarnaast sturen de meeste medisch-microbiologische laboratoria het isolaat op vrijwillige "
      "basis naar het RIVM, dat het genetisch typeert. Pas door die typering wordt zichtbaar of patiënten op "
      "verschillende plaatsen in het land door dezelfde bron zijn besmet."),
    P("In deze uitbraak verliep de melding aan de GGD's doorgaans binnen enkele dagen. De inzending van isolaten "
      "naar het RIVM duurde gemiddeld twaalf dagen, en bij vijf patiënten meer dan drie weken. Twee laboratoria "
      "stuurden geen isolaten in. Laboratoria gaven aan dat de inzending niet wordt vergoed en dat zij haar in "
      "drukke periodes uitstellen. Omdat de eerste isolaten laat binnenkwamen, kon het RIVM het cluster pas op "
      "4 april herkennen, ruim drie weken na de opname van de eerste patiënt.",
      footnotes=("Berekend over de 38 patiënten van wie het isolaat uiteindelijk bij het RIVM is ingezonden.",)),
    H2("5.2 Ziekenhuizen"),
    P("Ziekenhuizen hebben zelf geen meldplicht; zij vertrouwen op de melding door het laboratorium. Enkele "
      "artsen-microbioloog wezen er in gesprekken met de Raad op dat de GGD daardoor niet weet dat de patiënt in "
      "het ziekenhuis ligt en in welk ziekenhuis. In twee gevallen kon de GGD de patiënt pas na een week bereiken "
      "voor het afnemen van de vragenlijst. Andere gesprekspartners wezen erop dat de laboratoriummelding die "
      "gegevens in principe bevat, maar dat de velden niet altijd worden ingevuld."),
    H2("5.3 Bronopsporing door de GGD'en"),
    P("Na de melding neemt de GGD bij de patiënt of diens naasten een vragenlijst af over wat de patiënt in de "
      "weken voor de ziekte heeft gegeten. In deze uitbraak gebruikten de GGD'en drie verschillende vragenlijsten, "
      "die niet allemaal naar merken en aankoopplaatsen vroegen. De uitkomsten werden per e-mail aan het RIVM "
      "gestuurd, soms in de vorm van een samenvatting. Het RIVM kon daardoor pas eind mei een patroon zien dat op "
      "gesneden vleeswaren van een beperkt aantal huismerken wees."),
    H2("5.4 Samenwerking tussen RIVM en NVWA"),
    P("Het RIVM typeert isolaten van patiënten, de NVWA laat isolaten uit levensmiddelen en uit eigen monsterneming "
      "bij bedrijven typeren. De gegevens staan in afzonderlijke systemen en worden eens per maand vergeleken. "
      "Isolaten uit de eigen controle van bedrijven worden niet getypeerd, of de uitkomsten komen niet bij de "
      "overheid terecht. De Raad stelt vast dat de bron in deze uitbraak waarschijnlijk weken eerder was gevonden "
      "als de isolaten uit de omgevingsmonsters van het bedrijf waren getypeerd en vergeleken met die van de "
      "patiënten."),
    P("Wie de regie had over de bronopsporing, was in deze uitbraak niet duidelijk. Het RIVM zag zich als "
      "coördinator van het epidemiologisch onderzoek, de NVWA als verantwoordelijke voor het onderzoek in de keten, "
      "en de GGD'en als uitvoerders van het onderzoek bij patiënten. Er bestaat een werkafspraak uit 2012 over "
      "samenwerking bij voedselinfecties, maar die noemt geen termijnen en zegt niets over wie beslist over een "
      "publiekswaarschuwing."),
    PageBreak(),
    H("6 Beschouwing"),
    P("De uitbraak van 2024 heeft veel leed veroorzaakt. Negen mensen overleden, drie zwangerschappen eindigden "
      "te vroeg en tientallen mensen lagen wekenlang in het ziekenhuis. De Raad heeft onderzocht hoe dat kon "
      "gebeuren. Het beeld is niet dat van één grote fout, maar van een reeks vertragingen die elk op zichzelf "
      "verklaarbaar zijn en samen fataal bleken."),
    P("De verantwoordelijkheid voor veilig voedsel ligt in de eerste plaats bij het bedrijf. Het toezicht van de "
      "overheid is daarop gebouwd: de NVWA controleert of het bedrijf zijn eigen controle goed inricht. Dat stelsel "
      "werkt alleen als de overheid de signalen uit die eigen controle te zien krijgt en als zij zelf vaak genoeg "
      "komt kijken. In deze uitbraak was aan geen van beide voorwaarden voldaan. Tegelijk constateert de Raad dat "
      "een snellere signalering in de zorg en een betere samenwerking tussen RIVM, NVWA en GGD'en de uitbraak "
      "aanzienlijk hadden kunnen beperken."),
    P("De Raad komt tot de volgende conclusies:", bold=True),
    ItemList(items=(
        ListItem("Het bedrijf beschikte maanden voor de uitbraak over signalen dat Listeria zich in de "
                 "productieomgeving had gevestigd, maar deelde die niet met de NVWA. Het was daartoe ook niet "
                 "verplicht."),
        ListItem("Het toezicht van de NVWA bleef ver achter bij wat haar eigen risicomethodiek voorschrijft. Een "
                 "geconstateerde tekortkoming bij de reiniging is niet opgevolgd met een herinspectie."),
        ListItem("De inzending van isolaten door laboratoria en de bronopsporing door de GGD'en verliepen te "
                 "traag en te verschillend om een cluster snel te herkennen en aan een bron te koppelen."),
        ListItem("Bij de bestrijding van de uitbraak ontbrak een partij die de regie had. RIVM, NVWA en GGD'en "
                 "deden elk hun deel, maar niemand bewaakte het geheel en de tijd."),
        ListItem("De terugroepactie en de publiekswaarschuwing kwamen te laat en bereikten de zorginstellingen en "
                 "de risicogroepen onvoldoende."),
    ), style="1."),
    P("Deze conclusies staan niet op zichzelf. Eerdere uitbraken in Nederland en in andere Europese landen lieten "
      "een vergelijkbaar patroon zien: signalen in de eigen controle van bedrijven die niet bij de overheid "
      "terechtkwamen, en een lange periode tussen het eerste cluster en het vinden van de bron. De Raad stelt vast "
      "dat lessen uit die uitbraken in Nederland onvoldoende zijn vertaald in regels en werkafspraken."),
    P("De Raad heeft overwogen of een verbod op het snijden van vleeswaren voor zorginstellingen, zoals in "
      "sommige landen wordt geadviseerd, een oplossing is. Hij ziet daarvan af: de risico's zijn ook met goede "
      "hygiëne en toezicht te beheersen, en de uitbraak laat vooral zien dat die beheersing tekortschoot. De Raad "
      "doet daarom aanbevelingen die aansluiten bij de bestaande verdeling van verantwoordelijkheden, maar die "
      "verdeling wel scherper maken."),
    P("Een aantal aanbevelingen vraagt om geld. De Raad is zich ervan bewust dat de middelen van de overheid "
      "schaars zijn. Hij wijst er wel op dat het toezicht op voedselveiligheid een kerntaak is die bij uitstek "
      "aan de overheid is toevertrouwd, en dat de kosten van een uitbraak als deze, in mensenlevens, zorgkosten en "
      "economische schade, vele malen hoger zijn dan de kosten van het voorkomen ervan."),
    PageBreak(),
    H("7 Aanbevelingen"),
    P("Op grond van zijn onderzoek en de conclusies in hoofdstuk 6 richt de Raad zich tot de partijen die bij de "
      "preventie, signalering en bestrijding van voedselgerelateerde uitbraken een rol hebben. De aanbevelingen "
      "zijn per adressaat gerangschikt en doorlopend genummerd. Waar een aanbeveling een andere partij raakt dan de "
      "adressaat, verwacht de Raad dat de adressaat die partij betrekt."),
    P("De Raad beveelt het volgende aan."),
    H3("Aan de minister van LVVN"),
    recs("1", "2", "3"),
    H3("Aan de ministers van LVVN en VWS"),
    recs("4"),
    H3("Aan de minister van VWS"),
    recs("5", "6"),
    H3("Aan de Nederlandse Voedsel- en Warenautoriteit"),
    recs("7", "8", "9"),
    H3("Aan het RIVM"),
    recs("10", "11"),
    H3("Aan de Vereniging van Vleesverwerkende Bedrijven"),
    recs("12", "13"),
    H3("Aan de GGD'en"),
    recs("14", "15"),
    P("De Raad verzoekt de adressaten binnen zes maanden na publicatie van dit rapport te laten weten op welke "
      "wijze zij de aanbevelingen opvolgen. De Raad zal over twee jaar nagaan wat er met de aanbevelingen is "
      "gedaan."),
    PageBreak(),
    H("Bijlage A Onderzoeksverantwoording"),
    P("Het onderzoek is uitgevoerd door een projectteam van vijf onderzoekers van de Raad, bijgestaan door een "
      "externe deskundige op het gebied van de microbiologie van levensmiddelen. De Raad heeft de volgende bronnen "
      "gebruikt:"),
    bullets(
        "gesprekken met 46 personen, onder wie medewerkers van het bedrijf, inspecteurs en leidinggevenden van de "
        "NVWA, medewerkers van het RIVM, artsen infectieziektebestrijding van zes GGD'en, artsen-microbioloog en "
        "vertegenwoordigers van de sector en de certificerende instelling;",
        "gesprekken met elf patiënten en nabestaanden;",
        "documenten van het bedrijf, waaronder de uitslagen van de eigen controle over 2023 en 2024;",
        "inspectierapporten, werkinstructies en de risicomethodiek van de NVWA;",
        "de meldingen en typeringsgegevens van het RIVM over het cluster LM-24-07;",
        "literatuur over listeria-uitbraken in andere Europese landen.",
    ),
    P("De betrokken partijen hebben een conceptversie van het rapport ontvangen om feitelijke onjuistheden te "
      "kunnen melden. Hun reacties zijn verwerkt waar de Raad dat terecht vond. Een overzicht van de reacties en de "
      "wijze waarop daarmee is omgegaan, is opgenomen in het achtergronddocument."),
    P("De Raad voor Veiligheidsonderzoek is een onafhankelijk bestuursorgaan dat ernstige voorvallen onderzoekt met "
      "het doel daarvan te leren. De Raad stelt geen schuld of aansprakelijkheid vast. De onderzoeksgegevens worden "
      "niet gebruikt voor strafrechtelijk of tuchtrechtelijk onderzoek."),
)

REPORT = Document(
    title="Listeria in de keten",
    subtitle="Onderzoek naar de landelijke listeria-uitbraak door gesneden vleeswaren in 2024",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Veiligheidsonderzoek - Listeria in de keten",
    footer="{page}",
    font_family="sans",
    imprint=("Raad voor Veiligheidsonderzoek", "Den Haag, februari 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

def quote(*numbers: str) -> tuple:
    """The recommendation quoted before its answer, as the letter prints it: bold, with its number."""
    return tuple(P(f"Aanbeveling {n}: {RECS[n][0]}", bold=True) for n in numbers)


EV1 = ("Het kabinet neemt deze aanbeveling over en neemt de meldplicht op in de Warenwetregeling hygiëne van "
       "levensmiddelen, zodat zij op 1 januari 2026 in werking treedt.")
EV2 = ("Een structurele verhoging van het budget van de NVWA, zoals de Raad aanbeveelt, kan ik op dit moment niet "
       "toezeggen; voor 2026 en 2027 stel ik wel in totaal 8 miljoen euro extra beschikbaar voor inspecties bij "
       "vleesverwerkende bedrijven met een hoog risicoprofiel.")
EV3 = ("Een automatische stillegging die los staat van de beoordeling van de concrete situatie door de NVWA, neem "
       "ik daarom niet over.")
EV4 = ("Het Landelijk draaiboek voedselgerelateerde uitbraken wordt door de minister van VWS en mij vóór 1 juli "
       "2026 vastgesteld en geldt vanaf die datum voor NVWA, RIVM en GGD'en.")
EV5 = ("De minister van VWS onderschrijft deze aanbeveling en zal de inzending van Listeria-isolaten met ingang van "
       "1 januari 2026 verplicht stellen in de Regeling publieke gezondheid.")
EV6 = "Deze aanbeveling neemt de minister van VWS niet over."
EV7 = ("De NVWA gaat vanaf 1 januari 2026 de bedrijven in de hoogste risicoklasse vier keer per jaar inspecteren, "
       "waarvan twee keer onaangekondigd en met eigen monsterneming, maar houdt voor de overige producenten van "
       "kant-en-klare vleeswaren vast aan twee inspecties per jaar.")
EV8 = ("De NVWA heeft haar werkwijze inmiddels aangepast: sinds 1 maart 2025 verschijnt een publiekswaarschuwing "
       "uiterlijk 24 uur na het besluit tot terugroepen, en zorginstellingen en kraamzorgorganisaties die het "
       "product hebben afgenomen, worden op dezelfde dag door de NVWA rechtstreeks benaderd.")
EV9 = ("Het kabinet acht het niet opportuun om daarop vooruit te lopen met een afzonderlijke regeling voor "
       "openbaarmaking per bedrijf in de vleesverwerkende industrie.")
EV10 = ("Het RIVM onderzoekt samen met de NVWA de technische en juridische mogelijkheden van een gedeelde databank "
        "en brengt daarover voor 1 december 2025 advies uit aan de minister van VWS en mij.")
EV13 = "Het kabinet ziet geen aanleiding om de sector hierin te ondersteunen of een dergelijk systeem te verplichten."
EV14 = ("Met GGD GHOR Nederland is afgesproken dat alle GGD'en vanaf 1 januari 2026 dezelfde vragenlijst gebruiken, "
        "de anamnese binnen twee werkdagen na de melding afnemen en de uitkomsten dezelfde werkdag in het "
        "gezamenlijke uitbraakdossier met het RIVM delen; de minister van VWS stelt daarvoor jaarlijks 1,1 miljoen "
        "euro beschikbaar.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 23 mei 2025"),
    P("Betreft: Reactie op het rapport 'Listeria in de keten' van de Raad voor Veiligheidsonderzoek"),
    P("Geachte voorzitter,"),
    P("Op 20 februari 2025 heeft de Raad voor Veiligheidsonderzoek zijn rapport 'Listeria in de keten' gepubliceerd "
      "over de listeria-uitbraak van 2024. Hierbij ontvangt u, mede namens de minister van Volksgezondheid, Welzijn "
      "en Sport, de reactie van het kabinet op dit rapport. In paragraaf 1 ga ik in op de uitbraak en het rapport "
      "in het algemeen, in paragraaf 2 op het toezicht op de vleesverwerkende industrie en in paragraaf 3 op de "
      "afzonderlijke aanbevelingen. Paragraaf 4 bevat de vervolgstappen."),
    H2("1. De uitbraak en het rapport"),
    P("Allereerst wil ik mijn medeleven uitspreken met de nabestaanden van de negen mensen die aan de gevolgen van "
      "deze uitbraak zijn overleden, en met de patiënten en hun families. Voor hen heeft de uitbraak blijvende "
      "gevolgen. Het is de verantwoordelijkheid van bedrijven en overheid samen om ervoor te zorgen dat mensen erop "
      "kunnen vertrouwen dat hun voedsel veilig is. Dat vertrouwen is in 2024 geschaad."),
    P("Het kabinet dankt de Raad voor zijn grondige en heldere onderzoek. Het rapport laat zien hoe een reeks "
      "vertragingen bij het bedrijf, het toezicht, de laboratoria en de betrokken overheidsdiensten samen tot een "
      "grote uitbraak kon leiden. Het kabinet herkent zich in de analyse van de Raad en deelt de conclusie dat "
      "signalen te lang bleven liggen en dat de regie bij de bestrijding van de uitbraak ontbrak."),
    P("Bij het opstellen van deze reactie zijn de NVWA, het RIVM en GGD GHOR Nederland betrokken. De NVWA en het "
      "RIVM hebben hun reactie op de aan hen gerichte aanbevelingen met ons afgestemd; die reactie is in deze brief "
      "opgenomen. Een aantal maatregelen was al in gang gezet na de evaluatie die de NVWA in het najaar van 2024 "
      "zelf heeft uitgevoerd."),
    H2("2. Het toezicht op de vleesverwerkende industrie"),
    P("De NVWA houdt toezicht op ongeveer 1.400 bedrijven die vlees verwerken, van kleine slagerijen met een eigen "
      "productie tot grote industriële producenten. Het toezicht is risicogericht: bedrijven met een hoger risico "
      "worden vaker bezocht. Producenten van kant-en-klare vleeswaren worden sinds 2022 gemiddeld twee keer per "
      "jaar geïnspecteerd. Daarnaast voert de NVWA jaarlijks een landelijk bemonsteringsprogramma uit voor "
      "Listeria in kant-en-klare levensmiddelen."),
    P("De Raad constateert terecht dat de NVWA de eigen risicomethodiek in 2023 in de hoogste risicoklasse maar voor "
      "de helft heeft kunnen uitvoeren. De oorzaak ligt vooral in het tekort aan inspecteurs en dierenartsen, "
      "waarmee de NVWA al enkele jaren kampt. De NVWA heeft in 2024 een wervingsprogramma gestart en leidt sinds "
      "september 2024 zelf levensmiddeleninspecteurs op."),
    P(EV2 + " Daarmee kan de NVWA in die jaren alle voorgeschreven inspecties in de hoogste risicoklasse "
      "uitvoeren. Over de structurele financiering van het toezicht, waaronder de herziening van de retributies die "
      "bedrijven voor het toezicht betalen, besluit het kabinet in het kader van de Voorjaarsnota 2026.",
      answers=(Answer("2", "partial", EV2),)),
    P("Het kabinet wil daarnaast dat het toezicht minder afhankelijk wordt van de frequentie van bezoeken alleen. "
      "Een toezichthouder die de signalen uit de eigen controle van bedrijven kent, kan gerichter inspecteren. Dat "
      "is de gedachte achter een aantal van de maatregelen die ik in paragraaf 3 bespreek."),
    H2("3. Reactie op de aanbevelingen"),
    P("Hieronder reageer ik op de aanbevelingen van de Raad in de volgorde van het rapport. Waar een aanbeveling "
      "aan de minister van VWS, het RIVM of de GGD'en is gericht, is de reactie met de minister van VWS afgestemd."),
    *quote("1"),
    P("De Raad laat overtuigend zien dat de positieve omgevingsmonsters in de eerste maanden van 2024 de NVWA "
      "hadden kunnen waarschuwen. " + EV1 + " Bedrijven moeten dan iedere positieve uitslag op Listeria "
      "monocytogenes uit hun eigen controle binnen 24 uur melden via het digitale meldportaal van de NVWA. Ik "
      "informeer de Europese Commissie over deze nationale regel, zoals het Europese recht voorschrijft.",
      answers=(Answer("1", "agree", EV1),)),
    *quote("2"),
    P("Voor mijn reactie op deze aanbeveling verwijs ik naar paragraaf 2 van deze brief."),
    *quote("3"),
    P("Ik deel de analyse van de Raad dat de productie op snijlijn 3 na de eerste aanwijzingen te lang is "
      "doorgegaan. De NVWA heeft echter op grond van de Warenwet en de Europese controleverordening nu al de "
      "bevoegdheid om de productie van een bedrijf geheel of gedeeltelijk stil te leggen wanneer de "
      "voedselveiligheid in gevaar is, en zij maakt daarvan gebruik. Of een stillegging nodig is, hangt af van de "
      "omstandigheden: soms ligt de bron elders in de keten, soms is een gerichte reiniging onder toezicht "
      "voldoende. " + EV3,
      answers=(Answer("3", "disagree", EV3),)),
    *quote("4"),
    P("De uitbraak van 2024 heeft laten zien dat de werkafspraak uit 2012 niet meer volstaat. " + EV4 + " Het "
      "draaiboek legt vast dat het RIVM vanaf het eerste signaal van een cluster de regie heeft over de "
      "bronopsporing, dat NVWA, RIVM en GGD'en hun gegevens binnen één werkdag met elkaar delen, en dat de NVWA na "
      "overleg met het RIVM besluit over een publiekswaarschuwing. Een eerste versie wordt in het najaar van 2025 "
      "beproefd in een oefening met twee GGD-regio's.",
      answers=(Answer("4", "agree", EV4),)),
    *quote("5"),
    P(EV5 + " De kosten van de inzending worden vanaf die datum vergoed via de regeling waarmee het RIVM ook de "
      "inzending van andere meldingsplichtige ziekteverwekkers bekostigt. Het RIVM informeert de laboratoria "
      "hierover in de loop van dit jaar.",
      answers=(Answer("5", "agree", EV5),)),
    *quote("6"),
    P(EV6 + " Een tweede meldroute naast de laboratoriummelding leidt tot dubbele registraties en extra werk in "
      "ziekenhuizen, terwijl de laboratoriummelding de gegevens over de opname al bevat. Het probleem dat de Raad "
      "signaleert, is dat die gegevens niet altijd volledig worden ingevuld. Het RIVM past het meldformulier daarom "
      "zo aan dat de velden over ziekenhuisopname verplicht worden.",
      answers=(Answer("6", "disagree", EV6),)),
    *quote("7"),
    P("De NVWA onderschrijft dat de bedrijven met het grootste risico vaker en onaangekondigd moeten worden "
      "bezocht. " + EV7 + " Een verhoging voor alle bedrijven is met de beschikbare capaciteit niet uitvoerbaar en "
      "is naar het oordeel van de NVWA ook niet nodig wanneer de meldplicht uit aanbeveling 1 in werking is "
      "getreden.",
      answers=(Answer("7", "partial", EV7),)),
    *quote("8", "9"),
    P(EV8 + " Daarvoor heeft de NVWA een bestand opgebouwd van zorginstellingen en groothandels die aan de zorg "
      "leveren. Openbaarmaking van inspectieresultaten per bedrijf ligt gevoeliger. Het kabinet deelt het doel van "
      "de Raad om het toezicht transparanter te maken; de NVWA maakt op grond van de Gezondheidswet al "
      "inspectieresultaten openbaar in een aantal andere sectoren, en die openbaarmaking wordt dit jaar "
      "geëvalueerd. " + EV9,
      answers=(Answer("8", "agree", EV8), Answer("9", "disagree", EV9))),
    *quote("10", "11"),
    P("Het RIVM en de NVWA vergelijken de typeringen van isolaten uit patiënten en uit levensmiddelen nu eens per "
      "maand, en bij een lopend cluster wekelijks. " + EV10 + " Daarbij wordt ook bezien of isolaten uit de eigen "
      "controle van bedrijven, die na de invoering van de meldplicht beschikbaar komen, in de databank kunnen "
      "worden opgenomen. Over listeriose en andere voedselgerelateerde infecties rapporteert het RIVM ieder jaar in "
      "de rapportage 'Infectieziekten en voedsel', die openbaar is en aan uw Kamer wordt toegezonden.",
      answers=(Answer("10", "partial", EV10),)),
    *quote("12"),
    P("Het kabinet heeft deze aanbeveling onder de aandacht gebracht van de sector. De Vereniging van "
      "Vleesverwerkende Bedrijven heeft laten weten dat de herziening van de hygiënecode in voorbereiding is."),
    *quote("13"),
    P("Het kabinet begrijpt de wens om afnemers bij een terugroepactie sneller te kunnen bereiken. Bedrijven zijn "
      "op grond van de Europese Algemene Levensmiddelenverordening al verplicht om te weten aan wie zij hebben "
      "geleverd en die gegevens op verzoek onmiddellijk aan de NVWA te verstrekken. De NVWA zal bij inspecties "
      "strenger controleren of bedrijven dat ook per partij kunnen. " + EV13,
      answers=(Answer("13", "disagree", EV13),)),
    *quote("14"),
    P("De GGD'en vallen onder de verantwoordelijkheid van de gemeenten, maar de minister van VWS is "
      "verantwoordelijk voor de landelijke infectieziektebestrijding. " + EV14 + " Het RIVM stelt de vragenlijst "
      "samen met de GGD'en op.",
      answers=(Answer("14", "agree", EV14),)),
    H2("4. Vervolg"),
    P("Het kabinet neemt de uitbraak van 2024 en het rapport van de Raad zeer serieus. De maatregelen in deze brief "
      "moeten ervoor zorgen dat signalen eerder bij de overheid terechtkomen, dat het toezicht gerichter wordt en "
      "dat bij een uitbraak vanaf het begin duidelijk is wie wat doet."),
    P("Ik zal uw Kamer over de uitvoering van de maatregelen informeren in de jaarlijkse voortgangsbrief over "
      "voedselveiligheid, voor het eerst in het voorjaar van 2026. De Raad heeft aangekondigd over twee jaar na te "
      "gaan wat er met zijn aanbevelingen is gedaan; het kabinet werkt daaraan graag mee."),
    P("Hoogachtend,"),
    P("de minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
    P("ir. M.C. van Waalwijk-Dekker"),
)

RESPONSE = Document(
    title="Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
    subtitle="Directoraat-generaal Agro - Directie Voedselveiligheid en Diergezondheid",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk DGA-VVD / 25184307  |  Reactie rapport 'Listeria in de keten'",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="food_safety_board",
    report=REPORT,
    response=RESPONSE,
    description="Raad voor Veiligheidsonderzoek report on a listeria outbreak (15 recommendations under addressee "
                "headings, numbered 1-15 across them, after a numbered list of conclusions) and the LVVN minister's "
                "letter quoting each recommendation in bold; 2 answered by subject in section 2, 11 only existing "
                "policy, 12 passed on to the sector, 15 not mentioned.",
)
