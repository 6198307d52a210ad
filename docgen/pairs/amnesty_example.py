"""The shipped example pair: a look-alike of Amnesty's report on ethnic profiling (March 2024) and the cabinet's
response letter (Kamerstuk 30 950 nr. 434, 3 February 2025).

All prose is written for this project; neither document copies the real texts.  The shape follows the originals:
the report has a summary that repeats the key recommendations, one chapter per organisation, each closing with a
numbered list addressed to a minister, and a final chapter with general recommendations to the cabinet; the letter
answers by theme, in a different order, and leaves some recommendations unanswered.

How positions are annotated (``Answer.position``):

- ``agree``: the cabinet adopts the recommendation, in so many words or by committing to the action it asks for.
- ``partial``: it adopts part and declines another part, or it only explores or considers the point ("zal bezien",
  "verkent", "onderzoekt de mogelijkheden") without committing to the outcome.  A hedge counts as partial.
- ``disagree``: it declines, bluntly or politely ("ziet geen aanleiding", "acht het niet wenselijk", "is niet
  voornemens").
- Paragraphs that only describe existing policy carry no ``Answer``; recommendations 4, 18, 20 and 25 get no answer.
- Recommendation 21 is answered twice (the first answer decides); one paragraph answers both 15 and 16.
"""
from __future__ import annotations

from docgen.model import (Answer, Columns, Document, Heading, ItemList, ListItem, PageBreak, Pair, Paragraph,
                          Recommendation)


def _rec(number: str, text: str, departments: tuple[str, ...], parts: tuple[str, ...] = ()) -> ListItem:
    return ListItem(text, children=tuple(ListItem(part) for part in parts),
                    recommendation=Recommendation(number, departments))


def _repeat(of: str, text: str, departments: tuple[str, ...]) -> ListItem:
    return ListItem(text, recommendation=Recommendation("", departments, duplicate_of=of))


def _recommendations(lead_in: str, *items: ListItem) -> tuple:
    return (Paragraph(lead_in, bold=True), ItemList(items=items))


# The recommendations, numbered through the report as Amnesty does.
R1 = _rec("1", "in de Politiewet 2012 en in de Ambtsinstructie expliciet vast te leggen dat etnisch profileren "
               "verboden is, en daarbij te bepalen dat etniciteit, nationaliteit en huidskleur nooit een grond mogen "
               "zijn voor een staandehouding of controle;", ("JenV",))
R2 = _rec("2", "een landelijke registratie van alle proactieve staandehoudingen en controles door de politie in te "
               "voeren, waarbij:", ("JenV",),
          ("de reden van de controle, de uitkomst en de waargenomen etniciteit worden vastgelegd;",
           "de burger na afloop een schriftelijk of digitaal bewijs van de controle ontvangt;",
           "de gegevens jaarlijks geanonimiseerd openbaar worden gemaakt en door een onafhankelijke partij worden "
           "geanalyseerd."))
R3 = _rec("3", "de klachtbehandeling bij de politie te beleggen bij een onafhankelijke instantie, zodat burgers die "
               "zich gediscrimineerd voelen niet langer afhankelijk zijn van de organisatie waarover zij klagen;",
          ("JenV",))
R4 = _rec("4", "het gebruik van proactieve controles zonder concrete verdenking terug te dringen en daarvoor "
               "heldere, objectieve en toetsbare criteria op te stellen;", ("JenV",))
R5 = _rec("5", "te zorgen dat elke politiemedewerker periodiek wordt getraind in het professioneel controleren en "
               "dat leidinggevenden actief toezien op de naleving daarvan.", ("JenV",))
R6 = _rec("6", "etniciteit, huidskleur en afkomst in geen enkele vorm meer te laten meewegen bij de selectie van "
               "personen voor controles in het kader van het Mobiel Toezicht Veiligheidsbeleid;", ("Defensie",))
R7 = _rec("7", "alle controles in het kader van het Mobiel Toezicht Veiligheidsbeleid te registreren, inclusief de "
               "selectiegronden, en de resultaten daarvan jaarlijks openbaar te maken;", ("Defensie",))
R8 = _rec("8", "een onafhankelijk onderzoek te laten uitvoeren naar de wijze waarop de Koninklijke Marechaussee "
               "sinds de uitspraak van het gerechtshof selecteert, en de uitkomsten met de Tweede Kamer te delen.",
          ("Defensie",))
R9 = _rec("9", "alle risicoprofielen en selectieregels van de Douane vooraf en periodiek te laten toetsen op "
               "discriminerende effecten, en nationaliteit niet als zelfstandige selectie-indicator te gebruiken;",
          ("FIN",))
R10 = _rec("10", "reizigers en bedrijven die door de Douane worden geselecteerd voor een controle actief te "
                 "informeren over de criteria op grond waarvan zij zijn geselecteerd.", ("FIN",))
R11 = _rec("11", "wettelijk vast te leggen dat nationaliteit, dubbele nationaliteit en geboorteland niet als "
                 "indicator in risicomodellen van de Belastingdienst en Toeslagen mogen worden gebruikt;", ("FIN",))
R12 = _rec("12", "een mensenrechtentoets verplicht te stellen voordat een algoritme of risicomodel wordt ingezet, "
                 "waarbij:", ("FIN",),
           ("de toets wordt uitgevoerd door een multidisciplinair team met juridische en ethische expertise;",
            "de uitkomst van de toets openbaar wordt gemaakt;",
            "een model niet in gebruik wordt genomen zolang discriminatierisico’s niet zijn weggenomen."))
R13 = _rec("13", "burgers individueel te informeren wanneer zij door een risicomodel zijn geselecteerd voor "
                 "nadere controle, en hun uit te leggen welke gegevens daarbij een rol speelden;", ("FIN",))
R14 = _rec("14", "alle burgers die door de Fraude Signalering Voorziening of vergelijkbare lijsten zijn benadeeld, "
                 "ruimhartig te compenseren, ook wanneer zij geen toeslagen ontvingen.", ("FIN",))
R15 = _rec("15", "het gebruik van risicoscanmodellen bij de handhaving op uitkeringen op te schorten totdat "
                 "onafhankelijk is vastgesteld dat deze geen discriminerende effecten hebben;", ("SZW",))
R16 = _rec("16", "ervoor te zorgen dat UWV alle algoritmen die bij handhaving worden gebruikt volledig registreert "
                 "in het Algoritmeregister van de overheid.", ("SZW",))
R17 = _rec("17", "studenten met een migratieachtergrond die onterecht zijn geraakt door de controle op de "
                 "uitwonendenbeurs excuses aan te bieden en hen volledig te compenseren;", ("OCW",))
R18 = _rec("18", "alle selectie-instrumenten van DUO te laten doorlichten door een onafhankelijke auditor en het "
                 "auditrapport openbaar te maken.", ("OCW",))
R19 = _rec("19", "de aanbevelingen uit het onderzoek naar institutioneel racisme binnen het ministerie volledig uit "
                 "te voeren en jaarlijks aan de Tweede Kamer te rapporteren over de voortgang;", ("BZ",))
R20 = _rec("20", "een onafhankelijk meldpunt in te richten waar medewerkers van het ministerie en van de posten "
                 "in het buitenland veilig discriminatie en racisme kunnen melden.", ("BZ",))
