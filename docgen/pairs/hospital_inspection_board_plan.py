"""Pair: a fictional IGJ inspection report on the emergency department (SEH) of one general hospital, answered not by
a minister but by the hospital's raad van bestuur with a "plan van aanpak": a short letter and an annex table of
actions numbered in the board's own scheme (A1-A13).

Report layout: sans, title page with imprint, running header "IGJ | Toezichtbezoek SEH ...", page numbers only.
"Samenvatting" with a bullet list of main findings, then chapters numbered in the heading text ("2 Triage en
wachtkamer") with level-2 sections.  Chapter 1 holds a lettered list "a." of the norms the inspection tests against
and a "1." list of research questions (neither are recommendations) and a bullet list of methods.  The theme chapters
(triage, drukte en doorstroming, personele bezetting, overdracht) each hold findings (bullets, a bold "Casus" lead-in)
and end with a prose paragraph "Wat de inspectie verwacht" that refers forward to chapter 7 (prose, no list items).
Table 1 (grid) gives monthly waiting-time figures, table 2 (row rules) staffing per shift.  Chapter 6 has the
conclusions as a bullet list "De inspectie stelt vast dat:".  Chapter 7 "Wat de inspectie verwacht" lists the
fourteen measures as one continuous "1." numbering split over five level-2 theme headings, all in the inspection's
own wording ("De raad van bestuur zorgt ervoor dat ..."); 10 and 12 also involve the ambulance service (RAV
Waardenland), 13 the huisartsenpost and the zorgverzekeraar.  All addressees are OTHER (a hospital board, an
ambulance service, an insurer).  Annex: bullet list of consulted documents.  No measure is printed twice.

Response layout: sans letter without title page (letterhead "Noordwaard Ziekenhuis - Raad van bestuur"), address
block, reference line, "Geachte mevrouw Verhoef,"; a bullet list of interim measures taken after the visit (answers
nothing); the letter itself explains the SEH-arts investment (7) and the three refusals (6, 9, 12) and passes 13 on to
the regional administrative meeting.  After a page break the annex "Plan van aanpak" is a grid table with columns
"Nr. | Verwachting inspectie | Actie | Verantwoordelijk | Gereed", rows A1-A13; the "Verwachting" cell names the
inspection's point in words, only sometimes with "(maatregel N)".  Row A2 answers two measures (2 and 3) in one
cell; row A13 is the board's own action and answers nothing; there is no row for measure 8.  Where the letter and
a table row both answer a measure, the letter comes first and decides.

  1 triage within 10 minutes, also at peaks       agree     - A1: dedicated triage nurse 24/7 from 1 Oct 2025,
                                                               a second one 11-23 h (no cue word)
  2 re-triage protocol, recorded in the file      agree     - A2 (by subject): protocol adopted and in use
  3 supervision: waiting room visible + nurse      partial   - A2: nurse in the waiting room 12-24 h only, not at
    present whenever patients wait                             night for lack of staff
  4 escalation plan with thresholds up to the RvB agree     - A3: "Escalatieplan drukte SEH" adopted 15 July
  5 admitted patients to a ward within one hour;  partial   - A4: bed manager 7 days a week yes, the one-hour
    bed management 7 days a week                              norm not guaranteed (two-hour target instead)
  6 no more temporary closure for ambulances      disagree  - letter: "kunnen wij niet doen", regional ROAZ
                                                               agreements; A5 repeats the refusal
  7 SEH-arts KNMG present 24/7                    agree     - letter and A6: from 1 January 2026
  8 flex nurses inducted and competence recorded  not_addressed - no action row; the letter only states existing
    before their first shift                                  practice ("werken bij ons al alleen na het
                                                               inwerkprogramma") inside the refusal of 9
  9 flex share down to 15 % within a year         disagree  - letter "nemen wij echter niet over" (vacancies,
                                                               training takes 18 months); A7 repeats
 10 structured ambulance handover within 15 min   agree     - A8: work agreement with the RAV from 1 Sept 2025
 11 written handover before transfer + receipt    partial   - A9: handover before departure yes, confirmation by
    confirmed by the receiving ward                           the ward only piloted on two wards
 12 ambulance trip form directly in the EPD       disagree  - letter: "Deze verwachting nemen wij niet over";
    within a year (with RAV)                                  regional data exchange, three EPD vendors; A10
 13 joint triage with the huisartsenpost and the  not_addressed - passed on: on the agenda of the regional
    zorgverzekeraar                                           meeting of 20 November, "laten wij u weten wat daar
                                                               is besloten" (letter and A11, no position)
 14 monthly quality indicators, discussed with    agree     - A12: dashboard monthly with the board, quarterly in
    the raad van toezicht                                     the supervisory board's committee
All prose is fictional and written for this test set; the hospital, the town Lingemeer, RAV Waardenland and all
persons are invented.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def measures(start: int, *texts: str) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), ("OTHER",)))
                    for i, text in enumerate(texts)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Samenvatting"),
    P("De Inspectie Gezondheidszorg en Jeugd (IGJ) heeft op 11 en 12 maart 2025 onaangekondigd de spoedeisende hulp "
      "(SEH) bezocht van het Noordwaard Ziekenhuis, locatie Lingemeer. Aanleiding waren drie calamiteitenmeldingen "
      "in 2024 waarin patiënten lang in de wachtkamer zaten zonder dat iemand hun toestand opnieuw beoordeelde, "
      "signalen van de Regionale Ambulancevoorziening Waardenland over lange overdrachtstijden, en meldingen van "
      "medewerkers bij het Landelijk Meldpunt Zorg."),
    P("De inspectie ziet een SEH-team dat zich met grote inzet voor patiënten inzet, onder omstandigheden die "
      "structureel te zwaar zijn. Het aantal bezoeken is sinds 2022 met bijna een vijfde gestegen, terwijl het "
      "aantal beschikbare bedden in het ziekenhuis is gedaald. De SEH vangt de tekorten van het hele ziekenhuis op. "
      "Dat leidt tot risico's voor patiënten die de inspectie niet aanvaardbaar vindt. De belangrijkste bevindingen "
      "zijn:"),
    bullets(
        "In de avonduren wordt minder dan de helft van de patiënten binnen tien minuten getrieerd; in februari 2025 "
        "was dat 41 procent.",
        "Patiënten die na de triage in de wachtkamer wachten, worden niet volgens een vaste werkwijze opnieuw "
        "beoordeeld. In 27 van de 40 onderzochte dossiers van wachtende patiënten ontbrak een herbeoordeling.",
        "Een deel van de wachtkamer is vanaf de verpleegpost niet te zien.",
        "Gemiddeld verblijft een op de vier patiënten langer dan vier uur op de SEH; bij patiënten die worden "
        "opgenomen is dat meer dan de helft, omdat er op de afdelingen geen bed vrij is.",
        "De SEH was tussen oktober 2024 en februari 2025 in totaal 212 uur gesloten voor ambulancepatiënten.",
        "In de nacht is geen SEH-arts aanwezig. Ongeveer 30 procent van de verpleegkundige diensten wordt ingevuld "
        "door uitzend- en zzp-krachten, van wie niet altijd is vastgelegd dat zij bekwaam zijn voor triage.",
        "De overdracht van ambulancepatiënten en de overdracht van de SEH naar de verpleegafdelingen verlopen niet "
        "gestructureerd; informatie gaat verloren.",
        "De raad van bestuur heeft geen actueel beeld van de kwaliteit en veiligheid van de zorg op de SEH.",
    ),
    P("De inspectie concludeert dat het Noordwaard Ziekenhuis op de SEH niet voldoet aan de eisen van goede zorg op "
      "het gebied van triage, toezicht op wachtende patiënten, doorstroming en overdracht. In hoofdstuk 7 staat wat "
      "de inspectie verwacht. De inspectie vraagt de raad van bestuur binnen acht weken na vaststelling van dit "
      "rapport een plan van aanpak te sturen en zal de SEH binnen een jaar opnieuw bezoeken."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Het Noordwaard Ziekenhuis is een algemeen ziekenhuis met twee locaties. De locatie Lingemeer heeft de enige "
      "SEH van het ziekenhuis die 24 uur per dag open is; de locatie Oudewaard heeft sinds 2023 een huisartsenpost "
      "en een poli voor kleine letsels, maar geen SEH meer. De SEH in Lingemeer ontvangt jaarlijks ruim 31.000 "
      "patiënten, van wie ongeveer een derde per ambulance binnenkomt. Naast de SEH ligt de huisartsenpost Lingemeer, "
      "die buiten kantooruren de huisartsenzorg verzorgt voor ongeveer 240.000 inwoners."),
    P("In 2024 meldde het ziekenhuis drie calamiteiten op de SEH bij de inspectie. In twee gevallen zat een patiënt "
      "met een ernstige aandoening meer dan twee uur in de wachtkamer zonder dat zijn toestand opnieuw werd "
      "beoordeeld. In het derde geval werd een patiënt na een lange wachttijd op de SEH zonder volledige overdracht "
      "naar een verpleegafdeling overgeplaatst, waar een verslechtering pas laat werd opgemerkt. Daarnaast ontving "
      "de inspectie in de tweede helft van 2024 vijf meldingen van medewerkers over onveilige situaties door "
      "drukte, en meldde de Regionale Ambulancevoorziening (RAV) Waardenland dat ambulances bij het Noordwaard "
      "Ziekenhuis vaker en langer moesten wachten dan bij de andere ziekenhuizen in de regio.",
      footnotes=("De calamiteiten zijn door het ziekenhuis onderzocht; de inspectie heeft de onderzoeksrapporten "
                 "beoordeeld en als voldoende afgesloten. Dit rapport gaat niet over de afzonderlijke calamiteiten.",)),
    H2("1.2 Toetsingskader"),
    P("De Wet kwaliteit, klachten en geschillen zorg (Wkkgz) verplicht zorgaanbieders om goede zorg te bieden en de "
      "zorg zo te organiseren dat dit redelijkerwijs tot goede zorg leidt. Wat goede zorg op de SEH is, staat onder "
      "meer in het Kwaliteitskader Spoedzorgketen en in de veldnormen van de beroepsgroepen. De inspectie toetste "
      "aan de volgende normen:"),
    ItemList(items=(
        ListItem("Iedere patiënt die zich op de SEH meldt, wordt binnen tien minuten getrieerd door een bekwame "
                 "triagist met een gevalideerd triagesysteem."),
        ListItem("Patiënten die na de triage moeten wachten, staan onder toezicht en worden opnieuw beoordeeld "
                 "als de wachttijd langer is dan de triage-urgentie toelaat."),
        ListItem("Het ziekenhuis heeft maatregelen voor drukte en stuurt op de doorstroming van de SEH naar de "
                 "verpleegafdelingen."),
        ListItem("Op de SEH is 24 uur per dag een arts aanwezig die bekwaam is in de acute geneeskunde; de "
                 "verpleegkundigen zijn bekwaam voor hun taken."),
        ListItem("De overdracht van patiënten gebeurt gestructureerd en wordt vastgelegd in het dossier."),
        ListItem("De raad van bestuur heeft zicht op de kwaliteit en veiligheid van de zorg en stuurt daarop."),
    ), style="a."),
    H2("1.3 Onderzoeksvragen"),
    P("Het bezoek moest antwoord geven op de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Worden patiënten op de SEH tijdig en deskundig getrieerd, en staan wachtende patiënten onder "
                 "voldoende toezicht?"),
        ListItem("Hoe gaat het ziekenhuis om met drukte op de SEH, en hoe verloopt de doorstroming naar de "
                 "verpleegafdelingen?"),
        ListItem("Is de bezetting van artsen en verpleegkundigen voldoende en bekwaam?"),
        ListItem("Verloopt de overdracht van patiënten van de ambulance naar de SEH en van de SEH naar de "
                 "verpleegafdeling veilig?"),
        ListItem("Heeft de raad van bestuur zicht op de risico's op de SEH, en stuurt hij daarop?"),
    ), style="1."),
    H2("1.4 Werkwijze"),
    P("Het bezoek werd uitgevoerd door drie inspecteurs, onder wie een arts en een verpleegkundige met ervaring in de "
      "acute zorg. Zij waren op 11 maart 2025 van 14.00 tot 23.30 uur en op 12 maart 2025 van 7.30 tot 16.00 uur in "
      "het ziekenhuis. De inspectie:"),
    bullets(
        "observeerde de gang van zaken bij de balie, de triage, in de wachtkamer, in de behandelkamers en bij de "
        "ambulance-ingang, in totaal ongeveer veertien uur;",
        "sprak met de raad van bestuur, de medisch manager en de manager van de SEH, vier SEH-artsen, twee "
        "arts-assistenten, elf verpleegkundigen (onder wie vier uitzendkrachten), de bedmanager van dienst en twee "
        "ambulanceverpleegkundigen;",
        "bestudeerde 60 patiëntendossiers, waarvan 40 van patiënten die na de triage langer dan een half uur in de "
        "wachtkamer hadden gewacht en 20 van patiënten die vanaf de SEH waren opgenomen;",
        "vroeg cijfers op over bezoekaantallen, wachttijden, verblijfsduur, opnamestops en de personele bezetting "
        "over de periode oktober 2024 tot en met februari 2025.",
    ),
    P("Het ziekenhuis heeft op 7 mei 2025 op het conceptrapport gereageerd. De inspectie heeft feitelijke "
      "onjuistheden gecorrigeerd."),
    H("2 Triage en wachtkamer"),
    H2("2.1 Bevindingen triage"),
    P("Het Noordwaard Ziekenhuis gebruikt het Manchester Triage Systeem (MTS). Bij binnenkomst meldt de patiënt zich "
      "bij de balie, waar een secretaresse de gegevens invoert. Daarna volgt de triage door een verpleegkundige in een "
      "van de twee triagekamers. Overdag is één verpleegkundige als triagist ingeroosterd. In de avond en nacht "
      "triëert de verpleegkundige die de zogenoemde voordeur heeft; die heeft daarnaast de zorg voor twee "
      "behandelkamers."),
    P("Tijdens het bezoek op dinsdagavond zag de inspectie dat de triagist tussen 18.30 en 21.00 uur vrijwel "
      "voortdurend bij patiënten in de behandelkamers was. In die periode zaten op enig moment elf patiënten in de "
      "wachtkamer die zich al hadden gemeld maar nog niet waren getrieerd. De langste wachttijd tot triage die de "
      "inspectie zag, was 48 minuten. De cijfers van het ziekenhuis (tabel 1 in hoofdstuk 3) laten zien dat dit geen "
      "uitzondering is."),
    P("Niet alle verpleegkundigen die triëren, hebben de MTS-scholing gevolgd. Het ziekenhuis kon voor acht van de "
      "22 verpleegkundigen die in de onderzochte periode hadden getrieerd, geen bewijs van scholing of toetsing "
      "laten zien. Zes van hen waren uitzend- of zzp-krachten."),
    H2("2.2 Bevindingen wachtkamer"),
    P("De wachtkamer heeft 34 stoelen en is L-vormig. Vanaf de verpleegpost is alleen het rechte deel te zien; de "
      "hoek bij de ingang, waar ook de rolstoelplaatsen zijn, ligt buiten het zicht. Er is geen camera. In de "
      "wachtkamer is geen verpleegkundige aanwezig. Patiënten die zich slechter voelen, moeten zich melden bij de "
      "balie."),
    P("Er is geen protocol voor herbeoordeling (hertriage) van wachtende patiënten. Verpleegkundigen zeiden dat zij "
      "'als het kan' een ronde door de wachtkamer lopen. In de 40 onderzochte dossiers van patiënten die na de "
      "triage langer dan een half uur wachtten, vond de inspectie het volgende:"),
    bullets(
        "in 27 dossiers was na de triage geen enkele herbeoordeling vastgelegd;",
        "in 9 dossiers was een herbeoordeling vastgelegd, maar zonder vitale parameters;",
        "in 4 dossiers waren de vitale parameters opnieuw gemeten en vastgelegd;",
        "bij 6 patiënten was de wachttijd langer dan de maximale tijd die bij hun urgentie hoort, zonder dat dit "
        "tot een nieuwe beoordeling had geleid.",
    ),
    P("Casus", bold=True),
    P("Een man van 71 jaar meldt zich om 19.12 uur met kortademigheid en koorts. Bij de triage om 19.40 uur krijgt "
      "hij urgentie geel (binnen een uur naar de arts). Hij neemt plaats in de hoek van de wachtkamer. Om 21.05 uur "
      "meldt zijn dochter bij de balie dat hij 'wegzakt'. Bij een nieuwe meting blijkt hij een lage bloeddruk en een "
      "hoge ademhalingsfrequentie te hebben. Hij wordt met een sepsis opgenomen op de intensive care. In het dossier "
      "staat tussen 19.40 en 21.05 uur niets vastgelegd."),
    H2("2.3 Oordeel en verwachting"),
    P("De inspectie vindt dat het ziekenhuis niet voldoet aan de norm dat iedere patiënt binnen tien minuten wordt "
      "getrieerd, en evenmin aan de norm dat wachtende patiënten onder toezicht staan en opnieuw worden beoordeeld. "
      "Een triagist die ook behandelkamers heeft, kan bij drukte niet tegelijk de voordeur bewaken. Dat niet vast te "
      "stellen is of een deel van de triagisten bekwaam is, vergroot het risico."),
    P("Wat de inspectie verwacht: dat de triage zo wordt georganiseerd dat zij ook in de avonduren tijdig "
      "plaatsvindt, dat er een vaste werkwijze komt voor het opnieuw beoordelen van wachtende patiënten, en dat de "
      "wachtkamer onder toezicht staat. Zie de maatregelen 1 tot en met 3 in hoofdstuk 7."),
    H("3 Drukte en doorstroming"),
    H2("3.1 Kerncijfers"),
    P("Het aantal SEH-bezoeken steeg van 26.400 in 2022 naar 31.300 in 2024. In dezelfde periode daalde het aantal "
      "operationele bedden op de locatie Lingemeer van 388 naar 352, vooral doordat afdelingen bedden sloten bij "
      "gebrek aan verpleegkundigen. Tabel 1 geeft de kerncijfers over de periode waarop het onderzoek zich richtte."),
    P("Tabel 1. Kerncijfers SEH Noordwaard Ziekenhuis, locatie Lingemeer, oktober 2024 - februari 2025", bold=True),
    Table(
        header=("Maand", "Bezoeken", "Getrieerd binnen 10 min (%)", "Mediane tijd tot triage (min)",
                "Verblijf > 4 uur (%)", "Mediane wachttijd op bed na opnamebesluit (min)", "Uren opnamestop"),
        rows=(
            ("oktober 2024", "2.590", "63", "8", "21", "94", "31"),
            ("november 2024", "2.610", "58", "9", "24", "112", "38"),
            ("december 2024", "2.780", "49", "12", "29", "138", "57"),
            ("januari 2025", "2.740", "51", "11", "27", "127", "49"),
            ("februari 2025", "2.560", "55", "10", "25", "119", "37"),
            ("idem, alleen 18.00-24.00 uur, februari 2025", "960", "41", "15", "33", "161", "-"),
        ),
        widths=(2.1, 1.45, 1.5, 1.5, 1.3, 1.9, 1.25),
        font_size=8.5,
    ),
    P("Bron: gegevens Noordwaard Ziekenhuis, bewerking IGJ. De laatste rij betreft alleen patiënten die zich in "
      "februari 2025 tussen 18.00 en 24.00 uur meldden."),
    H2("3.2 Patiënten die wachten op een bed"),
    P("Patiënten voor wie de arts besluit dat zij moeten worden opgenomen, blijven op de SEH tot er op een afdeling "
      "een bed beschikbaar is. Tijdens het bezoek op dinsdagavond lagen om 22.00 uur negen van de veertien "
      "behandelplekken vol met patiënten die op een bed wachtten. Twee van hen lagen op een brancard op de gang naast "
      "de gipskamer. Eén patiënt bracht de nacht door op de SEH. Nieuwe patiënten konden daardoor niet worden "
      "behandeld en bleven in de wachtkamer of in de ambulance."),
    P("Het ziekenhuis heeft op werkdagen tot 17.00 uur een bedmanager. Daarna en in het weekend zoekt de "
      "verpleegkundige van de SEH zelf telefonisch een bed, afdeling voor afdeling. Verpleegkundigen van de SEH "
      "vertelden dat zij daar in de avond soms meer dan een uur per dienst mee bezig zijn. Afdelingen nemen in de "
      "avond volgens hen niet graag nog patiënten op."),
    P("Er is geen vastgesteld plan voor wat er moet gebeuren als de SEH vol ligt. De medisch manager kon een "
      "concept uit 2022 laten zien, dat nooit was vastgesteld. Medewerkers weten niet wanneer zij de dienstdoende "
      "manager of de raad van bestuur moeten inschakelen, en doen dat in de praktijk zelden."),
    H2("3.3 Opnamestops"),
    P("Als de SEH vol ligt, kan de dienstdoende SEH-arts besluiten tot een tijdelijke opnamestop voor "
      "ambulancepatiënten: de meldkamer stuurt ambulances dan naar een ander ziekenhuis, behalve bij levensbedreigende "
      "situaties. In de regio Waardenland hebben de vier ziekenhuizen met SEH daarover afspraken gemaakt in het "
      "Regionaal Overleg Acute Zorgketen (ROAZ). Het Noordwaard Ziekenhuis had in de vijf onderzochte maanden samen "
      "212 uur een opnamestop, meer dan de drie andere ziekenhuizen in de regio samen. De RAV gaf aan dat ambulances "
      "daardoor langer onderweg zijn en dat de ambulancedekking in de regio onder druk komt."),
    H2("3.4 Oordeel en verwachting"),
    P("De inspectie vindt dat het ziekenhuis onvoldoende maatregelen heeft getroffen voor drukte. De SEH vangt de "
      "capaciteitstekorten van het ziekenhuis op, zonder dat er afspraken zijn over wie wanneer ingrijpt. Patiënten die "
      "op een bed wachten, krijgen op de SEH niet altijd de zorg die zij nodig hebben, en nemen de plaats in van "
      "nieuwe patiënten. Het ziekenhuis verplaatst de drukte bovendien naar de ambulancezorg en de andere "
      "ziekenhuizen in de regio."),
    P("Wat de inspectie verwacht: een vastgesteld plan voor drukte, een bedmanagement dat ook in de avond en het "
      "weekend werkt, en een einde aan opnamestops die het gevolg zijn van tekorten in het eigen ziekenhuis. Zie de "
      "maatregelen 4 tot en met 6."),
    H("4 Personele bezetting"),
    H2("4.1 Artsen"),
    P("Het Noordwaard Ziekenhuis heeft zeven SEH-artsen KNMG in dienst. Overdag en in de avond tot 23.00 uur is een "
      "SEH-arts aanwezig. In de nacht werkt een arts-assistent niet in opleiding, met een SEH-arts als achterwacht "
      "thuis. Uit het rooster blijkt dat de achterwacht in de onderzochte periode 41 keer naar het ziekenhuis kwam. "
      "De arts-assistenten zeiden dat zij in de nacht soms lang twijfelen of zij de achterwacht zullen bellen."),
    P("Het Kwaliteitskader Spoedzorgketen bepaalt dat op iedere SEH 24 uur per dag een arts aanwezig is die "
      "bekwaam is in de acute geneeskunde, in de regel een SEH-arts KNMG. Een arts-assistent niet in opleiding "
      "voldoet daar zonder aanvullende kwalificatie niet aan.", footnotes=(
        "Kwaliteitskader Spoedzorgketen, onderdeel SEH, norm 2.4. Het kader is in het Register van het "
        "Zorginstituut Nederland opgenomen.",)),
    H2("4.2 Verpleegkundigen"),
    P("De formatie van de SEH bestaat uit 46 fte verpleegkundigen. Op 1 maart 2025 waren daarvan 11 fte vacant. "
      "Het ziekenhuis vult de gaten met uitzend- en zzp-verpleegkundigen. Tabel 2 toont de bezetting volgens het "
      "rooster en de werkelijke bezetting in de onderzochte periode."),
    P("Tabel 2. Verpleegkundige bezetting SEH per dienst, oktober 2024 - februari 2025 (gemiddelden)", bold=True),
    Table(
        header=("Dienst", "Norm volgens rooster", "Werkelijk vaste medewerkers", "Werkelijk flexkrachten",
                "Diensten onder de norm (%)"),
        rows=(
            ("Dag (7.30-16.00)", "8", "5,9", "1,8", "11"),
            ("Avond (15.30-24.00)", "8", "4,7", "2,6", "23"),
            ("Nacht (23.30-8.00)", "5", "3,2", "1,5", "14"),
        ),
        widths=(2.2, 1.6, 1.8, 1.6, 1.6),
        rules="rows",
    ),
    P("Gemiddeld werd 30 procent van de verpleegkundige diensten ingevuld door flexkrachten; in de avonddiensten was "
      "dat 36 procent. Flexkrachten werken soms maar enkele diensten per maand op de SEH. Het ziekenhuis heeft een "
      "inwerkprogramma, maar uit de roosters en personeelsdossiers bleek dat vijf van de twaalf flexkrachten die de "
      "inspectie nakeek, hun eerste dienst zelfstandig hadden gedraaid zonder meeloopdienst. Voor de helft van hen was "
      "niet vastgelegd dat zij bekwaam zijn voor triage, en voor vier van hen niet dat zij bevoegd en bekwaam zijn "
      "voor de voorbehouden handelingen die op de SEH vaak voorkomen, zoals het inbrengen van een infuus."),
    P("Vaste verpleegkundigen vertelden de inspectie dat zij in drukke diensten naast hun eigen patiënten ook de "
      "flexkrachten begeleiden, de weg wijzen en controleren. Verschillende verpleegkundigen zeiden te overwegen een "
      "baan buiten de SEH te zoeken."),
    H2("4.3 Oordeel en verwachting"),
    P("De inspectie vindt dat het ziekenhuis in de nacht niet voldoet aan de norm voor de aanwezigheid van een arts "
      "die bekwaam is in de acute geneeskunde. Bij de verpleegkundigen is de bezetting vaak onder de norm en is de "
      "bekwaamheid van een deel van de flexkrachten niet aangetoond. Het grote aandeel flexkrachten legt bovendien een "
      "zware last op het vaste team, wat het vertrek van vaste medewerkers in de hand werkt."),
    P("Wat de inspectie verwacht: een SEH-arts die dag en nacht aanwezig is, flexkrachten die aantoonbaar bekwaam zijn "
      "voordat zij zelfstandig werken, en een stabieler team. Zie de maatregelen 7 tot en met 9."),
    H("5 Overdracht"),
    H2("5.1 Van ambulance naar SEH"),
    P("Ambulances komen binnen via een aparte ingang. Er is geen vaste plek en geen vaste verpleegkundige voor de "
      "ontvangst. Tijdens het bezoek zag de inspectie dat ambulanceverpleegkundigen bij drukte met hun patiënt op de "
      "gang wachtten tot er een verpleegkundige vrij was. De overdracht gebeurde daarna vaak staand op de gang, in "
      "het bijzijn van andere patiënten, en niet volgens een vaste structuur. De gemiddelde tijd tussen aankomst en "
      "overdracht was volgens de RAV in februari 2025 24 minuten; bij 18 procent van de ritten was dat meer dan "
      "veertig minuten."),
    P("Het digitale ritformulier van de ambulance komt niet automatisch in het elektronisch patiëntendossier (EPD) "
      "van het ziekenhuis. De ambulanceverpleegkundige print het formulier en laat het achter; het wordt later "
      "gescand. In drie van de twintig dossiers van opgenomen patiënten ontbrak het ritformulier."),
    H2("5.2 Van SEH naar verpleegafdeling"),
    P("Als een bed beschikbaar is, brengt een transportmedewerker of een verpleegkundige de patiënt naar de afdeling. "
      "In de helft van de onderzochte dossiers was de verpleegkundige overdracht pas na vertrek van de patiënt in het "
      "EPD vastgelegd, soms uren later. Verpleegkundigen van de afdelingen vertelden dat zij patiënten soms "
      "ontvangen zonder te weten waarom zij zijn opgenomen of welke medicatie zij op de SEH kregen. Of de "
      "overdracht is gelezen, wordt niet vastgelegd."),
    H2("5.3 Oordeel en verwachting"),
    P("De inspectie vindt dat de overdracht op beide momenten niet voldoet aan de norm van een gestructureerde en "
      "vastgelegde overdracht. Daardoor gaat informatie verloren op het moment dat de patiënt het meest kwetsbaar is."),
    P("Wat de inspectie verwacht: een gestructureerde overdracht van ambulancepatiënten aan het bed, binnen een "
      "vaste tijd, een overdracht naar de afdeling die vastligt voordat de patiënt vertrekt, en een digitale "
      "uitwisseling van de ambulancegegevens. Zie de maatregelen 10 tot en met 12."),
    H("6 Sturing en conclusies"),
    H2("6.1 Sturing door de raad van bestuur"),
    P("De raad van bestuur ontvangt elk kwartaal een rapportage met productiecijfers van de SEH, zoals het aantal "
      "bezoeken en opnames. Informatie over de tijd tot triage, de verblijfsduur, het aantal uren opnamestop en de "
      "gemelde incidenten maakt daar geen deel van uit. De raad van bestuur was niet op de hoogte van het aantal "
      "uren opnamestop in de winter van 2024-2025. De raad van toezicht heeft de SEH in 2024 één keer besproken, naar "
      "aanleiding van de calamiteiten."),
    P("De raad van bestuur erkende in het gesprek met de inspectie dat de problemen op de SEH te lang als een "
      "probleem van de SEH zelf zijn gezien, terwijl zij hun oorzaak vooral vinden in de capaciteit van het hele "
      "ziekenhuis en in de afspraken in de regio."),
    P("Een deel van de patiënten die zonder verwijzing naar de SEH komen, had ook door de huisartsenpost kunnen "
      "worden geholpen. De huisartsenpost Lingemeer ligt naast de SEH, maar beide hebben een eigen balie en een eigen "
      "triage. Patiënten die zich bij de verkeerde balie melden, worden teruggestuurd. Andere ziekenhuizen in het land "
      "hebben goede ervaringen met één gezamenlijke balie en triage voor de SEH en de huisartsenpost."),
    H2("6.2 Conclusies"),
    P("De inspectie stelt vast dat:", bold=True),
    bullets(
        "de triage in de avond niet tijdig plaatsvindt en niet vaststaat dat alle triagisten bekwaam zijn;",
        "wachtende patiënten niet onder toezicht staan en niet volgens een vaste werkwijze opnieuw worden "
        "beoordeeld;",
        "er geen plan voor drukte is en het bedmanagement buiten kantoortijden ontbreekt;",
        "de SEH vaak wordt gesloten voor ambulancepatiënten omdat het eigen ziekenhuis vol ligt;",
        "in de nacht geen SEH-arts aanwezig is;",
        "de bekwaamheid van flexkrachten niet is aangetoond en het aandeel flexkrachten hoog is;",
        "de overdracht van ambulance naar SEH en van SEH naar afdeling niet gestructureerd is;",
        "de raad van bestuur geen actueel beeld heeft van de kwaliteit en veiligheid van de zorg op de SEH.",
    ),
    P("De inspectie vindt deze tekortkomingen ernstig, omdat zij samen het risico vergroten dat de toestand van een "
      "patiënt verslechtert zonder dat iemand het ziet."),
    H("7 Wat de inspectie verwacht"),
    P("De inspectie verwacht dat de raad van bestuur van het Noordwaard Ziekenhuis de volgende maatregelen neemt. "
      "Tenzij anders vermeld, moeten de maatregelen binnen zes maanden na vaststelling van dit rapport zijn "
      "uitgevoerd. Bij een aantal maatregelen is het ziekenhuis afhankelijk van anderen; de inspectie stuurt dit "
      "rapport daarom ook aan RAV Waardenland, de huisartsenpost Lingemeer en de zorgverzekeraar met het grootste "
      "marktaandeel in de regio."),
    H2("Triage en wachtkamer"),
    measures(
        1,
        "De raad van bestuur zorgt ervoor dat iedere patiënt die zich op de SEH meldt, binnen tien minuten na "
        "binnenkomst wordt getrieerd door een bevoegde en bekwame triagist, ook op momenten dat het druk is.",
        "De raad van bestuur zorgt ervoor dat patiënten die na de triage in de wachtkamer wachten, volgens een "
        "vastgesteld protocol opnieuw worden beoordeeld, en dat deze herbeoordeling in het dossier wordt "
        "vastgelegd.",
        "De raad van bestuur zorgt ervoor dat er toezicht is op wachtende patiënten, doordat de hele wachtkamer vanaf "
        "de verpleegpost te overzien is en er een verpleegkundige in de wachtkamer aanwezig is zolang daar patiënten "
        "wachten.",
    ),
    H2("Drukte en doorstroming"),
    measures(
        4,
        "De raad van bestuur stelt een escalatieplan voor drukte op de SEH vast, met meetbare drempelwaarden, en legt "
        "daarin vast wie bij het overschrijden van een drempel welke maatregelen neemt, tot en met de raad van "
        "bestuur.",
        "De raad van bestuur zorgt ervoor dat patiënten voor wie een opnamebesluit is genomen, binnen een uur naar "
        "een verpleegafdeling doorstromen, en stelt daartoe een bedmanagementfunctie in die zeven dagen per week "
        "beschikbaar is.",
        "De raad van bestuur zorgt ervoor dat de SEH niet langer tijdelijk wordt gesloten voor ambulancepatiënten "
        "vanwege een tekort aan bedden of personeel in het eigen ziekenhuis.",
    ),
    H2("Personele bezetting"),
    measures(
        7,
        "De raad van bestuur zorgt ervoor dat op de SEH 24 uur per dag, zeven dagen per week een SEH-arts KNMG "
        "fysiek aanwezig is.",
        "De raad van bestuur zorgt ervoor dat uitzend- en zzp-verpleegkundigen vóór hun eerste zelfstandige dienst "
        "op de SEH zijn ingewerkt en dat hun bekwaamheid voor triage en voor de voorbehouden handelingen aantoonbaar "
        "is vastgesteld.",
        "De raad van bestuur brengt het aandeel verpleegkundige diensten op de SEH dat door uitzend- en "
        "zzp-krachten wordt ingevuld, binnen een jaar terug tot ten hoogste 15 procent.",
    ),
    H2("Overdracht"),
    measures(
        10,
        "De raad van bestuur maakt met de Regionale Ambulancevoorziening Waardenland afspraken over een "
        "gestructureerde overdracht van ambulancepatiënten aan het bed, volgens de ABCDE-systematiek, binnen "
        "vijftien minuten na aankomst.",
        "De raad van bestuur zorgt ervoor dat bij overplaatsing van de SEH naar een verpleegafdeling de "
        "verpleegkundige overdracht in het dossier staat voordat de patiënt vertrekt, en dat de ontvangende afdeling "
        "de overdracht bevestigt.",
        "De raad van bestuur zorgt er samen met de Regionale Ambulancevoorziening Waardenland voor dat de gegevens "
        "uit het digitale ambulanceritformulier binnen een jaar rechtstreeks in het elektronisch patiëntendossier "
        "van het ziekenhuis beschikbaar zijn.",
    ),
    H2("Keten en sturing"),
    measures(
        13,
        "De raad van bestuur maakt met de huisartsenpost Lingemeer en de zorgverzekeraar afspraken over een "
        "gezamenlijke balie en triage voor patiënten die zonder verwijzing naar de SEH komen.",
        "De raad van bestuur volgt maandelijks de kwaliteitsindicatoren van de SEH, waaronder de tijd tot triage, de "
        "verblijfsduur, het aantal uren opnamestop en de gemelde incidenten, en bespreekt deze ten minste ieder "
        "kwartaal met de raad van toezicht.",
    ),
    H2("Vervolg"),
    P("De inspectie vraagt de raad van bestuur om binnen acht weken na vaststelling van dit rapport een plan van "
      "aanpak te sturen, waarin per maatregel staat welke acties het ziekenhuis neemt, wie daarvoor verantwoordelijk "
      "is en wanneer de actie is afgerond. Als het ziekenhuis een maatregel niet of anders wil uitvoeren, verwacht "
      "de inspectie een onderbouwing. De inspectie bezoekt de SEH binnen twaalf maanden opnieuw, onaangekondigd."),
    P("Blijven de verbeteringen uit, dan kan de inspectie handhavingsmaatregelen nemen, zoals een aanwijzing. De "
      "inspectie maakt dit rapport openbaar op haar website, samen met het plan van aanpak van het ziekenhuis."),
    H("Bijlage Geraadpleegde documenten"),
    bullets(
        "Werkinstructie triage SEH volgens MTS, versie 3.1 (2021)",
        "Concept-escalatieprotocol drukte SEH (2022, niet vastgesteld)",
        "Roosters en bezettingsoverzichten SEH, oktober 2024 - februari 2025",
        "Scholingsoverzicht MTS en overzicht bekwaamheden voorbehouden handelingen verpleegkundigen SEH",
        "Inwerkprogramma SEH voor nieuwe en tijdelijke medewerkers (2024)",
        "Regionale afspraken opnamestop en spreiding ambulancepatiënten, ROAZ Waardenland (2023)",
        "Kwartaalrapportages raad van bestuur 2024 en verslag raad van toezicht 19 september 2024",
    ),
)

REPORT = Document(
    title="Spoedeisende hulp onder druk",
    subtitle="Rapport van het onaangekondigde toezichtbezoek aan de spoedeisende hulp van het Noordwaard Ziekenhuis, "
             "locatie Lingemeer, op 11 en 12 maart 2025",
    blocks=REPORT_BLOCKS,
    running_header="IGJ  |  Toezichtbezoek SEH Noordwaard Ziekenhuis  |  juni 2025",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Inspectie Gezondheidszorg en Jeugd", "Utrecht, juni 2025", "Kenmerk IGJ-2025-04417"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Vanaf 1 oktober 2025 is er 24 uur per dag een triageverpleegkundige ingeroosterd die geen andere taken heeft; "
       "tussen 11.00 en 23.00 uur is er een tweede triagist.")
EV2 = ("Het protocol hertriage is op 30 juni 2025 vastgesteld en in gebruik: patiënten met urgentie geel worden "
       "uiterlijk na 30 minuten opnieuw beoordeeld, patiënten met urgentie groen na 60 minuten, en de herbeoordeling "
       "wordt vastgelegd in een vast veld van het EPD.")
EV3 = ("Tussen 12.00 en 24.00 uur is een wachtkamerverpleegkundige aanwezig, maar in de nacht kunnen wij met de "
       "huidige bezetting geen verpleegkundige vrijmaken voor de wachtkamer.")
EV4 = "Het Escalatieplan drukte SEH is op 15 juli 2025 door de raad van bestuur vastgesteld."
EV5 = ("Een maximale wachttijd van een uur na het opnamebesluit kunnen wij niet garanderen; wij hanteren een "
       "streeftijd van twee uur en rapporteren maandelijks hoe vaak die wordt gehaald.")
EV6 = "Een toezegging dat de SEH nooit meer tijdelijk voor ambulances dichtgaat, kunnen wij niet doen."
EV6B = "Deze verwachting nemen wij niet over; zie de toelichting in de begeleidende brief."
EV7 = "Vanaf 1 januari 2026 is ook in de nacht en in het weekend een SEH-arts KNMG op de afdeling aanwezig."
EV7B = ("Vanaf 1 januari 2026 is het rooster zo ingericht dat er 24 uur per dag een SEH-arts KNMG op de afdeling "
        "aanwezig is.")
EV9 = "Een bovengrens van 15 procent binnen een jaar nemen wij echter niet over."
EV9B = "Een maximumpercentage voor de inzet van flexkrachten stellen wij niet in (zie de brief)."
EV10 = ("Met RAV Waardenland is een werkafspraak gemaakt die op 1 september 2025 ingaat: de ambulanceverpleegkundige "
        "draagt de patiënt aan het bed over aan een SEH-verpleegkundige volgens de ABCDE-systematiek, binnen vijftien "
        "minuten na aankomst.")
EV11 = ("Een ontvangstbevestiging door de ontvangende afdeling proberen wij eerst uit op de afdelingen cardiologie en "
        "interne geneeskunde; over invoering op alle afdelingen besluiten wij na de evaluatie in maart 2026.")
EV12 = ("Deze verwachting nemen wij niet over, omdat een afzonderlijke koppeling tussen één ziekenhuis en de RAV niet "
        "de goede oplossing is.")
EV12B = "Geen eigen koppeling; wij volgen de regionale aanpak van de gegevensuitwisseling in de acute zorg (zie de brief)."
EV14 = ("Het SEH-dashboard met tijd tot triage, verblijfsduur, uren opnamestop, flexdiensten en incidentmeldingen "
        "staat vanaf september 2025 maandelijks op de agenda van het overleg tussen de raad van bestuur en het "
        "management van de SEH.")

PLAN_TABLE = Table(
    header=("Nr.", "Verwachting inspectie", "Actie", "Verantwoordelijk", "Gereed"),
    rows=(
        ("A1", "Triage binnen tien minuten, ook bij drukte (maatregel 1)",
         Cell(EV1 + "\nAlle triagisten hebben de MTS-scholing gevolgd en worden jaarlijks getoetst; verpleegkundigen "
              "zonder geldige toetsing trieren niet.\nDe tijd tot triage wordt per dienst gemeten en in de "
              "ochtendoverdracht besproken.",
              answers=(Answer("1", "agree", EV1),)),
         "Manager SEH", "1 oktober 2025"),
        ("A2", "Wachtende patiënten: herbeoordeling en toezicht in de wachtkamer",
         Cell(EV2 + "\nDe balie is verplaatst, waardoor de verpleegpost zicht heeft op de hele wachtkamer; de hoek bij "
              "de ingang is daarnaast met een camera zichtbaar gemaakt. " + EV3 + " In de nacht houdt de triagist "
              "toezicht via het camerabeeld en loopt hij ieder uur een ronde.",
              answers=(Answer("2", "agree", EV2), Answer("3", "partial", EV3))),
         "Teamleider SEH; medisch manager SEH (protocol)",
         "Protocol: 1 juli 2025; balie en camera: 1 september 2025"),
        ("A3", "Escalatieplan voor drukte met drempelwaarden",
         Cell(EV4 + " Het plan kent drie fasen, gekoppeld aan een drukscore die elk uur uit het EPD wordt berekend "
              "(bezetting van de behandelplekken, aantal wachtenden, aantal patiënten met een opnamebesluit zonder "
              "bed).\nPer fase staat vast wie welke maatregel neemt. In fase 3 beslist de dienstdoende bestuurder, "
              "die daarvoor 24 uur per dag bereikbaar is.",
              answers=(Answer("4", "agree", EV4),)),
         "Medisch manager SEH; raad van bestuur", "Vastgesteld 15 juli 2025; evaluatie januari 2026"),
        ("A4", "Doorstroming van opgenomen patiënten naar de afdelingen; bedmanagement",
         Cell("Per 1 november 2025 is zeven dagen per week, van 8.00 tot 22.00 uur, een bedmanager beschikbaar die "
              "over de bedden van alle afdelingen beslist; buiten die uren neemt de coördinerend verpleegkundige "
              "van het ziekenhuis deze taak over.\n" + EV5,
              answers=(Answer("5", "partial", EV5),)),
         "Manager patiëntenlogistiek", "1 november 2025"),
        ("A5", "Geen tijdelijke sluiting van de SEH voor ambulances",
         Cell(EV6B + "\nIedere opnamestop wordt vooraf gemeld aan de meldkamer ambulancezorg, vastgelegd met reden en "
              "duur, en besproken in het maandelijkse regionale capaciteitsoverleg.",
              answers=(Answer("6", "disagree", EV6B),)),
         "Raad van bestuur; medisch manager SEH", "-"),
        ("A6", "SEH-arts dag en nacht aanwezig",
         Cell("Twee extra SEH-artsen KNMG zijn aangenomen en beginnen op 1 december 2025. " + EV7B,
              answers=(Answer("7", "agree", EV7B),)),
         "Medisch manager SEH; vakgroep SEH", "1 januari 2026"),
        ("A7", "Inzet van uitzend- en zzp-krachten",
         Cell(EV9B + "\nWel starten in september 2025 acht verpleegkundigen met de vervolgopleiding "
              "SEH-verpleegkundige, krijgen flexkrachten een aanbod voor een vast dienstverband met behoud van "
              "ervaringsjaren, en wordt het aandeel flexdiensten maandelijks gerapporteerd.",
              answers=(Answer("9", "disagree", EV9B),)),
         "Manager SEH; HR", "Doorlopend"),
        ("A8", "Overdracht van ambulancepatiënten (maatregel 10)",
         Cell(EV10 + "\nBij drukte (fase 2 en 3 van het escalatieplan) is er een vaste ontvangstverpleegkundige voor "
              "ambulancepatiënten. De overdrachtstijd wordt geregistreerd en elk kwartaal met de RAV besproken.",
              answers=(Answer("10", "agree", EV10),)),
         "Manager SEH; manager zorg RAV Waardenland", "1 september 2025"),
        ("A9", "Overdracht van de SEH naar de verpleegafdeling",
         Cell("Vanaf 1 oktober 2025 moet de verpleegkundige overdracht in het EPD zijn afgerond voordat de patiënt de "
              "SEH verlaat; zonder afgeronde overdracht blokkeert het EPD de overplaatsing.\n" + EV11,
              answers=(Answer("11", "partial", EV11),)),
         "Manager SEH; afdelingshoofden; informatiemanagement",
         "Overdracht: 1 oktober 2025; pilot: evaluatie maart 2026"),
        ("A10", "Ritformulier van de ambulance digitaal in het EPD",
         Cell(EV12B + "\nTot die tijd wordt het uitgeprinte ritformulier bij de overdracht gescand en binnen een uur "
              "aan het dossier toegevoegd.",
              answers=(Answer("12", "disagree", EV12B),)),
         "Informatiemanagement; RAV Waardenland", "-"),
        ("A11", "Gezamenlijke balie en triage met de huisartsenpost",
         Cell("Besproken met de Coöperatie Huisartsenzorg Waardenland en de zorgverzekeraar.\nHet onderwerp staat op "
              "de agenda van het bestuurlijk overleg acute zorg van 20 november 2025; daarna informeren wij de "
              "inspectie over de uitkomst."),
         "Raad van bestuur", "Na 20 november 2025"),
        ("A12", "Sturing op de kwaliteit van de SEH door raad van bestuur en raad van toezicht",
         Cell(EV14 + " De raad van toezicht bespreekt het dashboard ieder kwartaal in zijn commissie kwaliteit en "
              "veiligheid, voor het eerst op 8 oktober 2025.",
              answers=(Answer("14", "agree", EV14),)),
         "Raad van bestuur; afdeling kwaliteit en veiligheid", "September 2025"),
        ("A13", "- (eigen actie)",
         Cell("In de wachtkamer komt een scherm met de actuele wachttijd per urgentie. Patiënten krijgen bij de "
              "triage een kaart met uitleg over de volgorde van behandeling en over wie zij kunnen aanspreken als hun "
              "klachten erger worden."),
         "Teamleider SEH; communicatie", "1 december 2025"),
    ),
    widths=(0.75, 2.1, 4.35, 1.75, 1.4),
    font_size=8.5,
)

RESPONSE_BLOCKS = (
    P("Inspectie Gezondheidszorg en Jeugd, t.a.v. mevrouw drs. H.E. Verhoef, senior inspecteur, Postbus 2518, "
      "6401 DA Heerlen"),
    P("Lingemeer, 14 augustus 2025  |  Ons kenmerk: RvB/25/0871  |  Uw kenmerk: IGJ-2025-04417  |  Bijlage: 1"),
    P("Onderwerp: plan van aanpak naar aanleiding van het toezichtbezoek aan de spoedeisende hulp", bold=True),
    P("Geachte mevrouw Verhoef,"),
    P("Op 12 juni 2025 ontvingen wij het definitieve rapport van het onaangekondigde toezichtbezoek dat de inspectie "
      "op 11 en 12 maart 2025 bracht aan de spoedeisende hulp van onze locatie Lingemeer. U vraagt ons binnen acht "
      "weken een plan van aanpak te sturen waarin staat hoe wij invulling geven aan de maatregelen uit hoofdstuk 7 "
      "van het rapport. Met deze brief en de bijlage voldoen wij aan dat verzoek."),
    P("Het rapport is hard, en terecht. Wij herkennen de situaties die u beschrijft: een wachtkamer waarin patiënten "
      "te lang zonder nieuwe beoordeling zitten, een SEH die in de avond structureel vol ligt met patiënten die op een "
      "bed wachten, en een team dat met veel inzet, maar met te weinig vaste collega's, de zorg overeind houdt. Wij "
      "hebben het rapport besproken met de medische staf, de verpleegkundige adviesraad, de ondernemingsraad en de "
      "raad van toezicht."),
    P("Direct na uw bezoek, vooruitlopend op het definitieve rapport, hebben wij de volgende tijdelijke maatregelen "
      "genomen:"),
    bullets(
        "een dagelijks capaciteitsoverleg om 8.30 en 16.00 uur van de SEH, de acute opnameafdeling en de "
        "afdelingshoofden;",
        "de heropening van zes bedden op de acute opnameafdeling die sinds de zomer van 2024 gesloten waren;",
        "het stopzetten van het gebruik van de gang naast de gipskamer als wachtplek voor patiënten op een brancard.",
    ),
    P("Het plan van aanpak in de bijlage bestaat uit dertien acties (A1 tot en met A13), geordend naar de thema's van "
      "uw rapport. Niet iedere actie hoort bij precies één maatregel: soms vullen wij twee maatregelen met één actie "
      "in, en actie A13 komt niet uit het rapport voort maar uit gesprekken met patiënten en het team. Bij elke actie "
      "staat wie verantwoordelijk is en wanneer zij gereed is."),
    P("De belangrijkste structurele stap is de uitbreiding van de groep SEH-artsen. " + EV7 + " Daarvoor hebben wij "
      "twee SEH-artsen extra aangenomen, die op 1 december 2025 beginnen. Tot die datum blijft in de nacht een "
      "arts-assistent dienst doen met een SEH-arts als achterwacht, die sinds april binnen twintig minuten in het "
      "ziekenhuis moet kunnen zijn.",
      answers=(Answer("7", "agree", EV7),)),
    P("Op drie punten doen wij niet wat de inspectie van ons verwacht. Wij lichten dat hieronder toe, omdat wij "
      "begrijpen dat dit vragen kan oproepen."),
    P("De inspectie verwacht dat wij de SEH niet meer tijdelijk sluiten voor ambulancepatiënten als ons ziekenhuis vol "
      "ligt. " + EV6 + " Een tijdelijke opnamestop is in de regio Waardenland een afgesproken veiligheidsinstrument: "
      "als een SEH vol ligt, is het voor een patiënt veiliger om naar een ziekenhuis te rijden waar direct een "
      "behandelplek is, dan om in de ambulance bij de ingang te wachten. De vier ziekenhuizen in de regio hebben in "
      "het ROAZ vastgelegd onder welke voorwaarden een stop mag worden ingesteld en hoe lang die ten hoogste mag "
      "duren. Wij houden ons aan die afspraken, maar kunnen het instrument niet eenzijdig opgeven zolang de "
      "capaciteit in de regio daar niet op is ingericht.",
      answers=(Answer("6", "disagree", EV6),)),
    P("Het tweede punt betreft de inzet van uitzend- en zzp-verpleegkundigen. Wij delen de zorg van de inspectie over "
      "een team waarin bijna een derde van de diensten door flexkrachten wordt ingevuld. " + EV9 + " Op de SEH staan "
      "elf vacatures voor verpleegkundigen open, en de opleiding tot SEH-verpleegkundige duurt achttien maanden. Als "
      "wij het aantal flexdiensten nu begrenzen, moeten wij een deel van de diensten met minder verpleegkundigen "
      "draaien of de SEH vaker sluiten, en dat is voor patiënten onveiliger dan de inzet van ervaren flexkrachten. "
      "Flexkrachten werken bij ons al alleen na het inwerkprogramma van de SEH, dat in 2024 is herzien en twee "
      "meeloopdiensten omvat. Wel investeren wij in het eigen team; zie actie A7.",
      answers=(Answer("9", "disagree", EV9),)),
    P("Het derde punt is de rechtstreekse koppeling van het digitale ambulanceritformulier met ons elektronisch "
      "patiëntendossier. " + EV12 + " RAV Waardenland brengt patiënten naar vier ziekenhuizen die met drie "
      "verschillende EPD-leveranciers werken. In het ROAZ is afgesproken dat de gegevensuitwisseling in de acute zorg "
      "regionaal wordt geregeld, aansluitend op het landelijke programma daarvoor. De planning daarvan ligt niet bij "
      "ons, en een termijn van een jaar kunnen wij daarom niet toezeggen.",
      answers=(Answer("12", "disagree", EV12),)),
    P("De maatregel over een gezamenlijke balie en triage met de huisartsenpost ligt niet alleen bij ons. De "
      "huisartsenpost Lingemeer valt onder de Coöperatie Huisartsenzorg Waardenland, en voor een gezamenlijke balie is "
      "een besluit over de financiering nodig waarin de zorgverzekeraar aan zet is. Wij hebben uw rapport met beide "
      "partijen besproken. Het onderwerp staat op de agenda van het bestuurlijk overleg acute zorg van 20 november "
      "2025; na dat overleg laten wij u weten wat daar is besloten."),
    P("Wij rapporteren de inspectie elk kwartaal over de voortgang van dit plan, voor het eerst op 15 november 2025, "
      "met de stand van de acties en de kerncijfers uit tabel 1 van uw rapport."),
    P("Met vriendelijke groet,"),
    P("namens de raad van bestuur van het Noordwaard Ziekenhuis,"),
    P("drs. M.A. Oudshoorn-Kalf, voorzitter raad van bestuur"),
    P("dr. R. Benali, lid raad van bestuur"),
    PageBreak(),
    H("Bijlage - Plan van aanpak SEH Noordwaard Ziekenhuis"),
    P("Versie 1.0, vastgesteld door de raad van bestuur op 12 augustus 2025. De kolom 'Verwachting inspectie' geeft in "
      "eigen woorden weer op welk onderdeel van hoofdstuk 7 van het inspectierapport de actie betrekking heeft. "
      "Acties met een streepje in de kolom 'Gereed' worden niet als project afgerond; zie de toelichting in de brief."),
    PLAN_TABLE,
    P("De voortgang van de acties wordt maandelijks bewaakt door de afdeling kwaliteit en veiligheid en per kwartaal "
      "aan de inspectie gerapporteerd."),
)

RESPONSE = Document(
    title="Noordwaard Ziekenhuis  -  Raad van bestuur",
    subtitle="Locatie Lingemeer  |  Postbus 4100, 4130 EA Lingemeer  |  secretariaat.rvb@noordwaardziekenhuis.example",
    blocks=RESPONSE_BLOCKS,
    running_header="Noordwaard Ziekenhuis  |  Plan van aanpak SEH  |  kenmerk RvB/25/0871",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10,
    title_page=False,
)

PAIR = Pair(
    name="hospital_inspection_board_plan",
    report=REPORT,
    response=RESPONSE,
    description="IGJ-style inspection report on one hospital's emergency department (14 measures 'De raad van bestuur "
                "zorgt ervoor dat ...', all OTHER) answered by the hospital board's plan van aanpak: a short letter "
                "with three refusals and a pass-on, then an action table A1-A13 mapped to the measures mostly in "
                "words; one row answers two measures, one measure has no row.",
)
