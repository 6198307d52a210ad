"""Pair: a fictional "Inspectie Zorg en Welzijn" report "Medicatieveiligheid in de thuiszorg", answered by a letter of
the minister of VWS that is ordered by theme rather than by the report's numbering.

Report layout: sans, title page with imprint, running header, page numbers only.  A "Samenvatting" with a bullet list
of findings and a ruled table "Nr. | Verbeterpunt | Voor wie" that repeats the thirteen improvement points in short
form (plain table cells, not annotated).  Chapters "1 Inleiding" (research questions as a "1." list, not
recommendations), "2 Toetsingskader en werkwijze" (bullet list of norms, a table of the visited organisations,
footnotes), and the three findings chapters 3-5 with unnumbered level-2 sections, bullet lists of findings, bold
"Casus" lead-ins and a small table in chapter 4.  There is NO recommendations chapter: each improvement point stands
inside the findings chapter it belongs to, directly after the findings it follows from.  The model has no custom list
label, so each point is a one-item "–" list whose item text opens with its own label, "Verbeterpunt 3.1: Zorgaanbieders
...", and carries the gold number "3.1".  Chapter 6 "Vervolg van het toezicht" lists what the inspectorate itself will
do (a bullet list, not recommendations); an annex holds a table of terms.

Response layout: a serif letter of the minister of VWS to the Tweede Kamer without title page (letterhead title,
address lines, "Betreft").  After an introduction and a section on the inspectorate's picture, the answer is grouped
by theme under sub-headings that do not follow the report's chapters: "Overdracht tussen ziekenhuis en thuiszorg",
"Digitale toedienregistratie", "Wie mag medicatie toedienen?", "Leren van incidenten", "Afspraken met ActiZ,
Zorgthuisnl en de KNMP", "Zorg thuis vanuit de Wet langdurige zorg", "Tot slot".  Some points are named by number
("verbeterpunt 4.2"), others only by subject.  A bullet list of measures already running (context, no answers) and a
bullet list of further sector promises (no answers) sit between the answering paragraphs.

  nr   addressee (code)              gold           why
  3.1  zorgaanbieders (OTHER)        agree          by subject, in the sector paragraph: ActiZ and Zorgthuisnl promise
                                                    the 24-hour verified medication overview from 1 July 2026; the
                                                    minister endorses it and has them report on it
  3.2  apotheekhoudenden (OTHER)     partial        by subject: the KNMP promises the verification at discharge only
                                                    for clients on five or more medicines, not for every client
  3.3  minister of VWS (VWS)         agree          by number: electronic medication transfer made mandatory under the
                                                    Wegiz from 1 January 2028
  3.4  zorgverzekeraars (OTHER)      not_addressed  named by number but only passed on ("onderwerp van de
                                                    contractering", copy of the report sent to ZN) without a view
  4.1  zorgaanbieders (OTHER)        agree          by subject: minister wants every provider digital by end 2027 and
                                                    funds it (24 mln); repeated in the sector paragraph (ActiZ)
  4.2  minister of VWS (VWS)         agree          by number: the national information standard is set by Q2 2026
  4.3  minister of VWS (VWS)         disagree       by number: "Een wettelijke verplichting ... acht ik niet
                                                    proportioneel"
  4.4  apotheekhoudenden (OTHER)     not_addressed  never mentioned (same-day changes in the digital list)
  4.5  zorgverzekeraars (OTHER)      disagree       by subject: a purchasing condition from 2026 "vind ik niet
                                                    verstandig"
  5.1  zorgaanbieders (OTHER)        partial        by subject: the revised guideline sets a test every two years (not
                                                    yearly), flex workers included
  5.2  zorgaanbieders and            agree          by subject: regional medication meeting twice a year from 2026,
       apotheekhoudenden (OTHER)                    start-up funded; the KNMP/ActiZ format is mentioned again later
  5.3  minister of VWS (VWS)         partial        by number: no statutory rule in the Wet BIG, a guideline instead
  5.4  minister of VWS (VWS)         not_addressed  by subject: passed to "mijn ambtgenoot voor Langdurige Zorg", who
                                                    will inform the Kamer separately; no position
Totals: agree 5, partial 3, disagree 2, not_addressed 3.
All prose, names, figures and organisations' promises are fictional and written for this test set.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def point(number: str, text: str, *departments: str) -> ItemList:
    """An improvement point as printed in a findings chapter: a one-item dash list opening with its own label."""
    return ItemList(
        items=(ListItem(f"Verbeterpunt {number}: {text}", recommendation=Recommendation(number, departments)),),
        style="–",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("Steeds meer ouderen en mensen met een chronische ziekte wonen thuis, ook als zij veel geneesmiddelen "
      "gebruiken. Wijkverpleegkundigen, verzorgenden en helpenden van thuiszorgorganisaties dienen bij naar schatting "
      "185.000 cliënten een of meer keren per dag geneesmiddelen toe. Een fout bij het toedienen kan ernstige "
      "gevolgen hebben: een dubbele dosis bloedverdunner, een vergeten insuline-injectie of een middel dat na een "
      "ziekenhuisopname had moeten worden gestopt. Ouderen die thuis wonen, hebben bovendien vaak geen naaste die "
      "zo'n fout opmerkt."),
    P("De Inspectie Zorg en Welzijn heeft tussen oktober 2024 en februari 2025 onderzocht hoe veilig het "
      "toedienen van geneesmiddelen in de thuiszorg is. Zij bezocht 32 thuiszorgorganisaties, sprak met 21 "
      "apotheken en 9 ziekenhuizen en bestudeerde 384 cliëntdossiers. De belangrijkste bevindingen zijn:"),
    bullets(
        "Bij 41 procent van de cliënten die na een ziekenhuisopname thuiszorg kregen, ontbrak in de eerste twee "
        "dagen een actueel medicatieoverzicht in het dossier van de thuiszorg.",
        "Medicatiegegevens gaan bij ontslag nog vaak op papier of per telefoon van het ziekenhuis naar de "
        "thuiszorg; de apotheek is daar niet altijd bij betrokken.",
        "Twee derde van de bezochte organisaties registreert het toedienen nog op papieren aftekenlijsten, die "
        "niet automatisch worden bijgewerkt als de arts de medicatie wijzigt.",
        "In de dossiers vond de inspectie 57 toedienfouten die niet als incident waren gemeld.",
        "Niet alle medewerkers die geneesmiddelen toedienen, kunnen aantonen dat zij daartoe bekwaam zijn; bij "
        "uitzendkrachten en zzp'ers ontbreekt dat bewijs het vaakst.",
        "Thuiszorgorganisaties en apotheken werken in veel regio's nauwelijks samen aan het leren van fouten.",
    ),
    P("De inspectie formuleert dertien verbeterpunten. Zij staan niet in een afzonderlijk hoofdstuk, maar in de "
      "hoofdstukken 3 tot en met 5, direct na de bevindingen waarop zij berusten. De tabel hieronder zet de "
      "verbeterpunten in verkorte vorm op een rij; de volledige tekst staat in de hoofdstukken."),
    P("Tabel 1. Verbeterpunten in verkorte vorm", bold=True),
    Table(
        header=("Nr.", "Verbeterpunt", "Voor wie"),
        rows=(
            ("3.1", "Binnen 24 uur na ontslag een geverifieerd medicatieoverzicht in het thuiszorgdossier",
             "Zorgaanbieders"),
            ("3.2", "Medicatieverificatie bij ontslag voor iedere thuiszorgcliënt, elektronisch naar de thuiszorg",
             "Apotheekhoudenden"),
            ("3.3", "Elektronische medicatieoverdracht verplicht onder de Wegiz, uiterlijk in 2028",
             "Minister van VWS"),
            ("3.4", "Jaarlijkse medicatiebeoordeling bij polyfarmacie contracteren en vergoeden", "Zorgverzekeraars"),
            ("4.1", "Papieren aftekenlijsten uiterlijk eind 2027 vervangen door digitale toedienregistratie",
             "Zorgaanbieders"),
            ("4.2", "Landelijke informatiestandaard voor digitale toedienregistratie vaststellen",
             "Minister van VWS"),
            ("4.3", "Digitale toedienregistratie wettelijk verplichten", "Minister van VWS"),
            ("4.4", "Wijzigingen dezelfde dag verwerken in de digitale toedienlijst, ook buiten kantoortijden",
             "Apotheekhoudenden"),
            ("4.5", "Digitale toedienregistratie als inkoopvoorwaarde voor wijkverpleging", "Zorgverzekeraars"),
            ("5.1", "Jaarlijkse praktijktoets voor alle medewerkers die toedienen, ook flexkrachten",
             "Zorgaanbieders"),
            ("5.2", "Medicatie-incidenten gezamenlijk analyseren in een structureel medicatieoverleg",
             "Zorgaanbieders en apotheekhoudenden"),
            ("5.3", "Eisen aan toedienende medewerkers zonder BIG-registratie wettelijk vastleggen",
             "Minister van VWS"),
            ("5.4", "Verbeterpunten ook laten gelden voor zorg thuis vanuit de Wlz", "Minister van VWS"),
        ),
        widths=(0.6, 4.2, 1.8),
        rules="rows",
    ),
    P("De inspectie verwacht dat zorgaanbieders en apotheekhoudenden de verbeterpunten die aan hen zijn gericht "
      "binnen een jaar in gang hebben gezet. Zij gaat dat in 2026 en 2027 na bij haar reguliere bezoeken. Aan de "
      "minister van Volksgezondheid, Welzijn en Sport vraagt de inspectie om de Tweede Kamer te laten weten wat "
      "hij met de verbeterpunten doet die aan hem zijn gericht, en om de verbeterpunten voor zorgverzekeraars onder "
      "hun aandacht te brengen."),
    PageBreak(),
    H("1 Inleiding"),
    H2("Aanleiding"),
    P("Het aantal mensen dat thuis zorg krijgt, groeit. Het beleid is erop gericht dat ouderen zo lang mogelijk "
      "zelfstandig wonen, en ziekenhuizen ontslaan patiënten sneller dan tien jaar geleden. Wie na een operatie of "
      "een longontsteking naar huis gaat, heeft daar vaak een nieuw of gewijzigd medicatieschema. De "
      "thuiszorgmedewerker die de volgende ochtend voor de deur staat, moet weten welke middelen de cliënt krijgt, "
      "welke zijn gestopt en welke alleen tijdelijk nodig zijn."),
    P("Bij de inspectie komen al jaren meldingen binnen over fouten bij het toedienen van geneesmiddelen in de "
      "thuissituatie. In 2023 en 2024 ging het om 212 meldingen op grond van de Wet kwaliteit, klachten en "
      "geschillen zorg (Wkkgz), waarvan 34 calamiteiten met ernstige schade of overlijden. Vaak speelde de "
      "overdracht na een ziekenhuisopname een rol. Ook signalen van cliënten en mantelzorgers via het Landelijk "
      "Meldpunt Zorg wezen in die richting.", footnotes=(
        "Een calamiteit is een niet-beoogde of onverwachte gebeurtenis die betrekking heeft op de kwaliteit van de "
        "zorg en die tot de dood of een ernstig schadelijk gevolg voor een cliënt heeft geleid (artikel 1 Wkkgz).",)),
    P("Eerdere onderzoeken naar medicatieveiligheid gingen vooral over ziekenhuizen en verpleeghuizen. Over de "
      "thuiszorg is veel minder bekend. De inspectie heeft daarom besloten tot een themaonderzoek naar dit deel van "
      "de zorg."),
    H2("Onderzoeksvragen"),
    P("Het onderzoek beantwoordt vier vragen:", bold=True),
    ItemList(items=(
        ListItem("Krijgt de thuiszorg bij de start van de zorg, in het bijzonder na ontslag uit het ziekenhuis, "
                 "tijdig en volledig de medicatiegegevens die zij nodig heeft?"),
        ListItem("Hoe registreren thuiszorgorganisaties het toedienen van geneesmiddelen, en worden wijzigingen "
                 "tijdig verwerkt?"),
        ListItem("Zijn de medewerkers die geneesmiddelen toedienen daartoe bekwaam, en kunnen zorgaanbieders dat "
                 "aantonen?"),
        ListItem("Leren thuiszorgorganisaties en apotheken van fouten, en werken zij daarbij samen?"),
    ), style="1."),
    H2("Afbakening"),
    P("Het onderzoek gaat over geneesmiddelen die een medewerker van een thuiszorgorganisatie bij de cliënt thuis "
      "aanreikt of toedient, zoals tabletten uit een baxterrol, oogdruppels, insuline en injecties met "
      "bloedverdunners. Geneesmiddelen die de cliënt zelf beheert en inneemt, vallen erbuiten, net als de zorg in "
      "verpleeghuizen en in woonvormen voor mensen met een verstandelijke beperking. Wel zijn cliënten meegenomen "
      "die thuis zorg krijgen vanuit de Wet langdurige zorg (Wlz), voor zover de thuiszorgorganisatie die zorg "
      "levert."),
    H2("Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het toetsingskader en de werkwijze. De hoofdstukken 3, 4 en 5 bevatten de "
      "bevindingen over respectievelijk de overdracht na ziekenhuisontslag, het toedienen en registreren, en de "
      "deskundigheid van medewerkers en het leren van incidenten. De verbeterpunten staan in deze hoofdstukken, "
      "telkens na de bevindingen waarop zij betrekking hebben, en zijn per hoofdstuk genummerd. Hoofdstuk 6 "
      "beschrijft hoe de inspectie het toezicht voortzet."),
    H("2 Toetsingskader en werkwijze"),
    H2("Normen"),
    P("De inspectie toetst aan de wettelijke eisen en aan de normen die de beroepsgroepen en brancheorganisaties "
      "zelf hebben vastgesteld. De belangrijkste zijn:"),
    bullets(
        "de Wkkgz, die zorgaanbieders verplicht goede zorg te leveren, incidenten te melden en te onderzoeken en "
        "calamiteiten aan de inspectie te melden;",
        "de Wet op de beroepen in de individuele gezondheidszorg (Wet BIG), die regelt wie voorbehouden handelingen "
        "zoals injecteren mag uitvoeren en onder welke voorwaarden;",
        "de Wet elektronische gegevensuitwisseling in de zorg (Wegiz), op grond waarvan de minister kan "
        "voorschrijven dat bepaalde gegevens elektronisch en volgens een vaste standaard worden uitgewisseld;",
        "de richtlijn Overdracht van medicatiegegevens in de keten, die beschrijft welke gegevens bij ontslag "
        "moeten worden overgedragen en wie daarvoor verantwoordelijk is;",
        "de richtlijn Veilige principes in de medicatieketen (VPMK), die voor de thuiszorg, de verpleeghuizen en de "
        "gehandicaptenzorg uitwerkt hoe geneesmiddelen veilig worden aangereikt en toegediend.",
    ),
    P("De richtlijnen zijn veldnormen. Zij zijn niet wettelijk verplicht, maar de inspectie beschouwt ze als de "
      "professionele standaard waaraan goede zorg moet voldoen. Een zorgaanbieder die ervan afwijkt, moet dat "
      "kunnen uitleggen.", footnotes=(
        "De richtlijn Veilige principes in de medicatieketen dateert van 2016 en is in 2021 op onderdelen "
        "aangepast. Een herziening is aangekondigd maar nog niet gestart.",)),
    H2("Werkwijze"),
    P("De inspectie koos de thuiszorgorganisaties zo dat grote en kleine organisaties, verschillende regio's en "
      "zowel organisaties met als zonder digitale toedienregistratie vertegenwoordigd waren. Tabel 2 geeft een "
      "overzicht van het onderzoek."),
    P("Tabel 2. Bezochte organisaties en onderzoeksactiviteiten", bold=True),
    Table(
        header=("Organisatie", "Aantal", "Onderzoeksactiviteit"),
        rows=(
            ("Thuiszorgorganisaties, meer dan 500 cliënten", "14",
             "Bezoek, dossieronderzoek, gesprekken met bestuur, wijkverpleegkundigen en verzorgenden"),
            ("Thuiszorgorganisaties, 500 cliënten of minder", "18",
             "Bezoek, dossieronderzoek, gesprek met leidinggevende en medewerkers"),
            ("Openbare apotheken", "21", "Gesprek met apotheker; controle van 60 ontslagdossiers"),
            ("Ziekenhuizen", "9", "Gesprek met transferverpleegkundigen en ziekenhuisapotheker"),
            ("Cliënten en mantelzorgers", "46", "Gesprek bij de cliënt thuis"),
        ),
        widths=(2.6, 0.8, 3.6),
        rules="grid",
    ),
    P("Per thuiszorgorganisatie bestudeerde de inspectie twaalf dossiers van cliënten bij wie geneesmiddelen "
      "werden toegediend, waarvan ten minste vier van cliënten die in de voorafgaande drie maanden uit het "
      "ziekenhuis waren ontslagen. In totaal gaat het om 384 dossiers. De inspectie vergeleek de toedienlijst steeds "
      "met het medicatieoverzicht van de apotheek en, waar van toepassing, met de ontslagbrief."),
    P("De bevindingen zijn in maart 2025 besproken met ActiZ, Zorgthuisnl, de KNMP, Verpleegkundigen & "
      "Verzorgenden Nederland (V&VN), Zorgverzekeraars Nederland en het ministerie van VWS. Hun reacties zijn "
      "verwerkt waar dat nodig was. De conclusies en verbeterpunten zijn van de inspectie."),
    H("3 Overdracht van medicatiegegevens bij ontslag uit het ziekenhuis"),
    P("Een ziekenhuisopname is voor veel ouderen een breuk in hun medicatiegebruik. In het ziekenhuis worden "
      "middelen gestopt, vervangen of anders gedoseerd, soms ook tijdelijk. Bij ontslag moet die informatie "
      "volledig en op tijd bij iedereen komen die de cliënt daarna zorg verleent: de huisarts, de apotheek en de "
      "thuiszorg. De richtlijn Overdracht van medicatiegegevens in de keten legt de verantwoordelijkheid voor de "
      "ontslagmedicatie bij de ziekenhuisarts en voor het actuele overzicht bij de apotheek. De thuiszorg mag "
      "pas toedienen op basis van een overzicht dat zij van de apotheek of de voorschrijver heeft ontvangen."),
    H2("Wat de inspectie zag"),
    P("Van de 384 onderzochte dossiers hoorden er 139 bij cliënten die in de drie maanden daarvoor uit het "
      "ziekenhuis waren ontslagen. In 57 van die dossiers (41 procent) stond in de eerste twee dagen na ontslag "
      "geen actueel medicatieoverzicht. De medewerkers werkten dan met de ontslagbrief, met een oude toedienlijst "
      "of met wat de cliënt of de mantelzorger vertelde. In 19 dossiers vond de inspectie een verschil tussen wat "
      "werd toegediend en wat het ziekenhuis had voorgeschreven."),
    P("De oorzaken liggen op verschillende plaatsen in de keten:"),
    bullets(
        "ziekenhuizen sturen de ontslagmedicatie wel naar de apotheek, maar niet altijd naar de thuiszorg, en "
        "soms pas na het weekend;",
        "transferverpleegkundigen melden de cliënt bij de thuiszorg aan zonder medicatiegegevens, of met een "
        "uitdraai die niet overeenkomt met wat de apotheek aflevert;",
        "apotheken ontvangen het ontslagrecept vaak pas als de cliënt al thuis is, en hebben dan geen tijd om het "
        "te controleren voordat de eerste toediening plaatsvindt;",
        "thuiszorgorganisaties hebben geen vaste werkwijze voor wat een medewerker doet als het overzicht ontbreekt.",
    ),
    P("Casus: de bloedverdunner die bleef", bold=True),
    P("Meneer V. (84) werd na een val met een heupfractuur geopereerd en na zes dagen ontslagen. In het ziekenhuis "
      "was zijn bloedverdunner vervangen door een ander middel. De ontslagbrief vermeldde dat, maar de "
      "thuiszorgorganisatie kreeg alleen een telefonische aanmelding. De verzorgende die de volgende ochtend kwam, "
      "gaf hem uit de oude baxterrol zijn vertrouwde bloedverdunner. Drie dagen lang kreeg meneer V. beide middelen. "
      "Hij werd met een maagbloeding opnieuw opgenomen. De apotheek had het nieuwe recept ontvangen, maar de nieuwe "
      "baxterrol werd pas na het weekend geleverd."),
    H2("Het medicatieoverzicht in het thuiszorgdossier"),
    P("Bij de organisaties die het goed deden, had de wijkverpleegkundige bij de intake na ontslag een vaste "
      "taak: zij vroeg het actuele overzicht op bij de apotheek, legde het naast de ontslagbrief en de voorraad bij "
      "de cliënt thuis, en zette het in het dossier. Bij twijfel belde zij de apotheek of de huisarts. Bij andere "
      "organisaties was niemand daarvoor verantwoordelijk en bleef het overzicht soms weken ontbreken."),
    point("3.1",
          "Zorgaanbieders leggen voor iedere cliënt die na ontslag uit het ziekenhuis thuiszorg krijgt, binnen 24 "
          "uur na de eerste zorgverlening een actueel, door de apotheek geverifieerd medicatieoverzicht vast in het "
          "cliëntdossier. Zij beschrijven wat een medewerker doet zolang dat overzicht ontbreekt.",
          "OTHER"),
    H2("De rol van de apotheek"),
    P("De apotheek is de enige partij die een volledig beeld heeft van de geneesmiddelen die een cliënt "
      "krijgt, ook als meer voorschrijvers betrokken zijn. Bij een medicatieverificatie bij ontslag legt de "
      "apotheker de ontslagmedicatie naast de eerdere medicatie, bespreekt verschillen zo nodig met de "
      "voorschrijver en stelt een nieuw overzicht vast. Van de 21 apotheken die de inspectie sprak, deden er "
      "negen dat structureel voor alle ontslagen patiënten. De overige deden het alleen bij een expliciet verzoek "
      "van het ziekenhuis of bij patiënten die zij als risicovol aanmerkten."),
    P("Waar de apotheek de verificatie wel uitvoerde, ging het geverifieerde overzicht meestal alleen naar de "
      "huisarts. De thuiszorg moest het zelf opvragen, en kreeg het dan vaak per fax of als foto in een "
      "berichtenapp."),
    point("3.2",
          "Apotheekhoudenden voeren bij iedere cliënt die na ontslag uit het ziekenhuis thuiszorg krijgt een "
          "medicatieverificatie uit en sturen het geverifieerde medicatieoverzicht nog dezelfde dag elektronisch "
          "naar de thuiszorgorganisatie.",
          "OTHER"),
    H2("Elektronische overdracht"),
    P("Dat medicatiegegevens nog op papier, per fax of per telefoon worden overgedragen, is een bron van fouten. "
      "Ziekenhuizen en apotheken kunnen onderling al grotendeels elektronisch gegevens uitwisselen, maar de "
      "thuiszorg is daar bij de meeste bezochte organisaties niet op aangesloten. Van de 32 organisaties konden er "
      "vijf een medicatieoverzicht rechtstreeks in hun eigen systeem ontvangen. De andere gaven aan dat zij wachten "
      "op een landelijke afspraak, omdat hun leverancier niet wil investeren zolang niet vaststaat welke standaard "
      "gaat gelden."),
    P("De Wegiz biedt de minister de mogelijkheid om gegevensuitwisselingen aan te wijzen die verplicht "
      "elektronisch moeten verlopen. Medicatieoverdracht staat al enkele jaren op de lijst van uitwisselingen die "
      "daarvoor in aanmerking komen, maar een besluit met een ingangsdatum is er nog niet.", footnotes=(
        "Kamerstukken II 2023/24, 27529, nr. 318 (fictief). De voortgangsbrief noemt medicatieoverdracht als "
        "tweede tranche, zonder datum.",)),
    point("3.3",
          "De minister van VWS zorgt ervoor dat de elektronische uitwisseling van medicatiegegevens tussen "
          "ziekenhuis, apotheek en thuiszorgorganisatie op grond van de Wegiz verplicht wordt, en maakt daarvoor "
          "een ingangsdatum bekend die niet later ligt dan 2028.",
          "VWS"),
    H2("Medicatiebeoordeling"),
    P("Van de cliënten in de onderzochte dossiers gebruikte 71 procent vijf of meer geneesmiddelen chronisch. "
      "Voor hen schrijft de richtlijn Polyfarmacie bij ouderen een periodieke medicatiebeoordeling voor, waarin "
      "huisarts en apotheker samen nagaan of alle middelen nog nodig zijn. Bij thuiszorgcliënten gebeurt dat "
      "weinig: slechts in 22 procent van hun dossiers vond de inspectie een beoordeling uit het afgelopen jaar. "
      "Wijkverpleegkundigen, die de cliënt het best kennen, worden er zelden bij betrokken. Apothekers en "
      "thuiszorgorganisaties noemden als belangrijkste reden dat de tijd die zij eraan besteden, niet of "
      "nauwelijks wordt vergoed."),
    point("3.4",
          "Zorgverzekeraars maken met apotheken en thuiszorgorganisaties afspraken over een jaarlijkse "
          "medicatiebeoordeling voor thuiswonende cliënten die vijf of meer geneesmiddelen chronisch gebruiken, en "
          "vergoeden de tijd die apotheker en wijkverpleegkundige daaraan besteden.",
          "OTHER"),
    H("4 Toedienen en registreren"),
    P("Wie een geneesmiddel toedient, tekent daarvoor af. Zo is na te gaan wat een cliënt wanneer heeft gekregen, "
      "ook als verschillende medewerkers op een dag langskomen. De richtlijn Veilige principes in de "
      "medicatieketen vraagt om een toedienlijst die van de apotheek afkomstig is en die bij iedere wijziging "
      "wordt vervangen."),
    H2("Papier en digitaal"),
    P("Van de 32 bezochte organisaties werkten er 21 nog met papieren aftekenlijsten, die in een map bij de cliënt "
      "thuis liggen. Elf organisaties gebruikten een digitale toedienregistratie op een telefoon of tablet. Tabel 3 "
      "laat zien hoe vaak de inspectie in beide groepen afwijkingen vond."),
    P("Tabel 3. Afwijkingen tussen toedienlijst en medicatieoverzicht van de apotheek", bold=True),
    Table(
        header=("Registratie", "Organisaties", "Dossiers", "Dossiers met afwijking", "Niet afgetekende toedieningen"),
        rows=(
            ("Papieren aftekenlijst", "21", "252", "29%", "6,8%"),
            ("Digitaal, gekoppeld aan apotheek", "7", "84", "8%", "1,9%"),
            ("Digitaal, niet gekoppeld", "4", "48", "19%", "2,4%"),
        ),
        widths=(2.4, 1.1, 1.0, 1.4, 1.6),
        rules="grid",
    ),
    P("De verschillen zijn groot. Bij papieren lijsten ontbraken handtekeningen, waren lijsten met de hand "
      "aangepast en lagen in enkele gevallen twee versies naast elkaar. Bij digitale systemen die rechtstreeks "
      "gekoppeld waren aan de apotheek, werd een wijziging automatisch zichtbaar en gaf het systeem een "
      "waarschuwing als een toediening werd vergeten. Systemen zonder koppeling verminderden het aantal "
      "vergeten aftekeningen, maar niet het risico dat met een verouderde lijst werd gewerkt."),
    P("Organisaties die nog op papier werken, noemden drie redenen:"),
    bullets(
        "de kosten van aanschaf, licenties en apparaten, die bij de huidige tarieven niet op te brengen zijn;",
        "de onzekerheid over welke systemen straks met de apotheek kunnen communiceren;",
        "de tijd die het kost om medewerkers op te leiden, in een periode van grote personeelstekorten.",
    ),
    point("4.1",
          "Zorgaanbieders vervangen papieren aftekenlijsten uiterlijk eind 2027 door een digitale "
          "toedienregistratie die rechtstreeks gekoppeld is aan het medicatieoverzicht van de apotheek.",
          "OTHER"),
    H2("Een gemeenschappelijke taal"),
    P("De leveranciers van toedienregistraties gebruiken elk hun eigen manier om gegevens vast te leggen en uit te "
      "wisselen. Apotheken die met meerdere thuiszorgorganisaties werken, moeten daardoor verschillende koppelingen "
      "onderhouden, en een thuiszorgorganisatie die van systeem wisselt, verliest de historie. Er bestaat wel een "
      "landelijke informatiestandaard voor medicatieoverdracht, maar het onderdeel over toediening is nooit "
      "vastgesteld."),
    point("4.2",
          "De minister van VWS stelt, samen met de beroeps- en brancheorganisaties en Nictiz, een landelijke "
          "informatiestandaard voor digitale toedienregistratie vast, zodat de systemen van thuiszorgorganisaties "
          "en apotheken gegevens kunnen uitwisselen.",
          "VWS"),
    P("De inspectie ziet dat de overstap naar digitale registratie al jaren wordt aangemoedigd, maar dat een groot "
      "deel van de sector achterblijft. Zij is van oordeel dat vrijblijvendheid hier niet langer past, gezien de "
      "ernst van de fouten die zij aantrof."),
    point("4.3",
          "De minister van VWS verplicht zorgaanbieders die in de thuiszorg geneesmiddelen toedienen wettelijk om "
          "dat digitaal te registreren, zodra de landelijke standaard beschikbaar is.",
          "VWS"),
    H2("Wijzigingen"),
    P("Ook met een digitale lijst blijft het risico bestaan dat een wijziging te laat wordt verwerkt. De "
      "inspectie zag dat huisartsen een wijziging vaak telefonisch aan de apotheek doorgeven en dat de apotheek die "
      "pas de volgende werkdag in het systeem zet. Op vrijdagmiddag doorgegeven wijzigingen werden in een aantal "
      "gevallen pas op maandag zichtbaar. De thuiszorgmedewerker kreeg in de tussentijd een telefoontje, en moest de "
      "wijziging zelf met de hand op de lijst bijschrijven."),
    P("Casus: het weekend", bold=True),
    P("Mevrouw T. (79) kreeg op vrijdag van de huisartsenpost een antibioticum voorgeschreven, dat niet samen mocht "
      "worden gegeven met een van haar vaste middelen. De dienstapotheek leverde het antibioticum, maar de "
      "toedienlijst van de thuiszorg werd niet aangepast. De verzorgenden gaven het hele weekend beide middelen, "
      "omdat de lijst niets anders vermeldde. De fout werd op maandag door de eigen apotheek ontdekt."),
    point("4.4",
          "Apotheekhoudenden verwerken wijzigingen in de medicatie van thuiszorgcliënten dezelfde dag in de "
          "digitale toedienlijst, ook in het weekend en buiten kantoortijden, en zorgen dat de thuiszorgorganisatie "
          "een wijziging niet alleen telefonisch doorkrijgt.",
          "OTHER"),
    H2("Bekostiging"),
    P("Zorgverzekeraars kopen de wijkverpleging in. Zij stellen daarbij eisen aan kwaliteit, maar geen van de vier "
      "grote zorgverzekeraars vraagt nu om een digitale toedienregistratie. Enkele verzekeraars geven een "
      "eenmalige innovatiebijdrage aan aanbieders die overstappen, maar die bijdrage is klein en wisselt per jaar. "
      "Thuiszorgorganisaties die de overstap hebben gemaakt, noemden de contractering een belangrijke stok achter "
      "de deur."),
    point("4.5",
          "Zorgverzekeraars nemen vanaf de inkoop voor 2026 het gebruik van digitale toedienregistratie op als "
          "voorwaarde in hun contracten voor wijkverpleging, en dragen bij aan de kosten van de invoering.",
          "OTHER"),
    H("5 Deskundigheid, incidenten en samenwerking"),
    H2("Bekwaamheid van medewerkers"),
    P("Geneesmiddelen worden in de thuiszorg toegediend door verpleegkundigen, verzorgenden en, steeds vaker, "
      "helpenden en andere medewerkers zonder BIG-registratie. Het aanreiken van tabletten is geen voorbehouden "
      "handeling; het injecteren van insuline of een bloedverdunner wel. Voor voorbehouden handelingen geldt dat "
      "een medewerker zonder eigen bevoegdheid ze alleen mag uitvoeren in opdracht van een arts en als hij bekwaam "
      "is. Voor het aanreiken zelf gelden geen wettelijke eisen; de richtlijn vraagt wel om aantoonbare "
      "bekwaamheid."),
    P("Bij 23 van de 32 organisaties kon de inspectie voor alle vaste medewerkers in het dossier zien dat zij "
      "bekwaam waren verklaard. Bij uitzendkrachten en zzp'ers was dat veel minder vaak zo: bij 17 organisaties "
      "werkten flexkrachten van wie de organisatie geen bewijs van bekwaamheid had. In de meeste organisaties werd "
      "de bekwaamheid eenmalig vastgesteld, bij indiensttreding, en daarna niet meer getoetst."),
    point("5.1",
          "Zorgaanbieders laten alle medewerkers die geneesmiddelen toedienen, ook uitzendkrachten en zzp'ers, ten "
          "minste jaarlijks hun bekwaamheid aantonen in een praktijktoets, en leggen de uitkomst vast.",
          "OTHER"),
    H2("Melden en leren"),
    P("Zorgaanbieders moeten incidenten melden en onderzoeken. De inspectie vond in de dossiers 57 toedienfouten "
      "die niet waren gemeld: vergeten toedieningen, dubbele doses en middelen die na een wijziging toch waren "
      "gegeven. Medewerkers gaven aan dat melden tijd kost en dat zij zelden horen wat er met een melding "
      "gebeurt. Organisaties die wel veel meldden, analyseerden de meldingen vaak alleen intern. Omdat een groot "
      "deel van de fouten ontstaat op het raakvlak met de apotheek, blijft de oorzaak dan buiten beeld."),
    P("In drie regio's zag de inspectie een regionaal medicatieoverleg tussen de thuiszorg, de apotheken en de "
      "huisartsen, waarin incidenten werden besproken en afspraken werden gemaakt. Daar was het aantal fouten bij "
      "overdracht aantoonbaar lager."),
    point("5.2",
          "Zorgaanbieders en apotheekhoudenden analyseren medicatie-incidenten in de thuiszorg gezamenlijk en "
          "bespreken de uitkomsten ten minste twee keer per jaar in een structureel medicatieoverleg.",
          "OTHER"),
    H2("Medewerkers zonder BIG-registratie"),
    P("Door de personeelstekorten zetten thuiszorgorganisaties steeds vaker medewerkers in die geen "
      "zorgopleiding op niveau 3 of hoger hebben, zoals helpenden en zorghulpen. Zij reiken tabletten aan en dienen "
      "in een aantal organisaties ook oogdruppels, zalven en soms insuline toe. De eisen die organisaties daarbij "
      "stellen, lopen sterk uiteen: van een e-learning van een uur tot een training van drie dagen met "
      "praktijktoets. Ook over welke handelingen deze medewerkers niet zelfstandig mogen doen, verschillen de "
      "afspraken per organisatie. De inspectie acht een landelijk kader nodig, omdat de huidige verschillen te "
      "groot zijn om aan de organisaties zelf over te laten."),
    point("5.3",
          "De minister van VWS legt wettelijk vast aan welke opleidings- en bekwaamheidseisen medewerkers zonder "
          "BIG-registratie moeten voldoen die in de thuiszorg geneesmiddelen toedienen, en welke handelingen zij "
          "niet zelfstandig mogen uitvoeren.",
          "VWS"),
    H2("Zorg thuis vanuit de Wet langdurige zorg"),
    P("Een deel van de cliënten in het onderzoek kreeg zorg thuis vanuit de Wlz, met een volledig of modulair "
      "pakket thuis. Voor hen sluit het zorgkantoor de contracten, niet de zorgverzekeraar. De inspectie zag "
      "dezelfde problemen bij overdracht en registratie als bij cliënten met wijkverpleging, maar de afspraken die "
      "de sector en de zorgverzekeraars maken, gelden voor deze groep niet vanzelf."),
    point("5.4",
          "De minister van VWS zorgt ervoor dat de verbeterpunten in dit rapport ook gelden voor cliënten die thuis "
          "zorg ontvangen vanuit de Wet langdurige zorg, en maakt daarover afspraken met de zorgkantoren.",
          "VWS"),
    H("6 Vervolg van het toezicht"),
    P("Medicatieveiligheid in de thuiszorg blijft de komende jaren een aandachtspunt in het toezicht. De inspectie "
      "zal daarbij het volgende doen:"),
    bullets(
        "zij neemt de verbeterpunten voor zorgaanbieders op in haar toetsingskader voor de wijkverpleging en "
        "toetst ze vanaf 2026 bij haar reguliere bezoeken;",
        "zij bezoekt in 2027 opnieuw een deel van de in dit onderzoek bezochte organisaties;",
        "zij bespreekt de verbeterpunten voor apotheekhoudenden met de KNMP en neemt ze mee in haar toezicht op de "
        "openbare farmacie;",
        "zij analyseert de meldingen van calamiteiten bij toediening in de thuissituatie jaarlijks en publiceert "
        "daarover.",
    ),
    P("De inspectie heeft dit rapport gestuurd aan de minister van Volksgezondheid, Welzijn en Sport, aan de "
      "brancheorganisaties en aan Zorgverzekeraars Nederland. Het rapport is openbaar."),
    H("Bijlage Begrippen"),
    Table(
        header=("Begrip", "Betekenis"),
        rows=(
            ("Aanreiken", "Een geneesmiddel aan de cliënt geven zonder dat een voorbehouden handeling nodig is, "
                          "bijvoorbeeld tabletten uit een baxterrol."),
            ("Baxterrol", "Geneesmiddelen die de apotheek per innamemoment in zakjes verpakt (geïndividualiseerde "
                          "distributievorm)."),
            ("Medicatieverificatie", "Het door de apotheker vaststellen van het actuele medicatiegebruik bij een "
                                     "overgang in de zorg, zoals opname of ontslag."),
            ("Medicatiebeoordeling", "Een periodieke, gestructureerde beoordeling van alle geneesmiddelen van een "
                                     "patiënt door huisarts en apotheker, samen met de patiënt."),
            ("Toedienregistratie", "Het vastleggen van elke toediening door de medewerker, op papier of digitaal."),
            ("Volledig of modulair pakket thuis", "Zorg vanuit de Wet langdurige zorg die thuis wordt geleverd in "
                                                  "plaats van in een instelling."),
        ),
        widths=(1.8, 5.0),
        rules="grid",
    ),
)

REPORT = Document(
    title="Medicatieveiligheid in de thuiszorg",
    subtitle="Themaonderzoek naar overdracht, toediening en registratie van geneesmiddelen bij thuiswonende "
             "cliënten",
    blocks=REPORT_BLOCKS,
    running_header="Inspectie Zorg en Welzijn  |  Medicatieveiligheid in de thuiszorg",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Inspectie Zorg en Welzijn", "Ministerie van Volksgezondheid, Welzijn en Sport", "Utrecht, juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV33 = ("Ik neem verbeterpunt 3.3 over: met ingang van 1 januari 2028 wordt de elektronische overdracht van "
        "medicatiegegevens tussen ziekenhuis, apotheek en thuiszorg op grond van de Wegiz verplicht.")
EV41 = ("Ik wil dat iedere thuiszorgorganisatie die geneesmiddelen toedient, uiterlijk eind 2027 digitaal "
        "registreert met een systeem dat gekoppeld is aan de apotheek, en stel daarvoor in 2026 en 2027 in totaal "
        "24 miljoen euro beschikbaar via een tijdelijke stimuleringsregeling.")
EV42 = ("De standaard stel ik uiterlijk in het tweede kwartaal van 2026 vast, zodat leveranciers hun systemen er "
        "vanaf dat moment op kunnen inrichten.")
EV43 = ("Een wettelijke verplichting tot digitale toedienregistratie, zoals verbeterpunt 4.3 vraagt, acht ik niet "
        "proportioneel.")
EV45 = ("Dat zorgverzekeraars digitale toedienregistratie al vanaf de inkoop voor 2026 als contractvoorwaarde "
        "stellen, vind ik niet verstandig.")
EV53 = ("In plaats van een wettelijke regeling laat ik de eisen aan opleiding, bekwaamheid en bevoegdheden van deze "
        "medewerkers vastleggen in de herziene richtlijn Veilige principes in de medicatieketen.")
EV51 = ("De herziene richtlijn gaat uit van een praktijktoets ten minste eens per twee jaar, en die norm geldt ook "
        "voor uitzendkrachten en zzp'ers.")
EV52 = ("Vanaf 2026 bespreken thuiszorgorganisaties en apotheken hun medicatie-incidenten ten minste twee keer per "
        "jaar in een regionaal medicatieoverleg; ik financier de opstart daarvan in alle regio's.")
EV31 = ("ActiZ en Zorgthuisnl hebben toegezegd dat hun leden vanaf 1 juli 2026 voor iedere cliënt die na een "
        "ziekenhuisopname thuiszorg krijgt, binnen 24 uur een door de apotheek geverifieerd medicatieoverzicht in "
        "het dossier vastleggen.")
EV41B = "Daarnaast bevestigt ActiZ dat haar leden uiterlijk eind 2027 volledig digitaal toedienen registreren."
EV32 = ("De KNMP heeft toegezegd dat apotheken vanaf 2026 bij ontslag een medicatieverificatie uitvoeren voor "
        "thuiszorgcliënten die vijf of meer geneesmiddelen gebruiken; voor alle thuiszorgcliënten is dat volgens de "
        "KNMP met de huidige bezetting van apotheken niet haalbaar.")
EV52B = ("Ook werken de KNMP en ActiZ samen het format uit voor het regionale medicatieoverleg, dat ik hierboven "
         "noemde.")

RESPONSE_BLOCKS = (
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal, Postbus 20018, 2500 EA Den Haag"),
    P("Datum: 14 november 2025"),
    P("Kenmerk: 4211876-1103352-CZ"),
    P("Betreft: Reactie op het inspectierapport 'Medicatieveiligheid in de thuiszorg'"),
    P("Geachte voorzitter,"),
    P("Op 24 juni 2025 heeft de Inspectie Zorg en Welzijn haar rapport 'Medicatieveiligheid in de thuiszorg' "
      "gepubliceerd. Met deze brief geef ik mijn reactie op dat rapport, zoals ik tijdens het commissiedebat "
      "Langdurige zorg en ouderenzorg van 3 juli 2025 heb toegezegd. De inspectie heeft haar verbeterpunten "
      "gericht aan zorgaanbieders, apotheekhoudenden, zorgverzekeraars en aan mij. Ik ga in deze brief niet per "
      "verbeterpunt langs de hoofdstukken van het rapport, maar per thema. Veel verbeterpunten hangen immers met "
      "elkaar samen, en een goede overdracht of registratie vraagt om inzet van alle partijen in de keten tegelijk."),
    H2("Het beeld van de inspectie"),
    P("Allereerst wil ik de inspectie bedanken voor dit zorgvuldige onderzoek. Het rapport laat zien dat de zorg "
      "die thuiszorgmedewerkers dagelijks bij honderdduizenden mensen leveren, in de meeste gevallen goed gaat, "
      "maar dat er op het moment van ontslag uit het ziekenhuis en bij wijzigingen in de medicatie te vaak iets "
      "misgaat. De casus van de heer V., die na een heupoperatie drie dagen lang twee bloedverdunners kreeg, maakt "
      "indruk. Het is precies dit soort fouten dat voorkomen kan worden."),
    P("Het beeld sluit aan bij wat ik hoor van wijkverpleegkundigen en van cliëntenorganisaties. Het sluit ook aan "
      "bij de doelen van het Integraal Zorgakkoord, waarin partijen hebben afgesproken om de gegevensuitwisseling "
      "in de zorg te versnellen en de samenwerking in de wijk te versterken. Er loopt al een aantal maatregelen "
      "waarop ik in deze brief voortbouw:"),
    bullets(
        "het programma Zorg thuis, waarin ik met gemeenten, zorgverzekeraars en zorgaanbieders werk aan het langer "
        "thuis wonen van ouderen;",
        "de aanwijzing van gegevensuitwisselingen onder de Wegiz, waarvan de eerste, het beeldmateriaal, per 2025 "
        "in werking is getreden;",
        "de subsidieregeling voor regionale samenwerking in de eerstelijnszorg, waarmee onder meer "
        "transferpunten tussen ziekenhuis en wijk worden versterkt;",
        "de landelijke campagne 'Weet wat je slikt' van de KNMP en de Patiëntenfederatie, die patiënten aanmoedigt "
        "hun medicatieoverzicht bij zich te hebben.",
    ),
    P("Die maatregelen zijn nodig, maar niet genoeg. Hieronder beschrijf ik per thema wat ik aanvullend ga doen, "
      "wat de sector heeft toegezegd en waar ik een andere keuze maak dan de inspectie."),
    H2("Overdracht tussen ziekenhuis en thuiszorg"),
    P("De inspectie stelt vast dat bij ruim vier op de tien cliënten die na ontslag uit het ziekenhuis thuiszorg "
      "krijgen, in de eerste twee dagen geen actueel medicatieoverzicht beschikbaar is. Een belangrijke oorzaak is "
      "dat gegevens nog op papier of per telefoon worden doorgegeven. " + EV33 + " Het ontwerpbesluit, dat de "
      "informatiestandaard Medicatieproces aanwijst, leg ik in het voorjaar van 2026 voor aan uw Kamer. Om "
      "zorgaanbieders en leveranciers voldoende tijd te geven, maak ik de ingangsdatum nu al bekend.",
      answers=(Answer("3.3", "agree", EV33),)),
    P("Voor de thuiszorg betekent dit dat zij vanaf die datum moet kunnen ontvangen wat ziekenhuizen en apotheken "
      "versturen. Ik realiseer me dat dat voor kleine thuiszorgorganisaties een forse opgave is. Via de "
      "stimuleringsregeling die ik hieronder beschrijf, kunnen zij ook bijdragen aanvragen voor de aansluiting op "
      "de landelijke uitwisseling."),
    P("De vergoeding van medicatiebeoordelingen voor thuiswonende cliënten, waar verbeterpunt 3.4 over gaat, is "
      "onderwerp van de contractering tussen zorgverzekeraars, apotheken en wijkverpleging. Ik heb Zorgverzekeraars "
      "Nederland een afschrift van het rapport gestuurd."),
    H2("Digitale toedienregistratie"),
    P("Het rapport laat overtuigend zien dat een digitale toedienregistratie die gekoppeld is aan de apotheek, tot "
      "aanzienlijk minder fouten leidt: in dossiers van organisaties die zo werken, vond de inspectie bijna vier "
      "keer zo weinig afwijkingen als bij organisaties die op papier registreren. Dat twee derde van de bezochte "
      "organisaties nog met papieren aftekenlijsten werkt, vind ik dan ook zorgelijk. " + EV41 + " De regeling "
      "wordt uitgevoerd door DUS-I en gaat op 1 april 2026 open. Kleine organisaties krijgen voorrang en een hoger "
      "subsidiepercentage.",
      answers=(Answer("4.1", "agree", EV41),)),
    P("Verbeterpunt 4.2 vraagt mij om een landelijke informatiestandaard voor toedienregistratie. Nictiz werkt in "
      "mijn opdracht samen met V&VN, ActiZ, de KNMP en leveranciers aan het ontbrekende onderdeel van de standaard "
      "voor medicatieoverdracht. " + EV42 + " Daarna neem ik de toediening mee in de aanwijzing onder de Wegiz "
      "die ik hierboven noemde.",
      answers=(Answer("4.2", "agree", EV42),)),
    P(EV43 + " Met de stimuleringsregeling, de standaard en de toezegging van de brancheorganisaties verwacht ik "
      "dat het overgrote deel van de sector binnen twee jaar digitaal werkt. Een wet zou pas na enkele jaren in "
      "werking kunnen treden, en zou vooral de kleinste aanbieders treffen, die nu al moeite hebben om personeel "
      "te vinden. Ik vraag de inspectie wel om de overstap in haar toezicht te volgen. Blijkt eind 2027 dat een "
      "substantieel deel van de organisaties nog op papier werkt, dan kom ik daarop bij uw Kamer terug.",
      answers=(Answer("4.3", "disagree", EV43),)),
    P("De inspectie ziet ook een rol voor de zorgverzekeraars. Ik deel het uitgangspunt dat zorgverzekeraars in de "
      "inkoop van wijkverpleging aandacht moeten hebben voor medicatieveiligheid. " + EV45 + " De standaard is dan "
      "nog niet vastgesteld, en een contracteis vóór 2028 dwingt organisaties om nu een systeem te kiezen dat "
      "mogelijk straks niet aansluit. De stimuleringsregeling is bovendien juist bedoeld om de invoeringskosten "
      "te dekken, zodat een aanvullende bijdrage van verzekeraars niet nodig is.",
      answers=(Answer("4.5", "disagree", EV45),)),
    H2("Wie mag medicatie toedienen?"),
    P("Door de tekorten op de arbeidsmarkt zetten thuiszorgorganisaties vaker medewerkers in zonder "
      "verpleegkundige of verzorgende opleiding. Dat is op zichzelf een begrijpelijke en vaak goede ontwikkeling: "
      "zo kan een helpende een cliënt bij het aanreiken van tabletten helpen, terwijl de wijkverpleegkundige haar "
      "tijd besteedt aan complexere zorg. Het rapport laat echter zien dat de eisen die organisaties aan deze "
      "medewerkers stellen, te ver uiteenlopen."),
    P("Verbeterpunt 5.3 vraagt om die eisen wettelijk vast te leggen. Ik deel de zorg van de inspectie, maar kies "
      "niet voor een aanpassing van de Wet BIG. Het aanreiken van geneesmiddelen is geen voorbehouden handeling, en "
      "een wettelijke regeling voor een groep zonder beroepsregistratie zou ingrijpen in een stelsel dat daarvoor "
      "niet is ingericht. " + EV53 + " V&VN, ActiZ, Zorgthuisnl en de KNMP starten die herziening op mijn verzoek "
      "in januari 2026; ik financier het traject en de richtlijn is eind 2026 gereed. De inspectie heeft "
      "aangegeven de herziene richtlijn als veldnorm te zullen hanteren.",
      answers=(Answer("5.3", "partial", EV53),)),
    P("In dezelfde herziening wordt uitgewerkt hoe vaak medewerkers hun bekwaamheid moeten aantonen. De inspectie "
      "vraagt om een jaarlijkse praktijktoets voor iedere medewerker die toedient. De beroepsgroep acht dat voor "
      "het aanreiken van tabletten te zwaar, en ik sluit mij daarbij aan. " + EV51 + " Voor risicovolle "
      "handelingen zoals het injecteren van insuline blijft jaarlijkse toetsing de norm.",
      answers=(Answer("5.1", "partial", EV51),)),
    H2("Leren van incidenten"),
    P("Het baart mij zorgen dat de inspectie in de dossiers 57 toedienfouten vond die niet waren gemeld. Melden "
      "is geen doel op zich, maar zonder meldingen is leren niet mogelijk. Het rapport laat zien dat leren het "
      "best lukt als thuiszorg en apotheek de fouten samen bespreken, omdat de oorzaak vaak op het raakvlak ligt. "
      + EV52 + " In de drie regio's waar zo'n overleg al bestaat, blijkt het volgens de inspectie te werken; die "
      "regio's helpen de andere op weg.",
      answers=(Answer("5.2", "agree", EV52),)),
    P("Daarnaast onderzoek ik met het Kennisinstituut Medicatieveiligheid of een landelijke, anonieme analyse van "
      "medicatie-incidenten in de thuiszorg mogelijk is, naar het voorbeeld van de centrale registratie in de "
      "ziekenhuizen. Over de uitkomst informeer ik uw Kamer in 2026."),
    H2("Afspraken met ActiZ, Zorgthuisnl en de KNMP"),
    P("Op 7 oktober 2025 heb ik met ActiZ, Zorgthuisnl, de KNMP en V&VN gesproken over het rapport. De partijen "
      "herkennen het beeld van de inspectie en willen zelf verantwoordelijkheid nemen voor de verbeterpunten die "
      "aan de zorgaanbieders en apotheekhoudenden zijn gericht. Zij hebben daarover het volgende toegezegd."),
    P(EV31 + " Zij nemen dit op als norm in hun kwaliteitskaders en helpen leden die dat nog niet doen met een "
      "model voor de werkwijze bij ontslag. " + EV41B + " Ik ben blij met deze toezeggingen, en heb met beide "
      "organisaties afgesproken dat zij in het voorjaar van 2027 rapporteren over de voortgang.",
      answers=(Answer("3.1", "agree", EV31), Answer("4.1", "agree", EV41B))),
    P(EV32 + " Ik begrijp die afweging; de groep met vijf of meer geneesmiddelen is ook de groep waarbij de "
      "inspectie de meeste fouten aantrof. Het geverifieerde overzicht gaat, zodra de elektronische uitwisseling "
      "het toelaat, rechtstreeks naar de thuiszorgorganisatie; tot die tijd spreken apotheek en thuiszorg per "
      "regio af hoe het overzicht wordt verstuurd.",
      answers=(Answer("3.2", "partial", EV32),)),
    P("Verder hebben de partijen toegezegd:"),
    bullets(
        "een gezamenlijke e-learning 'Veilig toedienen thuis' te ontwikkelen, die vanaf september 2026 gratis "
        "beschikbaar is voor alle medewerkers in de thuiszorg;",
        "een folder voor cliënten en mantelzorgers te maken over wat zij kunnen doen als de medicatie na ontslag "
        "niet klopt;",
        "hun leden op te roepen alle fouten bij toediening te melden, ook als er geen schade is ontstaan.",
    ),
    P(EV52B + " Ik volg de uitvoering van alle afspraken in het bestuurlijk overleg van het programma Zorg thuis.",
      answers=(Answer("5.2", "agree", EV52B),)),
    H2("Zorg thuis vanuit de Wet langdurige zorg"),
    P("De inspectie vraagt ook aandacht voor cliënten die thuis wonen en hun zorg ontvangen vanuit de Wet "
      "langdurige zorg, met een volledig of modulair pakket thuis. Voor hen zijn de zorgkantoren aan zet. De "
      "Wlz valt onder de verantwoordelijkheid van mijn ambtgenoot voor Langdurige Zorg, aan wie ik dit onderdeel "
      "van het rapport heb doorgeleid. Zij zal uw Kamer hierover afzonderlijk informeren."),
    H2("Tot slot"),
    P("Veilig toedienen van geneesmiddelen thuis vraagt om een keten die klopt: van het ziekenhuis via de apotheek "
      "naar de thuiszorgmedewerker aan het bed. Met deze brief zet ik, samen met de sector, stappen op elk van die "
      "schakels. De inspectie heeft aangekondigd in 2027 opnieuw een deel van de organisaties te bezoeken. Ik zal "
      "uw Kamer na dat vervolgonderzoek informeren over de stand van zaken, en dan ook terugkomen op de "
      "voortgang van de digitale toedienregistratie."),
    P("De minister van Volksgezondheid, Welzijn en Sport,"),
    P("drs. M.A. Verhoef-Lindeman"),
)

RESPONSE = Document(
    title="Reactie op het rapport 'Medicatieveiligheid in de thuiszorg'",
    subtitle="Brief van de minister van Volksgezondheid, Welzijn en Sport aan de Tweede Kamer  |  "
             "Ministerie van Volksgezondheid, Welzijn en Sport, Directie Curatieve Zorg",
    blocks=RESPONSE_BLOCKS,
    running_header="Reactie inspectierapport medicatieveiligheid thuiszorg  |  Kenmerk 4211876-1103352-CZ",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="inspectorate_verbeterpunten_inline",
    report=REPORT,
    response=RESPONSE,
    description="Inspectie Zorg en Welzijn report on medication safety in home care with 13 improvement points "
                "('Verbeterpunt 3.1: ...', one-item dash lists) inside findings chapters 3-5 and a non-annotated "
                "summary table; answered by a VWS letter ordered by theme, naming some points by number, with a "
                "sector-promises paragraph (ActiZ, KNMP), a proportionality refusal, guideline-instead-of-law "
                "partials and one point passed to the minister for Langdurige Zorg.",
)
