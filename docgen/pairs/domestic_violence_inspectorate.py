"""Pair: a fictional joint report of Toezicht Sociaal Domein on domestic violence and child abuse, and the answer.

Layout traits this pair tests.  The report is set in sans with a title page whose foot carries the four
inspectorates as text "logos" (IGJ, Inspectie JenV, Inspectie van het Onderwijs, Nederlandse Arbeidsinspectie) and a
running header.  It has a Samenvatting with bulleted conclusions (no recommendations), chapters "1 Inleiding" ...
"6 Samenwerking en informatiedeling" with findings and conclusions in prose, several of which argue what "moet"
happen and say that the recommendations follow in bijlage 1.  The fifteen recommendations are printed ONLY in
"Bijlage 1 Overzicht van de aanbevelingen", grouped under bold short-heading lead-ins per addressee without a colon
("Aan de minister van VWS en de minister van JenV", ..., "Aan schoolbesturen"), one "1."-style list per group
whose labels are the letters "A." to "O." continuing across the groups.  "Bijlage 2 Verantwoording" follows with a
numbered list (1.-14.) of interviewed organisations that are not recommendations.

The response is a joint letter (letterhead, serif, running header with a kenmerk) of the minister of VWS and the
minister of JenV, mede namens the staatssecretaris of JenV.  It opens with thanks, recognition of the findings and
existing policy (no position), then answers per addressee group under level-2 headings; some recommendations by
letter ("Aanbeveling C"), others only by subject.  Gold positions:
A agree: a committed bill ("het wetsvoorstel dat wij dit najaar indienen") that creates the legal basis asked for.
B partial: "Voor zover het gaat om" fixing the participants: adopted; structural national funding: not promised.
C disagree: "Wij delen de analyse, maar" a statutory time limit is not the right means (alternatives follow).
D agree without cue words: money (EUR 1,2 miljoen) and a date (1 september 2026) for the digital afwegingskader.
E disagree, polite: "achten het niet opportuun" to prescribe a police function per basisteam ("past niet bij").
F agree: "neemt deze aanbeveling over" (risk assessment and sharing with Veilig Thuis).
G partial and H agree in ONE paragraph: caseload norm only studied; joint transfer file adopted with a date.
I agree: "Wij onderschrijven deze aanbeveling" plus agreements with the VNG.
J not addressed: nazorg by gemeenten is never mentioned.
K agree: "Veilig Thuis Nederland heeft ons laten weten dat zij ..." reports a concrete, dated commitment of the
  addressee itself (all Veilig Thuis organisations inform professional reporters within five working days from
  1 juli 2026).  Decided as agree, not as not_addressed: the letter does not merely pass the recommendation on
  ("reageert zelf"); it records that the body addressed has committed to exactly the action asked, and the
  cabinet presents that as the answer to the recommendation.
L not addressed: only the existing Handelingsprotocol is described, without a position.
M partial: the police start a pilot in two units; national roll-out decided after evaluation.
N disagree, blunt: reporting meldcode counts in the school board's annual report "vinden wij niet wenselijk".
O not addressed: passed on to the minister of OCW (kerndoelen), who informs the Kamer separately.
Department codes: Veilig Thuis organisations are set up and funded by the colleges of B&W (Wmo 2015), so K and L
are GEMEENTEN; the police (M) is JenV; school boards (N, O) are OTHER.  All prose is fictional and written for this
test set.
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


def lead(text: str) -> Paragraph:
    """A bold short-heading lead-in above a group of recommendations (no colon)."""
    return Paragraph(text, bold=True)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A group of recommendations labelled by letter ("A." ...) through the numeric list style."""
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(letter, depts))
                                for letter, text, depts in items), style="1.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Huiselijk geweld en kindermishandeling komen in Nederland veel voor. Naar schatting krijgen jaarlijks ruim "
      "200.000 volwassenen te maken met geweld in de huiselijke kring en worden 90.000 tot 127.000 kinderen "
      "mishandeld of verwaarloosd. Achter die cijfers gaan gezinnen schuil waarin de onveiligheid vaak al jaren "
      "duurt voordat iemand ingrijpt, en waarin het geweld na een eerste interventie niet zelden terugkeert."),
    P("Toezicht Sociaal Domein, het samenwerkingsverband van de Inspectie Gezondheidszorg en Jeugd, de Inspectie "
      "Justitie en Veiligheid, de Inspectie van het Onderwijs en de Nederlandse Arbeidsinspectie, heeft in zes "
      "regio's onderzocht hoe de betrokken organisaties samen werken aan de veiligheid van gezinnen. Wij volgden "
      "48 casussen van melding tot afsluiting, spraken met ruim 160 professionals en met 23 ouders en jongeren die "
      "zelf met geweld te maken hadden."),
    P("Wij concluderen dat professionals zich sterk inzetten en dat de meeste organisaties hun eigen taak serieus "
      "nemen. Het stelsel als geheel biedt gezinnen echter onvoldoende zekerheid dat de onveiligheid duurzaam stopt. "
      "De belangrijkste bevindingen zijn:"),
    bullets(
        "scholen en zorgverleners kennen de meldcode, maar passen het afwegingskader wisselend toe; in de "
        "huisartsenzorg en de kraamzorg ontbreekt vaak de tijd om alle stappen te doorlopen;",
        "bij vier van de zes Veilig Thuis-organisaties wachten gezinnen langer dan tien weken op het begin van een "
        "onderzoek, en melders horen vaak niet wat er met hun melding is gebeurd;",
        "de politie registreert huiselijk geweld niet overal op dezelfde manier, waardoor zorgmeldingen Veilig Thuis "
        "soms pas na dagen bereiken;",
        "jeugdbeschermers hebben zoveel kinderen onder hun hoede dat zij gezinnen niet de aandacht kunnen geven die "
        "nodig is;",
        "professionals twijfelen in het casusoverleg welke informatie zij mogen delen, en houden daardoor gegevens "
        "achter die voor de veiligheidsbeoordeling van belang zijn;",
        "na afsluiting van een traject ontbreekt in de meeste gemeenten een vast moment waarop iemand nagaat of het "
        "gezin nog veilig is.",
    ),
    P("De inspecties richten hun aanbevelingen aan de minister van Volksgezondheid, Welzijn en Sport, de minister "
      "en de staatssecretaris van Justitie en Veiligheid, de gemeenten, de Veilig Thuis-organisaties, de politie en "
      "de schoolbesturen. Een overzicht van de aanbevelingen is opgenomen in bijlage 1."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De aanpak van huiselijk geweld en kindermishandeling is de afgelopen tien jaar ingrijpend veranderd. Sinds "
      "2015 zijn gemeenten verantwoordelijk voor Veilig Thuis, het advies- en meldpunt dat meldingen beoordeelt, "
      "onderzoek doet en gezinnen zo nodig overdraagt aan het lokale team of de jeugdbescherming. De Wet verplichte "
      "meldcode schrijft professionals in zorg, onderwijs, kinderopvang, maatschappelijke ondersteuning, jeugdhulp "
      "en justitie sinds 2019 voor dat zij bij een vermoeden van acute of structurele onveiligheid melden bij "
      "Veilig Thuis."),
    P("Ondanks deze veranderingen bereiken de inspecties met regelmaat signalen dat gezinnen tussen wal en schip "
      "raken. Calamiteitenonderzoeken laten zien dat er in de aanloop naar ernstig geweld vaak al meerdere signalen "
      "bij verschillende organisaties bekend waren, die niet bij elkaar werden gebracht. Ook eerdere rapporten van "
      "de afzonderlijke inspecties wezen op lange wachttijden en op een gebrekkige overdracht tussen organisaties."
      "", footnotes=("Zie onder meer de calamiteitenrapportages van de Inspectie Gezondheidszorg en Jeugd over de "
                     "jaren 2021 tot en met 2023.",)),
    P("Omdat de aanpak van huiselijk geweld en kindermishandeling zich over de grenzen van zorg, veiligheid, "
      "onderwijs en werk uitstrekt, hebben de vier inspecties die samenwerken in Toezicht Sociaal Domein besloten "
      "dit onderzoek gezamenlijk uit te voeren. Elk van de inspecties heeft daarbij haar eigen wettelijke "
      "toezichtstaak behouden; de conclusies in dit rapport zijn door de vier inspecties gezamenlijk vastgesteld."),
    H2("1.2 Onderzoeksvragen"),
    P("De centrale vraag van het onderzoek luidde: in hoeverre zorgen de betrokken organisaties er samen voor dat de "
      "onveiligheid in gezinnen snel wordt gesignaleerd, stopt en niet terugkeert? Deze vraag hebben wij uitgewerkt "
      "in vier deelvragen:"),
    bullets(
        "Hoe signaleren en melden professionals in zorg en onderwijs vermoedens van huiselijk geweld en "
        "kindermishandeling?",
        "Hoe beoordeelt en onderzoekt Veilig Thuis meldingen, en hoe worden melders en gezinnen daarbij betrokken?",
        "Hoe dragen politie, Veilig Thuis, de Raad voor de Kinderbescherming, de gecertificeerde instellingen en de "
        "lokale teams gezinnen aan elkaar over?",
        "Welke belemmeringen ervaren professionals bij het delen van informatie over een gezin?",
    ),
    H2("1.3 Werkwijze"),
    P("Het onderzoek vond plaats tussen maart 2024 en januari 2025 in zes regio's, verspreid over het land en "
      "verschillend van omvang en stedelijkheid. In iedere regio hebben wij acht casussen geselecteerd uit de "
      "registratie van Veilig Thuis, waarbij wij hebben gezorgd voor een spreiding naar soort geweld, leeftijd van "
      "de kinderen en de route die de melding had afgelegd. Van iedere casus hebben wij de dossiers van alle "
      "betrokken organisaties bestudeerd en hebben wij gesproken met de professionals die bij het gezin betrokken "
      "waren."),
    P("Daarnaast hebben wij gesproken met bestuurders en managers van de betrokken organisaties, met "
      "aandachtsfunctionarissen in scholen, huisartsenpraktijken en ziekenhuizen, en met beleidsmedewerkers van "
      "gemeenten. De Nederlandse Arbeidsinspectie heeft in het bijzonder gekeken naar de werkdruk en de "
      "psychosociale arbeidsbelasting van medewerkers van Veilig Thuis en de jeugdbescherming. Een overzicht van "
      "de organisaties waarmee wij hebben gesproken, staat in bijlage 2."),
    P("Wij hebben met 23 ouders en jongeren gesproken over hun ervaringen. Deze gesprekken zijn gevoerd door "
      "inspecteurs met ervaring in het spreken met kwetsbare gesprekspartners, steeds op een plek en een moment "
      "dat de betrokkene zelf koos. Citaten in dit rapport zijn zodanig bewerkt dat zij niet tot personen "
      "herleidbaar zijn."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 gaat over het signaleren en melden in zorg en onderwijs. Hoofdstuk 3 beschrijft de werkwijze van "
      "Veilig Thuis. In hoofdstuk 4 staan de rol van de politie en de strafrechtelijke aanpak centraal, in "
      "hoofdstuk 5 de jeugdbescherming en de rol van gemeenten. Hoofdstuk 6 gaat over samenwerking en "
      "informatiedeling en bevat de overkoepelende conclusies. De aanbevelingen zijn per geadresseerde gebundeld "
      "in bijlage 1; bijlage 2 bevat de verantwoording van het onderzoek."),
    PageBreak(),
    H("2 Signaleren en melden"),
    H2("2.1 De meldcode in de zorg"),
    P("Zorgverleners zijn vaak de eersten die iets zien: een blauwe plek die niet past bij het verhaal, een moeder "
      "die steeds met een andere verklaring op het spreekuur komt, een kind dat bij de jeugdarts opvallend stil is. "
      "De meldcode helpt hen om zo'n vermoeden stap voor stap te wegen. In de ziekenhuizen en de jeugdgezondheidszorg "
      "die wij bezochten, is de meldcode goed ingebed. Er zijn aandachtsfunctionarissen, er is een vast "
      "overleg en zorgverleners weten wie zij kunnen raadplegen."),
    P("In de huisartsenzorg, de wijkverpleging en de kraamzorg is het beeld anders. Huisartsen vertelden ons dat "
      "zij het afwegingskader in de praktijk zelden volledig doorlopen, omdat het daarvoor benodigde overleg niet "
      "past in een spreekuur van tien minuten. Kraamverzorgenden zien gezinnen intensief, maar slechts een week; "
      "wat zij signaleren, bereikt lang niet altijd de verloskundige of de jeugdgezondheidszorg. In acht van de "
      "48 casussen was er vooraf een signaal bij een huisarts of kraamzorgorganisatie dat niet tot een melding of "
      "een consult bij Veilig Thuis heeft geleid."),
    P("\u201eJe voelt dat er iets niet klopt, maar het afwegingskader vraagt om stappen waar ik op dat moment geen "
      "tijd voor heb. Dan schrijf ik het op en neem ik me voor het de volgende keer te vragen. Die volgende keer "
      "komt soms niet.\u201d (huisarts)"),
    H2("2.2 De meldcode in het onderwijs"),
    P("Leraren zien kinderen dagelijks en zijn daardoor in een goede positie om veranderingen op te merken. Alle "
      "scholen in ons onderzoek hebben een meldcode en een aandachtsfunctionaris, meestal de intern begeleider of "
      "een zorgcoördinator. De kennis van de meldcode bij leraren verschilt echter sterk. Leraren die recent een "
      "training hebben gevolgd, herkennen signalen beter en weten welke stappen zij moeten zetten; anderen kennen "
      "de meldcode alleen van naam."),
    P("Opvallend is dat scholen na een melding vaak niet meer worden betrokken. Intern begeleiders vertelden ons "
      "dat zij niet weten of Veilig Thuis een onderzoek is gestart, en dat zij daardoor niet weten hoe zij het kind "
      "in de klas het beste kunnen ondersteunen. In vijf casussen had de school informatie over de thuissituatie "
      "die voor de veiligheidsbeoordeling van belang was, maar is de school door Veilig Thuis niet geraadpleegd."),
    P("Schoolbesturen hebben weinig zicht op de toepassing van de meldcode binnen hun scholen. Slechts enkele "
      "besturen bespreken met hun directeuren hoe vaak de meldcode is doorlopen en wat dat heeft opgeleverd. "
      "Ook besteden scholen in het onderwijsprogramma wisselend aandacht aan lichamelijke integriteit en "
      "weerbaarheid: op sommige scholen is dit een doorlopende leerlijn, op andere beperkt het zich tot een "
      "enkele les in groep 7 of 8."),
    H2("2.3 Conclusie"),
    P("De meldcode is in de meeste sectoren bekend, maar de toepassing hangt te veel af van de tijd en de kennis "
      "van de individuele professional. Voor zorgverleners met korte contactmomenten is het afwegingskader in zijn "
      "huidige vorm niet werkbaar. Scholen worden na een melding onvoldoende betrokken en schoolbesturen hebben "
      "weinig zicht op wat er binnen hun scholen gebeurt. Wij zien hier een taak voor de minister van VWS en voor "
      "de schoolbesturen; de aanbevelingen die hieruit volgen, staan in bijlage 1."),
    H("3 Veilig Thuis"),
    H2("3.1 Van melding tot triage"),
    P("Veilig Thuis beoordeelt iedere melding binnen vijf werkdagen in een triage: is er sprake van acute "
      "onveiligheid, kan het gezin worden overgedragen aan het lokale team, of is een onderzoek door Veilig Thuis "
      "nodig? Alle zes Veilig Thuis-organisaties in ons onderzoek halen deze termijn in de meeste gevallen. Bij "
      "acute onveiligheid handelen zij snel en in nauwe samenwerking met de politie."),
    P("Melders horen na de triage echter lang niet altijd wat er met hun melding is gebeurd. In 19 van de 34 "
      "casussen waarin een professional had gemeld, vonden wij in het dossier geen terugkoppeling aan de melder. "
      "Professionals vertelden dat zij daardoor twijfelen of melden zin heeft, en dat zij bij een volgend vermoeden "
      "eerder afwachten. Een enkele Veilig Thuis-organisatie koppelt standaard terug binnen een week; bij andere "
      "hangt het af van de medewerker."),
    H2("3.2 Wachttijden voor onderzoek"),
    P("Wanneer Veilig Thuis na de triage besluit tot een onderzoek, wachten gezinnen bij vier van de zes "
      "organisaties langer dan tien weken voordat het onderzoek begint. Bij twee organisaties liep de wachttijd in "
      "2024 op tot meer dan vijf maanden. Veilig Thuis houdt in die periode wel contact met het gezin en probeert "
      "zo nodig tijdelijke afspraken te maken, maar een veiligheidsbeoordeling van het hele gezin ontbreekt.",
      footnotes=("De wachttijd is gemeten als het aantal kalenderdagen tussen het triagebesluit en het eerste "
                 "gesprek in het kader van het onderzoek.",)),
    P("De oorzaak ligt vooral in het tekort aan ervaren medewerkers. Het verloop bij Veilig Thuis is hoog: bij de "
      "zes organisaties vertrok in 2023 gemiddeld 21 procent van de medewerkers. De Nederlandse Arbeidsinspectie "
      "stelde vast dat de psychosociale arbeidsbelasting bij alle zes organisaties hoog is en dat de maatregelen om "
      "die te beperken, zoals intervisie en een maximale caseload, onder druk van de wachtlijst regelmatig worden "
      "losgelaten. Nieuwe medewerkers worden daardoor sneller ingezet dan verantwoord is, wat het verloop verder "
      "vergroot."),
    H2("3.3 Betrokkenheid van school en omgeving"),
    P("Het handelingsprotocol van Veilig Thuis schrijft voor dat bij de veiligheidsbeoordeling de professionals "
      "worden geraadpleegd die het kind dagelijks zien. In de praktijk gebeurt dat vooral als de school zelf de "
      "melder is. Bij meldingen van de politie of van buren wordt de school in de meeste gevallen niet betrokken, "
      "ook niet wanneer daar geen veiligheidsreden voor is. Daardoor mist Veilig Thuis informatie die het beeld "
      "van de veiligheid van het kind had kunnen aanvullen."),
    H2("3.4 Conclusie"),
    P("Veilig Thuis handelt snel bij acute onveiligheid, maar gezinnen die een onderzoek nodig hebben, wachten te "
      "lang. Zolang de personele bezetting niet op orde is, zullen de wachtlijsten blijven bestaan. Dat vraagt om "
      "een landelijke ondergrens voor de tijd die een gezin mag wachten, en om investeringen in het behoud van "
      "ervaren medewerkers. Melders worden onvoldoende geïnformeerd over het vervolg, en scholen worden te weinig "
      "betrokken bij de beoordeling van de veiligheid van een kind. Ook hiervoor zijn aanbevelingen opgenomen in "
      "bijlage 1."),
    PageBreak(),
    H("4 Politie en strafrechtelijke aanpak"),
    H2("4.1 Registratie en zorgmeldingen"),
    P("De politie komt bij huiselijk geweld vaak als eerste in beeld, bijvoorbeeld na een melding van buren of een "
      "telefoontje naar 112. Wanneer de politie bij een incident betrokken is, maakt zij een zorgmelding op voor "
      "Veilig Thuis. De politie registreert deze incidenten echter niet in alle eenheden op dezelfde manier. In "
      "een deel van de eenheden wordt huiselijk geweld als aparte maatschappelijke klasse vastgelegd, in andere "
      "alleen in de vrije tekst van de mutatie."),
    P("Dat verschil heeft gevolgen. Zorgmeldingen bereikten Veilig Thuis in ons onderzoek gemiddeld na drie "
      "werkdagen, maar in een kwart van de gevallen duurde het langer dan een week. In enkele gevallen kwam een "
      "zorgmelding helemaal niet aan, omdat de mutatie niet als huiselijk geweld herkenbaar was. Veilig Thuis "
      "hoorde dan pas bij een volgend incident dat de politie eerder ter plaatse was geweest."),
    H2("4.2 Aandacht in de basisteams"),
    P("In de basisteams die wij bezochten, is de kennis over huiselijk geweld en kindermishandeling ongelijk "
      "verdeeld. Sommige teams beschikken over een collega die als aandachtsvelder fungeert en contact onderhoudt "
      "met Veilig Thuis en het lokale team. In andere teams is die rol belegd bij een wijkagent die er naast zijn "
      "andere taken nauwelijks aan toekomt. Waar een vaste aandachtsvelder actief is, zagen wij dat zorgmeldingen "
      "vollediger waren en dat de politie vaker werd uitgenodigd voor het casusoverleg."),
    H2("4.3 Risicotaxatie en strafrechtelijke afhandeling"),
    P("Bij een aangifte van huiselijk geweld hoort de politie een risicotaxatie uit te voeren om in te schatten "
      "hoe groot het gevaar op herhaling is. In 14 van de 22 casussen waarin aangifte was gedaan, vonden wij in het "
      "dossier geen gestructureerde risicotaxatie. Waar die wel was uitgevoerd, werd de uitkomst slechts in een "
      "enkel geval met Veilig Thuis gedeeld. Daardoor konden Veilig Thuis en de politie hun inschatting van de "
      "veiligheid niet op elkaar afstemmen."),
    P("Het Openbaar Ministerie en de politie hebben afspraken gemaakt over een snelle afhandeling van zaken van "
      "huiselijk geweld. In de praktijk duurt het van aangifte tot beslissing van de officier van justitie "
      "gemiddeld vier maanden. Slachtoffers vertelden ons dat zij in die periode weinig hoorden en dat zij zich "
      "onvoldoende beschermd voelden.", footnotes=("Het gaat om het gemiddelde in de casussen van dit onderzoek, "
                                                     "niet om een landelijk cijfer.",)),
    H2("4.4 Conclusie"),
    P("De politie is een onmisbare schakel in de aanpak, maar de registratie en de overdracht aan Veilig Thuis zijn "
      "te kwetsbaar. Een landelijk eenduidige registratie en een snelle, digitale overdracht van zorgmeldingen "
      "moeten voorkomen dat signalen verloren gaan. Daarnaast moet iedere aangifte van huiselijk geweld leiden tot "
      "een gestructureerde risicotaxatie waarvan de uitkomst met Veilig Thuis wordt gedeeld. Verder is vaste "
      "expertise in de basisteams nodig. Onze aanbevelingen aan de minister van Justitie en Veiligheid en de "
      "politie zijn opgenomen in bijlage 1."),
    H("5 Jeugdbescherming en de rol van gemeenten"),
    H2("5.1 Overdracht naar de Raad voor de Kinderbescherming"),
    P("Wanneer vrijwillige hulp onvoldoende is om de veiligheid van een kind te waarborgen, vraagt Veilig Thuis de "
      "Raad voor de Kinderbescherming om onderzoek te doen naar een kinderbeschermingsmaatregel. Ouders vertelden "
      "ons dat zij bij die overgang opnieuw hun hele verhaal moesten doen, soms aan een raadsonderzoeker die de "
      "eerdere bevindingen van Veilig Thuis niet kende. De Raad en Veilig Thuis gebruiken verschillende formats en "
      "werken in verschillende systemen; een overdracht bestaat vaak uit een verzoekbrief met een aantal bijlagen."),
    P("\u201eIk had alles al verteld. Toen kwam er weer iemand anders en die begon opnieuw bij het begin. Ik dacht: "
      "waar is dat andere verhaal gebleven?\u201d (moeder van twee kinderen)"),
    H2("5.2 Caseload van jeugdbeschermers"),
    P("Na een uitspraak van de kinderrechter voert een gecertificeerde instelling de maatregel uit. Jeugdbeschermers "
      "hadden in ons onderzoek gemiddeld zestien tot achttien kinderen onder hun hoede, ruim boven de twaalf tot "
      "vijftien kinderen die in de sector als verantwoord geldt. Wisselingen van jeugdbeschermer kwamen veel voor: "
      "in een derde van de casussen met een maatregel had het gezin in een jaar tijd drie of meer jeugdbeschermers."),
    P("De Nederlandse Arbeidsinspectie stelde vast dat de werkdruk bij de gecertificeerde instellingen structureel "
      "te hoog is en dat de instellingen weinig ruimte hebben om daar zelf iets aan te doen, omdat het aantal "
      "maatregelen niet door hen wordt bepaald. De tarieven die gemeenten betalen, bieden onvoldoende ruimte om "
      "de caseload te verlagen."),
    H2("5.3 Lokale teams en nazorg"),
    P("Gemeenten hebben de meeste gezinnen na de triage of het onderzoek van Veilig Thuis overgedragen aan een "
      "lokaal team of wijkteam. De deskundigheid van die teams op het gebied van huiselijk geweld loopt sterk "
      "uiteen. In sommige gemeenten heeft ieder team een medewerker met specialistische kennis, in andere wordt een "
      "gezin met huiselijk geweld behandeld als iedere andere hulpvraag. Medewerkers zonder deze kennis richten "
      "zich in onze casussen vaker op de hulpvraag van ouders dan op de veiligheid van de kinderen."),
    P("Na afsluiting van een traject volgt in de meeste gemeenten geen nazorg. In elf casussen zagen wij dat het "
      "geweld binnen anderhalf jaar na afsluiting terugkeerde, terwijl niemand in de tussentijd had nagegaan of "
      "het gezin nog veilig was. Slechts twee van de zes regio's kennen een werkwijze waarbij het lokale team na "
      "drie, zes en twaalf maanden opnieuw contact opneemt."),
    H2("5.4 Conclusie"),
    P("De overgang van Veilig Thuis naar de jeugdbescherming is voor gezinnen belastend en leidt tot verlies van "
      "informatie. Jeugdbeschermers hebben te veel kinderen onder hun hoede om de veiligheid goed te kunnen "
      "bewaken. Gemeenten moeten zorgen voor voldoende expertise in de lokale teams en voor nazorg, zodat "
      "herhaling van geweld tijdig wordt opgemerkt. Onze aanbevelingen aan de staatssecretaris van Justitie en "
      "Veiligheid en aan de gemeenten zijn opgenomen in bijlage 1."),
    PageBreak(),
    H("6 Samenwerking en informatiedeling"),
    H2("6.1 Het multidisciplinaire casusoverleg"),
    P("In complexe situaties, waarin meerdere vormen van geweld samenkomen of eerdere hulp niet heeft geholpen, "
      "bespreken organisaties het gezin in een multidisciplinair casusoverleg. In alle zes regio's bestaat zo'n "
      "overleg, maar de vorm, de deelnemers en de financiering verschillen sterk. In twee regio's schuiven de "
      "politie, het Openbaar Ministerie, de reclassering en de volwassen-ggz standaard aan; in andere regio's "
      "alleen als de voorzitter hen uitnodigt. De financiering is in vier regio's tijdelijk en afhankelijk van "
      "jaarlijkse bijdragen van de deelnemende gemeenten."),
    P("Waar het overleg goed is ingericht, zagen wij dat de veiligheid van gezinnen sneller verbeterde en dat "
      "hulpverleners elkaar beter wisten te vinden. Waar het overleg ad hoc wordt georganiseerd, hangt de kwaliteit "
      "af van de personen die toevallig aan tafel zitten."),
    H2("6.2 Belemmeringen bij het delen van informatie"),
    P("Professionals in alle sectoren gaven aan dat zij twijfelen welke informatie zij mogen delen. De huidige "
      "wetgeving biedt verschillende grondslagen, verspreid over de Wmo 2015, de Jeugdwet, de Politiewet 2012 en de "
      "Algemene verordening gegevensbescherming. Voor Veilig Thuis is de grondslag relatief helder, maar voor de "
      "overige deelnemers aan het casusoverleg niet. Een convenant per regio biedt in de praktijk onvoldoende "
      "houvast, omdat het geen zelfstandige grondslag voor gegevensdeling kan scheppen."),
    P("Het gevolg is dat organisaties terughoudend zijn. In negen casussen was informatie over eerdere incidenten "
      "bij een van de organisaties bekend, maar is die in het casusoverleg niet gedeeld uit onzekerheid over de "
      "juridische mogelijkheden. In twee van die casussen had die informatie volgens de betrokken professionals "
      "tot een andere inschatting van de veiligheid geleid.",
      footnotes=("De inspecties hebben deze casussen achteraf met de betrokken organisaties besproken.",)),
    H2("6.3 Overkoepelende conclusies"),
    P("De organisaties die bij de aanpak van huiselijk geweld en kindermishandeling betrokken zijn, doen ieder hun "
      "best binnen de eigen opdracht. Het stelsel als geheel is echter te versnipperd om gezinnen de zekerheid te "
      "bieden dat de onveiligheid stopt en niet terugkeert. Drie knelpunten springen eruit."),
    P("Ten eerste ontbreekt een heldere wettelijke basis voor het delen van informatie in het multidisciplinaire "
      "overleg. Zolang professionals twijfelen, houden zij informatie achter, en dat gaat ten koste van de "
      "veiligheid van kinderen en volwassenen. Ten tweede is de multidisciplinaire aanpak in de meeste regio's "
      "afhankelijk van tijdelijke middelen en van de bereidheid van individuele organisaties om deel te nemen. "
      "Ten derde schiet de capaciteit bij Veilig Thuis en de jeugdbescherming tekort, met wachtlijsten, hoog "
      "verloop en een te hoge werkdruk als gevolg."),
    P("Deze knelpunten kunnen niet door één organisatie worden opgelost. Zij vragen om keuzes van het Rijk, van "
      "gemeenten en van de uitvoeringsorganisaties samen. De inspecties hebben hun aanbevelingen daarom per "
      "geadresseerde geordend. Zij zijn opgenomen in bijlage 1. De inspecties zullen over twee jaar nagaan welke "
      "opvolging aan de aanbevelingen is gegeven."),
    PageBreak(),
    H("Bijlage 1 Overzicht van de aanbevelingen"),
    P("De inspecties doen de volgende aanbevelingen. Zij zijn geordend naar de partij tot wie zij zich richten en "
      "doorlopend met een letter aangeduid."),
    lead("Aan de minister van VWS en de minister van JenV"),
    recs(
        ("A", "Zorg uiterlijk in 2026 voor een uitdrukkelijke wettelijke grondslag waarmee Veilig Thuis, de politie, "
              "de Raad voor de Kinderbescherming, de gecertificeerde instellingen en gemeenten in het "
              "multidisciplinaire casusoverleg de gegevens kunnen delen die nodig zijn om de veiligheid van een "
              "gezin te beoordelen.", ("VWS", "JenV")),
        ("B", "Geef de regionale multidisciplinaire aanpak van complexe situaties van huiselijk geweld een "
              "structurele financiering vanuit het Rijk en leg landelijk vast welke organisaties in ieder geval aan "
              "het casusoverleg deelnemen.", ("VWS", "JenV")),
    ),
    lead("Aan de minister van VWS"),
    recs(
        ("C", "Leg in de Wmo 2015 een maximale termijn van tien weken vast tussen het triagebesluit en het begin van "
              "een onderzoek door Veilig Thuis, zodat gezinnen niet maandenlang wachten op een beoordeling van hun "
              "veiligheid.", ("VWS",)),
        ("D", "Ontwikkel samen met de beroepsorganisaties een verkorte, digitale versie van het afwegingskader van de "
              "meldcode voor de huisartsenzorg, de wijkverpleging en de kraamzorg, en zorg dat deze uiterlijk in "
              "2026 beschikbaar is.", ("VWS",)),
    ),
    lead("Aan de minister van JenV"),
    recs(
        ("E", "Zorg dat in ieder basisteam van de politie ten minste één aandachtsvelder huiselijk geweld en "
              "kindermishandeling is aangesteld, met daarvoor vrijgemaakte uren.", ("JenV",)),
        ("F", "Zorg dat de politie bij iedere aangifte van huiselijk geweld een gestructureerde risicotaxatie "
              "uitvoert en dat de uitkomst binnen vijf werkdagen met Veilig Thuis wordt gedeeld.", ("JenV",)),
    ),
    lead("Aan de staatssecretaris van JenV"),
    recs(
        ("G", "Breng de caseload van jeugdbeschermers bij de gecertificeerde instellingen uiterlijk in 2027 terug "
              "naar gemiddeld twaalf kinderen per voltijds jeugdbeschermer en stel daarvoor de benodigde middelen "
              "beschikbaar.", ("JenV",)),
        ("H", "Zorg dat Veilig Thuis en de Raad voor de Kinderbescherming bij een verzoek tot onderzoek met één "
              "gezamenlijk overdrachtsdossier werken, zodat gezinnen hun verhaal niet opnieuw hoeven te doen.",
         ("JenV",)),
    ),
    lead("Aan gemeenten"),
    recs(
        ("I", "Zorg dat ieder lokaal team of wijkteam beschikt over ten minste één medewerker met specialistische "
              "kennis van huiselijk geweld en kindermishandeling, die bij iedere overdracht vanuit Veilig Thuis "
              "wordt betrokken.", ("GEMEENTEN",)),
        ("J", "Bied gezinnen na afsluiting van een traject ten minste anderhalf jaar nazorg, met vaste momenten "
              "waarop de veiligheid opnieuw wordt beoordeeld.", ("GEMEENTEN",)),
    ),
    lead("Aan de Veilig Thuis-organisaties"),
    recs(
        ("K", "Informeer iedere professionele melder binnen vijf werkdagen na de triage over het besluit dat over de "
              "melding is genomen en over de vervolgstappen.", ("GEMEENTEN",)),
        ("L", "Raadpleeg bij iedere melding over een schoolgaand kind de aandachtsfunctionaris van de school bij de "
              "veiligheidsbeoordeling, tenzij dat de veiligheid van het kind in gevaar brengt.", ("GEMEENTEN",)),
    ),
    lead("Aan de politie"),
    recs(
        ("M", "Leg huiselijk geweld in alle eenheden vast met een landelijk eenduidige registratie en draag iedere "
              "zorgmelding binnen 24 uur digitaal over aan Veilig Thuis.", ("JenV",)),
    ),
    lead("Aan schoolbesturen"),
    recs(
        ("N", "Neem in het jaarverslag van het bestuur op hoe vaak de meldcode binnen de scholen is doorlopen en hoe "
              "vaak dit tot een melding bij Veilig Thuis heeft geleid.", ("OTHER",)),
        ("O", "Besteed in het onderwijsprogramma van iedere groep en ieder leerjaar aantoonbaar aandacht aan "
              "lichamelijke integriteit en weerbaarheid, zodat leerlingen weten bij wie zij terechtkunnen als het "
              "thuis niet veilig is.", ("OTHER",)),
    ),
    PageBreak(),
    H("Bijlage 2 Verantwoording"),
    H2("Onderzoeksopzet"),
    P("Het onderzoek is uitgevoerd door een gezamenlijk team van zeven inspecteurs van de vier inspecties, "
      "ondersteund door een onderzoeker en een juridisch adviseur. De regio's zijn geselecteerd op spreiding naar "
      "landsdeel, omvang en stedelijkheid, en op de organisatievorm van Veilig Thuis. De namen van de regio's zijn "
      "in dit rapport niet genoemd, omdat de bevindingen niet bedoeld zijn als oordeel over individuele regio's."),
    P("De casussen zijn geselecteerd uit meldingen die in 2022 bij Veilig Thuis waren binnengekomen, zodat er "
      "voldoende tijd was verstreken om ook de nazorg te kunnen beoordelen. De dossiers zijn met toestemming van "
      "de betrokken organisaties ingezien op grond van de toezichtsbevoegdheden van de inspecties. Gegevens die tot "
      "personen herleidbaar zijn, zijn niet in dit rapport opgenomen."),
    H2("Gesprekspartners"),
    P("In de zes regio's hebben wij gesproken met medewerkers en bestuurders van de volgende organisaties:"),
    numbered(
        "de zes Veilig Thuis-organisaties;",
        "de politie-eenheden waartoe de regio's behoren, waaronder twaalf basisteams;",
        "de parketten van het Openbaar Ministerie in de betrokken arrondissementen;",
        "de Raad voor de Kinderbescherming, vier regiokantoren;",
        "acht gecertificeerde instellingen;",
        "veertien gemeenten, waaronder de centrumgemeenten van de regio's;",
        "negentien lokale teams en wijkteams;",
        "twaalf huisartsenpraktijken en twee huisartsenposten;",
        "vijf ziekenhuizen, waarvan drie met een kinderbeschermingsteam;",
        "zes organisaties voor jeugdgezondheidszorg;",
        "vier kraamzorgorganisaties en drie organisaties voor wijkverpleging;",
        "zestien scholen voor primair en voortgezet onderwijs en hun schoolbesturen;",
        "drie organisaties voor vrouwenopvang;",
        "Veilig Thuis Nederland en de Vereniging van Nederlandse Gemeenten.",
    ),
    P("Daarnaast hebben wij gesproken met 23 ouders en jongeren. De conceptbevindingen zijn in november 2024 ter "
      "verificatie voorgelegd aan de betrokken organisaties. Hun reacties hebben op enkele punten tot aanpassing "
      "van de feitelijke beschrijving geleid; de conclusies zijn door de inspecties zelfstandig vastgesteld."),
)

