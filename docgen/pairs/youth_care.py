"""Pair: a joint inspectorate report (IGJ and Inspectie JenV style) on youth protection and secure youth care, and the
response of the state secretary of VWS, also on behalf of the minister for legal protection.

Layout traits this pair tests: a two-column summary and a two-column box (``Columns``); recommendations only in
per-chapter lists, each list opened by a bold lead-in naming the addressee; three numbering schemes in one report
(chapter-prefixed ``3.1`` .. ``3.6``, letters ``a.`` .. ``f.`` continued across lead-ins, plain ``1.`` .. ``4.``);
nested sub-items under 3.3 and b.

The response letter starts with secure youth care, then regional purchasing, and only then youth protection; it
answers 3.4 and 3.5 in one paragraph, answers b in two places, describes existing policy without taking a position,
and leaves 3.6, c and e unanswered.  All prose is fictional and written for this test set.
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


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

SUMMARY = Columns((
    H("Wat we onderzochten", 3),
    P("Kinderen die onder toezicht worden gesteld of uit huis worden geplaatst, zijn afhankelijk van de overheid voor "
      "hun veiligheid. De kinderrechter neemt de beslissing, een gecertificeerde instelling (GI) voert die uit, en de "
      "gemeente zorgt voor de jeugdhulp die nodig is. Tussen oktober 2023 en maart 2024 onderzochten de Inspectie "
      "Gezondheidszorg en Jeugd en de Inspectie Justitie en Veiligheid of die keten kinderen tijdig de bescherming "
      "en hulp biedt die de rechter nodig vindt. We keken daarbij ook naar de gesloten jeugdzorg, waar jongeren "
      "terechtkomen voor wie andere hulp tekortschiet."),
    H("Wat we zagen", 3),
    P("Op 1 maart 2024 wachtten ruim 1.100 kinderen met een kinderbeschermingsmaatregel op een vaste "
      "jeugdbeschermer. Sommigen wachtten langer dan drie maanden. In die tijd is er wel een ‘wachtlijstbeheerder’, "
      "maar die kent het kind niet en komt niet op bezoek. Jeugdbeschermers hebben te veel kinderen onder hun hoede "
      "en vertrekken vaak binnen twee jaar. Ook als er wel een jeugdbeschermer is, wacht het kind vaak op de hulp "
      "zelf: specialistische behandelplekken zijn schaars, en gemeenten kopen ze niet of te laat in."),
    P("In de gesloten jeugdzorg is het aantal plekken de afgelopen jaren gedaald, zoals beleid is. Maar kleinschalige "
      "alternatieven groeien niet even hard mee. Jongeren verblijven daardoor soms in een justitiële jeugdinrichting "
      "zonder dat daar een strafrechtelijke grond voor is, of worden overgeplaatst naar een voorziening ver van huis. "
      "Afzondering komt nog steeds voor, en wordt niet overal op dezelfde manier vastgelegd."),
    H("Wat er moet gebeuren", 3),
    P("De inspecties vinden dat het Rijk, gemeenten en instellingen samen verantwoordelijk zijn om de wachttijden "
      "terug te dringen. Zij richten zich met in totaal zestien aanbevelingen tot de staatssecretaris van VWS, de "
      "minister voor Rechtsbescherming, gemeenten, de gecertificeerde instellingen en de aanbieders van gesloten "
      "jeugdzorg. De aanbevelingen staan aan het eind van de hoofdstukken 3, 4 en 5."),
))

VOICES = Columns((
    P("‘Ik wist niet eens wie mijn voogd was. Ik kreeg een brief met een naam, en een maand later een brief met een "
      "andere naam.’ — jongen, 15 jaar"),
    P("‘In de groep zeggen ze dat je je gedrag moet laten zien. Maar als je boos wordt omdat je naar huis wilt, ga je "
      "de time-out in.’ — meisje, 16 jaar"),
    P("‘Het is hier wel veilig. Maar ik zit hier al negen maanden, terwijl ze zeiden dat het drie maanden zou zijn.’ "
      "— jongen, 17 jaar"),
    P("‘Mijn moeder moest twee uur met de trein om op bezoek te komen. Ze kwam één keer in de maand.’ — meisje, "
      "14 jaar"),
))


KEY_FIGURES = Columns((
    H("Kerncijfers 2023", 3),
    P("Ongeveer 38.000 kinderen hadden op enig moment in 2023 een kinderbeschermingsmaatregel. Bij ruim 9.000 "
      "van hen ging het om een uithuisplaatsing."),
    P("De dertien gecertificeerde instellingen hadden samen circa 4.600 jeugdbeschermers en jeugdreclasseerders in "
      "dienst, gemeten in voltijdbanen."),
    P("In de gesloten jeugdzorg verbleven gemiddeld 780 jongeren per dag, tegen 1.350 in 2018. De gemiddelde "
      "verblijfsduur was vier maanden."),
    P("Gemeenten gaven in 2023 bijna 6 miljard euro uit aan jeugdzorg, waarvan ongeveer 9 procent aan "
      "jeugdbescherming en jeugdreclassering."),
))

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Een kind dat door de rechter onder toezicht wordt gesteld, heeft recht op bescherming. Niet over een paar "
      "maanden, maar nu. Dat is de kern van een kinderbeschermingsmaatregel, en het is de maatstaf waaraan wij in dit "
      "onderzoek het werk van alle betrokkenen hebben gemeten."),
    P("Wij hebben gezien hoe hard jeugdbeschermers, groepsleiders en behandelaars werken, vaak onder moeilijke "
      "omstandigheden. Dat verdient waardering. Toch moeten wij vaststellen dat het stelsel als geheel kinderen "
      "niet de bescherming biedt die de rechter nodig acht. Dat ligt niet aan één organisatie. Het Rijk, gemeenten "
      "en instellingen hebben elk een deel van de oplossing in handen, en geen van hen kan het alleen."),
    P("Het afgelopen jaar spraken wij met jongeren die ons vertelden hoe het is om te wachten op iemand die je niet "
      "kent, en om te verhuizen van de ene groep naar de andere. Hun woorden staan in dit rapport. Wij vragen alle "
      "partijen om ze te lezen, en om de aanbevelingen aan het eind van de hoofdstukken 3, 4 en 5 met dezelfde "
      "urgentie op te pakken als waarmee deze kinderen op hulp wachten."),
    P("Inspecteur-generaal Gezondheidszorg en Jeugd"),
    P("Inspecteur-generaal Justitie en Veiligheid"),
    PageBreak(),

    H("Samenvatting"),
    SUMMARY,
    PageBreak(),

    H("1 Inleiding"),
    H("Aanleiding", 2),
    P("In 2019 en in 2022 stelden de inspecties vast dat de jeugdbescherming onvoldoende in staat is om kinderen "
      "tijdig te beschermen. De toenmalige bewindspersonen namen daarop maatregelen, waaronder extra middelen voor "
      "de GI’s en een actieplan om de werkdruk van jeugdbeschermers te verlagen. Sindsdien ontvangen de inspecties "
      "nog steeds meldingen over kinderen die maandenlang zonder vaste jeugdbeschermer zitten, en over jongeren die "
      "in een gesloten setting verblijven omdat er geen passende plek elders is.",
      footnotes=("Inspecties Gezondheidszorg en Jeugd en Justitie en Veiligheid, ‘Kinderen niet beter "
                 "beschermd’, 2022.",)),
    P("Tegelijk is het stelsel in beweging. Met de Hervormingsagenda Jeugd 2023–2028 hebben Rijk, gemeenten, "
      "aanbieders en cliëntorganisaties afspraken gemaakt over de toekomst van de jeugdzorg. Het Toekomstscenario "
      "kind- en gezinsbescherming moet de jeugdbescherming eenvoudiger maken. En de gesloten jeugdzorg wordt "
      "afgebouwd: in 2030 moeten er geen gesloten plaatsingen meer zijn, behalve in uitzonderlijke gevallen.",
      footnotes=("Kamerstukken II 2022/23, 31 839, nr. 958.",
                 "Kamerstukken II 2022/23, 31 839, nr. 922 (Toekomstscenario kind- en gezinsbescherming).")),
    H("Doel en vragen", 2),
    P("Het doel van dit onderzoek is na te gaan of kinderen met een beschermingsmaatregel en jongeren in de gesloten "
      "jeugdzorg op tijd de bescherming en hulp krijgen die zij nodig hebben. De onderzoeksvragen zijn:"),
    ItemList((
        ListItem("Hoe lang wachten kinderen met een maatregel op een jeugdbeschermer en op de jeugdhulp die de "
                 "rechter nodig acht, en wat gebeurt er in de tussentijd?"),
        ListItem("Hoe verloopt de afbouw van de gesloten jeugdzorg, en wat betekent die voor de jongeren die er "
                 "verblijven?"),
        ListItem("Hoe geven gemeenten invulling aan hun rol als opdrachtgever en inkoper van jeugdbescherming en "
                 "specialistische jeugdhulp?"),
    ), style="1."),
    H("Aanpak", 2),
    P("De inspecties bezochten zes van de dertien gecertificeerde instellingen en vijf locaties voor gesloten "
      "jeugdzorg. Zij voerden gesprekken met:"),
    ItemList((
        ListItem("62 jeugdbeschermers, teamleiders en gedragswetenschappers;"),
        ListItem("27 jongeren en 19 ouders of verzorgers;"),
        ListItem("bestuurders van de bezochte instellingen;"),
        ListItem("beleidsmedewerkers en inkopers van acht jeugdzorgregio’s;"),
        ListItem("kinderrechters, de Raad voor de Kinderbescherming en de Nationaal Rapporteur."),
    ), style="–"),
    P("Daarnaast analyseerden de inspecties de wachtlijstgegevens die de GI’s maandelijks aanleveren, en 140 "
      "dossiers van kinderen die in 2023 langer dan dertig dagen op een jeugdbeschermer wachtten. De bevindingen "
      "zijn getoetst aan het toetsingskader van de inspecties, dat in de bijlage is samengevat."),
    H("Leeswijzer", 2),
    P("Hoofdstuk 2 schetst kort wie in de jeugdbescherming en de gesloten jeugdzorg waarvoor verantwoordelijk is. De "
      "hoofdstukken 3, 4 en 5 bevatten de bevindingen over respectievelijk de jeugdbescherming, de gesloten "
      "jeugdzorg en de rol van gemeenten, en sluiten elk af met aanbevelingen. Hoofdstuk 6 beschrijft hoe de "
      "inspecties het toezicht voortzetten."),
    PageBreak(),

    H("2 Het stelsel in het kort"),
    P("Sinds de decentralisatie van 2015 zijn gemeenten verantwoordelijk voor vrijwel alle jeugdhulp, inclusief de "
      "uitvoering van kinderbeschermingsmaatregelen en jeugdreclassering. Zij kopen die in bij aanbieders en bij de "
      "gecertificeerde instellingen. Voor de inkoop van zware en weinig voorkomende vormen van hulp werken zij samen "
      "in 42 jeugdzorgregio’s.",
      footnotes=("Artikel 2.1 en 2.6 Jeugdwet.",)),
    P("Het Rijk is verantwoordelijk voor het stelsel als geheel. De staatssecretaris van VWS is daarbij "
      "eerstverantwoordelijk voor de jeugdhulp en de gesloten jeugdzorg. De minister voor Rechtsbescherming is "
      "verantwoordelijk voor de justitiële kant: de Raad voor de Kinderbescherming, de justitiële jeugdinrichtingen "
      "en de certificering van de GI’s. De kinderrechter legt een maatregel op, zoals een ondertoezichtstelling of "
      "een machtiging gesloten jeugdhulp, en bepaalt daarmee wat er voor het kind moet gebeuren."),
    P("Een gecertificeerde instelling voert de maatregel uit. Een jeugdbeschermer stelt samen met het gezin een "
      "plan op, schakelt de benodigde hulp in en ziet erop toe dat het kind veilig is. Daarvoor is de GI afhankelijk "
      "van de hulp die de gemeente heeft ingekocht. Wanneer die er niet is, kan de jeugdbeschermer weinig anders doen "
      "dan wachten en het kind zo goed mogelijk in de gaten houden."),
    P("Gesloten jeugdzorg is bedoeld voor jongeren met ernstige problemen die zich aan de noodzakelijke hulp dreigen "
      "te onttrekken of daartegen moeten worden beschermd. Een plaatsing kan alleen met een machtiging van de "
      "kinderrechter. Justitiële jeugdinrichtingen zijn bedoeld voor jongeren die in voorlopige hechtenis zitten of "
      "een straf of maatregel ondergaan. Het gaat dus om twee verschillende regimes, met elk een eigen wettelijke "
      "grondslag."),
    P("Onderstaand overzicht geeft enkele kerncijfers over de omvang van de jeugdbescherming en de gesloten "
      "jeugdzorg.",
      footnotes=("Bronnen: CBS, Beleidsinformatie Jeugd 2023; jaarverslagen van de GI’s; opgave van Jeugdzorg "
                 "Nederland.",)),
    KEY_FIGURES,
    PageBreak(),

    H("3 Jeugdbescherming: wachten op bescherming"),
    H("Wachtlijsten bij de GI’s", 2),
    P("Op de peildatum van 1 maart 2024 wachtten bij de dertien GI’s samen 1.142 kinderen op de toewijzing van een "
      "vaste jeugdbeschermer. Bij vier GI’s was de gemiddelde wachttijd langer dan zes weken. Er bestaat geen "
      "landelijke norm voor hoe snel een kind na de uitspraak van de rechter een jeugdbeschermer moet hebben. De GI’s "
      "hanteren zelf termijnen van vijf tot tien werkdagen, maar halen die bij lange na niet."),
    P("In de wachttijd wijst de GI een medewerker aan die de wachtlijst beheert. In de dossiers die de inspecties "
      "bekeken, beperkte het contact met het gezin zich in die periode meestal tot een telefoongesprek en een brief. "
      "In 31 van de 140 dossiers deden zich tijdens het wachten nieuwe incidenten van onveiligheid voor, waarvan de "
      "GI in elf gevallen pas achteraf hoorde."),
    P("Ook de kinderrechters die de inspecties spraken, maakten zich zorgen. Zij leggen een maatregel op omdat de "
      "ontwikkeling van een kind ernstig wordt bedreigd, en gaan ervan uit dat er dan snel iets gebeurt. ‘Als ik "
      "een half jaar later bij een verlenging hoor dat er nog niets is opgestart, vraag ik me af wat mijn uitspraak "
      "waard is geweest’, zei een van hen."),
    H("Werkdruk en verloop", 2),
    P("Jeugdbeschermers begeleiden gemiddeld zestien tot achttien kinderen tegelijk, terwijl de sector zelf uitgaat "
      "van ten hoogste twaalf tot vijftien bij een ondertoezichtstelling. Het verloop is hoog: bij drie GI’s vertrok "
      "in 2023 meer dan een kwart van de jeugdbeschermers. Nieuwe medewerkers hebben tijd nodig om in te werken, "
      "waardoor de druk op ervaren collega’s verder toeneemt.",
      footnotes=("Jeugdzorg Nederland en de GI’s hanteren een richtnorm; een wettelijke norm ontbreekt.",)),
    P("Jeugdbeschermers vertelden de inspecties dat zij niet toekomen aan het werk waar het om draait: het kind zien "
      "en spreken. ‘Ik ben vooral bezig met mails, zittingen en het regelen van plekken die er niet zijn’, zei een van "
      "hen."),
    H("Wachten op hulp", 2),
    P("Als er wel een jeugdbeschermer is, wacht het kind vaak op de hulp die de rechter nodig acht. In de helft van de "
      "onderzochte dossiers kwam de geïndiceerde hulp pas na meer dan drie maanden op gang. Het ging vooral om "
      "traumabehandeling, intensieve ambulante gezinsbehandeling en plaatsing in een gezinshuis. Jeugdbeschermers "
      "kunnen de gemeente niet dwingen om hulp met voorrang in te kopen of toe te wijzen."),
    H("Wat goed gaat", 2),
    P("De inspecties zagen ook voorbeelden die laten zien dat het anders kan. Eén GI werkt met een ‘startteam’ dat "
      "binnen twee werkdagen na de uitspraak een huisbezoek aflegt en het kind blijft begeleiden tot er een vaste "
      "jeugdbeschermer is. In die regio is de wachtlijst in een jaar gehalveerd. Een andere GI heeft met de "
      "gemeenten in haar regio afgesproken dat de jeugdbeschermer zelf hulp kan inzetten tot een vast bedrag, "
      "zonder eerst een beschikking af te wachten. Dat scheelt gemiddeld drie weken."),
    P("Verder viel het de inspecties op dat jeugdbeschermers, ondanks de druk, zeer betrokken zijn bij de kinderen "
      "voor wie zij zorgen. Ouders waren over de jeugdbeschermer zelf vaak positief, ook als zij kritisch waren over "
      "de lange wachttijd ervoor."),
    H("Een stelsel in afwachting", 2),
    P("Het Toekomstscenario kind- en gezinsbescherming beoogt de jeugdbescherming te vereenvoudigen, onder meer door "
      "regionale veiligheidsteams en minder overdrachtsmomenten. De inspecties zien de waarde daarvan, maar stellen "
      "vast dat de invoering nog jaren duurt en dat het scenario nog niet wettelijk is verankerd. Bestuurders van GI’s "
      "gaven aan dat de onzekerheid over hun toekomstige rol het moeilijk maakt om te investeren in personeel."),
    H("Aanbevelingen", 2),
    P("De inspecties bevelen de staatssecretaris van VWS en de minister voor Rechtsbescherming aan:", bold=True),
    ItemList((
        ListItem("Stel een landelijke norm vast voor de termijn tussen de uitspraak van de kinderrechter en het "
                 "eerste contact met een vaste jeugdbeschermer, van ten hoogste vijf werkdagen, en maak maandelijks "
                 "per GI openbaar hoeveel kinderen wachten en hoe lang.",
                 recommendation=R("3.1", "VWS", "JenV")),
        ListItem("Leg een maximale caseload per jeugdbeschermer wettelijk vast en zorg dat de tarieven die "
                 "caseload mogelijk maken.",
                 recommendation=R("3.2", "VWS", "JenV")),
        ListItem("Versnel de invoering van het Toekomstscenario kind- en gezinsbescherming, en in het bijzonder:",
                 children=(
                     ListItem("leg de regionale veiligheidsteams en hun taken uiterlijk in 2026 wettelijk vast;"),
                     ListItem("geef de GI’s tot die tijd zekerheid over hun financiering;"),
                     ListItem("beperk het aantal overdrachten tussen organisaties per gezin tot één."),
                 ),
                 recommendation=R("3.3", "VWS", "JenV")),
    ), style="1."),
    P("De inspecties bevelen gemeenten aan:", bold=True),
    ItemList((
        ListItem("Sluit met de GI’s meerjarige contracten af, met tarieven die de werkelijke kosten van een "
                 "verantwoorde caseload dekken.",
                 recommendation=R("3.4", "GEMEENTEN")),
        ListItem("Zorg ervoor dat kinderen met een kinderbeschermingsmaatregel met voorrang de jeugdhulp krijgen die "
                 "de kinderrechter nodig acht, en leg die voorrang vast in de inkoopvoorwaarden.",
                 recommendation=R("3.5", "GEMEENTEN")),
    ), style="1."),
    P("De inspecties bevelen de gecertificeerde instellingen aan:", bold=True),
    ItemList((
        ListItem("Meld elk kind dat langer dan vijftien werkdagen op een vaste jeugdbeschermer wacht bij de "
                 "inspecties, en zorg dat een wachtend kind ten minste eens per twee weken face-to-face wordt "
                 "gezien.",
                 recommendation=R("3.6", "OTHER")),
    ), style="1."),
    PageBreak(),

    H("4 Gesloten jeugdzorg: afbouw zonder alternatief"),
    H("Minder plekken", 2),
    P("Het aantal jongeren in de gesloten jeugdzorg is sinds 2018 met ruim 40 procent gedaald. Dat is in lijn met het "
      "beleid om gesloten plaatsingen zoveel mogelijk te voorkomen en de resterende plekken kleinschaliger te maken. "
      "De inspecties onderschrijven dat doel. Zij zien ook dat een deel van de locaties mooie, huiselijke "
      "kleinschalige voorzieningen heeft opgezet."),
    P("Tegelijk stellen de inspecties vast dat de alternatieven voor gesloten jeugdzorg niet overal beschikbaar zijn. "
      "Drie van de vijf bezochte locaties hadden een wachtlijst. Jongeren met een machtiging werden in de tussentijd "
      "opgevangen in een crisisvoorziening, bleven thuis in een onveilige situatie of werden geplaatst in een "
      "justitiële jeugdinrichting.",
      footnotes=("In 2023 ging het volgens opgave van de Dienst Justitiële Inrichtingen om 64 jongeren.",)),
    H("Vrijheidsbeperking", 2),
    P("De Jeugdwet staat vrijheidsbeperkende maatregelen toe, zoals afzondering en fouillering, maar alleen als dat "
      "noodzakelijk is en zo kort mogelijk duurt. Op alle bezochte locaties kwam afzondering voor. De wijze van "
      "registreren verschilde sterk: de ene locatie legde elke time-out op de eigen kamer vast, de andere alleen "
      "afzonderingen van langer dan een uur in een aparte ruimte. Daardoor is geen betrouwbaar landelijk beeld te "
      "geven.",
      footnotes=("Artikel 6.3.1 en volgende Jeugdwet.",)),
    P("Jongeren vertelden de inspecties wat een plaatsing voor hen betekent. Een selectie uit die gesprekken:"),
    VOICES,
    H("Overplaatsingen", 2),
    P("Bijna de helft van de jongeren die de inspecties spraken, was in het afgelopen jaar één of meer keren "
      "overgeplaatst. Soms was dat nodig omdat de hulp niet aansloot, maar vaak ging het om organisatorische "
      "redenen: een groep werd gesloten, een locatie had te weinig personeel, of een plek elders kwam vrij. Iedere "
      "overplaatsing betekent voor een jongere nieuwe begeleiders, nieuwe groepsgenoten en vaak een nieuwe school. "
      "Behandelaars gaven aan dat het opbouwen van een vertrouwensrelatie daardoor telkens opnieuw moet beginnen."),
    P("De inspecties troffen in de dossiers weinig terug van een afweging van de gevolgen van een overplaatsing "
      "voor de jongere. Ook werden jongeren en ouders er zelden vooraf bij betrokken."),
    H("Onderwijs en contact met thuis", 2),
    P("Alle jongeren in de gesloten jeugdzorg hebben recht op onderwijs. In de praktijk kregen jongeren op twee "
      "locaties minder dan de helft van de lesuren waar zij recht op hebben, door personeelstekort op de school "
      "en doordat jongeren bij overplaatsing opnieuw moesten instromen. Contact met ouders, broers en zussen wordt "
      "bemoeilijkt door de afstand: een derde van de jongeren verblijft meer dan vijftig kilometer van huis."),
    H("Aanbevelingen", 2),
    P("De inspecties bevelen de staatssecretaris van VWS aan:", bold=True),
    ItemList((
        ListItem("Koppel het tempo van de afbouw van gesloten plekken per regio aan de beschikbaarheid van "
                 "kleinschalige alternatieven, zodat geen jongere zonder passende plek komt te zitten.",
                 recommendation=R("a", "VWS")),
        ListItem("Zorg dat afzondering in de gesloten jeugdzorg binnen twee jaar niet meer voorkomt, en:",
                 children=(
                     ListItem("schrijf een uniforme definitie en registratie van vrijheidsbeperkende maatregelen "
                              "voor;"),
                     ListItem("publiceer jaarlijks een landelijk overzicht van de toegepaste maatregelen."),
                 ),
                 recommendation=R("b", "VWS")),
        ListItem("Garandeer dat iedere jongere in de gesloten jeugdzorg het volledige onderwijsprogramma krijgt, ook "
                 "na een overplaatsing.",
                 recommendation=R("c", "VWS")),
    ), style="a."),
    P("De inspecties bevelen de aanbieders van gesloten jeugdzorg aan:", bold=True),
    ItemList((
        ListItem("Registreer iedere vrijheidsbeperkende maatregel op dezelfde manier, en bespreek de registratie elk "
                 "kwartaal in het bestuur.",
                 recommendation=R("d", "OTHER")),
        ListItem("Betrek jongeren en hun ouders structureel bij de evaluatie van de verblijfsperiode en bij "
                 "verbeteringen van het leefklimaat.",
                 recommendation=R("e", "OTHER")),
    ), style="a.", start=4),
    P("De inspecties bevelen de minister voor Rechtsbescherming aan:", bold=True),
    ItemList((
        ListItem("Beëindig de plaatsing van jongeren met een machtiging gesloten jeugdhulp in een justitiële "
                 "jeugdinrichting zonder strafrechtelijke titel, en stel daarvoor uiterlijk 1 januari 2025 een "
                 "einddatum vast.",
                 recommendation=R("f", "JenV")),
    ), style="a.", start=6),
    PageBreak(),

    H("5 Gemeenten als opdrachtgever"),
    H("Versnipperde inkoop", 2),
    P("Gemeenten kopen jeugdhulp in via regionale samenwerkingsverbanden, maar de afspraken verschillen sterk per "
      "regio. In vijf van de acht onderzochte regio’s werd specialistische hulp, zoals behandeling van complex "
      "trauma of eetstoornissen, per kind ingekocht via een maatwerkprocedure. Dat kost weken. Aanbieders van zulke "
      "hulp hebben contracten met tientallen gemeenten, met elk eigen voorwaarden en administratieve eisen."),
    P("De Hervormingsagenda Jeugd bevat de afspraak dat zeer specialistische hulp landelijk of bovenregionaal wordt "
      "ingekocht. De inspecties zagen daar in de praktijk nog weinig van terug. Regio’s wachten op elkaar, en er is "
      "geen partij die de knoop doorhakt."),
    H("Wie beslist als het vastloopt?", 2),
    P("Voor een kind voor wie geen passende plek te vinden is, moet iemand kunnen beslissen. Regio’s hebben daarvoor "
      "vaak een escalatieprocedure, maar die werkt lang niet altijd. In een aantal gevallen verwezen gemeente, "
      "regio en aanbieder naar elkaar. Jeugdbeschermers wisten niet bij wie zij moesten aankloppen."),
    H("Personeel", 2),
    P("Alle onderzochte regio’s noemden het tekort aan personeel als belangrijkste oorzaak van de wachttijden. "
      "Aanbieders van specialistische hulp hebben vacatures voor gedragswetenschappers en behandelaars die maanden "
      "openstaan. Gemeenten zien dat zij met extra geld niet automatisch extra hulp kunnen inkopen. De inspecties "
      "constateren tegelijk dat gemeenten en aanbieders nog weinig samen optrekken om personeel te behouden, "
      "bijvoorbeeld door gezamenlijke opleidingsplaatsen of het beperken van administratieve lasten."),
    H("Zicht op resultaten", 2),
    P("Het Rijk en gemeenten hebben in de Hervormingsagenda afgesproken de wachttijden terug te dringen, maar er zijn "
      "geen concrete doelen geformuleerd. Ook ontbreekt een landelijk beeld van de wachttijden voor jeugdhulp, los "
      "van de wachtlijsten bij de GI’s. Gemeenten, aanbieders en het Rijk gebruiken elk hun eigen cijfers, die "
      "onderling niet te vergelijken zijn.",
      footnotes=("Het CBS publiceert de Beleidsinformatie Jeugd; die bevat geen gegevens over wachttijden.",)),
    H("Aanbevelingen", 2),
    P("De inspecties bevelen de staatssecretaris van VWS en gemeenten aan:", bold=True),
    ItemList((
        ListItem("Beleg de inkoop van zeer specialistische jeugdhulp uiterlijk in 2026 op landelijk niveau, met "
                 "uniforme voorwaarden voor aanbieders.",
                 recommendation=R("1", "VWS", "GEMEENTEN")),
        ListItem("Wijs in iedere jeugdzorgregio één partij aan die doorzettingsmacht heeft wanneer voor een kind "
                 "met een maatregel geen passende hulp beschikbaar is, en maak die partij bekend bij de GI’s.",
                 recommendation=R("2", "GEMEENTEN")),
        ListItem("Voorzie de Hervormingsagenda Jeugd van meetbare doelen voor het terugdringen van wachttijden, "
                 "met een tijdpad per jaar.",
                 recommendation=R("3", "VWS", "GEMEENTEN")),
    ), style="1."),
    P("De inspecties bevelen de staatssecretaris van VWS en de minister voor Rechtsbescherming aan:", bold=True),
    ItemList((
        ListItem("Richt een landelijke monitor in die de wachttijden voor jeugdbescherming en jeugdhulp op "
                 "eenduidige wijze in beeld brengt en ten minste elk kwartaal wordt gepubliceerd.",
                 recommendation=R("4", "VWS", "JenV")),
    ), style="1.", start=4),
    PageBreak(),

    H("6 Vervolg van het toezicht"),
    P("De inspecties blijven de wachttijden bij de GI’s maandelijks volgen. Zij bezoeken in 2025 opnieuw een aantal "
      "GI’s en locaties voor gesloten jeugdzorg, en kijken dan ook naar de manier waarop de aanbevelingen zijn "
      "opgevolgd. Waar de veiligheid van kinderen in het geding is, treden de inspecties op met de middelen die de wet "
      "hun geeft."),
    P("De inspecties vragen de staatssecretaris van VWS en de minister voor Rechtsbescherming om binnen zes weken "
      "aan de Tweede Kamer te laten weten hoe zij de aanbevelingen opvolgen. De aanbevelingen aan gemeenten, GI’s "
      "en aanbieders bespreken de inspecties met de VNG, Jeugdzorg Nederland en de betrokken instellingen."),
    H("Bijlage Toetsingskader", 2),
    P("De inspecties beoordeelden de bevindingen aan de hand van de volgende normen:"),
    ItemList((
        ListItem("Het kind krijgt binnen vijf werkdagen na de uitspraak van de rechter een vaste jeugdbeschermer."),
        ListItem("De jeugdbeschermer ziet het kind regelmatig en ten minste eens per zes weken."),
        ListItem("De hulp die de rechter nodig acht, start binnen een redelijke termijn."),
        ListItem("Vrijheidsbeperkende maatregelen worden alleen toegepast als zij noodzakelijk zijn, zo kort "
                 "mogelijk duren en worden vastgelegd."),
        ListItem("Iedere jongere in een gesloten setting krijgt passend onderwijs."),
    ), style="•"),
)

REPORT = Document(
    title="Te lang wachten op bescherming",
    subtitle="Gezamenlijk toezicht op de jeugdbescherming en de gesloten jeugdzorg",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Gezondheidszorg en Jeugd · Inspectie Justitie en Veiligheid — Te lang wachten op "
                   "bescherming",
    footer="{page}",
    font_size=10.0,
    imprint=("Inspectie Gezondheidszorg en Jeugd", "Inspectie Justitie en Veiligheid", "Utrecht, juni 2024"),
)


# --------------------------------------------------------------------------------------------------------------
# Response letter
# --------------------------------------------------------------------------------------------------------------

RESPONSE_BLOCKS = (
    P("De Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018"),
    P("2500 EA DEN HAAG"),
    P("Datum 4 september 2024"),
    P("Betreft Beleidsreactie op het inspectierapport ‘Te lang wachten op bescherming’"),
    P("Kenmerk 3912847-1068823-J"),
    P("Geachte voorzitter,"),
    P("Hierbij zenden wij u het rapport ‘Te lang wachten op bescherming’ van de Inspectie Gezondheidszorg en Jeugd "
      "en de Inspectie Justitie en Veiligheid. Deze brief bevat onze beleidsreactie; de staatssecretaris van "
      "Volksgezondheid, Welzijn en Sport schrijft haar mede namens de minister voor Rechtsbescherming. Wij hebben "
      "de reactie voorbereid in overleg met de Vereniging van Nederlandse Gemeenten (VNG) en Jeugdzorg Nederland."),
    P("Het rapport is confronterend. Achter de cijfers over wachtlijsten gaan kinderen schuil die thuis niet veilig "
      "zijn en die maandenlang niet weten wie hun jeugdbeschermer is. De jongeren die de inspecties spraken, beschrijven "
      "een stelsel waarin zij moeten wachten, verhuizen en opnieuw beginnen. Dat raakt ons, en het laat zien dat de "
      "inspanningen van de afgelopen jaren nog onvoldoende effect hebben gehad."),
    P("De inspecties richten zich tot ons, tot gemeenten, tot de gecertificeerde instellingen en tot de aanbieders "
      "van gesloten jeugdzorg. Wij gaan hieronder in op de aanbevelingen die ons betreffen en op die aan gemeenten en "
      "aanbieders waar het Rijk een rol in heeft. We beginnen bij de gesloten jeugdzorg, omdat daar de kwetsbaarste "
      "jongeren verblijven."),

    H("Gesloten jeugdzorg", 2),
    P("Het kabinet houdt vast aan het doel om gesloten plaatsingen zoveel mogelijk te voorkomen. In 2030 zijn er "
      "geen gesloten plaatsingen meer, tenzij er voor een jongere werkelijk geen alternatief is. Sinds 2022 is het "
      "aantal plekken in grote gesloten groepen met een derde verminderd, en zijn er 23 kleinschalige voorzieningen "
      "bijgekomen.",
      footnotes=("Zie de voortgangsbrief afbouw gesloten jeugdzorg, Kamerstukken II 2023/24, 31 839, nr. 1011.",)),
    P("De inspecties bevelen aan om het tempo van de afbouw per regio te laten afhangen van de beschikbaarheid van "
      "alternatieven. Wij kiezen er bewust voor dat niet te doen. De ervaring leert dat alternatieven pas echt worden "
      "ontwikkeld als de gesloten plekken verdwijnen; een koppeling zou de afbouw in de regio’s die het verst achterlopen "
      "stilleggen. Wel ondersteunen wij regio’s met een transformatiebudget en met expertise van het "
      "Ondersteuningsteam Zorg voor de Jeugd.",
      answers=(Answer("a", "disagree", "Wij kiezen er bewust voor dat niet te doen."),)),
    P("Afzondering hoort niet thuis in de jeugdzorg. Per 1 januari 2025 geldt een uniforme definitie van "
      "vrijheidsbeperkende maatregelen, en vanaf dat moment leveren alle aanbieders van gesloten jeugdzorg hun "
      "registraties op dezelfde wijze aan. Een landelijk overzicht publiceren wij vanaf 2026 elk jaar. Een "
      "volledig verbod op afzondering binnen twee jaar kunnen wij echter niet toezeggen: in acute situaties kan een "
      "korte afzondering de enige manier zijn om een jongere of anderen te beschermen.",
      answers=(Answer("b", "partial",
                      "Een volledig verbod op afzondering binnen twee jaar kunnen wij echter niet toezeggen: in acute "
                      "situaties kan een korte afzondering de enige manier zijn om een jongere of anderen te "
                      "beschermen."),)),
    P("De aanbieders van gesloten jeugdzorg hebben ons laten weten dat zij de registratie van vrijheidsbeperkende "
      "maatregelen vanaf 2025 op uniforme wijze inrichten en elk kwartaal in hun raad van bestuur bespreken. Dat "
      "juichen wij toe; het is precies wat de inspecties van hen vragen.",
      answers=(Answer("d", "agree", "Dat juichen wij toe; het is precies wat de inspecties van hen vragen."),)),
    P("Voor het onderwijs aan jongeren in gesloten voorzieningen zijn de scholen voor voortgezet speciaal onderwijs "
      "verantwoordelijk die aan de locaties zijn verbonden. Zij ontvangen daarvoor een aanvullende bekostiging van "
      "het ministerie van Onderwijs, Cultuur en Wetenschap."),

    H("Justitiële jeugdinrichtingen", 2),
    P("De minister voor Rechtsbescherming deelt de zorg van de inspecties over jongeren die in afwachting van een "
      "plek in de gesloten jeugdzorg in een justitiële jeugdinrichting verblijven. Het gaat om een kleine groep, "
      "voor wie dit in acute situaties de enige veilige plek is. Een vaste einddatum waarna dat niet meer mogelijk "
      "is, legt de minister niet vast: zolang er geen alternatief is, zou een dergelijke datum tot gevolg hebben "
      "dat deze jongeren nergens terechtkunnen. De minister laat de Dienst Justitiële Inrichtingen wel elk kwartaal "
      "rapporteren hoeveel jongeren het betreft en hoe lang zij verblijven.",
      answers=(Answer("f", "disagree",
                      "Een vaste einddatum waarna dat niet meer mogelijk is, legt de minister niet vast: zolang er "
                      "geen alternatief is, zou een dergelijke datum tot gevolg hebben dat deze jongeren nergens "
                      "terechtkunnen."),)),

    H("Inkoop en regie", 2),
    P("De inspecties wijzen terecht op het tekort aan personeel als belangrijke oorzaak van de wachttijden. Met "
      "het actieplan Werken in de Zorg en de sectorale afspraken in de Hervormingsagenda wordt ingezet op het "
      "behoud van professionals, minder administratieve lasten en meer opleidingsplaatsen voor "
      "gedragswetenschappers. In 2024 zijn daarvoor 240 extra opleidingsplaatsen gefinancierd.",
      footnotes=("Kamerstukken II 2023/24, 29 282, nr. 540.",)),
    P("Per 1 januari 2026 wordt de inkoop van zeer specialistische jeugdhulp landelijk georganiseerd via het "
      "Landelijk Transitiearrangement, met één set inkoopvoorwaarden voor alle aanbieders. Het wetsvoorstel dat "
      "daarvoor nodig is, ligt sinds juli bij uw Kamer.",
      footnotes=("Wijziging van de Jeugdwet in verband met de verbetering van de beschikbaarheid van jeugdzorg, "
                 "Kamerstukken II 2023/24, 36 546, nr. 2.",),
      answers=(Answer("1", "agree",
                      "Per 1 januari 2026 wordt de inkoop van zeer specialistische jeugdhulp landelijk georganiseerd "
                      "via het Landelijk Transitiearrangement, met één set inkoopvoorwaarden voor alle "
                      "aanbieders."),)),
    P("Ook de aanbeveling aan gemeenten om in iedere regio één partij met doorzettingsmacht aan te wijzen, kunnen "
      "wij volmondig steunen. De VNG heeft toegezegd dat elke jeugdzorgregio vóór 1 juli 2025 een regionaal "
      "expertiseteam met doorzettingsmacht heeft en dat de GI’s weten hoe zij dat team kunnen bereiken.",
      answers=(Answer("2", "agree",
                      "Ook de aanbeveling aan gemeenten om in iedere regio één partij met doorzettingsmacht aan te "
                      "wijzen, kunnen wij volmondig steunen."),)),
    P("Wij onderschrijven de strekking van de aanbeveling om de Hervormingsagenda Jeugd meetbare doelen te geven, "
      "maar harde streefcijfers voor wachttijden per jaar spreken wij niet af. De wachttijden hangen sterk af van de "
      "beschikbaarheid van personeel, waarop Rijk en gemeenten maar beperkt invloed hebben. In de jaarlijkse "
      "voortgangsrapportage van de Hervormingsagenda nemen wij wel indicatoren op over de ontwikkeling van de "
      "wachttijden.",
      answers=(Answer("3", "partial",
                      "Wij onderschrijven de strekking van de aanbeveling om de Hervormingsagenda Jeugd meetbare "
                      "doelen te geven, maar harde streefcijfers voor wachttijden per jaar spreken wij niet af."),)),
    P("Een betrouwbaar beeld van de wachttijden is een voorwaarde om daarop te kunnen sturen. Of een afzonderlijke "
      "landelijke monitor daarvoor het geschikte middel is, gaan wij samen met de VNG en het CBS na. Daarbij kijken "
      "wij ook naar de mogelijkheid om aan te sluiten bij de bestaande Beleidsinformatie Jeugd.",
      answers=(Answer("4", "partial",
                      "Of een afzonderlijke landelijke monitor daarvoor het geschikte middel is, gaan wij samen met de "
                      "VNG en het CBS na."),)),

    H("Jeugdbescherming", 2),
    P("Met het Toekomstscenario kind- en gezinsbescherming werken het Rijk en gemeenten aan een eenvoudiger stelsel. "
      "In 2024 zijn in zes proeftuinen regionale veiligheidsteams van start gegaan. De eerste resultaten zijn "
      "bemoedigend: gezinnen krijgen minder verschillende hulpverleners en de doorlooptijd tot de eerste hulp is "
      "korter."),
    P("Dat een kind na een uitspraak van de rechter niet wekenlang zonder vaste jeugdbeschermer mag zitten, staat "
      "voor ons buiten kijf. Wij delen de opvatting van de inspecties dat daarvoor een landelijke norm nodig is. "
      "Samen met de GI’s en de VNG leggen wij vast dat een kind binnen vijf werkdagen na de uitspraak contact heeft "
      "met een vaste jeugdbeschermer. Vanaf januari 2025 publiceren wij maandelijks per GI het aantal wachtende "
      "kinderen en de wachttijd.",
      answers=(Answer("3.1", "agree",
                      "Wij delen de opvatting van de inspecties dat daarvoor een landelijke norm nodig is."),)),
    P("De werkdruk van jeugdbeschermers moet omlaag. Daarom stellen wij in 2025 en 2026 jaarlijks 40 miljoen euro "
      "beschikbaar, zodat GI’s kunnen werken met een gemiddelde caseload van ten hoogste vijftien kinderen. Een "
      "wettelijk vastgelegde maximale caseload gaat ons echter te ver. Zo’n norm houdt geen rekening met de zwaarte "
      "van individuele zaken en kan ertoe leiden dat kinderen langer op de wachtlijst blijven staan.",
      answers=(Answer("3.2", "partial",
                      "Een wettelijk vastgelegde maximale caseload gaat ons echter te ver."),)),
    P("Het tempo van het Toekomstscenario is een terechte zorg. Wij onderzoeken de mogelijkheden om de wettelijke "
      "verankering van de regionale veiligheidsteams te versnellen, en bespreken met de GI’s welke zekerheid over de "
      "financiering in de overgangsperiode kan worden geboden. Over de uitkomst informeren wij uw Kamer voor de "
      "zomer van 2025.",
      answers=(Answer("3.3", "partial",
                      "Wij onderzoeken de mogelijkheden om de wettelijke verankering van de regionale "
                      "veiligheidsteams te versnellen, en bespreken met de GI’s welke zekerheid over de financiering in "
                      "de overgangsperiode kan worden geboden."),)),
    P("Twee aanbevelingen richten zich tot gemeenten. Meerjarige contracten met kostendekkende tarieven geven GI’s de "
      "rust om te investeren in hun medewerkers; in de Hervormingsagenda is al afgesproken dat gemeenten contracten "
      "met een looptijd van ten minste vijf jaar afsluiten, en de VNG roept haar leden op dit ook voor de GI’s te "
      "doen. Een wettelijke voorrangsregel voor kinderen met een maatregel vinden wij niet de juiste weg. Voorrang "
      "voor de ene groep kinderen betekent langer wachten voor de andere, terwijl ook kinderen zonder maatregel "
      "soms dringend hulp nodig hebben.",
      answers=(
          Answer("3.4", "agree",
                 "Meerjarige contracten met kostendekkende tarieven geven GI’s de rust om te investeren in hun "
                 "medewerkers; in de Hervormingsagenda is al afgesproken dat gemeenten contracten met een looptijd van "
                 "ten minste vijf jaar afsluiten, en de VNG roept haar leden op dit ook voor de GI’s te doen."),
          Answer("3.5", "disagree",
                 "Een wettelijke voorrangsregel voor kinderen met een maatregel vinden wij niet de juiste weg."),
      )),

    H("Vrijheidsbeperking: vervolg", 2),
    P("Tot slot komen wij terug op de afzondering in de gesloten jeugdzorg. Het terugdringen ervan blijft ons doel, "
      "en de uniforme registratie moet laten zien waar het nog te vaak gebeurt. In de voortgangsbrief over de afbouw "
      "van de gesloten jeugdzorg die in het voorjaar van 2025 verschijnt, gaan wij in op de eerste cijfers, maar een "
      "datum waarop afzondering geheel verboden is, noemen wij daarin niet.",
      answers=(Answer("b", "partial",
                      "In de voortgangsbrief over de afbouw van de gesloten jeugdzorg die in het voorjaar van 2025 "
                      "verschijnt, gaan wij in op de eerste cijfers, maar een datum waarop afzondering geheel verboden "
                      "is, noemen wij daarin niet."),)),
    P("Wij danken de inspecties voor hun grondige werk en de jongeren, ouders en professionals die hun ervaringen "
      "hebben gedeeld. Wij blijven de ontwikkelingen op de voet volgen."),
    P("De staatssecretaris van Volksgezondheid, Welzijn en Sport,"),
    P("J.P. Wijnberg"),
    P("De minister voor Rechtsbescherming,"),
    P("E.A. van Oosterhout"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle="> Retouradres Postbus 20350 2500 EJ Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 3912847-1068823-J",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_size=10.0,
)

PAIR = Pair(
    name="youth_care",
    report=REPORT,
    response=RESPONSE,
    description="Fictional joint IGJ / Inspectie JenV report on youth protection and secure youth care (16 "
                "recommendations in per-chapter lists numbered 3.1-3.6, a-f and 1-4) and the VWS/JenV response.",
)
