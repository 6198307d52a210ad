"""Pair: a fictional Rijkscontrolecollege audit of a subsidy scheme for making rental homes sustainable, and its own
chapter "Reactie van de minister en nawoord" in which it reports the ministers' reactions in the third person.

Layout traits this pair tests: both documents are set in a serif font with a running header.  The report has a title
page, a prose summary that announces the recommendations without listing them, numbered chapters with level-2
sections ("2.3 ..."), a key-figures table and a table by type of landlord, a bulleted list of research questions that
are not recommendations, and footnotes.  The thirteen recommendations sit in section 5.2 of the chapter "Conclusies
en aanbevelingen", as bulleted ("•") items of infinitive clauses ("een toetsbare doelstelling ... vast te stellen;")
under three bold lead-ins that name the addressee ("Wij bevelen de minister van VRO aan:", "Wij bevelen de minister
van KGG en de RVO, als uitvoerder van de regeling, aan:", "Ten slotte bevelen wij de minister van VRO en de
woningcorporaties aan:"); the bullets carry no addressee and no number (gold ids 1-13 in printed order).

The response is not a letter: it is chapter 6 of the audit office itself (letterhead-style first page, no title
page), in reported speech ("De minister van VRO schrijft in haar reactie dat zij ...", "Zij laat weten dat ...",
"Volgens de minister ..."), with a few short direct quotes, a section per minister (the VRO section split by theme
into level-3 headings) and a final section "6.3 Nawoord" in the audit office's own voice ("Wij waarderen dat ...",
"Wij blijven van mening dat ...", "De minister van KGG gaat niet in op ...") that takes no government position.
Recommendations are answered by subject only.  Gold positions:
  1 (VRO, toetsbaar doel) agree, "overneemt" cue;  2 (VRO, limit subsidy for corporations) disagree: agrees with
  the finding, then "acht zij echter niet opportuun";  3 (VRO, oblige proof that rent rise <= saving) disagree via
  existing law, in one paragraph with 13 (VRO + woningcorporaties, inform tenants in writing) agree "onderschrijft";
  4 (VRO, easier access small landlords: simplified application and an advance) partial: simplified yes, advance no;
  5 (VRO, study free riders) agree without cue (study placed in the 2026 evaluation, money reserved);
  6 (VRO, report yearly to parliament) agree without cue (annual paragraph from 2026);
  7 (KGG/RVO, on-site checks 1% -> 5%) partial (2.5%);  8 (KGG/RVO, link to EP-online) agree "neemt ... over";
  9 (KGG/RVO, clear backlog, 8-week term) agree without cue (eighteen extra staff, date);
  10 (KGG/RVO, keep unspent budget until evaluation) disagree, blunt ("neemt ... niet over", Voorjaarsnota shift);
  11 (KGG/RVO, measure real energy use) partial (only "verkent" with the CBS);
  12 (KGG/RVO, publish subsidy per municipality) not addressed: only the Nawoord notes it is not answered.
Paragraphs without a position: the chapter's opening (dates, Aedes gives no reaction), the VRO minister's
general remarks ("Zij herkent het beeld ..."), the KGG minister's description of the Klimaatfonds and the RVO's
workload, and his closing promise to inform parliament "na de zomer" (close to 6, which is answered earlier).
Departments: VRO -> BZK, KGG and RVO -> EZ, woningcorporaties -> OTHER.  All prose is fictional and written for
this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A bulleted list of recommendations: (gold id, text, departments) per item."""
    return ItemList(items=tuple(ListItem(text, recommendation=R(number, *depts)) for number, text, depts in items),
                    style="•")


