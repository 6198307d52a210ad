"""Pair: a fictional Commissie Tijdig Strafrecht report on backlogs in criminal cases, and the JenV minister's letter.

Layout traits this pair tests: a serif report with a title page and a running header.  Chapter 2 holds two grid
tables of case volumes and waiting times (numbers only); chapter 3 opens with a numbered list "1." .. "8." of
"knelpunten" whose items, like the recommendations, start with a short title sentence (a trap: not
recommendations).  The fifteen recommendations form one numbered list "1." .. "15." in the final chapter 6, in
mixed addressee order; each item is a short title sentence followed by one to three explanation sentences, and items
1 and 7 carry a nested "a." "b." ("c.") sub-list that belongs to the item.  The renderer cannot set part of a list
item in bold, so the title sentence is printed in the regular face (the brief asked for a bold title).

The response is a letter (sans, no title page) of the minister of JenV that answers two reports at once: this
Commissie report and a short report of the Inspectie Justitie en Veiligheid on police intake of aangiften, whose
four recommendations are referred to by number in a separate section 3 ("De eerste aanbeveling van de Inspectie",
"Aanbeveling 2 van de Inspectie", "De derde aanbeveling", "Aanbeveling 4 van de Inspectie"; trap: not this report's
recommendations, and their positions differ from the Commissie's 1, 3 and 4).  Section 2 answers the Commissie by
addressee: "2.1 Aanbevelingen aan mij" (by subject under level-3 headings, some with number, some without),
"2.2 Aanbevelingen aan het OM en de Rechtspraak" (the minister reports what they say), "2.3 Aanbeveling aan de
politie", "2.4 Aanbeveling aan de Raad voor Rechtsbijstand".  Context paragraphs describe numbers and existing
policy, and the minister endorses the Commissie's analysis without a position on a measure.  An annex "Planning van
de maatregelen" is a rows-ruled table "Maatregel | Wanneer"; its rows name "(Commissie, aanbeveling N)" or
"(Inspectie, aanbeveling N)"; the Commissie rows are annotated as extra passages with the same position, the
Inspectie rows are not.

Gold positions:
 1 (statutory maximum waiting times, a. youth, b. victims of sexual/violent crime) partial: adopted for youth only.
 2 (one multi-year chain budget) agree: committed measure with money, no cue word.
 3 (independent chain director) agree: "Deze aanbeveling neem ik over."
 4 (digital case file as the only norm by 2027) not_addressed: "is reeds staand beleid" + description of the program.
 5 (higher fees for criminal legal aid lawyers) disagree: "past niet binnen de budgettaire kaders".
 6 (widen the OM-strafbeschikking) disagree: shares the analysis, "neem ik echter niet over".
 7 (OM early, final case selection, a.-c.) agree: "Het OM geeft aan de aanbeveling ... over te nemen".
 8 (OM one-off review of old stock) partial: OM runs a pilot in two districts, decides after evaluation.
 9 (joint court scheduling OM + Rechtspraak) agree; same paragraph as 10.
10 (monthly figures per court, Rechtspraak) disagree: "De Rechtspraak laat weten dat zij ... niet overneemt."
11 (raise the politierechter's sentencing limit) partial: only a WODC study before a decision.
12 (police quality check of case files) agree: the police "overneemt", start date.
13 (enough sworn interpreters) agree: tariff raise with date and money, no cue word.
14 (Raad voor Rechtsbijstand: replacement of absent lawyers) not_addressed: passed on, the Raad reacts itself.
15 (NOvA: conduct rule on adjournment requests) not_addressed: never mentioned.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def rec(number: int, text: str, departments: tuple[str, ...], *subitems: str) -> ListItem:
    return ListItem(text, children=tuple(ListItem(sub) for sub in subitems),
                    recommendation=Recommendation(str(number), departments))


JENV = ("JenV",)
OTHER = ("OTHER",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

KNELPUNTEN = ItemList(items=tuple(ListItem(text) for text in (
    "Onvolledige dossiers bij de overdracht. Een aanzienlijk deel van de processen-verbaal die de politie aan het OM "
    "overdraagt, is onvolledig. Het OM stuurt zulke zaken terug of laat ze liggen, waardoor zij maanden in de voorraad "
    "verblijven zonder dat er iets gebeurt.",
    "Late en voorlopige afdoeningsbeslissingen. Het OM beslist vaak pas laat over de wijze van afdoening en herziet "
    "die beslissing geregeld, bijvoorbeeld omdat een zaak bij nader inzien toch niet zittingsrijp blijkt te zijn.",
    "Gescheiden planning van parket en rechtbank. Parketten en rechtbanken plannen hun capaciteit grotendeels los van "
    "elkaar. Zittingen worden daardoor niet gevuld of juist overboekt.",
    "Aanhoudingen van zittingen. Ongeveer een op de vijf strafzittingen wordt ten minste eenmaal aangehouden, meestal "
    "omdat een advocaat, een tolk of een getuige niet beschikbaar is of omdat het dossier niet compleet is.",
    "Tekort aan strafrechtadvocaten en tolken. In meerdere regio's is het moeilijk een advocaat te vinden die een "
    "toevoeging aanneemt, en voor een aantal talen zijn onvoldoende beëdigde tolken beschikbaar.",
    "Verkokerde financiering. Politie, OM, Rechtspraak en rechtsbijstand worden elk afzonderlijk gefinancierd. Een "
    "investering in de ene schakel leidt tot meer werk in de volgende, zonder dat daar middelen tegenover staan.",
    "Gebrekkige informatie-uitwisseling. Dossiers worden deels digitaal en deels op papier uitgewisseld, waardoor "
    "stukken meermaals worden aangeleverd, op verschillende plaatsen worden bijgehouden en soms zoekraken.",
    "Geen eigenaar van het geheel. Niemand is verantwoordelijk voor de doorlooptijd van een zaak van begin tot eind. "
    "Het Landelijk Overleg Ketenpartners maakt afspraken, maar heeft geen middelen om die na te komen of af te "
    "dwingen.",
)), style="1.")

RECOMMENDATIONS = ItemList(items=(
    rec(1, "Stel wettelijke maximale doorlooptijden vast voor de meest kwetsbare zaken. De minister van Justitie en "
           "Veiligheid legt in de wet vast binnen welke termijn na de aangifte of de aanhouding een strafzaak op "
           "zitting moet zijn gebracht, en verplicht de ketenpartners overschrijdingen jaarlijks te verantwoorden. De "
           "Commissie stelt de volgende termijnen voor:", JENV,
        "zes maanden voor zaken met een minderjarige verdachte;",
        "twaalf maanden voor zaken waarin een slachtoffer van een zeden- of geweldsdelict betrokken is."),
    rec(2, "Financier de strafrechtketen als één geheel. De minister van Justitie en Veiligheid bundelt de middelen "
           "voor politie, Openbaar Ministerie, Rechtspraak en rechtsbijstand die met de afdoening van strafzaken "
           "samenhangen in één meerjarig ketenbudget, en verhoogt dat budget structureel. Extra geld voor één schakel "
           "wordt alleen toegekend als de gevolgen voor de andere schakels zijn meegewogen.", JENV),
    rec(3, "Stel een onafhankelijke ketenregisseur doorlooptijden aan. De minister van Justitie en Veiligheid benoemt "
           "een regisseur die de afspraken tussen de ketenpartners over doorlooptijden bewaakt, knelpunten agendeert "
           "in het Landelijk Overleg Ketenpartners en daarover twee keer per jaar openbaar rapporteert.", JENV),
    rec(4, "Maak het digitale strafdossier de enige norm. De minister van Justitie en Veiligheid zorgt ervoor dat "
           "politie, Openbaar Ministerie, Rechtspraak en advocatuur uiterlijk in 2027 met één digitaal dossier per "
           "zaak werken, waarin stukken één keer worden aangeleverd en voor iedere procesdeelnemer direct beschikbaar "
           "zijn. Papieren overdracht van dossiers wordt vanaf dat moment niet meer geaccepteerd.", JENV),
    rec(5, "Verhoog de vergoedingen voor strafrechtadvocaten in de gesubsidieerde rechtsbijstand. De minister van "
           "Justitie en Veiligheid past de puntentoekenning voor strafzaken zo aan dat ook langdurige zaken met veel "
           "zittingsdagen voor advocaten kostendekkend zijn. Zonder voldoende advocaten die toevoegingen aannemen, "
           "lopen zittingen onvermijdelijk vertraging op.", JENV),
    rec(6, "Verruim de inzet van de OM-strafbeschikking. De minister van Justitie en Veiligheid verhoogt de wettelijke "
           "grens voor de strafbeschikking, zodat het Openbaar Ministerie een groter deel van de eenvoudige zaken zelf "
           "kan afdoen en de rechter zich kan richten op zaken die een zitting werkelijk nodig hebben.", JENV),
    rec(7, "Selecteer zaken vroeg en beslis definitief. Het Openbaar Ministerie beslist binnen acht weken na de "
           "instroom van een zaak over de wijze van afdoening. Daarbij geldt:", JENV,
        "zaken die voor een buitengerechtelijke afdoening in aanmerking komen, worden direct afgedaan;",
        "zaken die naar de rechter gaan, krijgen bij die beslissing een beoogde zittingsdatum;",
        "een eenmaal genomen beslissing wordt alleen bij nieuwe feiten of omstandigheden herzien."),
    rec(8, "Ruim de oude voorraad op met een eenmalige herbeoordeling. Het Openbaar Ministerie beoordeelt alle zaken "
           "die langer dan twee jaar op een beslissing wachten opnieuw, en seponeert zaken waarin vervolging gelet op "
           "de verstreken tijd niet langer proportioneel is. Het OM informeert de slachtoffers in die zaken "
           "persoonlijk.", JENV),
    rec(9, "Plan zittingen gezamenlijk. Het Openbaar Ministerie en de Rechtspraak stellen per arrondissement één "
           "gezamenlijke zittingsplanning op, waarin de capaciteit van beide organisaties voor ten minste twaalf "
           "maanden vooruit op elkaar is afgestemd.", ("JenV", "OTHER")),
    rec(10, "Maak doorlooptijden per rechtbank openbaar. De Rechtspraak publiceert maandelijks per rechtbank de "
            "voorraden en de doorlooptijden van strafzaken, zodat burgers, slachtoffers en de politiek kunnen zien waar "
            "de achterstanden zich voordoen.", OTHER),
    rec(11, "Verruim de bevoegdheid van de politierechter. De minister van Justitie en Veiligheid verhoogt de maximale "
            "gevangenisstraf die de politierechter kan opleggen van één naar twee jaar, zodat meer zaken door een "
            "enkelvoudige kamer kunnen worden behandeld. De meervoudige kamers krijgen daardoor ruimte voor de "
            "complexe zaken.", JENV),
    rec(12, "Toets de kwaliteit van het proces-verbaal vóór de overdracht aan het OM. De politie voert in iedere "
            "eenheid een kwaliteitstoets in op processen-verbaal voordat zij aan het Openbaar Ministerie worden "
            "overgedragen. Zaken die niet compleet zijn, gaan terug naar de opsporing in plaats van in de voorraad van "
            "het OM te belanden.", JENV),
    rec(13, "Zorg voor voldoende beëdigde tolken. De minister van Justitie en Veiligheid verhoogt de tarieven voor "
            "tolken in strafzaken en vergroot de instroom in het Register beëdigde tolken en vertalers, zodat zittingen "
            "niet langer worden aangehouden omdat er geen tolk beschikbaar is.", JENV),
    rec(14, "Garandeer dat verhinderde advocaten worden vervangen. De Raad voor Rechtsbijstand richt een landelijke "
            "voorziening in waarmee een verdachte bij verhindering van de eigen advocaat binnen vijf werkdagen een "
            "vervangende advocaat krijgt, zodat zittingen niet om die reden hoeven te worden aangehouden.", JENV),
    rec(15, "Maak beroepsafspraken over aanhoudingsverzoeken. De Nederlandse orde van advocaten stelt samen met de "
            "Rechtspraak een gedragslijn op voor het indienen van aanhoudingsverzoeken, en spreekt advocaten aan die "
            "zittingen structureel laten aanhouden om redenen die in hun eigen agenda liggen.", OTHER),
), style="1.")

VOLUME_TABLE = Table(
    header=("Jaar", "Instroom OM", "Voorraad OM (31-12)", "Instroom rechtbanken", "Voorraad rechtbanken (31-12)",
            "Mediane doorlooptijd aangifte–vonnis (dagen)"),
    rows=(
        ("2019", "196.400", "61.200", "98.400", "21.300", "212"),
        ("2020", "188.100", "74.900", "89.100", "31.800", "268"),
        ("2021", "191.300", "79.300", "93.700", "33.900", "287"),
        ("2022", "199.000", "81.600", "97.200", "32.100", "301"),
        ("2023", "204.500", "84.100", "99.800", "33.400", "318"),
        ("2024*", "209.200", "86.700", "101.500", "34.900", "329"),
    ),
    widths=(0.6, 1.0, 1.0, 1.3, 1.3, 1.5),
    rules="grid",
)

CASE_TYPE_TABLE = Table(
    header=("Zaaktype", "Afgedane zaken", "Mediane doorlooptijd (dagen)", "Aandeel ouder dan twee jaar"),
    rows=(
        ("Zedenmisdrijven", "4.870", "612", "31%"),
        ("Geweldsmisdrijven", "27.300", "341", "12%"),
        ("Zaken met minderjarige verdachte", "11.900", "248", "6%"),
        ("Vermogensmisdrijven", "38.600", "289", "9%"),
        ("Verkeersmisdrijven", "22.100", "197", "4%"),
        ("Ondermijning en georganiseerde criminaliteit", "2.950", "694", "38%"),
        ("Totaal", "107.720", "329", "11%"),
    ),
    widths=(2.2, 1.0, 1.2, 1.2),
    rules="grid",
)

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie aangifte doet van een inbraak, een mishandeling of een zedendelict, verwacht dat er iets gebeurt. Wie als "
      "verdachte wordt aangehouden, heeft er recht op binnen een redelijke termijn te weten waar hij aan toe is. In de "
      "praktijk duurt het steeds vaker jaren voordat een strafzaak bij de rechter komt. Zaken verdwijnen in voorraden, "
      "getuigen herinneren zich minder, slachtoffers haken af en verdachten leven lang in onzekerheid. Dat is niet "
      "alleen een probleem voor de betrokkenen: een strafrecht dat te laat komt, verliest zijn gezag."),
    P("De minister van Justitie en Veiligheid heeft de Commissie Tijdig Strafrecht in oktober 2024 gevraagd de "
      "oorzaken van de achterstanden in kaart te brengen en voorstellen te doen om de doorlooptijden blijvend te "
      "verkorten. De Commissie heeft gesproken met ruim honderd mensen uit de politie, het Openbaar Ministerie, de "
      "Rechtspraak, de advocatuur, de reclassering, slachtofferorganisaties en de wetenschap. Wij danken hen voor de "
      "tijd die zij ons gaven en voor hun openhartigheid, ook waar die ongemakkelijk was."),
    P("Het beeld dat uit die gesprekken naar voren komt, is dat van een keten waarin iedere schakel hard werkt, maar "
      "waarin niemand het geheel overziet. Extra geld voor de politie leidt tot meer zaken bij het OM, extra "
      "officieren van justitie leiden tot meer dagvaardingen, en zonder extra zittingscapaciteit groeien dan de "
      "voorraden bij de rechtbanken. Onze voorstellen zijn erop gericht die keten als één systeem te laten "
      "functioneren, met één budget, één regie en heldere termijnen."),
    P("Namens de Commissie Tijdig Strafrecht,"),
    P("prof. mr. E.C. van Oordt-Haveman, voorzitter"),
    PageBreak(),
    H("Samenvatting"),
    P("Strafzaken duren in Nederland steeds langer. Tussen 2019 en 2024 is de mediane doorlooptijd van aangifte tot "
      "vonnis gestegen van 212 naar 329 dagen. De voorraad zaken die bij het Openbaar Ministerie op een beslissing "
      "wacht, groeide in dezelfde periode van ruim 61.000 naar bijna 87.000. Bij de rechtbanken wachten bijna 35.000 "
      "strafzaken op een zitting. Voor zedenzaken en ondermijningszaken zijn de wachttijden het langst, terwijl juist "
      "in zedenzaken tijd voor slachtoffers het zwaarst weegt."),
    P("De Commissie ziet niet één oorzaak die de achterstanden verklaart. De keten kampt met personeelstekorten, met "
      "zaken die complexer zijn geworden, met een papieren en een digitale werkwijze die door elkaar lopen, en met een "
      "tekort aan advocaten en tolken. Het belangrijkste knelpunt is echter dat de keten niet als geheel wordt "
      "bestuurd en gefinancierd. Iedere organisatie verbetert haar eigen deel van het proces, en de zaak die tussen "
      "twee organisaties in ligt, is van niemand."),
    P("De aanbevelingen van de Commissie richten zich daarom in de eerste plaats op de sturing en de financiering van "
      "de keten als geheel: een meerjarig ketenbudget, een onafhankelijke regisseur en wettelijke termijnen voor de "
      "meest kwetsbare zaken. Daarnaast doet de Commissie voorstellen die de werkvoorraad aan de voorkant van de keten "
      "beperken, zoals een vroege en definitieve selectie van zaken door het OM en een kwaliteitstoets door de "
      "politie, en voorstellen om de schaarse zittingscapaciteit beter te benutten."),
    P("In totaal doet de Commissie vijftien aanbevelingen. Zij zijn gericht aan de minister van Justitie en "
      "Veiligheid, het Openbaar Ministerie, de Rechtspraak, de politie, de Raad voor Rechtsbijstand en de Nederlandse "
      "orde van advocaten. De aanbevelingen staan in hoofdstuk 6."),
    PageBreak(),
    H("1  Inleiding"),
    H2("1.1  Aanleiding"),
    P("In het najaar van 2024 bleek uit de jaarcijfers van de strafrechtketen dat de voorraden bij het OM en de "
      "rechtbanken voor het vijfde jaar op rij waren gegroeid. Eerdere versnellingsprogramma's hadden de groei "
      "afgeremd, maar niet gekeerd. In debatten met de Tweede Kamer werd meermaals gevraagd om een onafhankelijke "
      "analyse van de oorzaken en om voorstellen die verder gaan dan tijdelijke extra capaciteit."),
    P("Tegen die achtergrond heeft de minister van Justitie en Veiligheid op 8 oktober 2024 de Commissie Tijdig "
      "Strafrecht ingesteld. De Commissie bestond uit vijf leden met ervaring in de rechtspraak, het openbaar "
      "ministerie, de advocatuur, de politie en de bestuurskunde. Een overzicht van de leden staat in de bijlage."),
    H2("1.2  Opdracht"),
    P("De minister heeft de Commissie gevraagd de volgende vragen te beantwoorden:"),
    bullets(
        "Hoe hebben de instroom, de voorraden en de doorlooptijden in de strafrechtketen zich sinds 2019 ontwikkeld?",
        "Welke factoren verklaren de groei van de achterstanden, en in welke schakel van de keten doen zij zich voor?",
        "Wat zijn de gevolgen van lange doorlooptijden voor slachtoffers, verdachten en de samenleving?",
        "Welke maatregelen zijn nodig om de doorlooptijden structureel te verkorten, en wie moet die maatregelen "
        "nemen?",
    ),
    P("De Commissie is gevraagd binnen zeven maanden te rapporteren. Zij heeft haar werk onafhankelijk verricht; het "
      "ministerie van Justitie en Veiligheid heeft een secretariaat van drie medewerkers ter beschikking gesteld. Het "
      "ministerie heeft de tekst van dit rapport niet vooraf ingezien."),
    H2("1.3  Werkwijze"),
    P("De Commissie heeft gebruikgemaakt van drie bronnen. In de eerste plaats heeft zij de beschikbare cijfers van "
      "politie, OM, Rechtspraak en de Raad voor Rechtsbijstand geanalyseerd, aangevuld met gegevens die de "
      "ketenpartners op haar verzoek hebben aangeleverd. In de tweede plaats heeft zij gesprekken gevoerd met ruim "
      "honderd mensen, onder wie rechercheurs, parketsecretarissen, officieren van justitie, rechters, griffiers, "
      "advocaten, tolken, slachtofferhulpverleners en reclasseringswerkers. In de derde plaats heeft zij werkbezoeken "
      "afgelegd aan vier arrondissementen, en heeft zij de aanpak in België en Denemarken bestudeerd."),
    P("De Commissie heeft haar voorlopige bevindingen in maart 2025 besproken in twee bijeenkomsten met "
      "vertegenwoordigers van de ketenpartners. De reacties uit die bijeenkomsten zijn in dit rapport verwerkt. De "
      "Commissie is zelf verantwoordelijk voor de conclusies en de aanbevelingen."),
    H2("1.4  Afbakening"),
    P("Dit rapport gaat over strafzaken tegen meerderjarige en minderjarige verdachten die door de politie worden "
      "opgespoord en door het OM worden afgedaan of aan de rechter worden voorgelegd. Zaken die door bijzondere "
      "opsporingsdiensten worden aangebracht, zijn in de cijfers meegenomen, maar niet afzonderlijk onderzocht. De "
      "tenuitvoerlegging van straffen valt buiten de opdracht, al raakt een aantal knelpunten daar wel aan. Het hoger "
      "beroep is slechts zijdelings onderzocht."),
    H2("1.5  Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de ontwikkeling van instroom, voorraden en doorlooptijden. Hoofdstuk 3 brengt de "
      "knelpunten in beeld die de Commissie heeft aangetroffen. Hoofdstuk 4 gaat in op de gevolgen van lange "
      "doorlooptijden, en hoofdstuk 5 op de lessen uit eerdere versnellingsprogramma's en uit het buitenland. "
      "Hoofdstuk 6 bevat de conclusies en de aanbevelingen van de Commissie."),
    PageBreak(),
    H("2  Achterstanden in cijfers"),
    H2("2.1  Instroom en voorraden"),
    P("Tabel 1 geeft de ontwikkeling weer van de instroom en de voorraden bij het OM en de rechtbanken. De instroom "
      "bij het OM is na een daling in 2020 weer gestegen tot boven het niveau van vóór de coronapandemie. De voorraden "
      "zijn in die periode niet teruggekeerd naar het oude niveau: de achterstand die in 2020 en 2021 ontstond toen "
      "zittingen werden uitgesteld, is nooit ingelopen, en daar is sindsdien elk jaar een nieuwe achterstand "
      "bijgekomen."),
    P("Tabel 1. Instroom en voorraden in de strafrechtketen, 2019-2024 (aantallen zaken)", bold=True),
    VOLUME_TABLE,
    P("* Voorlopige cijfers. Bron: jaarcijfers van het OM en de Rechtspraak, bewerking Commissie. De instroom bij de "
      "rechtbanken omvat ook zaken die in een eerder jaar bij het OM zijn ingestroomd."),
    P("De groei van de voorraden is niet gelijk verdeeld over het land. In de arrondissementen Rotterdam, "
      "Oost-Brabant en Noord-Holland is de voorraad bij het OM sinds 2019 met meer dan de helft toegenomen, terwijl "
      "die in Zeeland-West-Brabant en Limburg nagenoeg gelijk bleef. Volgens de gesprekspartners van de Commissie "
      "hangt dat verschil vooral samen met de bezetting van parketten en rechtbanken, en minder met verschillen in "
      "de aard of de omvang van de criminaliteit."),
    P("Opvallend is ook dat de voorraad bij het OM sneller groeit dan de instroom. Tussen 2019 en 2024 nam de "
      "instroom met ongeveer 7 procent toe, de voorraad met ruim 40 procent. Dat wijst erop dat het probleem niet in "
      "de eerste plaats in het aantal zaken zit, maar in het tempo waarin zaken worden afgehandeld."),
    H2("2.2  Doorlooptijden per zaaktype"),
    P("Achter de mediane doorlooptijd gaan grote verschillen tussen zaaktypen schuil. Tabel 2 laat zien dat zeden- "
      "en ondermijningszaken het langst duren, en dat bij die zaaktypen een aanzienlijk deel van de zaken ouder is "
      "dan twee jaar op het moment dat de rechter uitspraak doet."),
    P("Tabel 2. Doorlooptijden van afgedane zaken per zaaktype, 2024", bold=True),
    CASE_TYPE_TABLE,
    P("Bron: OM en Rechtspraak, bewerking Commissie. De doorlooptijd is gemeten vanaf de eerste registratie bij de "
      "politie tot de einduitspraak in eerste aanleg."),
    P("Voor jeugdzaken geldt al jaren een landelijke afspraak dat een zaak binnen zes maanden na het eerste verhoor "
      "door de rechter moet zijn afgedaan. In 2024 werd die afspraak in 41 procent van de zaken nagekomen. Voor "
      "zedenzaken bestaat geen vergelijkbare afspraak; in de gesprekken met de Commissie werd de lange duur van die "
      "zaken door slachtoffers en hulpverleners het vaakst genoemd."),
    H2("2.3  Wat de cijfers niet laten zien"),
    P("De cijfers in dit hoofdstuk beginnen bij de instroom bij het OM. De tijd die een zaak bij de politie doorbrengt "
      "voordat zij aan het OM wordt overgedragen, is niet landelijk bekend. Uit een steekproef die de Commissie met "
      "twee politie-eenheden heeft uitgevoerd, blijkt dat tussen de aangifte en de overdracht aan het OM in "
      "zedenzaken gemiddeld ruim zeven maanden verstrijken. Ook de zaken die de politie nooit aan het OM overdraagt, "
      "ontbreken in de cijfers. De werkelijke wachttijd voor slachtoffers is daardoor langer dan de tabellen "
      "suggereren."),
    P("Evenmin laten de cijfers zien hoe vaak een zaak tussen twee organisaties heen en weer gaat. In de dossiers die "
      "de Commissie heeft ingezien, kwam het regelmatig voor dat een zaak twee of drie keer van het OM naar de politie "
      "werd teruggestuurd voordat zij zittingsrijp was. Iedere keer begint de zaak in de registratie van de "
      "ontvangende organisatie opnieuw, zodat de totale wachttijd in geen enkel systeem zichtbaar is."),
    PageBreak(),
    H("3  Knelpunten in de keten"),
    H2("3.1  Acht knelpunten"),
    P("Op basis van de cijfers, de gesprekken en de werkbezoeken onderscheidt de Commissie acht knelpunten. Zij staan "
      "hieronder in de volgorde waarin een zaak de keten doorloopt, niet in volgorde van gewicht."),
    KNELPUNTEN,
    H2("3.2  De voorkant van de keten"),
    P("Een groot deel van de vertraging ontstaat voordat een zaak ooit een rechter ziet. De eerste drie knelpunten "
      "hangen met elkaar samen. Omdat politie-eenheden worden afgerekend op het aantal zaken dat zij aan het OM "
      "overdragen, is er een prikkel om zaken over te dragen die nog niet af zijn. Het OM heeft op zijn beurt weinig "
      "zicht op de kwaliteit van wat binnenkomt, en beslist pas over de afdoening als het dossier compleet is. In de "
      "tussentijd ligt de zaak in de voorraad, zonder dat er iets gebeurt."),
    P("Officieren van justitie vertelden de Commissie dat zij in een deel van de zaken de afdoeningsbeslissing twee "
      "of drie keer moeten herzien. Een zaak die eerst voor een strafbeschikking leek te zijn bestemd, blijkt bij "
      "nadere bestudering toch een dagvaarding te vragen, of omgekeerd. Iedere herziening kost weken. De Commissie "
      "is van oordeel dat een vroege beslissing, genomen door een ervaren officier op basis van een volledig dossier, "
      "veel van deze herhaling kan voorkomen."),
    H2("3.3  De zitting als knelpunt"),
    P("De zittingscapaciteit van de rechtbanken is de afgelopen jaren uitgebreid, maar nog steeds onvoldoende om de "
      "voorraad terug te dringen. Tegelijk gaat een deel van de capaciteit die er is, verloren. Zittingen worden "
      "aangehouden omdat de advocaat verhinderd is, omdat er geen tolk beschikbaar is of omdat een stuk ontbreekt. "
      "Volgens de Rechtspraak wordt ongeveer een op de vijf strafzittingen ten minste eenmaal aangehouden, en in "
      "zaken met een tolk is dat een op de drie."),
    P("Het tekort aan strafrechtadvocaten speelt vooral buiten de Randstad. Advocaten gaven aan dat de vergoeding "
      "voor een toevoeging in langdurige zaken niet in verhouding staat tot het werk, zeker wanneer een zaak meerdere "
      "keren wordt aangehouden. Jonge advocaten kiezen daardoor minder vaak voor het strafrecht. Bij tolken doet zich "
      "een vergelijkbaar beeld voor: de tarieven zijn al jaren niet wezenlijk aangepast, en voor talen als Tigrinya, "
      "Dari en Pashto zijn te weinig beëdigde tolken beschikbaar om aan de vraag te voldoen."),
    P("Ook de verdeling van zaken over de enkelvoudige en de meervoudige kamer speelt een rol. De politierechter kan "
      "nu een gevangenisstraf van ten hoogste één jaar opleggen. Zaken waarin het OM een hogere straf wil eisen, "
      "moeten naar de meervoudige kamer, die drie rechters vraagt en daardoor de meest schaarse capaciteit van de "
      "rechtbank. Verschillende rechters gaven aan dat een deel van deze zaken zich naar hun oordeel goed voor "
      "behandeling door één rechter zou lenen."),
    H2("3.4  Sturing en financiering"),
    P("De laatste drie knelpunten betreffen de keten als geheel. De Commissie heeft in haar gesprekken telkens "
      "hetzelfde patroon aangetroffen: iedere organisatie heeft een eigen begroting, een eigen planning en eigen "
      "prestatieafspraken, en de gevolgen van een besluit voor de andere organisaties worden zelden meegewogen. Toen "
      "de politie in 2022 extra rechercheurs kreeg voor de aanpak van woninginbraken, leidde dat binnen een jaar tot "
      "een toename van de voorraad bij het OM, omdat daar geen extra capaciteit tegenover stond."),
    P("Het Landelijk Overleg Ketenpartners, waarin de leiding van politie, OM, Rechtspraak, reclassering en het "
      "ministerie zitting heeft, maakt afspraken over doorlooptijden. Die afspraken zijn echter vrijblijvend. Niemand "
      "houdt bij of zij worden nagekomen, en wanneer dat niet gebeurt, volgen er geen consequenties. De Commissie "
      "constateert dat ook de informatie-uitwisseling tussen de organisaties niet op orde is. Het digitaliseringsprogramma "
      "van de keten heeft veel verbeterd, maar zolang papier en digitaal naast elkaar bestaan, blijft het risico "
      "groot dat stukken zoekraken of dubbel worden aangeleverd."),
    PageBreak(),
    H("4  Gevolgen van lange doorlooptijden"),
    H2("4.1  Voor slachtoffers"),
    P("Voor slachtoffers betekent een lange doorlooptijd dat zij lang moeten wachten op erkenning van wat hun is "
      "aangedaan. Slachtoffers van zedendelicten vertelden de Commissie dat zij hun leven in afwachting van de zitting "
      "als ‘op pauze’ ervaren. Het verwerkingsproces wordt telkens onderbroken door nieuwe verhoren, uitnodigingen en "
      "uitstel. Sommigen trekken hun aangifte in, niet omdat zij aan hun verhaal twijfelen, maar omdat zij het wachten "
      "niet langer kunnen opbrengen."),
    P("Slachtofferhulp Nederland wees de Commissie erop dat slachtoffers vaak niet weten waar hun zaak zich bevindt. "
      "Zij worden bij de aangifte geïnformeerd, en daarna soms maanden niet. Voor veel slachtoffers is die onzekerheid "
      "zwaarder dan het wachten zelf."),
    H2("4.2  Voor verdachten"),
    P("Ook voor verdachten heeft een lange doorlooptijd gevolgen. Een verdachte die jaren op zijn zaak wacht, kan "
      "moeilijk werk vinden of behouden, en leeft met een stigma waarvan hij niet weet of het terecht is. Voor "
      "minderjarige verdachten weegt dit extra zwaar. Een straf die pas na anderhalf jaar volgt, staat voor een "
      "jongere los van het feit dat hij heeft gepleegd, en mist daardoor het pedagogische effect dat het "
      "jeugdstrafrecht beoogt."),
    P("Daarbij komt dat de rechter een overschrijding van de redelijke termijn compenseert met strafvermindering. In "
      "2024 gebeurde dat volgens de Rechtspraak in ruim 9.000 zaken. Een lange doorlooptijd leidt zo tot lichtere "
      "straffen, wat voor slachtoffers moeilijk te begrijpen is."),
    H2("4.3  Voor de samenleving en de rechtsstaat"),
    P("Een strafrechtketen die niet tijdig reageert, ondermijnt het vertrouwen in de rechtsstaat. Burgers die zien dat "
      "een aangifte niets oplevert, doen de volgende keer geen aangifte meer. De Commissie ziet in de cijfers van de "
      "Veiligheidsmonitor aanwijzingen dat de aangiftebereidheid bij geweldsdelicten is afgenomen, al is het verband "
      "met de doorlooptijden niet eenduidig vast te stellen."),
    P("Lange doorlooptijden hebben ook een financiële prijs. Zaken die lang blijven liggen, moeten vaker opnieuw "
      "worden bestudeerd, getuigen moeten opnieuw worden gehoord en rapportages van de reclassering of het Nederlands "
      "Instituut voor Forensische Psychiatrie en Psychologie moeten worden geactualiseerd. De Commissie schat dat de "
      "kosten van deze herhaling jaarlijks tientallen miljoenen euro's bedragen."),
    PageBreak(),
    H("5  Lessen uit eerdere aanpakken"),
    H2("5.1  Versnellingsprogramma's sinds 2020"),
    P("Sinds 2020 zijn er verschillende programma's geweest om de achterstanden in de strafrechtketen in te lopen. Zij "
      "hadden gemeen dat zij tijdelijk waren en dat zij zich vooral richtten op extra capaciteit: extra zittingen, "
      "extra parketsecretarissen, tijdelijke inhuur. Die programma's hebben effect gehad: zonder de extra zittingen in "
      "2021 en 2022 zou de voorraad bij de rechtbanken naar schatting een derde hoger zijn geweest."),
    P("Tegelijk laten de programma's zien wat de grenzen zijn van tijdelijke capaciteit. Extra personeel moest telkens "
      "worden ingewerkt, terwijl het na afloop van het programma weer vertrok. Omdat de financiering per organisatie "
      "werd toegekend, ontstonden nieuwe knelpunten in de volgende schakel. En omdat de programma's steeds voor een of "
      "twee jaar golden, kon geen van de ketenpartners er een blijvende werkwijze op bouwen."),
    H2("5.2  Ervaringen in België en Denemarken"),
    P("In België maken het openbaar ministerie en de rechtbanken in een aantal arrondissementen al enige jaren een "
      "gezamenlijke zittingsplanning voor een periode van een jaar. Volgens de gesprekspartners van de Commissie heeft "
      "dat het aantal lege zittingen sterk verminderd en de samenwerking tussen parket en rechtbank "
      "verbeterd. De planning vraagt wel om betrouwbare prognoses van de instroom, die niet overal voorhanden zijn."),
    P("In Denemarken werken politie en openbaar aanklager met vaste termijnen voor de behandeling van zaken met "
      "minderjarige verdachten, waarover jaarlijks aan het parlement wordt gerapporteerd. De Deense gesprekspartners "
      "wezen erop dat de termijnen vooral werken omdat er openbaar over wordt verantwoord; de sanctie op overschrijding "
      "is bescheiden. Voor zaken met een complex forensisch onderzoek bleken vaste termijnen lastiger te hanteren."),
    H2("5.3  Wat de Commissie daaruit leert"),
    P("De Commissie trekt uit deze ervaringen drie lessen. De eerste is dat tijdelijke capaciteit alleen helpt als zij "
      "wordt gevolgd door een blijvende verandering in werkwijze. De tweede is dat de keten alleen sneller wordt als de "
      "capaciteit van alle schakels tegelijk meegroeit; dat vraagt om een gezamenlijke planning en een gezamenlijk "
      "budget. De derde is dat openbare verantwoording over doorlooptijden een krachtige prikkel is, sterker dan "
      "interne afspraken die niemand controleert."),
    P("Een nieuwe, centrale organisatie voor de strafrechtketen acht de Commissie niet nodig. De ketenpartners hebben "
      "elk een eigen, wettelijk verankerde rol; wat ontbreekt, is een regisseur met een beperkte, maar duidelijke "
      "opdracht."),
    PageBreak(),
    H("6  Conclusies en aanbevelingen"),
    H2("6.1  Conclusies"),
    P("De Commissie concludeert dat de achterstanden in de strafrechtketen niet het gevolg zijn van een tijdelijke "
      "verstoring, maar van de manier waarop de keten is ingericht. Zolang iedere organisatie afzonderlijk wordt "
      "gefinancierd en gestuurd, zullen investeringen in één schakel leiden tot nieuwe achterstanden in de volgende. "
      "Extra capaciteit is nodig, maar zonder een andere sturing zal zij opnieuw weglekken."),
    P("De Commissie concludeert verder dat de grootste winst aan de voorkant van de keten te behalen is. Een zaak die "
      "compleet bij het OM binnenkomt, waarover snel en definitief wordt beslist en die een zittingsdatum krijgt op "
      "het moment van dagvaarden, loopt veel minder risico om in een voorraad te verdwijnen. En de zittingscapaciteit "
      "die er is, moet beter worden benut door aanhoudingen te voorkomen en door zaken bij de juiste kamer aan te "
      "brengen."),
    H2("6.2  Aanbevelingen"),
    P("De Commissie doet de volgende vijftien aanbevelingen. Bij iedere aanbeveling is aangegeven tot wie zij zich "
      "richt. De volgorde volgt de opbouw van het rapport, niet de geadresseerde."),
    RECOMMENDATIONS,
    H2("6.3  Tot slot"),
    P("De aanbevelingen van de Commissie vormen een samenhangend pakket. Wettelijke termijnen zonder extra capaciteit "
      "leiden tot frustratie, extra capaciteit zonder regie leidt tot nieuwe knelpunten. De Commissie vraagt de "
      "ketenpartners en de minister daarom de aanbevelingen in samenhang te bezien, en over de uitvoering gezamenlijk "
      "verantwoording af te leggen aan de Tweede Kamer. Zij acht het wenselijk dat over twee jaar wordt bezien in "
      "hoeverre de doorlooptijden daadwerkelijk zijn verkort."),
    PageBreak(),
    H("Bijlage  Samenstelling en gesprekspartners"),
    H2("Samenstelling van de Commissie"),
    bullets(
        "prof. mr. E.C. van Oordt-Haveman, voorzitter, hoogleraar strafprocesrecht",
        "mr. R. Düzgün, oud-president van een rechtbank",
        "mr. drs. P.A. Lagerwey, oud-hoofdofficier van justitie",
        "mr. S. Brandsma-Kool, advocaat",
        "dr. T.J. Wensveen, bestuurskundige, voormalig politiechef",
        style="–",
    ),
    P("Secretariaat: mr. A. Hofstede (secretaris), drs. L. Nauta en M. El Idrissi MSc."),
    H2("Organisaties waarmee de Commissie heeft gesproken"),
    P("Nationale Politie (vier eenheden), Openbaar Ministerie (parketten en Parket-Generaal), Raad voor de "
      "rechtspraak en vijf rechtbanken, Nederlandse orde van advocaten, Nederlandse Vereniging van Strafrechtadvocaten, "
      "Raad voor Rechtsbijstand, Reclassering Nederland, Slachtofferhulp Nederland, Bureau beëdigde tolken en "
      "vertalers, Nederlands Instituut voor Forensische Psychiatrie en Psychologie, het ministerie van Justitie en "
      "Veiligheid, en wetenschappers van vier universiteiten."),
)

REPORT = Document(
    title="Recht dat op zich laat wachten",
    subtitle="Eindrapport van de Commissie Tijdig Strafrecht over achterstanden en doorlooptijden in strafzaken",
    blocks=REPORT_BLOCKS,
    running_header="Commissie Tijdig Strafrecht  ·  Recht dat op zich laat wachten",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Commissie Tijdig Strafrecht", "Den Haag, mei 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Ik neem deze aanbeveling daarom over voor zaken met een minderjarige verdachte, maar niet voor zaken met een "
       "slachtoffer van een zeden- of geweldsdelict.")
EV2 = ("Vanaf de begroting voor 2026 breng ik de middelen voor de afdoening van strafzaken onder in één meerjarig "
       "ketenbudget, dat ik structureel met € 112 miljoen per jaar verhoog.")
EV3 = "Deze aanbeveling neem ik over."
EV5 = "Een verdere verhoging bovenop die stap past niet binnen de budgettaire kaders van mijn begroting."
EV6 = "Een verhoging van de wettelijke grens voor de OM-strafbeschikking neem ik echter niet over."
EV11 = ("Ik laat het WODC daarom eerst onderzoeken wat een verruiming tot twee jaar betekent voor de werklast van de "
        "rechtbanken en voor de kwaliteit van de rechtspraak, en neem op basis daarvan een besluit.")
EV13 = ("Per 1 juli 2026 verhoog ik de tarieven voor beëdigde tolken in strafzaken met 15 procent; daarvoor trek ik "
        "structureel € 9 miljoen uit.")
EV7 = ("Het OM geeft aan de aanbeveling over een vroege en definitieve zaaksselectie over te nemen en de werkwijze in "
       "2026 in alle arrondissementen in te voeren.")
EV8 = ("Het OM start daarom in 2026 in de arrondissementen Rotterdam en Oost-Brabant een proef met een herbeoordeling "
       "van zaken die ouder zijn dan twee jaar, en beslist na evaluatie van die proef of de werkwijze landelijk wordt "
       "ingevoerd.")
EV9 = ("Het OM en de Rechtspraak onderschrijven de aanbeveling om zittingen gezamenlijk te plannen, en werken vanaf "
       "1 januari 2026 in alle arrondissementen met één zittingsplanning die ten minste twaalf maanden vooruitkijkt.")
EV10 = ("De Rechtspraak laat weten dat zij de aanbeveling om maandelijks per rechtbank voorraden en doorlooptijden te "
        "publiceren niet overneemt.")
EV12 = "De politie heeft mij laten weten dat zij deze aanbeveling overneemt."


def row(measure: str, when: str, *answers: tuple[str, str]) -> tuple[Cell, str]:
    """An annex row; a Commissie row carries the recommendation it implements, the cell text being the evidence."""
    return Cell(measure, answers=tuple(Answer(number, position, measure) for number, position in answers)), when


PLANNING_TABLE = Table(
    header=("Maatregel", "Wanneer"),
    rows=(
        row("Eén meerjarig ketenbudget voor de strafrechtketen, structureel € 112 miljoen extra (Commissie, "
            "aanbeveling 2)", "Begroting 2026", ("2", "agree")),
        row("Benoeming van de ketenregisseur doorlooptijden (Commissie, aanbeveling 3)", "1 januari 2026",
            ("3", "agree")),
        row("Gezamenlijke zittingsplanning van OM en Rechtspraak in alle arrondissementen (Commissie, aanbeveling 9)",
            "1 januari 2026", ("9", "agree")),
        row("Consultatie van het wetsvoorstel maximale doorlooptijd jeugdstrafzaken (Commissie, aanbeveling 1)",
            "Voorjaar 2026", ("1", "partial")),
        row("Capaciteitsanalyse van de intake van aangiften door de politie (Inspectie, aanbeveling 4)",
            "Voorjaar 2026"),
        row("Kwaliteitstoets op processen-verbaal in alle politie-eenheden (Commissie, aanbeveling 12)",
            "1 april 2026", ("12", "agree")),
        row("Landelijk selectiekader voor aangiften (Inspectie, aanbeveling 1)", "1 juli 2026"),
        row("Verhoging van de tarieven voor beëdigde tolken met 15 procent (Commissie, aanbeveling 13)",
            "1 juli 2026", ("13", "agree")),
        row("Vroege en definitieve zaaksselectie door het OM in alle arrondissementen (Commissie, aanbeveling 7)",
            "Gefaseerd in 2026", ("7", "agree")),
        row("Terugkoppeling aan aangevers binnen vier weken, te beginnen bij geweld en woninginbraak (Inspectie, "
            "aanbeveling 2)", "Gefaseerd in 2026"),
        row("Proef met herbeoordeling van de oude voorraad in Rotterdam en Oost-Brabant (Commissie, aanbeveling 8)",
            "2026; evaluatie begin 2027", ("8", "partial")),
        row("WODC-onderzoek naar de bevoegdheid van de politierechter (Commissie, aanbeveling 11)", "Eind 2026",
            ("11", "partial")),
    ),
    widths=(3.2, 1.0),
    rules="rows",
)

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Met deze brief reageer ik op twee rapporten die beide gaan over de tijd die verstrijkt tussen het moment "
      "waarop een strafbaar feit bekend wordt en het moment waarop daarover wordt beslist. Het eerste is het "
      "eindrapport ‘Recht dat op zich laat wachten’ van de Commissie Tijdig Strafrecht, dat ik op 22 mei 2025 in "
      "ontvangst nam. Het tweede is het rapport ‘Aangifte gedaan, en dan?’ van de Inspectie Justitie en Veiligheid "
      "over de intake en selectie van aangiften door de politie, dat op 3 juli 2025 verscheen. Omdat beide rapporten "
      "de voorkant van dezelfde keten betreffen, bespreek ik ze in één brief."),
    P("Ik dank de Commissie en de Inspectie voor hun grondige werk. Ook dank ik de politie, het Openbaar Ministerie "
      "(OM), de Rechtspraak en de Raad voor Rechtsbijstand, die aan deze reactie hebben bijgedragen. Waar aanbevelingen "
      "aan hen zijn gericht, geef ik hun reactie weer; zij zijn zelf verantwoordelijk voor de uitvoering."),
    H("1. De achterstanden in de strafrechtketen"),
    P("De voorraden in de strafrechtketen zijn sinds 2019 fors gegroeid. Eind 2024 wachtten bij het OM bijna 87.000 "
      "zaken op een beslissing, en bij de rechtbanken bijna 35.000 strafzaken op een zitting. De mediane doorlooptijd "
      "van aangifte tot vonnis is in vijf jaar met bijna vier maanden toegenomen. Achter die cijfers gaan slachtoffers "
      "schuil die jaren op een zitting wachten, en verdachten die lang in onzekerheid verkeren."),
    P("De afgelopen jaren is al veel gedaan. Sinds 2022 investeert het kabinet via het programma Versnelling "
      "Strafrechtketen jaarlijks in extra zittingscapaciteit en extra parketpersoneel. De ketenpartners hebben in het "
      "Landelijk Overleg Ketenpartners afspraken gemaakt over de afhandeling van de oudste zaken, en de Rechtspraak "
      "heeft in vier rechtbanken extra strafkamers ingericht. Dat heeft de groei van de voorraden afgeremd, maar nog "
      "niet gekeerd."),
    P("Ik onderschrijf de hoofdconclusie van de Commissie dat de strafrechtketen pas sneller wordt als zij als één "
      "systeem wordt bestuurd. Investeringen in één schakel verplaatsen het probleem naar de volgende, zolang de "
      "capaciteit van de keten als geheel niet meegroeit. Die analyse vormt de basis voor de maatregelen in deze "
      "brief."),
    H("2. Reactie op het rapport van de Commissie Tijdig Strafrecht"),
    P("De Commissie doet vijftien aanbevelingen. Ik bespreek ze hieronder per geadresseerde. De aanbevelingen aan het "
      "OM, de Rechtspraak en de politie heb ik aan die organisaties voorgelegd; hun reactie is in deze brief "
      "verwerkt."),
    H2("2.1 Aanbevelingen aan mij"),
    H3("Financiering van de keten"),
    P("De Commissie constateert dat de financiering van politie, OM, Rechtspraak en rechtsbijstand langs gescheiden "
      "lijnen loopt, waardoor extra middelen voor de ene organisatie in de volgende schakel vastlopen. Ik herken dat "
      "beeld. " + EV2 + " Over de verdeling van die middelen beslis ik voortaan op advies van het Landelijk Overleg "
      "Ketenpartners, en alleen op basis van een doorrekening van de gevolgen voor de hele keten.",
      answers=(Answer("2", "agree", EV2),)),
    H3("Regie op doorlooptijden"),
    P("De Commissie beveelt in aanbeveling 3 aan een onafhankelijke ketenregisseur doorlooptijden aan te stellen. "
      + EV3 + " De regisseur wordt per 1 januari 2026 benoemd, krijgt een eigen klein bureau en rapporteert twee keer "
      "per jaar openbaar over de voortgang. De eerste rapportage ontvangt uw Kamer in het najaar van 2026.",
      answers=(Answer("3", "agree", EV3),)),
    H3("Wettelijke termijnen"),
    P("In aanbeveling 1 stelt de Commissie voor maximale doorlooptijden in de wet vast te leggen, met een termijn van "
      "zes maanden voor jeugdzaken en van twaalf maanden voor zaken met een slachtoffer van een zeden- of "
      "geweldsdelict. Voor jeugdzaken is snelheid een pedagogische noodzaak: een straf die een jongere pas na een jaar "
      "krijgt, staat voor hem los van wat hij heeft gedaan. " + EV1 + " Bij die zaken hangt de duur van het onderzoek "
      "sterk af van forensisch onderzoek en van de belastbaarheid van het slachtoffer, en een wettelijke termijn zou "
      "ertoe kunnen leiden dat zaken onder tijdsdruk minder zorgvuldig worden voorbereid. Het wetsvoorstel voor "
      "jeugdzaken gaat in het voorjaar van 2026 in consultatie.",
      answers=(Answer("1", "partial", EV1),)),
    H3("Digitaal werken"),
    P("Het digitaal werken in de strafrechtketen is reeds staand beleid. Sinds 2021 werken de ketenpartners binnen het "
      "programma Digitalisering Strafrechtketen aan het digitaal aanleveren en uitwisselen van processtukken. In 2024 "
      "werd ruim 80 procent van de dossiers van de politie digitaal aan het OM overgedragen, en sinds 2023 kunnen "
      "advocaten in alle arrondissementen het strafdossier van hun cliënt digitaal inzien. Over de voortgang van het "
      "programma informeer ik uw Kamer jaarlijks in de voortgangsrapportage Digitalisering Strafrechtketen."),
    H3("Rechtsbijstand"),
    P("De Commissie vraagt mij de vergoedingen voor strafrechtadvocaten in de gesubsidieerde rechtsbijstand te "
      "verhogen. Ik ben mij ervan bewust dat de beschikbaarheid van strafrechtadvocaten in sommige regio's onder druk "
      "staat. Per 1 januari 2024 zijn de vergoedingen in het stelsel al verhoogd, en de effecten daarvan worden in 2026 "
      "geëvalueerd. " + EV5 + " De middelen die ik met deze brief vrijmaak, zet ik in voor de capaciteit van de keten "
      "zelf.",
      answers=(Answer("5", "disagree", EV5),)),
    H3("Strafbeschikking"),
    P("Ik deel de analyse van de Commissie dat te veel eenvoudige zaken op een zitting terechtkomen die ook buiten de "
      "rechter om zouden kunnen worden afgedaan. " + EV6 + " De strafbeschikking is bedoeld voor feiten waarvoor een "
      "beperkte straf volstaat; bij zwaardere straffen weegt de waarborg van een onafhankelijke rechter voor mij "
      "zwaarder dan de tijdwinst. Bovendien leidt een aanzienlijk deel van de strafbeschikkingen nu al niet tot "
      "uitvoering, omdat de verdachte niet wordt bereikt of verzet doet. De winst van een verruiming zou daardoor "
      "kleiner zijn dan de Commissie verwacht.",
      answers=(Answer("6", "disagree", EV6),)),
    H3("De politierechter"),
    P("Aanbeveling 11 gaat over de bevoegdheid van de politierechter. Een verhoging van de maximale straf die de "
      "politierechter kan opleggen, raakt aan de verhouding tussen enkelvoudige en meervoudige rechtspraak en aan de "
      "rechtsbescherming van de verdachte. " + EV11 + " De resultaten van dat onderzoek verwacht ik eind 2026.",
      answers=(Answer("11", "partial", EV11),)),
    H3("Tolken"),
    P("Dat zittingen worden aangehouden omdat er geen tolk is, is voor alle procesdeelnemers een onnodige "
      "teleurstelling en kost de rechtbanken schaarse zittingsruimte. " + EV13 + " Daarnaast start Bureau beëdigde "
      "tolken en vertalers in 2026 een wervingscampagne en een verkorte opleidingsroute voor tolken in de talen "
      "waarin nu tekorten bestaan.",
      answers=(Answer("13", "agree", EV13),)),
    H2("2.2 Aanbevelingen aan het OM en de Rechtspraak"),
    P("Het OM en de Rechtspraak hebben elk een eigen, wettelijk geborgde positie. De aanbevelingen 7 tot en met 10 "
      "zijn aan hen gericht. Ik heb beide organisaties gevraagd hoe zij deze aanbevelingen beoordelen, en geef hun "
      "reactie hieronder weer."),
    P("Het OM herkent het beeld dat zaken te lang blijven liggen voordat over de afdoening wordt beslist. " + EV7 +
      " Het OM streeft daarbij naar een beslissing binnen acht weken na instroom en koppelt aan iedere "
      "dagvaardingsbeslissing een beoogde zittingsdatum, die vooraf met de rechtbank is afgestemd.",
      answers=(Answer("7", "agree", EV7),)),
    P("Over de oude voorraad is het OM terughoudender. Een sepot uitsluitend vanwege de verstreken tijd is voor "
      "slachtoffers moeilijk te aanvaarden, en het OM wil voorkomen dat het signaal ontstaat dat wachten loont. " + EV8
      + " Slachtoffers worden in de proef persoonlijk geïnformeerd.",
      answers=(Answer("8", "partial", EV8),)),
    P(EV9 + " " + EV10 + " Maandcijfers per rechtbank schommelen sterk door toevallige factoren, zoals één "
      "omvangrijke zaak of een tijdelijke personeelswisseling, en zouden volgens de Rechtspraak eerder een vertekend "
      "dan een helder beeld geven. De Rechtspraak publiceert de landelijke cijfers over voorraden en doorlooptijden "
      "al in haar jaarverslag.",
      answers=(Answer("9", "agree", EV9), Answer("10", "disagree", EV10))),
    H2("2.3 Aanbeveling aan de politie"),
    P("De Commissie beveelt de politie aan processen-verbaal op kwaliteit te toetsen voordat zij aan het OM worden "
      "overgedragen. " + EV12 + " Vanaf 1 april 2026 werkt iedere eenheid met een vaste kwaliteitstoets bij de "
      "overdracht, en onvolledige dossiers gaan met een concrete verbeteropdracht terug naar het opsporingsteam.",
      answers=(Answer("12", "agree", EV12),)),
    H2("2.4 Aanbeveling aan de Raad voor Rechtsbijstand"),
    P("Aanbeveling 14 vraagt de Raad voor Rechtsbijstand om een landelijke voorziening voor de vervanging van "
      "verhinderde advocaten. De Raad is een zelfstandig bestuursorgaan en voert het stelsel van gesubsidieerde "
      "rechtsbijstand uit binnen de kaders die ik stel. De Raad zal in zijn jaarverslag over 2025 zelf op deze "
      "aanbeveling ingaan."),
    H("3. Reactie op het rapport van de Inspectie Justitie en Veiligheid"),
    P("De Inspectie heeft onderzocht hoe de politie aangiften ontvangt, beoordeelt en selecteert voor verder "
      "onderzoek. Zij concludeert dat de politie aangiften in de meeste gevallen zorgvuldig opneemt, maar dat de "
      "criteria voor de selectie per eenheid verschillen en dat aangevers vaak niet horen wat er met hun aangifte "
      "gebeurt. Het rapport bevat vier aanbevelingen, gericht aan de politie en aan mij."),
    P("De eerste aanbeveling van de Inspectie is om landelijk uniforme criteria vast te stellen voor de selectie van "
      "aangiften. Deze aanbeveling neem ik over. De politie stelt in overleg met het OM vóór 1 juli 2026 een landelijk "
      "selectiekader vast."),
    P("Aanbeveling 2 van de Inspectie vraagt de politie aangevers binnen vier weken te laten weten wat er met hun "
      "aangifte gebeurt. De politie onderschrijft het belang daarvan en voert de terugkoppeling in 2026 gefaseerd in, "
      "te beginnen bij aangiften van geweld en woninginbraak. Deze aanbeveling sluit aan bij wat de Commissie Tijdig "
      "Strafrecht over de kwaliteit aan de voorkant van de keten opmerkt."),
    P("De derde aanbeveling, een landelijk intakecentrum voor alle online en telefonische aangiften, neem ik niet "
      "over. De politie heeft de afgelopen jaren juist geïnvesteerd in de intake dicht bij de burger, in de "
      "basisteams, en een centrale voorziening zou die lokale kennis op afstand zetten."),
    P("Aanbeveling 4 van de Inspectie, om in kaart te brengen hoeveel capaciteit de intake van aangiften vraagt, neem "
      "ik over. De politie levert die analyse in het voorjaar van 2026 op, en ik betrek de uitkomsten bij de verdeling "
      "van het ketenbudget."),
    H("4. Tot slot"),
    P("De achterstanden in de strafrechtketen zijn in jaren opgebouwd en zullen niet in één jaar verdwijnen. Met de "
      "maatregelen in deze brief wil ik de keten als geheel sterker maken, en niet opnieuw één schakel op kosten van "
      "de volgende. In de bijlage bij deze brief staat wanneer de maatregelen worden uitgevoerd. De ketenregisseur "
      "zal uw Kamer vanaf het najaar van 2026 over de voortgang informeren."),
    P("De minister van Justitie en Veiligheid,"),
    P("mr. J.W. Ridderhof-Baan"),
    PageBreak(),
    H("Bijlage. Planning van de maatregelen"),
    P("In de tabel hieronder staan de maatregelen uit deze brief met het moment waarop zij worden gerealiseerd. De "
      "verwijzing tussen haakjes geeft aan op welk rapport en welke aanbeveling de maatregel betrekking heeft."),
    PLANNING_TABLE,
)

RESPONSE = Document(
    title="Reactie op de rapporten ‘Recht dat op zich laat wachten’ en ‘Aangifte gedaan, en dan?’",
    subtitle="Brief van de minister van Justitie en Veiligheid aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal  ·  Den Haag, 14 oktober 2025  ·  Kenmerk 6234517",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Justitie en Veiligheid  ·  Datum 14 oktober 2025  ·  Kenmerk 6234517",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="court_backlog_commission",
    report=REPORT,
    response=RESPONSE,
    description="Commissie Tijdig Strafrecht report on criminal case backlogs (serif, title page, knelpunten list "
                "1-8 and volume tables before 15 recommendations 1-15 with a./b. sub-lists) and the JenV minister's "
                "letter answering it together with an Inspectie report whose own recommendations 1-4 are referred "
                "to by number; sections by addressee, annex planning table; 4 staand beleid, 14 passed on, 15 not "
                "mentioned.",
)
