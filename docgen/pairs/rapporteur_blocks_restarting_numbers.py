"""Pair: a fictional report of the "Nationaal Rapporteur Seksueel Geweld tegen Kinderen en Jongeren" on online sexual
exploitation of young people, whose recommendations sit in lettered addressee blocks with numbering that restarts
in every block, answered by a letter of the minister of Justitie en Veiligheid.

Report layout: serif, title page with imprint, running header, chapters numbered in the heading text ("3 Omvang")
with level-2 sections, footnotes, "Casus." paragraphs, a "1." numbered list of research questions in chapter 1 and
a "1." numbered list of conclusions in chapter 8 (neither are recommendations), bullet lists of forms and findings,
a ruled table of reports to the helplines, a grid table of platform response times, and an annex of abbreviations.
Chapter 9 "Aanbevelingen" is organised in four addressee blocks, level-2 headings "A. Aan het kabinet", "B. Aan de
minister van Justitie en Veiligheid", "C. Aan gemeenten" and "D. Aan online platforms"; each block has its own "1."
list that starts again at 1.  The printed label is "1.", "2.", ...; the report itself cites them as "aanbeveling B2",
so the gold numbers are "A1" ... "D3" (each item is set as a one-item list labelled "n. " so that the
renderer prints the restarting number, not the gold number).  The summary cites several of them by that code in running prose (no list,
so no duplicates).  A1 has two dash sub-items that belong to its text.

Response layout: sans letter without title page (letterhead of the ministry, address, Onderwerp line), an
introduction with thanks, a bullet list of key findings, a bullet list of measures already taken, then one section
per block: "Aanbevelingen aan het kabinet", "Aanbevelingen aan de minister van Justitie en Veiligheid",
"Aanbevelingen aan gemeenten", "Aanbevelingen aan online platforms", and a closing section.  Recommendations are
cited as "aanbeveling A3", "de aanbevelingen B1 en B2", "de eerste aanbeveling aan gemeenten", or by subject only.
The platform block is answered by reporting, in reported speech, what the platforms committed to in a covenant the
minister concluded with them; one platform recommendation gets no reaction.

  A1 national approach + one bewindspersoon with doorzettingsmacht (KABINET)  partial  - no separate programme but an
        action line with measurable goals inside an existing programme; doorzettingsmacht refused (by subject)
  A2 online resilience in the kerndoelen + free teaching material (OCW)  agree  - "De minister van OCW neemt deze
        aanbeveling over" + concrete kerndoelen and SLO material (by subject: "het onderwijs")
  A3 structural funding of the helplines (KABINET)  disagree  - "aanbeveling A3": existing multi-year subsidy given
        as reason, "zie ik op dit moment geen aanleiding"
  A4 trauma treatment in every youth region within four weeks (VWS)  not_addressed  - passed on to the staatssecretaris
        of Jeugd, Preventie en Sport and a later letter, no view (by subject)
  B1 +80 fte police capacity (JenV)  partial  - 30 fte instead of 80 ("de aanbevelingen B1 en B2", one paragraph)
  B2 online report + contact within two working days (JenV)  agree  - same paragraph, concrete date
  B3 fining powers for the ATKM (JenV)  disagree  - "acht ik niet opportuun"
  B4 study recidivism and offender interventions (JenV)  agree  - the recommendation asks a study; WODC study committed
        with a date (by subject)
  C1 an attention officer in every municipality (GEMEENTEN)  partial  - "de eerste aanbeveling aan gemeenten": one per
        Zorg- en Veiligheidshuis region (25) instead of every municipality, funded for three years
  C2 online exploitation in the regiovisie + agreements with Veilig Thuis (GEMEENTEN)  agree  - mandatory part of the
        regiovisies from 2026, agreed with the VNG (by subject)
  C3 biennial training of youth workers etc. (GEMEENTEN)  not_addressed  - "is een taak van gemeenten" plus existing
        e-learning, no view
  D1 assess/remove within 24 hours (OTHER)  agree  - covenant: the platforms committed to exactly this
  D2 private-by-default accounts under 18 (OTHER)  partial  - covenant: only under 16
  D3 annual anonymised data to the Rapporteur and researchers (OTHER)  not_addressed  - no reaction anywhere

Totals: agree 5 (A2, B2, B4, C2, D1), partial 4 (A1, B1, C1, D2), disagree 2 (A3, B3), not_addressed 3 (A4, C3, D3).
All prose, names, figures and organisations (other than real public bodies) are fictional and written for this test
set.
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


def block(letter: str, *items: tuple[str, tuple[str, ...]] | ListItem) -> tuple[ItemList, ...]:
    """One addressee block: printed "1.", "2.", ... (restarting in every block) but numbered A1, A2, ... in the gold.

    The renderer prints a recommendation's own number as the label of a numeric list, so each item is set as its own
    one-item list whose label is the literal text "n. " (not a numeric style); the page shows "1.", "2.", ... .
    """
    out = []
    for i, item in enumerate(items, start=1):
        if not isinstance(item, ListItem):
            text, depts = item
            item = ListItem(text, recommendation=Recommendation(f"{letter}{i}", tuple(depts)))
        out.append(ItemList(items=(item,), style=f"{i}. "))
    return tuple(out)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("Een vijftienjarig meisje stuurt een foto naar een jongen die zij via een game heeft leren kennen. Binnen een "
      "uur krijgt zij het bericht dat de foto naar al haar volgers gaat, tenzij zij meer stuurt, of geld. Zij vertelt "
      "het niemand. Pas als de foto op haar school rondgaat, komt haar moeder erachter. Verhalen als dit hoorden wij "
      "in de voorbereiding van deze rapportage tientallen keren, van jongeren, ouders, leerkrachten, jeugdhulpverleners "
      "en rechercheurs."),
    P("Online seksuele uitbuiting is geen randverschijnsel meer. Het aantal meldingen bij de meldlijnen is in vier "
      "jaar bijna verdrievoudigd, en de daders zijn steeds vaker georganiseerd en steeds vaker in het buitenland "
      "gevestigd. Tegelijk is de aanpak in Nederland versnipperd over ministeries, gemeenten, scholen, politie en "
      "private partijen, die ieder een stukje zien maar niemand het geheel. Jongeren die slachtoffer worden, schamen "
      "zich en zoeken vaak pas hulp als de schade al groot is."),
    P("Met deze rapportage wil ik laten zien wat wij weten over de omvang en de aard van het probleem, waar de aanpak "
      "tekortschiet en wat er moet gebeuren. Mijn aanbevelingen richt ik niet alleen aan het kabinet en de minister "
      "van Justitie en Veiligheid, maar ook aan gemeenten en aan de online platforms zelf. Zij hebben allemaal een "
      "eigen verantwoordelijkheid, en zonder hen komt de aanpak niet van de grond."),
    P("Ik dank de jongeren die hun ervaringen met ons deelden. Hun moed is de reden dat dit rapport er ligt."),
    P("dr. M.E. (Marieke) Spoelstra-Onderdijk, Nationaal Rapporteur Seksueel Geweld tegen Kinderen en Jongeren"),
    PageBreak(),
    H("Samenvatting"),
    P("Online seksuele uitbuiting van jongeren omvat alle situaties waarin iemand een minderjarige via internet, sociale "
      "media, games of berichtendiensten beweegt tot seksuele handelingen of het maken van seksueel beeldmateriaal, of "
      "met zulk materiaal dreigt, om er seksueel, financieel of anderszins voordeel uit te halen. Deze rapportage "
      "brengt in kaart hoe vaak dat voorkomt, wie de slachtoffers en daders zijn, en hoe preventie, hulp, opsporing en "
      "de aanpak door platforms functioneren."),
    P("De belangrijkste bevindingen zijn:"),
    bullets(
        "Het aantal meldingen van online seksuele uitbuiting bij de twee landelijke meldlijnen steeg van 4.310 in 2021 "
        "naar 12.450 in 2024. Financiële sextortion, waarbij daders geld eisen, is de snelst groeiende vorm.",
        "Slachtoffers zijn meestal tussen de dertien en zeventien jaar oud. Meisjes worden vaker benaderd voor "
        "seksueel beeldmateriaal, jongens vaker slachtoffer van financiële sextortion.",
        "Minder dan een op de tien slachtoffers doet aangifte. Jongeren noemen schaamte, angst voor de reactie van "
        "ouders en het idee dat de politie toch niets kan doen als belangrijkste redenen.",
        "Hulp na online misbruik is in veel regio's niet op tijd beschikbaar; de wachttijd voor gespecialiseerde "
        "traumabehandeling loopt op tot ruim vier maanden.",
        "Platforms reageren zeer verschillend op meldingen: de mediane afhandeltijd varieert van een halve dag tot "
        "ruim negen dagen.",
        "Er is geen partij die overzicht heeft over de aanpak als geheel, en geen landelijk beeld van wat werkt.",
    ),
    P("De Rapporteur doet veertien aanbevelingen, gericht aan vier adressaten. Het kabinet vragen wij om een nationale, "
      "meerjarige aanpak met één eindverantwoordelijke bewindspersoon (aanbeveling A1) en om de meld- en hulplijnen "
      "structureel te financieren (aanbeveling A3). De minister van Justitie en Veiligheid vragen wij onder meer om "
      "meer capaciteit bij de politie (aanbeveling B1) en om jongeren laagdrempelig online aangifte te laten doen, met "
      "snel persoonlijk contact (aanbeveling B2). Gemeenten vragen wij om een vast aanspreekpunt en om online "
      "uitbuiting een plaats te geven in hun regionale aanpak van huiselijk geweld en kindermishandeling (aanbevelingen "
      "C1 en C2). Van de platforms verwachten wij dat zij meldingen binnen 24 uur afhandelen (aanbeveling D1) en "
      "minderjarigen standaard beter afschermen (aanbeveling D2)."),
    P("De aanbevelingen staan in hoofdstuk 9. Binnen elk blok zijn zij afzonderlijk genummerd; in deze rapportage en "
      "in de monitoring van de opvolging verwijzen wij ernaar met de letter van het blok en het nummer, bijvoorbeeld "
      "aanbeveling B2."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De Nationaal Rapporteur Seksueel Geweld tegen Kinderen en Jongeren rapporteert onafhankelijk over de aard en "
      "omvang van seksueel geweld tegen minderjarigen en over de effecten van het beleid dat daartegen wordt gevoerd. "
      "In de Slachtoffermonitor die wij in 2023 publiceerden, viel op dat een steeds groter deel van de gemelde "
      "incidenten een online component had. Hulpverleners en rechercheurs meldden ons bovendien nieuwe werkwijzen "
      "van daders, die zich sneller ontwikkelen dan de aanpak."),
    P("Daarom hebben wij besloten om online seksuele uitbuiting van jongeren in een afzonderlijke rapportage te "
      "onderzoeken. Wij kijken daarbij nadrukkelijk naar de hele keten: van preventie op school en thuis, via "
      "signalering en hulp, tot opsporing, vervolging en de verwijdering van beeldmateriaal door platforms."),
    H2("1.2 Onderzoeksvragen"),
    P("Deze rapportage beantwoordt de volgende vragen:", bold=True),
    ItemList(items=(
        ListItem("Welke vormen van online seksuele uitbuiting van jongeren doen zich in Nederland voor, en hoe "
                 "ontwikkelen zij zich?"),
        ListItem("Hoe vaak komt online seksuele uitbuiting voor, en wat is bekend over slachtoffers en daders?"),
        ListItem("In hoeverre slagen scholen, gemeenten, hulpverleners en de politie erin om online seksuele "
                 "uitbuiting te voorkomen, te signaleren en te stoppen?"),
        ListItem("Wat doen online platforms om minderjarigen te beschermen en om gemeld beeldmateriaal te "
                 "verwijderen?"),
        ListItem("Welke verbeteringen zijn nodig, en wie moet daarvoor aan de slag?"),
    ), style="1."),
    H2("1.3 Onderzoeksopzet"),
    P("Het onderzoek is uitgevoerd tussen november 2024 en juni 2025. Wij hebben gebruikgemaakt van verschillende "
      "bronnen, zodat de bevindingen elkaar kunnen aanvullen en controleren:"),
    bullets(
        "registraties van de Meldlijn Online Jong en het Meldpunt Beeldmisbruik over de jaren 2021 tot en met 2024;",
        "gegevens van de politie over aangiften en registraties van sextortion, grooming en het verspreiden van "
        "seksueel beeldmateriaal van minderjarigen;",
        "een analyse van 146 strafdossiers die het Openbaar Ministerie in 2023 en 2024 heeft afgedaan;",
        "een vragenlijst onder 2.870 jongeren van twaalf tot achttien jaar, afgenomen door een onderzoeksbureau via "
        "een representatief panel;",
        "interviews met 58 professionals van politie, OM, Veilig Thuis, jeugdhulp, scholen, gemeenten en platforms;",
        "drie groepsgesprekken met in totaal negentien jongeren die slachtoffer waren van online seksuele uitbuiting.",
    ),
    P("De gesprekken met jongeren zijn gevoerd met begeleiding van een hulpverlener, en alleen met jongeren die zelf "
      "aangaven daaraan te willen bijdragen. Citaten in deze rapportage zijn zo aangepast dat zij niet tot personen "
      "herleidbaar zijn."),
    H2("1.4 Begrippen en afbakening"),
    P("Het begrip online seksuele uitbuiting gebruiken wij als verzamelterm. Het overlapt met wat in het Wetboek van "
      "Strafrecht onder meer grooming, seksuele afpersing en het vervaardigen en verspreiden van seksueel "
      "beeldmateriaal van minderjarigen heet. Sinds de inwerkingtreding van de Wet seksuele misdrijven op 1 juli 2024 "
      "is ook het online benaderen van kinderen voor seksuele doeleinden, los van een ontmoeting, strafbaar.",
      footnotes=("Wet seksuele misdrijven, Stb. 2023, 405; zie in het bijzonder de artikelen 251 en 252 van het "
                 "Wetboek van Strafrecht.",)),
    P("Wij beperken ons tot slachtoffers die jonger zijn dan achttien jaar op het moment van het misbruik. Seksueel "
      "misbruik dat uitsluitend offline plaatsvindt, en de verspreiding van bestaand misbruikmateriaal van jonge "
      "kinderen, vallen buiten deze rapportage; daarover verschijnt in 2026 een afzonderlijke rapportage."),
    H2("1.5 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft de vormen van online seksuele uitbuiting. Hoofdstuk 3 gaat in op de omvang, hoofdstuk 4 "
      "op slachtoffers en daders. De hoofdstukken 5, 6 en 7 bespreken achtereenvolgens preventie en hulp, opsporing en "
      "vervolging, en de rol van platforms. Hoofdstuk 8 bevat de conclusies en hoofdstuk 9 de aanbevelingen."),
    PageBreak(),
    H("2 Vormen van online seksuele uitbuiting"),
    P("Online seksuele uitbuiting kent vele verschijningsvormen, die in de praktijk vaak in elkaar overlopen. Een "
      "contact dat begint als vriendschap op een gameplatform kan binnen enkele dagen overgaan in het vragen om "
      "foto's, en daarna in afpersing. Wij onderscheiden de volgende hoofdvormen:"),
    bullets(
        "grooming: het opbouwen van een vertrouwensband met een minderjarige met het doel seksueel contact of seksueel "
        "beeldmateriaal te verkrijgen;",
        "seksuele sextortion: afpersing met seksueel beeldmateriaal om meer beeldmateriaal of seksuele handelingen af "
        "te dwingen;",
        "financiële sextortion: afpersing met seksueel beeldmateriaal om geld, cadeaukaarten of cryptovaluta te "
        "verkrijgen;",
        "online ronselen voor uitbuiting: het via sociale media benaderen van jongeren om hen later in de prostitutie "
        "of in andere vormen van uitbuiting te brengen;",
        "ongewenste verspreiding: het zonder toestemming delen van seksueel beeldmateriaal van een minderjarige, vaak "
        "door leeftijdgenoten.",
    ),
    H2("2.1 Grooming"),
    P("Daders van grooming zoeken jongeren op plaatsen waar zij veel tijd doorbrengen: populaire sociale-mediadiensten, "
      "chatfuncties van games en groepsgesprekken rond muziek of sport. Zij doen zich vaak voor als leeftijdgenoot, "
      "soms met gestolen foto's, en bouwen met complimenten, aandacht en cadeaus een band op. Uit de strafdossiers blijkt "
      "dat tussen het eerste contact en het eerste verzoek om beeldmateriaal gemiddeld elf dagen zitten, maar in een "
      "kwart van de zaken minder dan 48 uur."),
    P("Casus. Een dertienjarige jongen raakte via een voetbalgame in gesprek met iemand die zei zestien te zijn. Na een "
      "week kreeg hij virtueel speelgeld aangeboden in ruil voor een foto zonder shirt, daarna volgden verzoeken om "
      "steeds explicietere beelden. De dader bleek een 34-jarige man die met hetzelfde profiel contact had met ruim "
      "veertig andere jongens."),
    H2("2.2 Sextortion"),
    P("Bij sextortion dreigt de dader om beeldmateriaal te verspreiden als het slachtoffer niet doet wat hij vraagt. "
      "Bij seksuele sextortion gaat het om meer beelden of om seksuele handelingen voor de camera. Bij financiële "
      "sextortion eist de dader geld. Deze laatste vorm wordt vooral gepleegd door georganiseerde groepen die vanuit "
      "het buitenland werken, met scripts, nepprofielen en betaalmethoden die moeilijk te herleiden zijn. De "
      "slachtoffers zijn overwegend jongens van vijftien tot achttien jaar."),
    P("Jongeren beschrijven de eerste uren na het dreigement als paniek. Zij betalen vaak direct, in de hoop dat het "
      "daarmee stopt, maar in ruim de helft van de gevallen volgt daarna een nieuwe eis. Meerdere hulpverleners wezen "
      "ons op het risico van zelfbeschadiging en suïcidale gedachten bij slachtoffers die er met niemand over praten."),
    H2("2.3 Online ronselen en ongewenste verspreiding"),
    P("In een kleiner aantal zaken is het online contact een opstap naar uitbuiting in de fysieke wereld. Jongeren "
      "worden dan via sociale media benaderd met een aanbod van snel geld of een relatie, en later onder druk gezet om "
      "seksuele diensten te verlenen. Deze zaken hebben veel gemeen met wat vroeger de loverboy-methode heette, maar "
      "het eerste contact en de controle verlopen nu grotendeels via de telefoon."),
    P("Ongewenste verspreiding door leeftijdgenoten is de meest voorkomende vorm. Een foto die binnen een relatie is "
      "gedeeld, gaat na het einde daarvan rond in een klassengroep of wordt op een anoniem account geplaatst. Voor "
      "slachtoffers is de schade vaak even groot als bij afpersing door een onbekende, omdat de verspreiding in de "
      "eigen omgeving plaatsvindt."),
    PageBreak(),
    H("3 Omvang"),
    H2("3.1 Meldingen bij de meldlijnen"),
    P("Jongeren, ouders en professionals kunnen online seksuele uitbuiting melden bij de Meldlijn Online Jong, die "
      "advies en ondersteuning biedt, en bij het Meldpunt Beeldmisbruik, dat zich richt op het laten verwijderen van "
      "beeldmateriaal. Beide organisaties zijn stichtingen die worden gefinancierd met subsidies van het Rijk en met "
      "giften. Tabel 1 laat de ontwikkeling van het aantal meldingen zien."),
    P("Tabel 1. Meldingen van online seksuele uitbuiting van minderjarigen, 2021-2024", bold=True),
    Table(
        header=("Soort melding", "2021", "2022", "2023", "2024"),
        rows=(
            ("Grooming", "1.120", "1.380", "1.710", "2.040"),
            ("Seksuele sextortion", "640", "910", "1.260", "1.590"),
            ("Financiële sextortion", "380", "1.150", "2.480", "4.370"),
            ("Ongewenste verspreiding", "1.940", "2.210", "2.830", "3.860"),
            ("Overig / onbekend", "230", "260", "410", "590"),
            ("Totaal", "4.310", "5.910", "8.690", "12.450"),
        ),
        widths=(3.2, 1, 1, 1, 1),
        rules="rows",
    ),
    P("De stijging is voor een deel het gevolg van grotere bekendheid van de meldlijnen, onder meer door campagnes op "
      "sociale media in 2023. Maar ook de politie en de hulpverleners die wij spraken, zien een duidelijke toename, "
      "vooral van financiële sextortion. De meldlijnen kunnen de groei maar ten dele opvangen: in 2024 werd ongeveer "
      "een op de vijf chatverzoeken buiten de openingstijden of wegens drukte niet beantwoord.",
      footnotes=("Opgave van de Meldlijn Online Jong over 2024; het gaat om chatverzoeken die binnen vijftien minuten "
                 "niet door een medewerker konden worden aangenomen.",)),
    P("Beide meldlijnen werken met een subsidie die steeds voor één of twee jaar wordt verleend. Zij gaven aan dat zij "
      "daardoor geen vaste medewerkers kunnen aannemen en veel tijd kwijt zijn aan het aanvragen en verantwoorden van "
      "subsidies. Het Meldpunt Beeldmisbruik moest in 2024 tijdelijk een wachtlijst instellen voor verzoeken om "
      "verwijdering die niet acuut waren."),
    H2("3.2 Aangiften en registraties bij de politie"),
    P("Het aantal aangiften ligt veel lager dan het aantal meldingen. In 2024 registreerde de politie 1.870 aangiften "
      "van sextortion, grooming of het verspreiden van seksueel beeldmateriaal waarbij het slachtoffer minderjarig was. "
      "In de vragenlijst gaf 7 procent van de jongeren die slachtoffer waren geweest aan dat zij aangifte hadden "
      "gedaan. Het werkelijke aantal slachtoffers ligt dus vele malen hoger dan de politiecijfers doen vermoeden."),
    H2("3.3 Ervaringen van jongeren"),
    P("Van de 2.870 jongeren in de vragenlijst zei 31 procent in het afgelopen jaar ten minste één keer door een "
      "onbekende online om een naaktfoto of seksueel getinte foto te zijn gevraagd. Vier procent was ooit met "
      "beeldmateriaal afgeperst. Van hen had minder dan de helft er met iemand over gesproken, en slechts een op de "
      "zes met een volwassene."),
    H("4 Slachtoffers en daders"),
    H2("4.1 Slachtoffers"),
    P("Slachtoffers van online seksuele uitbuiting komen uit alle lagen van de bevolking. Toch zijn er groepen die "
      "kwetsbaarder zijn: jongeren met een licht verstandelijke beperking, jongeren in de jeugdhulp en jongeren die "
      "zich eenzaam voelen of weinig steun van hun ouders ervaren. In de strafdossiers had 23 procent van de "
      "slachtoffers ten tijde van het misbruik contact met de jeugdhulp."),
    P("De gevolgen zijn ernstig en langdurig. Slachtoffers noemen angst, schaamte, slaapproblemen en terugtrekking van "
      "vrienden en school. In de groepsgesprekken vertelden jongeren dat zij nog jaren bang bleven dat hun beelden "
      "ergens zouden opduiken. Gespecialiseerde traumabehandeling kan veel doen, maar is niet overal op tijd "
      "beschikbaar: de jeugdhulpaanbieders die wij spraken, noemden wachttijden van zes weken tot ruim vier maanden."),
    H2("4.2 Daders"),
    P("Daders zijn zeer divers. In de strafdossiers onderscheiden wij drie groepen: volwassen mannen die uit seksuele "
      "motieven contact zoeken met minderjarigen, jeugdige daders die beeldmateriaal van leeftijdgenoten verspreiden of "
      "daarmee dreigen, en georganiseerde groepen die met financiële motieven op grote schaal afpersen. Van de laatste "
      "groep bevinden de leden zich vrijwel altijd buiten Nederland."),
    P("Over de effecten van straffen en interventies bij deze daders is weinig bekend. De reclassering en de "
      "jeugdhulp gebruiken interventies die zijn ontwikkeld voor offline zedendelicten, maar of die bij online daders "
      "even goed werken, is niet onderzocht. Ook ontbreken cijfers over recidive die onderscheid maken naar online en "
      "offline delicten."),
    P("Casus. Een zestienjarige jongen verspreidde na een ruzie naaktbeelden van zijn ex-vriendin in een groepsgesprek "
      "van ruim tweehonderd leerlingen. Hij kreeg een taakstraf en volgde een groepstraining. Een jaar later werd hij "
      "opnieuw aangehouden, nu voor het afpersen van een ander meisje. Niemand had in de tussentijd gevolgd hoe het "
      "met hem ging."),
    PageBreak(),
    H("5 Preventie, signalering en hulp"),
    H2("5.1 Onderwijs"),
    P("Scholen zijn de plek waar vrijwel alle jongeren te bereiken zijn. Seksuele vorming en seksuele diversiteit zijn "
      "al onderdeel van de kerndoelen, maar online risico's worden daarin niet expliciet genoemd. Uit een steekproef "
      "onder 120 scholen voor voortgezet onderwijs blijkt dat 44 procent in de onderbouw aandacht besteedt aan "
      "sextortion of grooming, meestal in één les of via een gastspreker. In het primair onderwijs is dat minder dan "
      "een op de vijf scholen."),
    P("Leerkrachten gaven aan dat zij zich vaak onzeker voelen over het onderwerp en niet weten welk lesmateriaal "
      "betrouwbaar is. Het materiaal dat beschikbaar is, is versnipperd en vaak verouderd; het meeste is ontwikkeld "
      "voordat financiële sextortion opkwam."),
    H2("5.2 Gemeenten en lokale netwerken"),
    P("Gemeenten zijn verantwoordelijk voor jeugdhulp, voor Veilig Thuis en voor de regionale aanpak van huiselijk "
      "geweld en kindermishandeling. In hun regiovisies komt online seksuele uitbuiting nauwelijks voor: in 4 van de "
      "25 regiovisies die wij bestudeerden, werd het onderwerp genoemd, en in geen ervan werden concrete afspraken "
      "gemaakt over de opvolging van signalen."),
    P("Signalen komen binnen bij jongerenwerkers, wijkteams, leerplichtambtenaren en scholen, maar worden zelden "
      "bij elkaar gebracht. In de meeste gemeenten is niemand aangewezen die zich met het onderwerp bezighoudt. Waar "
      "dat wel het geval was, zoals in twee grotere gemeenten met een aandachtsfunctionaris, werden signalen sneller "
      "doorgezet naar de politie en Veilig Thuis, en kregen jongeren eerder hulp."),
    P("Jongerenwerkers en medewerkers van wijkteams die wij spraken, hadden bijna allemaal te maken gehad met een "
      "jongere die online was benaderd of afgeperst. Minder dan een derde van hen had daarover ooit een training "
      "gevolgd. Zij wisten vaak niet dat beelden via het Meldpunt Beeldmisbruik kunnen worden verwijderd."),
    H2("5.3 Hulp na misbruik"),
    P("De Meldlijn Online Jong biedt eerste ondersteuning via chat en telefoon, en verwijst jongeren zo nodig door "
      "naar de jeugdhulp of Veilig Thuis. De doorverwijzing verloopt niet altijd soepel. Jeugdhulpaanbieders kennen "
      "online misbruik vaak niet als een afzonderlijke problematiek en plaatsen jongeren op de algemene wachtlijst. "
      "Gespecialiseerde traumabehandeling is geconcentreerd bij enkele aanbieders, zodat de beschikbaarheid sterk "
      "verschilt per regio."),
    PageBreak(),
    H("6 Opsporing en vervolging"),
    H2("6.1 Capaciteit bij de politie"),
    P("De opsporing van online seksuele uitbuiting ligt bij de teams Bestrijding Kinderpornografie en "
      "Kindersekstoerisme (TBKK) van de tien regionale eenheden en bij de Landelijke Eenheid. Deze teams hebben de "
      "afgelopen jaren vooral ingezet op de bestrijding van misbruikmateriaal van jonge kinderen. Voor sextortion en "
      "grooming van tieners is nauwelijks afzonderlijke capaciteit beschikbaar. Politiemedewerkers schatten dat er "
      "landelijk ten minste 80 fte nodig is om de huidige zaken op een behoorlijke manier op te pakken."),
    H2("6.2 Aangifte doen"),
    P("Voor jongeren is de drempel om aangifte te doen hoog. Zij moeten daarvoor meestal naar een politiebureau, "
      "soms met een ouder, en hun verhaal doen aan een medewerker die niet gespecialiseerd is. In de groepsgesprekken "
      "zeiden jongeren dat zij liever online een melding zouden doen en daarna zelf een gesprek zouden plannen met "
      "iemand die verstand heeft van het onderwerp. In 2024 duurde het na een aangifte gemiddeld negentien dagen "
      "voordat een rechercheur contact opnam met het slachtoffer."),
    H2("6.3 Vervolging en berechting"),
    P("Van de 146 afgedane strafzaken leidden er 97 tot een veroordeling. Zaken tegen daders in Nederland worden "
      "doorgaans goed afgerond; zaken tegen daders in het buitenland lopen bijna altijd vast op de internationale "
      "rechtshulp. Het Openbaar Ministerie heeft in 2024 een landelijk officier van justitie aangewezen voor "
      "sextortion, wat volgens de betrokkenen de afstemming met buitenlandse autoriteiten heeft verbeterd."),
    H2("6.4 Bestuurlijk optreden"),
    P("Sinds 2023 kan de Autoriteit online Terroristisch en Kinderpornografisch Materiaal (ATKM) bevelen geven tot het "
      "verwijderen van kinderpornografisch materiaal en bestuurlijke boetes opleggen als platforms daaraan niet "
      "voldoen. Beeldmateriaal dat bij sextortion wordt gebruikt, valt daar vaak onder, maar de accounts en berichten "
      "waarmee de dader dreigt niet. De ATKM kan daar niet tegen optreden, ook niet als duidelijk is dat een account "
      "alleen voor afpersing wordt gebruikt."),
    PageBreak(),
    H("7 De rol van online platforms"),
    H2("7.1 Verplichtingen en eigen beleid"),
    P("Sinds februari 2024 geldt de Europese Digital Services Act (DSA). Platforms moeten meldingen van illegale inhoud "
      "zorgvuldig en tijdig behandelen en passende maatregelen nemen om minderjarigen te beschermen. Zeer grote "
      "platforms moeten bovendien risicobeoordelingen uitvoeren. De DSA bevat echter geen vaste termijnen, en laat veel "
      "ruimte aan de platforms zelf."),
    P("Alle platforms die wij spraken, hebben beleid tegen seksuele uitbuiting van minderjarigen en werken met "
      "hashtechnologie om bekend misbruikmateriaal te herkennen. De uitvoering verschilt sterk. Tabel 2 geeft de "
      "afhandeltijden weer van meldingen die het Meldpunt Beeldmisbruik in 2024 bij zes platforms deed."),
    P("Tabel 2. Afhandeltijd van meldingen door het Meldpunt Beeldmisbruik, 2024 (mediaan)", bold=True),
    Table(
        header=("Platform", "Aantal meldingen", "Mediane afhandeltijd", "Aandeel binnen 24 uur"),
        rows=(
            ("Platform 1 (sociale media)", "1.840", "11 uur", "78%"),
            ("Platform 2 (sociale media)", "1.310", "1,8 dag", "41%"),
            ("Platform 3 (berichtendienst)", "620", "3,5 dag", "22%"),
            ("Platform 4 (videodienst)", "540", "14 uur", "69%"),
            ("Platform 5 (game-chat)", "210", "9,2 dag", "8%"),
            ("Platform 6 (anoniem forum)", "390", "geen reactie in 61%", "5%"),
        ),
        widths=(3, 1.6, 2, 2),
    ),
    H2("7.2 Bescherming van minderjarige gebruikers"),
    P("De meeste platforms hebben instellingen waarmee jongeren hun account kunnen afschermen. Bij vier van de zes "
      "platforms staan die instellingen voor nieuwe minderjarige gebruikers niet standaard aan. Twee platforms schermen "
      "accounts van gebruikers onder de zestien jaar standaard af, maar niet die van zestien- en zeventienjarigen, "
      "terwijl juist zij het vaakst slachtoffer worden van financiële sextortion."),
    P("Platforms delen weinig gegevens over het aantal meldingen van online seksuele uitbuiting en over de manier "
      "waarop zij daarmee omgaan. De transparantieverslagen die de DSA voorschrijft, maken geen onderscheid naar "
      "leeftijd of naar deze vorm van misbruik. Voor onderzoekers en voor de Rapporteur is daardoor niet na te gaan "
      "of de maatregelen van platforms effect hebben."),
    H("8 Conclusies"),
    P("Op basis van de bevindingen komt de Rapporteur tot de volgende conclusies:", bold=True),
    ItemList(items=(
        ListItem("Online seksuele uitbuiting van jongeren neemt snel toe, in omvang en in ernst; financiële sextortion "
                 "is in vier jaar meer dan verelfvoudigd."),
        ListItem("De aanpak is versnipperd. Niemand heeft overzicht of is aanspreekbaar op het geheel, en er zijn geen "
                 "doelen waaraan de voortgang kan worden afgemeten."),
        ListItem("Preventie hangt af van de inzet van individuele scholen en leerkrachten."),
        ListItem("Meld- en hulplijnen zijn onmisbaar, maar hun financiering is onzeker en hun capaciteit te klein."),
        ListItem("Jongeren doen zelden aangifte, en als zij dat wel doen, duurt het te lang voordat de politie contact "
                 "opneemt. De politie heeft te weinig capaciteit voor deze zaken."),
        ListItem("Op lokaal niveau worden signalen niet bij elkaar gebracht en ontbreken afspraken over opvolging."),
        ListItem("Platforms handelen meldingen zeer ongelijk af en schermen minderjarigen onvoldoende af. Over hun "
                 "inspanningen is weinig openbaar."),
    ), style="1."),
    PageBreak(),
    H("9 Aanbevelingen"),
    P("De aanbevelingen van de Rapporteur zijn gericht aan vier adressaten. Zij zijn per adressaat gebundeld in een "
      "blok en binnen elk blok genummerd. Wij verwijzen ernaar met de letter van het blok en het nummer van de "
      "aanbeveling: aanbeveling C2 is de tweede aanbeveling aan gemeenten. De Rapporteur zal over twee jaar "
      "rapporteren over de opvolging van iedere aanbeveling."),
    H2("A. Aan het kabinet"),
    P("De aanpak van online seksuele uitbuiting raakt aan het beleid van meerdere ministeries. De aanbevelingen in dit "
      "blok vragen daarom om een gezamenlijke inzet van het kabinet."),
    *block("A",
          ListItem("Stel een nationale, meerjarige aanpak van online seksuele uitbuiting van jongeren vast, en zorg "
                   "daarbij ten minste voor het volgende:",
                   children=(
                       ListItem("meetbare doelen voor preventie, hulp en opsporing, waarover jaarlijks aan de Tweede "
                                "Kamer wordt gerapporteerd;"),
                       ListItem("één bewindspersoon die eindverantwoordelijk is voor de aanpak en doorzettingsmacht "
                                "heeft richting de andere betrokken departementen."),
                   ),
                   recommendation=Recommendation("A1", ("KABINET",))),
          ("Zorg dat de minister van Onderwijs, Cultuur en Wetenschap online weerbaarheid, waaronder het herkennen van "
           "grooming en sextortion, opneemt in de kerndoelen voor het primair en voortgezet onderwijs, en laat daarvoor "
           "lesmateriaal ontwikkelen dat scholen kosteloos kunnen gebruiken.", ("OCW",)),
          ("Financier de meld- en hulplijnen waar jongeren terechtkunnen na online seksueel misbruik structureel, in "
           "plaats van met tijdelijke projectsubsidies, zodat zij hun capaciteit kunnen afstemmen op het stijgende "
           "aantal meldingen.", ("KABINET",)),
          ("Zorg, onder regie van de staatssecretaris van Volksgezondheid, Welzijn en Sport, dat in elke jeugdregio "
           "gespecialiseerde traumabehandeling beschikbaar is voor jongeren die slachtoffer zijn van online seksuele "
           "uitbuiting, met een wachttijd van ten hoogste vier weken.", ("VWS",)),
          ),
    H2("B. Aan de minister van Justitie en Veiligheid"),
    P("De minister van Justitie en Veiligheid is verantwoordelijk voor de politie, het Openbaar Ministerie en het "
      "strafrechtelijk beleid. De volgende aanbevelingen betreffen de opsporing en de bestuurlijke aanpak."),
    *block("B",
          ("Breid de capaciteit van de politie voor de bestrijding van online seksuele uitbuiting uit met ten minste "
           "80 fte, die zich uitsluitend richten op sextortion en grooming van jongeren.", ("JenV",)),
          ("Maak het voor jongeren mogelijk om online aangifte te doen van sextortion en van het ongewenst "
           "verspreiden van seksueel beeldmateriaal, en zorg dat zij binnen twee werkdagen persoonlijk contact krijgen "
           "met een gespecialiseerde rechercheur.", ("JenV",)),
          ("Geef de ATKM de bevoegdheid om ook bestuurlijke boetes op te leggen aan platforms die accounts en berichten "
           "die voor sextortion worden gebruikt, na een melding niet verwijderen.", ("JenV",)),
          ("Laat onderzoeken hoe vaak daders van online seksuele uitbuiting opnieuw een zedendelict plegen en welke "
           "daderinterventies, ook voor jeugdige daders, daarbij werkzaam zijn.", ("JenV",)),
          ),
    H2("C. Aan gemeenten"),
    P("Gemeenten zijn verantwoordelijk voor jeugdhulp en voor de regionale aanpak van huiselijk geweld en "
      "kindermishandeling. De Rapporteur richt de volgende aanbevelingen aan de colleges van burgemeester en "
      "wethouders, en vraagt de VNG hen daarbij te ondersteunen."),
    *block("C",
          ("Wijs in iedere gemeente een aandachtsfunctionaris online seksuele uitbuiting aan, die signalen van scholen, "
           "jongerenwerk en wijkteams bundelt en het aanspreekpunt is voor politie en Veilig Thuis.", ("GEMEENTEN",)),
          ("Neem online seksuele uitbuiting als afzonderlijk onderdeel op in de regiovisie huiselijk geweld en "
           "kindermishandeling, en maak daarin afspraken met Veilig Thuis, politie en jeugdhulp over de opvolging van "
           "signalen.", ("GEMEENTEN",)),
          ("Zorg dat jongerenwerkers, medewerkers van wijkteams en leerplichtambtenaren ten minste eens in de twee jaar "
           "worden getraind in het herkennen en bespreekbaar maken van online seksuele uitbuiting.", ("GEMEENTEN",)),
          ),
    H2("D. Aan online platforms"),
    P("Deze aanbevelingen richten zich tot aanbieders van sociale media, berichtendiensten en gameplatforms die in "
      "Nederland veel door jongeren worden gebruikt."),
    *block("D",
          ("Beoordeel meldingen van sextortion en van ongewenst verspreid naaktbeeld van minderjarigen binnen 24 uur, "
           "en verwijder het beeldmateriaal zodra vaststaat dat het een minderjarige betreft.", ("OTHER",)),
          ("Stel accounts van gebruikers jonger dan achttien jaar standaard zo in dat zij niet vindbaar zijn voor "
           "onbekenden en geen privéberichten van onbekende volwassenen kunnen ontvangen.", ("OTHER",)),
          ("Stel jaarlijks geanonimiseerde gegevens over het aantal meldingen van online seksuele uitbuiting, de "
           "afhandeltijd en de genomen maatregelen beschikbaar aan de Nationaal Rapporteur en aan onafhankelijke "
           "onderzoekers.", ("OTHER",)),
          ),
    P("De Rapporteur verzoekt het kabinet binnen zes maanden schriftelijk te reageren op de aanbevelingen in de blokken "
      "A en B, en waar mogelijk ook in te gaan op de blokken C en D."),
    PageBreak(),
    H("Bijlage 1 Afkortingen"),
    Table(
        header=("Afkorting", "Betekenis"),
        rows=(
            ("ATKM", "Autoriteit online Terroristisch en Kinderpornografisch Materiaal"),
            ("DSA", "Digital Services Act (Verordening (EU) 2022/2065)"),
            ("OM", "Openbaar Ministerie"),
            ("TBKK", "Team Bestrijding Kinderpornografie en Kindersekstoerisme"),
            ("VNG", "Vereniging van Nederlandse Gemeenten"),
            ("WODC", "Wetenschappelijk Onderzoek- en Datacentrum"),
        ),
        widths=(1, 4),
        rules="rows",
    ),
    H("Bijlage 2 Geraadpleegde organisaties"),
    bullets(
        "Meldlijn Online Jong en Meldpunt Beeldmisbruik;",
        "politie, eenheden Amsterdam, Oost-Nederland en Zeeland-West-Brabant, en de Landelijke Eenheid;",
        "Openbaar Ministerie, landelijk officier van justitie sextortion;",
        "Veilig Thuis, vijf regio's;",
        "zes jeugdhulpaanbieders, waarvan twee met een specialistisch traumaprogramma;",
        "acht gemeenten en de Vereniging van Nederlandse Gemeenten;",
        "twaalf scholen voor primair en voortgezet onderwijs;",
        "zes online platforms.",
        style="–",
    ),
)

REPORT = Document(
    title="Achter het scherm",
    subtitle="Online seksuele uitbuiting van jongeren",
    blocks=REPORT_BLOCKS,
    running_header="Nationaal Rapporteur Seksueel Geweld tegen Kinderen en Jongeren  |  Achter het scherm",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    imprint=("Nationaal Rapporteur Seksueel Geweld tegen Kinderen en Jongeren", "Den Haag, oktober 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_A1 = ("Online seksuele uitbuiting wordt daarom geen afzonderlijk nationaal programma, maar een zelfstandige "
         "actielijn binnen het programma Samen tegen seksueel geweld, met meetbare doelen voor 2030 waarover ik uw "
         "Kamer jaarlijks rapporteer.")
EV_A2 = "De minister van Onderwijs, Cultuur en Wetenschap neemt deze aanbeveling over."
EV_A3 = "Voor een omzetting naar structurele financiering zie ik op dit moment geen aanleiding."
EV_B1 = ("Ik maak daarvoor vanaf 2026 30 fte extra vrij in plaats van de 80 fte die de Rapporteur vraagt, omdat de "
         "politie niet meer gespecialiseerde rechercheurs tegelijk kan werven en opleiden.")
EV_B2 = ("Vanaf 1 september 2026 kunnen jongeren via de website van de politie online aangifte doen van sextortion en "
         "van het ongewenst verspreiden van seksueel beeldmateriaal, waarna binnen twee werkdagen een gespecialiseerde "
         "rechercheur contact met hen opneemt.")
EV_B3 = "Een uitbreiding van de bevoegdheden van de ATKM tot sextortion acht ik niet opportuun."
EV_B4 = ("Op mijn verzoek start het WODC in 2026 een onderzoek naar de recidive van daders van online seksuele "
         "uitbuiting en naar de werkzaamheid van daderinterventies, ook voor jeugdige daders, waarvan ik de resultaten "
         "begin 2028 aan uw Kamer stuur.")
EV_C1 = ("Met de VNG heb ik afgesproken dat er in elk van de 25 regio's van de Zorg- en Veiligheidshuizen een "
         "aandachtsfunctionaris online seksuele uitbuiting komt, die ook de gemeenten in de regio ondersteunt.")
EV_C2 = ("Samen met de staatssecretaris van Jeugd, Preventie en Sport en de VNG heb ik afgesproken dat online seksuele "
         "uitbuiting bij de herijking van de regiovisies in 2026 een verplicht onderdeel wordt, met afspraken tussen "
         "Veilig Thuis, politie en jeugdhulp over de opvolging van signalen.")
EV_D1 = ("In het convenant hebben de platforms toegezegd dat zij meldingen van sextortion en van ongewenst verspreid "
         "naaktbeeld van minderjarigen binnen 24 uur beoordelen en het beeldmateriaal binnen die termijn verwijderen "
         "als het een minderjarige betreft.")
EV_D2 = ("Standaard afgeschermde accounts, die niet vindbaar zijn voor onbekenden en geen berichten van onbekende "
         "volwassenen ontvangen, voeren de platforms in voor gebruikers tot zestien jaar; voor zestien- en "
         "zeventienjarigen blijft het een instelling die de jongere zelf moet aanzetten.")

RESPONSE_BLOCKS = (
    P("> Retouradres Postbus 20301 2500 EH Den Haag"),
    P("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
    P("Postbus 20018, 2500 EA DEN HAAG"),
    P("Datum 17 februari 2026"),
    P("Onderwerp Beleidsreactie op de rapportage 'Achter het scherm' van de Nationaal Rapporteur Seksueel Geweld "
      "tegen Kinderen en Jongeren"),
    P("Ons kenmerk 6093817"),
    P("Geachte voorzitter,"),
    P("Op 14 oktober 2025 heeft de Nationaal Rapporteur Seksueel Geweld tegen Kinderen en Jongeren haar rapportage "
      "'Achter het scherm' over online seksuele uitbuiting van jongeren gepubliceerd. Met deze brief bied ik u, mede "
      "namens de minister van Onderwijs, Cultuur en Wetenschap en de staatssecretaris van Jeugd, Preventie en Sport, "
      "de beleidsreactie op deze rapportage aan. Daarmee geef ik ook invulling aan de toezegging die ik deed tijdens "
      "het commissiedebat zeden van 6 november 2025."),
    P("Ik dank de Rapporteur en haar medewerkers voor deze indringende rapportage. Zij maakt zichtbaar wat zich voor "
      "veel volwassenen buiten het zicht afspeelt: jongeren die op hun eigen telefoon, vaak in hun eigen slaapkamer, "
      "worden benaderd, gemanipuleerd en afgeperst. Dat de Rapporteur daarbij zelf met slachtoffers heeft gesproken, "
      "geeft haar bevindingen extra gewicht."),
    H2("1. De bevindingen van de Rapporteur"),
    P("De Rapporteur komt tot een aantal bevindingen die ik ook herken uit de signalen van politie en hulpverlening:"),
    bullets(
        "het aantal meldingen van online seksuele uitbuiting is tussen 2021 en 2024 bijna verdrievoudigd, met de "
        "sterkste groei bij financiële sextortion;",
        "slechts een klein deel van de slachtoffers doet aangifte;",
        "gespecialiseerde hulp is in veel regio's niet op tijd beschikbaar;",
        "de aanpak is verdeeld over veel partijen, zonder gezamenlijke doelen;",
        "platforms handelen meldingen zeer verschillend af.",
    ),
    P("De Rapporteur richt haar aanbevelingen aan vier adressaten: het kabinet, mij als minister van Justitie en "
      "Veiligheid, gemeenten en online platforms. Ik volg in deze brief die indeling. Op de aanbevelingen aan gemeenten "
      "reageer ik voor zover het Rijk daarin een rol heeft, en na overleg met de VNG. Over de aanbevelingen aan de "
      "platforms bericht ik u wat zij hebben toegezegd in het convenant dat ik in januari met hen heb gesloten."),
    H2("2. Wat er al gebeurt"),
    P("Het kabinet heeft de afgelopen jaren al een aantal stappen gezet. Ik noem de belangrijkste:"),
    bullets(
        "met de Wet seksuele misdrijven is sinds 1 juli 2024 ook online grooming zonder voorgenomen ontmoeting "
        "strafbaar, evenals seksuele intimidatie in de openbare ruimte en online;",
        "het Openbaar Ministerie heeft in 2024 een landelijk officier van justitie voor sextortion aangewezen;",
        "de ATKM kan sinds 2023 verwijderbevelen geven voor kinderpornografisch materiaal en boetes opleggen als "
        "platforms die niet opvolgen;",
        "de Meldlijn Online Jong en het Meldpunt Beeldmisbruik ontvangen sinds 2025 een meerjarige subsidie tot en met "
        "2027;",
        "in het najaar van 2025 liep een landelijke campagne over financiële sextortion, gericht op jongens van "
        "veertien tot achttien jaar.",
    ),
    P("Deze maatregelen zijn nodig, maar de rapportage laat zien dat zij niet voldoende zijn. De stijging van het aantal "
      "meldingen gaat sneller dan de aanpak. Hieronder ga ik per blok in op de aanbevelingen."),
    H2("3. Aanbevelingen aan het kabinet"),
    P("De Rapporteur constateert dat de aanpak versnipperd is en dat niemand aanspreekbaar is op het geheel. Ik deel die "
      "constatering. Tegelijk loopt sinds 2023 het programma Samen tegen seksueel geweld, waarin de betrokken "
      "departementen, gemeenten en maatschappelijke organisaties samenwerken, en ik wil voorkomen dat naast dat "
      "programma een nieuwe structuur ontstaat. " + EV_A1 + " Ik blijf als minister van Justitie en Veiligheid de "
      "coördinerende bewindspersoon. Een eindverantwoordelijke met doorzettingsmacht over andere departementen past "
      "niet in de verdeling van ministeriële verantwoordelijkheden, en neem ik daarom niet over.",
      answers=(Answer("A1", "partial", EV_A1),)),
    P("Het tweede punt dat de Rapporteur aan het kabinet voorlegt, betreft het onderwijs. " + EV_A2 + " In de "
      "conceptkerndoelen voor burgerschap en digitale geletterdheid, die in het voorjaar van 2026 aan uw Kamer worden "
      "voorgelegd, wordt het herkennen van grooming en sextortion expliciet genoemd. SLO ontwikkelt in opdracht van "
      "OCW lesmateriaal voor groep 7 en 8 en voor de onderbouw van het voortgezet onderwijs, dat vanaf het schooljaar "
      "2026-2027 kosteloos beschikbaar komt.",
      answers=(Answer("A2", "agree", EV_A2),)),
    P("In aanbeveling A3 vraagt de Rapporteur om de meld- en hulplijnen structureel te financieren. Ik onderschrijf het "
      "belang van deze organisaties; zij zijn voor veel jongeren de eerste plek waar zij hun verhaal kwijt kunnen. "
      "Beide meldlijnen ontvangen sinds 2025 een meerjarige subsidie tot en met 2027, waarmee de financiële "
      "onzekerheid waar de Rapporteur op wijst, voor de komende jaren is weggenomen. " + EV_A3 + " Een vaste "
      "financiering buiten een subsidieregeling zou bovendien betekenen dat de meldlijnen minder onafhankelijk van de "
      "overheid kunnen werken, terwijl hun toegankelijkheid voor jongeren juist op die onafhankelijkheid berust.",
      answers=(Answer("A3", "disagree", EV_A3),)),
    P("Over de regionale beschikbaarheid van gespecialiseerde traumabehandeling voor jonge slachtoffers en de "
      "wachttijden daarvoor informeert de staatssecretaris van Jeugd, Preventie en Sport u in de voortgangsbrief over "
      "de Hervormingsagenda Jeugd, die u voor de zomer ontvangt."),
    H2("4. Aanbevelingen aan de minister van Justitie en Veiligheid"),
    P("De aanbevelingen B1 en B2 gaan over de opsporing en over de drempel voor jongeren om aangifte te doen. De "
      "politie heeft de afgelopen jaren haar capaciteit vooral ingezet op misbruikmateriaal van jonge kinderen, en ik "
      "ben het met de Rapporteur eens dat sextortion en grooming van tieners meer aandacht vragen. " + EV_B1 + " Deze "
      "capaciteit wordt ondergebracht bij de TBKK-teams van de regionale eenheden en komt bovenop de bestaande "
      "formatie. " + EV_B2 + " De politie ontwikkelt het formulier samen met jongeren en met de Meldlijn Online Jong, "
      "zodat het aansluit bij hoe jongeren zelf over hun ervaringen praten.",
      answers=(Answer("B1", "partial", EV_B1), Answer("B2", "agree", EV_B2))),
    P("De Rapporteur vraagt verder om de ATKM te laten optreden tegen accounts en berichten die voor sextortion worden "
      "gebruikt (aanbeveling B3). De ATKM is bij wet ingesteld om snel en gericht op te treden tegen terroristische "
      "inhoud en kinderpornografisch materiaal; voor het overige toezicht op de manier waarop platforms met meldingen "
      "omgaan, is onder de DSA de Autoriteit Consument en Markt aangewezen. " + EV_B3 + " Dreigberichten en "
      "afpersende accounts zijn geen beeldmateriaal, en de beoordeling of een account voor afpersing wordt gebruikt, "
      "vergt een strafrechtelijke afweging die niet bij een bestuursorgaan past. Die afweging hoort bij de politie "
      "en het Openbaar Ministerie.",
      answers=(Answer("B3", "disagree", EV_B3),)),
    P("Over de effecten van straffen en interventies bij daders van online seksuele uitbuiting is inderdaad weinig "
      "bekend. " + EV_B4 + " Reclassering Nederland en de Raad voor de Kinderbescherming zijn bij de opzet betrokken.",
      answers=(Answer("B4", "agree", EV_B4),)),
    H2("5. Aanbevelingen aan gemeenten"),
    P("Gemeenten hebben een eigen verantwoordelijkheid voor jeugdhulp, Veilig Thuis en de regionale aanpak van "
      "huiselijk geweld en kindermishandeling. Ik heb de aanbevelingen in dit blok besproken met de VNG, die ze samen "
      "met deze brief onder de aandacht van de colleges brengt."),
    P("De eerste aanbeveling aan gemeenten vraagt om een aandachtsfunctionaris in iedere gemeente. De VNG heeft mij "
      "laten weten dat dit voor veel kleinere gemeenten niet haalbaar is, omdat het om weinig zaken per jaar gaat en "
      "de benodigde expertise dan niet kan worden opgebouwd. " + EV_C1 + " Het Rijk financiert deze functies de eerste "
      "drie jaar; daarna beslissen de gemeenten in de regio zelf over voortzetting.",
      answers=(Answer("C1", "partial", EV_C1),)),
    P("De Rapporteur wijst erop dat online seksuele uitbuiting in de meeste regiovisies ontbreekt. " + EV_C2 + " Het "
      "landelijk model voor de regiovisies wordt daarop in het tweede kwartaal van 2026 aangepast.",
      answers=(Answer("C2", "agree", EV_C2),)),
    P("Het scholen van jongerenwerkers, medewerkers van wijkteams en leerplichtambtenaren is een taak van gemeenten "
      "zelf, die daarvoor middelen ontvangen via de decentralisatie-uitkering vrouwenopvang en huiselijk geweld. "
      "Voor professionals is via het kennisplatform van het programma Samen tegen seksueel geweld een gratis "
      "e-learning over online seksueel misbruik beschikbaar."),
    H2("6. Aanbevelingen aan online platforms"),
    P("Op 22 januari 2026 heb ik met vijf platforms die samen het grootste deel van het online gebruik door Nederlandse "
      "jongeren vertegenwoordigen, het Convenant Veilig Online voor Jongeren gesloten. Het convenant bouwt voort op de "
      "verplichtingen uit de DSA, en bevat afspraken die daar op onderdelen bovenuit gaan. De Meldlijn Online Jong en "
      "het Meldpunt Beeldmisbruik zijn als toehoorder bij het convenant betrokken. Het convenant loopt tot en met 2028 "
      "en wordt in 2027 tussentijds geëvalueerd."),
    P("Bij de onderhandelingen is de rapportage van de Rapporteur als uitgangspunt genomen. " + EV_D1 + " Zij richten "
      "daarvoor een afzonderlijk meldkanaal in voor het Meldpunt Beeldmisbruik, dat met voorrang wordt behandeld.",
      answers=(Answer("D1", "agree", EV_D1),)),
    P("Over de instellingen voor minderjarige gebruikers is langer gesproken. De platforms wezen erop dat oudere "
      "tieners hun accounts ook gebruiken voor school, werk en sport, en dat een volledig afgeschermd account voor hen "
      "minder bruikbaar is. " + EV_D2 + " Zij hebben zich er wel toe verbonden om zestien- en zeventienjarigen bij het "
      "aanmaken van een account actief op die instelling te wijzen.",
      answers=(Answer("D2", "partial", EV_D2),)),
    P("Voor de platforms die het convenant niet hebben ondertekend, blijven de verplichtingen uit de DSA gelden. Ik heb "
      "de Autoriteit Consument en Markt gevraagd bij haar toezicht bijzondere aandacht te besteden aan de bescherming "
      "van minderjarigen, en zet mij in Europees verband in voor richtsnoeren met concrete termijnen voor het "
      "afhandelen van meldingen."),
    H2("7. Tot slot"),
    P("Online seksuele uitbuiting van jongeren vraagt om een aanpak die net zo snel meebeweegt als de daders. De "
      "Rapporteur heeft daarvoor een heldere agenda neergelegd. Over de voortgang van de maatregelen in deze brief "
      "informeer ik u in de jaarlijkse voortgangsrapportage van het programma Samen tegen seksueel geweld, voor het "
      "eerst in het najaar van 2026."),
    P("De minister van Justitie en Veiligheid,"),
    P("mr. drs. H.J. Wijngaarden"),
)

RESPONSE = Document(
    title="Ministerie van Justitie en Veiligheid",
    subtitle="Directoraat-Generaal Rechtspleging en Rechtshandhaving  |  Directie Strafrechtketen  |  Turfmarkt 147, "
             "2511 DP Den Haag",
    blocks=RESPONSE_BLOCKS,
    running_header="Beleidsreactie 'Achter het scherm'  |  Ons kenmerk 6093817",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10,
    title_page=False,
)

PAIR = Pair(
    name="rapporteur_blocks_restarting_numbers",
    report=REPORT,
    response=RESPONSE,
    description="Fictional national rapporteur report on online sexual exploitation of young people with 14 "
                "recommendations in four lettered addressee blocks (A kabinet, B JenV, C gemeenten, D platforms) whose "
                "printed numbering restarts at 1 in each block (gold numbers A1-D3), answered by a JenV letter with a "
                "section per block; platform recommendations answered by reporting covenant commitments, one left "
                "without reaction.",
)