VRO = ("BZK",)
KGG = ("EZ",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Ruim een op de tien huurwoningen in Nederland had in 2022 een energielabel E, F of G. Huurders van die woningen "
      "betalen vaak een hoge energierekening en wonen in een huis dat in de winter koud en in de zomer warm is. Het "
      "kabinet heeft daarom bepaald dat verhuurders vanaf 1 januari 2029 geen woningen met zo'n label meer mogen "
      "verhuren. Om verhuurders te helpen hun woningen op tijd te verbeteren, bestaat sinds 1 juli 2022 de "
      "Stimuleringsregeling Energieprestatie Huurwoningen (SEH). Voor de regeling is tot en met 2030 € 1,2 miljard "
      "beschikbaar. De Rijksdienst voor Ondernemend Nederland (RVO) voert haar uit."),
    P("Wij hebben onderzocht of de regeling terechtkomt bij de woningen waarvoor zij bedoeld is, of de RVO voldoende "
      "controleert wat er met het geld gebeurt en wat huurders merken van de verduurzaming van hun woning. Onze "
      "conclusie is dat de regeling veel wordt gebruikt, maar dat niemand kan zeggen of zij werkt. Er is geen "
      "toetsbaar doel, de subsidie gaat voor het grootste deel naar woningcorporaties die hun woningen op grond van de "
      "wet toch al moeten verbeteren, en kleine particuliere verhuurders, die relatief veel slechte woningen bezitten, "
      "doen nauwelijks mee."),
    P("De uitvoering staat onder druk. Aanvragers wachten gemiddeld negentien weken op een besluit, terwijl de regeling "
      "een termijn van acht weken voorschrijft. De RVO controleert bij één procent van de subsidies ter plaatse of de "
      "maatregelen zijn uitgevoerd, en volgt niet of het energielabel van de woning daarna echt is verbeterd. Voor "
      "huurders levert verduurzaming comfort op, maar in bijna een derde van de gevallen is de huurverhoging hoger dan "
      "de verwachte besparing op de energierekening."),
    P("Wij doen dertien aanbevelingen, gericht aan de minister van Volkshuisvesting en Ruimtelijke Ordening (VRO), de "
      "minister van Klimaat en Groene Groei (KGG) en de RVO, en in één geval mede aan de woningcorporaties. Zij staan "
      "in paragraaf 5.2. De kern is dat de regeling een toetsbaar doel nodig heeft, dat de subsidie gerichter moet "
      "worden ingezet en dat beter moet worden gecontroleerd wat zij oplevert. De reacties van beide ministers en ons "
      "nawoord staan in hoofdstuk 6."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De gebouwde omgeving is verantwoordelijk voor ongeveer een zesde van de Nederlandse uitstoot van broeikasgassen. "
      "Het kabinet wil dat alle woningen in 2050 aardgasvrij en goed geïsoleerd zijn. Huurwoningen krijgen daarbij "
      "bijzondere aandacht, omdat huurders zelf weinig aan de isolatie van hun woning kunnen doen en de "
      "energierekening voor huishoudens met een laag inkomen zwaar weegt. In de Nationale Prestatieafspraken van 2022 "
      "hebben het Rijk, de woningcorporaties en de huurdersorganisaties afgesproken dat corporaties hun woningen met "
      "een E-, F- of G-label uiterlijk in 2028 hebben verbeterd."),
    P("Voor particuliere verhuurders geldt sinds 2024 een wettelijke normering: vanaf 1 januari 2029 mogen zij geen "
      "woningen met een E-, F- of G-label meer verhuren.",
      footnotes=("De normering is opgenomen in de Wet betaalbare huur en het daarop gebaseerde Besluit huurprijzen "
                 "woonruimte. Zij geldt voor alle verhuurders, dus ook voor woningcorporaties.",)),
    P("De SEH is het belangrijkste financiële instrument om verhuurders daarbij te helpen. Tussen de start van de "
      "regeling en eind 2024 is voor ruim 148.000 woningen subsidie verleend, voor een bedrag van € 612 miljoen. Daarmee "
      "is de regeling een van de grootste subsidieregelingen op het terrein van de volkshuisvesting. De Tweede Kamer "
      "heeft bij de behandeling van de begroting voor 2025 gevraagd om inzicht in de vraag of dit geld goed terechtkomt. "
      "Dat was voor ons aanleiding om de regeling te onderzoeken."),
    H2("1.2 De regeling in het kort"),
    P("De SEH is een subsidie per maatregel. Een verhuurder die een huurwoning isoleert of een warmtepomp laat "
      "installeren, ontvangt daarvoor een vast bedrag. Gaat de woning daardoor van een E-, F- of G-label naar een "
      "label D of beter, dan komt daar een bonus per labelstap bij. De verhuurder vraagt de subsidie aan nadat de "
      "maatregelen zijn uitgevoerd, met facturen en een verklaring van de uitvoerder. Tabel 1 vat de belangrijkste "
      "kenmerken samen."),
    Table(
        header=("Kenmerk", "Stimuleringsregeling Energieprestatie Huurwoningen"),
        rows=(
            ("Looptijd", "1 juli 2022 tot en met 31 december 2030"),
            ("Budget", "€ 1,2 miljard; sinds 2023 voor ruim 80% uit het Klimaatfonds"),
            ("Doelgroep", "alle verhuurders van zelfstandige huurwoningen, inclusief woningcorporaties"),
            ("Subsidie", "vast bedrag per maatregel (€ 800 tot € 4.500) plus € 2.000 per labelstap voor woningen "
                         "met label E, F of G"),
            ("Verantwoordelijk", "minister van VRO (beleid); minister van KGG (beheer Klimaatfonds)"),
            ("Uitvoering", "RVO, in opdracht van de minister van VRO"),
            ("Verleend t/m 2024", "€ 612 miljoen voor 148.200 woningen"),
        ),
        widths=(1.0, 2.6),
        rules="rows",
    ),
    P("De minister van VRO is verantwoordelijk voor het beleid en de inhoud van de regeling. Sinds de regeling in 2023 "
      "grotendeels uit het Klimaatfonds wordt betaald, is ook de minister van KGG betrokken: hij beheert dat fonds en "
      "moet erop toezien dat de middelen doelmatig worden besteed. De RVO voert de regeling uit. Zij beoordeelt de "
      "aanvragen, verleent en stelt de subsidies vast en controleert de besteding."),
    H2("1.3 Onderzoeksvragen"),
    P("Wij hebben in dit onderzoek de volgende vragen beantwoord:"),
    bullets(
        "Is duidelijk wat de regeling moet bereiken, en komt de subsidie terecht bij de verhuurders en woningen "
        "waarvoor zij bedoeld is?",
        "Voert de RVO de regeling tijdig en rechtmatig uit, en controleert zij of de gesubsidieerde maatregelen "
        "daadwerkelijk zijn genomen?",
        "Wat merken huurders van de verduurzaming van hun woning, in hun energierekening en in hun huur?",
    ),
    H2("1.4 Aanpak"),
    P("Wij hebben de regelgeving, beleidsdocumenten en uitvoeringsrapportages van de ministeries en de RVO "
      "bestudeerd. Wij hebben de gegevens van alle 61.300 aanvragen tot en met december 2024 geanalyseerd en, met "
      "toestemming van de RVO, gekoppeld aan de registratie van energielabels in EP-online. Daarnaast hebben wij een "
      "enquête uitgezet onder 1.900 verhuurders die subsidie hebben ontvangen of aangevraagd, waarop 604 verhuurders "
      "reageerden, en een enquête onder 2.400 huurders van gesubsidieerde woningen, waarop 812 huurders reageerden.",
      footnotes=("Een verantwoording van de steekproeven en de weging van de enquêteresultaten staat op onze "
                 "website.",)),
    P("Wij spraken met medewerkers van de ministeries van VRO en KGG en van de RVO, met vertegenwoordigers van Aedes, "
      "de Woonbond, Vastgoed Belang en de Vereniging Particuliere Verhuurders, en met twaalf verhuurders en tien "
      "huurdersorganisaties. Ons onderzoek liep van mei 2024 tot en met januari 2025."),
    H2("1.5 Leeswijzer"),
    P("Hoofdstuk 2 gaat over het doel en het bereik van de regeling. Hoofdstuk 3 beschrijft de uitvoering door de RVO. "
      "In hoofdstuk 4 staan de gevolgen voor huurders centraal. Hoofdstuk 5 bevat onze conclusies en aanbevelingen, "
      "hoofdstuk 6 de reacties van de minister van VRO en de minister van KGG en ons nawoord."),
    PageBreak(),
    H("2 Doel en bereik van de regeling"),
    H2("2.1 Een doel zonder maat"),
    P("In de toelichting op de regeling staat dat de SEH ‘bijdraagt aan het uitfaseren van huurwoningen met een slecht "
      "energielabel’ en ‘aan de doelen voor de gebouwde omgeving uit het Klimaatakkoord’. Hoeveel woningen de regeling "
      "moet helpen verbeteren, en in welke periode, is nergens vastgelegd. Ook is niet bepaald welk deel van de "
      "verbetering van de huurvoorraad aan de regeling mag worden toegeschreven."),
    P("Zonder zo'n doel is niet vast te stellen of de regeling slaagt. De ministeries rapporteren in hun jaarverslagen "
      "hoeveel subsidie is verleend en voor hoeveel woningen. Dat zijn prestaties van de uitvoering, geen resultaten. "
      "Uit die cijfers blijkt niet of de woningen met de slechtste labels zijn verbeterd, of dat het geld vooral is "
      "besteed aan woningen die al redelijk presteerden."),
    P("Onze analyse laat zien dat dit laatste een reëel risico is. Van de 148.200 woningen waarvoor tot eind 2024 "
      "subsidie is verleend, had 41% vóór de maatregelen een label E, F of G. De overige 59% had al een label D of "
      "beter. Voor die woningen ontvangt de verhuurder de vaste bedragen per maatregel, maar geen labelbonus. De "
      "regeling staat dat toe, maar het draagt niet bij aan het uitfaseren van de slechtste woningen."),
    H2("2.2 Wie gebruikt de regeling?"),
    P("De regeling staat open voor alle verhuurders. In de praktijk wordt zij vooral door woningcorporaties gebruikt. "
      "Tabel 2 laat zien hoe het verleende bedrag over de typen verhuurders is verdeeld, afgezet tegen hun aandeel in "
      "de huurwoningen met een E-, F- of G-label."),
    Table(
        header=("Type verhuurder", "Aandeel verleend bedrag", "Aandeel in huurwoningen met label E, F of G"),
        rows=(
            ("Woningcorporaties", "78%", "46%"),
            ("Institutionele beleggers", "14%", "12%"),
            ("Particuliere verhuurders met 10 of meer woningen", "5%", "19%"),
            ("Particuliere verhuurders met minder dan 10 woningen", "3%", "23%"),
        ),
        widths=(2.2, 1.3, 1.8),
    ),
    P("Bron: RVO (aanvragen tot en met december 2024), EP-online en CBS; bewerking Rijkscontrolecollege."),
    P("Woningcorporaties ontvingen 78% van het verleende bedrag, terwijl zij 46% van de huurwoningen met een slecht "
      "label bezitten. Voor een deel is dat verklaarbaar: corporaties hebben grote complexen die zij in één keer "
      "aanpakken, en zij hebben zich in de Nationale Prestatieafspraken verplicht hun slechtste woningen uiterlijk in "
      "2028 te verbeteren. Die verplichting bestond al vóór de regeling en geldt ongeacht de subsidie."),
    H2("2.3 Kleine verhuurders haken af"),
    P("Particuliere verhuurders met minder dan tien woningen bezitten bijna een kwart van de huurwoningen met een "
      "E-, F- of G-label, maar ontvingen 3% van het subsidiebedrag. In onze enquête noemen deze verhuurders drie "
      "redenen. De eerste is dat de aanvraag ingewikkeld is: zij moeten voor elke woning afzonderlijk facturen, "
      "labels en verklaringen aanleveren, en 38% van hun aanvragen werd in eerste instantie als onvolledig "
      "aangemerkt. De tweede is dat zij de kosten eerst zelf moeten voorfinancieren, omdat de subsidie pas na "
      "uitvoering wordt verstrekt. De derde is dat zij de regeling niet kenden: 29% van de kleine verhuurders die wij "
      "spraken, had er niet eerder van gehoord."),
    P("Het ministerie van VRO is zich van dit probleem bewust. In 2024 is een voorlichtingscampagne gestart, gericht "
      "op particuliere verhuurders. Aan de opzet van de regeling is niets veranderd. Het risico is dat juist de "
      "woningen van kleine verhuurders in 2029 nog niet aan de normering voldoen, met als gevolg dat zij niet meer "
      "mogen worden verhuurd of dat verhuurders de normering ontduiken."),
    H2("2.4 Subsidie voor wat toch al gebeurde"),
    P("Een subsidie is doelmatig als zij gedrag uitlokt dat anders niet of later zou zijn ontstaan. Wij hebben "
      "verhuurders die subsidie ontvingen gevraagd of zij de maatregelen ook zonder subsidie zouden hebben genomen. "
      "Van hen antwoordde 46% dat zij dat op hetzelfde moment zouden hebben gedaan, en 31% dat zij het later zouden "
      "hebben gedaan. Bij woningcorporaties lag het eerste percentage op 58%.",
      footnotes=("Enquêtes naar meeliftgedrag overschatten het effect vaak, omdat respondenten hun eigen "
                 "beslissingen achteraf als vanzelfsprekend zien. De cijfers geven een indicatie, geen precieze "
                 "maat.",)),
    P("Dat is een hoog percentage, ook in vergelijking met andere subsidies voor energiebesparing. Het ministerie "
      "heeft bij de start van de regeling geen inschatting gemaakt van het te verwachten meeliftgedrag en heeft het "
      "sindsdien ook niet laten onderzoeken. Voor de evaluatie van de regeling, die in 2026 is voorzien, is in het "
      "evaluatieplan geen onderzoek naar meeliftgedrag opgenomen."),
    PageBreak(),
    H("3 Uitvoering door de RVO"),
    H2("3.1 Lange behandeltijden"),
    P("Volgens de regeling beslist de RVO binnen acht weken op een aanvraag. In 2022 en 2023 lukte dat meestal. In "
      "2024 steeg het aantal aanvragen sterk, onder meer doordat corporaties hun projecten naar voren haalden. De "
      "gemiddelde behandeltijd liep op tot negentien weken; eind 2024 lagen er ruim 9.400 aanvragen waarop nog niet "
      "was beslist. De RVO heeft tijdelijk personeel ingezet, maar de achterstand is daarmee niet weggewerkt."),
    P("Lange behandeltijden treffen vooral kleine verhuurders, die de kosten al hebben gemaakt en op de subsidie "
      "wachten om hun lening af te lossen. Drie van de twaalf verhuurders die wij spraken, zeiden dat zij na hun "
      "ervaring geen nieuwe aanvraag meer zullen doen."),
    H2("3.2 Weinig controle op de uitvoering"),
    P("Omdat de subsidie wordt aangevraagd nadat de maatregelen zijn uitgevoerd, steunt de RVO op facturen en op een "
      "verklaring van het uitvoerende bedrijf. Of de isolatie daadwerkelijk is aangebracht en of de warmtepomp "
      "werkelijk is geïnstalleerd, controleert de RVO ter plaatse bij 1% van de vastgestelde subsidies. In 2024 ging "
      "het om 58 bezoeken. Bij zeven daarvan bleek dat de maatregelen niet of slechts gedeeltelijk waren uitgevoerd."),
    P("Een foutpercentage van twaalf procent in de steekproef is hoog, al is de steekproef te klein om daaruit "
      "conclusies voor de hele regeling te trekken. De RVO heeft de zeven subsidies teruggevorderd. Verdere analyse, "
      "bijvoorbeeld of de fouten bij bepaalde uitvoerders of typen maatregelen voorkomen, is niet gedaan."),
    H2("3.3 Labels niet gevolgd"),
    P("De labelbonus wordt verstrekt op basis van een nieuw energielabel dat de verhuurder bij de aanvraag meestuurt. "
      "Voor de vaste bedragen per maatregel is geen nieuw label nodig. Daardoor weet de RVO voor het grootste deel "
      "van de gesubsidieerde woningen niet of het label na de maatregelen is verbeterd. Wij hebben de subsidiegegevens "
      "gekoppeld aan EP-online: voor 37% van de woningen is na de maatregelen een nieuw label geregistreerd. Bij 9% "
      "van die woningen is het label gelijk gebleven."),
    P("De RVO beschikt over de gegevens om deze koppeling zelf te maken, maar doet dat niet. Een koppeling zou de RVO "
      "in staat stellen gericht te controleren en zou de ministeries inzicht geven in wat de regeling oplevert."),
    H2("3.4 Budget: onderbesteding en herbestemming"),
    P("Van het budget van € 1,2 miljard was eind 2024 ruim de helft verleend. Op basis van de prognoses van de RVO "
      "verwachten wij dat tot het einde van de looptijd ongeveer € 310 miljoen niet zal worden besteed. Het "
      "ministerie van KGG heeft aangegeven dat het een deel van dit bedrag wil inzetten voor andere maatregelen uit "
      "het Klimaatfonds."),
    P("Wij begrijpen dat het kabinet geld dat niet wordt gebruikt een andere bestemming wil geven. Tegelijk zijn de "
      "prognoses onzeker: de aanvragen van particuliere verhuurders kunnen sterk toenemen naarmate 2029 nadert. Als "
      "het budget nu wordt verlaagd, is het risico dat verhuurders in de laatste jaren voor een gesloten loket staan. "
      "De evaluatie van 2026 biedt een beter moment om daarover te besluiten."),
    PageBreak(),
    H("4 Wat merken huurders?"),
    H2("4.1 Besparing op papier"),
    P("De ministeries gaan ervan uit dat een beter label leidt tot een lagere energierekening. Hoeveel huurders "
      "werkelijk besparen, is niet bekend. De RVO rekent de besparing uit met de standaardwaarden die bij het "
      "energielabel horen. Uit onderzoek is bekend dat het werkelijke verbruik daar sterk van kan afwijken: in "
      "woningen met een slecht label stoken bewoners vaak zuinig, zodat de werkelijke besparing na isolatie kleiner "
      "is dan het label doet vermoeden.",
      footnotes=("Dit verschijnsel staat bekend als de ‘prebound’: het werkelijke verbruik vóór de renovatie ligt "
                 "onder het theoretische verbruik.",)),
    P("Van de huurders die onze enquête invulden, zei 52% dat hun energierekening na de verduurzaming lager was. "
      "Een kwart merkte geen verschil en 9% zei dat de rekening hoger was geworden, meestal door de overstap op "
      "een warmtepomp. Wel gaf 71% aan dat de woning comfortabeler is geworden."),
    H2("4.2 Huurverhoging na verduurzaming"),
    P("Verhuurders mogen na verduurzaming de huur verhogen, binnen de grenzen van het woningwaarderingsstelsel en "
      "het Besluit huurprijzen woonruimte. In de Nationale Prestatieafspraken hebben corporaties toegezegd dat de "
      "woonlasten van hun huurders na verduurzaming gemiddeld niet stijgen. Voor particuliere verhuurders bestaat "
      "zo'n afspraak niet."),
    P("In de gesubsidieerde woningen van onze enquête steeg de huur na de maatregelen gemiddeld met € 38 per maand. "
      "De verwachte besparing op de energiekosten bedroeg, op basis van de labels, gemiddeld € 27 per maand. Bij 31% "
      "van de woningen was de huurverhoging hoger dan de verwachte besparing. Bij particuliere verhuurders was dat "
      "bij 44% van de woningen het geval, bij corporaties bij 24%."),
    H2("4.3 Informatie vooraf"),
    P("Huurders moeten worden geïnformeerd voordat hun woning wordt gerenoveerd. Bij complexgewijze renovatie door "
      "een corporatie moet 70% van de huurders instemmen met het voorstel. In de praktijk ontvangen huurders vooral "
      "informatie over de werkzaamheden en de overlast. Van de huurders in onze enquête zei 44% dat zij vooraf niet "
      "wisten hoeveel hun huur zou stijgen, en 61% dat zij niet wisten hoeveel zij naar verwachting zouden "
      "besparen."),
    P("Huurdersorganisaties vertelden ons dat zij vaak pas achteraf vragen krijgen van huurders die schrikken van de "
      "nieuwe huurprijs. Een huurder kan een huurverhoging laten toetsen door de Huurcommissie, maar dat gebeurt "
      "zelden: in 2024 ging het om minder dan tweehonderd zaken over verduurzaming."),
    PageBreak(),
    H("5 Conclusies en aanbevelingen"),
    H2("5.1 Conclusies"),
    P("De SEH is in korte tijd een veelgebruikte regeling geworden. Dat is op zichzelf een prestatie: honderdduizenden "
      "huurders wonen inmiddels in een beter geïsoleerde woning. Toch kunnen de ministers de Tweede Kamer niet "
      "vertellen of de regeling doet wat zij moet doen. Er is geen doel waaraan het resultaat kan worden afgemeten, "
      "en de gegevens die nodig zijn om het resultaat te meten, worden niet verzameld."),
    P("De subsidie is onvoldoende gericht. Het grootste deel gaat naar woningcorporaties, die de maatregelen volgens "
      "hun eigen zeggen voor een groot deel ook zonder subsidie hadden genomen. Kleine particuliere verhuurders, die "
      "relatief veel woningen met een slecht label bezitten, worden nauwelijks bereikt. De regeling maakt daarnaast "
      "geen onderscheid tussen woningen met een slecht label en woningen die al redelijk presteren."),
    P("De uitvoering door de RVO vraagt verbetering. De behandeltijden zijn te lang, de controle ter plaatse is "
      "beperkt en levert een hoog foutpercentage op, en de RVO volgt niet of woningen na de maatregelen een beter "
      "label hebben. Wij achten het onverstandig om het budget van de regeling te verlagen voordat bekend is wat zij "
      "oplevert."),
    P("Voor huurders is het beeld gemengd. Zij wonen comfortabeler, maar weten vooraf vaak niet wat de verduurzaming "
      "hen kost en oplevert. In bijna een derde van de gevallen stijgt de huur meer dan de energierekening daalt. Hoe "
      "groot de werkelijke besparing is, weet niemand."),
    H2("5.2 Aanbevelingen"),
    P("Op basis van deze conclusies doen wij de volgende aanbevelingen."),
    P("Wij bevelen de minister van VRO aan:", bold=True),
    recs(
        ("1", "voor de SEH een toetsbare doelstelling vast te stellen, waarin staat hoeveel huurwoningen met een E-, "
              "F- of G-label de regeling vóór 2029 moet helpen verbeteren, en vast te leggen hoe het bereiken van dat "
              "doel wordt gemeten;", VRO),
        ("2", "de subsidie voor woningcorporaties te beperken tot maatregelen die verder gaan dan wat zij op grond "
              "van de wettelijke normering voor energielabels en de Nationale Prestatieafspraken toch al moeten "
              "doen;", VRO),
        ("3", "verhuurders die subsidie ontvangen te verplichten aan te tonen dat de huurverhoging na verduurzaming "
              "niet hoger is dan de verwachte besparing op de energierekening van de huurder;", VRO),
        ("4", "de regeling toegankelijker te maken voor particuliere verhuurders met minder dan tien woningen, door "
              "een vereenvoudigde aanvraagprocedure in te voeren en hun een voorschot van ten minste 50% van de "
              "subsidie te verstrekken;", VRO),
        ("5", "te laten onderzoeken welk deel van de subsidie terecht is gekomen bij verhuurders die de maatregelen "
              "ook zonder subsidie zouden hebben genomen, en de uitkomst te betrekken bij de evaluatie van de "
              "regeling in 2026;", VRO),
        ("6", "de Tweede Kamer voortaan jaarlijks te informeren over het aantal woningen dat met steun van de "
              "regeling een beter energielabel heeft gekregen, afgezet tegen de doelstelling.", VRO),
    ),
    P("Wij bevelen de minister van KGG en de RVO, als uitvoerder van de regeling, aan:", bold=True),
    recs(
        ("7", "het aandeel vastgestelde subsidies waarbij de RVO ter plaatse controleert of de maatregelen "
              "daadwerkelijk zijn uitgevoerd, te verhogen van 1% naar ten minste 5%;", KGG),
        ("8", "de gegevens over verleende subsidies te koppelen aan de registratie van energielabels in EP-online, "
              "zodat per woning zichtbaar wordt of het label na de maatregelen is verbeterd;", KGG),
        ("9", "de achterstand in de behandeling van aanvragen weg te werken en de beslistermijn van acht weken weer "
              "na te leven;", KGG),
        ("10", "het nog niet bestede budget van de regeling (naar schatting € 310 miljoen) niet voor andere doelen "
               "uit het Klimaatfonds in te zetten voordat de evaluatie in 2026 is afgerond;", KGG),
        ("11", "bij een representatieve steekproef van gesubsidieerde woningen het werkelijke energieverbruik vóór "
               "en na de maatregelen te laten meten, in plaats van de besparing alleen af te leiden uit de "
               "verbetering van het label;", KGG),
        ("12", "jaarlijks per gemeente openbaar te maken hoeveel subsidie is verleend en voor hoeveel woningen, zodat "
               "gemeenten hun wijkaanpak daarop kunnen afstemmen.", KGG),
    ),
    P("Ten slotte bevelen wij de minister van VRO en de woningcorporaties aan:", bold=True),
    recs(
        ("13", "er samen voor te zorgen dat huurders vóór de start van een gesubsidieerde renovatie schriftelijk "
               "worden geïnformeerd over de verwachte huurverhoging en de verwachte besparing op hun "
               "energiekosten.", ("BZK", "OTHER")),
    ),
    P("Wij hebben een conceptversie van dit rapport voorgelegd aan de minister van VRO en de minister van KGG. Hun "
      "reacties en ons nawoord staan in hoofdstuk 6."),
)