REPORT = Document(
    title="Zicht op veiligheid thuis",
    subtitle="Een gezamenlijk onderzoek naar de aanpak van huiselijk geweld en kindermishandeling in zes regio's",
    blocks=REPORT_BLOCKS,
    running_header="Toezicht Sociaal Domein  |  Zicht op veiligheid thuis",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=(
        "TOEZICHT SOCIAAL DOMEIN",
        "\u25a0 Inspectie Gezondheidszorg en Jeugd",
        "\u25a0 Inspectie Justitie en Veiligheid",
        "\u25a0 Inspectie van het Onderwijs",
        "\u25a0 Nederlandse Arbeidsinspectie",
        "Utrecht, maart 2025",
    ),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_A = ("Wij nemen daarom in het wetsvoorstel dat wij dit najaar indienen een uitdrukkelijke grondslag op voor het "
        "delen van gegevens in het multidisciplinaire casusoverleg door Veilig Thuis, de politie, de Raad voor de "
        "Kinderbescherming, de gecertificeerde instellingen en gemeenten.")
EV_B = ("Voor zover het gaat om het landelijk vastleggen van de organisaties die aan het casusoverleg deelnemen, "
        "nemen wij de aanbeveling over; een structurele rijksbijdrage voor de regionale aanpak zeggen wij niet toe.")
EV_C = ("Wij delen de analyse, maar een wettelijke termijn voor het begin van het onderzoek achten wij niet het "
        "goede middel om de wachttijden terug te dringen.")
EV_D = ("Wij stellen daarvoor in 2025 en 2026 in totaal € 1,2 miljoen beschikbaar, en het digitale afwegingskader "
        "is vanaf 1 september 2026 voor alle huisartsen, wijkverpleegkundigen en kraamverzorgenden beschikbaar.")
EV_E = ("Wij achten het echter niet opportuun om vanuit het ministerie voor te schrijven dat ieder basisteam een "
        "aandachtsvelder met vrijgemaakte uren heeft.")
EV_F = "De minister van Justitie en Veiligheid neemt aanbeveling F over."
EV_G = ("Hij laat dit jaar onderzoeken wat een landelijke caseloadnorm van twaalf kinderen zou kosten en welke "
        "gevolgen die heeft voor de arbeidsmarkt, en besluit over een norm pas als de uitkomsten daarvan bekend "
        "zijn.")
EV_H = ("De aanbeveling om bij een verzoek tot onderzoek met één gezamenlijk overdrachtsdossier te werken, neemt "
        "hij wel over: vanaf 1 januari 2026 gebruiken Veilig Thuis en de Raad één overdrachtsdossier, dat ouders "
        "vooraf te zien krijgen.")
EV_I = ("Wij onderschrijven de aanbeveling dat ieder lokaal team een medewerker met specialistische kennis van "
        "huiselijk geweld en kindermishandeling moet hebben.")
EV_K = ("Veilig Thuis Nederland heeft ons laten weten dat zij de terugkoppeling aan melders landelijk gaat "
        "uniformeren en dat alle Veilig Thuis-organisaties vanaf 1 juli 2026 iedere professionele melder binnen "
        "vijf werkdagen na de triage informeren over het besluit en de vervolgstappen.")
EV_M = ("De politie start in het najaar van 2025 in de eenheden Oost-Nederland en Rotterdam een proef met een "
        "eenduidige registratie en een digitale overdracht van zorgmeldingen binnen 24 uur; over landelijke "
        "invoering besluiten wij na de evaluatie van die proef.")
EV_N = ("Een verantwoording in het jaarverslag over het aantal keren dat de meldcode is doorlopen, vinden wij niet "
        "wenselijk.")

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Hierbij bieden wij u, mede namens de staatssecretaris van Justitie en Veiligheid, onze reactie aan op het "
      "rapport \u2018Zicht op veiligheid thuis\u2019 van Toezicht Sociaal Domein, het samenwerkingsverband van de "
      "Inspectie Gezondheidszorg en Jeugd, de Inspectie Justitie en Veiligheid, de Inspectie van het Onderwijs en "
      "de Nederlandse Arbeidsinspectie. Het rapport is op 27 maart 2025 aan ons aangeboden en gelijktijdig "
      "openbaar gemaakt."),
    P("Wij danken de inspecties voor dit grondige onderzoek. Het is bijzonder dat vier inspecties gezamenlijk de "
      "hele keten hebben bekeken, van het eerste signaal op school of in de spreekkamer tot de nazorg na afsluiting "
      "van een traject. Wij danken ook de ouders en jongeren die hun ervaringen met de inspecteurs hebben gedeeld. "
      "Hun verhalen maken duidelijk wat er op het spel staat."),
    H2("Het beeld uit het rapport"),
    P("De inspecties concluderen dat professionals zich sterk inzetten, maar dat het stelsel gezinnen onvoldoende "
      "zekerheid biedt dat de onveiligheid duurzaam stopt. Wij herkennen dat beeld. Het sluit aan bij wat wij horen "
      "van Veilig Thuis, de jeugdbescherming en de politie, en bij de uitkomsten van eerdere calamiteitenonderzoeken. "
      "Het is onaanvaardbaar dat gezinnen maanden wachten op een onderzoek en dat geweld na afsluiting van een "
      "traject terugkeert zonder dat iemand het opmerkt."),
    P("Het kabinet werkt sinds 2023 met gemeenten, Veilig Thuis, de politie, het Openbaar Ministerie en de "
      "jeugdbescherming aan het programma Geweld hoort nergens thuis. Daarin zijn afspraken gemaakt over de "
      "vroegsignalering, de inzet van het tijdelijk huisverbod en de ondersteuning van slachtoffers. Daarnaast "
      "werken wij met de Vereniging van Nederlandse Gemeenten (VNG) aan de herziening van de jeugdbescherming, "
      "waarover de staatssecretaris van Justitie en Veiligheid uw Kamer regelmatig informeert. Het rapport van de "
      "inspecties bevestigt dat deze inzet nodig is, en laat zien waar zij moet worden versterkt."),
    P("Hieronder gaan wij in op de aanbevelingen. Wij volgen daarbij de indeling van bijlage 1 van het rapport, "
      "waarin de aanbevelingen naar geadresseerde zijn geordend. Waar een aanbeveling niet aan het Rijk is gericht, "
      "geven wij aan hoe wij ons tot de aanbeveling verhouden en wat andere partijen ons hebben laten weten."),
    H2("Aanbevelingen aan ons beiden"),
    P("De inspecties laten zien dat professionals in het casusoverleg informatie achterhouden uit onzekerheid over "
      "wat zij mogen delen. Dat is een ernstige bevinding, omdat het gevolgen kan hebben voor de veiligheid van "
      "kinderen en volwassenen. Regionale convenanten bieden, zoals de inspecties terecht opmerken, geen "
      "zelfstandige grondslag. " + EV_A + " Het voorstel regelt ook welke waarborgen gelden voor de bewaartermijn "
      "en de inzage door betrokkenen. De Autoriteit Persoonsgegevens wordt om advies gevraagd.",
      answers=(Answer("A", "agree", EV_A),)),
    P("De inspecties vragen ook om een structurele financiering van de multidisciplinaire aanpak en om een landelijke "
      "regeling van de deelnemers aan het casusoverleg. " + EV_B + " In het genoemde wetsvoorstel wordt bepaald dat "
      "in ieder geval Veilig Thuis, de politie, het Openbaar Ministerie, de reclassering, de Raad voor de "
      "Kinderbescherming en de volwassen-ggz aan het overleg deelnemen als de voorzitter daarom vraagt. De "
      "financiering van de regionale aanpak is en blijft een verantwoordelijkheid van gemeenten, die daarvoor "
      "middelen ontvangen via het gemeentefonds; de decentralisatie-uitkering Vrouwenopvang wordt vanaf 2026 "
      "opgenomen in de algemene uitkering.",
      answers=(Answer("B", "partial", EV_B),)),
    H2("Aanbevelingen aan de minister van VWS"),
    P("Aanbeveling C. De wachttijden bij Veilig Thuis zijn te lang. Dat een gezin na een triagebesluit maanden moet "
      "wachten op een onderzoek, is voor de minister van VWS een reden tot grote zorg. " + EV_C + " Een termijn in de "
      "wet maakt het tekort aan ervaren onderzoekers niet kleiner, en kan ertoe leiden dat onderzoeken worden "
      "afgerond voordat de veiligheid in het gezin werkelijk is beoordeeld. Gemeenten zijn bovendien op grond van "
      "de Wmo 2015 al verantwoordelijk voor een Veilig Thuis dat zijn taken naar behoren uitvoert. Wel ondersteunt "
      "de minister van VWS de Veilig Thuis-organisaties bij het behoud van personeel, onder meer via het "
      "landelijke leertraject voor nieuwe medewerkers.",
      answers=(Answer("C", "disagree", EV_C),)),
    P("Het rapport laat zien dat het afwegingskader van de meldcode voor zorgverleners met korte contactmomenten in "
      "de praktijk moeilijk toepasbaar is. Dat horen wij ook van de beroepsverenigingen van huisartsen en "
      "verloskundigen. Het Nederlands Jeugdinstituut ontwikkelt in opdracht van de minister van VWS, samen met "
      "deze beroepsverenigingen en met de branche van de kraamzorg, een verkorte, digitale versie van het "
      "afwegingskader. " + EV_D + " Het instrument wordt geïntegreerd in de gangbare informatiesystemen van de "
      "huisartsenzorg.",
      answers=(Answer("D", "agree", EV_D),)),
    H2("Aanbevelingen aan de minister en de staatssecretaris van JenV"),
    P("Aanbeveling E. De inspecties zagen dat zorgmeldingen vollediger zijn en dat de politie vaker aan het "
      "casusoverleg deelneemt als er in een basisteam een vaste aandachtsvelder is. Die waarneming onderschrijven "
      "wij. " + EV_E + " Een dergelijke landelijke eis past niet bij de wijze waarop de capaciteit van de politie "
      "wordt verdeeld: over de inzet in de basisteams beslissen de korpschef en het lokale gezag, in afweging tegen "
      "andere taken. De minister van Justitie en Veiligheid zal de bevindingen van de inspecties wel onder de "
      "aandacht brengen in het eerstvolgende overleg met de regioburgemeesters.",
      answers=(Answer("E", "disagree", EV_E),)),
    P("Aanbeveling F. Een gestructureerde risicotaxatie bij iedere aangifte is van groot belang om het gevaar op "
      "herhaling in te schatten. " + EV_F + " De politie heeft toegezegd de risicotaxatie vanaf 1 januari 2026 bij "
      "iedere aangifte van huiselijk geweld verplicht in het bedrijfsprocessensysteem vast te leggen, en de "
      "uitkomst binnen vijf werkdagen met Veilig Thuis te delen. Het Openbaar Ministerie betrekt de uitkomst bij "
      "de beslissing over de voorlopige hechtenis en over bijzondere voorwaarden.",
      answers=(Answer("F", "agree", EV_F),)),
    P("De staatssecretaris van Justitie en Veiligheid herkent het beeld van jeugdbeschermers die te veel kinderen "
      "onder hun hoede hebben, en van gezinnen die binnen een jaar meerdere jeugdbeschermers zien. " + EV_G + " "
      + EV_H + " Daarmee hoeven ouders hun verhaal niet opnieuw te doen en kan de raadsonderzoeker voortbouwen op het "
      "werk van Veilig Thuis.",
      answers=(Answer("G", "partial", EV_G), Answer("H", "agree", EV_H))),
    H2("Aanbevelingen aan gemeenten"),
    P("Gemeenten zijn zelf verantwoordelijk voor de inrichting van hun lokale teams. Wij hebben de aanbevelingen "
      "aan gemeenten besproken met de VNG. " + EV_I + " Wij hebben met de VNG afgesproken dat gemeenten deze "
      "deskundigheid uiterlijk eind 2026 in al hun lokale teams hebben geborgd; het Rijk financiert daarvoor een "
      "landelijk scholingsaanbod van € 3 miljoen per jaar in 2025 tot en met 2027. De VNG ondersteunt gemeenten "
      "met een handreiking.",
      answers=(Answer("I", "agree", EV_I),)),
    H2("Aanbevelingen aan Veilig Thuis en de politie"),
    P("Dat professionals na een melding vaak niet horen wat ermee is gebeurd, is zorgelijk: het tast het vertrouwen "
      "in het melden aan. " + EV_K + " Wij zijn blij met dit besluit van de branche.",
      answers=(Answer("K", "agree", EV_K),)),
    P("Over de rol van de school bij de veiligheidsbeoordeling merken wij het volgende op. Het Handelingsprotocol "
      "Veilig Thuis schrijft voor dat bij de veiligheidsbeoordeling de professionals worden geraadpleegd die het "
      "kind dagelijks zien, waaronder de leerkracht of de aandachtsfunctionaris van de school. Het protocol is in "
      "2023 herzien en wordt door alle Veilig Thuis-organisaties toegepast. De Inspectie Gezondheidszorg en Jeugd "
      "houdt toezicht op de naleving ervan."),
    P("Wat de registratie en overdracht door de politie betreft: de inspecties wijzen terecht op het risico dat "
      "signalen verloren gaan als zorgmeldingen Veilig Thuis te laat of helemaal niet bereiken. " + EV_M + " In de "
      "proef wordt ook bezien welke aanpassingen in de systemen van Veilig Thuis nodig zijn.",
      answers=(Answer("M", "partial", EV_M),)),
    H2("Aanbevelingen aan schoolbesturen"),
    P("Scholen hebben een belangrijke rol bij het signaleren van huiselijk geweld en kindermishandeling. De "
      "inspecties bevelen schoolbesturen aan om in hun jaarverslag op te nemen hoe vaak de meldcode is doorlopen en "
      "hoe vaak dat tot een melding heeft geleid. " + EV_N + " Het aantal meldingen zegt weinig over de kwaliteit van "
      "de signalering, en een verantwoording in cijfers kan scholen onbedoeld onder druk zetten om meer of juist "
      "minder te melden. Het gesprek tussen bestuur en schooldirecteuren over de toepassing van de meldcode vinden "
      "wij wel waardevol.",
      answers=(Answer("N", "disagree", EV_N),)),
    P("De aanbeveling over aandacht voor lichamelijke integriteit en weerbaarheid in het onderwijsprogramma raakt aan "
      "de kerndoelen voor het funderend onderwijs, die onder de verantwoordelijkheid van de minister van Onderwijs, "
      "Cultuur en Wetenschap vallen. De minister van OCW betrekt deze aanbeveling bij de lopende actualisatie van "
      "de kerndoelen en informeert uw Kamer daarover in een afzonderlijke brief."),
    H2("Tot slot"),
    P("Het rapport van de inspecties laat zien dat de aanpak van huiselijk geweld en kindermishandeling alleen "
      "werkt als alle partijen hun deel doen en elkaar weten te vinden. Wij zullen de inspecties vragen om over "
      "twee jaar, zoals zij zelf aankondigen, na te gaan welke opvolging aan hun aanbevelingen is gegeven. Over de "
      "voortgang van het wetsvoorstel en de afspraken met de VNG, Veilig Thuis Nederland en de politie informeren "
      "wij uw Kamer in de jaarlijkse voortgangsbrief over het programma Geweld hoort nergens thuis, voor het eerst "
      "in december 2025."),
    P("Hoogachtend,"),
    P("de minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. M.A. van Ommeren-Bakx"),
    P("de minister van Justitie en Veiligheid,"),
    P("mr. J.P. Dijkgraaf-Hoeksema"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport\nMinisterie van Justitie en Veiligheid",
    subtitle=("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag\n\n"
              "Datum 12 juni 2025\n"
              "Betreft Reactie op het rapport \u2018Zicht op veiligheid thuis\u2019 van Toezicht Sociaal Domein"),
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 4127730-1079421-DMO  |  Reactie op \u2018Zicht op veiligheid thuis\u2019",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
    font_size=10.5,
)

PAIR = Pair(
    name="domestic_violence_inspectorate",
    report=REPORT,
    response=RESPONSE,
    description="Toezicht Sociaal Domein joint inspectorate report on domestic violence and child abuse (15 "
                "recommendations A-O only in Bijlage 1, grouped under bold lead-ins per addressee) and the joint "
                "VWS/JenV letter answering per addressee group: bill (A), 'voor zover' partial (B), 'Wij delen de "
                "analyse, maar' refusal (C), G partial and H agree in one paragraph, Veilig Thuis Nederland's "
                "commitment reported (K agree), existing policy only (L), passed on to OCW (O), J never mentioned.",
)
