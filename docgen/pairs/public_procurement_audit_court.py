"""Pair: a fictional Rekenkamer Middenland audit of how the province of Middenland buys services, and the response.

Layout traits this pair tests: a serif report with a title page and a running header, numbered chapters ("1
Inleiding" ... "7 Conclusies en aanbevelingen"), a lettered list of research questions and bulleted lists that are
not recommendations, ruled tables (spend per category, external hiring per year, an annex with the audit
standards), and analysis chapters that already contain "Oordeel van de rekenkamer" paragraphs.  The fourteen
recommendations sit only in chapter 7, under level-2 headings per sub-conclusion, each group introduced by a bold
"Wij bevelen ... aan:" lead-in, in numbered lists continuing 1-14 across the groups; every item starts with its
addressee ("Aan GS:", "Aan PS:", "Aan de minister van BZK:"), not in bold because list items cannot carry bold.
Twelve go to Gedeputeerde Staten (OTHER), one to Provinciale Staten (OTHER), one to the minister of BZK (BZK).

The response is a "Statenbrief" of Gedeputeerde Staten (sans, letterhead, no title page) written in the first person
plural and addressed to Provinciale Staten, followed by a "Nawoord rekenkamer" in which the audit court, also
writing "wij", comments on the reaction (trap: no government position there).  The letter opens with thanks, an
"Algemene reactie" that recognises the findings and describes steps already taken, and a sentence that says most
recommendations are adopted (not annotated: every recommendation is answered or passed on on its own).  Gold:
1 agree ("Wij nemen aanbeveling 1 over."); 2 partial (spend analysis every two years instead of yearly);
3 agree ("Wij stemmen in met deze aanbeveling: ..."); 4 agree ("Tegen aanbeveling 4 hebben wij geen bezwaar");
5 disagree, polite ("achten wij echter niet opportuun") and 6 agree (a committed obligation), both in one paragraph;
7 agree without cue word and answered by subject only (contract system from 1 June 2025, EUR 310.000);
8 partial, by subject only (a pilot in one domain, decision after evaluation); 9 agree without cue word (yearly
check from 2025, EUR 85.000 structural); 10 disagree ("past echter niet bij"); 11 disagree, blunt ("nemen wij
niet over", existing practice given as the reason); 12 agree; 13 (to PS) not addressed ("is gericht aan uw
Staten"); 14 (to the BZK minister) not addressed, passed on to the minister.  All prose is fictional and written
for this test set.
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


def lettered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="a.")


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


GS = ("OTHER",)
PS = ("OTHER",)
BZK = ("BZK",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Voorwoord"),
    P("De provincie Middenland besteedt ieder jaar honderden miljoenen euro's aan werk dat zij door anderen laat "
      "doen. Ingenieursbureaus ontwerpen bruggen en rotondes, aannemers maaien bermen en onderhouden vaarwegen, "
      "adviseurs begeleiden gebiedsprocessen en ICT-leveranciers houden de systemen van het provinciehuis draaiende. "
      "Voor een groot deel van die opdrachten geldt dat de provincie ze niet zelf kán uitvoeren. Des te belangrijker "
      "is het dat zij goed weet wat zij inkoopt, bij wie, tegen welke voorwaarden en met welk resultaat."),
    P("Inkoop is geen onderwerp dat snel de krantenkoppen haalt. Het speelt zich af in inkoopdossiers, "
      "contractregisters en afwijkingsformulieren. Toch raakt het aan de kern van goed openbaar bestuur: een "
      "rechtmatige en doelmatige besteding van publiek geld, gelijke kansen voor ondernemers en de mogelijkheid voor "
      "Provinciale Staten om te controleren wat het college met dat geld doet. Toen de accountant over 2023 voor de "
      "tweede keer op rij meldde dat de inkoopfouten boven de verantwoordingsgrens uitkwamen, besloot de rekenkamer "
      "dit onderwerp te onderzoeken."),
    P("Wij danken de medewerkers van de provincie die ons in de afgelopen maanden te woord hebben gestaan en ons "
      "toegang gaven tot ruim zestig inkoopdossiers. Ook danken wij de ondernemers en brancheorganisaties die hun "
      "ervaringen met de provincie als opdrachtgever met ons hebben gedeeld."),
    P("drs. T.H. Oosterbeek, voorzitter Rekenkamer Middenland"),
    PageBreak(),
    H("Samenvatting"),
    P("De provincie Middenland kocht in 2023 voor € 386 miljoen in, waarvan € 214 miljoen aan diensten: "
      "onderhoud, advies, ingenieurswerk, ICT-dienstverlening en de inhuur van externe medewerkers. De rekenkamer "
      "onderzocht of die inkoop van diensten rechtmatig, doelmatig en beheerst verloopt, en of Provinciale Staten "
      "voldoende informatie krijgen om daarop te sturen."),
    P("Onze hoofdconclusie is dat de provincie onvoldoende grip heeft op haar inkoop van diensten. Het inkoopbeleid "
      "dateert van 2016 en stuurt nauwelijks. Inkoop is decentraal georganiseerd en de centrale afdeling Inkoop en "
      "Contractbeheer wordt vaak pas betrokken als de keuze voor een leverancier feitelijk al is gemaakt. Van de "
      "voorgeschreven inkoopprocedure wordt regelmatig afgeweken zonder dat die afwijking wordt gemotiveerd. Een "
      "volledig overzicht van lopende contracten ontbreekt, en of leveranciers hun afspraken nakomen, wordt zelden "
      "nagegaan."),
    P("De inhuur van externe medewerkers is sinds 2019 met ruim 60 procent gegroeid, tot € 31,8 miljoen in 2023. "
      "Een groot deel daarvan betreft langdurige inhuur op functies die structureel van aard zijn. Bij "
      "ICT-dienstverlening is de provincie sterk afhankelijk geworden van enkele leveranciers, en contracten worden "
      "meestal verlengd zonder dat wordt nagegaan of er alternatieven zijn."),
    P("Provinciale Staten worden over inkoop vooral geïnformeerd via de rechtmatigheidsverantwoording in de "
      "jaarstukken. Die informatie is beperkt tot de fouten die boven de verantwoordingsgrens uitkomen. Over de "
      "afwijkingen van het beleid, de omvang van de inhuur en de resultaten van maatschappelijk verantwoord inkopen "
      "ontvangen Staten geen samenhangende informatie."),
    P("De rekenkamer doet veertien aanbevelingen. Twaalf daarvan zijn gericht aan Gedeputeerde Staten, één aan "
      "Provinciale Staten en één aan de minister van Binnenlandse Zaken en Koninkrijksrelaties. De aanbevelingen staan "
      "in hoofdstuk 7. Zij vragen om een actueel inkoopbeleid, strikter toezicht op afwijkingen van de "
      "inkoopprocedure, een volledig contractregister, actief contractmanagement, een scherpere sturing op de inhuur "
      "en een jaarlijkse inkoopverantwoording aan Provinciale Staten."),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In de jaarrekening 2022 en de jaarrekening 2023 van de provincie Middenland rapporteerde de accountant "
      "onrechtmatigheden bij de inkoop van respectievelijk € 7,1 miljoen en € 9,6 miljoen. Beide bedragen lagen "
      "boven de verantwoordingsgrens die Provinciale Staten hebben vastgesteld. Het ging in de meeste gevallen om "
      "opdrachten die onderhands waren gegund terwijl een openbare of meervoudig onderhandse procedure had moeten "
      "worden gevolgd, en om contracten die na afloop van de looptijd stilzwijgend waren voortgezet."),
    P("In de statencommissie Bestuur en Middelen is naar aanleiding daarvan meermaals gevraagd naar de oorzaken. "
      "Gedeputeerde Staten wezen in hun antwoorden op de toegenomen drukte in de organisatie, op de krappe markt "
      "voor ingenieurs en adviseurs, en op het feit dat een deel van de fouten administratief van aard was. Het "
      "onderzoeksprogramma 2024 van de rekenkamer, dat na overleg met de fracties werd vastgesteld, noemde de inkoop "
      "van diensten als een van de twee prioritaire onderwerpen."),
    P("Wij hebben ons beperkt tot de inkoop van diensten. Werken, zoals de aanleg van wegen en kunstwerken, en "
      "leveringen vallen buiten dit onderzoek, omdat daarvoor een afzonderlijke inkoopketen met een eigen "
      "kwaliteitssysteem bestaat binnen het domein Mobiliteit. Subsidies vallen er eveneens buiten: zij worden "
      "verleend op grond van de Algemene subsidieverordening en niet ingekocht."),
    H2("1.2 Doel en onderzoeksvragen"),
    P("Het doel van het onderzoek is Provinciale Staten inzicht te geven in de rechtmatigheid, de doelmatigheid en "
      "de beheersing van de inkoop van diensten, en aanknopingspunten te bieden voor verbetering. De centrale vraag "
      "luidt: in hoeverre heeft de provincie Middenland grip op haar inkoop van diensten, en hoe worden Provinciale "
      "Staten daarover geïnformeerd? Wij hebben die vraag uitgewerkt in vijf deelvragen:"),
    lettered(
        "Is het inkoopbeleid actueel, en geeft het richting aan de inkooppraktijk?",
        "Worden diensten ingekocht volgens de regels van het inkoopbeleid en de Aanbestedingswet 2012, en worden "
        "afwijkingen daarvan gemotiveerd?",
        "Hoe ontwikkelt de inhuur van externe medewerkers zich, en hoe wordt daarop gestuurd?",
        "Heeft de provincie zicht op haar lopende contracten, en stuurt zij op de prestaties van leveranciers?",
        "Krijgen Provinciale Staten de informatie die zij nodig hebben om hun kaderstellende en controlerende rol "
        "te vervullen?",
    ),
    H2("1.3 Normenkader en aanpak"),
    P("Voor iedere deelvraag hebben wij normen opgesteld, ontleend aan de Aanbestedingswet 2012, de Gids "
      "Proportionaliteit, het inkoop- en aanbestedingsbeleid van de provincie uit 2016 en de handreikingen van de "
      "Vereniging van Nederlandse Gemeenten en het Interprovinciaal Overleg over professioneel inkopen. Het "
      "normenkader staat in bijlage 1."),
    P("Het onderzoek liep van maart tot en met september 2024. Wij hebben daarvoor de volgende bronnen gebruikt:"),
    bullets(
        "de beleidsdocumenten, mandaatregelingen en procesbeschrijvingen van de provincie;",
        "de financiële administratie over de jaren 2019 tot en met 2023, waaruit wij een eigen spendanalyse hebben "
        "gemaakt;",
        "een steekproef van 62 inkoopdossiers van opdrachten die in 2022 en 2023 zijn verleend, verdeeld over alle "
        "vier de domeinen van de provincie;",
        "23 interviews met budgethouders, projectleiders, inkoopadviseurs, controllers, de concerndirectie en de "
        "portefeuillehouder Financiën en Bedrijfsvoering;",
        "een groepsgesprek met acht ondernemers uit de provincie en twee brancheorganisaties.",
    ),
    P("Het conceptrapport is voor een feitelijke controle voorgelegd aan de ambtelijke organisatie. De reacties "
      "daarop hebben wij verwerkt. Gedeputeerde Staten hebben vervolgens hun bestuurlijke reactie gegeven; die wordt "
      "samen met ons nawoord afzonderlijk gepubliceerd."),
    H2("1.4 Leeswijzer"),
    P("Hoofdstuk 2 beschrijft het inkoopbeleid en de organisatie van de inkoop. De hoofdstukken 3 tot en met 6 "
      "bevatten onze bevindingen over de rechtmatigheid en integriteit, de inhuur, het contractmanagement en de "
      "informatie aan Provinciale Staten. Elk van die hoofdstukken sluit af met het oordeel van de rekenkamer. In "
      "hoofdstuk 7 staan onze conclusies en aanbevelingen."),
    PageBreak(),
    H("2 Beleid en organisatie van de inkoop"),
    H2("2.1 Het inkoop- en aanbestedingsbeleid"),
    P("Gedeputeerde Staten stelden het huidige inkoop- en aanbestedingsbeleid vast in juni 2016. Het beleid bevat "
      "de drempelbedragen waarboven een bepaalde procedure moet worden gevolgd, de algemene inkoopvoorwaarden, en "
      "een hoofdstuk over duurzaam inkopen en social return. Sinds 2016 is het beleid niet herzien. Het sluit daardoor "
      "niet aan bij de wijziging van de Aanbestedingswet in 2022, bij de herziene Gids Proportionaliteit, en bij de "
      "ambities die de provincie in het coalitieakkoord 2023-2027 heeft geformuleerd voor circulair en "
      "maatschappelijk verantwoord inkopen."),
    P("Het beleid formuleert ambities, maar geen doelen die meetbaar zijn. Zo staat erin dat de provincie "
      "‘waar mogelijk’ duurzaam inkoopt en ‘bij geschikte opdrachten’ een social return-verplichting opneemt. Welk "
      "aandeel van de opdrachten aan die ambities moet voldoen, en hoe de provincie dat meet, is niet vastgelegd. "
      "Geïnterviewde budgethouders gaven aan dat zij het beleid zelden raadplegen; zij gebruiken vooral de "
      "drempeltabel, die op het intranet staat."),
    H2("2.2 Organisatie"),
    P("De inkoop van diensten is decentraal georganiseerd. Budgethouders in de vier domeinen (Mobiliteit, "
      "Ruimte en Water, Economie en Samenleving, en Bedrijfsvoering) zijn zelf verantwoordelijk voor hun inkopen. De "
      "afdeling Inkoop en Contractbeheer, met zeven fte, adviseert en ondersteunt, en voert de Europese aanbestedingen "
      "uit. Onder de Europese drempel is haar betrokkenheid facultatief: budgethouders kunnen een inkoopadviseur "
      "inschakelen, maar zijn daartoe niet verplicht."),
    P("In de praktijk wordt de afdeling in veel gevallen laat betrokken. In 19 van de 62 onderzochte dossiers werd "
      "een inkoopadviseur pas ingeschakeld nadat de budgethouder al met een of meer leveranciers in gesprek was "
      "geweest over de opdracht. Inkoopadviseurs beschrijven hun rol in die gevallen als ‘het achteraf in orde maken "
      "van de papieren’. Budgethouders wezen op hun beurt op de beperkte capaciteit van de afdeling en op de lange "
      "doorlooptijd van een meervoudig onderhandse procedure."),
    H2("2.3 Omvang en samenstelling van de inkoop van diensten"),
    P("Omdat de provincie zelf geen spendanalyse maakt, hebben wij op basis van de financiële administratie een "
      "eigen analyse uitgevoerd. Tabel 1 geeft de uitgaven aan diensten in 2023 per categorie."),
    Table(
        header=("Categorie", "Uitgaven 2023 (mln. €)", "Aantal leveranciers", "Aandeel regionaal gevestigd"),
        rows=(
            ("Onderhoud infrastructuur en groen", "78,4", "112", "44%"),
            ("Ingenieurs- en adviesdiensten", "46,9", "231", "27%"),
            ("Inhuur externe medewerkers", "31,8", "164", "22%"),
            ("ICT-dienstverlening en licenties", "28,6", "57", "9%"),
            ("Facilitaire diensten", "17,2", "48", "51%"),
            ("Overige diensten", "11,1", "309", "38%"),
            ("Totaal", "214,0", "921", "31%"),
        ),
        widths=(3.2, 1.6, 1.6, 1.8),
        rules="rows",
    ),
    P("Opvallend is het grote aantal leveranciers met een geringe omzet. Ruim 600 van de 921 leveranciers "
      "ontvingen in 2023 minder dan € 25.000. Daartegenover staat dat bij de ICT-dienstverlening drie leveranciers "
      "samen 71 procent van de uitgaven voor hun rekening namen. De analyse laat ook zien dat bij meerdere "
      "leveranciers in hetzelfde jaar verschillende kleine opdrachten voor vergelijkbaar werk zijn verstrekt, die "
      "samen boven een drempelbedrag uitkwamen. Wij gaan daarop in hoofdstuk 3 nader in."),
    P("Oordeel van de rekenkamer. Het inkoopbeleid is verouderd en geeft weinig richting aan de praktijk. Doordat "
      "meetbare doelen ontbreken, is niet vast te stellen of de provincie haar ambities voor duurzaam en sociaal "
      "inkopen waarmaakt. Zonder periodieke spendanalyse mist de provincie het inzicht om opdrachten te bundelen en "
      "om te signaleren dat opdrachten worden opgeknipt."),
    PageBreak(),
    H("3 Rechtmatigheid en integriteit"),
    H2("3.1 Afwijkingen van de inkoopprocedure"),
    P("Het inkoopbeleid staat toe dat in bijzondere gevallen wordt afgeweken van de procedure die bij een "
      "opdrachtwaarde hoort, bijvoorbeeld bij spoed of als maar één leverancier de dienst kan leveren. Een afwijking "
      "moet volgens het beleid ‘schriftelijk worden vastgelegd’ en worden gemeld bij de afdeling Inkoop en "
      "Contractbeheer. Wie de afwijking beoordeelt en of zij vooraf moet worden goedgekeurd, regelt het beleid "
      "niet."),
    P("In 2023 zijn bij de afdeling 27 afwijkingen gemeld. Bij 9 daarvan zat een schriftelijke motivering in het "
      "dossier. In de overige gevallen bestond de melding uit een e-mail waarin de afwijking werd aangekondigd, of "
      "werd de melding pas gedaan nadat de opdracht al was verleend. In onze steekproef vonden wij daarnaast 7 "
      "afwijkingen die in het geheel niet waren gemeld. In 5 van die gevallen ging het om een opdracht die na afloop "
      "van het contract bij dezelfde leverancier werd voortgezet, zonder nieuwe procedure."),
    P("Ook vonden wij aanwijzingen dat opdrachten werden opgeknipt. In 6 dossiers werd vergelijkbaar werk binnen "
      "een jaar in twee of meer delen aan dezelfde leverancier gegund, telkens net onder de drempel voor een "
      "meervoudig onderhandse procedure. In interviews werd dat niet als bewuste ontwijking beschreven, maar als het "
      "gevolg van projecten die ‘gaandeweg groter werden’. Het effect is echter hetzelfde: andere ondernemers kregen "
      "geen kans om mee te dingen."),
    H2("3.2 Integriteit in het inkoopproces"),
    P("De provincie heeft een gedragscode integriteit die ook geldt voor medewerkers die bij inkoop betrokken zijn. "
      "Bij Europese aanbestedingen vraagt de afdeling Inkoop en Contractbeheer de leden van het beoordelingsteam "
      "sinds 2021 een verklaring te ondertekenen waarin zij melden of zij een relatie hebben met een van de "
      "inschrijvers. In 11 van de 18 Europese aanbestedingen in onze steekproef ontbrak die verklaring voor ten "
      "minste één lid van het beoordelingsteam. Voor medewerkers die de aanbesteding voorbereiden, bijvoorbeeld door "
      "het opstellen van het programma van eisen, wordt geen verklaring gevraagd."),
    P("Wij hebben in het onderzoek geen aanwijzingen gevonden voor daadwerkelijke belangenverstrengeling. Het "
      "ontbreken van de verklaring betekent echter dat de provincie, als een afgewezen inschrijver daarover vragen "
      "stelt, niet kan aantonen dat zij dit risico heeft beheerst."),
    P("Oordeel van de rekenkamer. Afwijkingen van de inkoopprocedure worden te vaak niet, te laat of onvoldoende "
      "gemotiveerd, en zij worden niet vooraf getoetst. Dat is een belangrijke oorzaak van de onrechtmatigheden die "
      "de accountant rapporteert. De waarborgen tegen belangenverstrengeling worden niet consequent toegepast."),
    H("4 Inhuur van externe medewerkers"),
    H2("4.1 Ontwikkeling van de inhuur"),
    P("De provincie huurt externe medewerkers in voor uiteenlopende werkzaamheden: projectleiders voor grote "
      "infrastructurele projecten, specialisten op het gebied van stikstof en water, interim-managers en "
      "ICT-deskundigen. Tabel 2 toont de ontwikkeling van de uitgaven voor inhuur in verhouding tot de totale "
      "personeelslasten."),
    Table(
        header=("Jaar", "Inhuur (mln. €)", "Eigen personeel (mln. €)", "Inhuur als % van totaal"),
        rows=(
            ("2019", "19,4", "101,6", "16,0%"),
            ("2020", "21,0", "104,9", "16,7%"),
            ("2021", "24,7", "108,3", "18,6%"),
            ("2022", "28,9", "112,8", "20,4%"),
            ("2023", "31,8", "118,1", "21,2%"),
        ),
        widths=(1.0, 1.5, 1.8, 1.8),
        rules="grid",
    ),
    P("De provincie kent geen norm voor de omvang van de inhuur. In de begroting wordt inhuur niet afzonderlijk "
      "geraamd; zij wordt betaald uit de budgetten voor vacatures en uit projectbudgetten. Daardoor is de omvang "
      "pas achteraf zichtbaar, in de jaarrekening."),
    H2("4.2 Inhuur op structurele functies"),
    P("Van de 164 ingehuurde medewerkers die in 2023 op enig moment werkzaam waren, werkten er 58 langer dan twee "
      "jaar onafgebroken voor de provincie. Een deel van hen vervult functies die in de formatie zijn opgenomen, "
      "zoals die van beleidsadviseur of teamleider. Budgethouders noemden als reden dat vacatures moeilijk te "
      "vervullen zijn. Een afweging tussen inhuur en werving in vaste dienst wordt echter zelden gemaakt: in geen van "
      "de twaalf onderzochte inhuurdossiers van langer dan zes maanden troffen wij een dergelijke afweging aan."),
    P("Langdurige inhuur is gemiddeld ruim 40 procent duurder dan een medewerker in vaste dienst. Bovendien gaat "
      "kennis verloren wanneer een ingehuurde medewerker vertrekt. Verschillende geïnterviewden gaven aan dat "
      "projecten vertraging opliepen toen een externe projectleider halverwege naar een andere opdrachtgever "
      "overstapte."),
    P("Oordeel van de rekenkamer. De inhuur is sterk gegroeid zonder dat daarop is gestuurd. Er is geen norm, de "
      "inhuur wordt niet vooraf begroot en er wordt niet afgewogen of een functie beter in vaste dienst kan worden "
      "vervuld. Dat maakt de inhuur duurder dan nodig en de organisatie kwetsbaar."),
    PageBreak(),
    H("5 Contractmanagement en leveranciers"),
    H2("5.1 Zicht op lopende contracten"),
    P("De provincie houdt een contractregister bij in een spreadsheet die door de afdeling Inkoop en "
      "Contractbeheer wordt beheerd. Budgethouders moeten nieuwe contracten daarin laten opnemen. Wij hebben het "
      "register vergeleken met de betalingen uit de financiële administratie. Van de 212 leveranciers aan wie in "
      "2023 meer dan € 50.000 is betaald op grond van een contract, stonden er 79 niet in het register. Bij 41 "
      "contracten die wel in het register stonden, was niet vermeld wie de contractmanager was, en bij 33 ontbrak de "
      "einddatum."),
    P("Het ontbreken van een volledig register heeft gevolgen. Contracten lopen af zonder dat tijdig een nieuwe "
      "procedure wordt gestart, wat leidt tot de stilzwijgende voortzettingen die wij in hoofdstuk 3 beschreven. "
      "Verlengingsopties worden gemist of juist ongemerkt gebruikt. En de provincie kan niet aangeven hoeveel zij "
      "over de gehele looptijd aan een leverancier heeft verplicht."),
    H2("5.2 Sturen op de prestaties van leveranciers"),
    P("Contractmanagement is niet belegd als aparte taak. Bij grote contracten is de projectleider die de opdracht "
      "heeft voorbereid in de regel ook degene die het contract beheert. Zodra het project is afgerond of de "
      "projectleider vertrekt, is het beheer vaak niet meer duidelijk belegd. Van de 26 onderzochte contracten met "
      "een waarde boven € 250.000 werd bij 8 periodiek met de leverancier besproken of de afgesproken prestaties "
      "werden geleverd; bij 3 daarvan is dat ook vastgelegd."),
    P("Leveranciers die wij spraken, herkenden dat beeld. Zij ervaren de provincie als een opdrachtgever die bij "
      "de start van een opdracht betrokken is, maar daarna weinig van zich laat horen, ‘tot er iets misgaat’."),
    H2("5.3 Social return"),
    P("Het inkoopbeleid schrijft voor dat bij geschikte opdrachten boven € 200.000 een social return-verplichting "
      "wordt opgenomen: de leverancier besteedt dan een percentage van de opdrachtwaarde aan werk voor mensen met een "
      "afstand tot de arbeidsmarkt. In 2023 liepen 23 contracten met een dergelijke verplichting. Bij 14 daarvan is "
      "niet nagegaan of de leverancier de verplichting is nagekomen. In geen enkel geval is de boete opgelegd die "
      "het contract bij niet-nakoming voorschrijft, ook niet bij de twee leveranciers die zelf hadden gemeld dat zij "
      "hun verplichting niet haalden."),
    H2("5.4 Afhankelijkheid bij ICT-dienstverlening"),
    P("Bij ICT-dienstverlening is de provincie in toenemende mate afhankelijk van een klein aantal leveranciers. "
      "Van de zeven ICT-contracten met een waarde boven de Europese drempel zijn er vier in de onderzoeksperiode "
      "verlengd. In geen van die gevallen is voorafgaand aan de verlenging nagegaan of er op de markt alternatieven "
      "waren, en voor geen van de contracten bestond een plan voor de overgang naar een andere leverancier. "
      "Geïnterviewden gaven aan dat overstappen ‘in de praktijk niet meer mogelijk is’ omdat de gegevens en "
      "koppelingen in handen van de leverancier zijn."),
    H2("5.5 Regionale ondernemers"),
    P("Het inkoopbeleid bepaalt dat bij een meervoudig onderhandse procedure ‘zo mogelijk’ ten minste één "
      "ondernemer uit de provincie wordt uitgenodigd. In 31 van de 44 meervoudig onderhandse procedures in onze "
      "steekproef was dat het geval. Regionale ondernemers met wie wij spraken, gaven aan dat zij de provincie als "
      "een moeilijk toegankelijke opdrachtgever ervaren: opdrachten worden niet vooraf aangekondigd en de eisen "
      "aan referenties en omzet zijn in hun ogen vaak zwaarder dan de opdracht rechtvaardigt."),
    P("Oordeel van de rekenkamer. De provincie heeft geen volledig zicht op haar lopende contracten, en het "
      "contractmanagement is afhankelijk van individuele medewerkers. Afspraken over social return worden niet "
      "gehandhaafd. Bij ICT-dienstverlening is een afhankelijkheid ontstaan die de onderhandelingspositie van de "
      "provincie verzwakt. De toegang van regionale ondernemers tot provinciale opdrachten is voor verbetering "
      "vatbaar."),
    H("6 Sturing en verantwoording"),
    H2("6.1 Informatie aan Provinciale Staten"),
    P("Sinds het verslagjaar 2023 leggen Gedeputeerde Staten in de jaarrekening zelf verantwoording af over de "
      "rechtmatigheid van de lasten en baten. De rechtmatigheidsverantwoording vermeldt de fouten en onzekerheden "
      "die boven de verantwoordingsgrens uitkomen, met een korte toelichting. Over het inkoopbeleid zelf, over de "
      "afwijkingen die wel zijn gemotiveerd, over de omvang van de inhuur en over de resultaten van duurzaam en "
      "sociaal inkopen ontvangen Staten geen periodieke informatie."),
    P("De statenleden die wij spraken, gaven aan dat zij inkoop vooral als een uitvoeringsvraagstuk beschouwen. "
      "Tegelijk herkenden zij dat Staten met het vaststellen van de verantwoordingsgrens en de begroting wel degelijk "
      "kaders stellen, en dat zij zonder betere informatie niet kunnen beoordelen of die kaders worden nageleefd. De "
      "jaarlijkse rechtmatigheidsverantwoording is in de afgelopen twee jaar in de statencommissie Bestuur en "
      "Middelen als hamerstuk behandeld."),
    H2("6.2 Vergelijkbaarheid tussen provincies"),
    P("Wij hebben de rechtmatigheidsverantwoordingen van de twaalf provincies over 2023 vergeleken. Die verschillen "
      "sterk in opzet. Sommige provincies vermelden alleen het totaalbedrag van de fouten, andere geven een "
      "uitsplitsing naar oorzaak en naar procedure. Het Besluit begroting en verantwoording provincies en gemeenten "
      "(BBV) en de bijbehorende notities schrijven geen uniform model voor. Daardoor kunnen Staten de prestaties van "
      "hun provincie niet vergelijken met die van andere provincies, en kan ook de minister van Binnenlandse Zaken en "
      "Koninkrijksrelaties geen landelijk beeld vormen van de rechtmatigheid van provinciale inkoop."),
    P("Oordeel van de rekenkamer. Provinciale Staten ontvangen te weinig samenhangende informatie over inkoop om hun "
      "kaderstellende en controlerende rol te kunnen vervullen. Staten maken bovendien weinig gebruik van de "
      "informatie die zij wel ontvangen. Het ontbreken van een uniform model voor de verantwoording beperkt de "
      "vergelijkbaarheid tussen provincies."),
    PageBreak(),
    H("7 Conclusies en aanbevelingen"),
    H2("7.1 Hoofdconclusie"),
    P("De provincie Middenland heeft onvoldoende grip op haar inkoop van diensten. Het beleid is verouderd, de "
      "inkoop is decentraal georganiseerd zonder dat de centrale afdeling voldoende zicht en zeggenschap heeft, "
      "afwijkingen van de inkoopprocedure worden niet vooraf getoetst en een volledig overzicht van contracten "
      "ontbreekt. De inhuur is sterk gegroeid zonder sturing, en Provinciale Staten worden onvoldoende "
      "geïnformeerd. Hieronder werken wij deze conclusie uit in vijf deelconclusies, elk met de aanbevelingen die "
      "daarbij horen. Wij richten ons met de meeste aanbevelingen tot Gedeputeerde Staten (GS); één aanbeveling is "
      "gericht aan Provinciale Staten (PS) en één aan de minister van Binnenlandse Zaken en Koninkrijksrelaties "
      "(BZK)."),
    H2("7.2 Inkoopbeleid en inzicht in de uitgaven"),
    P("Het inkoop- en aanbestedingsbeleid van 2016 sluit niet aan bij de huidige wetgeving en de ambities van de "
      "provincie, en bevat geen meetbare doelen. De provincie maakt geen spendanalyse en mist daardoor het inzicht om "
      "opdrachten te bundelen of opknippen te signaleren."),
    P("Wij bevelen daarom aan:", bold=True),
    recs(
        1,
        ("Aan GS: Actualiseer het inkoop- en aanbestedingsbeleid vóór 1 januari 2026 en neem daarin meetbare doelen "
         "op voor circulair en sociaal inkopen.", GS),
        ("Aan GS: Voer jaarlijks een provinciebrede spendanalyse uit en gebruik de uitkomsten om samenhangende "
         "opdrachten te bundelen en het opknippen van opdrachten tijdig te signaleren.", GS),
    ),
    H2("7.3 Rechtmatigheid en integriteit"),
    P("Afwijkingen van de voorgeschreven inkoopprocedure worden te vaak niet of pas achteraf gemotiveerd en worden "
      "niet vooraf getoetst. Verklaringen over belangenverstrengeling ontbreken in een groot deel van de Europese "
      "aanbestedingen en worden niet gevraagd van medewerkers die een aanbesteding voorbereiden."),
    P("Wij bevelen daarom aan:", bold=True),
    recs(
        3,
        ("Aan GS: Zorg dat iedere afwijking van de inkoopprocedure vooraf schriftelijk wordt gemotiveerd en door de "
         "afdeling Inkoop en Contractbeheer wordt getoetst voordat de opdracht wordt verleend.", GS),
        ("Aan GS: Laat iedere medewerker die een aanbesteding boven de Europese drempel voorbereidt of beoordeelt "
         "vooraf een verklaring over mogelijke belangenverstrengeling ondertekenen, en bewaar die verklaring in het "
         "inkoopdossier.", GS),
    ),
    H2("7.4 Inhuur van externe medewerkers"),
    P("De inhuur is tussen 2019 en 2023 met 64 procent gestegen, tot ruim een vijfde van de totale personeelslasten. "
      "Er is geen norm en geen sturing vooraf, en bij langdurige inhuur wordt niet afgewogen of werving in vaste "
      "dienst de betere keuze is."),
    P("Wij bevelen daarom aan:", bold=True),
    recs(
        5,
        ("Aan GS: Stel een provinciebreed plafond vast voor de inhuur van externe medewerkers van ten hoogste 15 "
         "procent van de totale personeelslasten, en stuur daar per kwartaal op.", GS),
        ("Aan GS: Maak bij iedere inhuuropdracht die langer duurt dan zes maanden vooraf een schriftelijke "
         "afweging tussen inhuur en werving in vaste dienst.", GS),
    ),
    H2("7.5 Contractmanagement en leveranciers"),
    P("Een volledig overzicht van lopende contracten ontbreekt en contractmanagement is niet als taak belegd. "
      "Verplichtingen op het gebied van social return worden niet gecontroleerd of gehandhaafd. Bij "
      "ICT-dienstverlening is een sterke afhankelijkheid van enkele leveranciers ontstaan, en regionale ondernemers "
      "ervaren de provincie als moeilijk toegankelijk."),
    P("Wij bevelen daarom aan:", bold=True),
    recs(
        7,
        ("Aan GS: Richt uiterlijk in 2025 een centraal contractregister in waarin alle lopende contracten met een "
         "waarde boven € 50.000 zijn opgenomen, met hun looptijd, verlengingsopties, waarde en de verantwoordelijke "
         "contractmanager.", GS),
        ("Aan GS: Wijs voor ieder contract met een waarde boven € 250.000 een contractmanager aan die ten minste "
         "twee keer per jaar de prestaties van de leverancier beoordeelt en vastlegt.", GS),
        ("Aan GS: Controleer jaarlijks bij alle contracten met een social return-verplichting of de leverancier die "
         "verplichting is nagekomen, en pas bij niet-nakoming de contractuele sancties toe.", GS),
        ("Aan GS: Houd vóór iedere verlenging van een ICT-dienstverleningscontract een marktconsultatie om na te "
         "gaan of er alternatieven voor de huidige leverancier zijn.", GS),
        ("Aan GS: Nodig bij iedere meervoudig onderhandse procedure ten minste twee ondernemers uit die in de "
         "provincie zijn gevestigd.", GS),
    ),
    H2("7.6 Sturing en verantwoording"),
    P("Provinciale Staten krijgen geen samenhangende informatie over de inkoop, en maken beperkt gebruik van de "
      "informatie die zij wel krijgen. De verantwoording over de rechtmatigheid van inkoop is tussen provincies niet "
      "vergelijkbaar."),
    P("Wij bevelen daarom aan:", bold=True),
    recs(
        12,
        ("Aan GS: Bied Provinciale Staten jaarlijks, bij de jaarstukken, een inkoopverantwoording aan over de "
         "rechtmatigheid van de inkopen, de afwijkingen van het beleid, de omvang van de inhuur en de resultaten van "
         "maatschappelijk verantwoord inkopen.", GS),
        ("Aan PS: Bespreek de jaarlijkse inkoopverantwoording in de statencommissie Bestuur en Middelen en leg vast "
         "welke informatie u over inkoop nodig hebt om uw kaderstellende en controlerende rol te vervullen.", PS),
        ("Aan de minister van BZK: Neem in de regelgeving bij het Besluit begroting en verantwoording provincies en "
         "gemeenten een uniform model op voor de verantwoording over de rechtmatigheid van inkopen, zodat de "
         "uitkomsten tussen provincies vergelijkbaar worden.", BZK),
    ),
    PageBreak(),
    H("Bijlage 1 Normenkader"),
    P("De rekenkamer heeft bij het onderzoek de volgende normen gehanteerd."),
    Table(
        header=("Deelvraag", "Norm"),
        rows=(
            ("a. Beleid", "Het inkoopbeleid is actueel, in overeenstemming met de Aanbestedingswet 2012 en de Gids "
                          "Proportionaliteit, en bevat meetbare doelen."),
            ("b. Rechtmatigheid", "Opdrachten worden verleend volgens de procedure die bij de opdrachtwaarde hoort. "
                                  "Afwijkingen worden vooraf gemotiveerd en getoetst. De risico's op "
                                  "belangenverstrengeling worden beheerst."),
            ("c. Inhuur", "De omvang van de inhuur wordt begroot en bewaakt. Bij langdurige inhuur wordt afgewogen "
                          "of werving in vaste dienst mogelijk is."),
            ("d. Contractmanagement", "De provincie heeft een volledig en actueel overzicht van haar contracten. Voor "
                                      "grote contracten is het contractmanagement belegd en worden prestaties "
                                      "periodiek beoordeeld. Contractuele verplichtingen worden gehandhaafd."),
            ("e. Informatie aan PS", "Provinciale Staten ontvangen periodiek tijdige, volledige en begrijpelijke "
                                     "informatie over de inkoop, en gebruiken die informatie bij hun sturing en "
                                     "controle."),
        ),
        widths=(1.3, 4.0),
        rules="grid",
    ),
    H("Bijlage 2 Gesprekspartners"),
    P("De rekenkamer sprak in het kader van dit onderzoek met:"),
    bullets(
        "de gedeputeerde voor Financiën en Bedrijfsvoering;",
        "de concerndirecteur en de directeuren van de domeinen Mobiliteit en Ruimte en Water;",
        "het hoofd en vier medewerkers van de afdeling Inkoop en Contractbeheer;",
        "negen budgethouders en projectleiders uit de vier domeinen;",
        "de concerncontroller en twee medewerkers van de afdeling Financiën;",
        "drie leden van de statencommissie Bestuur en Middelen;",
        "acht ondernemers en vertegenwoordigers van twee regionale brancheorganisaties.",
    ),
)

REPORT = Document(
    title="Grip op inkoop",
    subtitle="Onderzoek naar de inkoop van diensten door de provincie Middenland",
    blocks=REPORT_BLOCKS,
    running_header="Rekenkamer Middenland  |  Grip op inkoop",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Rekenkamer Middenland", "Rapport 2024-04, november 2024"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "Wij nemen aanbeveling 1 over."
EV2 = ("Een spendanalyse laten wij voortaan eens in de twee jaar uitvoeren, voor het eerst over het jaar 2024; een "
       "jaarlijkse analyse vergt naar ons oordeel meer capaciteit dan zij aan nieuwe inzichten oplevert.")
EV3 = ("Wij stemmen in met deze aanbeveling: vanaf 1 maart 2025 kan een opdracht waarbij van de voorgeschreven "
       "procedure wordt afgeweken pas worden verleend nadat de afdeling Inkoop en Contractbeheer de schriftelijke "
       "motivering heeft getoetst.")
EV4 = ("Tegen aanbeveling 4 hebben wij geen bezwaar; de verklaring wordt per 1 april 2025 een vast onderdeel van "
       "ieder inkoopdossier boven de Europese drempel, ook voor de medewerkers die de aanbesteding voorbereiden.")
EV5 = ("Een vast plafond voor de inhuur, zoals aanbeveling 5 voorstelt, achten wij echter niet opportuun: een groot "
       "deel van de inhuur betreft specialistische kennis voor tijdelijke programma's, zoals Groot Onderhoud "
       "Vaarwegen en het Gebiedsprogramma Lingedal, die met een plafond zouden vertragen of duurder zouden worden.")
EV6 = ("De afweging tussen inhuur en werving in vaste dienst die aanbeveling 6 vraagt, maken wij wel verplicht: vanaf "
       "1 april 2025 moet bij iedere inhuuropdracht van langer dan zes maanden een door het afdelingshoofd "
       "ondertekende afweging in het dossier zitten.")
EV7 = ("Met ingang van 1 juni 2025 gaat een nieuw digitaal contractbeheersysteem in gebruik, waarin alle lopende "
       "contracten vanaf € 50.000 worden opgenomen met hun looptijd, verlengingsopties, waarde en de naam van de "
       "contractmanager.")
EV8 = ("Voordat wij voor alle grote contracten een vaste contractmanager aanwijzen, willen wij eerst ervaring "
       "opdoen: in 2025 start in het domein Mobiliteit een pilot waarin voor de twaalf grootste onderhouds- en "
       "adviescontracten een contractmanager halfjaarlijks de prestaties van de leverancier beoordeelt.")
EV9 = ("Vanaf 2025 controleert de afdeling Inkoop en Contractbeheer ieder jaar in het vierde kwartaal alle lopende "
       "contracten met een social return-verplichting, en legt zij bij niet-nakoming de boete op die het contract "
       "voorschrijft.")
EV10 = ("Een marktconsultatie vóór iedere verlenging past echter niet bij de manier waarop onze ICT-contracten zijn "
        "opgebouwd: de verlengingsopties zijn bij de oorspronkelijke aanbesteding al in concurrentie beprijsd, en een "
        "consultatie halverwege de looptijd wekt bij marktpartijen verwachtingen die wij niet kunnen waarmaken.")
EV11 = "Aanbeveling 11 nemen wij niet over."
EV12 = "Wij nemen aanbeveling 12 over."

RESPONSE_BLOCKS = (
    P("Aan Provinciale Staten van Middenland"),
    P("Datum: 14 januari 2025    Kenmerk: GS/2025/00417    Bijlagen: geen"),
    P("Onderwerp: bestuurlijke reactie op het rapport ‘Grip op inkoop’ van de Rekenkamer Middenland", bold=True),
    P("Geachte leden van Provinciale Staten,"),
    P("Op 18 november 2024 ontvingen wij het rapport ‘Grip op inkoop. Onderzoek naar de inkoop van diensten door de "
      "provincie Middenland’ van de Rekenkamer Middenland, met het verzoek daarop een bestuurlijke reactie te geven. "
      "Met deze brief voldoen wij aan dat verzoek. Wij bieden u onze reactie rechtstreeks aan, zodat u haar kunt "
      "betrekken bij de behandeling van het rapport in de statencommissie Bestuur en Middelen op 5 februari 2025."),
    P("Wij danken de rekenkamer voor het zorgvuldige onderzoek en voor de prettige samenwerking met onze ambtelijke "
      "organisatie. Het onderzoek heeft van veel medewerkers tijd gevraagd, in een periode waarin de druk op de "
      "organisatie al hoog was. Dat die inspanning een helder en bruikbaar rapport heeft opgeleverd, stellen wij op "
      "prijs."),
    H2("Algemene reactie"),
    P("De provincie kocht in 2023 voor ruim € 214 miljoen aan diensten in, bij meer dan negenhonderd leveranciers. "
      "Het rapport laat zien dat wij op die omvangrijke inkoop minder grip hebben dan wij zelf wenselijk vinden. Wij "
      "herkennen ons in het beeld dat de rekenkamer schetst. Dat de onrechtmatigheden bij de inkoop in de jaarrekening "
      "2023 opnieuw boven de verantwoordingsgrens uitkwamen, heeft ook ons niet tevreden gestemd."),
    P("Tegelijk hechten wij eraan te benadrukken dat de bevindingen niet betekenen dat er bij de provincie "
      "slordig met publiek geld wordt omgegaan. De rekenkamer heeft geen aanwijzingen gevonden voor "
      "belangenverstrengeling of voor opdrachten die tegen een onredelijke prijs zijn verstrekt. Het gaat vooral om "
      "de vastlegging en de procesgang: om motiveringen die ontbreken, registraties die onvolledig zijn en "
      "verantwoordelijkheden die niet scherp zijn belegd."),
    P("Sinds de afronding van het onderzoek hebben wij al enkele stappen gezet. Met ingang van september 2024 is de "
      "afdeling Inkoop en Contractbeheer uitgebreid met drie inkoopadviseurs, en sinds oktober 2024 is een "
      "inkoopadviseur verplicht betrokken bij de voorbereiding van iedere aanbesteding met een waarde boven "
      "€ 100.000. Ook is de afwijkingsprocedure op het intranet opnieuw onder de aandacht gebracht van alle "
      "budgethouders."),
    P("Het merendeel van de aanbevelingen van de rekenkamer nemen wij over. Op enkele punten kiezen wij voor een "
      "andere aanpak dan de rekenkamer voorstelt; wij lichten dat hieronder toe. Wij volgen daarbij niet strikt de "
      "volgorde van het rapport, maar beginnen met de twee onderwerpen die wij het meest urgent vinden: het zicht op "
      "onze lopende contracten en de sturing op de prestaties van leveranciers."),
    H2("Zicht op contracten en sturing op leveranciers"),
    P("De rekenkamer stelt vast dat de provincie geen volledig overzicht heeft van haar lopende contracten: 79 van de "
      "212 leveranciers met een contract boven € 50.000 kwamen in het bestaande register niet voor, en bij 41 "
      "contracten was niet bekend wie het contract beheert. Dat is voor een organisatie van onze omvang niet "
      "acceptabel. " + EV7 + " De aanschaf van het systeem en de overzetting van de bestaande gegevens kosten "
      "eenmalig € 310.000; dat bedrag is gedekt binnen de begroting 2025 van het domein Bedrijfsvoering. "
      "Budgethouders kunnen vanaf die datum geen verplichting meer aangaan voor een contract dat niet in het systeem "
      "is vastgelegd.",
      answers=(Answer("7", "agree", EV7),)),
    P("Een register alleen is niet genoeg; het gaat erom dat iemand de afspraken met de leverancier ook bewaakt. Wij "
      "onderkennen dat het contractmanagement nu vooral reactief is en afhangt van de inzet van individuele "
      "projectleiders. " + EV8 + " Op basis van de evaluatie van die pilot, begin 2026, besluiten wij of en in welke "
      "vorm wij deze werkwijze provinciebreed invoeren. Daarbij betrekken wij ook de vraag hoeveel formatie "
      "daarvoor nodig is, want een contractmanager voor ieder contract boven € 250.000 betekent naar een eerste "
      "schatting een uitbreiding met vier tot zes fte.",
      answers=(Answer("8", "partial", EV8),)),
    H2("Inkoopbeleid en spendanalyse"),
    P(EV1 + " Het inkoop- en aanbestedingsbeleid dateert van 2016 en sluit niet meer aan bij de gewijzigde "
      "Aanbestedingswet, bij de herziene Gids Proportionaliteit en bij de ambities uit het coalitieakkoord. Wij "
      "stellen het geactualiseerde beleid, met meetbare doelen voor circulair en sociaal inkopen, uiterlijk in "
      "december 2025 vast en sturen het u direct daarna toe.",
      answers=(Answer("1", "agree", EV1),)),
    P("In aanbeveling 2 vraagt de rekenkamer om jaarlijks een provinciebrede spendanalyse uit te voeren en de "
      "uitkomsten te gebruiken om opdrachten te bundelen en opknippen te signaleren. De analyse die de rekenkamer "
      "voor dit onderzoek zelf heeft gemaakt, was voor ons in dat opzicht verhelderend. " + EV2 + " De uitkomsten "
      "gebruiken wij bij het opstellen van de jaarlijkse inkoopkalender, waarin wij aangeven welke opdrachten wij "
      "gezamenlijk in de markt zetten.",
      answers=(Answer("2", "partial", EV2),)),
    H2("Rechtmatigheid en integriteit"),
    P("Aanbeveling 3 betreft de afwijkingen van de voorgeschreven inkoopprocedure. In 2023 zijn 27 afwijkingen "
      "gemeld, waarvan slechts 9 met een schriftelijke motivering; daarnaast vond de rekenkamer afwijkingen die in "
      "het geheel niet waren gemeld. " + EV3 + " Het financieel systeem wordt zo ingericht dat een verplichting "
      "zonder die toets niet kan worden vastgelegd.",
      answers=(Answer("3", "agree", EV3),)),
    P("Dat in 11 van de 18 onderzochte Europese aanbestedingen een verklaring over belangenverstrengeling "
      "ontbrak, vinden wij een zorgelijke bevinding, ook al zijn er geen aanwijzingen dat zich daadwerkelijk "
      "belangenverstrengeling heeft voorgedaan. " + EV4 + " De afdeling Inkoop en Contractbeheer controleert bij "
      "de afronding van iedere aanbesteding of alle verklaringen aanwezig zijn.",
      answers=(Answer("4", "agree", EV4),)),
    H2("Inhuur van externe medewerkers"),
    P("De rekenkamer wijst in de aanbevelingen 5 en 6 op de sterke groei van de inhuur: van € 19,4 miljoen in 2019 "
      "naar € 31,8 miljoen in 2023. Wij delen de zorg van de rekenkamer over die ontwikkeling. " + EV5 + " Wij "
      "sturen liever op de inhoud van de afzonderlijke opdrachten dan op een percentage dat voor de hele organisatie "
      "geldt. " + EV6 + " Daarnaast nemen wij de geraamde inhuur vanaf de begroting 2026 per programma "
      "afzonderlijk op, zodat u vooraf kunt zien welk deel van de personeelslasten naar inhuur gaat.",
      answers=(Answer("5", "disagree", EV5), Answer("6", "agree", EV6))),
    H2("Social return, ICT-dienstverlening en regionale ondernemers"),
    P("De rekenkamer constateert dat bij 14 van de 23 contracten met een social return-verplichting niet is "
      "nagegaan of die verplichting is nagekomen, en dat in geen enkel geval een boete is opgelegd. Over aanbeveling "
      "9 merken wij het volgende op. " + EV9 + " Voor deze controle is structureel € 85.000 in de begroting "
      "opgenomen. Wij werken daarbij samen met het Werkgeversservicepunt in de regio, dat de plaatsingen van "
      "kandidaten registreert.",
      answers=(Answer("9", "agree", EV9),)),
    P("In aanbeveling 10 vraagt de rekenkamer om vóór iedere verlenging van een ICT-dienstverleningscontract een "
      "marktconsultatie te houden. Wij begrijpen de zorg over de afhankelijkheid van enkele grote leveranciers. "
      + EV10 + " Wij houden daarom vast aan de bestaande werkwijze, waarin wij de markt consulteren bij de "
      "voorbereiding van iedere nieuwe aanbesteding. Bij nieuwe ICT-contracten nemen wij wel bepalingen op over de "
      "overdracht van gegevens aan het einde van de looptijd.",
      answers=(Answer("10", "disagree", EV10),)),
    P(EV11 + " Het inkoopbeleid schrijft nu al voor dat bij een meervoudig onderhandse procedure zo mogelijk ten "
      "minste één ondernemer uit de provincie wordt uitgenodigd. Een verplichting om er altijd twee uit te nodigen "
      "zou in kleine marktsegmenten de concurrentie beperken en verhoudt zich slecht tot het beginsel van gelijke "
      "behandeling uit de Aanbestedingswet 2012. Wel blijven wij regionale ondernemers actief informeren over "
      "komende opdrachten via de inkoopkalender en de jaarlijkse ondernemersbijeenkomst.",
      answers=(Answer("11", "disagree", EV11),)),
    H2("Verantwoording"),
    P(EV12 + " Vanaf het verslagjaar 2025 ontvangt u bij de jaarstukken een afzonderlijke inkoopverantwoording. "
      "Daarin rapporteren wij over de rechtmatigheid van de inkopen, de gemelde en getoetste afwijkingen, de omvang "
      "en samenstelling van de inhuur en de resultaten van circulair en sociaal inkopen, afgezet tegen de doelen uit "
      "het nieuwe inkoopbeleid.",
      answers=(Answer("12", "agree", EV12),)),
    P("Aanbeveling 13 is gericht aan uw Staten. Het is aan u om te bepalen hoe u de inkoopverantwoording bespreekt "
      "en welke informatie u daarbij nodig hebt."),
    P("Aanbeveling 14 richt zich tot de minister van Binnenlandse Zaken en Koninkrijksrelaties. Wij hebben het "
      "rapport van de rekenkamer met een afschrift van deze brief aan de minister toegezonden; het is aan haar om "
      "op deze aanbeveling te reageren."),
    H2("Tot slot"),
    P("Het rapport van de rekenkamer komt op een moment waarop wij de bedrijfsvoering van de provincie toch al "
      "tegen het licht houden. De maatregelen die wij in deze brief aankondigen, nemen wij op in het programma "
      "Versterking Bedrijfsvoering 2025-2027. Over de voortgang informeren wij u halfjaarlijks, voor het eerst bij de "
      "Voorjaarsnota 2025."),
    P("Gedeputeerde Staten van Middenland,"),
    P("mr. A.C. Veldhuis-Brand, voorzitter        drs. P.R. Lindeboom, secretaris"),
    PageBreak(),
    H("Nawoord rekenkamer"),
    P("De rekenkamer dankt Gedeputeerde Staten voor hun reactie op ons rapport. Wij stellen met instemming vast dat "
      "GS het beeld uit het rapport herkennen en het merendeel van onze aanbevelingen overnemen. Dat een aantal "
      "maatregelen al in gang is gezet, zoals de uitbreiding van de afdeling Inkoop en Contractbeheer, waarderen "
      "wij. Wij plaatsen bij de reactie drie kanttekeningen."),
    P("Ten eerste de inhuur. GS nemen onze aanbeveling om een plafond vast te stellen niet over, omdat zij liever "
      "sturen op de inhoud van de afzonderlijke opdrachten. Wij begrijpen die redenering, maar blijven van mening dat "
      "een plafond nodig is. Sturen op afzonderlijke opdrachten is precies wat de afgelopen jaren is gebeurd, en dat "
      "heeft de groei van de inhuur niet kunnen afremmen. Wij handhaven onze aanbeveling en geven Staten in "
      "overweging GS te vragen een norm voor de inhuur voor te stellen."),
    P("Ten tweede het contractmanagement. GS kiezen voor een pilot in één domein. Wij zien dat als een eerste stap, "
      "maar wijzen erop dat de risico's die wij hebben vastgesteld zich in alle domeinen voordoen. Wij vinden het "
      "belangrijk dat de evaluatie begin 2026 leidt tot een besluit over de provinciebrede invoering, en niet tot "
      "een verlenging van de pilot."),
    P("Ten derde de spendanalyse. GS laten die voortaan eens in de twee jaar uitvoeren in plaats van jaarlijks. Wij "
      "kunnen ons daarin vinden, mits de analyse ook de opdrachten onder de drempel voor een meervoudig onderhandse "
      "procedure omvat, omdat juist daar het risico op opknippen zit."),
    P("Wij zullen in 2027 in een vervolgonderzoek nagaan in hoeverre de aanbevelingen zijn opgevolgd en wat dat "
      "heeft opgeleverd."),
    P("Rekenkamer Middenland, drs. T.H. Oosterbeek, voorzitter"),
)

RESPONSE = Document(
    title="Gedeputeerde Staten van Middenland",
    subtitle="Statenbrief: bestuurlijke reactie op het rekenkamerrapport ‘Grip op inkoop’, met het nawoord van de "
             "Rekenkamer Middenland",
    blocks=RESPONSE_BLOCKS,
    running_header="Bestuurlijke reactie en nawoord  |  Grip op inkoop",
    footer="blad {page} van {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="public_procurement_audit_court",
    report=REPORT,
    response=RESPONSE,
    description="Rekenkamer Middenland audit of the province's procurement of services (14 recommendations in "
                "chapter 7, items starting 'Aan GS:' / 'Aan PS:' / 'Aan de minister van BZK:') and the "
                "Statenbrief of Gedeputeerde Staten in the first person plural, followed by a 'Nawoord "
                "rekenkamer'; 7 and 8 answered by subject only, 13 (to PS) and 14 (to BZK) passed on.",
)