REPORT = Document(
    title="Verduurzaming op afstand",
    subtitle="Onderzoek naar de Stimuleringsregeling Energieprestatie Huurwoningen",
    blocks=REPORT_BLOCKS,
    running_header="Rijkscontrolecollege  |  Verduurzaming op afstand",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Rijkscontrolecollege", "Den Haag, 16 april 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: the audit office's own chapter 6, in reported speech
# --------------------------------------------------------------------------------------------------------------

EV1 = ("De minister van VRO schrijft in haar reactie dat zij onze aanbeveling om een toetsbare doelstelling voor de "
       "regeling vast te stellen overneemt.")
EV6 = ("Over de informatie aan de Tweede Kamer schrijft de minister dat zij vanaf de Staat van de Volkshuisvesting "
       "2026 elk jaar in een aparte paragraaf zal rapporteren hoeveel woningen met steun van de regeling een beter "
       "label hebben gekregen, afgezet tegen het nieuwe doel.")
EV5 = ("Zij laat verder weten dat het onderzoek naar meeliftgedrag deel gaat uitmaken van de evaluatie van de "
       "regeling in 2026.")
EV2 = ("Een beperking van de subsidie voor corporaties tot maatregelen die verder gaan dan de wettelijke normering "
       "acht zij echter niet opportuun.")
EV4 = ("Zij voert per 1 januari 2026 een vereenvoudigde aanvraag in voor verhuurders met minder dan tien woningen, "
       "maar een voorschot acht zij niet verantwoord, omdat de RVO dan bedragen moet terugvorderen wanneer de "
       "maatregelen uiteindelijk niet worden uitgevoerd.")
EV13 = ("Zij onderschrijft onze aanbeveling om huurders vooraf schriftelijk te informeren en laat weten dat zij met "
        "Aedes heeft afgesproken dat corporaties vanaf 1 januari 2026 vóór de start van elke gesubsidieerde "
        "renovatie een brief sturen met de verwachte huurverhoging en de verwachte besparing.")
EV3 = ("Volgens de minister is een verplichting om aan te tonen dat de huurverhoging niet hoger is dan de besparing "
       "daarentegen niet nodig, omdat de huurverhoging na renovatie al is begrensd door het Besluit huurprijzen "
       "woonruimte en huurders een voorstel kunnen laten toetsen door de Huurcommissie.")
EV9 = ("Hij laat weten dat de RVO sinds 1 maart 2025 achttien extra behandelaars inzet en dat de achterstand "
       "uiterlijk op 1 oktober 2025 is weggewerkt.")
EV8 = ("De minister neemt onze aanbeveling over om de gegevens over verleende subsidies te koppelen aan de "
       "labelregistratie in EP-online.")
EV7 = ("De RVO verhoogt het aandeel controles ter plaatse in 2026 naar 2,5 procent, maar een verhoging naar 5 "
       "procent vindt de minister niet in verhouding tot de uitvoeringskosten van ruim € 2 miljoen per jaar.")
EV11 = ("De minister laat weten dat de RVO samen met het CBS verkent of het werkelijke gasverbruik van "
        "gesubsidieerde woningen kan worden gevolgd met gegevens die netbeheerders al aan het CBS leveren.")
EV10 = ("De minister van KGG neemt onze aanbeveling om het niet bestede budget pas na de evaluatie een andere "
        "bestemming te geven niet over.")

RESPONSE_BLOCKS = (
    P("Wij hebben een conceptversie van dit rapport op 3 maart 2025 voorgelegd aan de minister van Volkshuisvesting "
      "en Ruimtelijke Ordening (VRO) en de minister van Klimaat en Groene Groei (KGG). De minister van VRO reageerde "
      "op 2 april 2025, de minister van KGG, mede namens de RVO, op 4 april 2025. Hieronder geven wij hun reacties "
      "verkort weer. De volledige brieven zijn te vinden op onze website. Na de reacties volgt ons nawoord."),
    P("Omdat één van onze aanbevelingen mede aan de woningcorporaties is gericht, hebben wij het rapport ook aan "
      "Aedes, de vereniging van woningcorporaties, gestuurd. Aedes heeft laten weten geen eigen reactie te geven."),
    H2("6.1 Reactie van de minister van VRO"),
    P("De minister van VRO schrijft dat zij het rapport met belangstelling heeft gelezen en dat het ‘op een goed "
      "moment’ komt, nu de regeling ongeveer halverwege haar looptijd is. Zij herkent het beeld dat de regeling vooral "
      "door woningcorporaties wordt gebruikt en dat de Tweede Kamer nog weinig zicht heeft op wat de subsidie "
      "oplevert. Volgens de minister heeft de regeling er niettemin aan bijgedragen dat het aantal huurwoningen met "
      "een E-, F- of G-label sinds 2022 met ruim een kwart is gedaald."),
    H3("Doel en verantwoording"),
    P(EV1 + " Zij laat weten dat zij bij de wijziging van de regeling per 1 januari 2026 zal vastleggen dat de SEH "
      "vóór 2029 moet bijdragen aan de verbetering van ten minste 120.000 huurwoningen met een E-, F- of G-label. De "
      "RVO gaat daarvoor bij elke aanvraag registreren welk label de woning vóór en na de maatregelen heeft.",
      answers=(Answer("1", "agree", EV1),)),
    P(EV6 + " De eerste rapportage verschijnt volgens haar in juni 2026.",
      answers=(Answer("6", "agree", EV6),)),
    P(EV5 + " Een extern onderzoeksbureau krijgt daarvoor in het najaar van 2025 opdracht; de minister heeft hiervoor "
      "€ 450.000 gereserveerd. De uitkomsten worden volgens de minister meegenomen in het besluit over de "
      "voortzetting van de regeling na 2027.",
      answers=(Answer("5", "agree", EV5),)),
    H3("Woningcorporaties en kleine verhuurders"),
    P("De minister onderschrijft onze constatering dat ruim driekwart van het subsidiebedrag naar woningcorporaties "
      "gaat en dat een deel van die woningen ook zonder subsidie zou zijn verbeterd. " + EV2 + " Zij schrijft: “De "
      "regeling is er juist om verhuurders te helpen hun slechtste woningen vóór 2029 op orde te brengen. Wie alleen "
      "het extra stuk betaalt, laat die woningen liggen.” Over de hoogte van de subsidiebedragen na 2027 besluit zij "
      "na de evaluatie.",
      answers=(Answer("2", "disagree", EV2),)),
    P("De minister herkent het beeld dat kleine particuliere verhuurders de weg naar de regeling moeilijk vinden. "
      + EV4 + " Volgens de minister zijn de ervaringen met voorschotten in eerdere regelingen “niet onverdeeld "
      "positief”: bij een vergelijkbare regeling voor eigenaar-bewoners moest bijna een op de tien voorschotten "
      "worden teruggevorderd.",
      answers=(Answer("4", "partial", EV4),)),
    H3("Huurders"),
    P("De minister deelt onze zorg over de woonlasten van huurders na verduurzaming. " + EV13 + " " + EV3 + " Zij "
      "wijst er bovendien op dat de besparing op de energierekening afhangt van het stookgedrag van de huurder en van "
      "de energieprijzen, en dus vooraf niet ‘aan te tonen’ is.",
      answers=(Answer("13", "agree", EV13), Answer("3", "disagree", EV3))),
    H2("6.2 Reactie van de minister van KGG"),
    P("De minister van KGG heeft mede namens de RVO gereageerd. Hij schrijft dat de SEH sinds 2023 voor het grootste "
      "deel uit het Klimaatfonds wordt betaald en dat hij als beheerder van dat fonds verantwoordelijk is voor een "
      "doelmatige besteding van de middelen. De RVO voert de regeling uit in opdracht van de minister van VRO en legt "
      "over de uitvoering verantwoording af aan beide ministers. De minister wijst erop dat de RVO in 2024 ruim 31.000 "
      "aanvragen heeft ontvangen, twee keer zoveel als in 2023."),
    P("De minister erkent dat de behandeltijden in 2024 te lang waren. " + EV9 + " Vanaf dat moment beslist de RVO "
      "volgens de minister weer binnen de termijn van acht weken.",
      answers=(Answer("9", "agree", EV9),)),
    P(EV8 + " De RVO werkt daarvoor samen met de beheerder van EP-online; de koppeling moet in het eerste kwartaal van "
      "2026 werken. Volgens de minister kan de RVO dan ook gericht controleren bij woningen waarvan het label na de "
      "maatregelen niet is veranderd.",
      answers=(Answer("8", "agree", EV8),)),
    P("Over de controles ter plaatse schrijft de minister dat hij het met ons eens is dat één procent “aan de lage "
      "kant” is. " + EV7 + " Hij verwacht dat gerichte controles op basis van de koppeling met EP-online meer "
      "opleveren dan een hoger percentage willekeurige bezoeken.",
      answers=(Answer("7", "partial", EV7),)),
    P(EV11 + " Of daarnaast een meting bij een steekproef van woningen nodig is, besluit hij wanneer de uitkomst van "
      "die verkenning bekend is, naar verwachting eind 2025.",
      answers=(Answer("11", "partial", EV11),)),
    P(EV10 + " Hij schrijft dat het kabinet bij de Voorjaarsnota 2025 al € 150 miljoen uit de SEH heeft overgeheveld "
      "naar de subsidieregeling voor aansluiting op warmtenetten, omdat die regeling “meer CO2-reductie per euro” "
      "oplevert. Volgens de minister blijft er voldoende budget over om alle verwachte aanvragen tot en met 2030 te "
      "honoreren.",
      answers=(Answer("10", "disagree", EV10),)),
    P("Tot slot schrijft de minister van KGG dat hij de Tweede Kamer na de zomer samen met de minister van VRO zal "
      "informeren over de stand van zaken van de regeling."),
    H2("6.3 Nawoord"),
    P("Wij danken de minister van VRO en de minister van KGG voor hun reacties. Wij waarderen dat de minister van VRO "
      "onze aanbeveling overneemt om een toetsbaar doel voor de regeling vast te leggen, en dat zij de Tweede Kamer "
      "voortaan elk jaar over de voortgang wil informeren. Daarmee kan de Kamer vanaf 2026 beoordelen of de regeling "
      "doet wat zij belooft. Ook het onderzoek naar meeliftgedrag is een belangrijke toezegging."),
    P("Wij blijven van mening dat de subsidie voor woningcorporaties gerichter kan worden ingezet. De minister stelt "
      "dat de regeling bedoeld is om verhuurders te helpen de wettelijke normering te halen. Dat is juist de reden "
      "voor onze aanbeveling: een corporatie die haar woningen toch al moet verbeteren, heeft daarvoor geen extra "
      "prikkel nodig. Wij vragen de minister de uitkomsten van het onderzoek naar meeliftgedrag uitdrukkelijk te "
      "betrekken bij haar besluit over de regeling na 2027."),
    P("De vereenvoudigde aanvraag voor kleine verhuurders en de afspraak met Aedes over de informatie aan huurders "
      "zijn goede stappen. Het Besluit huurprijzen woonruimte begrenst de huurverhoging, maar zegt niets over de "
      "verhouding tussen huurverhoging en besparing. Wij blijven het daarom wenselijk vinden dat verhuurders die "
      "subsidie ontvangen, die verhouding vooraf inzichtelijk maken, ook als de besparing een schatting blijft."),
    P("Dat de minister van KGG de controles ter plaatse uitbreidt en de subsidiegegevens koppelt aan EP-online, is "
      "een verbetering. Wij zullen volgen of een controlepercentage van 2,5 procent volstaat. Wij betreuren dat de "
      "minister niet wil wachten met het herbestemmen van het budget tot de evaluatie is afgerond: daarmee wordt over "
      "de omvang van de regeling besloten voordat bekend is wat zij oplevert."),
    P("De minister van KGG gaat niet in op onze aanbeveling om jaarlijks per gemeente openbaar te maken hoeveel "
      "subsidie is verleend. Gemeenten hebben die informatie nodig voor hun wijkaanpak. Wij vragen de minister alsnog "
      "aan te geven wat hij met deze aanbeveling doet."),
    P("Wij zullen over twee jaar nagaan wat er met onze aanbevelingen is gedaan."),
)

RESPONSE = Document(
    title="6 Reactie van de minister en nawoord",
    subtitle="Rijkscontrolecollege, Verduurzaming op afstand. Onderzoek naar de Stimuleringsregeling "
             "Energieprestatie Huurwoningen",
    blocks=RESPONSE_BLOCKS,
    running_header="Rijkscontrolecollege  |  Verduurzaming op afstand  |  Reactie en nawoord",
    footer="{page}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="audit_office_reported_reaction",
    report=REPORT,
    response=RESPONSE,
    description="Rijkscontrolecollege audit of a rental-home sustainability subsidy (13 bulleted recommendations "
                "under three addressee lead-ins) and the office's own chapter 6 reporting the VRO and KGG ministers' "
                "reactions in reported speech, with a Nawoord in the auditor's voice; 12 not addressed.",
)
