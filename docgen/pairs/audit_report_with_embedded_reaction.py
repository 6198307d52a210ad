"""Pair: a fictional court-of-audit report of the "Rekenkamer van het Rijk" on the subsidies for making public
buildings sustainable ("Subsidies voor verduurzaming van maatschappelijk vastgoed"), whose last chapter prints the
ministers' reaction at the time of publication; answered months later by a separate letter of the minister of BZK
to the Tweede Kamer that sometimes takes a different position than that embedded reaction.

Report layout: sans, title page with imprint, running header, page numbers.  Samenvatting with a bullet list of
main findings (no recommendations printed there, only a prose pointer to chapter 5).  Chapters numbered in the
heading text ("3 Bereik en verdeling van het geld") with level-2 sections; footnotes; a "1." list of research
questions in 1.2 (not recommendations); bullet lists of the research steps and of findings; three tables (tranches
and budget, grid; distribution over sectors, row rules; the audit norms in an annex, grid).  Chapter 5 "Conclusies
en aanbevelingen": 5.1 holds five numbered conclusions as a bold lead-in paragraph ("Conclusie 1 ...") followed by
prose (paragraphs, not a list); 5.2 "Aanbevelingen" holds the twelve recommendations as one "1." list, most to the
minister of BZK, 7 and 11 to the minister of Klimaat en Groene Groei (code EZ, see departments.csv: KGG has no code
of its own), 6 to both.  Chapter 6 "Reactie minister en nawoord Rekenkamer" summarises the reactions of the minister
of BZK and the minister of KGG as the Rekenkamer received them before publication ("De minister schrijft dat zij
aanbeveling 3 zal bezien ...") and closes with a "Nawoord".  That embedded reaction is part of the report PDF and is
NOT gold: the gold comes only from the later letter.  Annexes: norms table, abbreviations (dash list), sources.

Response layout: a sans letter without title page (letterhead title and a subtitle with addressee, date and
kenmerk), running header, "Pagina x van y".  Unnumbered level-2 headings: an introduction, "Stand van zaken"
(bullet list of figures and a grid table of the 2025 tranche, neither answers anything), then themed sections
"Doelen, monitoring en verantwoording", "Verdeling van het budget", "Controle en stapeling", "Netcongestie", a
section on a motion about religious heritage (own commitments, answers no recommendation) and a "Tot slot".  The letter says explicitly where it now
departs from the reaction printed in the report (5: "bezien" -> committed; 10: promised -> refused; 3: "bezien" ->
refused).  Most answers cite the number, 3, 11 and 12 are answered by subject only; one paragraph answers 1 and 12,
another 3 (refusal) with context for 4.

  nr  addressee   subject                                          gold position   why
  1   BZK         measurable goals per sector + how measured       agree           "Aanbeveling 1 neem ik over."
                                                                                    plus goals in the amended regulation
  2   BZK         RVO records energy performance at vaststelling   partial         only for projects above 125.000 euro
                  for every subsidy                                                 (the asked "elke subsidie" refused)
  3   BZK         tender ranked on cost-effectiveness instead of   disagree        by subject: "kies ik niet voor";
                  first come, first served                                         report said she would "bezien"
  4   BZK         reserve budget for small owners + process        agree           by number, no cue word: a fifth of
                  support                                                           the ceiling reserved + free begeleider
  5   BZK         more on-site checks by RVO                       agree           report said "bezien"; letter commits
                                                                                    to 15 % with a floor of 300 checks
  6   BZK, EZ     link SVMV and REMO data + one joint desk         partial         data linked, joint desk refused
  7   EZ          use data of the informatieplicht                 not_addressed   passed on: the minister of KGG will
                                                                                    write separately (no position)
  8   BZK         interim evaluation in 2027 (a study)             agree           study asked and committed with date
  9   BZK         national picture of the building stock           not_addressed   never mentioned in the letter
  10  BZK         subsidy only if a minimum label is reached       disagree        report said "overnemen"; letter now
                                                                                    "niet over te nemen"
  11  EZ          priority on the grid for public buildings        partial         by subject: priority refused, other
                                                                                    concrete means (two more years to
                                                                                    realise) offered
  12  BZK         annual report per sector (grants, savings)       agree           by subject, no cue word: table in the
                                                                                    jaarverslag from the year 2025

Positions: agree 5 (1, 4, 5, 8, 12), partial 3 (2, 6, 11), disagree 2 (3, 10), not_addressed 2 (7, 9).
All names, figures and prose are fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def rec(number: int, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(str(number), tuple(departments)))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie in een dorpshuis een vergadering bijwoont, in een sporthal een wedstrijd speelt of in een "
      "gezondheidscentrum op de huisarts wacht, zit in maatschappelijk vastgoed. Deze gebouwen zijn van ons allemaal, "
      "ook als een vereniging, een stichting of een schoolbestuur de eigenaar is. Veel ervan zijn oud, tochtig en "
      "duur in het gebruik. Dat zij de komende jaren worden verduurzaamd, is voor het klimaat en voor de "
      "energierekening van de gebruikers van groot belang."),
    P("Het Rijk stelt daarvoor veel geld beschikbaar. Dat is een goede zaak, maar het legt ook een verantwoordelijkheid "
      "op: het geld moet terechtkomen waar het het meeste verschil maakt, en de minister moet kunnen laten zien wat "
      "het heeft opgeleverd. In dit onderzoek hebben wij bekeken of dat lukt. Het antwoord is nog niet "
      "geruststellend. De regeling keert snel en met weinig lasten uit, en dat wordt door veel eigenaren "
      "gewaardeerd. Wat zij oplevert, weet echter niemand precies."),
    P("Wij danken de medewerkers van het ministerie van BZK, het ministerie van KGG en RVO voor hun medewerking, en "
      "de eigenaren die ons hun gebouw lieten zien, ook als niet alles liep zoals gepland."),
    P("drs. J.W. (Jan-Willem) Hoekstra, president van de Rekenkamer van het Rijk"),
    PageBreak(),
    H("Samenvatting"),
    P("Ongeveer een tiende van de CO2-uitstoot van de gebouwde omgeving in Nederland komt voor rekening van "
      "maatschappelijk vastgoed: scholen, sporthallen, buurthuizen, gezondheidscentra, bibliotheken, theaters en "
      "kerkgebouwen. Het kabinet wil dat deze gebouwen in 2050 aardgasvrij en energiezuinig zijn en heeft daarvoor "
      "in 2022 de Subsidieregeling Verduurzaming Maatschappelijk Vastgoed (SVMV) ingesteld. De minister van "
      "Binnenlandse Zaken en Koninkrijksrelaties (BZK) is verantwoordelijk voor de regeling; de Rijksdienst voor "
      "Ondernemend Nederland (RVO) voert haar uit. Tot en met 2030 is er ruim 1,1 miljard euro voor beschikbaar."),
    P("Wij hebben onderzocht of de SVMV terechtkomt bij de eigenaren voor wie zij bedoeld is, of de uitvoering en de "
      "controle op orde zijn en wat bekend is over het effect van het geld. Daarbij hebben wij ook gekeken naar de "
      "samenhang met de Regeling Energiebesparing Maatschappelijke Organisaties (REMO) van de minister van Klimaat en "
      "Groene Groei (KGG), waaruit een deel van dezelfde eigenaren subsidie ontvangt."),
    P("Onze belangrijkste bevindingen zijn:", bold=True),
    bullets(
        "De SVMV heeft geen doelen die het mogelijk maken om te beoordelen of de regeling werkt. Het enige "
        "kwantitatieve doel is dat het budget wordt uitgeput.",
        "Het geld wordt verdeeld op volgorde van binnenkomst. In 2024 was het budget binnen drie dagen vergeven. "
        "Eigenaren met meer dan tien gebouwen, zoals gemeenten en grote schoolbesturen, ontvingen 71 procent van het "
        "geld; sportverenigingen, dorpshuizen en kerkgenootschappen vielen vaak buiten de boot.",
        "RVO stelt de meeste subsidies vast zonder te controleren of de maatregelen zijn uitgevoerd. Bij 9 van de 60 "
        "projecten die wij ter plaatse bekeken, was een deel van de gesubsidieerde maatregelen niet of anders "
        "uitgevoerd.",
        "Voor 37 projecten is voor dezelfde maatregel zowel SVMV- als REMO-subsidie verstrekt, samen 6,4 miljoen euro. "
        "De twee registraties worden niet met elkaar vergeleken.",
        "Hoeveel energie en CO2 de regeling bespaart, is onbekend. Alleen van 18 procent van de vastgestelde projecten "
        "is het energielabel na afloop bekend.",
        "Het jaarverslag van BZK meldt alleen hoeveel geld is toegekend, niet wat ermee is bereikt.",
    ),
    P("Wij concluderen dat de SVMV vooral een regeling is die geld snel en met weinig lasten uitkeert, maar dat de "
      "minister niet weet of het geld bijdraagt aan de verduurzaming die zij beoogt. Wij doen twaalf aanbevelingen, "
      "de meeste aan de minister van BZK, twee aan de minister van KGG en één aan beide ministers samen. Zij staan "
      "in paragraaf 5.2. De reacties "
      "van beide ministers en ons nawoord staan in hoofdstuk 6."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De gebouwde omgeving moet volgens het Klimaatakkoord in 2030 3,4 megaton minder CO2 uitstoten dan in 2015. Het "
      "maatschappelijk vastgoed telt ongeveer 185.000 gebouwen, waarvan een groot deel uit de jaren zestig en "
      "zeventig stamt en slecht geïsoleerd is. De eigenaren zijn heel verschillend: gemeenten met honderden "
      "gebouwen, schoolbesturen, zorginstellingen en woningcorporaties, maar ook duizenden verenigingen en "
      "stichtingen met één clubhuis, één dorpshuis of één kerk."),
    P("Om deze eigenaren op weg te helpen heeft de minister van BZK in 2022 de SVMV opengesteld. Eigenaren kunnen "
      "subsidie krijgen voor een deel van de kosten van een energieadvies en van maatregelen zoals isolatie, "
      "warmtepompen, ventilatie met warmteterugwinning en zonnepanelen. Het budget is aanzienlijk en de regeling "
      "is populair: elk jaar wordt zij ruim overtekend. De Tweede Kamer heeft meermaals gevraagd of het geld goed "
      "terechtkomt, onder meer in een motie over kerkgebouwen en ander religieus erfgoed.", footnotes=(
        "Motie van het lid Verbeek-Hamstra over verduurzaming van religieus erfgoed, Kamerstukken II "
        "2023/24, 32 847, nr. 1141 (fictief).",)),
    P("De Rekenkamer van het Rijk heeft de SVMV in haar strategie voor 2024-2027 aangemerkt als een van de grotere "
      "klimaatuitgaven waarvan de doeltreffendheid nog niet is onderzocht. Dit rapport is daarvan het resultaat."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek beantwoordt de volgende vragen:"),
    ItemList(items=(
        ListItem("Welke doelen heeft de minister van BZK met de SVMV, en zijn die zo geformuleerd dat het bereiken "
                 "ervan kan worden vastgesteld?"),
        ListItem("Bij welke eigenaren en sectoren komt het subsidiegeld terecht, en sluit dat aan bij de doelgroep "
                 "die de regeling voor ogen heeft?"),
        ListItem("Is de uitvoering door RVO, en in het bijzonder de controle op de besteding, doelmatig en "
                 "rechtmatig ingericht?"),
        ListItem("Hoe verhoudt de SVMV zich tot andere subsidies voor dezelfde gebouwen, in het bijzonder de REMO?"),
        ListItem("Wat is bekend over de energiebesparing en de CO2-reductie die met de SVMV worden bereikt, en hoe "
                 "informeert de minister het parlement daarover?"),
    ), style="1."),
    H2("1.3 Aanpak en afbakening"),
    P("Het onderzoek richt zich op de eerste drie openstellingen van de SVMV, in 2022, 2023 en 2024. Wij hebben de "
      "volgende werkzaamheden verricht:"),
    bullets(
        "een analyse van alle 8.640 aanvragen uit die drie jaren, met de gegevens over aanvrager, gebouw, "
        "maatregelen, bedragen en de stand van de vaststelling, die RVO ons ter beschikking stelde;",
        "een vergelijking van deze gegevens met de registratie van de REMO en met de openbare registratie van "
        "energielabels;",
        "een bezoek ter plaatse aan 60 gebouwen waarvan de subsidie in 2024 was vastgesteld, geselecteerd door een "
        "gestratificeerde steekproef naar sector en subsidiebedrag;",
        "interviews met 38 betrokkenen: medewerkers van BZK, KGG en RVO, vertegenwoordigers van de sectoren, "
        "adviseurs en installateurs, en eigenaren die wel en geen subsidie kregen;",
        "een enquête onder 1.214 eigenaren van maatschappelijk vastgoed, uitgezet via de brancheorganisaties.",
    ),
    P("Wij hebben niet onderzocht of de gekozen maatregelen technisch de beste keuze waren voor het betreffende "
      "gebouw. Evenmin hebben wij de fiscale regelingen voor energie-investeringen onderzocht. Onderwijsgebouwen "
      "vallen in dit onderzoek wel onder de SVMV, maar niet onder de afzonderlijke regeling voor schoolventilatie "
      "van de minister van Onderwijs, Cultuur en Wetenschap."),
    P("De normen waaraan wij de regeling en de uitvoering hebben getoetst, staan in bijlage 1. Zij zijn ontleend aan "
      "de Comptabiliteitswet 2016, de Regeling periodiek evaluatieonderzoek en het Uniform subsidiekader."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de SVMV, de REMO, de verdeling van verantwoordelijkheden en de wijzigingen sinds de start. In hoofdstuk 3 gaan wij in "
      "op de vraag bij wie het geld terechtkomt. Hoofdstuk 4 behandelt de uitvoering, de controle, de stapeling "
      "met de REMO en het effect. Hoofdstuk 5 bevat onze conclusies en aanbevelingen. In hoofdstuk 6 vatten wij de "
      "reacties van de minister van BZK en de minister van KGG samen en geven wij ons nawoord."),
    H("2 De regelingen"),
    H2("2.1 De Subsidieregeling Verduurzaming Maatschappelijk Vastgoed"),
    P("De SVMV is een subsidieregeling op grond van de Kaderwet subsidies BZK. Eigenaren van maatschappelijk "
      "vastgoed kunnen eenmaal per jaar, in een openstellingsperiode, subsidie aanvragen. De subsidie bedraagt 30 "
      "procent van de subsidiabele kosten, met een maximum van 1,5 miljoen euro per gebouw. Voor het energieadvies "
      "dat aan de maatregelen voorafgaat, bedraagt de subsidie 50 procent. De aanvrager kiest zelf de maatregelen "
      "uit een lijst in de bijlage bij de regeling; er geldt geen eis aan de energieprestatie van het gebouw na "
      "afloop."),
    P("Na de verlening heeft de eigenaar drie jaar om de maatregelen uit te voeren. Daarna vraagt hij de "
      "vaststelling aan. Voor subsidies tot 125.000 euro volstaat daarbij een verklaring dat de maatregelen zijn "
      "uitgevoerd; alleen bij hogere bedragen moet de eigenaar facturen en een controleverklaring meesturen.",
        footnotes=("Artikelen 14 en 15 van de regeling (fictief); de grens van 125.000 euro volgt het Uniform "
                   "subsidiekader.",)),
    P("Tabel 1 toont het budget en het aantal aanvragen per openstelling."),
    Table(
        header=("Openstelling", "Budget (mln euro)", "Aanvragen", "Toegekend", "Budget uitgeput na"),
        rows=(
            ("2022", "150", "2.140", "1.920", "5 weken"),
            ("2023", "200", "3.020", "2.410", "9 dagen"),
            ("2024", "220", "3.480", "2.650", "3 dagen"),
            ("Totaal", "570", "8.640", "6.980", ""),
        ),
        widths=(1.2, 1.3, 1.1, 1.1, 1.4),
    ),
    P("Bron: RVO, bewerking Rekenkamer van het Rijk. Voor de jaren 2025 tot en met 2030 is in totaal nog 585 miljoen "
      "euro beschikbaar."),
    H2("2.2 De Regeling Energiebesparing Maatschappelijke Organisaties"),
    P("De REMO is een regeling van de minister van KGG. Zij is ouder dan de SVMV en richt zich op maatschappelijke "
      "organisaties met een beperkt energieverbruik, zoals verenigingen, stichtingen en kleine zorginstellingen. De "
      "REMO subsidieert een deel van de kosten van energiebesparende maatregelen en kleinschalige opwekking van "
      "duurzame energie. Ook de REMO wordt door RVO uitgevoerd, maar door een andere afdeling en met een ander "
      "registratiesysteem."),
    P("Beide regelingen verbieden dat voor dezelfde kosten ook andere subsidie wordt ontvangen. De aanvrager moet "
      "verklaren dat dit niet het geval is. Of die verklaring juist is, wordt bij geen van beide regelingen "
      "stelselmatig nagegaan."),
    H2("2.3 Verantwoordelijkheden"),
    P("De minister van BZK is verantwoordelijk voor het beleid voor de verduurzaming van de gebouwde omgeving, "
      "voor de SVMV en voor de verantwoording daarover aan het parlement. De minister van KGG is verantwoordelijk "
      "voor de REMO, voor het energiebesparingsbeleid voor bedrijven en instellingen en voor het beleid voor het "
      "elektriciteitsnet, waaronder de aanpak van netcongestie. RVO voert beide regelingen uit in opdracht van de "
      "ministers en legt daarover verantwoording af in een jaarlijkse uitvoeringsrapportage."),
    P("Eigenaren van gebouwen met een energieverbruik boven 50.000 kWh elektriciteit of 25.000 m3 aardgas moeten "
      "bovendien eens in de vier jaar aan RVO melden welke energiebesparende maatregelen zij hebben genomen. Deze "
      "informatieplicht energiebesparing valt onder de minister van KGG. Het toezicht erop ligt bij de "
      "omgevingsdiensten."),
    H2("2.4 Doelen van de regeling"),
    P("In de toelichting bij de SVMV staat dat de regeling moet bijdragen aan het doel van de sectorale routekaarten "
      "om het maatschappelijk vastgoed in 2050 CO2-arm te maken, met een tussendoel van 55 procent minder uitstoot in "
      "2030. Hoeveel de SVMV daaraan moet bijdragen, is niet vastgelegd. Ook per sector is geen doel gesteld. In de "
      "begroting van BZK is de enige prestatie-indicator het percentage van het budget dat wordt toegekend."),
    P("Medewerkers van BZK gaven in interviews aan dat de regeling bij de start vooral bedoeld was om ‘de markt op "
      "gang te brengen’ en dat een meetbaar doel destijds niet nodig werd gevonden. Een beleidstheorie die "
      "beschrijft hoe de subsidie leidt tot meer of snellere verduurzaming, ontbreekt."),
    H2("2.5 Wijzigingen sinds de start"),
    P("De SVMV is sinds 2022 twee keer gewijzigd. In 2023 is de lijst met subsidiabele maatregelen uitgebreid met "
      "ventilatie met warmteterugwinning en met de aansluiting op een warmtenet. In 2024 is het maximumbedrag per "
      "gebouw verhoogd van 1 miljoen naar 1,5 miljoen euro, omdat grote gebouwen zoals ziekenhuizen en "
      "zwembaden anders nauwelijks gebruik konden maken van de regeling. Aan de verdelingswijze, de "
      "controle bij de vaststelling en de verantwoording is sinds de start niets veranderd."),
    P("Ook in de uitvoeringsrapportages van RVO zijn signalen te vinden die in dit rapport terugkomen. RVO meldde in "
      "2023 en 2024 dat de regeling ‘binnen zeer korte tijd’ werd overtekend en dat een ‘aanzienlijk deel’ van de "
      "aanvragen door intermediairs werd ingediend. RVO adviseerde BZK in 2024 om een andere verdelingswijze te "
      "overwegen. BZK heeft dit advies niet overgenomen, omdat een wijziging voor de openstelling van 2025 niet meer "
      "haalbaar was."),
    H("3 Bereik en verdeling van het geld"),
    H2("3.1 Verdeling over sectoren"),
    P("De SVMV staat open voor elf categorieën maatschappelijk vastgoed. Tabel 2 laat zien hoe het toegekende bedrag "
      "over de belangrijkste sectoren is verdeeld, afgezet tegen het aandeel van de sector in de totale CO2-uitstoot "
      "van het maatschappelijk vastgoed."),
    Table(
        header=("Sector", "Toegekend 2022-2024 (mln euro)", "Aandeel in toegekend bedrag", "Aandeel in uitstoot"),
        rows=(
            ("Onderwijs", "168", "31%", "24%"),
            ("Zorg", "121", "22%", "27%"),
            ("Gemeentelijk vastgoed", "89", "16%", "11%"),
            ("Sport", "77", "14%", "13%"),
            ("Cultuur", "49", "9%", "8%"),
            ("Religieus erfgoed", "21", "4%", "9%"),
            ("Overig", "22", "4%", "8%"),
        ),
        widths=(1.6, 1.6, 1.5, 1.3),
        rules="rows",
    ),
    P("Bron: RVO en sectorale routekaarten; bewerking Rekenkamer van het Rijk."),
    P("Onderwijs en gemeentelijk vastgoed ontvangen naar verhouding meer dan hun aandeel in de uitstoot. Voor "
      "religieus erfgoed en de categorie ‘overig’, waarin onder meer dorpshuizen, scoutinggebouwen en "
      "jongerencentra vallen, is het omgekeerd het geval. De minister heeft geen uitgangspunt vastgelegd over "
      "hoe het geld over de sectoren verdeeld zou moeten worden, zodat niet kan worden gezegd of deze verdeling "
      "gewenst is."),
    H2("3.2 Wie het eerst komt, het eerst maalt"),
    P("De SVMV verdeelt het budget op volgorde van binnenkomst van volledige aanvragen. Zodra het subsidieplafond is "
      "bereikt, worden latere aanvragen afgewezen, ongeacht de kwaliteit of de kosteneffectiviteit van de "
      "voorgestelde maatregelen. In 2022 bleef de regeling nog vijf weken open; in 2024 was het budget na 62 uur "
      "vergeven. Van de aanvragen die in 2024 werden afgewezen, kwam 84 procent van eigenaren met één of twee "
      "gebouwen."),
    P("Uit de interviews blijkt dat grote eigenaren zich op de openstelling voorbereiden. Gemeenten en schoolbesturen "
      "laten hun aanvragen maanden vooraf opstellen door gespecialiseerde adviesbureaus en dienen ze in de eerste "
      "minuten na de openstelling in. Een penningmeester van een tennisvereniging vertelde ons dat de vereniging "
      "twee jaar achter elkaar ‘een paar uur te laat’ was, terwijl het bestuur pas na de openstelling hoorde dat de "
      "regeling weer open was."),
    P("Wij hebben voor de aanvragen uit 2024 berekend hoeveel euro subsidie nodig was per ton vermeden CO2, op basis "
      "van de besparing die de aanvragers zelf opgaven. De spreiding is groot: van minder dan 40 euro tot ruim 900 "
      "euro per ton over de levensduur van de maatregelen. Een deel van de afgewezen aanvragen had een gunstiger "
      "verhouding dan een deel van de toegekende. Een verdeling die aanvragen rangschikt, bijvoorbeeld op "
      "kosteneffectiviteit, zou met hetzelfde budget naar onze berekening 20 tot 30 procent meer CO2-reductie "
      "opleveren.", footnotes=(
        "De berekening gaat uit van de door aanvragers opgegeven besparing en is daarmee een bovengrens; zie ook "
        "paragraaf 4.3.",)),
    H2("3.3 Kleine eigenaren"),
    P("Ongeveer 60 procent van de eigenaren van maatschappelijk vastgoed heeft één gebouw. Zij hebben doorgaans geen "
      "eigen vastgoedafdeling en zijn afhankelijk van vrijwilligers. In onze enquête noemden kleine eigenaren drie "
      "belemmeringen die hen ervan weerhouden om subsidie aan te vragen:"),
    bullets(
        "zij weten niet welke maatregelen voor hun gebouw verstandig zijn en in welke volgorde (61 procent);",
        "de aanvraag vraagt gegevens, zoals een maatwerkadvies en offertes, die zij niet op tijd rond krijgen "
        "(48 procent);",
        "zij kunnen de overige 70 procent van de kosten niet of niet tijdig financieren (44 procent).",
        style="–",
    ),
    P("Eigenaren met meer dan tien gebouwen, ongeveer 12 procent van de aanvragers, ontvingen 71 procent van het "
      "toegekende bedrag. BZK heeft in 2023 een informatiecampagne gehouden voor kleine eigenaren, maar een "
      "afzonderlijk budget of ondersteuning bij de aanvraag is er niet. Enkele provincies bieden wel een "
      "energiecoach voor verenigingen; die ondersteuning is niet op de SVMV afgestemd."),
    H2("3.4 Netcongestie"),
    P("Voor een deel van de maatregelen, in het bijzonder warmtepompen, is een zwaardere aansluiting op het "
      "elektriciteitsnet nodig. In grote delen van het land is het net vol. Van de projecten uit 2022 en 2023 met een "
      "warmtepomp heeft een op de zes de realisatietermijn niet kunnen halen omdat de netbeheerder de aansluiting "
      "niet tijdig kon leveren. RVO verleent dan soms uitstel, maar daarvoor bestaat geen vaste regel. Elf procent "
      "van alle eigenaren vroeg om verlenging; 43 eigenaren hebben de subsidie teruggegeven."),
    P("Maatschappelijk vastgoed krijgt bij de aansluiting op het net geen voorrang. Het prioriteringskader van de "
      "Autoriteit Consument en Markt geeft voorrang aan onder meer scholen en zorginstellingen, maar niet aan "
      "sportaccommodaties, dorpshuizen en culturele gebouwen."),
    H("4 Uitvoering, controle en effect"),
    H2("4.1 Controle op de besteding"),
    P("RVO controleert de vaststelling van subsidies tot 125.000 euro, ruim 80 procent van het aantal projecten, "
      "alleen door een steekproef. In die steekproef wordt bij 5 procent van de projecten om bewijsstukken gevraagd; "
      "een bezoek ter plaatse vindt bij minder dan 1 procent plaats. Over 2024 ging het om 14 bezoeken."),
    P("Wij hebben zelf 60 gebouwen bezocht (zie bijlage 2 voor de opzet van de steekproef). Bij 51 waren alle maatregelen uitgevoerd zoals in de aanvraag "
      "beschreven. Bij 9 projecten was dat niet het geval:"),
    bullets(
        "bij vier projecten was de isolatie van dak of gevel slechts voor een deel van het gebouw aangebracht;",
        "bij drie projecten was in plaats van de gesubsidieerde warmtepomp een hybride systeem geplaatst, met een "
        "lagere besparing;",
        "bij twee projecten waren de zonnepanelen op een ander gebouw van dezelfde eigenaar gelegd, dat niet onder de "
        "aanvraag viel.",
    ),
    P("Het gaat bij deze 9 projecten om 412.000 euro aan subsidie, waarvan naar schatting 160.000 euro ten onrechte is "
      "vastgesteld. Wij hebben geen aanwijzingen voor opzet gevonden; in de meeste gevallen hadden eigenaren hun "
      "plannen aangepast zonder te weten dat zij dat moesten melden. Het laat wel zien dat de huidige controle geen "
      "betrouwbaar beeld geeft van wat er met het geld is gebeurd."),
    H2("4.2 Stapeling met de REMO"),
    P("Wij hebben de adressen van de SVMV-projecten vergeleken met die van de REMO-projecten uit dezelfde periode. "
      "Voor 214 adressen is uit beide regelingen subsidie verstrekt. In de meeste gevallen ging het om verschillende "
      "maatregelen, wat is toegestaan. Bij 37 projecten ging het om dezelfde maatregel, bijvoorbeeld dezelfde "
      "warmtepomp of hetzelfde dakisolatieproject. Daarmee is in totaal 6,4 miljoen euro gemoeid."),
    P("RVO kan deze vergelijking technisch maken, maar doet dat niet, omdat de regelingen onder verschillende "
      "opdrachtgevers vallen en de afdelingen die ze uitvoeren elk een eigen systeem gebruiken. Aanvragers moeten "
      "zich voor beide regelingen afzonderlijk melden, met verschillende formulieren en voorwaarden. Verschillende "
      "eigenaren zeiden ons niet te weten welke regeling voor hen de juiste was; adviseurs dienen daarom "
      "regelmatig bij beide een aanvraag in."),
    H2("4.3 Effect van de regeling"),
    P("RVO berekent bij de verlening hoeveel CO2 de aangevraagde maatregelen zouden moeten besparen. Opgeteld komt "
      "dat voor de eerste drie openstellingen uit op 0,21 megaton per jaar. Die berekening gaat uit van de opgave "
      "van de aanvrager en van standaardwaarden per maatregel. Of de maatregelen zijn uitgevoerd en wat zij in de "
      "praktijk besparen, wordt niet gemeten."),
    P("Het energielabel is een eenvoudige indicator van de energieprestatie van een gebouw. Van 18 procent van de "
      "vastgestelde projecten is een label van na de maatregelen geregistreerd. Bij deze projecten verbeterde het "
      "label gemiddeld met twee klassen. Omdat deze groep niet representatief is, kunnen wij daar geen conclusie "
      "voor de hele regeling aan verbinden."),
    P("Er bestaat bovendien geen landelijk beeld van de energieprestatie van het maatschappelijk vastgoed als geheel. "
      "De sectoren houden in het kader van hun routekaarten elk op een eigen manier gegevens bij, en van een groot "
      "deel van de gebouwen is geen label bekend. Daardoor kan ook niet worden vastgesteld of de sector als geheel op "
      "koers ligt voor het tussendoel van 2030. Ook de gegevens die eigenaren in het kader van de informatieplicht "
      "energiebesparing bij RVO melden, worden niet gebruikt om de voortgang te volgen."),
    P("De SVMV loopt tot en met 2030. Volgens de Regeling periodiek evaluatieonderzoek moet de regeling uiterlijk "
      "in 2029 worden geëvalueerd. Een tussentijdse evaluatie is niet gepland, terwijl de minister vóór 2028 moet "
      "besluiten over het budget voor de laatste jaren."),
    H2("4.4 Uitvoeringskosten"),
    P("RVO ontvangt voor de uitvoering van de SVMV een vergoeding van BZK. Over 2024 bedroeg die 7,8 miljoen euro, "
      "ongeveer 3,5 procent van het budget van dat jaar. Dat is laag vergeleken met andere subsidieregelingen van "
      "vergelijkbare omvang. De lage kosten hangen samen met de eenvoudige verdeling en de beperkte controle. Een "
      "uitgebreidere controle bij de vaststelling zou naar een eerste schatting van RVO 2 tot 2,5 miljoen euro per "
      "jaar extra kosten. Daar staat tegenover dat de controle onterecht vastgestelde subsidie aan het licht brengt "
      "en eigenaren stimuleert om de maatregelen uit te voeren zoals aangevraagd."),
    H2("4.5 Informatie aan het parlement"),
    P("De minister van BZK informeert de Tweede Kamer over de SVMV via de begroting en het jaarverslag en via de "
      "jaarlijkse voortgangsbrief over de verduurzaming van de gebouwde omgeving. In het jaarverslag staat hoeveel "
      "subsidie is toegekend. Hoeveel is vastgesteld, hoeveel is teruggevorderd, hoe het geld over de sectoren is "
      "verdeeld en welke besparing is gerealiseerd, staat er niet in. De voortgangsbrief noemt de verwachte "
      "CO2-reductie uit paragraaf 4.3 zonder te vermelden dat het een schatting op basis van aanvragen is."),
    H("5 Conclusies en aanbevelingen"),
    H2("5.1 Conclusies"),
    P("Conclusie 1 – De SVMV heeft geen toetsbare doelen", bold=True),
    P("De minister van BZK heeft niet vastgelegd hoeveel de SVMV moet bijdragen aan de CO2-reductie van het "
      "maatschappelijk vastgoed, of in welke sectoren. Het enige doel dat wordt gevolgd, is dat het budget wordt "
      "uitgeput. Daarmee kan de minister niet beoordelen of de regeling werkt en of het geld elders meer zou "
      "opleveren."),
    P("Conclusie 2 – De verdeling bevoordeelt grote en goed voorbereide eigenaren", bold=True),
    P("Door de verdeling op volgorde van binnenkomst komt het geld vooral terecht bij eigenaren die de aanvraag "
      "professioneel kunnen voorbereiden. Kleine eigenaren, die de regeling ook op het oog heeft, komen nauwelijks aan "
      "bod. De volgorde van binnenkomst zegt bovendien niets over de kosteneffectiviteit van de maatregelen."),
    P("Conclusie 3 – De controle op de besteding is te beperkt", bold=True),
    P("Voor het grootste deel van de projecten stelt RVO de subsidie vast op basis van een verklaring van de "
      "aanvrager, met een kleine steekproef en vrijwel geen controle ter plaatse. Onze bezoeken laten zien dat een "
      "deel van de maatregelen niet of anders wordt uitgevoerd. De regeling stelt daarnaast geen eis aan het "
      "resultaat: ook een gebouw dat na de maatregelen nog label G heeft, kan volledig subsidie krijgen."),
    P("Conclusie 4 – De SVMV en de REMO werken langs elkaar heen", bold=True),
    P("Twee regelingen voor deels dezelfde eigenaren worden door dezelfde uitvoerder, maar in gescheiden systemen "
      "uitgevoerd. Dat leidt tot dubbele subsidie voor dezelfde maatregel en tot verwarring bij aanvragers. Ook de "
      "gegevens uit de informatieplicht energiebesparing blijven onbenut. Netcongestie vertraagt een groeiend deel "
      "van de projecten, zonder dat de regeling of het netbeleid daarop is ingericht."),
    P("Conclusie 5 – Het effect is onbekend en het parlement krijgt een te rooskleurig beeld", bold=True),
    P("Er wordt niet gemeten wat de gesubsidieerde maatregelen besparen, en er is geen landelijk beeld van de "
      "energieprestatie van het maatschappelijk vastgoed. Het jaarverslag meldt alleen het toegekende bedrag, en de "
      "voortgangsbrief presenteert een schatting als resultaat. De evaluatie komt pas nadat het besluit over de "
      "laatste jaren van de regeling is genomen."),
    H2("5.2 Aanbevelingen"),
    P("Op grond van deze conclusies doen wij de volgende aanbevelingen. Waar niet anders vermeld, zijn zij gericht "
      "aan de minister van BZK."),
    ItemList(items=(
        rec(1, "Stel voor de SVMV meetbare doelen vast voor de energiebesparing en de CO2-reductie, zowel voor de "
               "regeling als geheel als per sector, en leg vast hoe en wanneer wordt gemeten of die doelen worden "
               "bereikt.", "BZK"),
        rec(2, "Laat RVO bij de vaststelling van elke subsidie de gerealiseerde energieprestatie vastleggen, op basis "
               "van het energielabel of een energieprestatieberekening van vóór en na de maatregelen.", "BZK"),
        rec(3, "Vervang de verdeling op volgorde van binnenkomst door een verdeling waarbij aanvragen worden "
               "gerangschikt op kosteneffectiviteit, bijvoorbeeld in de vorm van een tender.", "BZK"),
        rec(4, "Reserveer een deel van het budget voor eigenaren met één of enkele gebouwen, en bied hen "
               "ondersteuning bij het opstellen van een maatwerkadvies en de aanvraag.", "BZK"),
        rec(5, "Laat RVO het aantal controles bij de vaststelling, en in het bijzonder het aantal controles ter "
               "plaatse, zo verhogen dat een betrouwbaar beeld ontstaat van de mate waarin de maatregelen zijn "
               "uitgevoerd.", "BZK"),
        rec(6, "Voorkom, samen met de minister van KGG, dubbele subsidie door de registraties van de SVMV en de REMO "
               "bij RVO aan elkaar te koppelen, en richt voor beide regelingen één loket in voor aanvragers.",
            "BZK", "EZ"),
        rec(7, "Wij bevelen de minister van KGG aan de gegevens uit de informatieplicht energiebesparing te "
               "gebruiken om de voortgang van de verduurzaming van het maatschappelijk vastgoed te volgen, en deze "
               "daartoe met de subsidiegegevens van RVO te verbinden.", "EZ"),
        rec(8, "Laat uiterlijk in 2027 een tussentijdse evaluatie uitvoeren naar de doeltreffendheid en de "
               "doelmatigheid van de SVMV, en betrek de uitkomsten bij het besluit over het budget voor de jaren "
               "2028 tot en met 2030.", "BZK"),
        rec(9, "Breng, samen met de sectoren, een landelijk beeld tot stand van de energieprestatie van het "
               "maatschappelijk vastgoed, zodat kan worden gevolgd of het tussendoel voor 2030 binnen bereik is.",
            "BZK"),
        rec(10, "Verbind de subsidie aan een resultaat: stel als voorwaarde dat het gebouw na de maatregelen ten "
                "minste een bepaald energielabel of een bepaalde verbetering van de energieprestatie bereikt.",
            "BZK"),
        rec(11, "Wij bevelen de minister van KGG aan om maatschappelijk vastgoed dat met subsidie wordt verduurzaamd, "
                "voorrang te geven bij de aansluiting op het elektriciteitsnet, en daarover afspraken te maken met "
                "de netbeheerders en de ACM.", "EZ"),
        rec(12, "Neem in het jaarverslag van BZK op hoeveel SVMV-subsidie per sector is verleend en vastgesteld en "
                "welke energiebesparing daarmee is gerealiseerd, en vermeld in de voortgangsbrief duidelijk wat "
                "schatting is en wat gemeten resultaat.", "BZK"),
    ), style="1."),
    H("6 Reactie minister en nawoord Rekenkamer"),
    P("Wij hebben ons conceptrapport op 16 januari 2025 voorgelegd aan de minister van BZK en de minister van KGG. "
      "De minister van BZK reageerde op 14 februari 2025, mede namens de minister van KGG, die daarnaast zelf op de "
      "aan hem gerichte aanbevelingen inging. Hieronder vatten wij de reacties samen. De volledige tekst staat op "
      "onze website."),
    H2("6.1 Reactie van de minister van BZK"),
    P("De minister van BZK schrijft dat zij het rapport als waardevol ervaart en dat het verschijnt op een moment "
      "dat de regeling toch al wordt herzien. Zij herkent het beeld dat de SVMV vooral door grote eigenaren wordt "
      "benut en dat het effect onvoldoende in beeld is. Wel wijst zij erop dat de regeling bewust eenvoudig is "
      "gehouden om de drempel voor aanvragers laag te houden, en dat iedere extra eis de lasten voor eigenaren en "
      "RVO verhoogt."),
    P("De minister neemt de aanbevelingen 1 en 2 over. Zij zal in de gewijzigde regeling doelen per sector opnemen en "
      "RVO vragen het energielabel vóór en na de maatregelen te registreren. Ook aanbeveling 12 neemt zij over: vanaf "
      "het jaarverslag over 2025 zal BZK meer informatie over de resultaten opnemen."),
    P("Over aanbeveling 3 schrijft de minister dat zij een tender zal bezien, maar dat zij vreest dat kleine "
      "eigenaren daardoor nog verder achterop raken. Aanbeveling 4 neemt zij over, ‘binnen de financiële kaders’. "
      "Aanbeveling 5 zal zij met RVO bespreken; zij wil eerst weten wat een uitbreiding van de controles kost, "
      "voordat zij daarover een besluit neemt."),
    P("De minister onderschrijft aanbeveling 6 en kondigt aan dat beide ministeries met RVO zullen nagaan hoe de "
      "registraties kunnen worden gekoppeld. De tussentijdse evaluatie (aanbeveling 8) laat zij uitvoeren. Voor "
      "het landelijke beeld van aanbeveling 9 zal zij bezien wat de sectoren met hun routekaarten al aanleveren. "
      "Aanbeveling 10 neemt de minister over voor de openstellingen vanaf 2026: zij wil dan een minimale "
      "labelsprong als voorwaarde stellen."),
    H2("6.2 Reactie van de minister van KGG"),
    P("De minister van KGG schrijft dat hij het van belang vindt dat de gegevens uit de informatieplicht beter "
      "worden benut. Hij zal met RVO verkennen hoe die gegevens met de subsidiegegevens kunnen worden verbonden "
      "(aanbeveling 7). Aanbeveling 11 neemt hij niet over. Het prioriteringskader van de ACM biedt volgens hem al "
      "ruimte voor maatschappelijke voorrang, en een afzonderlijke voorrangscategorie voor gesubsidieerde gebouwen "
      "zou ten koste gaan van andere maatschappelijke functies die op aansluiting wachten."),
    H2("6.3 Nawoord Rekenkamer"),
    P("Wij zijn verheugd dat de minister van BZK de meeste aanbevelingen overneemt en dat zij de regeling op korte "
      "termijn wil aanpassen. Wij zullen volgen of de doelen per sector en de registratie van de energieprestatie er "
      "daadwerkelijk komen, en of het jaarverslag over 2025 de beloofde informatie bevat."),
    P("Minder gerust zijn wij over de aanbevelingen 3 en 5. Het ‘bezien’ van een andere verdeling en het bespreken "
      "van de controles met RVO zijn geen toezeggingen. Juist de combinatie van een verdeling die het snelste loket "
      "beloont en een controle die vrijwel niets ziet, maakt de regeling kwetsbaar. Wij vragen de minister de "
      "Tweede Kamer vóór het einde van 2025 te laten weten wat zij met deze aanbevelingen doet."),
    P("De minister van KGG wijst voorrang bij de netaansluiting af. Wij begrijpen dat schaarse netcapaciteit niet "
      "twee keer kan worden uitgedeeld. Zolang projecten met subsidie vastlopen op de aansluiting, blijft publiek "
      "geld echter ongebruikt liggen of wordt het teruggegeven. Als voorrang niet mogelijk is, ligt het op de weg "
      "van beide ministers om op een andere manier te voorkomen dat eigenaren door netcongestie hun subsidie "
      "verliezen."),
    PageBreak(),
    H("Bijlage 1 Normen"),
    P("Tabel 3 geeft de normen waaraan wij de SVMV en de uitvoering ervan hebben getoetst."),
    Table(
        header=("Onderwerp", "Norm", "Bron"),
        rows=(
            ("Doelen", "De regeling heeft specifieke, meetbare en tijdgebonden doelen, en een onderbouwing hoe de "
                       "subsidie tot die doelen leidt.", "Comptabiliteitswet 2016, art. 3.1"),
            ("Verdeling", "De verdelingswijze past bij het doel en de doelgroep van de regeling.",
             "Uniform subsidiekader"),
            ("Controle", "De controle op de besteding geeft redelijke zekerheid over de rechtmatigheid, in verhouding "
                         "tot het risico en de lasten.", "Uniform subsidiekader; Kaderwet subsidies BZK"),
            ("Samenhang", "Stapeling met andere subsidies voor dezelfde kosten wordt voorkomen en gecontroleerd.",
             "Regeling (fictief), art. 6"),
            ("Effect", "De minister beschikt over informatie over de doeltreffendheid en doelmatigheid en evalueert "
                       "tijdig.", "Regeling periodiek evaluatieonderzoek"),
            ("Verantwoording", "Het parlement krijgt juiste en volledige informatie over prestaties en resultaten.",
             "Comptabiliteitswet 2016, art. 2.31"),
        ),
        widths=(1.1, 3.2, 1.7),
    ),
    H("Bijlage 2 Verantwoording van de steekproef"),
    P("Voor de bezoeken ter plaatse (paragraaf 4.1) hebben wij uit de 2.236 in 2024 vastgestelde subsidies een "
      "steekproef van 60 projecten getrokken, gestratificeerd naar sector en naar subsidiebedrag. Projecten boven "
      "125.000 euro zijn oververtegenwoordigd, omdat daar de grootste bedragen in omgaan. Bij de bezoeken is "
      "vergeleken wat in de aanvraag en de vaststelling was opgegeven met wat ter plaatse was aangebracht. De "
      "bevindingen zijn aan de eigenaren voorgelegd; hun reacties zijn verwerkt."),
    Table(
        header=("Subsidiebedrag", "Vastgesteld in 2024", "In steekproef", "Afwijking gevonden"),
        rows=(
            ("tot 25.000 euro", "1.104", "15", "3"),
            ("25.000 tot 125.000 euro", "742", "20", "4"),
            ("125.000 euro en meer", "390", "25", "2"),
            ("Totaal", "2.236", "60", "9"),
        ),
        widths=(1.8, 1.5, 1.3, 1.5),
        rules="rows",
    ),
    P("Omdat de steekproef gestratificeerd is en klein, zijn de uitkomsten niet zonder meer naar de hele regeling te "
      "extrapoleren. Zij geven wel een indicatie dat afwijkingen vooral bij de kleinere subsidies voorkomen, waar "
      "RVO het minst controleert."),
    H("Bijlage 3 Afkortingen"),
    bullets(
        "ACM – Autoriteit Consument en Markt",
        "BZK – Binnenlandse Zaken en Koninkrijksrelaties",
        "KGG – Klimaat en Groene Groei",
        "REMO – Regeling Energiebesparing Maatschappelijke Organisaties",
        "RVO – Rijksdienst voor Ondernemend Nederland",
        "SVMV – Subsidieregeling Verduurzaming Maatschappelijk Vastgoed",
        style="–",
    ),
    H("Bijlage 4 Bronnen"),
    bullets(
        "Ministerie van BZK, Subsidieregeling Verduurzaming Maatschappelijk Vastgoed, Staatscourant 2022 (fictief).",
        "Ministerie van BZK, Voortgangsbrief verduurzaming gebouwde omgeving 2024, Kamerstukken II 2024/25 (fictief).",
        "Ministerie van BZK, Jaarverslag 2023 en Jaarverslag 2024, hoofdstuk VII, artikel 4 (fictief).",
        "RVO, Uitvoeringsrapportage SVMV 2024 (fictief).",
        "Sectorale routekaarten maatschappelijk vastgoed, versies 2023 (fictief).",
    ),
)

REPORT = Document(
    title="Geld voor groen, maar met welk effect?",
    subtitle="Subsidies voor verduurzaming van maatschappelijk vastgoed",
    blocks=REPORT_BLOCKS,
    running_header="Rekenkamer van het Rijk  |  Subsidies voor verduurzaming van maatschappelijk vastgoed",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Rekenkamer van het Rijk", "Den Haag, 13 maart 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Op 13 maart 2025 publiceerde de Rekenkamer van het Rijk het rapport ‘Geld voor groen, maar met welk "
      "effect?’ over de Subsidieregeling Verduurzaming Maatschappelijk Vastgoed (SVMV). Mijn reactie op het "
      "conceptrapport is in dat rapport opgenomen. Ik heb toen toegezegd dat ik uw Kamer na de zomer zou informeren "
      "over de uitwerking van de aanbevelingen, en de Rekenkamer heeft in haar nawoord gevraagd om duidelijkheid "
      "over twee aanbevelingen waarover ik mij nog niet had uitgesproken. Met deze brief doe ik beide. Daarnaast "
      "informeer ik u over de stand van zaken van de regeling en over de motie-Verbeek-Hamstra."),
    P("Ik dank de Rekenkamer voor een grondig rapport. Het legt de vinger op een zere plek: de SVMV is populair en "
      "het geld vindt snel zijn weg, maar wat het oplevert, weten wij onvoldoende. De afgelopen maanden heb ik met "
      "RVO, de sectoren en het ministerie van Klimaat en Groene Groei (KGG) gewerkt aan een herziening van de "
      "regeling. Op een aantal punten ben ik daarbij tot een ander oordeel gekomen dan in mijn eerste reactie. Ik "
      "geef dat hieronder steeds aan."),
    H2("Stand van zaken"),
    P("De vierde openstelling van de SVMV liep van 2 tot en met 30 juni 2025. Voor deze openstelling golden al "
      "enkele aanpassingen die ik vooruitlopend op het rapport had doorgevoerd, zoals een langere "
      "aanvraagperiode met een loting bij overtekening op de eerste dag. Kort samengevat:"),
    bullets(
        "er kwamen 3.910 aanvragen binnen, waarvan 2.870 op de eerste dag;",
        "het budget van 230 miljoen euro is volledig toegekend aan 2.540 aanvragers;",
        "het aandeel van aanvragers met één gebouw steeg van 21 naar 29 procent;",
        "RVO heeft tot nu toe 5.310 subsidies uit de openstellingen van 2022 tot en met 2024 vastgesteld en 1,9 "
        "miljoen euro teruggevorderd.",
    ),
    Table(
        header=("Sector", "Aanvragen 2025", "Toegekend (mln euro)"),
        rows=(
            ("Onderwijs", "1.020", "68"),
            ("Zorg", "690", "51"),
            ("Gemeentelijk vastgoed", "540", "37"),
            ("Sport", "760", "33"),
            ("Cultuur en religieus erfgoed", "560", "27"),
            ("Overig", "340", "14"),
        ),
        widths=(2.4, 1.4, 1.6),
    ),
    P("De loting heeft de race om de eerste minuten verminderd, maar niet weggenomen: wie op de eerste dag niet "
      "aanvraagt, maakt nog altijd weinig kans. Daarmee blijft het kernpunt van de Rekenkamer overeind."),
    H2("Doelen, monitoring en verantwoording"),
    P("De Rekenkamer constateert dat de SVMV geen toetsbare doelen heeft. Dat is terecht. Aanbeveling 1 neem ik over. "
      "In de gewijzigde regeling, die ik in het voorjaar van 2026 publiceer, staat voor de regeling als geheel en "
      "voor zes sectoren hoeveel CO2-reductie in 2030 met de SVMV moet zijn bereikt, met de stand van 2024 als "
      "nulmeting. Elke twee jaar stelt RVO vast in hoeverre de gesubsidieerde projecten die doelen dichterbij "
      "brengen. Over die voortgang, en over de verdeling "
      "van het geld, moet uw Kamer ook in de gewone verantwoording kunnen lezen. Vanaf het jaarverslag over 2025 "
      "bevat artikel 4 van de BZK-begroting daarom een tabel met per sector het verleende en het vastgestelde "
      "bedrag en de daarmee gerealiseerde energiebesparing. In de voortgangsbrief onderscheid ik voortaan verwachte "
      "en gemeten besparing.",
      answers=(
          Answer("1", "agree", "Aanbeveling 1 neem ik over."),
          Answer("12", "agree",
                 "Vanaf het jaarverslag over 2025 bevat artikel 4 van de BZK-begroting daarom een tabel met per "
                 "sector het verleende en het vastgestelde bedrag en de daarmee gerealiseerde energiebesparing."),
      )),
    P("Gemeten besparing vraagt om gegevens over de energieprestatie van gebouwen. In mijn eerste reactie schreef ik "
      "dat ik RVO zou vragen voor alle projecten het energielabel vóór en na de maatregelen te registreren, zoals de "
      "Rekenkamer in aanbeveling 2 voorstelt. Bij de uitwerking bleek dat een nieuw label voor een klein project al "
      "snel 1.500 tot 3.000 euro kost, een groot deel van de subsidie zelf. Vanaf de openstelling van 2026 legt RVO "
      "bij de vaststelling de energieprestatie vóór en na de maatregelen vast voor projecten met een subsidie van "
      "meer dan 125.000 euro, maar niet voor kleinere projecten. Die grotere projecten vertegenwoordigen ongeveer "
      "drie kwart van het budget. Voor de kleinere projecten blijft RVO werken met standaardwaarden per maatregel.",
      answers=(
          Answer("2", "partial",
                 "Vanaf de openstelling van 2026 legt RVO bij de vaststelling de energieprestatie vóór en na de "
                 "maatregelen vast voor projecten met een subsidie van meer dan 125.000 euro, maar niet voor "
                 "kleinere projecten."),
      )),
    P("Aanbeveling 8 vraagt om een tussentijdse evaluatie, zodat ik de uitkomsten kan betrekken bij het besluit over "
      "het budget na 2027. Ik heb een onafhankelijk onderzoeksbureau opdracht gegeven voor die evaluatie. Het bureau "
      "onderzoekt de doeltreffendheid en de doelmatigheid van de regeling en gebruikt daarbij ook de steekproef van "
      "de Rekenkamer. Ik stuur u het evaluatierapport uiterlijk in september 2027, met mijn voorstel voor de jaren "
      "2028 tot en met 2030.",
      answers=(
          Answer("8", "agree",
                 "Ik heb een onafhankelijk onderzoeksbureau opdracht gegeven voor die evaluatie."),
      )),
    H2("Verdeling van het budget"),
    P("De Rekenkamer laat zien dat een verdeling op volgorde van binnenkomst grote, goed voorbereide eigenaren "
      "bevoordeelt en niets zegt over de kosteneffectiviteit van de maatregelen. Ik heb in mijn eerste reactie "
      "toegezegd een tender te bezien. Dat heb ik gedaan, samen met RVO en de sectoren. Een tender rangschikt "
      "aanvragen op euro's per vermeden ton CO2. Dat klinkt doelmatig, maar grote eigenaren met veel gelijksoortige "
      "gebouwen kunnen in zo'n rangschikking vrijwel altijd goedkoper besparen dan een dorpshuis of een "
      "voetbalkantine. Een tender zou de scheefheid die de Rekenkamer terecht signaleert, dus verder vergroten. "
      "Bovendien verdubbelen de kosten van het opstellen van een aanvraag als eigenaren moeten concurreren op "
      "berekeningen. Voor een verdeling via een tender kies ik daarom niet; de loting bij overtekening blijft.",
      answers=(
          Answer("3", "disagree",
                 "Voor een verdeling via een tender kies ik daarom niet; de loting bij overtekening blijft."),
      )),
    P("Het probleem van de kleine eigenaren pak ik langs een andere weg aan. Aanbeveling 4 sluit daarop aan. Met "
      "ingang van de openstelling van 2026 reserveer ik een vijfde van het subsidieplafond voor eigenaren met ten "
      "hoogste drie gebouwen, en zij kunnen via RVO kosteloos een procesbegeleider inschakelen die helpt bij het "
      "maatwerkadvies en de aanvraag. Deze begeleiders worden geleverd door de sectororganisaties, die ik daarvoor in "
      "2026 en 2027 samen 4 miljoen euro geef. Daarnaast mogen kleine eigenaren hun aanvraag al indienen zodra zij "
      "een offerte hebben, en hoeven zij het maatwerkadvies pas bij de vaststelling te overleggen.",
      answers=(
          Answer("4", "agree",
                 "Met ingang van de openstelling van 2026 reserveer ik een vijfde van het subsidieplafond voor "
                 "eigenaren met ten hoogste drie gebouwen, en zij kunnen via RVO kosteloos een procesbegeleider "
                 "inschakelen die helpt bij het maatwerkadvies en de aanvraag."),
      )),
    P("Aanbeveling 10 vraagt de subsidie te koppelen aan een minimale verbetering van het energielabel. In de "
      "reactie die in het rapport is opgenomen, heb ik aangegeven dat ik deze aanbeveling voor de openstellingen "
      "vanaf 2026 zou overnemen. Bij de uitwerking met de sectoren is gebleken dat een verplichte labelsprong juist "
      "de eigenaren zou uitsluiten die hun gebouw stap voor stap verduurzamen, vaak omdat zij niet alles tegelijk "
      "kunnen betalen. Een monumentale kerk of een sporthal uit 1970 haalt met één maatregel zelden twee "
      "labelklassen. Ik heb daarom besloten deze aanbeveling niet over te nemen.",
      answers=(
          Answer("10", "disagree", "Ik heb daarom besloten deze aanbeveling niet over te nemen."),
      )),
    H2("Controle en stapeling"),
    P("De bevindingen van de Rekenkamer over de controle bij de vaststelling nemen wij zeer serieus. In mijn "
      "bestuurlijke reactie heb ik aangegeven aanbeveling 5 eerst met RVO te willen bespreken. RVO heeft inmiddels "
      "uitgewerkt wat een uitgebreidere controle kost; dat is ongeveer 2,3 miljoen euro per jaar, die ik uit de "
      "uitvoeringsmiddelen van de regeling vrijmaak. Vanaf 1 januari 2026 controleert RVO bij 15 procent van de "
      "vaststellingen onder 125.000 euro de bewijsstukken, met ten minste 300 controles ter plaatse per jaar. De "
      "selectie gebeurt deels aselect en deels op basis van risico's, zoals een afwijking tussen aangevraagde en "
      "gemelde maatregelen. Eigenaren die hun plannen wijzigen, worden daar bij de verlening nadrukkelijker op "
      "gewezen.",
      answers=(
          Answer("5", "agree",
                 "Vanaf 1 januari 2026 controleert RVO bij 15 procent van de vaststellingen onder 125.000 euro de "
                 "bewijsstukken, met ten minste 300 controles ter plaatse per jaar."),
      )),
    P("Ook over de stapeling met de REMO heeft de Rekenkamer gelijk. Samen met de minister van KGG heb ik RVO "
      "opdracht gegeven de registraties van beide regelingen te koppelen; vanaf 1 januari 2026 wordt elke aanvraag "
      "automatisch getoetst aan de andere regeling, en RVO onderzoekt de 37 gevonden gevallen en vordert waar nodig "
      "terug. Over aanbeveling 6 hebben wij verder afgewogen of één loket voor beide regelingen meerwaarde heeft. De "
      "registraties worden gekoppeld, maar een gezamenlijk loket voor beide regelingen komt er niet, omdat de REMO in "
      "2027 afloopt en een nieuw loket voor die korte periode meer verwarring dan duidelijkheid zou geven. Op de "
      "website van RVO komt wel een keuzehulp die eigenaren wijst op de regeling die bij hen past.",
      answers=(
          Answer("6", "partial",
                 "De registraties worden gekoppeld, maar een gezamenlijk loket voor beide regelingen komt er niet, "
                 "omdat de REMO in 2027 afloopt en een nieuw loket voor die korte periode meer verwarring dan "
                 "duidelijkheid zou geven."),
      )),
    P("Aanbeveling 7 is gericht aan de minister van KGG en gaat over het gebruik van de gegevens uit de "
      "informatieplicht energiebesparing. De minister van KGG informeert uw Kamer daarover in de voortgangsbrief "
      "energiebesparing bedrijven en instellingen, die hij in het eerste kwartaal van 2026 verstuurt."),
    H2("Netcongestie"),
    P("Een groeiend aantal eigenaren kan een gesubsidieerde warmtepomp niet aansluiten omdat het net vol is. De "
      "minister van KGG en ik vinden het onwenselijk dat eigenaren daardoor hun subsidie moeten teruggeven. Over een "
      "aparte voorrangspositie bij de aansluiting hebben wij opnieuw overleg gehad, ook met de ACM en de "
      "netbeheerders. Het prioriteringskader van de ACM kent al voorrang voor onderwijs en zorg, en elke nieuwe "
      "voorrangscategorie verdringt andere wachtenden, zoals woningbouwprojecten. Een aparte voorrangscategorie voor "
      "maatschappelijk vastgoed komt er niet, maar aanvragers die door netcongestie niet tijdig kunnen aansluiten, "
      "krijgen vanaf 1 juli 2026 twee jaar extra voor de realisatie. Die verlenging wordt een vaste regel in de SVMV "
      "en vraagt alleen een verklaring van de netbeheerder. Eigenaren kunnen in die periode ook overstappen op een "
      "oplossing die geen zwaardere aansluiting vraagt, zonder hun subsidie te verliezen.",
      answers=(
          Answer("11", "partial",
                 "Een aparte voorrangscategorie voor maatschappelijk vastgoed komt er niet, maar aanvragers die door "
                 "netcongestie niet tijdig kunnen aansluiten, krijgen vanaf 1 juli 2026 twee jaar extra voor de "
                 "realisatie."),
      )),
    H2("Motie-Verbeek-Hamstra over religieus erfgoed"),
    P("De motie-Verbeek-Hamstra verzoekt de regering om te onderzoeken hoe kerkgebouwen en ander religieus erfgoed "
      "beter kunnen worden bereikt. Het aandeel van religieus erfgoed in de SVMV is met 4 procent laag, mede doordat "
      "monumentale gebouwen hoge kosten en strenge eisen kennen. Ik heb met de minister van Onderwijs, Cultuur en "
      "Wetenschap afgesproken dat de Rijksdienst voor het Cultureel Erfgoed vanaf 2026 kosteloos advies geeft aan "
      "kerkeigenaren die een SVMV-aanvraag voorbereiden. Daarnaast verhoog ik voor rijksmonumenten het "
      "subsidiepercentage van 30 naar 40 procent. Daarmee beschouw ik de motie als uitgevoerd."),
    H2("Tot slot"),
    P("De aanbevelingen van de Rekenkamer hebben de herziening van de SVMV een duidelijke richting gegeven. Niet "
      "elke aanbeveling voer ik uit zoals zij is bedoeld, maar waar ik afwijk heb ik aangegeven waarom en wat ik in "
      "plaats daarvan doe. De gewijzigde regeling stuur ik u in het voorjaar van 2026 toe. Over de voortgang "
      "informeer ik u in de voortgangsbrief verduurzaming gebouwde omgeving van 2026."),
    P("De minister van Binnenlandse Zaken en Koninkrijksrelaties,"),
    P("drs. M.E. (Marieke) Oosterwijk-Dijkstra"),
)

RESPONSE = Document(
    title="Reactie op het rapport ‘Geld voor groen, maar met welk effect?’ van de Rekenkamer van het Rijk en stand "
          "van zaken verduurzaming maatschappelijk vastgoed",
    subtitle="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties\n"
             "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Datum 18 november 2025  |  Kenmerk 2025-0000714266",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie rapport Rekenkamer van het Rijk over de SVMV  |  Kenmerk 2025-0000714266",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="audit_report_with_embedded_reaction",
    report=REPORT,
    response=RESPONSE,
    description="Rekenkamer van het Rijk audit of the subsidies for making public buildings sustainable (12 "
                "recommendations to the ministers of BZK and KGG in a '1.' list under 5.2) whose chapter 6 summarises "
                "the ministers' reaction at publication (not gold); answered by a later letter of the minister of BZK "
                "that departs from that reaction for several recommendations (bezien -> committed, promised -> "
                "refused) and passes one on to the minister of KGG.",
)