R21 = _rec("21", "te erkennen dat etnisch profileren een overheidsbreed probleem is en een rijksbrede aanpak met "
                 "concrete doelen en een tijdpad vast te stellen;", ("KABINET",))
R22 = _rec("22", "de Algemene wet gelijke behandeling van toepassing te verklaren op al het overheidshandelen, "
                 "inclusief opsporing, handhaving en toezicht;", ("BZK",))
R23 = _rec("23", "het College voor de Rechten van de Mens en andere toezichthouders voldoende middelen te geven om "
                 "discriminerende werkwijzen van overheidsorganisaties op eigen initiatief te onderzoeken;", ("BZK",))
R24 = _rec("24", "jaarlijks aan de Tweede Kamer te rapporteren over de voortgang van de aanpak van etnisch "
                 "profileren en over de opvolging van aanbevelingen van internationale verdragscomités;",
           ("KABINET",))
R25 = _rec("25", "gemeenten actief te ondersteunen bij het toetsen van hun eigen risicoprofielen in de bijstand en "
                 "bij de handhaving in de openbare ruimte;", ("SZW", "GEMEENTEN"))
R26 = _rec("26", "een wettelijke plicht voor alle overheidsorganisaties in te voeren om gelijke behandeling actief "
                 "te bevorderen en daarover jaarlijks verantwoording af te leggen.", ("BZK",))

SUMMARY_LIST = ItemList(style="•", items=(
    _repeat("21", "Erken dat etnisch profileren een overheidsbreed probleem is en stel een rijksbrede aanpak vast "
                  "met concrete doelen en een tijdpad.", ("KABINET",)),
    _repeat("1", "Leg in de Politiewet 2012 en de Ambtsinstructie expliciet vast dat etnisch profileren verboden "
                 "is.", ("JenV",)),
    _repeat("2", "Voer een landelijke registratie in van alle proactieve staandehoudingen en controles door de "
                 "politie.", ("JenV",)),
    _repeat("11", "Leg wettelijk vast dat nationaliteit, dubbele nationaliteit en geboorteland niet als indicator "
                  "in risicomodellen mogen worden gebruikt.", ("FIN",)),
    _repeat("22", "Verklaar de Algemene wet gelijke behandeling van toepassing op al het overheidshandelen.",
            ("BZK",)),
))

