"""Pair: a fictional joint provincial audit office (the "Randmeren Rekenkamer") on the granting of nitrogen permits
(Natura 2000-vergunningen) by the fictional province of Midden-Holland, answered by Gedeputeerde Staten in a
separate "bestuurlijke reactie" addressed to Provinciale Staten.

Report layout: sans, title page with imprint, running header, a voorwoord and a samenvatting, chapters numbered in
the heading text ("3 Vergunningverlening in de praktijk") with level-2 sections, footnotes.  Non-recommendation
lists: a bold "Hoofdvraag" lead-in followed by a "1." list of five research questions (chapter 1), bullet lists of
research methods, of provincial measures and of findings, an en-dash list of conclusions (chapter 5).  Tables: a
grid table of permit numbers per year (3.1), a row-ruled table of the dossier review (3.2) and a grid table
"Norm | Bevinding | Oordeel" (5.1).  The eleven recommendations sit in section 5.3 in two "1." lists under bold
lead-ins "Aan Gedeputeerde Staten" (1-8) and "Aan Provinciale Staten" (9-11, list starting at 9); recommendations
2 and 4 carry lettered sub-points (a.-c.) that belong to them (the renderer labels children of a "1." list with
"a."; the brief asked for bullets).  No recommendation is printed twice; the samenvatting only mentions them.
All recommendations address the province (GS or PS): department OTHER.

Response layout: a sans letter without title page, letterhead "Provincie Midden-Holland / Gedeputeerde Staten",
address block paragraphs, "Geachte Statenleden,".  Sections: "Algemene reactie" (thanks, context on the Porthos and
intern-salderen rulings, a bullet list of measures already taken, and one paragraph that answers recommendation 9
by subject, without number), then "Reactie op de aanbevelingen" with one bold line per recommendation ("Aanbeveling
1 - Werkvoorraad", one bold line "Aanbevelingen 3 en 4" for two), each followed by a one-line verdict paragraph and
one or two explanation paragraphs; several refer to earlier statenbrieven (3 October 2024, 14 January 2025), one
to a later statenbrief.  Closing "Tot slot" and signature.

Gold:
  1 plan of action for the backlog (GS)           agree     - "Ons college neemt deze aanbeveling over."
  2 closing registration of nitrogen space, a-c    partial   - "grotendeels over"; c. (link to the national
                                                               registration system) is declined as not in GS's hand
  3 policy rule on external offsetting/leasing     agree     - shared verdict line with 4; explanation refers to the
                                                               statenbrief of 14 January 2025
  4 dossier quality, checklist/four eyes/motivation agree    - shared verdict line with 3
  5 performance agreements with the omgevingsdienst partial  - first part adopted, financial consequences refused
                 with financial consequences
  6 legalisation path PAS-melders by end 2026      partial   - adopted except the end date; statenbrief 3 Oct 2024
  7 separate enforcement strategy + 10% checks     disagree  - "nemen wij niet over"; existing VTH strategy as reason
  8 criteria and annual overview stikstofbank      not_addressed - deferred: "komen wij terug" in a later
                                                               statenbrief, recommendation "betrokken bij" the
                                                               proposal to PS
  9 (PS) ask GS for an annual progress report      agree     - first answered by subject in the general part
                                                               ("Wij gaan u daarom vanaf 2026 ... sturen"), again
                                                               under its own bold line
 10 (PS) decide on acceptable legal/financial risks not_addressed - passed back to PS without a position
 11 (PS) structural extra budget for capacity      disagree  - "Wij adviseren uw Staten ... niet over te nemen."
All prose is fictional and written for this test set; the province, the audit office, the Natura 2000 areas and
all figures are invented.
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


def rec(number: int, text: str, *subpoints: str) -> ListItem:
    return ListItem(text, children=tuple(ListItem(s) for s in subpoints),
                    recommendation=Recommendation(str(number), ("OTHER",)))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Stikstof is in korte tijd uitgegroeid van een technisch dossier tot een van de meest bepalende onderwerpen "
      "voor de provinciale politiek. Wie een stal wil uitbreiden, een bedrijventerrein wil ontwikkelen of een weg "
      "wil aanleggen, heeft vaak een vergunning nodig voor de gevolgen van de stikstofuitstoot voor de "
      "Natura 2000-gebieden. Het is de provincie die over die vergunning beslist. Zij doet dat in een juridisch "
      "onzeker landschap, met een omgevingsdienst die kampt met personeelstekorten en met aanvragers die soms al "
      "jaren wachten."),
    P("Met dit onderzoek willen wij Provinciale Staten van Midden-Holland inzicht geven in hoe de vergunningverlening "
      "in de afgelopen vijf jaar is verlopen, en waar zij kan worden verbeterd. Wij hebben ons daarbij niet "
      "uitgesproken over de politieke keuzes in het stikstofbeleid. Die zijn aan uw Staten. Wel hebben wij "
      "gekeken of de provincie doet wat zij zich heeft voorgenomen, of zij weet hoeveel stikstofruimte zij heeft "
      "vergund en of uw Staten voldoende informatie krijgen om hun rol te vervullen."),
    P("Wij danken de medewerkers van de provincie en van de Omgevingsdienst Midden-Holland voor hun medewerking. Zij "
      "hebben ons ruimhartig toegang gegeven tot dossiers en systemen, in een periode waarin de werkdruk hoog was. "
      "Ook danken wij de aanvragers, adviseurs en natuurorganisaties die met ons in gesprek wilden gaan."),
    P("Gedeputeerde Staten hebben op het conceptrapport gereageerd in een bestuurlijke reactie, die zij als "
      "afzonderlijke brief aan uw Staten hebben gezonden."),
    P("drs. M.J. (Marijke) van den Broek-Oudshoorn, directeur Randmeren Rekenkamer"),
    PageBreak(),
    H("Samenvatting"),
    P("Sinds de Raad van State in 2019 het Programma Aanpak Stikstof (PAS) onverbindend verklaarde, moet voor elk "
      "project dat stikstof uitstoot en gevolgen kan hebben voor een Natura 2000-gebied afzonderlijk worden "
      "aangetoond dat de natuur niet wordt aangetast. Voor de meeste projecten in Midden-Holland beslissen "
      "Gedeputeerde Staten (GS) over de vergunning. De uitvoering is belegd bij de Omgevingsdienst Midden-Holland "
      "(ODMH), die namens GS adviseert en een deel van de besluiten in mandaat neemt."),
    P("In de periode 2020-2024 ontving de provincie ruim 900 aanvragen. Het aantal besluiten bleef steeds achter bij "
      "het aantal aanvragen: eind 2024 lagen er 264 aanvragen op een besluit te wachten. Minder dan vier op de tien "
      "besluiten werden binnen de wettelijke termijn genomen. De gemiddelde doorlooptijd liep op van 38 weken in "
      "2020 tot 61 weken in 2023. Uitspraken van de Raad van State, zoals de Porthos-uitspraak van november 2022, "
      "dwongen de provincie steeds opnieuw om lopende aanvragen anders te beoordelen."),
    P("Wij stellen vast dat de besluiten inhoudelijk meestal goed zijn onderbouwd, maar dat de dossiers niet altijd "
      "laten zien hoe een besluit tot stand is gekomen. De provincie heeft geen sluitend overzicht van de "
      "stikstofruimte die zij heeft vergund, die vergunninghouders niet benutten en die zij via saldering of "
      "opkoop heeft ingezet. De legalisatie van de PAS-melders komt langzaam op gang. Provinciale Staten zijn "
      "vooral incidenteel geïnformeerd, naar aanleiding van uitspraken of vragen, en niet aan de hand van vaste "
      "gegevens over de voortgang."),
    P("Wij doen elf aanbevelingen, acht aan Gedeputeerde Staten en drie aan Provinciale Staten. Zij staan in "
      "paragraaf 5.3 van dit rapport."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De provincie is sinds 2017 het bevoegd gezag voor de meeste vergunningen die nodig zijn voor activiteiten met "
      "gevolgen voor Natura 2000-gebieden. Tot 1 januari 2024 ging het om een vergunning op grond van de Wet "
      "natuurbescherming; sindsdien om een omgevingsvergunning voor een Natura 2000-activiteit onder de "
      "Omgevingswet. De inhoudelijke toets is daarbij niet wezenlijk veranderd. In dit rapport spreken wij kortweg "
      "van de natuurvergunning of de stikstofvergunning.", footnotes=(
        "Artikel 5.1, eerste lid, onder e, van de Omgevingswet en artikel 8.74b van het Besluit kwaliteit "
        "leefomgeving. Voor projecten van nationaal belang is de minister bevoegd gezag.",)),
    P("In Midden-Holland liggen vijf Natura 2000-gebieden, waarvan drie stikstofgevoelige habitats bevatten die nu al "
      "meer stikstof ontvangen dan zij kunnen verdragen: de Oude Venen, het Ruigveen en de Hollandse Duinrand. Een "
      "groot deel van de agrarische bedrijven, de bedrijventerreinen en de geplande woningbouwlocaties ligt binnen "
      "enkele kilometers van deze gebieden. Vrijwel elke ruimtelijke ontwikkeling in de provincie raakt daardoor aan "
      "de stikstofvergunning."),
    P("Provinciale Staten hebben in de afgelopen jaren herhaaldelijk vragen gesteld over de lange wachttijden en over "
      "de verdeling van de beschikbare stikstofruimte. In 2024 hebben drie fracties de Randmeren Rekenkamer gevraagd "
      "om de vergunningverlening te onderzoeken. Wij hebben dat verzoek in ons onderzoeksprogramma 2024-2025 "
      "opgenomen."),
    H2("1.2 Doel en onderzoeksvragen"),
    P("Het doel van het onderzoek is Provinciale Staten inzicht te geven in de doeltreffendheid en de doelmatigheid "
      "van de vergunningverlening stikstof, en in de mate waarin zij daarover worden geïnformeerd. De hoofdvraag "
      "luidt:"),
    P("Hoofdvraag: In hoeverre verleent de provincie Midden-Holland stikstofvergunningen tijdig, zorgvuldig en met "
      "zicht op de beschikbare stikstofruimte, en zijn Provinciale Staten daarover toereikend geïnformeerd?",
      bold=True),
    P("Deze hoofdvraag is uitgewerkt in vijf deelvragen:"),
    ItemList(items=(
        ListItem("Welk beleid hebben Provinciale Staten en Gedeputeerde Staten vastgesteld voor de verlening van "
                 "natuurvergunningen voor stikstof, en hoe is de uitvoering georganiseerd?"),
        ListItem("Hoe verloopt de vergunningverlening in de praktijk, gemeten naar aantallen, doorlooptijden en de "
                 "kwaliteit van de besluiten?"),
        ListItem("Heeft de provincie zicht op de stikstofruimte die zij heeft vergund, ingetrokken en ingezet?"),
        ListItem("Hoe gaat de provincie om met de PAS-melders en met het toezicht op vergunde en niet-vergunde "
                 "activiteiten?"),
        ListItem("Worden Provinciale Staten zodanig geïnformeerd dat zij hun kaderstellende en controlerende rol "
                 "kunnen vervullen?"),
    ), style="1."),
    H2("1.3 Aanpak en afbakening"),
    P("Het onderzoek beslaat de periode van 1 januari 2020 tot en met 31 december 2024. Het is uitgevoerd tussen "
      "september 2024 en februari 2025 en bestond uit de volgende onderdelen:"),
    bullets(
        "een analyse van beleidsdocumenten, statenbrieven, begrotingen, jaarverslagen en de "
        "dienstverleningsovereenkomsten met de ODMH;",
        "een analyse van de zaakgegevens van alle aanvragen die in de onderzoeksperiode zijn ontvangen;",
        "een verdiepend onderzoek van veertig vergunningdossiers, aselect getrokken en gespreid over de jaren en "
        "over agrarische en niet-agrarische projecten;",
        "27 interviews met bestuurders en medewerkers van de provincie en de ODMH, met aanvragers en hun adviseurs, "
        "met twee natuurorganisaties en met medewerkers van BIJ12;",
        "een vergelijking op hoofdlijnen met de werkwijze in twee andere provincies.",
    ),
    P("Wij hebben ons niet uitgesproken over de juistheid van individuele vergunningbesluiten. Dat is aan de "
      "bestuursrechter. Ook de landelijke stikstofaanpak en de gebiedsprocessen in het kader van het Programma "
      "Landelijk Gebied vallen buiten het onderzoek, behalve waar zij de vergunningverlening direct raken."),
    H2("1.4 Normenkader en leeswijzer"),
    P("Wij hebben de bevindingen getoetst aan een normenkader dat is afgeleid uit wet- en regelgeving, het eigen "
      "beleid van de provincie en algemene normen voor goed bestuur. Het volledige normenkader is opgenomen in "
      "tabel 5.1, waar ook ons oordeel per norm staat. Hoofdstuk 2 beschrijft het beleid en de organisatie. "
      "Hoofdstuk 3 gaat over de vergunningverlening in de praktijk en hoofdstuk 4 over toezicht, PAS-melders en de "
      "informatie aan Provinciale Staten. Hoofdstuk 5 bevat onze conclusies en aanbevelingen."),
    H("2 Beleid en organisatie"),
    H2("2.1 Het wettelijk kader"),
    P("Wie een project wil uitvoeren dat stikstof uitstoot, moet met een berekening in het rekenprogramma AERIUS "
      "Calculator aantonen wat de stikstofdepositie op de Natura 2000-gebieden zal zijn. Blijft er geen toename "
      "van depositie over, dan is in beginsel geen vergunning nodig. Is er wel een toename, dan moet de aanvrager "
      "met een passende beoordeling aantonen dat de natuurlijke kenmerken van het gebied niet worden aangetast. "
      "Omdat de stikstofgevoelige natuur in Midden-Holland al overbelast is, lukt dat in de praktijk bijna alleen "
      "door de nieuwe uitstoot te compenseren: salderen."),
    P("Bij intern salderen gebruikt een bedrijf de stikstofruimte van de eigen bestaande, vergunde activiteit. Bij "
      "extern salderen neemt het ruimte over van een ander bedrijf, dat daarvoor zijn activiteit beëindigt of "
      "beperkt. Een variant daarop is verleasen: de ruimte wordt voor een bepaalde periode ter beschikking gesteld. "
      "Voor al deze vormen gelden voorwaarden, die door uitspraken van de Raad van State de afgelopen jaren steeds "
      "strenger zijn geworden. Zo oordeelde de Raad in november 2022 dat de vrijstelling voor de bouwfase in strijd "
      "is met Europese regels, en in december 2024 dat ook intern salderen vergunningplichtig is en dat de "
      "ingezette ruimte moet bijdragen aan het natuurherstel.", footnotes=(
        "ABRvS 2 november 2022, ECLI:NL:RVS:2022:3159 (Porthos), en ABRvS 18 december 2024, "
        "ECLI:NL:RVS:2024:4923 en 4960.",)),
    H2("2.2 Provinciaal beleid"),
    P("Provinciale Staten hebben de kaders voor het stikstofbeleid vastgesteld in de Omgevingsvisie en in de "
      "Omgevingsverordening Midden-Holland. Gedeputeerde Staten hebben die kaders uitgewerkt in de Beleidsregel "
      "natuurvergunningverlening stikstof Midden-Holland, die sinds 2020 vier keer is gewijzigd. De belangrijkste "
      "onderdelen van het provinciale beleid zijn:"),
    bullets(
        "bij extern salderen mag ten hoogste 70 procent van de overgenomen ruimte worden gebruikt; de rest vervalt "
        "ten gunste van de natuur;",
        "ruimte die de provincie opkoopt of door intrekking terugkrijgt, komt in de Stikstofbank Midden-Holland, "
        "waaruit GS ruimte kunnen toedelen aan projecten van provinciaal belang;",
        "vergunningen die na vijf jaar niet of maar gedeeltelijk zijn benut, kunnen worden ingetrokken of "
        "gewijzigd;",
        "aanvragers worden voor grotere projecten uitgenodigd voor een vooroverleg met de ODMH.",
    ),
    P("De beleidsregel bevat geen bepalingen over verleasen of over de tijdelijke inzet van stikstofruimte. In "
      "interviews gaven medewerkers aan dat zulke aanvragen per geval worden beoordeeld, met de jurisprudentie als "
      "leidraad."),
    H2("2.3 Organisatie van de uitvoering"),
    P("De provincie heeft de uitvoering van de vergunningverlening opgedragen aan de ODMH, een gemeenschappelijke "
      "regeling van de provincie en de gemeenten in Midden-Holland. De ODMH behandelt de aanvragen, stelt de "
      "ecologische beoordeling op en bereidt de besluiten voor. Eenvoudige besluiten neemt zij in mandaat; "
      "complexe of politiek gevoelige besluiten legt zij via de provinciale afdeling Natuur en Landelijk Gebied "
      "voor aan de gedeputeerde. De afspraken over de werkzaamheden staan in een jaarlijkse "
      "dienstverleningsovereenkomst."),
    P("De capaciteit voor de vergunningverlening stikstof is sinds 2020 gegroeid van ongeveer 14 naar 31 fte. "
      "Die groei is grotendeels gefinancierd met incidentele middelen, deels afkomstig van het Rijk. Bij de ODMH "
      "was het verloop onder ecologen en vergunningverleners in 2022 en 2023 hoog: in beide jaren vertrok ruim een "
      "vijfde van de medewerkers. Het inwerken van nieuwe medewerkers kost volgens de ODMH een half tot een heel "
      "jaar."),
    H("3 Vergunningverlening in de praktijk"),
    H2("3.1 Aantallen en doorlooptijden"),
    P("Tabel 3.1 geeft een overzicht van het aantal ontvangen aanvragen, het aantal besluiten en de doorlooptijden "
      "in de onderzoeksperiode. Onder besluiten verstaan wij zowel verleende als geweigerde vergunningen; "
      "ingetrokken aanvragen zijn buiten beschouwing gelaten."),
    P("Tabel 3.1 Aanvragen en besluiten natuurvergunning stikstof, 2020-2024", bold=True),
    Table(
        header=("Jaar", "Ontvangen aanvragen", "Besluiten", "Binnen wettelijke termijn", "Gemiddelde doorlooptijd "
                "(weken)", "Werkvoorraad 31 december"),
        rows=(
            ("2020", "212", "168", "41%", "38", "187"),
            ("2021", "186", "174", "37%", "44", "199"),
            ("2022", "241", "139", "28%", "57", "301"),
            ("2023", "158", "177", "33%", "61", "282"),
            ("2024", "133", "151", "39%", "55", "264"),
        ),
        widths=(0.8, 1.3, 1.0, 1.3, 1.4, 1.3),
    ),
    P("Bron: zaaksysteem ODMH, bewerking Randmeren Rekenkamer.", footnotes=(
        "De werkvoorraad op 1 januari 2020 bedroeg 143 aanvragen. De wettelijke beslistermijn is in de meeste "
        "gevallen 26 weken, inclusief een verlenging van zes weken.",)),
    P("De piek in 2022 hangt samen met een golf van aanvragen van bedrijven die vóór de verwachte aanscherping van "
      "de regels wilden intern salderen, en met de Porthos-uitspraak, waarna ook projecten die tot dan toe "
      "alleen voor de gebruiksfase een vergunning nodig hadden, een aanvraag moesten indienen. Sindsdien is het "
      "aantal aanvragen gedaald, maar de werkvoorraad is niet wezenlijk kleiner geworden. Ongeveer een derde van "
      "de openstaande aanvragen was eind 2024 ouder dan een jaar."),
    P("Het aandeel besluiten binnen de termijn is laag. Aanvragers die wij spraken, begrepen dat de juridische "
      "situatie complex is, maar klaagden over een gebrek aan duidelijkheid: zij wisten vaak niet waar hun aanvraag "
      "stond en wanneer zij een besluit konden verwachten. Een doelstelling voor doorlooptijden of voor de omvang "
      "van de werkvoorraad heeft de provincie niet vastgesteld; de dienstverleningsovereenkomst met de ODMH "
      "noemt alleen het aantal te behandelen aanvragen."),
    P("Tegen 19 procent van de verleende vergunningen is bezwaar gemaakt, en tegen 7 procent beroep ingesteld, "
      "vooral door natuurorganisaties. Van de beroepszaken die in de onderzoeksperiode zijn afgerond, is ruim de "
      "helft door de rechter gegrond verklaard, meestal omdat de saldering of de referentiesituatie onvoldoende was "
      "onderbouwd."),
    H2("3.2 Kwaliteit van de besluiten en de dossiers"),
    P("In veertig dossiers hebben wij nagegaan of de onderdelen die voor een zorgvuldig besluit nodig zijn, "
      "aanwezig en navolgbaar zijn. Tabel 3.2 vat de uitkomsten samen."),
    P("Tabel 3.2 Uitkomsten dossieronderzoek (n = 40)", bold=True),
    Table(
        header=("Onderdeel", "Op orde", "Deels op orde", "Niet op orde"),
        rows=(
            ("Actuele AERIUS-berekening aanwezig", "36", "3", "1"),
            ("Voortoets of passende beoordeling navolgbaar onderbouwd", "27", "9", "4"),
            ("Referentiesituatie en saldering vastgelegd", "22", "11", "7"),
            ("Afwijking van het ecologisch advies gemotiveerd", "29", "4", "7"),
            ("Vier-ogenprincipe aantoonbaar toegepast", "18", "6", "16"),
        ),
        widths=(3.6, 1.0, 1.2, 1.2),
        rules="rows",
    ),
    P("De inhoudelijke beoordeling is in de meeste dossiers goed. De ecologen van de ODMH zijn deskundig en de "
      "AERIUS-berekeningen zijn vrijwel altijd actueel. Zwakker is de vastlegging. In achttien dossiers was niet of "
      "maar deels vastgelegd welke referentiesituatie is gebruikt, terwijl juist dat punt in beroep vaak doorslag "
      "geeft. In elf dossiers week het besluit af van het advies van de ecoloog zonder dat in het dossier stond "
      "waarom. In zestien dossiers was niet te zien dat een tweede medewerker het besluit had gecontroleerd; het "
      "ging daarbij vooral om besluiten die de ODMH in mandaat had genomen."),
    P("Medewerkers gaven aan dat zij onder tijdsdruk voorrang geven aan de beoordeling zelf en dat de "
      "documentatie daarbij het eerst in het gedrang komt. Een vaste werkinstructie of checklist voor de "
      "ecologische beoordeling ontbreekt; iedere ecoloog hanteert een eigen format."),
    H2("3.3 Zicht op de stikstofruimte"),
    P("Om te kunnen sturen op de stikstofruimte moet de provincie weten hoeveel ruimte zij heeft vergund, hoeveel "
      "daarvan daadwerkelijk wordt gebruikt en hoeveel zij door saldering, intrekking of opkoop heeft ingezet of "
      "teruggekregen. Dat overzicht is er niet. De gegevens zijn verspreid over het zaaksysteem van de ODMH, losse "
      "spreadsheets van de provincie en de registratie van de Stikstofbank. Zij zijn niet op elkaar afgestemd en "
      "worden niet periodiek gecontroleerd."),
    P("Uit onze steekproef bleek bovendien dat de provincie niet weet welke vergunde ruimte niet wordt benut. Voor "
      "veertien van de veertig vergunningen was onbekend of de vergunde activiteit volledig was gerealiseerd. De "
      "bevoegdheid om niet-benutte vergunningen in te trekken, is in de onderzoeksperiode niet gebruikt. Daardoor "
      "blijft ruimte die elders voor natuurherstel of voor nieuwe projecten zou kunnen worden ingezet, op papier "
      "bestaan."),
    P("Het Rijk heeft een stikstofregistratiesysteem ingericht voor woningbouw en infrastructuur, dat door BIJ12 "
      "wordt beheerd. De provincie registreert de ruimte die zij zelf vrijmaakt niet in dat systeem, en de "
      "gegevens die BIJ12 over vergunningen bijhoudt, sluiten niet aan op die van de ODMH."),
    H2("3.4 De Stikstofbank Midden-Holland"),
    P("De Stikstofbank is in 2021 opgericht en gevuld met ruimte uit de opkoop van 23 veehouderijen en uit de "
      "intrekking van enkele vergunningen. GS hebben daaruit in de onderzoeksperiode ruimte toegedeeld aan elf "
      "projecten, waaronder twee woningbouwprojecten, een rondweg en een uitbreiding van een ziekenhuis. Welke "
      "projecten als project van provinciaal belang in aanmerking komen, is niet vooraf vastgelegd; GS besluiten "
      "per geval. Een openbaar overzicht van de toegedeelde ruimte bestaat niet. Verschillende aanvragers en een "
      "natuurorganisatie noemden de verdeling in interviews ondoorzichtig."),
    H("4 Toezicht, PAS-melders en informatie aan Provinciale Staten"),
    H2("4.1 PAS-melders"),
    P("PAS-melders zijn bedrijven die onder het PAS geen vergunning nodig hadden en met een melding konden volstaan. "
      "Na de uitspraak van 2019 zijn zij zonder geldige toestemming komen te zitten, buiten hun schuld. Het Rijk "
      "en de provincies hebben afgesproken deze bedrijven te legaliseren. In Midden-Holland gaat het om 112 "
      "melders, vooral melkveehouders."),
    P("Eind 2024 waren 9 van de 112 meldingen gelegaliseerd. Voor 64 melders was een individueel traject gestart, "
      "waarin een adviseur samen met het bedrijf onderzoekt welke maatregelen nodig zijn. De overige 48 melders "
      "hadden nog geen contact gehad met de provincie over hun situatie, anders dan via een algemene brief uit "
      "2022. Melders die wij spraken, voelden zich in de steek gelaten. Tegen vier melders zijn bij de provincie "
      "handhavingsverzoeken ingediend, die GS hebben afgewezen met een verwijzing naar het "
      "legalisatieprogramma.", footnotes=(
        "De snelheid van de legalisatie hangt in belangrijke mate af van de stikstofruimte die het Rijk via "
        "opkoopregelingen beschikbaar maakt; zie de statenbrief van 3 oktober 2024.",)),
    H2("4.2 Toezicht en handhaving"),
    P("Het toezicht op de naleving van natuurvergunningen is onderdeel van de provinciale VTH-strategie 2023-2026 en "
      "wordt uitgevoerd door de ODMH. Het toezicht is risicogericht: bedrijven worden bezocht op basis van een "
      "risicoanalyse die per branche wordt opgesteld. Specifiek toezicht op de vraag of bedrijven stikstof uitstoten "
      "zonder toereikende vergunning, bijvoorbeeld na intern salderen, vindt vooral plaats naar aanleiding van "
      "meldingen of handhavingsverzoeken. In 2023 en 2024 zijn per jaar ongeveer vijftig controles uitgevoerd "
      "waarin stikstof een rol speelde, op een totaal van ruim 1.400 bedrijven met een natuurvergunning."),
    H2("4.3 Informatie aan Provinciale Staten"),
    P("Provinciale Staten zijn in de onderzoeksperiode met 21 statenbrieven over stikstof geïnformeerd. Die brieven "
      "gingen vooral over de gevolgen van uitspraken van de Raad van State en over landelijke ontwikkelingen. "
      "Gegevens over aantallen aanvragen, doorlooptijden of de werkvoorraad stonden in de jaarverslagen alleen in "
      "algemene termen; in de begroting ontbreken indicatoren voor de vergunningverlening. De stand van de "
      "Stikstofbank en de toedelingen daaruit zijn niet aan uw Staten gemeld."),
    P("Statenleden die wij spraken, gaven aan dat zij moeilijk kunnen beoordelen of de vergunningverlening beter "
      "of slechter gaat, en dat zij vooral via de media en via aanvragers horen over knelpunten. Ook de risico's "
      "van de vergunningverlening, zoals schadeclaims bij vernietigde vergunningen en de kosten van "
      "handhavingsverzoeken, komen in de risicoparagraaf van de begroting niet afzonderlijk aan bod."),
    H("5 Conclusies en aanbevelingen"),
    H2("5.1 Hoofdconclusie"),
    P("De provincie Midden-Holland verleent stikstofvergunningen in een moeilijke juridische omgeving, en de "
      "inhoudelijke kwaliteit van de besluiten is in de meeste gevallen goed. De vergunningverlening is echter niet "
      "tijdig: de werkvoorraad is structureel hoog en de wettelijke termijnen worden vaker overschreden dan "
      "gehaald. De provincie heeft geen sluitend zicht op de stikstofruimte, en de verdeling van de ruimte in de "
      "Stikstofbank is niet transparant. Provinciale Staten beschikken niet over de informatie die zij nodig "
      "hebben om bij te sturen."),
    H2("5.2 Deelconclusies"),
    ItemList(items=(
        ListItem("Het provinciale beleid is helder over intern en extern salderen, maar regelt niet hoe verleasen en "
                 "tijdelijke inzet van ruimte worden beoordeeld."),
        ListItem("De provincie heeft geen doelen gesteld voor doorlooptijden of werkvoorraad, en de afspraken met de "
                 "ODMH gaan alleen over aantallen."),
        ListItem("De dossiers zijn inhoudelijk sterk, maar de vastlegging van de referentiesituatie, van afwijkingen "
                 "van het ecologisch advies en van de interne controle schiet tekort."),
        ListItem("Een overzicht van vergunde, benutte en ingezette stikstofruimte ontbreekt; niet-benutte ruimte "
                 "wordt niet ingetrokken."),
        ListItem("De legalisatie van PAS-melders verloopt traag en een groot deel van de melders is niet persoonlijk "
                 "benaderd."),
        ListItem("Het toezicht op stikstofemissies zonder toereikende vergunning is vooral reactief."),
        ListItem("Provinciale Staten worden incidenteel en niet aan de hand van vaste indicatoren geïnformeerd."),
    ), style="–"),
    P("Tabel 5.1 geeft ons oordeel per norm uit het normenkader."),
    P("Tabel 5.1 Normenkader en oordeel", bold=True),
    Table(
        header=("Norm", "Bevinding", "Oordeel"),
        rows=(
            ("Het beleid voor vergunningverlening is actueel en dekt de gangbare vormen van saldering.",
             "Beleidsregel vier keer aangepast; verleasen en tijdelijke inzet niet geregeld.", "Deels voldaan"),
            ("De provincie stelt doelen voor tijdigheid en stuurt daarop.",
             "Geen doelen voor doorlooptijden of werkvoorraad; afspraken met ODMH alleen over aantallen.",
             "Niet voldaan"),
            ("Besluiten worden binnen de wettelijke termijn genomen.",
             "28 tot 41 procent van de besluiten binnen de termijn.", "Niet voldaan"),
            ("Besluiten zijn zorgvuldig voorbereid en het dossier is navolgbaar.",
             "Inhoud overwegend goed; vastlegging en interne controle wisselend.", "Deels voldaan"),
            ("De provincie heeft zicht op vergunde en beschikbare stikstofruimte.",
             "Gegevens versnipperd, niet-benutte ruimte onbekend.", "Niet voldaan"),
            ("De toedeling van ruimte uit de Stikstofbank gebeurt op basis van vooraf bekende criteria.",
             "Toedeling per geval, geen openbaar overzicht.", "Niet voldaan"),
            ("PAS-melders worden actief en tijdig geholpen bij legalisatie.",
             "9 van 112 gelegaliseerd; 48 melders niet persoonlijk benaderd.", "Deels voldaan"),
            ("Provinciale Staten worden periodiek en volledig geïnformeerd.",
             "21 statenbrieven, maar geen vaste indicatoren of voortgangsrapportage.", "Deels voldaan"),
        ),
        widths=(2.6, 2.8, 1.1),
    ),
    H2("5.3 Aanbevelingen"),
    P("Op grond van onze conclusies doen wij de volgende aanbevelingen."),
    P("Aan Gedeputeerde Staten", bold=True),
    ItemList(items=(
        rec(1, "Stel uiterlijk eind 2025 een plan van aanpak op om de werkvoorraad van aanvragen voor een "
               "stikstofvergunning terug te brengen, met concrete doelen voor het aantal openstaande aanvragen en "
               "voor het aandeel besluiten dat binnen de wettelijke termijn wordt genomen."),
        rec(2, "Richt een sluitende registratie in van de stikstofruimte die de provincie vergunt, intrekt en "
               "inzet, en zorg er daarbij voor dat:",
            "per vergunning de gebruikte referentiesituatie en de ingezette saldering worden vastgelegd;",
            "vergunde ruimte die niet wordt benut, en ingetrokken ruimte zichtbaar worden;",
            "de registratie aansluit op het landelijke stikstofregistratiesysteem en op de gegevens van BIJ12."),
        rec(3, "Leg in de beleidsregel vast onder welke voorwaarden extern salderen, verleasen en het tijdelijk "
               "inzetten van stikstofruimte zijn toegestaan, en hoe daarbij wordt gewaarborgd dat de ingezette "
               "ruimte bijdraagt aan het natuurherstel."),
        rec(4, "Verbeter de navolgbaarheid van de vergunningdossiers door:",
            "een vaste checklist te gebruiken voor de voortoets en de passende beoordeling;",
            "het vier-ogenprincipe aantoonbaar toe te passen, ook bij besluiten die de omgevingsdienst in mandaat "
            "neemt;",
            "in het dossier te motiveren waarom van het advies van de ecoloog is afgeweken."),
        rec(5, "Maak in de dienstverleningsovereenkomst met de Omgevingsdienst Midden-Holland meetbare afspraken "
               "over de doorlooptijden en de kwaliteit van de vergunningverlening stikstof, en verbind financiële "
               "consequenties aan het niet nakomen daarvan."),
        rec(6, "Bied iedere PAS-melder een individueel legalisatietraject aan, informeer de melders actief en "
               "persoonlijk over de stand van zaken, en rond de legalisatie uiterlijk eind 2026 af."),
        rec(7, "Stel een afzonderlijke handhavingsstrategie op voor stikstofemissies zonder toereikende vergunning "
               "en controleer jaarlijks ten minste tien procent van de bedrijven die intern hebben gesaldeerd."),
        rec(8, "Maak vooraf bekend volgens welke criteria stikstofruimte uit de Stikstofbank Midden-Holland wordt "
               "toegedeeld, en publiceer jaarlijks een overzicht van de toegedeelde ruimte per sector en per "
               "project."),
    ), style="1."),
    P("Aan Provinciale Staten", bold=True),
    ItemList(items=(
        rec(9, "Vraag Gedeputeerde Staten om u ten minste jaarlijks een voortgangsrapportage over de "
               "vergunningverlening stikstof te sturen, met vaste indicatoren voor de werkvoorraad, de "
               "doorlooptijden, bezwaar en beroep, de PAS-melders en de stand van de Stikstofbank."),
        rec(10, "Bepaal welke juridische en financiële risico's van de vergunningverlening stikstof uw Staten "
                "aanvaardbaar vinden, en neem die afweging op in de kaders voor de risicoparagraaf van de "
                "begroting."),
        rec(11, "Stel met ingang van de begroting 2026 structureel middelen beschikbaar voor de capaciteit voor "
                "vergunningverlening en handhaving stikstof bij de omgevingsdienst, in plaats van de huidige "
                "incidentele financiering."),
    ), style="1.", start=9),
    P("Wij zullen over twee jaar nagaan wat met deze aanbevelingen is gedaan, en uw Staten daarover informeren in "
      "een rekenkamerbrief."),
)

REPORT = Document(
    title="Ruimte op de rekening",
    subtitle="Onderzoek naar de verlening van stikstofvergunningen door de provincie Midden-Holland",
    blocks=REPORT_BLOCKS,
    running_header="Randmeren Rekenkamer  |  Ruimte op de rekening",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Randmeren Rekenkamer", "Gezamenlijke rekenkamer van de provincies Midden-Holland en Eemland",
             "April 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


E9_GENERAL = "Wij gaan u daarom vanaf 2026 jaarlijks een voortgangsrapportage vergunningverlening stikstof sturen."
E1 = "Ons college neemt deze aanbeveling over."
E1b = ("Wij stellen het plan van aanpak vóór 1 december 2025 vast en sturen het dan direct aan uw Staten.")
E2 = "Deze aanbeveling nemen wij grotendeels over."
E2b = ("De aansluiting op het landelijke stikstofregistratiesysteem, waar onderdeel c om vraagt, kunnen wij echter "
       "niet toezeggen.")
E34 = "Beide aanbevelingen nemen wij over."
E3b = ("De gewijzigde beleidsregel, waarin wij ook de voorwaarden voor verleasen en voor de tijdelijke inzet van "
       "stikstofruimte opnemen, stellen wij naar verwachting in september 2025 vast.")
E4b = ("Sinds 1 april 2025 werkt de ODMH voor elke voortoets en passende beoordeling met een vaste checklist, en "
       "per 1 juli 2025 passen wij het mandaatbesluit zo aan dat ook bij besluiten in mandaat een tweede "
       "medewerker het besluit aantoonbaar controleert.")
E5 = "Het eerste deel van deze aanbeveling nemen wij over, het tweede deel niet."
E5b = ("Financiële sancties passen naar ons oordeel niet bij de verhouding met een gemeenschappelijke regeling "
       "waarvan de provincie zelf mede-eigenaar is.")
E6 = "Deze aanbeveling nemen wij over, met uitzondering van de einddatum."
E6b = ("Een einddatum kunnen wij niet toezeggen, omdat de snelheid van de legalisatie grotendeels afhangt van de "
       "stikstofruimte die het Rijk beschikbaar stelt.")
E7 = "Deze aanbeveling nemen wij niet over."
E9 = "Wij komen graag aan dit verzoek tegemoet."
E11 = "Wij adviseren uw Staten deze aanbeveling niet over te nemen."

RESPONSE_BLOCKS = (
    P("Aan Provinciale Staten van Midden-Holland"),
    P("Datum: 20 mei 2025  |  Kenmerk: PMH-2025-118402  |  Behandeld door: afdeling Natuur en Landelijk Gebied"),
    P("Onderwerp: bestuurlijke reactie op het rapport 'Ruimte op de rekening' van de Randmeren Rekenkamer"),
    P("Geachte Statenleden,"),
    P("Op 8 april 2025 heeft de Randmeren Rekenkamer ons het conceptrapport 'Ruimte op de rekening' toegezonden, "
      "met het verzoek om een bestuurlijke reactie. Het rapport gaat over de verlening van stikstofvergunningen door "
      "onze provincie in de jaren 2020 tot en met 2024. Met deze brief bieden wij u onze reactie aan. De rekenkamer "
      "heeft het rapport inmiddels definitief vastgesteld en aan uw Staten aangeboden."),
    H2("Algemene reactie"),
    P("Wij danken de rekenkamer voor het zorgvuldige en leesbare onderzoek. Het rapport geeft een eerlijk beeld van "
      "een periode waarin de vergunningverlening stikstof telkens opnieuw moest worden ingericht. De Porthos-"
      "uitspraak van november 2022 en de uitspraken over intern salderen van december 2024 hebben ertoe geleid dat "
      "aanvragen die al ver in behandeling waren, opnieuw moesten worden beoordeeld. Tegelijk was het moeilijk om "
      "ervaren ecologen en vergunningverleners te vinden en te behouden. Wij herkennen dan ook het beeld van een "
      "hoge werkvoorraad en lange doorlooptijden, en wij betreuren dat veel aanvragers daardoor lang in "
      "onzekerheid hebben gezeten."),
    P("Wij zijn blij dat de rekenkamer vaststelt dat de besluiten inhoudelijk in de meeste gevallen goed zijn "
      "onderbouwd. Dat is de verdienste van de medewerkers van de ODMH en van onze eigen organisatie, die onder "
      "grote druk hebben gewerkt. Sinds het begin van het onderzoek hebben wij al verschillende stappen gezet om de "
      "vergunningverlening te versnellen. Zo hebben wij:"),
    bullets(
        "met ingang van 2024 twaalf extra fte bij de ODMH gefinancierd voor de afhandeling van oudere aanvragen;",
        "een digitaal aanvraagloket ingericht waarin aanvragers de status van hun aanvraag kunnen volgen;",
        "het vooroverleg uitgebreid naar alle aanvragen waarvoor extern salderen nodig is;",
        "met de andere provincies en BIJ12 afspraken gemaakt over gezamenlijke opleidingen voor ecologen.",
    ),
    P("De rekenkamer stelt vast dat uw Staten vooral incidenteel zijn geïnformeerd, naar aanleiding van uitspraken "
      "van de rechter, en niet aan de hand van vaste gegevens over de voortgang. Wij delen die constatering. "
      + E9_GENERAL + " Daarin nemen wij in elk geval de omvang van de werkvoorraad, de doorlooptijden, het "
      "aantal bezwaar- en beroepszaken, de voortgang van de legalisatie van PAS-melders en de stand van de "
      "Stikstofbank op.", answers=(Answer("9", "agree", E9_GENERAL),)),
    H2("Reactie op de aanbevelingen"),
    P("Hieronder gaan wij in op de afzonderlijke aanbevelingen. Aanbevelingen 9 tot en met 11 zijn gericht aan uw "
      "Staten; waar zij ons college raken, geven wij ook daarop onze reactie."),
    B("Aanbeveling 1 – Plan van aanpak werkvoorraad"),
    P(E1, answers=(Answer("1", "agree", E1),)),
    P("Een plan van aanpak met concrete doelen helpt ons, de ODMH en de aanvragers om de voortgang zichtbaar te "
      "maken. " + E1b + " Daarin nemen wij als doel op dat de werkvoorraad eind 2026 is teruggebracht tot ten "
      "hoogste 150 aanvragen en dat in 2027 ten minste 70 procent van de besluiten binnen de wettelijke termijn "
      "wordt genomen. Wij houden er rekening mee dat nieuwe uitspraken van de rechter deze doelen opnieuw onder druk "
      "kunnen zetten.", answers=(Answer("1", "agree", E1b),)),
    B("Aanbeveling 2 – Registratie van stikstofruimte"),
    P(E2, answers=(Answer("2", "partial", E2),)),
    P("Wij onderkennen dat een sluitend overzicht van vergunde, benutte en ingezette ruimte onmisbaar is, zeker nu "
      "de rechter hogere eisen stelt aan de onderbouwing van saldering. Met de ODMH richten wij in 2026 een "
      "provinciaal register in, waarin per vergunning de referentiesituatie en de saldering worden vastgelegd en "
      "waarin zichtbaar wordt welke vergunde ruimte niet wordt benut of is ingetrokken. " + E2b + " Dat systeem "
      "is van het Rijk en is bedoeld voor woningbouw en infrastructuur; de keuze om het uit te breiden ligt bij de "
      "minister van LVVN. Wel zorgen wij ervoor dat onze gegevens met die van BIJ12 kunnen worden uitgewisseld.",
      answers=(Answer("2", "partial", E2b),)),
    B("Aanbevelingen 3 en 4 – Beleidsregel en dossiervorming"),
    P(E34 + " Met de uitvoering van beide zijn wij al begonnen.",
      answers=(Answer("3", "agree", E34), Answer("4", "agree", E34))),
    P("In onze statenbrief van 14 januari 2025 over de gevolgen van de uitspraken over intern salderen hebben wij u "
      "gemeld dat wij de beleidsregel natuurvergunningverlening opnieuw zullen herzien. " + E3b + " Daarbij leggen "
      "wij ook vast hoe wij beoordelen of de ingezette ruimte bijdraagt aan het natuurherstel. Wij zullen uw Staten "
      "over de wijziging informeren.", answers=(Answer("3", "agree", E3b),)),
    P("Ook de aanbevelingen over de dossiervorming vinden wij terecht. " + E4b + " De ODMH heeft daarnaast een "
      "vast sjabloon ontwikkeld voor de motivering van een afwijking van het ecologisch advies, dat sinds april "
      "deel uitmaakt van elk dossier.", answers=(Answer("4", "agree", E4b),)),
    B("Aanbeveling 5 – Afspraken met de omgevingsdienst"),
    P(E5, answers=(Answer("5", "partial", E5),)),
    P("In de dienstverleningsovereenkomst voor 2026 maken wij met de ODMH meetbare afspraken over doorlooptijden en "
      "over de kwaliteit van de dossiers, aansluitend op de doelen uit het plan van aanpak. Over de nakoming daarvan "
      "leggen wij ieder kwartaal verantwoording af in het ambtelijk opdrachtgeversoverleg. " + E5b + " Een korting "
      "op de bijdrage zou bovendien vooral ten koste gaan van de capaciteit die nodig is om de achterstanden in te "
      "lopen.", answers=(Answer("5", "partial", E5b),)),
    B("Aanbeveling 6 – PAS-melders"),
    P(E6, answers=(Answer("6", "partial", E6),)),
    P("In onze statenbrief van 3 oktober 2024 hebben wij u geïnformeerd over de aanpak van de legalisatie van de "
      "PAS-melders. Sindsdien zijn voor nog eens 31 melders individuele trajecten gestart. Vóór 1 oktober 2025 "
      "hebben alle melders een persoonlijk gesprek gehad met een adviseur van de provincie, en wij sturen hun "
      "ieder kwartaal een bericht over de stand van zaken. " + E6b + " Wij blijven er bij de minister op aandringen "
      "om die ruimte versneld beschikbaar te maken.", answers=(Answer("6", "partial", E6b),)),
    B("Aanbeveling 7 – Handhavingsstrategie"),
    P(E7, answers=(Answer("7", "disagree", E7),)),
    P("Het toezicht op de naleving van natuurvergunningen maakt deel uit van de VTH-strategie 2023-2026, die uw "
      "Staten in 2022 hebben vastgesteld. Die strategie is risicogericht: wij zetten de beschikbare capaciteit in "
      "waar de risico's voor de natuur het grootst zijn. Een afzonderlijke strategie voor stikstof zou tot "
      "versnippering leiden, en een vast percentage controles onder bedrijven die intern hebben gesaldeerd, "
      "verhoudt zich niet tot die risicogerichte aanpak. Wij zien daarom geen aanleiding om van de huidige "
      "werkwijze af te wijken.", answers=(Answer("7", "disagree",
                                                 "Wij zien daarom geen aanleiding om van de huidige werkwijze af te "
                                                 "wijken."),)),
    B("Aanbeveling 8 – Stikstofbank"),
    P("Op deze aanbeveling komen wij terug in een afzonderlijke statenbrief."),
    P("Uw Staten besluiten dit najaar over de uitwerking van het Provinciaal Programma Landelijk Gebied, waarvan de "
      "regels voor de Stikstofbank deel uitmaken. De aanbeveling van de rekenkamer betrekken wij bij het voorstel "
      "dat wij u daarvoor voorleggen. Vóór 1 november 2025 informeren wij u over de keuzes die wij daarin maken."),
    B("Aanbeveling 9 – Voortgangsrapportage"),
    P(E9, answers=(Answer("9", "agree", E9),)),
    P("Zoals wij hierboven hebben aangegeven, ontvangt u vanaf 2026 jaarlijks een voortgangsrapportage, gelijktijdig "
      "met de jaarstukken. Voor de indicatoren sluiten wij aan bij het voorstel van de rekenkamer. Als uw Staten "
      "aanvullende indicatoren wensen, vernemen wij dat graag bij de behandeling van dit rapport.",
      answers=(Answer("9", "agree",
                      "Zoals wij hierboven hebben aangegeven, ontvangt u vanaf 2026 jaarlijks een "
                      "voortgangsrapportage, gelijktijdig met de jaarstukken."),)),
    B("Aanbeveling 10 – Risicobereidheid"),
    P("Deze aanbeveling is gericht aan uw Staten."),
    P("Het is aan uw Staten om te bepalen welke risico's u aanvaardbaar vindt en hoe u dat in de kaders voor de "
      "begroting wilt vastleggen. Wij onthouden ons daarom van een oordeel over deze aanbeveling. In de "
      "risicoparagraaf van de begroting 2026 beschrijven wij, zoals gebruikelijk, de risico's die wij op dat moment "
      "voorzien."),
    B("Aanbeveling 11 – Structurele middelen"),
    P(E11, answers=(Answer("11", "disagree", E11),)),
    P("De extra capaciteit bij de ODMH wordt tot en met 2027 gefinancierd met middelen die het Rijk via de "
      "specifieke uitkering voor de vergunningverlening beschikbaar stelt, aangevuld met incidentele provinciale "
      "middelen. Wij verwachten dat de werkvoorraad met de aanpak uit het plan van aanpak de komende jaren "
      "afneemt, en daarmee ook de benodigde capaciteit. Het nu structureel vastleggen van extra middelen zou uw "
      "Staten onnodig binden, terwijl de omvang van de opgave na 2027 nog niet te overzien is. Bij de "
      "Voorjaarsnota 2027 maken wij opnieuw de balans op.", answers=(Answer("11", "disagree",
                                                                       "Het nu structureel vastleggen van extra "
                                                                       "middelen zou uw Staten onnodig binden, "
                                                                       "terwijl de omvang van de opgave na 2027 nog "
                                                                       "niet te overzien is."),)),
    H2("Tot slot"),
    P("Het rapport van de rekenkamer komt op een moment waarop de vergunningverlening opnieuw voor grote "
      "veranderingen staat. Wij zien het als een steun in de rug om de uitvoering steviger te organiseren en uw "
      "Staten beter in positie te brengen. Wij gaan graag met u in gesprek over het rapport en onze reactie bij de "
      "behandeling in de Statencommissie Ruimte, Natuur en Landelijk Gebied."),
    P("Gedeputeerde Staten van Midden-Holland,"),
    P("de secretaris, mr. drs. R.A. Hoogendoorn"),
    P("de voorzitter, J.W.M. van Leeuwen-Struijk"),
)

RESPONSE = Document(
    title="Provincie Midden-Holland",
    subtitle="Gedeputeerde Staten",
    blocks=RESPONSE_BLOCKS,
    running_header="Bestuurlijke reactie 'Ruimte op de rekening'  |  PMH-2025-118402",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.5,
)

PAIR = Pair(
    name="provincial_audit_permits_college",
    report=REPORT,
    response=RESPONSE,
    description="Provincial audit office report on nitrogen permit granting, eleven numbered recommendations to GS "
                "and PS (two with lettered sub-points); GS answer in a separate bestuurlijke reactie with a bold "
                "line, a one-line verdict and an explanation per recommendation, one recommendation also answered "
                "by subject in the general part, one deferred to a later statenbrief and one passed back to PS.",
)
