"""Pair: a fictional signal report of the Onafhankelijk Meldpunt Zorg on waiting lists in the specialised mental
health care (ggz), and the answer of the minister voor Medische Zorg in a letter with a reaction table.

Layout traits this pair tests: a sans report with a title page, a running header and a foreword ("Voorwoord")
signed by the chair; an unnumbered "In het kort" with bullets of findings (no recommendations); chapters numbered
"1" ... "6" without dots and unnumbered sections; bulleted lists of methods and complaints that are not
recommendations, and running prose in which the Meldpunt already argues for measures.  The fifteen
recommendations sit in the last chapter, headed "7 Zo kan het beter", as a NESTED list: a numbered list "1." ...
"5." of themes whose item text is only the theme title ("Snellere toegang", "Triage en overbrugging",
"Crisiszorg", "Van jeugd naar volwassen", "Regie, zorgplicht en toezicht"), and under each theme lettered
sub-items "a." "b." ... that are the recommendations.  The printed labels are therefore "a.", "b.", "c." under a
theme item "1." etc.; the gold numbers are "1a", "1b", "2a" ... (ids composed of theme and letter, not printed as
such).  Every recommendation opens with its addressee ("De NZa ...", "Zorgverzekeraars ...", "De minister van
VWS ...", "Gemeenten ...", "De IGJ ...").  An annex on the method follows the recommendations.

The response is a letter of the minister voor Medische Zorg (serif, letterhead, no title page), also on behalf of
the staatssecretaris Jeugd, Preventie en Sport.  Short intro, context on existing policy and thanks (no position),
then a ruled 3-column table "Aanbeveling | Reactie | Termijn" whose first column repeats each recommendation
shortened and without any number; answers are annotated on the Reactie cells.  After the table a section
"Toelichting" with two prose paragraphs, each answering two recommendations by subject.
Gold positions:
  1a (zorgverzekeraars, bemiddeling within two weeks)  agree     "Ik onderschrijf deze aanbeveling."
  1b (NZa, monthly publication of waiting times)        partial   uniform definition and per-location yes, monthly
                                                                  per zorgvraagtypering no
  1c (aanbieders, first talk in four weeks + contact)   agree     no cue word: EUR 20 million a year and a date
  2a (VWS, regional triage point in every region)       partial   only a pilot in five regions, decision after 2028
  2b (gemeenten + zorgverzekeraars, overbruggingszorg)  not_addressed: missing from the table and the letter
  3a (VWS, crisis service within two hours + money)     agree     "Ik neem deze aanbeveling over."
  3b (aanbieders + verzekeraars, follow-up in 5 days)    agree     "Overgenomen."
  3c (IGJ, supervision of follow-up + yearly report)    partial   in supervision yes, separate yearly report no
  4a (VWS, youth ggz under Jeugdwet up to 23)           disagree  table cell only says "Zie de toelichting onder de
                                                                  tabel." (no position); the prose paragraph decides,
                                                                  after agreeing with the analysis ("Ik deel die zorg")
  4b (gemeenten, toekomstplan at 17)                    disagree  existing Jeugdwet duty, "acht ik niet opportuun"
  4c (zorgverzekeraars, keep waiting time at 18)        agree     no cue word: an agreement with a date
  5a (NZa, publish supervision per insurer + fines)     disagree  polite: "acht ik niet wenselijk"
  5b (VWS, legal basis and doorzettingsmacht tables)    disagree  blunt "Niet overgenomen." in the cell, prose repeats
  5c (VWS, yearly waiting-time monitor to the Kamer)     agree     "Ik zeg dit toe: ..."
  5d (zorgverzekeraars, budget ceilings)                not_addressed: "Zorgverzekeraars Nederland reageert hier zelf
                                                                  op." (passed on without position)
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def theme(title: str, *recs: tuple[str, str, tuple[str, ...]]) -> ListItem:
    """A theme item (title only) with lettered recommendation sub-items (number, text, departments)."""
    return ListItem(title, children=tuple(ListItem(text, recommendation=Recommendation(number, departments))
                                          for number, text, departments in recs))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC_1A = ("Zorgverzekeraars nemen zelf contact op met iedere verzekerde die langer wacht dan de Treeknorm, en doen "
          "binnen twee weken na een melding bij hun wachtlijstbemiddeling een concreet aanbod voor een behandelplek "
          "binnen de norm.")
REC_1B = ("De NZa verplicht ggz-aanbieders om hun aanmeld- en behandelwachttijden maandelijks per locatie en per "
          "zorgvraagtypering te publiceren volgens één landelijke definitie, en handhaaft actief op de juistheid van "
          "die gegevens.")
REC_1C = ("Ggz-aanbieders bieden iedere aangemelde cliënt binnen vier weken een eerste gesprek en wijzen vanaf dat "
          "moment een vast aanspreekpunt aan dat de cliënt tijdens het wachten kan bellen.")
REC_2A = ("De minister van VWS zorgt ervoor dat er uiterlijk in 2026 in iedere regio één gezamenlijk aanmeld- en "
          "triagepunt voor de specialistische ggz is, dat onafhankelijk van individuele aanbieders bepaalt welke zorg "
          "iemand nodig heeft en waar die het snelst beschikbaar is.")
REC_2B = ("Gemeenten en zorgverzekeraars spreken per regio af wie verantwoordelijk is voor ondersteuning tijdens het "
          "wachten, zoals contact met de huisartsenpraktijk, het wijkteam of een herstelinitiatief, en financieren "
          "die overbruggingszorg gezamenlijk.")
REC_3A = ("De minister van VWS zorgt ervoor dat in iedere regio dag en nacht een ggz-crisisdienst bereikbaar is die "
          "binnen twee uur na een melding ter plaatse kan zijn, en stelt daarvoor structurele financiering "
          "beschikbaar.")
REC_3B = ("Ggz-aanbieders en zorgverzekeraars zorgen ervoor dat iedereen die contact heeft gehad met de crisisdienst "
          "binnen vijf werkdagen een vervolgafspraak krijgt bij een behandelaar, ook als diegene nog op een wachtlijst "
          "staat.")
REC_3C = ("De IGJ neemt de opvolging na crisiscontacten op in haar risicogestuurde toezicht op ggz-aanbieders en "
          "rapporteert daar jaarlijks afzonderlijk over.")
REC_4A = ("De minister van VWS maakt het wettelijk mogelijk dat een jongere die bij het bereiken van de leeftijd van "
          "achttien jaar in behandeling is in de jeugd-ggz, die behandeling tot 23 jaar onder de Jeugdwet bij dezelfde "
          "aanbieder kan voortzetten, zonder nieuwe aanmelding bij de volwassenen-ggz.")
REC_4B = ("Gemeenten stellen voor iedere jongere in ggz-behandeling uiterlijk op diens zeventiende verjaardag samen "
          "met de jongere, de ouders en de behandelaar een toekomstplan op, waarin staat wie na het achttiende jaar "
          "de behandeling, het inkomen, het wonen en de school of het werk regelt.")
REC_4C = ("Zorgverzekeraars erkennen de wachttijd die een jongere al in de jeugd-ggz heeft doorgebracht: wie vanuit "
          "de jeugd-ggz wordt doorverwezen naar de volwassenen-ggz, sluit niet opnieuw achteraan op de wachtlijst.")
REC_5A = ("De NZa maakt haar bevindingen over de naleving van de zorgplicht in de ggz per zorgverzekeraar openbaar, "
          "inclusief lopende toezichtsgesprekken, en legt een last onder dwangsom of een boete op wanneer een "
          "zorgverzekeraar structureel tekortschiet.")
REC_5B = ("De minister van VWS geeft de regionale ggz-tafels van aanbieders, zorgverzekeraars en gemeenten een "
          "wettelijke basis en doorzettingsmacht, zodat zij bindende afspraken kunnen maken over capaciteit, "
          "crisiszorg en wachtlijstbemiddeling.")
REC_5C = ("De minister van VWS stuurt de Tweede Kamer ieder jaar een landelijke wachttijdenmonitor voor de ggz, met "
          "per regio de wachttijden, het aantal wachtenden en het aantal mensen bij wie de Treeknorm wordt "
          "overschreden.")
REC_5D = ("Zorgverzekeraars voorkomen dat budgetplafonds in de loop van het jaar leiden tot een aanmeldstop, door in "
          "hun contracten met ggz-aanbieders vooraf af te spreken hoe extra zorgvraag wordt opgevangen.")

RECOMMENDATIONS = ItemList(
    items=(
        theme("Snellere toegang",
              ("1a", REC_1A, ("OTHER",)),
              ("1b", REC_1B, ("VWS",)),
              ("1c", REC_1C, ("OTHER",))),
        theme("Triage en overbrugging",
              ("2a", REC_2A, ("VWS",)),
              ("2b", REC_2B, ("GEMEENTEN", "OTHER"))),
        theme("Crisiszorg",
              ("3a", REC_3A, ("VWS",)),
              ("3b", REC_3B, ("OTHER",)),
              ("3c", REC_3C, ("VWS",))),
        theme("Van jeugd naar volwassen",
              ("4a", REC_4A, ("VWS",)),
              ("4b", REC_4B, ("GEMEENTEN",)),
              ("4c", REC_4C, ("OTHER",))),
        theme("Regie, zorgplicht en toezicht",
              ("5a", REC_5A, ("VWS",)),
              ("5b", REC_5B, ("VWS",)),
              ("5c", REC_5C, ("VWS",)),
              ("5d", REC_5D, ("OTHER",))),
    ),
    style="1.",
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie zich meldt bij de specialistische ggz, doet dat zelden lichtvaardig. Vaak gaan er maanden van twijfel, "
      "schaamte en zelf proberen aan vooraf. Des te harder komt het aan wanneer na die stap blijkt dat de hulp nog "
      "lang niet begint. In het afgelopen jaar ontving het Onafhankelijk Meldpunt Zorg meer meldingen over wachten in "
      "de ggz dan over enig ander onderwerp. Achter ieder van die meldingen zit een mens die vastloopt: in zijn werk, "
      "in zijn studie, in zijn gezin of in zichzelf."),
    P("Met dit rapport geven wij die melders een stem. Wij hebben hun verhalen gelezen, honderden van hen nader "
      "bevraagd en met behandelaars, huisartsen, zorgverzekeraars, gemeenten en toezichthouders gesproken. Het beeld "
      "dat daaruit ontstaat, is niet nieuw, maar wel scherper dan wij hadden verwacht. Wachten is in de ggz geen "
      "uitzondering meer, maar een vast onderdeel van de zorg geworden. En juist de mensen met de zwaarste en meest "
      "ingewikkelde problemen wachten het langst."),
    P("Wij zijn ons ervan bewust dat er geen eenvoudige oplossing is. Er zijn te weinig behandelaars, de vraag "
      "groeit en de verantwoordelijkheden zijn over veel partijen verdeeld. Maar dat mag geen reden zijn om te "
      "berusten. In dit rapport laten wij zien wat er op korte termijn beter kan, en wie daarvoor aan zet is. Wij "
      "danken iedereen die aan dit onderzoek heeft bijgedragen, en in het bijzonder de melders die hun ervaringen "
      "met ons wilden delen."),
    P("Drs. M.A. (Marieke) Hoogendoorn-Talsma"),
    P("voorzitter van het bestuur van het Onafhankelijk Meldpunt Zorg"),
    PageBreak(),
    H("In het kort"),
    P("Tussen januari en december 2024 ontving het Onafhankelijk Meldpunt Zorg 2.316 meldingen over wachttijden in "
      "de specialistische ggz. Daarnaast vulden 3.412 mensen onze vragenlijst in. Uit hun ervaringen komt het "
      "volgende naar voren:"),
    bullets(
        "Zes op de tien melders wachtten langer dan de Treeknorm van veertien weken tussen aanmelding en start van "
        "de behandeling; een op de vijf wachtte langer dan een jaar.",
        "Melders weten vaak niet hoe lang zij nog moeten wachten, en bij wie zij terechtkunnen als het tijdens het "
        "wachten slechter gaat.",
        "Wie zich bij meerdere aanbieders aanmeldt om sneller geholpen te worden, doorloopt even zo vaak een intake "
        "en raakt het overzicht kwijt.",
        "Na een contact met de crisisdienst volgt lang niet altijd een vervolgafspraak; mensen vallen na de crisis "
        "terug op dezelfde wachtlijst.",
        "Jongeren die rond hun achttiende verjaardag nog in behandeling zijn, moeten zich vaak opnieuw aanmelden bij "
        "de volwassenen-ggz en sluiten daar achteraan.",
        "Slechts een klein deel van de melders wist dat hun zorgverzekeraar verplicht is te helpen bij het vinden "
        "van zorg binnen een redelijke termijn.",
    ),
    P("Het Meldpunt concludeert dat de verantwoordelijkheid voor tijdige ggz in de praktijk bij niemand in het "
      "bijzonder ligt. Aanbieders beheren hun eigen wachtlijst, zorgverzekeraars hebben een zorgplicht maar "
      "gebruiken die vooral wanneer een verzekerde zich meldt, gemeenten zijn verantwoordelijk tot het achttiende "
      "jaar en daarna niet meer, en het toezicht richt zich op de afzonderlijke partijen in plaats van op de keten. "
      "In hoofdstuk 7 doet het Meldpunt vijftien aanbevelingen, geordend naar vijf thema's."),
    PageBreak(),
    H("1 Inleiding"),
    H2("Aanleiding"),
    P("Het Onafhankelijk Meldpunt Zorg verzamelt sinds 2012 ervaringen van patiënten en cliënten met de zorg in "
      "Nederland. Iedereen kan bij ons telefonisch, per e-mail of via de website een melding doen. Wij gebruiken die "
      "meldingen om knelpunten zichtbaar te maken en om partijen in de zorg aan te spreken op verbeteringen. Het "
      "Meldpunt is een stichting en wordt gefinancierd uit een instellingssubsidie en uit bijdragen van "
      "patiëntenorganisaties; het is onafhankelijk van aanbieders, zorgverzekeraars en overheid."),
    P("Sinds 2021 groeit het aantal meldingen over de ggz gestaag. In 2024 ging bijna een derde van alle meldingen "
      "over wachten op ggz-behandeling, tegen een op de tien in 2019. Die toename viel samen met berichten van "
      "aanbieders over personeelstekorten en van zorgverzekeraars over een groeiende zorgvraag. Het bestuur van het "
      "Meldpunt besloot in het voorjaar van 2024 om de meldingen nader te onderzoeken en daarover een signaalrapport "
      "uit te brengen."),
    H2("Vraagstelling"),
    P("Het onderzoek richtte zich op drie vragen. Hoe ervaren mensen het wachten op specialistische ggz, en wat "
      "betekent het wachten voor hun leven? Waar in de route van aanmelding tot behandeling lopen zij vast? En wat "
      "doen aanbieders, zorgverzekeraars, gemeenten en toezichthouders om het wachten te beperken en draaglijk te "
      "maken? Wij hebben ons daarbij beperkt tot de specialistische ggz voor volwassenen en tot de overgang van de "
      "jeugd-ggz naar de volwassenen-ggz. De basis-ggz en de huisartsenzorg kwamen alleen aan bod waar zij het "
      "wachten op specialistische zorg raken."),
    H2("Werkwijze"),
    P("Het Meldpunt heeft voor dit rapport de volgende bronnen gebruikt:"),
    bullets(
        "een analyse van de 2.316 meldingen over ggz-wachttijden die tussen 1 januari en 31 december 2024 "
        "binnenkwamen;",
        "een vragenlijst onder mensen die in de afgelopen drie jaar op een ggz-behandeling wachtten, ingevuld door "
        "3.412 respondenten;",
        "verdiepende telefonische interviews met 64 melders, onder wie 18 jongeren tussen 17 en 23 jaar;",
        "gesprekken met behandelaars, managers en cliëntenraden van elf ggz-aanbieders, met vijf zorgverzekeraars, "
        "met zeven gemeenten en met medewerkers van de NZa en de IGJ;",
        "openbare gegevens over wachttijden van de NZa en de wachttijdinformatie op de websites van aanbieders.",
    ),
    P("De vragenlijst is geen aselecte steekproef. Mensen die slechte ervaringen hebben, melden zich vaker dan mensen "
      "die snel geholpen zijn. De cijfers in dit rapport zeggen daarom niet hoeveel mensen in Nederland te lang "
      "wachten; zij laten wel zien welke problemen zich voordoen en hoe vaak zij onder de melders voorkomen. Waar "
      "mogelijk hebben wij de uitkomsten vergeleken met de landelijke gegevens van de NZa.",
      footnotes=("Een verantwoording van de werkwijze en de samenstelling van de respondentengroep staat in de "
                 "bijlage.",)),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 schetst wat melders vertellen over het wachten zelf. Hoofdstuk 3 gaat over de toegang tot de "
      "ggz en de manier waarop wordt bepaald wie welke zorg krijgt. Hoofdstuk 4 behandelt de crisiszorg, hoofdstuk 5 "
      "de overgang van jeugd naar volwassenheid. In hoofdstuk 6 kijken wij naar de regionale samenwerking, de "
      "zorgplicht van zorgverzekeraars en het toezicht. Hoofdstuk 7 bevat onze aanbevelingen."),
    PageBreak(),
    H("2 Wachten in cijfers en verhalen"),
    H2("Hoe lang wordt er gewacht?"),
    P("Voor de ggz gelden de zogenoemde Treeknormen: afspraken tussen aanbieders en zorgverzekeraars over wat een "
      "aanvaardbare wachttijd is. Tussen aanmelding en intake zou hooguit vier weken mogen zitten, tussen intake en "
      "start van de behandeling hooguit tien weken. In totaal is dat veertien weken. De normen zijn geen wettelijke "
      "plicht, maar gelden wel als maatstaf voor wat de zorgplicht van zorgverzekeraars inhoudt."),
    P("Onder de respondenten van onze vragenlijst wachtte 61 procent langer dan veertien weken. De mediane "
      "wachttijd tussen aanmelding en start van de behandeling was zeventien weken, maar de spreiding is groot. Voor "
      "een kortdurende behandeling van een angst- of stemmingsstoornis wachtten melders gemiddeld twaalf weken. Wie "
      "een behandeling nodig had voor een persoonlijkheidsstoornis, een eetstoornis of voor de gevolgen van "
      "trauma, wachtte gemiddeld 38 weken. Een op de vijf respondenten wachtte langer dan een jaar.",
      footnotes=("De landelijke gegevens van de NZa over 2024 laten een vergelijkbaar patroon zien, zij het met "
                 "gemiddeld iets kortere wachttijden.",)),
    P("Opvallend is dat veel melders niet precies weten hoe lang zij al wachten, of wanneer het wachten officieel "
      "begon. Sommige aanbieders laten de wachttijd ingaan bij de verwijzing van de huisarts, andere pas bij de "
      "eerste telefonische screening. Sommige aanbieders hanteren een aparte wachtlijst voor de intake en een tweede "
      "voor de behandeling, zonder dat de cliënt dat weet. Wie de wachttijden op de websites van aanbieders bekijkt, "
      "vergelijkt daardoor vaak appels met peren."),
    H2("Wat het wachten met mensen doet"),
    P("Het wachten zelf is voor veel melders het zwaarste deel van de hele route. Zij beschrijven een gevoel van "
      "machteloosheid en van in de steek gelaten worden. Bijna de helft van de respondenten zegt dat de klachten "
      "tijdens het wachten zijn verergerd. Een kwart is tijdens het wachten (langer) uitgevallen op het werk of de "
      "opleiding. Ruim een op de tien zegt tijdens het wachten een of meer keren aan zelfdoding te hebben gedacht "
      "zonder te weten bij wie zij daarmee terechtkonden."),
    P("\u201cIk had het idee dat ik pas hulp zou krijgen als het helemaal mis zou gaan. En toen het mis ging, moest ik "
      "na de crisisopname gewoon weer op dezelfde wachtlijst,\u201d vertelde een vrouw van 34 die ruim een jaar wachtte "
      "op traumabehandeling. Een man van 52 schreef: \u201cNiemand belt je. Je belt zelf, iedere maand, en iedere keer "
      "krijg je iemand anders aan de lijn die niet weet wie je bent.\u201d"),
    P("Melders noemen vooral de volgende knelpunten tijdens het wachten:"),
    bullets(
        "er is geen vast aanspreekpunt bij de aanbieder, en wie belt, krijgt wisselende medewerkers aan de lijn;",
        "de huisarts of praktijkondersteuner voelt zich niet verantwoordelijk zolang de cliënt op een wachtlijst "
        "van de specialistische ggz staat;",
        "informatie over de verwachte wachttijd ontbreekt of blijkt achteraf niet te kloppen;",
        "het is onduidelijk of en hoe de zorgverzekeraar kan helpen;",
        "er is geen passend aanbod voor de tussentijd, zoals lotgenotencontact of e-health.",
    ),
    H2("Wachtlijstbemiddeling"),
    P("Zorgverzekeraars bieden wachtlijstbemiddeling aan: een verzekerde die te lang wacht, kan de verzekeraar vragen "
      "om te zoeken naar een aanbieder die sneller kan helpen. Slechts 14 procent van de respondenten wist dat dit "
      "mogelijk is, en slechts 6 procent had er daadwerkelijk gebruik van gemaakt. Van die laatste groep was een "
      "derde tevreden over het resultaat. De anderen kregen een lijst met aanbieders toegestuurd die zij zelf moesten "
      "benaderen, of kregen een aanbod bij een aanbieder op grote afstand, of hoorden na het eerste contact niets "
      "meer."),
    P("Het Meldpunt is van oordeel dat wachtlijstbemiddeling in haar huidige vorm te veel van de verzekerde vraagt. "
      "Juist mensen met psychische klachten hebben vaak niet de energie om zelf een route te regelen. Het initiatief "
      "zou bij de verzekeraar moeten liggen, zeker wanneer de wachttijd de norm al ruim overschrijdt."),
    PageBreak(),
    H("3 Toegang en triage"),
    H2("Meervoudige aanmeldingen"),
    P("Omdat de wachttijden bij aanbieders sterk verschillen, melden veel mensen zich bij meerdere aanbieders "
      "tegelijk aan. Van de respondenten deed 37 procent dat. Het gevolg is dat aanbieders intakes voeren met mensen "
      "die uiteindelijk elders in behandeling gaan, dat wachtlijsten groter lijken dan ze zijn en dat cliënten "
      "hetzelfde verhaal keer op keer moeten vertellen. Aanbieders die wij spraken schatten dat tussen de tien en "
      "twintig procent van hun wachtlijst bestaat uit mensen die ook elders wachten of al elders geholpen worden."),
    H2("Wie bepaalt welke zorg iemand nodig heeft?"),
    P("In de huidige praktijk bepaalt iedere aanbieder zelf, in een eigen intake, welke zorg iemand nodig heeft. "
      "Daarbij speelt onvermijdelijk mee welke zorg die aanbieder kan bieden, en hoe lang de wachtlijst voor die zorg "
      "is. Meerdere melders vertelden dat zij na een lange wachttijd voor de intake te horen kregen dat zij bij de "
      "verkeerde aanbieder waren en opnieuw moesten beginnen."),
    P("In enkele regio's werken aanbieders, huisartsen en zorgverzekeraars inmiddels met een gezamenlijk "
      "aanmeldpunt, waar een onafhankelijke professional met de cliënt bespreekt welke zorg nodig is en waar die het "
      "snelst beschikbaar is. De eerste ervaringen zijn positief: cliënten komen sneller op de juiste plek en "
      "dubbele aanmeldingen nemen af. Tegelijk zijn deze initiatieven kwetsbaar, omdat zij afhankelijk zijn van "
      "tijdelijke projectgelden en van de bereidheid van aanbieders om hun eigen intake los te laten."),
    H2("Tijdens het wachten"),
    P("Wie eenmaal is aangemeld, valt in de praktijk tussen twee stoelen. De huisarts heeft verwezen en beschouwt de "
      "specialistische ggz als verantwoordelijk; de aanbieder beschouwt de cliënt nog niet als eigen patiënt zolang "
      "de behandeling niet is begonnen. Gemeenten bieden via wijkteams en welzijnsorganisaties ondersteuning bij "
      "problemen met werk, schulden of huisvesting, maar die ondersteuning is zelden afgestemd op het wachten op "
      "ggz. Het Meldpunt spreekt in dit verband van overbruggingszorg: lichte ondersteuning die voorkomt dat klachten "
      "tijdens het wachten verergeren."),
    P("De gesprekken die wij voerden laten zien dat niemand zich voor die overbruggingszorg eigenaar voelt. "
      "Zorgverzekeraars wijzen erop dat niet-verzekerde zorg niet uit de basisverzekering kan worden betaald; "
      "gemeenten wijzen erop dat de ggz onder de Zorgverzekeringswet valt. Goede voorbeelden, zoals een regio waar "
      "het wijkteam iedere wachtende binnen twee weken belt, blijven daardoor beperkt tot enkele plaatsen."),
    PageBreak(),
    H("4 Crisiszorg"),
    H2("Bereikbaarheid"),
    P("Iedere regio heeft een ggz-crisisdienst die via de huisarts, de huisartsenpost, de politie of de spoedeisende "
      "hulp kan worden ingeschakeld. In de meeste regio's is die dienst dag en nacht bereikbaar, maar de tijd die "
      "verstrijkt tot een crisisteam ter plaatse is, loopt sterk uiteen. Melders en verwijzers beschreven situaties "
      "waarin het vier tot zes uur duurde voordat een beoordeling plaatsvond, vooral in de nacht en in het weekend "
      "en in dunbevolkte gebieden. Politiefunctionarissen die wij spraken, vertelden dat zij in die tijd vaak met een "
      "verwarde persoon op de weg of op het bureau staan."),
    P("Crisisdiensten geven zelf aan dat zij vooral kampen met personeelstekorten. Een crisisteam vraagt ervaren "
      "psychiaters en verpleegkundigen, die ook elders in de instelling nodig zijn. Financiering per contact maakt "
      "het bovendien lastig om in dunbevolkte gebieden voldoende bezetting paraat te houden."),
    H2("Na de crisis"),
    P("Het knelpunt dat melders het vaakst noemen, ligt niet in de crisis zelf maar in de periode daarna. Van de "
      "respondenten die in de afgelopen drie jaar contact hadden met de crisisdienst, kreeg 42 procent binnen twee "
      "weken een vervolgafspraak. De anderen werden terugverwezen naar de huisarts of naar de wachtlijst waarop zij "
      "al stonden. Een kwart van hen kwam binnen drie maanden opnieuw in contact met de crisisdienst."),
    P("Het Meldpunt acht dit zorgelijk. Een crisiscontact is een moment waarop de noodzaak van behandeling "
      "onmiskenbaar is gebleken. Dat iemand daarna weer maanden moet wachten, is voor melders onbegrijpelijk en "
      "vergroot het risico op een nieuwe, zwaardere crisis. De IGJ heeft in haar toezicht tot nu toe vooral gekeken "
      "naar de kwaliteit van de crisisbeoordeling zelf, en minder naar wat er daarna gebeurt."),
    P("Enkele aanbieders werken al met een vaste regel dat iedere cliënt na een crisiscontact binnen een week door "
      "een behandelaar wordt gezien, ongeacht de positie op de wachtlijst. Zij melden dat dit weinig extra capaciteit "
      "vraagt, omdat een deel van de terugkerende crises erdoor wordt voorkomen."),
    PageBreak(),
    H("5 Van jeugd naar volwassen"),
    H2("De knip bij achttien jaar"),
    P("Tot het achttiende jaar valt de ggz voor jongeren onder de Jeugdwet en zijn gemeenten verantwoordelijk. Vanaf "
      "het achttiende jaar valt de ggz onder de Zorgverzekeringswet en zijn zorgverzekeraars verantwoordelijk. Voor "
      "een jongere in behandeling betekent dat vaak: een nieuwe verwijzing, een nieuwe aanmelding, een nieuwe intake "
      "en een nieuwe wachtlijst. Van de achttien jongeren die wij spraken, hadden er elf na hun achttiende verjaardag "
      "opnieuw moeten wachten, gemiddeld vijf maanden."),
    P("Verlengde jeugdhulp tot 23 jaar is onder voorwaarden mogelijk, maar in de praktijk wordt die voor ggz-"
      "behandeling weinig toegepast. Gemeenten zijn terughoudend omdat zij de kosten dragen van zorg die na het "
      "achttiende jaar onder de basisverzekering zou vallen. Aanbieders van jeugd-ggz hebben lang niet altijd een "
      "contract met zorgverzekeraars, zodat zij een jongere niet zelf kunnen doorbehandelen."),
    H2("Meer dan zorg alleen"),
    P("Rond het achttiende jaar verandert er veel tegelijk. Jongeren krijgen te maken met een eigen "
      "zorgverzekering, eigen risico, studiefinanciering of een uitkering, en soms met het verlaten van een "
      "jeugdhulpvoorziening. Jongeren die wij spraken, vertelden dat zij door al die veranderingen tegelijk het "
      "overzicht verloren. \u201cIk moest ineens zelf alles regelen, terwijl ik nog midden in mijn behandeling zat,\u201d "
      "zei een jongen van negentien."),
    P("Goede praktijken laten zien dat een tijdige voorbereiding helpt. Waar de jongere, de ouders, de behandelaar en "
      "de gemeente ruim voor het achttiende jaar samen plannen wat er na die datum moet gebeuren, verloopt de "
      "overgang aanzienlijk beter. Die voorbereiding is nu echter afhankelijk van de inzet van individuele "
      "behandelaars en consulenten."),
    H2("Wachttijd telt niet mee"),
    P("Een bijzonder pijnlijk punt is dat de tijd die een jongere in de jeugd-ggz op behandeling heeft gewacht, of "
      "in behandeling is geweest, niet meetelt wanneer hij wordt doorverwezen naar de volwassenen-ggz. Daar begint "
      "de wachttijd opnieuw bij nul. Zorgverzekeraars die wij spraken, erkenden dat dit onwenselijk is, maar wezen "
      "erop dat wachtlijsten door de aanbieders worden beheerd."),
    PageBreak(),
    H("6 Regie, zorgplicht en toezicht"),
    H2("Regionale samenwerking"),
    P("In alle regio's bestaan inmiddels overleggen waarin ggz-aanbieders, zorgverzekeraars en soms gemeenten "
      "afspraken maken over de aanpak van wachttijden. Deze regionale ggz-tafels hebben geen formele status. Hun "
      "afspraken zijn alleen zo sterk als de bereidheid van de deelnemers om zich eraan te houden. Meerdere "
      "gesprekspartners beschreven hoe afspraken over de verdeling van crisisbedden of over gezamenlijke "
      "wachtlijstbemiddeling strandden op het bezwaar van één aanbieder of één verzekeraar."),
    P("Het Meldpunt heeft begrip voor de wens om de regionale samenwerking vrijwillig te houden. Tegelijk stellen wij "
      "vast dat vrijblijvendheid in een schaarse markt ertoe leidt dat de zwaarste en duurste zorg het eerst "
      "tussen wal en schip raakt."),
    H2("Zorgplicht van zorgverzekeraars"),
    P("Zorgverzekeraars hebben op grond van de Zorgverzekeringswet een zorgplicht: zij moeten ervoor zorgen dat hun "
      "verzekerden tijdig de zorg krijgen waarop zij recht hebben. De NZa ziet toe op de naleving daarvan. In de "
      "praktijk vullen zorgverzekeraars de zorgplicht vooral in met de inkoop van zorg en met wachtlijstbemiddeling "
      "op verzoek. Zolang een verzekerde zich niet meldt, ziet de verzekeraar het wachten niet als zijn probleem."),
    P("Budgetplafonds spelen daarbij een grote rol. Veel contracten tussen verzekeraars en aanbieders bevatten een "
      "maximum aan omzet per jaar. Wanneer een aanbieder dat plafond nadert, stopt hij met het aannemen van nieuwe "
      "cliënten van die verzekeraar, of laat hij de wachtlijst oplopen tot het nieuwe jaar. Melders kregen in het "
      "najaar van 2024 meerdere keren te horen dat een aanmelding pas in januari in behandeling werd genomen, omdat "
      "het budget voor hun verzekeraar op was."),
    H2("Toezicht"),
    P("De NZa spreekt zorgverzekeraars periodiek aan op de zorgplicht en heeft in de afgelopen jaren meerdere keren "
      "onderzoek gedaan naar de ggz. De uitkomsten daarvan worden op hoofdlijnen gepubliceerd. Welke verzekeraar "
      "waarop is aangesproken, en met welk resultaat, is voor verzekerden en voor het Meldpunt niet na te gaan. "
      "Sancties zijn in de ggz voor zover ons bekend nog niet opgelegd."),
    P("De IGJ houdt toezicht op de kwaliteit en veiligheid van de zorg die aanbieders leveren, maar heeft geen "
      "taak ten aanzien van de wachttijden als zodanig. Zij kan wel ingrijpen wanneer het wachten leidt tot onveilige "
      "situaties, bijvoorbeeld omdat er tijdens het wachten geen zicht is op het risico op suïcide."),
    H2("Informatie"),
    P("Landelijk zicht op de wachttijden ontbreekt. De gegevens die aanbieders aan de NZa leveren, zijn onderling "
      "moeilijk te vergelijken en worden niet per regio gepubliceerd. De Tweede Kamer wordt incidenteel over "
      "wachttijden geïnformeerd, meestal naar aanleiding van vragen of berichten in de media. Een vast moment waarop "
      "het beeld wordt opgemaakt, is er niet."),
    PageBreak(),
    H("7 Zo kan het beter"),
    P("De voorgaande hoofdstukken laten zien dat het wachten in de ggz niet door één partij kan worden opgelost. "
      "Het Meldpunt richt zich daarom tot alle partijen die een rol spelen: de minister van Volksgezondheid, Welzijn "
      "en Sport, de Nederlandse Zorgautoriteit, de Inspectie Gezondheidszorg en Jeugd, zorgverzekeraars, "
      "ggz-aanbieders en gemeenten. Wij hebben onze aanbevelingen geordend naar vijf thema's. Bij iedere aanbeveling "
      "staat voorop wie aan zet is."),
    RECOMMENDATIONS,
    P("Het Meldpunt vraagt de partijen aan wie deze aanbevelingen zijn gericht, binnen drie maanden te laten weten "
      "wat zij ermee doen. Over een jaar zal het Meldpunt opnieuw de meldingen over wachttijden in de ggz "
      "analyseren en nagaan wat er voor melders is veranderd."),
    PageBreak(),
    H("Bijlage Verantwoording"),
    P("De meldingen zijn gecodeerd door twee medewerkers van het Meldpunt aan de hand van een vast codeerschema. "
      "Bij twijfel werd een derde medewerker geraadpleegd. Meldingen die niet over de specialistische ggz gingen, of "
      "waarin de melder geen toestemming gaf voor gebruik in onderzoek, zijn buiten beschouwing gelaten."),
    P("De vragenlijst stond van 1 oktober tot en met 15 december 2024 open op de website van het Meldpunt en is "
      "verspreid via patiëntenorganisaties, cliëntenraden en sociale media. De samenstelling van de "
      "respondentengroep was als volgt:"),
    bullets(
        "72 procent vrouw, 27 procent man, 1 procent anders of zegt niet;",
        "9 procent jonger dan 23 jaar, 58 procent tussen 23 en 50 jaar, 33 procent ouder dan 50 jaar;",
        "respondenten uit alle provincies, met een oververtegenwoordiging van de Randstad;",
        "48 procent wachtte op het moment van invullen nog, 52 procent was inmiddels in behandeling of was gestopt "
        "met wachten.",
    ),
    P("De interviews met melders zijn afgenomen door twee onderzoekers met ervaring in de ggz. De gesprekken met "
      "organisaties zijn gevoerd door het bestuur en de directie van het Meldpunt. Een conceptversie van de "
      "feitelijke bevindingen is voorgelegd aan de NZa, de IGJ, Zorgverzekeraars Nederland, de Nederlandse ggz en de "
      "VNG. Hun reacties zijn verwerkt waar dat naar het oordeel van het Meldpunt terecht was."),
)

REPORT = Document(
    title="Wachten zonder eind?",
    subtitle="Signaalrapport over wachttijden in de specialistische ggz: toegang, crisiszorg en de overgang van "
             "jeugd naar volwassenheid",
    blocks=REPORT_BLOCKS,
    running_header="Onafhankelijk Meldpunt Zorg  \u00b7  Wachten zonder eind?",
    footer="{page}",
    font_family="sans",
    imprint=("Onafhankelijk Meldpunt Zorg", "Utrecht, maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_1A = "Ik onderschrijf deze aanbeveling."
CELL_1A = (EV_1A + " Ik maak met Zorgverzekeraars Nederland afspraken over een vaste termijn voor een concreet "
           "bemiddelingsaanbod en leg die vast in het Hoofdlijnenakkoord ggz.")

EV_1B = ("Een maandelijkse publicatie per zorgvraagtypering neemt de NZa niet over, omdat dat de registratielast "
         "voor aanbieders te zeer verhoogt.")
CELL_1B = ("De NZa heeft mij laten weten dat zij per 1 januari 2026 één landelijke definitie van aanmeld- en "
           "behandelwachttijd voorschrijft en dat aanbieders hun wachttijden per locatie moeten publiceren. " + EV_1B
           + " Publicatie vindt eens per kwartaal plaats.")

EV_1C = ("Ik stel in 2026 en 2027 jaarlijks \u20ac 20 miljoen beschikbaar waarmee ggz-aanbieders iedere aangemelde "
         "cliënt binnen vier weken een eerste gesprek en een vast aanspreekpunt bieden.")
CELL_1C = EV_1C + (" De Nederlandse ggz heeft toegezegd dat haar leden hiermee op 1 januari 2026 beginnen.")

EV_2A = ("In vijf regio's start in 2026 een proef met een gezamenlijk aanmeld- en triagepunt; over invoering in "
         "alle regio's besluit ik pas na de evaluatie in 2028.")
CELL_2A = ("Ik zie de meerwaarde van een onafhankelijk aanmeldpunt.\n" + EV_2A)

EV_3A = "Ik neem deze aanbeveling over."
CELL_3A = (EV_3A + " Vanaf 2026 is er structureel \u20ac 35 miljoen per jaar extra beschikbaar voor de "
           "ggz-crisisdiensten, en de norm van twee uur wordt opgenomen in het kwaliteitskader acute psychiatrie.")

EV_3B = "Overgenomen."
CELL_3B = (EV_3B + " Akwa GGZ neemt de termijn van vijf werkdagen op in de zorgstandaard acute psychiatrie; "
           "zorgverzekeraars maken deze termijn onderdeel van hun inkoop voor 2026.")

EV_3C = ("Een aparte jaarlijkse rapportage daarover komt er niet; de inspectie neemt haar bevindingen op in het "
         "reguliere Jaarbeeld.")
CELL_3C = ("De IGJ neemt de opvolging na crisiscontacten vanaf 2026 mee in haar risicogestuurde toezicht op "
           "ggz-aanbieders. " + EV_3C)

CELL_4A = "Zie de toelichting onder de tabel."

EV_4B = ("Een aanvullende landelijke verplichting om op zeventienjarige leeftijd een toekomstplan op te stellen, acht "
         "ik niet opportuun.")
CELL_4B = ("Gemeenten hebben op grond van de Jeugdwet al de taak om de overgang naar volwassenheid tijdig met de "
           "jongere en de ouders voor te bereiden. " + EV_4B)

EV_4C = ("Zorgverzekeraars Nederland en de Nederlandse ggz hebben op mijn verzoek afgesproken dat een jongere die "
         "vanuit de jeugd-ggz wordt doorverwezen, vanaf 1 januari 2026 met behoud van de opgebouwde wachttijd wordt "
         "ingeschreven bij de volwassenen-ggz.")
CELL_4C = EV_4C

EV_5A = ("Het openbaar maken van lopende toezichtsgesprekken acht ik niet wenselijk, omdat zorgverzekeraars dan "
         "minder open zullen zijn tegenover de toezichthouder.")
CELL_5A = ("De NZa publiceert al jaarlijks per zorgverzekeraar haar oordeel over de zorgplicht en kan een "
           "aanwijzing, een last onder dwangsom of een boete opleggen. " + EV_5A)

EV_5B = "Niet overgenomen."
CELL_5B = EV_5B + " Zie ook de toelichting onder de tabel."

EV_5C = ("Ik zeg dit toe: uw Kamer ontvangt de eerste landelijke wachttijdenmonitor in april 2026 en daarna ieder "
         "jaar in april, met cijfers per regio.")
CELL_5C = EV_5C

CELL_5D = ("Deze aanbeveling is gericht aan de zorgverzekeraars. Zorgverzekeraars Nederland reageert hier zelf op.")


def row(recommendation: str, reaction: str, number: str | None, position: str, evidence: str,
        term: str) -> tuple[str, Cell, str]:
    answers = (Answer(number, position, evidence),) if number else ()
    return (recommendation, Cell(reaction, answers=answers), term)


TABLE = Table(
    header=("Aanbeveling", "Reactie", "Termijn"),
    rows=(
        row("Zorgverzekeraars doen binnen twee weken na een melding een concreet aanbod voor een behandelplek "
            "binnen de Treeknorm.", CELL_1A, "1a", "agree", EV_1A, "1 oktober 2025"),
        row("De NZa verplicht aanbieders om wachttijden maandelijks per locatie en per zorgvraagtypering te "
            "publiceren volgens één definitie.", CELL_1B, "1b", "partial", EV_1B, "1 januari 2026"),
        row("Ggz-aanbieders bieden binnen vier weken een eerste gesprek en een vast aanspreekpunt tijdens het "
            "wachten.", CELL_1C, "1c", "agree", EV_1C, "1 januari 2026"),
        row("Eén gezamenlijk, onafhankelijk aanmeld- en triagepunt in iedere regio, uiterlijk in 2026.",
            CELL_2A, "2a", "partial", EV_2A, "2026 (proef)"),
        row("Een ggz-crisisdienst die in iedere regio dag en nacht bereikbaar is en binnen twee uur ter plaatse kan "
            "zijn, met structurele financiering.", CELL_3A, "3a", "agree", EV_3A, "1 januari 2026"),
        row("Na een crisiscontact binnen vijf werkdagen een vervolgafspraak bij een behandelaar.",
            CELL_3B, "3b", "agree", EV_3B, "2026"),
        row("De IGJ neemt de opvolging na crisiscontacten op in het toezicht en rapporteert daar jaarlijks "
            "afzonderlijk over.", CELL_3C, "3c", "partial", EV_3C, "2026"),
        ("Jeugd-ggz onder de Jeugdwet voortzetten tot 23 jaar, zonder nieuwe aanmelding bij de volwassenen-ggz.",
         Cell(CELL_4A), "n.v.t."),
        row("Gemeenten stellen uiterlijk op het zeventiende jaar een toekomstplan op voor iedere jongere in "
            "ggz-behandeling.", CELL_4B, "4b", "disagree", EV_4B, "n.v.t."),
        row("Zorgverzekeraars erkennen de wachttijd in de jeugd-ggz bij doorverwijzing naar de volwassenen-ggz.",
            CELL_4C, "4c", "agree", EV_4C, "1 januari 2026"),
        row("De NZa maakt haar bevindingen over de zorgplicht per zorgverzekeraar openbaar en legt sancties op bij "
            "structureel tekortschieten.", CELL_5A, "5a", "disagree", EV_5A, "n.v.t."),
        row("Een wettelijke basis en doorzettingsmacht voor de regionale ggz-tafels.",
            CELL_5B, "5b", "disagree", EV_5B, "n.v.t."),
        row("Een jaarlijkse landelijke wachttijdenmonitor voor de Tweede Kamer, met cijfers per regio.",
            CELL_5C, "5c", "agree", EV_5C, "april 2026"),
        ("Zorgverzekeraars voorkomen dat budgetplafonds leiden tot een aanmeldstop in de loop van het jaar.",
         Cell(CELL_5D), "n.v.t."),
    ),
    widths=(0.37, 0.47, 0.16),
    rules="grid",
)

EV_4A = ("Het voorstel om de jeugd-ggz tot 23 jaar onder de Jeugdwet te laten vallen, neem ik echter niet over.")
EV_4C_PROSE = ("Wel zorg ik ervoor dat jongeren bij de overstap hun plek op de wachtlijst behouden, zoals hierboven "
               "in de tabel is beschreven.")
PARA_YOUTH = (
    "Het Meldpunt beschrijft indringend hoe jongeren rond hun achttiende verjaardag tussen wal en schip raken. Ik deel "
    "die zorg, en de staatssecretaris van Jeugd, Preventie en Sport doet dat ook. " + EV_4A + " Een verschuiving van "
    "de leeftijdsgrens zou betekenen dat gemeenten de kosten dragen van behandelingen die nu onder de "
    "Zorgverzekeringswet vallen, en dat er voor jongvolwassenen twee stelsels naast elkaar komen te bestaan, met "
    "nieuwe grensvragen tussen gemeente en zorgverzekeraar. De bestaande mogelijkheid van verlengde jeugdhulp blijft "
    "open voor jongeren bij wie een overstap de behandeling ernstig zou verstoren. " + EV_4C_PROSE)

EV_5B_PROSE = ("Een wettelijke doorzettingsmacht voor de regionale ggz-tafels past niet bij de "
               "verantwoordelijkheidsverdeling in de Zorgverzekeringswet, waarin de zorgverzekeraar de zorgplicht "
               "draagt en de NZa daarop toeziet.")
EV_2A_PROSE = ("De proeven met een gezamenlijk aanmeld- en triagepunt die ik hierboven noemde, zijn daarvoor een "
               "eerste stap; van een verplichting voor alle regio's zie ik voorlopig af.")
PARA_REGION = (
    "Het Meldpunt stelt terecht vast dat regionale afspraken nu te vaak stranden op het bezwaar van een enkele "
    "partij. " + EV_5B_PROSE + " Bindende afspraken door een regionaal overleg zouden die verantwoordelijkheid "
    "vertroebelen: wie de zorgplicht draagt, moet ook de keuzes kunnen maken die daarbij horen. Ik wil de regionale "
    "samenwerking wel versterken, maar binnen het bestaande stelsel. " + EV_2A_PROSE + " Daarnaast vraag ik de NZa om "
    "bij haar toezicht op de zorgplicht nadrukkelijk te kijken naar de bijdrage van iedere verzekeraar aan de "
    "regionale afspraken.")

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 18 maart 2025 heeft het Onafhankelijk Meldpunt Zorg het signaalrapport \u2018Wachten zonder eind?\u2019 "
      "gepubliceerd, over de wachttijden in de specialistische ggz. Met deze brief geef ik, mede namens de "
      "staatssecretaris van Jeugd, Preventie en Sport, mijn reactie op dat rapport."),
    P("Ik ben het Meldpunt erkentelijk voor het zorgvuldige onderzoek. De verhalen van de melders maken pijnlijk "
      "duidelijk wat het betekent om maanden, soms meer dan een jaar, te moeten wachten op hulp die je hard nodig "
      "hebt. Ik herken het beeld dat het Meldpunt schetst, ook uit de gesprekken die ik zelf met cliënten en "
      "behandelaars voer."),
    P("De wachttijden in de ggz hebben al geruime tijd de aandacht van het kabinet. In het Hoofdlijnenakkoord ggz "
      "hebben het Rijk, zorgverzekeraars, aanbieders en beroepsverenigingen afspraken gemaakt over het beter benutten "
      "van de beschikbare capaciteit, over het terugdringen van de administratieve lasten en over het opleiden van "
      "meer behandelaars. Sinds 2023 wordt jaarlijks extra geld geïnvesteerd in de opleiding van gz-psychologen en "
      "psychiaters. De effecten daarvan zijn nog beperkt zichtbaar, omdat het opleiden van behandelaars tijd kost."),
    P("Het rapport bevat vijftien aanbevelingen, gericht aan mij, aan de NZa, de IGJ, zorgverzekeraars, "
      "ggz-aanbieders en gemeenten. Ik heb de aanbevelingen met deze partijen besproken. In de tabel hieronder geef ik "
      "per aanbeveling de reactie en, waar van toepassing, de termijn waarop de maatregel zijn beslag krijgt. Twee "
      "aanbevelingen licht ik na de tabel nader toe."),
    H2("Reactie op de aanbevelingen"),
    TABLE,
    H2("Toelichting"),
    H3("Jongeren rond hun achttiende"),
    P(PARA_YOUTH, answers=(Answer("4a", "disagree", EV_4A), Answer("4c", "agree", EV_4C_PROSE))),
    H3("Regionale regie"),
    P(PARA_REGION, answers=(Answer("5b", "disagree", EV_5B_PROSE), Answer("2a", "partial", EV_2A_PROSE))),
    H2("Tot slot"),
    P("Het terugdringen van de wachttijden in de ggz vraagt een lange adem. De maatregelen in deze brief zullen de "
      "tekorten aan behandelaars niet op korte termijn oplossen, maar kunnen het wachten wel korter, voorspelbaarder "
      "en beter te dragen maken. Ik informeer uw Kamer over de voortgang in de voortgangsbrief ggz, die u in het "
      "najaar van 2025 ontvangt."),
    P("Hoogachtend,"),
    P("de minister voor Medische Zorg,"),
    P("dr. E.J. van Rossum-Bakker"),
)

RESPONSE = Document(
    title="Ministerie van Volksgezondheid, Welzijn en Sport",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018, 2500 EA Den Haag\n\n"
             "Datum       24 juni 2025\n"
             "Betreft     Reactie op het rapport \u2018Wachten zonder eind?\u2019 van het Onafhankelijk Meldpunt Zorg\n"
             "Kenmerk    4128765-1082341-MZ",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk 4128765-1082341-MZ",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="mental_health_waiting_lists",
    report=REPORT,
    response=RESPONSE,
    description="Onafhankelijk Meldpunt Zorg signal report on ggz waiting lists (15 recommendations as lettered "
                "sub-items under five numbered theme items in chapter '7 Zo kan het beter', gold ids 1a-5d) and the "
                "minister voor Medische Zorg's letter with an 'Aanbeveling | Reactie | Termijn' table without "
                "numbers plus two prose paragraphs; 4a only answered in the prose, 5d passed on to Zorgverzekeraars "
                "Nederland, 2b missing.",
)
