"""Pair: a fictional Veteranenombudsman report on care and benefits for veterans with service-related mental health
problems, and the answer of the staatssecretaris van Defensie (also on behalf of the ministers of VWS and SZW).

Layout traits this pair tests: a serif report with a title page, a running header and numbered chapters ("1
Inleiding" ... "6 Overzicht van de aanbevelingen") with numbered sections ("2.3 Bewijs").  The summary has a bulleted
list of findings (not recommendations), chapter 1 an "a)"-style list of research questions, chapter 2 a grid table
of processing times and a bold "Casus" lead-in.  Each findings chapter (2-5) ends with a level-3 heading
"Aanbevelingen" and a "1)"-style list whose numbering continues across chapters (2: 1)-3), 3: 4)-7), 4: 8)-11),
5: 12)-15)); every item names its addressee in the sentence (minister or staatssecretaris van Defensie, minister van
VWS, minister van SZW, the Veteraneninstituut, the municipalities).  Chapter 6 repeats all fifteen in a "1."-style
list with shortened wording (duplicate_of).

The response is a sans letter (letterhead, no title page) to the ombudsman: salutation, thanks, recognition of the
analysis and a paragraph on existing policy (which mentions the ABP's longer re-examination interval: existing policy
only), then "Ad N." paragraphs in report order.  Gold positions:
 1 agree      "Ad 1. Ik neem deze aanbeveling over." plus a second paragraph with the date and staff.
 2 partial    in "Ad 2 en 3.": "Ik onderschrijf het doel ..., maar ... gaat mij te ver; wel ..." (same paragraph as 3).
 3 agree      same paragraph, no cue word: shared dossier from 1 July 2026 with EUR 2.4 million; a second paragraph.
 4 partial    "Ad 4." two paragraphs: cannot promise six weeks, will examine with the institutions whether feasible.
 5 agree      no cue word: VWS funds a training programme (EUR 650,000 a year from 2026).
 6 disagree   shares the finding about families, then "... neem ik daarom niet over" (blunt).
 7 agree      study request; "De minister van VWS en ik laten dit onderzoek uitvoeren."
 8 agree      "Ik neem deze aanbeveling over." plus an advance payment from 1 April 2026.
 9 disagree   polite, pointing at the existing Participatiewet exemption (SZW), two paragraphs.
10 agree      "Ad 10. Zie ad 5."; the ad-5 paragraph already commits the UWV to trained insurance doctors (deciding).
11 not addr.  skipped entirely: there is no "Ad 11." (only the existing-policy remark in the general part).
12 partial    casemanager for everyone, but within six weeks instead of the two asked.
13 not addr.  to the municipalities; passed on to the VNG without a position.
14 disagree   polite: a new advisory committee "past ... niet bij" simpler procedures (objection procedure exists).
15 agree      "Deze aanbeveling neem ik graag over." with a hardship clause from 1 January 2027.
Departments: the Veteraneninstituut (12) is funded by and accountable to Defensie, so Defensie; 3 and 11 name the
ABP as executor of Defensie's pension schemes and are addressed to the minister of Defensie.  All prose is fictional
and written for this test set.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


# --------------------------------------------------------------------------------------------------------------
# Recommendations: number -> (departments, full text as printed in its chapter, shortened text for chapter 6)
# --------------------------------------------------------------------------------------------------------------

RECS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "1": (("Defensie",),
          "De minister van Defensie zorgt ervoor dat op een aanvraag om erkenning van dienstverband binnen 26 weken "
          "wordt beslist, en legt deze beslistermijn vast in de Regeling erkenning dienstverband veteranen.",
          "Leg een beslistermijn van 26 weken vast voor aanvragen om erkenning van dienstverband (minister van "
          "Defensie)."),
    "2": (("Defensie",),
          "De minister van Defensie voert voor veteranen die zijn uitgezonden naar een missie met een verhoogd risico "
          "op psychotrauma een bewijsvermoeden in: hun psychische aandoening wordt als dienstgerelateerd aangemerkt, "
          "tenzij aannemelijk is dat zij een andere oorzaak heeft.",
          "Voer een bewijsvermoeden in voor veteranen van missies met een verhoogd risico op psychotrauma (minister "
          "van Defensie)."),
    "3": (("Defensie",),
          "De minister van Defensie zorgt ervoor dat een veteraan zijn verhaal maar één keer hoeft te doen: medische "
          "en psychologische rapportages uit de erkenningsprocedure worden, met toestemming van de veteraan, ook "
          "gebruikt bij de vaststelling van het invaliditeitspensioen door het ABP.",
          "Gebruik de rapportages uit de erkenningsprocedure ook voor het invaliditeitspensioen, zodat de veteraan "
          "zijn verhaal één keer doet (minister van Defensie)."),
    "4": (("Defensie",),
          "De staatssecretaris van Defensie zorgt ervoor dat een veteraan met psychische klachten uiterlijk zes weken "
          "na zijn aanmelding bij het Veteranenloket met een behandeling binnen het Landelijk Zorgsysteem voor "
          "Veteranen kan beginnen.",
          "Laat de behandeling binnen het zorgsysteem voor veteranen uiterlijk zes weken na aanmelding beginnen "
          "(staatssecretaris van Defensie)."),
    "5": (("VWS",),
          "De ombudsman beveelt de minister van VWS aan om er samen met de beroepsverenigingen voor te zorgen dat "
          "huisartsen en ggz-behandelaars buiten het zorgsysteem voor veteranen dienstgerelateerde psychische "
          "problemen herkennen en veteranen tijdig doorverwijzen.",
          "Zorg dat huisartsen en ggz-behandelaars dienstgerelateerde problemen herkennen en tijdig doorverwijzen "
          "(minister van VWS)."),
    "6": (("Defensie",),
          "De minister van Defensie vergoedt hulp aan partners en kinderen van veteranen met dienstgerelateerde "
          "psychische problemen, ook wanneer de veteraan zelf (nog) niet in behandeling is.",
          "Vergoed hulp aan partners en kinderen, ook als de veteraan zelf niet in behandeling is (minister van "
          "Defensie)."),
    "7": (("VWS", "Defensie"),
          "De ombudsman beveelt de minister van VWS en de minister van Defensie aan om gezamenlijk te laten "
          "onderzoeken hoeveel veteranen met psychische problemen buiten het zorgsysteem voor veteranen worden "
          "behandeld, en met welk resultaat.",
          "Laat onderzoeken hoeveel veteranen buiten het zorgsysteem worden behandeld en met welk resultaat "
          "(minister van VWS en minister van Defensie)."),
    "8": (("Defensie",),
          "De staatssecretaris van Defensie zorgt ervoor dat een veteraan die langer dan 26 weken op een besluit over "
          "zijn invaliditeitspensioen wacht, een voorschot ontvangt.",
          "Geef een voorschot als het besluit over het invaliditeitspensioen langer dan 26 weken op zich laat wachten "
          "(staatssecretaris van Defensie)."),
    "9": (("SZW",),
          "De ombudsman beveelt de minister van SZW aan om de Participatiewet zo te wijzigen dat alle uitkeringen en "
          "vergoedingen die een veteraan ontvangt wegens dienstgerelateerd letsel, buiten de middelentoets van de "
          "bijstand blijven.",
          "Houd alle uitkeringen wegens dienstgerelateerd letsel buiten de middelentoets van de bijstand (minister "
          "van SZW)."),
    "10": (("SZW",),
           "De minister van SZW zorgt ervoor dat het UWV de arbeidsongeschiktheid van veteranen met dienstgerelateerde "
           "psychische problemen laat beoordelen door verzekeringsartsen die zijn geschoold in militair psychotrauma.",
           "Laat veteranen bij het UWV beoordelen door verzekeringsartsen die zijn geschoold in militair psychotrauma "
           "(minister van SZW)."),
    "11": (("Defensie",),
           "De minister van Defensie geeft het ABP, als uitvoerder van de militaire pensioenregelingen, opdracht af te "
           "zien van periodieke herkeuringen van veteranen van wie de psychische beperkingen naar het oordeel van de "
           "behandelaar blijvend zijn.",
           "Zie af van periodieke herkeuringen bij blijvende psychische beperkingen (minister van Defensie en "
           "ABP)."),
    "12": (("Defensie",),
           "Het Veteraneninstituut wijst iedere veteraan die zich met psychische klachten meldt, binnen twee weken een "
           "vaste casemanager toe, die hem begeleidt totdat zijn zorg, inkomen en woonsituatie op orde zijn.",
           "Wijs iedere veteraan met psychische klachten binnen twee weken een vaste casemanager toe "
           "(Veteraneninstituut)."),
    "13": (("GEMEENTEN",),
           "De ombudsman beveelt de gemeenten aan om binnen hun sociaal domein een vast aanspreekpunt voor veteranen "
           "aan te wijzen dat samenwerkt met het Veteraneninstituut, onder meer bij schuldhulpverlening en "
           "huisvesting.",
           "Wijs in het sociaal domein een vast aanspreekpunt voor veteranen aan (gemeenten)."),
    "14": (("Defensie",),
           "De minister van Defensie stelt een onafhankelijke medische adviescommissie in, waar een veteraan een "
           "second opinion kan vragen over de vaststelling van zijn invaliditeitspercentage.",
           "Stel een onafhankelijke medische adviescommissie in voor een second opinion over het "
           "invaliditeitspercentage (minister van Defensie)."),
    "15": (("Defensie",),
           "De minister van Defensie neemt in de regelingen voor veteranen een hardheidsclausule op, zodat in "
           "schrijnende situaties van de regels kan worden afgeweken.",
           "Neem een hardheidsclausule op in de regelingen voor veteranen (minister van Defensie)."),
}


def chapter_recs(first: int, last: int) -> tuple:
    """The closing block of a findings chapter: a level-3 heading and a "1)" list numbered on from ``first``."""
    items = tuple(ListItem(RECS[str(n)][1], recommendation=Recommendation(str(n), RECS[str(n)][0]))
                  for n in range(first, last + 1))
    return (H3("Aanbevelingen"), ItemList(items=items, style="1)", start=first))


def overview() -> ItemList:
    items = tuple(ListItem(short, recommendation=Recommendation(number, departments, duplicate_of=number))
                  for number, (departments, _, short) in RECS.items())
    return ItemList(items=items, style="1.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Wie voor Nederland op uitzending is geweest, mag erop rekenen dat de overheid klaarstaat wanneer de gevolgen "
      "daarvan zich later aandienen. Dat is geen gunst maar een plicht, die sinds de Veteranenwet ook uitdrukkelijk "
      "in de wet staat. Voor een deel van de veteranen met psychische problemen is die belofte in de praktijk nog "
      "niet ingelost."),
    P("In de afgelopen jaren kreeg ik steeds meer klachten van veteranen en hun naasten die vastliepen. Zij wachtten "
      "soms jaren op een besluit over de erkenning van hun klachten, vertelden hun verhaal aan steeds nieuwe artsen "
      "en instanties, en raakten intussen hun baan, hun inkomen of hun woning kwijt. Veel van hen zeiden mij dat de "
      "strijd met de instanties hen zwaarder viel dan de klachten zelf."),
    P("Dit rapport gaat over die strijd. Het laat zien waar het stelsel van erkenning, zorg en inkomensvoorzieningen "
      "schuurt, en wat nodig is om het voor veteranen begaanbaar te maken. Ik heb daarbij niet gezocht naar "
      "schuldigen. Vrijwel alle professionals met wie mijn medewerkers spraken, willen het goede doen voor "
      "veteranen. Het probleem zit in de manier waarop regels, loketten en budgetten op elkaar zijn afgestemd, of "
      "juist niet."),
    P("Ik dank de veteranen en hun partners die hun ervaringen met ons wilden delen. Zonder hun openheid was dit "
      "onderzoek niet mogelijk geweest."),
    P("mr. R.J. van Oosterwijk, Veteranenombudsman"),
    PageBreak(),
    H("Samenvatting"),
    P("Nederland telt ruim 100.000 veteranen. De meesten van hen kijken zonder blijvende problemen terug op hun "
      "inzet. Naar schatting kampen echter 8.000 tot 12.000 veteranen met langdurige psychische klachten die verband "
      "houden met hun uitzending, zoals een posttraumatische stressstoornis, depressie of verslaving. Voor hen heeft "
      "de overheid een bijzondere zorgplicht: zij moeten de zorg, de erkenning en de financiële voorzieningen krijgen "
      "die passen bij wat zij voor het land hebben gedaan."),
    P("De ombudsman heeft onderzocht hoe die zorgplicht in de praktijk uitpakt. Hij bestudeerde 214 klachtdossiers, "
      "sprak met 46 veteranen en partners en met medewerkers van Defensie, het Veteraneninstituut, het ABP, het UWV, "
      "zorginstellingen en gemeenten. De belangrijkste bevindingen zijn:"),
    bullets(
        "de beslissing op een aanvraag om erkenning van dienstverband duurt gemiddeld 61 weken, en bij bijna een "
        "derde van de aanvragen langer dan anderhalf jaar;",
        "veteranen moeten hun verhaal gemiddeld vijf keer doen bij verschillende artsen en instanties, wat voor "
        "mensen met een trauma zwaar belastend is;",
        "na aanmelding bij het Veteranenloket duurt het gemiddeld elf weken voordat een behandeling begint;",
        "partners en kinderen krijgen alleen hulp als de veteraan zelf in behandeling is;",
        "de regels voor pensioen, bijstand en arbeidsongeschiktheid zijn slecht op elkaar afgestemd, waardoor "
        "veteranen financieel in de knel komen;",
        "veel veteranen missen één vast aanspreekpunt dat hen door het stelsel loodst.",
    ),
    P("De ombudsman concludeert dat de afzonderlijke onderdelen van het stelsel vaak goed bedoeld zijn, maar dat het "
      "geheel voor de veteraan niet werkt. Het stelsel vraagt van mensen met ernstige psychische klachten een "
      "doorzettingsvermogen dat zij juist door die klachten vaak niet hebben."),
    P("De ombudsman doet vijftien aanbevelingen. Zij staan aan het eind van de hoofdstukken 2 tot en met 5 en worden "
      "in hoofdstuk 6 samengevat. De meeste richten zich tot de minister en de staatssecretaris van Defensie. "
      "Daarnaast doet de ombudsman aanbevelingen aan de minister van Volksgezondheid, Welzijn en Sport, de minister "
      "van Sociale Zaken en Werkgelegenheid, het Veteraneninstituut en de gemeenten."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("Sinds 2021 ontvangt de ombudsman jaarlijks meer klachten van veteranen. In 2024 waren het er 187, tegen 96 in "
      "2020. Bijna twee derde van die klachten kwam van veteranen met psychische problemen of van hun partners. De "
      "klachten gingen over lange wachttijden, over beslissingen die moeilijk te begrijpen waren en over instanties "
      "die naar elkaar verwezen. Opvallend vaak beschreven veteranen een gevoel van wantrouwen: zij hadden de indruk "
      "dat zij moesten bewijzen dat zij niet logen."),
    P("Individuele klachten kan de ombudsman behandelen en soms oplossen. De herhaling van dezelfde problemen wees "
      "echter op knelpunten in het stelsel zelf. De ombudsman heeft daarom in maart 2024 besloten een onderzoek uit "
      "eigen beweging in te stellen."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek moest antwoord geven op de volgende vragen:"),
    ItemList(style="a)", items=(
        ListItem("Hoe verloopt de erkenning van dienstverband voor veteranen met psychische problemen, en wat "
                 "betekent die procedure voor de veteraan?"),
        ListItem("In hoeverre krijgen veteranen en hun gezinnen tijdig passende zorg?"),
        ListItem("Hoe sluiten het invaliditeitspensioen, de bijstand en de arbeidsongeschiktheidsregelingen op "
                 "elkaar aan?"),
        ListItem("Welke begeleiding krijgen veteranen bij het vinden van hun weg in het stelsel, en hoe is hun "
                 "rechtsbescherming geregeld?"),
    )),
    H2("1.3 Werkwijze"),
    P("De ombudsman heeft 214 klachtdossiers uit de jaren 2021 tot en met 2024 geanalyseerd. Daarnaast spraken "
      "medewerkers van de ombudsman met 31 veteranen en 15 partners, van wie een deel ook een klacht had ingediend. "
      "Deze gesprekken vonden plaats op een plek die de geïnterviewde zelf koos, vaak bij hem of haar thuis.",
      footnotes=("De citaten in dit rapport zijn met toestemming van de geïnterviewden opgenomen en zo bewerkt dat "
                 "zij niet herleidbaar zijn.",)),
    P("De ombudsman sprak verder met medewerkers en leidinggevenden van de Dienstverbandcommissie van Defensie, het "
      "Veteraneninstituut, het Veteranenloket, het ABP, het UWV, vier instellingen binnen het Landelijk Zorgsysteem "
      "voor Veteranen, twee reguliere ggz-instellingen en zes gemeenten. De bevindingen zijn in concept voorgelegd "
      "aan de betrokken ministeries en uitvoeringsorganisaties; hun reacties zijn waar nodig verwerkt."),
    H2("1.4 Begrippen"),
    P("Een veteraan is in dit rapport een (oud-)militair die heeft deelgenomen aan een missie of inzet onder "
      "oorlogsomstandigheden of in het kader van vredesoperaties, zoals de Veteranenwet dat omschrijft. Onder "
      "erkenning van dienstverband verstaat de ombudsman het besluit van Defensie dat een ziekte of gebrek in "
      "overwegende mate het gevolg is van de uitoefening van de militaire dienst. Die erkenning is de sleutel tot "
      "het invaliditeitspensioen en tot vergoeding van de kosten van behandeling."),
    P("Het Landelijk Zorgsysteem voor Veteranen (LZV) is het netwerk van instellingen dat gespecialiseerde zorg aan "
      "veteranen biedt. Het Veteranenloket is de centrale toegang daartoe. Het Veteraneninstituut ondersteunt "
      "veteranen met maatschappelijk werk, casemanagement en voorlichting en wordt daarvoor door Defensie "
      "gefinancierd. Het ABP voert namens Defensie de militaire pensioenregelingen uit, waaronder het "
      "invaliditeitspensioen."),
    H2("1.5 Leeswijzer"),
    P("Hoofdstuk 2 gaat over de erkenning van dienstverband. Hoofdstuk 3 beschrijft de toegang tot zorg voor "
      "veteranen en hun gezinnen. In hoofdstuk 4 staan inkomen en uitkeringen centraal, en hoofdstuk 5 behandelt "
      "begeleiding, nazorg en rechtsbescherming. Elk van deze hoofdstukken sluit af met het oordeel van de "
      "ombudsman en zijn aanbevelingen. Hoofdstuk 6 geeft een overzicht van alle aanbevelingen."),
    PageBreak(),
    H("2 Erkenning van dienstverband"),
    H2("2.1 Wat erkenning betekent"),
    P("Voor veel veteranen is de erkenning van dienstverband meer dan een administratieve stap. Het is de "
      "bevestiging dat hun klachten voortkomen uit wat zij tijdens hun inzet hebben meegemaakt. Meerdere veteranen "
      "vertelden de ombudsman dat zij pas na de erkenning echt aan hun herstel konden beginnen. Een afwijzing, of een "
      "procedure die jaren duurt, ervaren zij als een tweede verwonding."),
    P("Formeel beslist de minister van Defensie over de erkenning, op advies van de Dienstverbandcommissie. Die "
      "commissie laat de veteraan onderzoeken door een psychiater of psycholoog en vraagt gegevens op over de missie "
      "en over de medische voorgeschiedenis. Op basis daarvan beoordeelt zij of de aandoening in overwegende mate door "
      "de dienst is veroorzaakt."),
    H2("2.2 Doorlooptijden"),
    P("Er geldt geen wettelijke beslistermijn voor een aanvraag om erkenning van dienstverband. Defensie hanteert een "
      "interne streeftermijn van 26 weken. Uit de gegevens die de ombudsman ontving, blijkt dat die termijn in de "
      "meeste gevallen niet wordt gehaald, en dat de doorlooptijd de afgelopen jaren is opgelopen."),
    Table(
        header=("Jaar", "Beslissingen", "Gemiddelde doorlooptijd (weken)", "Binnen 26 weken beslist"),
        rows=(
            ("2021", "612", "48", "31%"),
            ("2022", "655", "53", "27%"),
            ("2023", "701", "58", "22%"),
            ("2024", "748", "61", "19%"),
        ),
        widths=(1.0, 1.3, 2.2, 2.0),
    ),
    P("Bij 29 procent van de aanvragen die in 2024 werden afgehandeld, duurde de procedure langer dan anderhalf jaar. "
      "De belangrijkste oorzaken zijn het tekort aan psychiaters die de onderzoeken uitvoeren, het opvragen van "
      "gegevens uit archieven van Defensie en de wachttijd voor een zitting van de commissie. Veteranen horen "
      "intussen weinig: in twee derde van de bestudeerde dossiers was tussen aanvraag en besluit geen enkel bericht "
      "over de voortgang verstuurd.",
      footnotes=("Bron: gegevens van de Dienstverbandcommissie over 2021-2024, bewerking ombudsman. Het gaat om "
                 "aanvragen wegens psychische aandoeningen.",)),
    H2("2.3 Bewijs"),
    P("De veteraan moet aannemelijk maken dat zijn klachten door de dienst zijn veroorzaakt. Voor psychische "
      "aandoeningen is dat lastig. Klachten openbaren zich vaak pas jaren na de uitzending, medische gegevens uit die "
      "tijd zijn onvolledig en gebeurtenissen die een trauma veroorzaakten, zijn zelden in een verslag vastgelegd. "
      "De commissie weegt bovendien andere mogelijke oorzaken mee, zoals ingrijpende gebeurtenissen in de jeugd of "
      "problemen in de privésfeer."),
    P("Casus: de heer A.", bold=True),
    P("De heer A. diende in 1994 en 1995 in het voormalig Joegoslavië. Vanaf 2016 kreeg hij last van nachtmerries en "
      "woedeaanvallen; in 2019 werd een posttraumatische stressstoornis vastgesteld. Zijn aanvraag om erkenning werd "
      "na 74 weken afgewezen, omdat niet kon worden uitgesloten dat de klachten verband hielden met de scheiding van "
      "zijn ouders. Na bezwaar, waarbij hij een eigen psychiater inschakelde, werd de aandoening alsnog als "
      "dienstgerelateerd erkend. De hele procedure had toen bijna drie jaar geduurd."),
    P("Voor sommige missies staat vast dat veel deelnemers ingrijpende gebeurtenissen hebben meegemaakt. Bij die "
      "missies is het opvallend dat de commissie de aanvraag toch telkens afzonderlijk op bewijs toetst, ook als "
      "eerdere aanvragen van deelnemers aan dezelfde missie al zijn toegewezen. De ombudsman ziet hier een onnodige "
      "bewijslast voor de veteraan."),
    H2("2.4 Steeds opnieuw vertellen"),
    P("Veteranen die de erkenningsprocedure hebben doorlopen, moeten hun verhaal daarna vaak opnieuw doen: bij het "
      "ABP voor het invaliditeitspensioen, bij het UWV als zij arbeidsongeschikt zijn, en bij iedere nieuwe "
      "behandelaar. Gemiddeld vertelden de veteranen in de bestudeerde dossiers hun verhaal vijf keer aan een arts "
      "of beoordelaar. Het ABP laat een eigen medisch onderzoek doen, ook als de Dienstverbandcommissie kort daarvoor "
      "een uitgebreide rapportage heeft laten opstellen."),
    P("Voor mensen met een trauma is het telkens opnieuw vertellen over de gebeurtenissen niet alleen vermoeiend, "
      "maar ook schadelijk. Behandelaars gaven aan dat veteranen na zo'n onderzoek soms weken terugvallen. Een partner "
      "zei tegen de ombudsman: 'Na elk gesprek was hij een maand onbereikbaar.'"),
    H2("2.5 Oordeel"),
    P("De ombudsman vindt dat Defensie veteranen met psychische problemen te lang in onzekerheid laat over de "
      "erkenning van hun klachten. Een procedure van gemiddeld meer dan een jaar, zonder wettelijke termijn en zonder "
      "berichten over de voortgang, past niet bij de bijzondere zorgplicht die de overheid jegens veteranen heeft. "
      "Daarnaast legt het stelsel bij missies met een bekend hoog risico een onevenredige bewijslast bij de veteraan, "
      "en dwingt het veteranen hun verhaal onnodig vaak te herhalen."),
    *chapter_recs(1, 3),
    PageBreak(),
    H("3 Toegang tot zorg"),
    H2("3.1 Het zorgsysteem voor veteranen"),
    P("Veteranen met psychische klachten kunnen via het Veteranenloket worden aangemeld bij het Landelijk "
      "Zorgsysteem voor Veteranen. Daarin werken gespecialiseerde instellingen samen die ervaring hebben met militair "
      "psychotrauma. De kosten van de behandeling worden, als het dienstverband is erkend of aannemelijk is, door "
      "Defensie vergoed. De veteraan hoeft dan geen eigen risico te betalen."),
    P("Veteranen zijn over het algemeen tevreden over de kwaliteit van de behandeling binnen het zorgsysteem. "
      "Behandelaars begrijpen de militaire cultuur en de taal, en veteranen hoeven minder uit te leggen. De knelpunten "
      "die de ombudsman zag, gaan vooral over de weg naar die behandeling toe."),
    H2("3.2 Wachttijden"),
    P("Na aanmelding bij het Veteranenloket volgt binnen gemiddeld twee weken een eerste gesprek met een "
      "maatschappelijk werker. Daarna duurt het gemiddeld nog negen weken voordat een behandeling begint, zodat de "
      "totale wachttijd op ongeveer elf weken uitkomt. Bij traumabehandeling in klinische setting loopt dat op tot vijf "
      "maanden. Voor de reguliere ggz geldt een treeknorm van tien weken tussen aanmelding en start van de "
      "behandeling; voor veteranen, van wie de klachten vaak al jaren bestaan voordat zij hulp zoeken, vindt de "
      "ombudsman die norm te ruim.",
      footnotes=("Een treeknorm is een afspraak tussen zorgaanbieders en zorgverzekeraars over wat een aanvaardbare "
                 "wachttijd is; het is geen wettelijke termijn.",)),
    P("Instellingen wijzen op een tekort aan gespecialiseerde behandelaars. Tegelijk bleek uit de gesprekken dat de "
      "planning tussen de instellingen beperkt is afgestemd: een veteraan die in de ene regio maanden wacht, had in "
      "een andere regio soms binnen enkele weken terechtgekund."),
    H2("3.3 Zorg buiten het zorgsysteem"),
    P("Een groot deel van de veteranen met psychische klachten komt niet bij het Veteranenloket terecht, maar bij de "
      "huisarts en de reguliere ggz. Uit de dossiers blijkt dat huisartsen en behandelaars daar lang niet altijd vragen "
      "naar een militair verleden. Veteranen zelf noemen het ook niet uit zichzelf: zij schamen zich, of zien het "
      "verband tussen hun klachten en hun uitzending niet."),
    P("Het gevolg is dat veteranen soms jaren worden behandeld voor bijvoorbeeld een depressie of een alcoholprobleem, "
      "zonder dat het onderliggende trauma aan bod komt. Ook lopen zij de vergoedingen en voorzieningen mis die voor "
      "dienstgerelateerde klachten bestaan. Een huisarts zei tegen de ombudsman: 'Ik heb in twintig jaar misschien "
      "drie veteranen herkend. Er zullen er meer zijn geweest.'"),
    H2("3.4 Het gezin"),
    P("De psychische problemen van een veteraan raken het hele gezin. Partners vertelden over jarenlang leven met "
      "iemand die prikkelbaar, afwezig of soms agressief was. Kinderen groeien op in een huis waar de spanning hoog "
      "is. Uit onderzoek is bekend dat kinderen van veteranen met een posttraumatische stressstoornis een verhoogd "
      "risico lopen op eigen psychische problemen."),
    P("Partners en kinderen kunnen binnen het zorgsysteem alleen hulp krijgen als onderdeel van de behandeling van de "
      "veteraan. Zolang de veteraan zelf geen hulp zoekt, wat bij deze groep vaak jaren duurt, staan zij er alleen "
      "voor. Zij kunnen dan alleen via hun eigen huisarts terecht in de reguliere zorg, waar de kennis van hun "
      "specifieke situatie ontbreekt."),
    H2("3.5 Wat niet bekend is"),
    P("Niemand weet precies hoeveel veteranen buiten het zorgsysteem voor veteranen worden behandeld, en met welk "
      "resultaat. Defensie heeft alleen gegevens over de zorg binnen het zorgsysteem; in de declaratiegegevens van "
      "zorgverzekeraars is niet zichtbaar wie veteraan is. Daardoor is ook niet te zeggen of de capaciteit van het "
      "zorgsysteem toereikend is."),
    H2("3.6 Oordeel"),
    P("De ombudsman vindt dat de wachttijden voor gespecialiseerde zorg te lang zijn voor een groep die al lang met "
      "klachten rondloopt voordat zij hulp vraagt. De reguliere zorg herkent veteranen onvoldoende. Gezinsleden vallen "
      "tussen wal en schip zolang de veteraan zelf niet in behandeling is. En zonder zicht op de zorg buiten het "
      "zorgsysteem kan de overheid niet beoordelen of haar zorgplicht wordt waargemaakt."),
    *chapter_recs(4, 7),
    PageBreak(),
    H("4 Inkomen en uitkeringen"),
    H2("4.1 Het invaliditeitspensioen"),
    P("Een veteraan van wie de aandoening als dienstgerelateerd is erkend, kan aanspraak maken op een "
      "invaliditeitspensioen. Het ABP stelt de hoogte daarvan vast aan de hand van het invaliditeitspercentage en het "
      "laatstgenoten salaris. Het pensioen bestaat uit een deel dat inkomen vervangt en, bij een hoge mate van "
      "invaliditeit, een invaliditeitsverhoging die bedoeld is als tegemoetkoming voor het letsel zelf."),
    P("De hoogte van het pensioen is voor veteranen lastig te doorgronden. De brieven van het ABP vermelden bedragen "
      "en percentages, maar leggen nauwelijks uit hoe die tot stand komen. Veteranen die bezwaar maakten, deden dat "
      "volgens hun dossiers vaak omdat zij de beslissing niet begrepen, niet omdat zij het er per se mee oneens waren."),
    H2("4.2 Wachten op een besluit"),
    P("Na de erkenning van dienstverband volgt een afzonderlijke procedure voor het invaliditeitspensioen. Die duurde "
      "in 2024 gemiddeld 31 weken. In die tijd ontvangt de veteraan geen pensioen. Wie al arbeidsongeschikt is of geen "
      "werk meer heeft, moet dan teren op spaargeld of een beroep doen op de bijstand. De ombudsman trof dossiers aan "
      "van veteranen die in deze periode huurachterstanden en schulden opbouwden, die zij na toekenning van het "
      "pensioen nog jaren afbetaalden."),
    H2("4.3 Samenloop met de bijstand"),
    P("Veteranen die bijstand ontvangen, worden geconfronteerd met een middelentoets. De Participatiewet laat "
      "vergoedingen met een immaterieel karakter buiten beschouwing, zoals smartengeld en de invaliditeitsverhoging. "
      "Het inkomensvervangende deel van het invaliditeitspensioen wordt wel in mindering gebracht op de bijstand. In "
      "de praktijk maakten gemeenten daarin verschillende keuzes, en niet alle veteranen begrepen waarom hun "
      "pensioen vrijwel geheel werd verrekend."),
    P("Veteranen ervaren het als onrechtvaardig dat een uitkering die zij ontvangen vanwege letsel dat zij voor het "
      "land hebben opgelopen, hen niet verder helpt dan het sociaal minimum. De ombudsman begrijpt dat gevoel. Een "
      "uitkering die wordt toegekend als erkenning van een bijzonder offer, zou volgens hem niet moeten verdampen in "
      "een inkomensvoorziening die voor iedereen geldt."),
    H2("4.4 Arbeidsongeschiktheid en het UWV"),
    P("Veteranen die na hun militaire loopbaan in een burgerbaan werkten en daar uitvallen, worden door het UWV "
      "beoordeeld voor de WIA. Verzekeringsartsen van het UWV hebben in de regel weinig ervaring met militair "
      "psychotrauma. In de dossiers zag de ombudsman beoordelingen waarin de klachten van de veteraan werden "
      "gebagatelliseerd of waarin de rapportages van de Dienstverbandcommissie niet waren gelezen. Een veteraan werd "
      "geschikt geacht voor werk als beveiliger, terwijl zijn behandelaar juist had gewaarschuwd tegen werk met "
      "dreiging of confrontaties."),
    H2("4.5 Herbeoordelingen"),
    P("Het ABP beoordeelt de mate van invaliditeit periodiek opnieuw. Voor veteranen met blijvende psychische "
      "beperkingen betekent dat dat zij om de paar jaar opnieuw worden gekeurd, met de onzekerheid en de spanning "
      "die daarbij horen. Behandelaars beschreven herkeuringen die tot terugval leidden bij veteranen van wie de "
      "situatie al jaren stabiel en naar verwachting blijvend was."),
    H2("4.6 Oordeel"),
    P("De ombudsman vindt dat veteranen door de samenloop van regelingen onnodig in financiële problemen komen. Het "
      "wachten op een besluit over het pensioen, de verrekening met de bijstand, beoordelingen door artsen zonder "
      "kennis van militair trauma en herkeuringen zonder noodzaak zetten de bestaanszekerheid van veteranen onder "
      "druk en belemmeren hun herstel."),
    *chapter_recs(8, 11),
    PageBreak(),
    H("5 Begeleiding, nazorg en rechtsbescherming"),
    H2("5.1 Casemanagement"),
    P("Het Veteraneninstituut biedt veteranen met complexe problemen een casemanager, die helpt bij contacten met "
      "instanties en de verschillende procedures op elkaar afstemt. Veteranen die een casemanager hadden, waren daar "
      "vrijwel zonder uitzondering positief over. Het probleem is dat lang niet iedereen er een krijgt: de wachttijd "
      "voor een casemanager bedroeg in 2024 gemiddeld negen weken, en bij personeelswisselingen kregen veteranen "
      "soms binnen een jaar drie verschillende casemanagers."),
    P("Juist voor veteranen met psychische klachten is een vast gezicht van belang. Zij moeten vertrouwen opbouwen "
      "voordat zij hun problemen bespreekbaar maken. Een wisseling van casemanager zet dat proces terug."),
    H2("5.2 De gemeente"),
    P("Veel problemen van veteranen spelen zich af in het domein van de gemeente: schulden, huisvesting, dagbesteding "
      "en maatschappelijke ondersteuning. De meeste gemeenten weten niet welke inwoners veteraan zijn en hebben geen "
      "vast aanspreekpunt. Van de zes gemeenten die de ombudsman sprak, had er één een veteranencoördinator. In die "
      "gemeente verliep de samenwerking met het Veteraneninstituut merkbaar soepeler."),
    P("Zo kreeg een veteraan in de ene gemeente binnen drie weken een plek in een schuldhulptraject, in overleg met "
      "zijn casemanager, terwijl een veteraan in een buurgemeente maanden van het ene naar het andere loket werd "
      "verwezen. Het verschil zat niet in de regels, maar in de vraag of iemand in de gemeente zich "
      "verantwoordelijk voelde."),
    H2("5.3 Geschillen over het invaliditeitspercentage"),
    P("Een veteraan die het niet eens is met het vastgestelde invaliditeitspercentage, kan bezwaar maken en in beroep "
      "gaan. In die procedures staat de veteraan tegenover de medisch adviseurs van het ABP en van Defensie. Veel "
      "veteranen hebben niet de middelen of de energie om zelf een medisch deskundige in te schakelen. Zij ervaren "
      "de procedure als ongelijk, en zien af van bezwaar, ook wanneer zij goede gronden hebben."),
    H2("5.4 Maatwerk"),
    P("De regelingen voor veteranen zijn gedetailleerd en bieden weinig ruimte om af te wijken. Medewerkers van de "
      "uitvoering gaven aan dat zij soms zagen dat de uitkomst onredelijk was, maar dat de regeling hun geen "
      "ruimte liet. De ombudsman zag dossiers waarin een veteraan een vergoeding misliep omdat een aanvraag enkele "
      "dagen te laat was ingediend, terwijl hij op dat moment in een kliniek was opgenomen."),
    H2("5.5 Oordeel"),
    P("De ombudsman vindt dat veteranen met psychische problemen te veel zelf moeten uitzoeken. Een vaste "
      "casemanager en een aanspreekpunt bij de gemeente kunnen veel problemen voorkomen. Daarnaast verdienen "
      "veteranen in geschillen over hun invaliditeit een gelijkwaardige positie, en moet de uitvoering ruimte "
      "krijgen om in schrijnende situaties van de regels af te wijken."),
    *chapter_recs(12, 15),
    PageBreak(),
    H("6 Overzicht van de aanbevelingen"),
    P("Hieronder staan alle aanbevelingen uit dit rapport in verkorte vorm, met dezelfde nummering als in de "
      "hoofdstukken 2 tot en met 5. Voor de volledige tekst en de toelichting verwijst de ombudsman naar die "
      "hoofdstukken."),
    overview(),
    P("De ombudsman vraagt de staatssecretaris van Defensie binnen drie maanden na publicatie van dit rapport, mede "
      "namens de andere betrokken bewindspersonen, te laten weten wat met deze aanbevelingen wordt gedaan. De "
      "ombudsman zal over een jaar nagaan hoe de aanbevelingen zijn uitgevoerd."),
)

REPORT = Document(
    title="Erkenning zonder omweg",
    subtitle="Onderzoek naar de zorg en voorzieningen voor veteranen met dienstgerelateerde psychische problemen",
    blocks=REPORT_BLOCKS,
    running_header="Veteranenombudsman  ·  Erkenning zonder omweg  ·  Rapport 2025/041",
    footer="– {page} –",
    font_family="serif",
    font_size=10.5,
    imprint=("Veteranenombudsman", "Rapport 2025/041", "Den Haag, 12 juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Ik neem deze aanbeveling over."
EV1B = ("Ik leg een beslistermijn van 26 weken vast in de Regeling erkenning dienstverband veteranen; de gewijzigde "
        "regeling treedt op 1 januari 2027 in werking.")
EV2 = ("Ik onderschrijf het doel van een bewijsvermoeden, maar een vermoeden dat voor alle veteranen van een bepaalde "
       "missie geldt, gaat mij te ver; wel krijgt de Dienstverbandcommissie vanaf 1 januari 2026 de instructie om bij "
       "aanvragen van deelnemers aan de missies die u noemt de twijfel in het voordeel van de veteraan te laten "
       "uitvallen.")
EV3 = ("Wat het verhaal van de veteraan betreft: vanaf 1 juli 2026 werken de Dienstverbandcommissie en het ABP met "
       "één gedeeld medisch dossier, waarvoor ik € 2,4 miljoen vrijmaak.")
EV3B = "Het gedeelde dossier wordt alleen gebruikt als de veteraan daarvoor toestemming geeft."
EV4 = ("Ik ga met de instellingen binnen het zorgsysteem na of en wanneer een termijn van zes weken haalbaar is, en "
       "bericht u daarover vóór 1 juli 2026.")
EV4B = ("Tot die tijd kunnen veteranen die op hun behandeling wachten, een beroep doen op overbruggingszorg door een "
        "maatschappelijk werker van het Veteraneninstituut.")
EV5 = ("De minister van VWS stelt vanaf 1 januari 2026 gedurende vier jaar jaarlijks € 650.000 beschikbaar voor een "
       "scholingsprogramma over militair psychotrauma voor huisartsen, praktijkondersteuners ggz en ggz-behandelaars, "
       "dat het Veteraneninstituut samen met de beroepsverenigingen ontwikkelt.")
EV10 = ("Het programma staat ook open voor de verzekeringsartsen van het UWV; de minister van SZW heeft met het UWV "
        "afgesproken dat veteranen met dienstgerelateerde psychische problemen vanaf 1 september 2026 alleen nog "
        "worden beoordeeld door verzekeringsartsen die het programma hebben gevolgd.")
EV6 = ("De zorgplicht van Defensie richt zich op de veteraan zelf; een vergoeding voor de behandeling van gezinsleden "
       "die losstaat van de behandeling van de veteraan, neem ik daarom niet over.")
EV7 = "De minister van VWS en ik laten dit onderzoek uitvoeren."
EV8 = "Ik neem deze aanbeveling over."
EV9 = "De minister van SZW kiest er daarom niet voor de Participatiewet op dit punt te wijzigen."
EV9B = ("Een uitzondering voor veteranen zou bovendien vragen oproepen over andere groepen die een uitkering "
        "ontvangen wegens letsel, zoals slachtoffers van geweldsmisdrijven of beroepsziekten.")
EV10B = "Zie ad 5."
EV12 = ("Het instituut wijst vanaf 2026 iedere veteraan die zich met psychische klachten meldt een vaste casemanager "
        "toe, maar een termijn van twee weken is met het huidige aantal casemanagers niet haalbaar; het instituut "
        "gaat uit van een toewijzing binnen zes weken.")
EV14 = ("Een nieuwe adviescommissie naast deze procedure past naar mijn oordeel niet bij het streven om de procedures "
        "voor veteranen eenvoudiger en korter te maken.")
EV15 = "Deze aanbeveling neem ik graag over."

RESPONSE_BLOCKS = (
    P("Geachte heer Van Oosterwijk,"),
    P("Op 12 juni 2025 ontving ik uw rapport ‘Erkenning zonder omweg’ over de zorg en voorzieningen voor veteranen "
      "met dienstgerelateerde psychische problemen. In deze brief reageer ik op uw rapport, mede namens de minister "
      "van Volksgezondheid, Welzijn en Sport en de minister van Sociale Zaken en Werkgelegenheid, voor zover uw "
      "aanbevelingen hun verantwoordelijkheid raken."),
    P("Allereerst dank ik u en uw medewerkers voor het zorgvuldige onderzoek. Mijn bijzondere dank gaat uit naar de "
      "veteranen en partners die hun ervaringen met u hebben gedeeld. Ik besef dat het voor hen niet vanzelfsprekend "
      "is om opnieuw over hun ervaringen te vertellen, en dat maakt hun bijdrage des te waardevoller."),
    H2("Algemeen"),
    P("Uw rapport is confronterend. Het laat zien dat veteranen die het zwaarst zijn getroffen, juist het meest "
      "moeten vechten om te krijgen waar zij recht op hebben. Ik herken het beeld dat u schetst, en ik deel uw "
      "conclusie dat de afzonderlijke onderdelen van het stelsel voor de veteraan nog onvoldoende als één geheel "
      "werken. Dat doet geen recht aan de bijzondere zorgplicht die de overheid jegens veteranen heeft."),
    P("In de afgelopen jaren is al het nodige in gang gezet. Sinds 2023 loopt het programma ‘Veteraan centraal’, "
      "waarin Defensie, het Veteraneninstituut, het ABP en de instellingen van het Landelijk Zorgsysteem voor "
      "Veteranen samenwerken aan kortere en eenvoudigere procedures. De Dienstverbandcommissie is in 2024 uitgebreid "
      "met acht medewerkers, en het ABP heeft in 2025 de termijn voor herbeoordelingen van het invaliditeitspensioen "
      "verlengd van drie naar vijf jaar. De resultaten daarvan zijn, zoals uw rapport laat zien, voor de veteraan "
      "zelf nog onvoldoende zichtbaar."),
    P("Uw aanbevelingen helpen om de volgende stap te zetten. Hieronder ga ik er in de volgorde van uw rapport op in. "
      "Waar een aanbeveling onder de verantwoordelijkheid van de minister van VWS of de minister van SZW valt, geef "
      "ik hun standpunt weer."),
    H2("Reactie op de aanbevelingen"),
    P("Ad 1. " + EV1 + " Een veteraan die om erkenning vraagt, moet binnen een redelijke termijn weten waar hij aan "
      "toe is. De huidige doorlooptijden voldoen daar niet aan, en ook ik vind het onaanvaardbaar dat veteranen "
      "soms langer dan anderhalf jaar op een besluit wachten.",
      answers=(Answer("1", "agree", EV1),)),
    P(EV1B + " Om die termijn te kunnen halen, breid ik de capaciteit van de Dienstverbandcommissie in 2026 verder "
      "uit met tien medewerkers, onder wie vier psychiaters. Daarnaast krijgt iedere aanvrager voortaan elke drie "
      "maanden bericht over de stand van zijn aanvraag.",
      answers=(Answer("1", "agree", EV1B),)),
    P("Ad 2 en 3. U vraagt mij een bewijsvermoeden in te voeren voor veteranen van missies met een verhoogd risico op "
      "psychotrauma, en de rapportages uit de erkenningsprocedure ook te gebruiken voor het invaliditeitspensioen. "
      + EV2 + " Een vermoeden dat geldt ongeacht de individuele omstandigheden, zou bovendien een onderscheid tussen "
      "missies vastleggen dat aan de ervaringen van veel veteranen geen recht doet. " + EV3 + " De veteraan hoeft "
      "dan niet opnieuw door het ABP te worden onderzocht als de rapportage van de commissie daarvoor voldoende "
      "gegevens bevat.",
      answers=(Answer("2", "partial", EV2), Answer("3", "agree", EV3))),
    P(EV3B + " Hij kan het dossier zelf inzien via een beveiligde omgeving en kan zijn behandelaar toegang geven. Ik "
      "laat de werking van het dossier na een jaar evalueren.",
      answers=(Answer("3", "agree", EV3B),)),
    P("Ad 4. De wachttijd voor een eerste gesprek bij het Veteranenloket is de afgelopen jaren teruggebracht tot "
      "gemiddeld twee weken. Voor de start van een behandeling binnen het Landelijk Zorgsysteem voor Veteranen ligt "
      "dat, zoals u vaststelt, nog op ongeveer elf weken. Een maximale wachttijd van zes weken kan ik op dit moment "
      "niet toezeggen, omdat het tekort aan gespecialiseerde behandelaars niet op korte termijn is opgelost. " + EV4,
      answers=(Answer("4", "partial", EV4),)),
    P(EV4B + " Ook verken ik met de instellingen of veteranen die in hun eigen regio lang moeten wachten, sneller "
      "elders in het land kunnen worden behandeld.",
      answers=(Answer("4", "partial", EV4B),)),
    P("Ad 5. Herkenning in de reguliere zorg is een voorwaarde voor tijdige hulp, en ik ben het met u eens dat daar "
      "nog winst te behalen is. " + EV5 + " " + EV10 + " De eerste modules zijn vanaf het voorjaar van 2026 "
      "beschikbaar.",
      answers=(Answer("5", "agree", EV5), Answer("10", "agree", EV10))),
    P("Ad 6. Ik deel uw constatering dat de psychische problemen van een veteraan ook zijn partner en kinderen zwaar "
      "kunnen belasten. Partners en kinderen kunnen nu al bij het Veteraneninstituut terecht voor lotgenotencontact, "
      "voorlichting en ondersteuning door een maatschappelijk werker, en voor de behandeling van hun eigen klachten "
      "via hun zorgverzekering. " + EV6,
      answers=(Answer("6", "disagree", EV6),)),
    P("Ad 7. " + EV7 + " Wij geven in het eerste kwartaal van 2026 een onafhankelijk onderzoeksinstituut opdracht om "
      "op basis van gekoppelde zorggegevens en een vragenlijstonderzoek in kaart te brengen hoeveel veteranen met "
      "psychische problemen buiten het zorgsysteem voor veteranen worden behandeld, en met welk resultaat. De "
      "uitkomsten verwachten wij eind 2026; ik stuur ze u toe.",
      answers=(Answer("7", "agree", EV7),)),
    P("Ad 8. " + EV8 + " Vanaf 1 april 2026 ontvangt een veteraan die langer dan 26 weken op een besluit over zijn "
      "invaliditeitspensioen wacht, een voorschot van 80 procent van het te verwachten bedrag. Het ABP voert dit uit. "
      "Een voorschot wordt niet teruggevorderd als de aanvraag later wordt afgewezen, tenzij de veteraan onjuiste "
      "gegevens heeft verstrekt.",
      answers=(Answer("8", "agree", EV8),)),
    P("Ad 9. Deze aanbeveling valt onder de verantwoordelijkheid van de minister van SZW. De Participatiewet laat "
      "vergoedingen met een immaterieel karakter, zoals smartengeld en de invaliditeitsverhoging voor veteranen, nu "
      "al buiten de middelentoets. Het inkomensvervangende deel van het invaliditeitspensioen vervangt loon, en de "
      "bijstand is een vangnet voor wie niet over voldoende eigen middelen beschikt. " + EV9,
      answers=(Answer("9", "disagree", EV9),)),
    P(EV9B + " Wel zal de minister van SZW in haar eerstvolgende brief aan gemeenten de regels voor de verrekening van "
      "het invaliditeitspensioen nog eens toelichten, zodat gemeenten die op dezelfde manier toepassen.",
      answers=(Answer("9", "disagree", EV9B),)),
    P("Ad 10. " + EV10B, answers=(Answer("10", "agree", EV10B),)),
    P("Ad 12. Het Veteraneninstituut heeft het aantal casemanagers in 2024 uitgebreid van 38 naar 52, en ik stel "
      "vanaf 2026 jaarlijks € 1,8 miljoen extra beschikbaar voor verdere uitbreiding. " + EV12 + " Het instituut "
      "zorgt er daarnaast voor dat een veteraan alleen van casemanager wisselt als hij daar zelf om vraagt of als de "
      "casemanager vertrekt.",
      answers=(Answer("12", "partial", EV12),)),
    P("Ad 13. Deze aanbeveling richt zich tot de gemeenten, die binnen het sociaal domein hun eigen afwegingen maken. "
      "Ik heb uw rapport onder de aandacht gebracht van de Vereniging van Nederlandse Gemeenten, die de aanbeveling "
      "met haar leden zal bespreken."),
    P("Ad 14. Een veteraan die het niet eens is met het vastgestelde invaliditeitspercentage, kan daartegen bezwaar "
      "maken en in beroep gaan. In die procedure kan hij zich laten bijstaan door een eigen medisch adviseur, waarvan "
      "de kosten bij een gegrond bezwaar worden vergoed. " + EV14,
      answers=(Answer("14", "disagree", EV14),)),
    P("Ad 15. " + EV15 + " De regelingen voor veteranen zijn in de loop der jaren steeds gedetailleerder geworden, en "
      "dat maakt maatwerk lastig. Bij de wijziging van de Regeling erkenning dienstverband veteranen per 1 januari "
      "2027 neem ik een hardheidsclausule op die ook geldt voor de militaire pensioenregelingen. Tot die tijd kan de "
      "uitvoering schrijnende gevallen aan mij voorleggen.",
      answers=(Answer("15", "agree", EV15),)),
    H2("Tot slot"),
    P("Veteranen hebben recht op een overheid die hen niet laat wachten en niet laat zoeken. Uw rapport maakt "
      "duidelijk dat daarvoor meer nodig is dan goede bedoelingen. Ik informeer de Tweede Kamer in de Veteranennota "
      "2026 over de voortgang van de maatregelen in deze brief. Een afschrift van deze brief zend ik aan de voorzitter "
      "van de vaste commissie voor Defensie van de Tweede Kamer."),
    P("Hoogachtend,"),
    P("de staatssecretaris van Defensie,"),
    P("drs. M.A. Kuipers-Doornbos"),
)

RESPONSE = Document(
    title="Ministerie van Defensie",
    subtitle=("Aan: de Veteranenombudsman, mr. R.J. van Oosterwijk\n"
              "Datum: 3 oktober 2025\n"
              "Kenmerk: BS2025024817\n"
              "Betreft: reactie op het rapport ‘Erkenning zonder omweg’ (rapport 2025/041)"),
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van Defensie  |  Reactie op rapport 2025/041 van de Veteranenombudsman",
    footer="Pagina {page} van {pages}",
    title_page=False,
    font_family="sans",
    font_size=10.0,
)

PAIR = Pair(
    name="veterans_ombudsman",
    report=REPORT,
    response=RESPONSE,
    description="Veteranenombudsman report (serif, 15 recommendations numbered 1)-15) across chapters 2-5 under "
                "'Aanbevelingen' subheadings, repeated as 1.-15. in an overview chapter) and the staatssecretaris van "
                "Defensie's letter answering with 'Ad N.' paragraphs ('Ad 2 en 3.', 'Ad 10. Zie ad 5.'); 11 skipped, "
                "13 passed on to the VNG.",
)