REPORT_BLOCKS = (
    Heading("Samenvatting"),
    Paragraph("Mensen van kleur en mensen met een migratieachtergrond worden in Nederland vaker gecontroleerd dan "
              "andere burgers. Dat gebeurt op straat, op luchthavens en aan de grens, maar ook achter het "
              "bureau, wanneer een risicomodel bepaalt wie een brief krijgt met het verzoek om bewijsstukken aan "
              "te leveren. Dit rapport laat zien dat etnisch profileren geen incident is bij één organisatie. Het "
              "is een patroon dat zich voordoet bij de politie, de Koninklijke Marechaussee, de Douane, de "
              "Belastingdienst, Toeslagen, UWV en DUO."),
    Paragraph("Amnesty International heeft voor dit rapport rechterlijke uitspraken, rapporten van "
              "toezichthouders, Kamerstukken en openbare onderzoeken geanalyseerd en gesproken met betrokkenen, "
              "advocaten en medewerkers van uitvoeringsorganisaties. Het beeld dat daaruit naar voren komt, is "
              "zorgwekkend. Controles die worden gerechtvaardigd met een beroep op efficiëntie of ervaring "
              "blijken in de praktijk vaak te leunen op kenmerken als nationaliteit, afkomst of woonwijk.",
              footnotes=("Zie voor een overzicht van de gebruikte bronnen de verantwoording in hoofdstuk 2.",)),
    Paragraph("De gevolgen zijn groot. Wie steeds opnieuw wordt aangehouden of gecontroleerd, verliest het "
              "vertrouwen in de overheid. Het toeslagenschandaal heeft laten zien hoe diep de schade kan zijn "
              "wanneer een overheidsorganisatie burgers op basis van vooringenomen selectie als fraudeur "
              "behandelt. Toch ontbreekt het nog altijd aan een samenhangende aanpak over de grenzen van "
              "ministeries en uitvoeringsorganisaties heen."),
    Paragraph("Amnesty doet in dit rapport 26 aanbevelingen. De belangrijkste zijn:", bold=True),
    SUMMARY_LIST,
    PageBreak(),
    Heading("1. Inleiding"),
    Paragraph("Etnisch profileren is het gebruik van etniciteit, huidskleur, afkomst, nationaliteit of religie "
              "door wetshandhavers en andere overheidsorganisaties bij beslissingen over controle, toezicht of "
              "opsporing, zonder dat daarvoor een objectieve en redelijke rechtvaardiging bestaat. Het is een "
              "vorm van discriminatie en daarmee in strijd met het Europees Verdrag voor de Rechten van de Mens "
              "en het Internationaal Verdrag inzake de uitbanning van alle vormen van rassendiscriminatie.",
              footnotes=("VN-Comité voor de uitbanning van rassendiscriminatie, Algemene aanbeveling nr. 36 over "
                         "het voorkomen en bestrijden van etnisch profileren door wetshandhavers, 2020.",)),
    Paragraph("Het verbod op discriminatie geldt voor de hele overheid. Het maakt daarbij niet uit of een "
              "beslissing wordt genomen door een agent op straat of door een algoritme dat duizenden dossiers "
              "tegelijk beoordeelt. Ook indirecte discriminatie, waarbij een ogenschijnlijk neutraal criterium "
              "zoals postcode of taalvaardigheid in de praktijk vooral bepaalde groepen treft, is verboden "
              "wanneer daarvoor geen objectieve rechtvaardiging bestaat."),
    Paragraph("Amnesty heeft eerder onderzoek gedaan naar proactieve controles door de politie en naar "
              "risicoprofilering bij de Belastingdienst. In dit rapport brengen we die bevindingen samen met "
              "nieuwe informatie over andere organisaties. Daarmee willen we laten zien dat de oorzaken van "
              "etnisch profileren vergelijkbaar zijn: ruime discretionaire bevoegdheden, gebrekkige registratie, "
              "weinig extern toezicht en een cultuur waarin signalen van discriminatie onvoldoende serieus "
              "worden genomen.",
              footnotes=("Amnesty International, Proactief politieoptreden vormt risico voor mensenrechten, 2013; "
                         "Amnesty International, Xenofobe machines, 2021.",)),
    Heading("1.1 Opbouw van dit rapport", level=2),
    Paragraph("Hoofdstuk 2 beschrijft de werkwijze en de gebruikte bronnen. De hoofdstukken 3 tot en met 9 "
              "behandelen achtereenvolgens de politie, de Koninklijke Marechaussee, de Douane, de "
              "Belastingdienst en Toeslagen, UWV, DUO en de institutionele discriminatie binnen het ministerie "
              "van Buitenlandse Zaken. Elk hoofdstuk sluit af met aanbevelingen aan de verantwoordelijke "
              "bewindspersoon. Hoofdstuk 10 bevat de aanbevelingen aan het kabinet als geheel."),
    Heading("2. Werkwijze", level=1),
    Paragraph("Dit onderzoek is uitgevoerd tussen maart 2023 en januari 2024. We hebben ruim honderd openbare "
              "documenten bestudeerd, waaronder uitspraken van rechters en van het College voor de Rechten van "
              "de Mens, rapporten van de Autoriteit Persoonsgegevens en de Nationale ombudsman, antwoorden op "
              "Kamervragen en besluiten op verzoeken op grond van de Wet open overheid. Daarnaast spraken we met "
              "31 mensen: burgers die zelf zijn gecontroleerd, advocaten, wetenschappers en medewerkers van "
              "overheidsorganisaties die anoniem wilden blijven."),
    Paragraph("Alle betrokken ministeries hebben voorafgaand aan publicatie de gelegenheid gekregen om op de "
              "bevindingen te reageren. Hun reacties zijn waar relevant in de tekst verwerkt. Citaten van "
              "geïnterviewden zijn geanonimiseerd en met hun toestemming opgenomen."),
    PageBreak(),
    Heading("3. Politie"),
    Paragraph("De politie heeft de bevoegdheid om mensen staande te houden, bijvoorbeeld in het verkeer of bij "
              "het handhaven van de openbare orde. Bij proactieve controles is er geen concrete verdenking: de "
              "agent besluit zelf wie hij aanspreekt. Juist die beoordelingsruimte maakt proactieve controles "
              "gevoelig voor vooroordelen. Uit onderzoek blijkt dat jonge mannen van kleur in sommige wijken "
              "vele malen vaker worden gecontroleerd dan hun witte leeftijdsgenoten.",
              footnotes=("Zie onder meer Politieacademie, Proactief controleren: een onderzoek naar de praktijk, "
                         "2019.",)),
    Paragraph("De politie heeft de afgelopen jaren maatregelen genomen. Er is een handelingskader professioneel "
              "controleren ontwikkeld, er zijn trainingen gegeven en in enkele eenheden zijn pilots gedaan met "
              "het registreren van controles. Die maatregelen zijn waardevol, maar blijven vrijblijvend. Het "
              "handelingskader is geen bindende norm, de registratie is niet landelijk ingevoerd en er is geen "
              "onafhankelijk toezicht op de naleving."),
    Heading("3.1 Registratie ontbreekt", level=2),
    Paragraph("Zonder registratie kan niemand vaststellen hoe vaak, waar en bij wie de politie proactief "
              "controleert. Daardoor kan de politie ook zelf niet nagaan of bepaalde groepen onevenredig vaak "
              "worden aangehouden. Burgers die zich gediscrimineerd voelen, hebben bovendien geen enkel bewijs "
              "dat de controle heeft plaatsgevonden. Dat maakt het indienen van een klacht lastig en ontmoedigt "
              "mensen om melding te maken."),
    Paragraph("In landen als het Verenigd Koninkrijk en Spanje wordt al jaren gewerkt met "
              "registratieformulieren. Ervaringen daar laten zien dat registratie niet alleen inzicht geeft, "
              "maar ook leidt tot minder en beter onderbouwde controles. Agenten die moeten vastleggen waarom zij "
              "iemand aanspreken, denken vooraf beter na over de reden van de controle.",
              footnotes=("Open Society Justice Initiative, Reducing Ethnic Profiling in the European Union, "
                         "2012.",)),
    Heading("3.2 Klachten en toezicht", level=2),
    Paragraph("Klachten over politieoptreden worden in eerste instantie door de politie zelf behandeld. Pas in "
              "tweede instantie kan een burger terecht bij een externe klachtencommissie, die alleen adviseert. "
              "Veel geïnterviewden gaven aan dat zij geen klacht hadden ingediend omdat zij verwachtten dat het "
              "toch niets zou opleveren. Eén van hen zei: ‘Je klaagt bij dezelfde mensen die je net hebben "
              "aangehouden. Waarom zou ik dat doen?’"),
    *_recommendations("Amnesty roept de minister van Justitie en Veiligheid op om:", R1, R2, R3, R4, R5),
    PageBreak(),
    Heading("4. Koninklijke Marechaussee"),
    Paragraph("De Koninklijke Marechaussee (KMar) voert in de grensgebieden met België en Duitsland controles "
              "uit in het kader van het Mobiel Toezicht Veiligheidsbeleid (MTV). Deze controles zijn bedoeld om "
              "illegaal verblijf en grensoverschrijdende criminaliteit tegen te gaan. Omdat er binnen het "
              "Schengengebied geen systematische grenscontroles mogen plaatsvinden, moeten de controles "
              "steekproefsgewijs en op basis van informatie of ervaringsgegevens worden uitgevoerd."),
    Paragraph("Jarenlang speelde etniciteit daarbij een rol. De KMar stelde zich op het standpunt dat "
              "etniciteit als één van meerdere selectiecriteria mocht worden gebruikt. In februari 2023 oordeelde "
              "het gerechtshof Den Haag dat dit in strijd is met het discriminatieverbod. Het hof overwoog dat "
              "selectie waarbij huidskleur of etniciteit doorslaggevend is of mede een rol speelt, een zeer "
              "zwaarwegende rechtvaardiging vereist die in dit geval ontbrak.",
              footnotes=("Gerechtshof Den Haag, 14 februari 2023, ECLI:NL:GHDHA:2023:173.",)),
    Columns(blocks=(
        Paragraph("Getuigenis", bold=True),
        Paragraph("‘Ik reed met de trein van Antwerpen naar Rotterdam. Direct na de grens stapten twee "
                  "marechaussees in. Ze liepen de hele coupé door en vroegen alleen mij en een andere zwarte man "
                  "om onze paspoorten. Toen ik vroeg waarom, zeiden ze dat het een willekeurige controle was. "
                  "Iedereen in de coupé keek naar ons. Ik voelde me een verdachte, terwijl ik gewoon van mijn "
                  "werk naar huis ging. Het is niet de eerste keer, en ik weet dat het ook niet de laatste "
                  "keer zal zijn.’"),
        Paragraph("Na de uitspraak van het hof heeft de KMar haar instructies aangepast. Uit documenten die "
                  "Amnesty heeft ingezien, blijkt echter dat de nieuwe werkinstructie ruimte laat voor "
                  "interpretatie. Zo wordt gesproken over ‘gedragsindicatoren’ en ‘reisbewegingen’ zonder dat "
                  "duidelijk wordt hoe wordt voorkomen dat die in de praktijk samenvallen met uiterlijke "
                  "kenmerken. Ook worden de selectiegronden niet per controle geregistreerd."),
    )),
    Paragraph("Daarmee is niet gewaarborgd dat de werkwijze van de KMar in overeenstemming is met de uitspraak. "
              "Het ontbreken van registratie maakt het onmogelijk om achteraf na te gaan of de controles "
              "discriminatievrij verlopen. Amnesty vindt dat de minister van Defensie moet laten zien dat de "
              "uitspraak niet alleen op papier maar ook in de praktijk wordt nageleefd."),
    *_recommendations("Amnesty roept de minister van Defensie op om:", R6, R7, R8),
    PageBreak(),
    Heading("5. Douane"),
    Paragraph("De Douane controleert goederen, bagage en reizigers die Nederland binnenkomen of verlaten. Omdat "
              "niet alles kan worden gecontroleerd, werkt de Douane met risicoprofielen. Die profielen bepalen "
              "welke zendingen, vluchten en passagiers extra aandacht krijgen. Voor de efficiëntie van het "
              "toezicht is dat begrijpelijk. Het risico is echter dat profielen indirect onderscheid maken naar "
              "afkomst, bijvoorbeeld wanneer vluchten uit bepaalde landen standaard als risicovol worden "
              "aangemerkt."),
    Paragraph("Uit antwoorden op Kamervragen blijkt dat de Douane nationaliteit in sommige gevallen als "
              "selectie-indicator heeft gebruikt, in combinatie met andere indicatoren. De Douane stelt dat zij "
              "haar profielen periodiek evalueert. Die evaluaties zijn echter niet openbaar en het is niet "
              "bekend of daarbij specifiek wordt gekeken naar discriminerende effecten. Reizigers die worden "
              "geselecteerd, krijgen geen uitleg over de reden van de controle.",
              footnotes=("Aanhangsel Handelingen II 2022/23, nr. 2914.",)),
    Paragraph("De Douane neemt deel aan een pilot van de Staatscommissie tegen Discriminatie en Racisme met een "
              "instrument om de eigen organisatie door te lichten. Amnesty verwelkomt die deelname, maar "
              "benadrukt dat een eenmalige doorlichting geen vervanging is voor structurele toetsing van "
              "profielen vóór en tijdens het gebruik."),
    *_recommendations("Amnesty roept de staatssecretaris van Financiën – Douane op om:", R9, R10),
    PageBreak(),
    Heading("6. Belastingdienst en Toeslagen"),
    Paragraph("Geen dossier heeft de risico’s van discriminerende risicoselectie zo pijnlijk zichtbaar gemaakt "
              "als de toeslagenaffaire. Duizenden ouders werden ten onrechte als fraudeur aangemerkt. Uit "
              "onderzoek van de Autoriteit Persoonsgegevens bleek dat de Belastingdienst de (dubbele) "
              "nationaliteit van aanvragers gebruikte in een risicoclassificatiemodel. De toezichthouder "
              "oordeelde dat deze werkwijze onrechtmatig en discriminerend was.",
              footnotes=("Autoriteit Persoonsgegevens, Belastingdienst/Toeslagen: De verwerking van de "
                         "nationaliteit van aanvragers van kinderopvangtoeslag, juli 2020.",
                         "Parlementaire ondervragingscommissie Kinderopvangtoeslag, Ongekend onrecht, december "
                         "2020.")),
    Paragraph("Naast het risicoclassificatiemodel hield de Belastingdienst jarenlang de Fraude Signalering "
              "Voorziening bij, een zwarte lijst waarop honderdduizenden burgers stonden. Wie op die lijst "
              "stond, kon te maken krijgen met strengere controles, het stopzetten van betalingsregelingen of "
              "het weigeren van een aanvraag. De lijst is in 2020 uitgezet. Mensen die daardoor schade hebben "
              "geleden, kunnen onder voorwaarden een compensatie aanvragen, maar die regeling is beperkt."),
    Heading("6.1 Algoritmen en risicomodellen", level=2),
    Paragraph("De Belastingdienst en Toeslagen zeggen inmiddels geen nationaliteit meer te gebruiken in hun "
              "risicomodellen. Dat is een belangrijke stap, maar er is geen wettelijke waarborg die voorkomt dat "
              "dit in de toekomst opnieuw gebeurt. Ook andere variabelen, zoals de hoogte van een inkomen in "
              "combinatie met woonplaats, kunnen sterk samenhangen met afkomst. Zonder voorafgaande "
              "mensenrechtentoets en zonder doorlopende monitoring blijft het risico op indirecte discriminatie "
              "bestaan."),
    Paragraph("Burgers weten bovendien vaak niet dat zij door een risicomodel zijn geselecteerd. Zij ontvangen "
              "een brief met een verzoek om informatie, zonder te horen waarom juist zij die brief krijgen. "
              "Daardoor kunnen zij een selectie niet aanvechten en blijven fouten in het model onopgemerkt. "
              "Transparantie over het gebruik van algoritmen is een voorwaarde voor effectieve rechtsbescherming."),
    *_recommendations("Amnesty roept de staatssecretarissen van Financiën op om:", R11, R12, R13, R14),
    PageBreak(),
    Heading("7. UWV"),
    Paragraph("UWV gebruikt risicoscanmodellen om te bepalen welke uitkeringsgerechtigden extra worden "
              "gecontroleerd, bijvoorbeeld op verblijf in het buitenland tijdens een WW-uitkering. In 2023 "
              "maakte UWV bekend dat het jarenlang persoonsgegevens had verwerkt zonder wettelijke grondslag om "
              "signalen van fraude op te sporen. UWV heeft het gebruik van deze modellen daarna tijdelijk "
              "stopgezet en een onderzoek laten uitvoeren.",
              footnotes=("UWV, Brief aan de minister van Sociale Zaken en Werkgelegenheid over de verwerking van "
                         "persoonsgegevens bij handhaving, 2023.",)),
    Paragraph("Uit dat onderzoek bleek onder meer dat het model voor het opsporen van verblijf in het "
              "buitenland mede gebruikmaakte van internetgegevens van uitkeringsgerechtigden. Daardoor werden "
              "mensen met familie in het buitenland vaker geselecteerd. Het is niet uit te sluiten dat daardoor "
              "mensen met een migratieachtergrond onevenredig vaak zijn gecontroleerd. UWV heeft aangekondigd "
              "de modellen alleen opnieuw te gebruiken na een zorgvuldige toetsing."),
    Paragraph("Niet alle algoritmen die UWV gebruikt, zijn opgenomen in het Algoritmeregister van de overheid. "
              "Daardoor is voor de Tweede Kamer en voor burgers niet te controleren welke systemen worden "
              "ingezet en met welk doel. Amnesty vindt dat uitvoeringsorganisaties die ingrijpende beslissingen "
              "over burgers nemen, volledig transparant moeten zijn over de instrumenten die zij daarbij "
              "gebruiken."),
    *_recommendations("Amnesty roept de minister van Sociale Zaken en Werkgelegenheid op om:", R15, R16),
    PageBreak(),
    Heading("8. DUO"),
    Paragraph("Dienst Uitvoering Onderwijs (DUO) controleerde tussen 2012 en 2023 of studenten die een "
              "uitwonendenbeurs ontvingen ook echt op een ander adres woonden dan hun ouders. Welke studenten "
              "een huisbezoek kregen, werd mede bepaald door een risicoprofiel met criteria als opleidingstype, "
              "leeftijd en de afstand tot het ouderlijk huis. Journalistiek onderzoek liet in 2023 zien dat "
              "studenten met een migratieachtergrond veel vaker werden geselecteerd dan andere studenten.",
              footnotes=("Investico en NOS op 3, Onderzoek naar controles op de uitwonendenbeurs, juni 2023.",)),
    Paragraph("Een extern onderzoeksbureau bevestigde in 2024 dat de werkwijze van DUO leidde tot indirecte "
              "discriminatie. De minister van Onderwijs, Cultuur en Wetenschap heeft daarop excuses gemaakt en "
              "aangekondigd dat boetes en terugvorderingen die op basis van het risicoprofiel zijn opgelegd, "
              "worden teruggedraaid. Het gebruik van het risicoprofiel is stopgezet.",
              footnotes=("PricewaterhouseCoopers, Onderzoek naar het controleproces uitwonendenbeurs van DUO, "
                         "maart 2024.",)),
    Paragraph("Voor Amnesty is het van belang dat de getroffen studenten niet zelf hoeven aan te tonen dat zij "
              "zijn benadeeld. Ook is onduidelijk of andere selectie-instrumenten van DUO, bijvoorbeeld bij de "
              "terugbetaling van studieschulden, op vergelijkbare wijze zijn getoetst."),
    *_recommendations("Amnesty roept de minister van Onderwijs, Cultuur en Wetenschap op om:", R17, R18),
    PageBreak(),
    Heading("9. Institutionele discriminatie binnen Buitenlandse Zaken"),
    Paragraph("Etnisch profileren staat niet los van de cultuur binnen overheidsorganisaties. In 2022 "
              "verscheen een onderzoek naar institutioneel racisme binnen het ministerie van Buitenlandse "
              "Zaken. Daaruit bleek dat medewerkers van kleur te maken kregen met uitsluiting, stereotypering "
              "en beperkte doorgroeimogelijkheden. Ook bij de visumverlening op ambassades bleken vooroordelen "
              "over bepaalde nationaliteiten een rol te spelen.",
              footnotes=("Ministerie van Buitenlandse Zaken, Rapport onderzoek institutioneel racisme, 2022.",)),
    Paragraph("De toenmalige minister heeft erkend dat er sprake is van institutioneel racisme en heeft een "
              "actieplan aangekondigd. Medewerkers die Amnesty sprak, waarderen die erkenning, maar zien in de "
              "praktijk nog weinig verandering. Zij noemen vooral de angst om melding te maken van "
              "discriminatie, omdat meldingen via de eigen lijn lopen en gevolgen kunnen hebben voor de "
              "loopbaan, met name op posten in het buitenland."),
    Paragraph("Amnesty benadrukt dat institutioneel racisme binnen een ministerie direct samenhangt met de "
              "manier waarop dat ministerie burgers behandelt. Een organisatie waarin vooroordelen onbesproken "
              "blijven, zal ook minder snel herkennen dat haar beleid of werkwijze discriminerend uitpakt."),
    *_recommendations("Amnesty roept de minister van Buitenlandse Zaken op om:", R19, R20),
    PageBreak(),
    Heading("10. Aanbevelingen"),
    Paragraph("De voorgaande hoofdstukken laten zien dat etnisch profileren zich voordoet bij organisaties met "
              "heel verschillende taken. De oorzaken zijn echter vergelijkbaar en vragen om een aanpak die de "
              "grenzen van afzonderlijke ministeries overstijgt. Het kabinet als geheel is verantwoordelijk "
              "voor het voorkomen van discriminatie door de overheid. Daarbij past een duidelijke normstelling, "
              "onafhankelijk toezicht en een actieve verantwoording aan de Tweede Kamer."),
    Paragraph("De Staatscommissie tegen Discriminatie en Racisme onderzoekt momenteel hoe discriminatie door "
              "overheidsinstanties kan worden voorkomen. Amnesty vindt dat het kabinet de uitkomsten van dat "
              "onderzoek niet hoeft af te wachten om nu al maatregelen te nemen waarvan de noodzaak vaststaat.",
              footnotes=("Instellingsbesluit Staatscommissie tegen Discriminatie en Racisme, Stcrt. 2022, nr. "
                         "24866.",)),
    *_recommendations("Amnesty roept het kabinet op om:", R21, R22, R23, R24, R25, R26),
    Paragraph("Amnesty International zal de opvolging van deze aanbevelingen de komende jaren nauwgezet volgen "
              "en blijft graag met de betrokken ministeries in gesprek over de uitvoering ervan."),
)

