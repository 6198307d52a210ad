"""Pair: a fictional ombudsman report on the meerkostentoeslag arbeidsbeperking, answered in one letter with a
fictional inspectorate report on the same scheme.

Layout traits this pair tests: the report of the (fictional) Landelijke Ombudsman Sociale Zekerheid is set in a sans
face with a title page, a running header and a "Pagina N van M" footer.  Before the recommendations it has a
numbered list "1)" .. "4)" of research questions (not recommendations), bulleted lists of sources and findings,
case boxes in prose ("Mevrouw D. ...") and a short section in which UWV and the VNG react to the draft.  The twelve
recommendations sit in the last chapter "8 Aanbevelingen" as one numbered list "1." .. "12."; each item is a short
title sentence ("Maak één aanvraag voldoende.") followed by an explaining paragraph that names the addressee.  The
brief asked for a bold title line; the renderer cannot set part of a list item in bold, so title and explanation are
one list item in the regular face and the gold text of each recommendation is title plus explanation.

The response is a Kamerbrief of the minister of SZW (serif, letterhead, no title page) that answers BOTH this report
and a fictional report of the Inspectie Sociale Uitvoering.  Section "2. Rapport van de Inspectie" answers the
inspectorate's own five recommendations 1-5 (partial, agree, disagree, agree, partial; "Aanbeveling 2 van de
Inspectie neem ik over", "Aanbeveling 3 neem ik niet over") - these are NOT the ombudsman's numbers and carry no gold.
Section "3. Rapport van de ombudsman" answers the ombudsman, sometimes by number, sometimes by subject; section
"4. Samenhang en vervolg" only describes next steps.

Gold positions of the ombudsman's recommendations:
 1 (one application suffices; SZW, UWV, gemeenten)  agree - by subject, no cue word: a date and EUR 4,2 mln.
 2 (decide within 8 weeks or report the delay; UWV) partial - "voert het tweede deel uit, maar kan het eerste
   deel voorlopig niet waarmaken"; the paragraph also refers to the Inspectie's aanbeveling 1.
 3 (one fixed contact person; UWV, gemeenten)        partial - a pilot in six regions, national roll-out "bezie ik".
 4 (abolish fee for re-assessment; minister)         disagree - blunt "Toch neem ik deze aanbeveling niet over",
   after sympathy with the analysis.
 5 (ask medical data only once; UWV, gemeenten)      agree - only "Zie hiervoor mijn reactie op aanbeveling 4 van de
   Inspectie." (that answer is an agree); the cross-reference sentence is the evidence.
 6 (understandable decisions; UWV, gemeenten)        agree - "Ik onderschrijf de aanbeveling ..." in one paragraph
   with 7.
 7 (no recovery after own errors; minister)          disagree - existing law as reason, "een algemene uitzondering
   ... voeg ik daar niet aan toe" (same paragraph as 6).
 8 (call before rejecting; gemeenten)                not addressed - only a general pass-on to the VNG / councils.
 9 (one organisation decides, advance payment)      agree - "Aanbeveling 9 van de ombudsman neem ik over."
10 (do not offset against bijzondere bijstand; the staatssecretaris)  partial - she only has it studied.
11 (publish waiting times; UWV)                      agree - by subject, no cue: quarterly publication from April 2026.
12 (national complaints commission; minister)        disagree - agrees with the analysis, "acht ik echter niet
   opportuun".
All prose is fictional and written for this test set.
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


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: int, text: str, *departments: str) -> ListItem:
    return ListItem(text, recommendation=Recommendation(str(number), tuple(departments)))


def answered(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    """A response paragraph; each answer is (number, position, evidence) and the evidence must be in ``text``."""
    for _, _, evidence in answers:
        assert evidence in text, evidence
    return Paragraph(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


# --------------------------------------------------------------------------------------------------------------
# Report: Landelijke Ombudsman Sociale Zekerheid, "Van loket naar loket"
# --------------------------------------------------------------------------------------------------------------

RECOMMENDATIONS = ItemList(style="1.", items=(
    rec(1, "Maak één aanvraag voldoende. Burgers moeten nu eerst bij UWV en daarna bij de gemeente een aanvraag doen, "
           "en veel van hen weten niet dat die tweede aanvraag nodig is. De ombudsman beveelt de minister van SZW, "
           "UWV en gemeenten aan ervoor te zorgen dat één aanvraag volstaat en dat UWV en de gemeente die aanvraag "
           "vervolgens zelf aan elkaar doorgeven, zonder dat de burger opnieuw iets hoeft te doen.",
        "SZW", "GEMEENTEN"),
    rec(2, "Beslis op tijd, of laat tijdig weten waarom dat niet lukt. De vaststelling van de arbeidsbeperking duurt "
           "nu gemiddeld zeventien weken, terwijl de wet acht weken voorschrijft. De ombudsman beveelt UWV aan binnen "
           "de wettelijke termijn te beslissen en, als dat in een bepaald geval niet lukt, de aanvrager vóór het "
           "verstrijken van de termijn te laten weten waarom en wanneer hij wel een besluit kan verwachten.",
        "SZW"),
    rec(3, "Geef aanvragers één vast aanspreekpunt. Aanvragers spreken nu bij elk contact iemand anders en moeten hun "
           "verhaal steeds opnieuw doen. De ombudsman beveelt UWV en gemeenten aan iedere aanvrager bij wie de "
           "aanvraag langer duurt dan de wettelijke termijn, of bij wie beide organisaties betrokken zijn, één vaste "
           "contactpersoon te geven die het dossier kent en goed bereikbaar is.",
        "SZW", "GEMEENTEN"),
    rec(4, "Schaf de leges voor een herbeoordeling op verzoek af. Wie vindt dat zijn situatie is veranderd en zelf om "
           "een nieuwe beoordeling vraagt, betaalt nu € 48 leges. Voor mensen met een laag inkomen en een "
           "verslechterende gezondheid is dat een drempel. De ombudsman beveelt de minister van SZW aan de Wmta zo te "
           "wijzigen dat aan een herbeoordeling op verzoek van de burger geen kosten meer zijn verbonden.",
        "SZW"),
    rec(5, "Vraag medische gegevens maar één keer op. Aanvragers moeten dezelfde medische stukken nu vaak zowel bij "
           "UWV als bij de gemeente inleveren. De ombudsman beveelt UWV en gemeenten aan medische gegevens maar één "
           "keer bij de burger op te vragen en de gegevens die de ander voor zijn besluit nodig heeft, met "
           "toestemming van de burger onderling uit te wisselen.",
        "SZW", "GEMEENTEN"),
    rec(6, "Schrijf besluiten die burgers begrijpen. Veel besluiten over de meerkostentoeslag zijn juridisch correct, "
           "maar voor de ontvanger onbegrijpelijk. De ombudsman beveelt UWV en gemeenten aan besluiten in eenvoudige "
           "taal op te stellen, er een heldere berekening van de toeslag bij te voegen en in elk besluit te vermelden "
           "wie de burger kan bellen met vragen.",
        "SZW", "GEMEENTEN"),
    rec(7, "Vorder niet terug wat de overheid zelf fout deed. Burgers krijgen soms na jaren een terugvordering van "
           "duizenden euro's omdat UWV of de gemeente een wijziging niet op tijd heeft verwerkt. De ombudsman beveelt "
           "de minister van SZW aan in de Wmta vast te leggen dat een te veel betaalde toeslag niet wordt "
           "teruggevorderd als de te hoge betaling het gevolg is van een fout van UWV of de gemeente.",
        "SZW"),
    rec(8, "Bel de aanvrager voordat u een aanvraag afwijst. In een derde van de onderzochte dossiers werd een "
           "aanvraag afgewezen of buiten behandeling gesteld omdat informatie ontbrak die de burger met één "
           "telefoontje had kunnen aanvullen. De ombudsman beveelt gemeenten aan contact op te nemen met de aanvrager "
           "voordat zij een aanvraag afwijzen of buiten behandeling stellen, en dat contact in het dossier vast te "
           "leggen.",
        "GEMEENTEN"),
    rec(9, "Zorg dat één organisatie de knoop doorhakt. Als UWV en de gemeente van mening verschillen over wie aan zet "
           "is, blijft de burger nu zonder besluit en zonder geld. De ombudsman beveelt de minister van SZW aan "
           "wettelijk te regelen wie in zo'n geval beslist, en ervoor te zorgen dat de burger in de tussentijd een "
           "voorschot op de toeslag ontvangt.",
        "SZW"),
    rec(10, "Laat de toeslag niet wegvallen tegen de bijzondere bijstand. In een deel van de gemeenten telt de "
            "meerkostentoeslag mee als inkomen bij de bijzondere bijstand en bij de berekening van de afloscapaciteit "
            "in de schuldhulpverlening, waardoor de toeslag voor de meest kwetsbare ontvangers per saldo weinig "
            "oplevert. De ombudsman beveelt de staatssecretaris van SZW aan de regels zo aan te passen dat de "
            "meerkostentoeslag daarbij buiten beschouwing blijft.",
        "SZW"),
    rec(11, "Maak wachttijden openbaar. Aanvragers weten niet hoe lang zij moeten wachten en bellen daarom herhaaldelijk "
            "met UWV. De ombudsman beveelt UWV aan elk kwartaal de actuele doorlooptijden van de vaststelling per "
            "regio te publiceren, zodat aanvragers weten waar zij aan toe zijn.",
        "SZW"),
    rec(12, "Richt één onafhankelijke klachtvoorziening in. Burgers met een klacht over de meerkostentoeslag weten vaak "
            "niet of zij die bij UWV of bij de gemeente moeten indienen, en worden van de een naar de ander verwezen. "
            "De ombudsman beveelt de minister van SZW aan een landelijke, onafhankelijke klachtencommissie voor de "
            "meerkostentoeslag in te stellen die klachten over beide organisaties in samenhang behandelt.",
        "SZW"),
))

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("De meerkostentoeslag arbeidsbeperking is bedoeld voor mensen die door een ziekte of handicap blijvend minder "
      "kunnen werken en daardoor extra kosten maken: voor vervoer, voor aangepaste kleding, voor een dieet, voor "
      "hulpmiddelen die nergens anders worden vergoed. Het gaat om bescheiden bedragen, maar voor de mensen die ze "
      "ontvangen maken die bedragen het verschil tussen rondkomen en niet rondkomen."),
    P("Sinds de invoering van de toeslag in 2023 ontving de ombudsman een gestaag groeiend aantal klachten. Ze gaan "
      "zelden over de hoogte van het bedrag. Ze gaan over wachten, over formulieren die twee keer moeten worden "
      "ingevuld, over telefoontjes waarin niemand zich verantwoordelijk voelt, en over brieven die niemand begrijpt. "
      "Een klager schreef ons: 'Ik heb een beperking, geen dagtaak als aanvrager.' Die zin is voor mij de kern van "
      "dit rapport geworden."),
    P("Ik dank alle burgers die hun verhaal met ons deelden, en de medewerkers van UWV en van de negen gemeenten die "
      "ons inzage gaven in hun werk. Zij deden dat open en zonder voorbehoud. Dat zij zelf ook vastlopen in het "
      "systeem, maakt de noodzaak van verbetering alleen maar groter."),
    P("mr. A.M. Kuipers-Boateng, Landelijke Ombudsman Sociale Zekerheid"),
    PageBreak(),
    H("Samenvatting"),
    P("Wie een meerkostentoeslag wil ontvangen, heeft met twee organisaties te maken. UWV stelt vast of iemand een "
      "duurzame arbeidsbeperking heeft; de gemeente beoordeelt daarna welke meerkosten iemand heeft, stelt de hoogte "
      "van de toeslag vast en betaalt die uit. Op papier is die taakverdeling helder. In de praktijk valt de burger "
      "ertussen."),
    P("De ombudsman onderzocht zestig dossiers en sprak met 38 aanvragers, met medewerkers van vier UWV-districten en "
      "met negen gemeenten. Het gemiddelde aanvraagtraject, van de eerste aanvraag bij UWV tot de eerste betaling door "
      "de gemeente, duurde 31 weken. De wettelijke termijnen tellen samen op tot zestien weken. Bij een op de vijf "
      "aanvragers duurde het langer dan een jaar."),
    P("De vertraging heeft meerdere oorzaken. UWV kampt met een tekort aan verzekeringsartsen en haalt de termijn van "
      "acht weken voor de vaststelling in minder dan de helft van de gevallen. Veel burgers weten niet dat zij na "
      "het besluit van UWV nog een tweede aanvraag bij de gemeente moeten doen; gemiddeld verstreken daardoor zeven "
      "weken voordat die tweede aanvraag binnenkwam. Gemeenten vragen vervolgens opnieuw om medische stukken die de "
      "burger al bij UWV heeft ingeleverd. En wanneer UWV en de gemeente het oneens zijn over de vraag wie aan zet "
      "is, gebeurt er soms maanden niets."),
    P("Ook de besluiten zelf schieten tekort. Ze zijn lang, juridisch geformuleerd en bevatten zelden een berekening "
      "die de burger kan volgen. Terugvorderingen komen vaak pas na jaren, ook wanneer de fout bij de overheid lag. "
      "En wie wil klagen, weet niet waar. De ombudsman concludeert dat UWV en gemeenten elk binnen hun eigen taak "
      "redelijk handelen, maar dat niemand verantwoordelijk is voor het geheel."),
    P("De ombudsman doet twaalf aanbevelingen aan de minister en de staatssecretaris van Sociale Zaken en "
      "Werkgelegenheid, aan UWV en aan gemeenten. Zij staan in hoofdstuk 8. De belangrijkste: maak één aanvraag "
      "voldoende, vraag gegevens maar één keer op, zorg dat één organisatie de knoop doorhakt en geef burgers een "
      "vast aanspreekpunt."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("De Wet meerkostentoeslag arbeidsbeperking (Wmta) trad op 1 januari 2023 in werking. De wet verving een "
      "lappendeken van gemeentelijke regelingen en landelijke tegemoetkomingen door één toeslag met landelijke "
      "voorwaarden. De wetgever wilde daarmee de toegang eenvoudiger en eerlijker maken: waar iemand woont, zou niet "
      "langer bepalend zijn voor de vraag of hij een tegemoetkoming krijgt.",
      footnotes=("Kamerstukken II 2020/21, 35 871, nr. 3 (memorie van toelichting), p. 4-6.",)),
    P("In 2023 ontving de ombudsman 96 klachten over de meerkostentoeslag, in 2024 waren het er 211 en in de eerste "
      "helft van 2025 al 105. Daarnaast kwamen signalen binnen van cliëntenorganisaties, van sociaal raadslieden en "
      "van gemeentelijke ombudsvoorzieningen. Omdat de klachten een vast patroon lieten zien, besloot de ombudsman "
      "in januari 2025 tot een onderzoek uit eigen beweging."),
    H2("1.2 Onderzoeksvragen"),
    P("Het onderzoek moest antwoord geven op de volgende vragen:"),
    ItemList(style="1)", items=(
        ListItem("Hoe verloopt het aanvraagtraject voor de meerkostentoeslag voor burgers, van de eerste aanvraag tot "
                 "de eerste betaling?"),
        ListItem("Handelen UWV en gemeenten daarbij behoorlijk, gemeten aan de behoorlijkheidsnormen die de "
                 "ombudsman hanteert?"),
        ListItem("Waar lopen burgers vast in de samenwerking tussen UWV en gemeenten?"),
        ListItem("Wat is nodig om het traject voor burgers eenvoudiger en voorspelbaarder te maken?"),
    )),
    H2("1.3 Werkwijze"),
    P("De ombudsman heeft de volgende bronnen gebruikt:"),
    bullets(
        "zestig dossiers van aanvragers, willekeurig getrokken uit de klachten die de ombudsman tussen januari 2023 en "
        "maart 2025 ontving;",
        "gesprekken met 38 aanvragers, van wie 14 in hun eigen woonomgeving;",
        "gesprekken met medewerkers en leidinggevenden van de UWV-districten Noord, Midden-Oost, Zuid en "
        "West-Brabant;",
        "gesprekken met consulenten en beleidsmedewerkers van negen gemeenten van uiteenlopende omvang;",
        "een rondetafelgesprek met cliëntenorganisaties en sociaal raadslieden;",
        "cijfers van UWV over doorlooptijden en cijfers van de gemeenten over aanvragen, toekenningen en "
        "terugvorderingen.",
    ),
    P("Het onderzoek is uitgevoerd in de periode februari tot en met juni 2025. UWV, de Vereniging van Nederlandse "
      "Gemeenten (VNG) en het ministerie van Sociale Zaken en Werkgelegenheid hebben het conceptrapport op feitelijke "
      "juistheid kunnen controleren. Hun reacties zijn verwerkt of, waar zij een standpunt bevatten, opgenomen in "
      "hoofdstuk 7."),
    P("Gelijktijdig met dit onderzoek voerde de Inspectie Sociale Uitvoering een onderzoek uit naar de uitvoering van "
      "de Wmta. De Inspectie keek vooral naar de sturing en de capaciteit bij UWV en gemeenten; de ombudsman kijkt "
      "door de ogen van de burger. Waar de onderzoeken elkaar raken, hebben de ombudsman en de Inspectie informatie "
      "uitgewisseld. Beide rapporten zijn onafhankelijk van elkaar tot stand gekomen."),
    H("2 De meerkostentoeslag in het kort"),
    H2("2.1 Wie heeft recht op de toeslag?"),
    P("Recht op de meerkostentoeslag heeft iemand van achttien jaar of ouder die in Nederland woont, een duurzame "
      "arbeidsbeperking heeft en als gevolg daarvan aantoonbare meerkosten maakt die niet via een andere voorziening "
      "worden vergoed. Er geldt een inkomensgrens van 130 procent van het sociaal minimum. De toeslag bedraagt "
      "ten hoogste € 215 per maand en wordt maandelijks uitbetaald."),
    P("Onder meerkosten verstaat de wet kosten die iemand als gevolg van zijn beperking maakt en die iemand zonder die "
      "beperking niet zou maken. In de memorie van toelichting worden als voorbeelden genoemd: extra vervoerskosten, "
      "extra slijtage van kleding en beddengoed, een voorgeschreven dieet, extra energiekosten en kleine "
      "hulpmiddelen. Een landelijke lijst van erkende kostenposten bestaat niet; gemeenten beoordelen de meerkosten "
      "per geval."),
    H2("2.2 Twee organisaties, twee besluiten"),
    P("De aanvraag verloopt in twee stappen. In de eerste stap stelt UWV op verzoek van de burger vast of sprake is "
      "van een duurzame arbeidsbeperking. Een verzekeringsarts beoordeelt daartoe de medische situatie; een "
      "arbeidsdeskundige beoordeelt wat dat betekent voor de mogelijkheden om te werken. UWV neemt daarover binnen "
      "acht weken een besluit, de vaststelling. Die termijn kan eenmaal met vier weken worden verlengd."),
    P("In de tweede stap vraagt de burger met het besluit van UWV de toeslag aan bij zijn gemeente. De gemeente "
      "beoordeelt de meerkosten, toetst het inkomen en neemt binnen acht weken een besluit over de hoogte van de "
      "toeslag. De gemeente voert ook de herbeoordelingen uit, vordert te veel betaalde toeslag terug en behandelt "
      "bezwaren tegen haar eigen besluiten. Bezwaar tegen de vaststelling van UWV loopt via UWV.",
      footnotes=("Artikelen 5, 9 en 14 Wmta.",)),
    P("Elke drie jaar volgt een herbeoordeling door UWV. Daarnaast kan de burger zelf om een herbeoordeling vragen als "
      "zijn situatie is veranderd. Voor een herbeoordeling op verzoek is de burger € 48 leges verschuldigd. De "
      "wetgever wilde daarmee voorkomen dat burgers bij elke kleine verandering een nieuwe beoordeling vragen."),
    H2("2.3 Omvang"),
    P("Eind 2024 ontvingen 61.400 mensen een meerkostentoeslag. In 2024 deed UWV 23.800 vaststellingen, waarvan 71 "
      "procent leidde tot het oordeel dat sprake is van een duurzame arbeidsbeperking. Gemeenten kenden in hetzelfde "
      "jaar 15.900 nieuwe toeslagen toe. Het verschil tussen het aantal positieve vaststellingen en het aantal "
      "toekenningen is groter dan de inkomensgrens en de meerkostentoets kunnen verklaren. Een deel van de burgers "
      "met een positieve vaststelling doet geen aanvraag bij de gemeente."),
    H("3 Wat burgers ervaren"),
    P("In de gesprekken met aanvragers keerden vier ervaringen steeds terug: het lange wachten zonder bericht, het "
      "herhaaldelijk moeten aanleveren van dezelfde stukken, het gevoel van het kastje naar de muur te worden "
      "gestuurd en de schrik van een onverwachte terugvordering. Hieronder beschrijven we drie dossiers die voor veel "
      "andere staan. De namen zijn gefingeerd."),
    H3("Mevrouw D. wacht elf maanden"),
    P("Mevrouw D. (54) heeft reumatoïde artritis en werkt twaalf uur per week als administratief medewerker. Zij "
      "vroeg in maart 2024 bij UWV een vaststelling aan. Na acht weken kreeg zij een brief dat de termijn met vier "
      "weken werd verlengd. Daarna hoorde zij niets meer. Toen zij in augustus belde, bleek haar dossier nog niet bij "
      "een verzekeringsarts te liggen. De vaststelling volgde in november. Mevrouw D. wist niet dat zij daarna nog een "
      "aanvraag bij haar gemeente moest doen; zij dacht dat UWV het besluit zou doorsturen. Pas na een telefoontje "
      "van een vriendin diende zij in januari de aanvraag in. De eerste betaling volgde in februari 2025, elf maanden "
      "na haar eerste aanvraag. Met terugwerkende kracht kreeg zij de toeslag vanaf de datum van de gemeentelijke "
      "aanvraag, niet vanaf maart 2024."),
    H3("De heer B. levert drie keer dezelfde stukken"),
    P("De heer B. (37) heeft na een hersenbloeding blijvende beperkingen. Voor de vaststelling leverde hij bij UWV een "
      "brief van zijn neuroloog en een verslag van zijn revalidatiearts in. De gemeente vroeg hem vervolgens om "
      "'een medische onderbouwing van de meerkosten'. Hij stuurde dezelfde stukken opnieuw. Een halfjaar later, "
      "bij een wijziging van zijn woonsituatie, vroeg een andere consulent van dezelfde gemeente nogmaals om de "
      "stukken, omdat zij niet in het dossier te vinden waren. 'Ik heb het gevoel dat ik moet bewijzen dat ik ziek "
      "ben, steeds opnieuw, aan mensen die elkaar niet spreken.'"),
    H3("Mevrouw S. moet € 3.870 terugbetalen"),
    P("Mevrouw S. (61) meldde in 2023 bij haar gemeente dat haar partner was overleden en dat haar inkomen daardoor "
      "was gedaald. Zij ontving een ontvangstbevestiging. De gemeente verwerkte de melding niet, waardoor de toeslag "
      "ten onrechte werd verlaagd en later, bij een tweede fout in het systeem, juist te hoog werd vastgesteld. In "
      "mei 2025 ontving mevrouw S. een besluit tot terugvordering van € 3.870 over bijna twee jaar. Het besluit "
      "telde elf pagina's en bevatte geen berekening die zij kon volgen. Haar bezwaar werd ongegrond verklaard: zij "
      "had volgens de gemeente kunnen zien dat het bedrag niet klopte."),
    P("Deze en andere dossiers laten zien dat de problemen niet bij één organisatie liggen. Elke stap is te verklaren "
      "vanuit de taak van de organisatie die hem zet. Maar voor de burger telt het geheel, en dat geheel is "
      "onoverzichtelijk, traag en soms onredelijk."),
    H("4 Aanvraag en beoordeling"),
    H2("4.1 Twee aanvragen voor één toeslag"),
    P("De wet gaat uit van twee afzonderlijke aanvragen. UWV stuurt na de vaststelling een besluit met in de laatste "
      "alinea de mededeling dat de burger 'voor een eventuele toeslag' een aanvraag kan indienen bij zijn gemeente. "
      "In 41 van de zestig dossiers had de burger die zin niet opgemerkt of niet begrepen. Gemiddeld verstreken zeven "
      "weken tussen het besluit van UWV en de aanvraag bij de gemeente. Omdat de toeslag niet met terugwerkende "
      "kracht tot de datum van de aanvraag bij UWV wordt toegekend, kost dat de burger geld."),
    P("Gemeenten en UWV wezen er in de gesprekken op dat de wet een automatische doorzending niet voorschrijft en dat "
      "de systemen er niet op zijn ingericht. Enkele gemeenten hebben zelf afspraken gemaakt met het UWV-district "
      "in hun regio om positieve vaststellingen door te geven, zodat zij de burger actief kunnen benaderen. Die "
      "gemeenten ontvangen de tweede aanvraag gemiddeld vier weken eerder."),
    H2("4.2 Wachten op de vaststelling"),
    P("UWV haalde in 2024 de termijn van acht weken in 44 procent van de gevallen. Inclusief de verlenging met vier "
      "weken was dat 58 procent. De gemiddelde doorlooptijd was zeventien weken; in het district Zuid liep die op tot "
      "23 weken. UWV wijt dit vooral aan het tekort aan verzekeringsartsen, die ook de beoordelingen voor de WIA en de "
      "Ziektewet uitvoeren en daar voorrang aan moeten geven."),
    P("De ombudsman begrijpt dat UWV het tekort aan artsen niet op korte termijn kan oplossen. Wat de burger vooral "
      "stoort, is echter niet alleen het wachten zelf, maar het wachten zonder bericht. In 37 van de zestig dossiers "
      "ontving de burger na de verlengingsbrief geen enkel bericht meer tot het besluit. Bellen leverde in de regel de "
      "mededeling op dat het dossier 'in behandeling' was. Een verwachte datum werd bijna nooit genoemd."),
    H2("4.3 Dezelfde gegevens, steeds opnieuw"),
    P("Gemeenten mogen voor de beoordeling van de meerkosten medische gegevens verwerken, maar krijgen die niet van "
      "UWV. Het gegevensverkeer tussen UWV en gemeenten is beperkt tot de uitkomst van de vaststelling. Gemeenten "
      "vragen de burger daarom zelf om medische informatie, vaak dezelfde stukken die al bij UWV liggen. In 33 "
      "dossiers moest de burger medische stukken bij beide organisaties inleveren. UWV en de VNG wijzen erop dat een "
      "wettelijke grondslag voor uitwisseling ontbreekt.",
      footnotes=("Zie artikel 21 Wmta en de toelichting daarop over de verwerking van gegevens over gezondheid.",)),
    H2("4.4 Wie is aan zet?"),
    P("In negen dossiers ontstond onenigheid tussen UWV en de gemeente. Meestal ging het om de vraag of de "
      "vaststelling van UWV nog geldig was na een verslechtering van de gezondheid, of om de vraag of bepaalde kosten "
      "onder de meerkostentoets van de gemeente vielen of juist onder een voorziening van UWV. In die dossiers verwees "
      "de ene organisatie de burger naar de andere. Niemand nam een besluit, zodat de burger ook geen bezwaar kon "
      "maken. De langste periode zonder besluit die de ombudsman aantrof, was zeven maanden."),
    H("5 Besluit, bezwaar en terugvordering"),
    H2("5.1 Besluiten die niemand begrijpt"),
    P("De ombudsman legde twintig besluiten voor aan een panel van taaldeskundigen en ervaringsdeskundigen. Geen van de "
      "besluiten werd door het panel als begrijpelijk beoordeeld. De besluiten van UWV bevatten veel medische en "
      "juridische termen. De besluiten van gemeenten noemen meestal wel het bedrag, maar niet hoe dat is berekend "
      "en welke kosten wel en niet zijn meegeteld. Slechts vier van de twintig besluiten noemden een naam of "
      "telefoonnummer voor vragen."),
    H2("5.2 Afwijzen zonder contact"),
    P("In twintig van de zestig dossiers wees de gemeente een aanvraag af of stelde zij de aanvraag buiten "
      "behandeling omdat gegevens ontbraken. In veertien van die gevallen ging het om informatie die de burger "
      "eenvoudig had kunnen aanleveren, zoals een bankafschrift of een toelichting op een kostenpost. Slechts in "
      "twee gevallen had de gemeente vooraf telefonisch contact gezocht. Gemeenten die dat wel standaard doen, zien "
      "volgens eigen opgave minder bezwaarschriften."),
    H2("5.3 Terugvordering"),
    P("Gemeenten vorderden in 2024 in totaal € 6,1 miljoen aan te veel betaalde toeslag terug. Volgens de Wmta moet "
      "de gemeente van terugvordering afzien als de burger redelijkerwijs niet kon begrijpen dat hij te veel "
      "ontving; daarnaast mag zij afzien van terugvordering als daarvoor dringende redenen zijn. In de praktijk "
      "oordelen gemeenten snel dat de burger had moeten begrijpen dat het bedrag niet klopte, ook als de burger zelf "
      "de wijziging tijdig had doorgegeven. Van de elf terugvorderingen in de onderzochte dossiers ging het in zeven "
      "gevallen om een fout die bij UWV of de gemeente lag."),
    H2("5.4 Klagen: bij wie?"),
    P("Burgers met een klacht over de gang van zaken weten vaak niet bij wie zij moeten zijn. UWV behandelt klachten "
      "over zijn eigen deel van het traject, de gemeente over het hare. Klachten die over beide gaan, worden in de "
      "praktijk vaak door beide doorverwezen. Pas daarna kan de burger bij de ombudsman terecht. De ombudsman ziet "
      "dat burgers in deze fase afhaken: zij dienen geen klacht meer in, omdat zij niet meer geloven dat iemand zich "
      "verantwoordelijk voelt."),
    H2("5.5 Wachttijden en verwachtingen"),
    P("UWV publiceert geen doorlooptijden van de vaststelling. Aanvragers weten daardoor niet of hun wachttijd "
      "normaal is. In de gesprekken noemden veel aanvragers de onzekerheid zwaarder dan het wachten zelf. Het aantal "
      "telefoontjes over de status van een aanvraag steeg in 2024 volgens UWV met 40 procent."),
    H("6 Samenhang met andere regelingen"),
    P("De meerkostentoeslag staat niet op zichzelf. Veel ontvangers hebben een laag inkomen en doen ook een beroep op "
      "de bijzondere bijstand of zitten in een schuldhulpverleningstraject. De ombudsman stelde vast dat vier van de "
      "negen onderzochte gemeenten de meerkostentoeslag als inkomen meetellen bij de bijzondere bijstand. Ook bij "
      "het vaststellen van de afloscapaciteit in de schuldhulpverlening wordt de toeslag soms als inkomen "
      "aangemerkt. De toeslag, die bedoeld is voor kosten die iemand als gevolg van zijn beperking maakt, vloeit dan "
      "feitelijk terug naar de gemeente of naar de schuldeisers."),
    P("Gemeenten verwijzen daarvoor naar de regels van de Participatiewet en de Wet gemeentelijke "
      "schuldhulpverlening, die geen uitdrukkelijke vrijlating van de toeslag kennen. De ombudsman acht dit in strijd "
      "met de bedoeling van de Wmta. Het is niet aan gemeenten om dat op te lossen; de regels zelf moeten duidelijk "
      "zijn."),
    H("7 Conclusies"),
    H2("7.1 Oordeel"),
    P("De ombudsman toetst het handelen van overheidsorganisaties aan de behoorlijkheidsnormen. Op grond van het "
      "onderzoek komt de ombudsman tot het volgende oordeel:"),
    bullets(
        "UWV handelt in strijd met het vereiste van voortvarendheid: de wettelijke beslistermijn wordt structureel "
        "overschreden en burgers worden daarover onvoldoende geïnformeerd;",
        "UWV en gemeenten handelen in strijd met het vereiste van goede samenwerking: de burger moet zelf de "
        "verbinding leggen tussen beide organisaties en dezelfde gegevens meermaals aanleveren;",
        "gemeenten handelen in een deel van de gevallen in strijd met het vereiste van een actieve en "
        "oplossingsgerichte opstelling, door aanvragen af te wijzen zonder eerst contact te zoeken;",
        "de besluiten van UWV en gemeenten voldoen niet aan het vereiste van goede informatieverstrekking;",
        "bij terugvordering wegen gemeenten de eigen fouten onvoldoende mee; dat is in strijd met het vereiste van "
        "redelijkheid.",
    ),
    H2("7.2 Een stelsel zonder eigenaar"),
    P("Het belangrijkste inzicht van dit onderzoek is dat de problemen voortkomen uit de inrichting van het stelsel. "
      "De wet verdeelt de taken over twee organisaties, maar legt de verantwoordelijkheid voor het geheel nergens "
      "neer. De burger wordt zo de verbindende schakel tussen UWV en de gemeente. Juist van mensen met een "
      "arbeidsbeperking, die vaak al weinig energie over hebben, vraagt dat veel."),
    P("De ombudsman is zich ervan bewust dat de oplossing voor een deel bij de wetgever ligt en voor een deel bij de "
      "uitvoering. Niet alles hoeft op een wetswijziging te wachten. Veel van wat burgers zou helpen, kan vandaag "
      "al: een telefoontje voor een afwijzing, een brief die de burger begrijpt, een bericht als het langer duurt."),
    H2("7.3 Reacties op het conceptrapport"),
    P("UWV herkent het beeld van lange doorlooptijden en wijst op de maatregelen die het heeft genomen om meer "
      "verzekeringsartsen op te leiden en taken over te dragen aan verpleegkundigen. UWV is bereid de communicatie "
      "met aanvragers tijdens het wachten te verbeteren, maar kan naar eigen zeggen op korte termijn niet garanderen "
      "dat alle vaststellingen binnen de termijn plaatsvinden."),
    P("De VNG onderschrijft het belang van één aanvraag en van gegevensuitwisseling en wijst erop dat gemeenten "
      "daarvoor afhankelijk zijn van de wetgever en van UWV. Over de werkwijze bij afwijzing merkt de VNG op dat veel "
      "gemeenten al contact opnemen, maar dat de capaciteit daarvoor niet overal aanwezig is. Het ministerie van "
      "SZW heeft laten weten inhoudelijk te zullen reageren na publicatie van het rapport."),
    PageBreak(),
    H("8 Aanbevelingen"),
    P("Op basis van zijn bevindingen en oordeel doet de ombudsman de volgende aanbevelingen. Zij volgen het traject "
      "dat de burger doorloopt: van de aanvraag via de beoordeling en het besluit tot terugvordering en klachten. "
      "Bij elke aanbeveling staat aan wie zij is gericht."),
    RECOMMENDATIONS,
    P("De ombudsman vraagt de minister van SZW om binnen drie maanden na publicatie van dit rapport te laten weten "
      "wat hij met deze aanbevelingen doet, mede namens de staatssecretaris, UWV en de VNG. De ombudsman zal over een "
      "jaar nagaan wat er van de aanbevelingen terecht is gekomen."),
)

REPORT = Document(
    title="Van loket naar loket",
    subtitle="Onderzoek naar de behandeling van aanvragen voor de meerkostentoeslag arbeidsbeperking door UWV en "
             "gemeenten",
    blocks=REPORT_BLOCKS,
    running_header="Landelijke Ombudsman Sociale Zekerheid  |  Van loket naar loket  |  Rapport 2025/07",
    footer="Pagina {page} van {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=True,
    imprint=("Landelijke Ombudsman Sociale Zekerheid", "Rapportnummer 2025/07", "Den Haag, 18 september 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: Kamerbrief of the minister of SZW answering both the ombudsman and the Inspectie
# --------------------------------------------------------------------------------------------------------------

EV1 = ("Vanaf 1 januari 2027 volstaat één aanvraag: wie de toeslag bij UWV aanvraagt, hoeft niet ook nog een "
       "aanvraag bij de gemeente te doen, omdat UWV de aanvraag na een positieve vaststelling zelf aan de gemeente "
       "doorgeeft.")
EV2 = "UWV voert het tweede deel van deze aanbeveling uit, maar kan het eerste deel voorlopig niet waarmaken."
EV3 = ("UWV en de VNG starten daarom in 2026 in zes regio's een proef met een vaste contactpersoon voor aanvragers "
       "met een complexe situatie; op basis van de evaluatie van die proef bezie ik of landelijke invoering haalbaar "
       "is.")
EV4 = "Toch neem ik deze aanbeveling niet over."
EV5 = "Zie hiervoor mijn reactie op aanbeveling 4 van de Inspectie."
EV6 = ("Ik onderschrijf de aanbeveling om besluiten in eenvoudige taal op te stellen en er een berekening en een "
       "contactpersoon bij te vermelden; UWV en de VNG stellen hiervoor samen modelbesluiten op, die in het eerste "
       "halfjaar van 2026 met ervaringsdeskundigen worden getest en daarna door UWV en alle gemeenten worden "
       "gebruikt.")
EV7 = ("De Wmta verplicht gemeenten nu al om van terugvordering af te zien als de burger redelijkerwijs niet kon "
       "begrijpen dat hij te veel ontving, en biedt ruimte om af te zien bij dringende redenen; een algemene "
       "uitzondering voor fouten van de uitvoering voeg ik daar niet aan toe.")
EV9 = "Aanbeveling 9 van de ombudsman neem ik over."
EV10 = ("Zij laat in 2026 onderzoeken hoe vaak de toeslag wordt meegeteld en wat een wettelijke vrijlating zou kosten, "
        "en bekijkt op basis daarvan of aanpassing van de regels nodig is.")
EV11 = ("UWV publiceert vanaf april 2026 elk kwartaal op zijn website de gemiddelde doorlooptijd van de vaststelling "
        "per UWV-district, met daarbij het aandeel aanvragen dat langer duurt dan acht weken.")
EV12 = ("Een aparte landelijke klachtencommissie naast de klachtvoorzieningen van UWV en gemeenten en naast de "
        "ombudsman zelf acht ik echter niet opportuun.")

RESPONSE_BLOCKS = (
    H2("1. Inleiding"),
    P("Hierbij stuur ik u mijn reactie op twee rapporten over de uitvoering van de Wet meerkostentoeslag "
      "arbeidsbeperking (Wmta). Op 18 september 2025 publiceerde de Landelijke Ombudsman Sociale Zekerheid het rapport "
      "'Van loket naar loket'. Een week later volgde het rapport 'Toegang onder druk' van de Inspectie Sociale "
      "Uitvoering. Beide rapporten zijn als bijlage bij deze brief gevoegd."),
    P("De ombudsman onderzocht hoe burgers het aanvraagtraject ervaren en toetste het handelen van UWV en gemeenten "
      "aan de behoorlijkheidsnormen. De Inspectie keek naar de sturing, de capaciteit en de kwaliteit van de "
      "uitvoering. De rapporten vullen elkaar aan en komen op een aantal punten tot dezelfde conclusie. Omdat zij over "
      "dezelfde regeling gaan en deels dezelfde maatregelen vragen, reageer ik op beide in één brief."),
    P("Ik dank de ombudsman en de Inspectie voor hun zorgvuldige onderzoek, en vooral de burgers die hun ervaringen "
      "hebben gedeeld. Hun verhalen laten zien dat een regeling die bedoeld was om de toegang te vereenvoudigen, in de "
      "praktijk voor veel mensen een zware opgave is geworden. Dat vind ik niet acceptabel."),
    P("Eind 2024 ontvingen 61.400 mensen een meerkostentoeslag. UWV stelt vast of iemand een duurzame "
      "arbeidsbeperking heeft; de gemeente beoordeelt de meerkosten en betaalt de toeslag. UWV heeft sinds 2024 "
      "extra verzekeringsartsen in opleiding genomen en de inzet van sociaal-medisch verpleegkundigen uitgebreid. "
      "Gemeenten ontvangen via het gemeentefonds jaarlijks € 38 miljoen voor de uitvoering van de Wmta."),
    P("In paragraaf 2 ga ik in op de aanbevelingen van de Inspectie, in paragraaf 3 op die van de ombudsman. In "
      "paragraaf 4 schets ik de samenhang tussen de maatregelen en het vervolg. Deze reactie is tot stand gekomen in "
      "overleg met de staatssecretaris van SZW, UWV en de Vereniging van Nederlandse Gemeenten (VNG)."),
    H2("2. Rapport van de Inspectie"),
    P("De Inspectie concludeert dat UWV en gemeenten de uitvoering van de Wmta onvoldoende in samenhang sturen, dat de "
      "achterstand bij de vaststelling door UWV structureel is en dat gemeenten de meerkosten op sterk uiteenlopende "
      "wijze beoordelen. De Inspectie doet vijf aanbevelingen. Ik bespreek ze hieronder in de volgorde van het "
      "rapport."),
    P("Aanbeveling 1: Werk de achterstand bij de vaststelling binnen een jaar weg (UWV).", bold=True),
    P("UWV heeft het aantal verzekeringsartsen en sociaal-medisch verpleegkundigen dat aan vaststellingen werkt, per "
      "1 oktober 2025 uitgebreid en zet vanaf januari 2026 arbeidsdeskundigen in voor dossiers waarin een medisch "
      "onderzoek niet nodig is. Aanbeveling 1 van de Inspectie neem ik gedeeltelijk over. UWV verwacht de achterstand "
      "met deze maatregelen eind 2027 te hebben weggewerkt; binnen een jaar is dat gezien de krapte op de "
      "arbeidsmarkt voor artsen niet haalbaar."),
    P("Aanbeveling 2: Stel een landelijke lijst op van erkende meerkosten (minister van SZW).", bold=True),
    P("Aanbeveling 2 van de Inspectie neem ik over. Een landelijke lijst geeft burgers en gemeenten houvast en "
      "vermindert de verschillen tussen gemeenten die de Inspectie heeft vastgesteld. Ik stel de lijst samen met de "
      "VNG en cliëntenorganisaties op en neem haar op in een ministeriële regeling die op 1 januari 2027 in werking "
      "treedt. Gemeenten houden de ruimte om kosten te vergoeden die niet op de lijst staan."),
    P("Aanbeveling 3: Laat gemeenten elkaars besluiten periodiek toetsen (gemeenten, VNG).", bold=True),
    P("De Inspectie stelt voor dat gemeenten jaarlijks een steekproef van elkaars besluiten laten beoordelen. Ik "
      "begrijp de wens om de kwaliteit van de besluiten te verbeteren. Aanbeveling 3 neem ik niet over. Gemeenten "
      "leggen over de uitvoering verantwoording af aan hun gemeenteraad, en met de landelijke lijst uit aanbeveling 2 "
      "verdwijnt een belangrijke bron van verschillen. Een verplichte onderlinge toetsing zou een nieuwe "
      "administratieve last toevoegen zonder dat duidelijk is wat die oplevert."),
    P("Aanbeveling 4: Regel dat UWV en gemeenten medische gegevens kunnen uitwisselen (minister van SZW, UWV, "
      "gemeenten).", bold=True),
    P("Ik neem deze aanbeveling over. Burgers moeten hun medische gegevens niet bij twee organisaties hoeven aan te "
      "leveren. In een wijziging van de Wmta, die ik in het voorjaar van 2026 in internetconsultatie breng, regel ik "
      "een grondslag waarmee UWV de gegevens die de gemeente voor de beoordeling van de meerkosten nodig heeft, met "
      "toestemming van de burger aan de gemeente verstrekt. Vooruitlopend daarop maken UWV en de VNG afspraken over "
      "het doorsturen van stukken die de burger zelf aan UWV heeft verstrekt."),
    P("Aanbeveling 5: Onderzoek jaarlijks het niet-gebruik van de toeslag (minister van SZW).", bold=True),
    P("Het verschil tussen het aantal positieve vaststellingen en het aantal toekenningen, waarop de Inspectie wijst, "
      "is zorgelijk. Aanbeveling 5 van de Inspectie neem ik deels over: ik laat in 2026 eenmalig onderzoeken hoe groot "
      "het niet-gebruik is en wat de oorzaken zijn. Een jaarlijks onderzoek acht ik niet nodig, omdat de invoering "
      "van één aanvraag (zie paragraaf 3) het niet-gebruik naar verwachting sterk zal verminderen."),
    H2("3. Rapport van de ombudsman"),
    P("De ombudsman beschrijft hoe burgers met een arbeidsbeperking tussen UWV en de gemeente heen en weer worden "
      "gestuurd, en concludeert dat niemand verantwoordelijk is voor het geheel. Die conclusie deel ik. De ombudsman "
      "doet twaalf aanbevelingen, gericht aan mij, aan de staatssecretaris van SZW, aan UWV en aan gemeenten. Een deel "
      "daarvan raakt aan de aanbevelingen van de Inspectie; waar dat zo is, verwijs ik naar paragraaf 2."),
    H3("Aanvragen en beoordelen"),
    answered("De ombudsman wijst erop dat burgers nu twee aanvragen moeten doen voor één toeslag, en dat velen niet "
             "weten dat de tweede aanvraag nodig is. Dat moet eenvoudiger. " + EV1 + " Voor de bouw van het "
             "gezamenlijke aanvraagformulier en de koppeling met de gemeentelijke systemen stel ik UWV en het "
             "Inlichtingenbureau in 2026 € 4,2 miljoen beschikbaar. De benodigde wettelijke grondslag neem ik op in "
             "de wijziging van de Wmta die ik hierboven noemde.",
             ("1", "agree", EV1)),
    answered("In aanbeveling 2 vraagt de ombudsman UWV om binnen de wettelijke termijn van acht weken te beslissen en, "
             "als dat niet lukt, de aanvrager tijdig te laten weten waarom en wanneer hij wel een besluit kan "
             "verwachten. " + EV2 + " Vanaf 1 maart 2026 krijgt iedere aanvrager uiterlijk in de zevende week bericht "
             "als de termijn niet wordt gehaald, met een verwachte datum van het besluit. Een toezegging dat alle "
             "beoordelingen binnen acht weken klaar zijn, kan UWV zolang het tekort aan verzekeringsartsen aanhoudt "
             "niet doen; ik verwijs hiervoor ook naar mijn reactie op aanbeveling 1 van de Inspectie.",
             ("2", "partial", EV2)),
    answered("Een vast aanspreekpunt, zoals de ombudsman voorstelt, kan veel onrust wegnemen bij aanvragers die lang "
             "moeten wachten of met beide organisaties te maken hebben. Tegelijk vraagt het capaciteit die UWV en veel "
             "gemeenten op dit moment niet hebben. " + EV3,
             ("3", "partial", EV3)),
    answered("Aanbeveling 4 van de ombudsman gaat over de leges van € 48 die burgers betalen als zij zelf om een "
             "herbeoordeling vragen. Ik begrijp dat dit bedrag voor mensen met een laag inkomen een drempel kan zijn, "
             "en de ombudsman heeft gelijk dat de leges in een aantal gevallen juist mensen treffen wier gezondheid "
             "achteruitgaat. " + EV4 + " De leges zijn bij de totstandkoming van de wet ingevoerd om te voorkomen dat "
             "bij elke kleine verandering een nieuwe beoordeling wordt gevraagd, terwijl de capaciteit bij UWV schaars "
             "is. Wie de leges niet kan betalen, kan bij de gemeente een beroep doen op de bijzondere bijstand.",
             ("4", "disagree", EV4)),
    answered("De ombudsman beveelt UWV en gemeenten aan medische gegevens maar één keer bij de burger op te vragen en "
             "ze daarna onderling uit te wisselen. " + EV5 + " Beide rapporten vragen hier in wezen hetzelfde.",
             ("5", "agree", EV5)),
    H3("Besluiten en terugvordering"),
    answered("Over de besluiten zelf is de ombudsman kritisch: burgers begrijpen vaak niet hoe hun toeslag is berekend "
             "en waarom er later geld wordt teruggevorderd. " + EV6 + " De ombudsman vraagt daarnaast om in de wet vast "
             "te leggen dat niet wordt teruggevorderd wanneer een te hoge betaling het gevolg is van een fout van UWV "
             "of de gemeente. " + EV7 + " Wel vraag ik gemeenten, samen met de VNG, om bij de toepassing van die "
             "bepalingen nadrukkelijk mee te wegen of de burger een wijziging tijdig had doorgegeven.",
             ("6", "agree", EV6), ("7", "disagree", EV7)),
    P("Een aantal aanbevelingen van de ombudsman richt zich tot gemeenten. Hoe een gemeente het contact met "
      "aanvragers en de behandeling van aanvragen organiseert, is aan het college en de gemeenteraad. Ik heb het "
      "rapport van de ombudsman daarom onder de aandacht gebracht van de VNG, die haar leden in een ledenbrief over "
      "het rapport informeert."),
    H3("Samenwerking, inkomensondersteuning en klachten"),
    answered(EV9 + " Als UWV en een gemeente het oneens zijn over de vraag wie aan zet is, mag de burger daarvan niet "
             "de dupe worden. In de wijziging van de Wmta leg ik vast dat de gemeente in dat geval binnen vier weken "
             "een besluit neemt en de toeslag zo nodig bij voorschot uitbetaalt, ook als de vraag wie uiteindelijk "
             "verantwoordelijk is, nog niet is beantwoord. UWV en gemeenten lossen die vraag daarna onderling op, "
             "zonder de burger daarbij te betrekken.",
             ("9", "agree", EV9)),
    answered("Aanbeveling 10 is gericht aan de staatssecretaris van SZW, die verantwoordelijk is voor de bijzondere "
             "bijstand en de schuldhulpverlening. De ombudsman vraagt de meerkostentoeslag buiten beschouwing te laten "
             "bij de bijzondere bijstand en bij de berekening van de afloscapaciteit. De staatssecretaris herkent het "
             "beeld dat de toeslag in een aantal gemeenten daardoor feitelijk wegvalt. " + EV10,
             ("10", "partial", EV10)),
    answered("Transparantie over wachttijden helpt aanvragers om te weten waar zij aan toe zijn, en kan het aantal "
             "telefoontjes over de status van een aanvraag verminderen. " + EV11,
             ("11", "agree", EV11)),
    answered("Tot slot stelt de ombudsman voor een landelijke, onafhankelijke klachtencommissie voor de "
             "meerkostentoeslag in te stellen. Ik deel de analyse dat burgers nu niet weten bij wie zij met een "
             "klacht terecht kunnen. " + EV12 + " Zo'n commissie zou een extra loket toevoegen aan een stelsel waarin "
             "burgers nu al de weg kwijtraken. Een klacht die bij de verkeerde organisatie binnenkomt, moet op grond "
             "van de Algemene wet bestuursrecht nu al worden doorgezonden.",
             ("12", "disagree", EV12)),
    H2("4. Samenhang en vervolg"),
    P("Beide rapporten laten zien dat de Wmta te veel van de burger vraagt. De maatregelen in deze brief zijn erop "
      "gericht de burger niet langer de verbindende schakel tussen UWV en de gemeente te laten zijn. De kern daarvan "
      "is de wijziging van de Wmta die ik in het voorjaar van 2026 in internetconsultatie breng, met de invoering van "
      "één aanvraag, de uitwisseling van medische gegevens en een regeling voor gevallen waarin UWV en de gemeente "
      "het oneens zijn. Ik streef ernaar dat wetsvoorstel in het najaar van 2026 bij uw Kamer in te dienen."),
    P("Daarnaast werken UWV en gemeenten aan maatregelen die geen wetswijziging vergen: betere berichtgeving tijdens "
      "het wachten, begrijpelijke besluiten en het openbaar maken van doorlooptijden. UWV, de VNG en mijn ministerie "
      "bundelen deze maatregelen in een gezamenlijk verbeterplan, dat ik in het eerste kwartaal van 2026 aan uw "
      "Kamer stuur."),
    P("Ik informeer uw Kamer voor 1 juli 2026 over de voortgang. De ombudsman heeft aangekondigd over een jaar na te "
      "gaan wat er met de aanbevelingen is gebeurd, en de Inspectie zal de uitvoering van de Wmta blijven volgen. "
      "Ik zie beide met belangstelling tegemoet."),
    P("De minister van Sociale Zaken en Werkgelegenheid,"),
    P("drs. M.L. van Houten-Brink"),
)

RESPONSE = Document(
    title="Ministerie van Sociale Zaken en Werkgelegenheid",
    subtitle="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
             "Postbus 20018, 2500 EA Den Haag\n"
             "Datum: 13 november 2025\n"
             "Kenmerk: 2025-0000238417\n"
             "Betreft: Reactie op de rapporten 'Van loket naar loket' en 'Toegang onder druk'",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministerie van SZW  ·  Datum 13 november 2025  ·  Kenmerk 2025-0000238417",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="two_reports_one_letter",
    report=REPORT,
    response=RESPONSE,
    description="Landelijke Ombudsman Sociale Zekerheid report on the meerkostentoeslag arbeidsbeperking (12 "
                "recommendations, title sentence plus explanation, to SZW, UWV, gemeenten and once the "
                "staatssecretaris) and the SZW minister's single Kamerbrief answering it together with an inspectorate "
                "report: the inspectorate's own recommendations 1-5 are answered first, 5 refers to the answer on "
                "the inspectorate's aanbeveling 4, 6 and 7 share a paragraph, 8 is not addressed.",
)