REPORT = Document(
    title="Etnisch profileren is overheidsbreed probleem",
    subtitle="Nederlandse overheid moet burgers beschermen tegen discriminerende controles",
    blocks=REPORT_BLOCKS,
    running_header="Amnesty International – Etnisch profileren is overheidsbreed probleem",
    footer="{page}",
    imprint=("Amnesty International Nederland", "Maart 2024", "Voorbeelddocument gegenereerd door reactiematrix"),
    font_size=10.5,
)


def _answer(text: str, *answers: Answer, footnotes: tuple[str, ...] = ()) -> Paragraph:
    return Paragraph(text, footnotes=footnotes, answers=answers)


RESPONSE_BLOCKS = (
    Paragraph("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    Paragraph("Den Haag, 3 februari 2025"),
    Paragraph("Onderwerp: Kabinetsreactie op het rapport ‘Etnisch profileren is overheidsbreed probleem’ van "
              "Amnesty International", bold=True),
    Paragraph("Geachte Voorzitter,"),
    Paragraph("Op 21 maart 2024 heeft Amnesty International Nederland het rapport ‘Etnisch profileren is "
              "overheidsbreed probleem’ gepubliceerd. De vaste commissie voor Binnenlandse Zaken heeft verzocht "
              "om een kabinetsreactie op dit rapport. Met deze brief geef ik, mede namens de minister van "
              "Justitie en Veiligheid, de minister van Defensie, de minister van Buitenlandse Zaken, de minister "
              "van Onderwijs, Cultuur en Wetenschap, de minister van Sociale Zaken en Werkgelegenheid, de "
              "staatssecretaris Koninkrijksrelaties en Digitalisering en de staatssecretarissen van Financiën, "
              "invulling aan dat verzoek.",
              footnotes=("Kenmerk commissiebrief 2024Z05512.",)),
    Paragraph("Het rapport bestrijkt een groot aantal organisaties en beleidsterreinen. Ik ga hieronder eerst in "
              "op de algemene strekking van het rapport. Daarna bespreek ik de aanbevelingen per thema: "
              "normstelling en toezicht, risicoselectie door uitvoeringsorganisaties, de Douane, de politie, de "
              "Koninklijke Marechaussee en de aanpak van discriminatie binnen de rijksoverheid als werkgever."),
    Paragraph("Deze brief staat niet op zichzelf. Het kabinet werkt langs verschillende lijnen aan de aanpak van "
              "discriminatie en racisme, onder meer via de Nationaal Coördinator tegen Discriminatie en Racisme "
              "en het Nationaal Programma tegen Discriminatie en Racisme. De Staatscommissie tegen Discriminatie "
              "en Racisme heeft daarnaast een instrument ontwikkeld waarmee overheidsorganisaties hun eigen "
              "werkwijze kunnen doorlichten. In een eerste ronde nemen de Douane, DUO en één gemeente aan die "
              "doorlichting deel.",
              footnotes=("Zie ook de voortgangsbrief over het Nationaal Programma tegen Discriminatie en Racisme, "
                         "Kamerstukken II 2023/24, 30 950, nr. 412.",)),
    Heading("Algemene reflectie", level=2),
    Paragraph("Iedereen in Nederland moet erop kunnen vertrouwen dat de overheid hem gelijk behandelt. Wanneer "
              "burgers worden gecontroleerd vanwege hun afkomst of huidskleur, tast dat dat vertrouwen ernstig "
              "aan. Het kabinet waardeert het dat Amnesty met dit rapport de risico’s op etnisch profileren bij "
              "verschillende overheidsorganisaties in samenhang in beeld brengt."),
    _answer("Het kabinet onderschrijft dat etnisch profileren niet beperkt is tot één organisatie en dat een "
            "gezamenlijke aanpak nodig is. Daarom stelt het kabinet dit jaar rijksbrede uitgangspunten vast "
            "voor het voorkomen van discriminatie bij controles en risicoselectie, met afspraken over "
            "registratie, toetsing en verantwoording per organisatie. De minister van Binnenlandse Zaken en "
            "Koninkrijksrelaties coördineert deze aanpak en bespreekt de voortgang twee keer per jaar met de "
            "betrokken departementen.",
            Answer("21", "agree", "Het kabinet onderschrijft dat etnisch profileren niet beperkt is tot één "
                                  "organisatie en dat een gezamenlijke aanpak nodig is.")),
    Paragraph("Tegelijk wil het kabinet benadrukken dat er de afgelopen jaren al veel is gebeurd. "
              "Verschillende organisaties hebben hun werkwijze aangepast, risicomodellen zijn stopgezet of "
              "herzien en er is meer aandacht voor de toetsing van algoritmen. Een deel van de aanbevelingen "
              "sluit aan bij trajecten die al lopen. Bij andere aanbevelingen maakt het kabinet een andere "
              "afweging, zoals hieronder wordt toegelicht."),
    Heading("Normstelling en toezicht", level=2),
    Paragraph("Het verbod op discriminatie is vastgelegd in artikel 1 van de Grondwet en geldt voor al het "
              "handelen van de overheid. Daarnaast verbiedt de Algemene wet gelijke behandeling (Awgb) "
              "onderscheid op een aantal specifieke terreinen, zoals arbeid en het aanbieden van goederen en "
              "diensten. Voor overheidshandelen dat niet onder die terreinen valt, volgt de norm uit de Grondwet, "
              "de mensenrechtenverdragen en de algemene beginselen van behoorlijk bestuur."),
    Paragraph("Het College voor de Rechten van de Mens heeft in 2021 een toetsingskader gepubliceerd over "
              "discriminatie door risicoprofielen. Dat kader helpt overheidsorganisaties om vooraf te beoordelen "
              "of een profiel tot ongerechtvaardigd onderscheid kan leiden. Het College werkt op dit moment aan "
              "een geactualiseerde versie, die naar verwachting in 2025 verschijnt. Zodra die versie beschikbaar "
              "is, gaan de departementen na of hun eigen handreikingen moeten worden aangepast."),
    _answer("Amnesty beveelt aan de Awgb van toepassing te verklaren op al het overheidshandelen. Het ministerie "
            "van BZK verkent momenteel wat een dergelijke uitbreiding zou betekenen voor opsporing, handhaving "
            "en toezicht, en welke gevolgen dat heeft voor de rechtsbescherming en de uitvoering. Over de "
            "uitkomsten van die verkenning wordt uw Kamer dit jaar geïnformeerd; een besluit over een "
            "wetswijziging is nog niet genomen.",
            Answer("22", "partial", "Het ministerie van BZK verkent momenteel wat een dergelijke uitbreiding zou "
                                    "betekenen voor opsporing, handhaving en toezicht, en welke gevolgen dat heeft "
                                    "voor de rechtsbescherming en de uitvoering.")),
    _answer("De Staatscommissie tegen Discriminatie en Racisme onderzoekt de toepasbaarheid in Nederland van een "
            "wettelijke plicht voor overheidsorganisaties om gelijke behandeling actief te bevorderen, naar het "
            "voorbeeld van het Verenigd Koninkrijk en Ierland. Het kabinet zal bezien of een dergelijke plicht "
            "wenselijk is zodra het eindrapport van de Staatscommissie is verschenen.",
            Answer("26", "partial", "Het kabinet zal bezien of een dergelijke plicht wenselijk is zodra het "
                                    "eindrapport van de Staatscommissie is verschenen."),
            footnotes=("De Staatscommissie brengt haar eindrapport uiterlijk in 2026 uit.",)),
    _answer("Het College voor de Rechten van de Mens heeft een belangrijke rol bij het toetsen van werkwijzen "
            "van overheidsorganisaties. Bij de evaluatie van de wet die het College instelt, is vastgesteld dat "
            "het College met de middelen die het recent structureel heeft ontvangen, zijn taken goed kan "
            "uitvoeren. Het kabinet ziet daarom geen aanleiding om aanvullende middelen beschikbaar te stellen. "
            "Ook de financiering van de antidiscriminatievoorzieningen is recent verhoogd.",
            Answer("23", "disagree", "Het kabinet ziet daarom geen aanleiding om aanvullende middelen beschikbaar "
                                     "te stellen.")),
    Heading("Risicoselectie door uitvoeringsorganisaties", level=2),
    Paragraph("Uitvoeringsorganisaties gebruiken risicoselectie om hun beperkte capaciteit voor controle "
              "doelmatig in te zetten. Dat is op zichzelf legitiem en draagt bij aan het draagvlak voor "
              "voorzieningen. De toeslagenaffaire heeft echter pijnlijk duidelijk gemaakt hoe groot de schade "
              "is wanneer risicoselectie discriminerend uitpakt. Het kabinet heeft daarom het Algoritmekader "
              "opgesteld, dat overheidsorganisaties een overzicht geeft van de wettelijke normen en praktische "
              "maatregelen bij de inzet van algoritmen.",
              footnotes=("Het Algoritmekader is beschikbaar via de website van de rijksoverheid en wordt "
                         "jaarlijks geactualiseerd.",)),
    Paragraph("Transparantie is een belangrijke voorwaarde voor controleerbaarheid. Overheidsorganisaties "
              "publiceren algoritmen met impact op burgers in het Algoritmeregister. Het aantal registraties is "
              "in het afgelopen jaar sterk gegroeid, maar het register is nog niet volledig. De staatssecretaris "
              "Koninkrijksrelaties en Digitalisering spreekt organisaties daar actief op aan en ondersteunt hen "
              "bij het aanleveren van de benodigde informatie. Daarnaast onderzoeken de ministeries van JenV en "
              "BZK hoe burgers bij een individueel besluit beter kunnen worden geïnformeerd over het gebruik van "
              "algoritmen."),
    _answer("De Belastingdienst en Toeslagen gebruiken sinds 2020 geen nationaliteit of geboorteland meer als "
            "indicator in risicomodellen. Het kabinet neemt de aanbeveling over om dit ook wettelijk te "
            "verankeren. Een wetsvoorstel daartoe wordt in de loop van dit jaar in consultatie gebracht.",
            Answer("11", "agree", "Het kabinet neemt de aanbeveling over om dit ook wettelijk te verankeren.")),
    _answer("Amnesty pleit voor een verplichte mensenrechtentoets voorafgaand aan de inzet van een algoritme. "
            "Het kabinet wil een mensenrechtentoets voor algoritmen met een hoog risico op discriminatie "
            "verplicht maken, aansluitend bij de Europese AI-verordening. Een algemene verplichting voor alle "
            "algoritmen, ook eenvoudige rekenregels, gaat het kabinet echter te ver. Het kabinet neemt deze "
            "aanbeveling daarom op onderdelen over. Ook het openbaar maken van iedere toets acht het kabinet "
            "niet in alle gevallen mogelijk, omdat dit de effectiviteit van toezicht kan ondermijnen.",
            Answer("12", "partial", "Het kabinet neemt deze aanbeveling daarom op onderdelen over.")),
    _answer("Het individueel informeren van burgers over hun selectie door een risicomodel kan ertoe leiden dat "
            "de werking van het model bekend wordt en dat controles hun effect verliezen. Het kabinet acht het "
            "niet wenselijk om burgers standaard te informeren over de redenen van hun selectie. Burgers kunnen "
            "wel altijd inzage vragen in de gegevens die over hen zijn verwerkt.",
            Answer("13", "disagree", "Het kabinet acht het niet wenselijk om burgers standaard te informeren over "
                                     "de redenen van hun selectie.")),
    Paragraph("Het herstel van gedupeerde ouders van de toeslagenaffaire heeft voor het kabinet onverminderd "
              "prioriteit. Sinds de start van de hersteloperatie hebben tienduizenden ouders een eerste "
              "compensatie ontvangen en is een groot deel van de integrale beoordelingen afgerond. Het kabinet "
              "beseft dat het herstel voor veel ouders te lang duurt en informeert uw Kamer daarover in de "
              "periodieke voortgangsrapportages.",
              footnotes=("Zie de meest recente voortgangsrapportage hersteloperatie kinderopvangtoeslag.",)),
    _answer("Voor burgers die door registratie in de Fraude Signalering Voorziening zijn benadeeld, bestaat een "
            "compensatieregeling. Deze regeling is in overleg met betrokkenen tot stand gekomen en wordt "
            "momenteel uitgevoerd. Het kabinet is niet voornemens de regeling uit te breiden naar burgers die "
            "geen aantoonbaar nadeel hebben ondervonden.",
            Answer("14", "disagree", "Het kabinet is niet voornemens de regeling uit te breiden naar burgers die "
                                     "geen aantoonbaar nadeel hebben ondervonden.")),
    _answer("UWV heeft in 2023 het gebruik van risicoscanmodellen bij de handhaving stopgezet, nadat bleek dat "
            "persoonsgegevens zonder toereikende grondslag werden verwerkt. De modellen worden pas weer ingezet "
            "nadat een onafhankelijke partij heeft vastgesteld dat zij rechtmatig zijn en geen discriminerende "
            "effecten hebben. Daarnaast neemt UWV vóór 1 juli 2025 al zijn algoritmen met impact op burgers op "
            "in het Algoritmeregister.",
            Answer("15", "agree", "De modellen worden pas weer ingezet nadat een onafhankelijke partij heeft "
                                  "vastgesteld dat zij rechtmatig zijn en geen discriminerende effecten hebben."),
            Answer("16", "agree", "Daarnaast neemt UWV vóór 1 juli 2025 al zijn algoritmen met impact op burgers "
                                  "op in het Algoritmeregister.")),
    Paragraph("DUO heeft het risicoprofiel dat werd gebruikt bij de controle op de uitwonendenbeurs in 2023 "
              "stopgezet. Er wordt gewerkt aan een nieuwe controlewerkwijze, waarbij vooraf wordt getoetst of "
              "deze tot ongerechtvaardigd onderscheid kan leiden. Het onderzoek dat DUO heeft laten uitvoeren, "
              "is openbaar gemaakt en met uw Kamer gedeeld.",
              footnotes=("Kamerstukken II 2023/24, 24 724, nr. 220.",)),
    _answer("De minister van Onderwijs, Cultuur en Wetenschap heeft namens het kabinet excuses aangeboden aan "
            "de studenten die door de controle zijn geraakt. Het kabinet neemt deze aanbeveling over: alle "
            "opgelegde boetes en terugvorderingen worden ambtshalve teruggedraaid, zonder dat studenten daarvoor "
            "zelf een verzoek hoeven in te dienen.",
            Answer("17", "agree", "Het kabinet neemt deze aanbeveling over: alle opgelegde boetes en "
                                  "terugvorderingen worden ambtshalve teruggedraaid, zonder dat studenten "
                                  "daarvoor zelf een verzoek hoeven in te dienen.")),
    Heading("Douane", level=2),
    Paragraph("De Douane werkt met risicoprofielen om uit de grote stroom goederen en reizigers de zendingen "
              "en personen te selecteren die nader worden gecontroleerd. Deze profielen worden opgesteld op "
              "basis van informatie uit eerdere controles, inlichtingen en analyses."),
    _answer("De Douane zal haar risicoprofielen voortaan periodiek laten toetsen op mogelijke discriminerende "
            "effecten. Het geheel afzien van nationaliteit als indicator is voor de Douane echter niet "
            "mogelijk, omdat de nationaliteit van een zending of vervoermiddel soms rechtstreeks samenhangt met "
            "de wettelijke taak, bijvoorbeeld bij sancties. De aanbeveling wordt daarom deels overgenomen.",
            Answer("9", "partial", "De aanbeveling wordt daarom deels overgenomen.")),
    Paragraph("De Douane neemt deel aan de doorlichting door de Staatscommissie tegen Discriminatie en "
              "Racisme. De bevindingen daarvan worden betrokken bij de verdere ontwikkeling van het "
              "risicomanagement. Ook heeft de Douane een interne commissie ingesteld die nieuwe profielen vooraf "
              "beoordeelt op juridische en ethische aspecten."),
    _answer("Het kabinet ziet geen aanleiding om reizigers actief te informeren over de selectiecriteria van "
            "de Douane. Openheid over die criteria zou het voor kwaadwillenden eenvoudiger maken om controles "
            "te ontlopen.",
            Answer("10", "disagree", "Het kabinet ziet geen aanleiding om reizigers actief te informeren over "
                                     "de selectiecriteria van de Douane.")),
    Heading("Politie", level=2),
    Paragraph("De politie werkt sinds 2021 met het handelingskader professioneel controleren. Dit kader biedt "
              "agenten houvast bij de vraag wanneer een controle gerechtvaardigd is en hoe zij de controle op "
              "een respectvolle manier uitvoeren. Het kader is onderdeel van het politieonderwijs en wordt in de "
              "eenheden besproken in teamoverleggen."),
    Paragraph("Daarnaast werkt de politie met het programma ‘Politie voor iedereen’ aan een inclusieve "
              "organisatiecultuur en een diverser personeelsbestand. Binnen dat programma is aandacht voor de "
              "manier waarop agenten elkaar aanspreken op gedrag en voor de rol van leidinggevenden bij het "
              "bespreekbaar maken van vooroordelen. Ook wordt samengewerkt met wetenschappers om het effect van "
              "interventies tegen etnisch profileren te meten."),
    Paragraph("Burgers die een klacht hebben over het optreden van de politie, kunnen die indienen bij de "
              "politie zelf. De klacht wordt eerst in een gesprek besproken. Wanneer de klager niet tevreden is "
              "met de afhandeling, kan hij zich wenden tot een regionale klachtencommissie en daarna tot de "
              "Nationale ombudsman."),
    _answer("Het verbod op etnisch profileren volgt al rechtstreeks uit de Grondwet en de "
            "mensenrechtenverdragen, en is bovendien vastgelegd in het handelingskader van de politie. Het "
            "kabinet ziet geen aanleiding voor een aanvullende bepaling in de Politiewet 2012 of de "
            "Ambtsinstructie.",
            Answer("1", "disagree", "Het kabinet ziet geen aanleiding voor een aanvullende bepaling in de "
                                    "Politiewet 2012 of de Ambtsinstructie.")),
    _answer("In twee eenheden is geëxperimenteerd met het registreren van proactieve controles. De minister "
            "van Justitie en Veiligheid zal op basis van de evaluatie van deze pilots bezien of een landelijke "
            "registratie uitvoerbaar is, gelet op de administratieve lasten voor agenten.",
            Answer("2", "partial", "De minister van Justitie en Veiligheid zal op basis van de evaluatie van "
                                   "deze pilots bezien of een landelijke registratie uitvoerbaar is, gelet op de "
                                   "administratieve lasten voor agenten.")),
    _answer("Het kabinet deelt de opvatting dat burgers vertrouwen moeten kunnen hebben in een onafhankelijke "
            "behandeling van hun klacht. Het kabinet neemt deze aanbeveling over. Met ingang van 2026 worden "
            "klachten over discriminatie door politiemedewerkers behandeld door een onafhankelijke "
            "klachtencommissie die bindend adviseert.",
            Answer("3", "agree", "Het kabinet neemt deze aanbeveling over.")),
    _answer("Vanaf dit jaar volgt iedere operationele politiemedewerker elke twee jaar een verplichte training "
            "professioneel controleren. Leidinggevenden bespreken de uitvoering van controles in de "
            "periodieke functioneringsgesprekken en krijgen daarvoor een handreiking.",
            Answer("5", "agree", "Vanaf dit jaar volgt iedere operationele politiemedewerker elke twee jaar een "
                                 "verplichte training professioneel controleren.")),
    Heading("Koninklijke Marechaussee", level=2),
    Paragraph("De Koninklijke Marechaussee voert in de grensgebieden controles uit om illegaal verblijf, "
              "mensensmokkel en identiteitsfraude tegen te gaan. Deze controles vinden plaats binnen de grenzen "
              "die het Unierecht stelt aan toezicht in de binnengrenszones. Het gerechtshof heeft in 2023 "
              "geoordeeld over de rol van etniciteit bij de selectie voor deze controles.",
              footnotes=("Gerechtshof Den Haag, 14 februari 2023, ECLI:NL:GHDHA:2023:173.",)),
    _answer("Naar aanleiding van de uitspraak van het gerechtshof Den Haag van 14 februari 2023 heeft de "
            "Koninklijke Marechaussee haar werkinstructies voor het Mobiel Toezicht Veiligheid aangepast. "
            "Etniciteit en huidskleur spelen bij de selectie voor controles geen enkele rol meer. Dit is ook "
            "opgenomen in de opleiding van alle marechaussees die MTV-controles uitvoeren.",
            Answer("6", "agree", "Etniciteit en huidskleur spelen bij de selectie voor controles geen enkele "
                                 "rol meer.")),
    _answer("De Koninklijke Marechaussee registreert sinds 2024 het aantal MTV-controles en de uitkomst "
            "daarvan, en rapporteert hierover in het jaarverslag. Het registreren van de selectiegronden per "
            "controle wordt deels ingevoerd: alleen bij controles in de trein en op de weg, niet bij controles "
            "op luchthavens.",
            Answer("7", "partial", "Het registreren van de selectiegronden per controle wordt deels ingevoerd: "
                                   "alleen bij controles in de trein en op de weg, niet bij controles op "
                                   "luchthavens.")),
    _answer("De werkwijze van de Koninklijke Marechaussee staat onder toezicht van de Inspectie Justitie en "
            "Veiligheid, die hier periodiek onderzoek naar doet. De minister van Defensie acht een afzonderlijk "
            "onafhankelijk onderzoek daarom niet wenselijk.",
            Answer("8", "disagree", "De minister van Defensie acht een afzonderlijk onafhankelijk onderzoek "
                                    "daarom niet wenselijk.")),
    Heading("De rijksoverheid als werkgever", level=2),
    Paragraph("Het ministerie van Buitenlandse Zaken heeft in 2022 erkend dat binnen de organisatie sprake is "
              "van institutioneel racisme. Sindsdien werkt het ministerie met een actieplan dat onder meer "
              "voorziet in trainingen voor leidinggevenden, een diversiteitsnetwerk en een herziening van de "
              "procedures voor werving en plaatsing. Ook bij andere departementen lopen programma’s voor een "
              "inclusieve werkcultuur.",
              footnotes=("Kamerstukken II 2022/23, 36 200 V, nr. 60.",)),
    _answer("De minister van Buitenlandse Zaken neemt de aanbeveling over om de aanbevelingen uit het "
            "onderzoek volledig uit te voeren. Over de voortgang rapporteert de minister voortaan jaarlijks in "
            "een brief aan uw Kamer, voor het eerst in het najaar van 2025.",
            Answer("19", "agree", "De minister van Buitenlandse Zaken neemt de aanbeveling over om de "
                                  "aanbevelingen uit het onderzoek volledig uit te voeren.")),
    Paragraph("Medewerkers van het Rijk kunnen voor meldingen over ongewenst gedrag terecht bij "
              "vertrouwenspersonen en bij de integriteitsorganisaties van de departementen. Daarnaast bestaat "
              "er een rijksbrede klachtencommissie ongewenste omgangsvormen."),
    Paragraph("Het kabinet vindt het van belang dat ook de rijksoverheid als werkgever het goede voorbeeld "
              "geeft. Alle departementen hebben afspraken gemaakt over het verminderen van ongelijkheid bij "
              "werving, selectie en doorstroom. In de rijksbrede medewerkersmonitor worden vragen gesteld over "
              "ervaren discriminatie, zodat de voortgang per organisatie zichtbaar wordt."),
    Heading("Tot slot", level=2),
    _answer("Het kabinet hecht eraan dat de aanpak van etnisch profileren zichtbaar resultaat oplevert. Daarom "
            "zegt het kabinet toe uw Kamer jaarlijks te informeren over de voortgang van de rijksbrede aanpak en "
            "over de opvolging van aanbevelingen van internationale verdragscomités.",
            Answer("24", "agree", "Daarom zegt het kabinet toe uw Kamer jaarlijks te informeren over de "
                                  "voortgang van de rijksbrede aanpak en over de opvolging van aanbevelingen van "
                                  "internationale verdragscomités.")),
    _answer("Met de rijksbrede uitgangspunten die dit jaar worden vastgesteld, geeft het kabinet invulling aan "
            "de oproep van Amnesty om etnisch profileren als overheidsbreed vraagstuk aan te pakken. Het kabinet "
            "dankt Amnesty voor het rapport en gaat graag met de organisatie in gesprek over de uitwerking.",
            Answer("21", "agree", "Met de rijksbrede uitgangspunten die dit jaar worden vastgesteld, geeft het "
                                  "kabinet invulling aan de oproep van Amnesty om etnisch profileren als "
                                  "overheidsbreed vraagstuk aan te pakken.")),
    Paragraph("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    Paragraph("J. de Vries"),
)

RESPONSE = Document(
    title="Tweede Kamer der Staten-Generaal",
    subtitle="Vergaderjaar 2024–2025 · 30 950 Racisme en discriminatie · Nr. 434 · Brief van de minister van "
             "Binnenlandse Zaken en Koninkrijksrelaties",
    blocks=RESPONSE_BLOCKS,
    running_header="Tweede Kamer, vergaderjaar 2024–2025, 30 950, nr. 434",
    footer="{page}",
    title_page=False,
    font_family="serif",
    font_size=10.5,
)

PAIR = Pair(
    name="amnesty-example",
    report=REPORT,
    response=RESPONSE,
    description="Look-alike of Amnesty International Nederland, 'Etnisch profileren is overheidsbreed probleem' "
                "(March 2024) and the cabinet response of 3 February 2025 (Kamerstuk 30 950 nr. 434); all prose "
                "written for this project.",
)
