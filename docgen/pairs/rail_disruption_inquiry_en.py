"""Pair: a fictional Committee of Inquiry into the Winter Rail Disruptions, and the government's response (English).

Layout traits this pair tests: an English edition of a Dutch inquiry report, sans font, title page, running header,
numbered chapters and sections ("3.2 Deciding before the storm"), a grid chronology table in chapter 2 that holds no
recommendations, and bulleted lists (questions, sources) that are not recommendations.  The thirteen recommendations
are labelled R1-R13 and are not gathered in one chapter: each is printed as a one-item list right after the finding
it follows from, scattered through chapters 3-6.  The renderer cannot print a bold label nor a label without
punctuation, so they print as "R4." with a hanging indent.  Chapter 7 "Our recommendations at a glance" repeats all
thirteen verbatim in a grid table "No. | Recommendation | To"; table cells cannot carry a Recommendation in the
docgen model, so the gold stays on the paragraphs of chapters 3-6 (the table rows are unannotated repeats).  The
summary also mentions some recommendations in running prose ("We recommend, among other things, that ...").

The response is a letter (no title page, serif) of the Minister of Infrastructure and Water Management on behalf of
the government, with general paragraphs that take no position ("The government shares the committee's view that the
week was unacceptable", recognising the central finding), three subject sections answering by subject without
numbers, and an annex grid table "Recommendation | Government position | Action and timeline" (position column:
Agree / Agree in part / Disagree / Noted).  Answers on table rows sit on the action cell.  Gold per recommendation:
R1 (ProRail, points heating) agree: concrete committed measure with date and money, no cue word in the cell.
R2 (ProRail+NS, decide 24h ahead) agree: committed protocol from 15 December 2025.
R3 (IenW, ring-fenced maintenance budget) partial: letter section on money, one-off EUR 40 million but no ring-fence.
R4 (NS+ProRail, 90-minute evacuation norm) partial: TRAP, the table says "Agree" but the action column only says
"We will explore options in 2026." - per the label definitions, exploring is partial, whatever the column says.
R5 (safety regions, risk profiles and yearly exercise) agree: Safety Regions Council decision reported with dates.
R6 (NS, information every 30 minutes) agree and R11 (IenW, national compensation scheme) disagree: one letter
paragraph answers both with different positions; the table rows repeat the positions.
R7 (Minister of Justice and Security, national rail crisis coordinator) disagree: missing from the annex table
(rows jump from R6 to R8), answered only in the letter's crisis-management section, polite refusal citing the
existing National Crisis Structure; the next paragraph (an IenW-NCTV alert arrangement) takes no position and is
not annotated.
R8 (IenW, winter indicator with penalty in the concessions) disagree: the letter recognises the concern (agrees with
the analysis) but will not add the indicator.
R9 (safety regions+ProRail, earthing agreements and 30-minute standard) partial: agreements yes, standard no.
R10 (ProRail, restart plan) not addressed: "Noted", passed to ProRail ("ProRail will respond to the committee
directly").
R12 (IenW, ILT yearly winter-readiness inspection) not addressed: "Noted" with only a description of what the ILT
already does.
R13 (IenW, yearly winter readiness letter before 1 November) agree: committed with a date.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: str, text: str, *departments: str) -> ItemList:
    """One recommendation, printed as an indented item whose label is its number ("R4.")."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="1.")


# --------------------------------------------------------------------------------------------------------------
# Recommendations (text as printed; repeated verbatim in the table of chapter 7)
# --------------------------------------------------------------------------------------------------------------

RECS = {
    "R1": ("ProRail should equip all priority switches on the main rail network with points heating of the newest "
           "generation, with remote monitoring of every heating element, and should replace the remaining "
           "gas-fired installations on these switches no later than the winter of 2027-2028.",
           ("OTHER",), "ProRail"),
    "R2": ("ProRail and NS should decide on a reduced winter timetable at least 24 hours before a KNMI code orange "
           "for snow or freezing rain takes effect, on the basis of criteria laid down in advance in a joint "
           "decision protocol, and should not revise that decision upwards during the day.",
           ("OTHER",), "ProRail, NS"),
    "R3": ("The Minister of Infrastructure and Water Management should create a structural, ring-fenced budget "
           "for winter-critical maintenance within ProRail's maintenance funding, so that points heating, "
           "de-icing equipment and snow clearing capacity no longer compete with other maintenance for the "
           "same money.",
           ("IenW",), "Minister of IenW"),
    "R4": ("NS and ProRail should adopt a binding norm under which passengers in a train that has come to a "
           "standstill outside a station are evacuated or moved on within 90 minutes, and should agree in advance "
           "who decides on an evacuation and with which means.",
           ("OTHER",), "NS, ProRail"),
    "R5": ("The safety regions should include a scenario with one or more stranded passenger trains in their "
           "regional risk profiles and should exercise this scenario at least once a year together with ProRail "
           "and NS.",
           ("GEMEENTEN",), "Safety regions"),
    "R6": ("NS should ensure that passengers in a train that has come to a standstill receive information at "
           "least every 30 minutes on the cause, the expected duration and the next step, also when nothing has "
           "changed, and should give train crews the means and the authority to provide that information.",
           ("OTHER",), "NS"),
    "R7": ("The Minister of Justice and Security should designate a national crisis coordinator for large-scale "
           "rail disruptions who, when more than two safety regions are affected, coordinates ProRail, NS and the "
           "safety regions and can decide on the deployment of replacement transport, shelter and police.",
           ("JenV",), "Minister of JenV"),
    "R8": ("The Minister of Infrastructure and Water Management should include a performance indicator for "
           "winter readiness, with a financial consequence when it is not met, in both the transport concession "
           "for the main rail network and ProRail's management concession.",
           ("IenW",), "Minister of IenW"),
    "R9": ("The safety regions and ProRail should make binding regional agreements on earthing the overhead line "
           "and giving emergency services access to the track, under which the overhead line is earthed within "
           "30 minutes of a request by the emergency services.",
           ("GEMEENTEN", "OTHER"), "Safety regions, ProRail"),
    "R10": ("ProRail should draw up a restart plan for the main rail network after a nationwide standstill, which "
            "sets out in advance the order in which corridors are reopened and which is published before each "
            "winter.",
            ("OTHER",), "ProRail"),
    "R11": ("The Minister of Infrastructure and Water Management should introduce a statutory compensation scheme "
            "for passengers who are stuck in a train for more than two hours, which also applies when the delay "
            "is caused by extreme weather.",
            ("IenW",), "Minister of IenW"),
    "R12": ("The Minister of Infrastructure and Water Management should instruct the Human Environment and "
            "Transport Inspectorate (ILT) to inspect the winter readiness of ProRail and NS every year before "
            "1 December and to publish its findings.",
            ("IenW",), "Minister of IenW"),
    "R13": ("The Minister of Infrastructure and Water Management should send the House of Representatives a "
            "winter readiness letter every year before 1 November, setting out the state of preparation of "
            "ProRail and NS and the progress made on the recommendations in this report.",
            ("IenW",), "Minister of IenW"),
}


def R(number: str) -> ItemList:
    text, departments, _ = RECS[number]
    return rec(number, text, *departments)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

CHRONOLOGY = Table(
    header=("Day", "What happened"),
    widths=(1.0, 4.2),
    rows=(
        ("Monday 3 February",
         "KNMI issues code orange for heavy snow from 15:00. NS runs the normal timetable. From 17:30 switch "
         "failures accumulate around Utrecht and Amsterdam; by 21:00 some 640 switches have been reported "
         "defective. Several evening trains are cancelled at short notice."),
        ("Tuesday 4 February",
         "Freezing rain in the west and centre of the country. Ice forms on the overhead line. At 07:52 intercity "
         "3541 stops between Hoofddorp and Nieuw-Vennep; its 412 passengers leave the train only at 14:31. By "
         "noon 23 trains are standing still outside a station."),
        ("Wednesday 5 February",
         "At 09:40 ProRail's Operational Control Centre Rail decides to halt all passenger traffic on the main "
         "rail network. Freight traffic stops as well. Stations in Utrecht, Amsterdam and Rotterdam are crowded; "
         "two safety regions open emergency shelters."),
        ("Thursday 6 February",
         "Limited service on four corridors. Much remains unclear to travellers: the NS journey planner shows "
         "trains that do not run. ProRail and NS disagree publicly about which corridors can be reopened."),
        ("Friday 7 February",
         "A second band of snow reaches the north and east. Two of the four corridors close again in the "
         "afternoon. The NCTV convenes an interdepartmental meeting for the first time."),
        ("Saturday 8 February",
         "Gradual restart from the west. Snow clearing crews from Germany and Belgium assist on the main "
         "junctions."),
        ("Sunday 9 February",
         "85 per cent of the timetable runs. NS reports the disruption as ended at 18:00."),
    ),
)

GLANCE = Table(
    header=("No.", "Recommendation", "To"),
    widths=(0.55, 5.0, 1.35),
    rows=tuple((number, text, addressee) for number, (text, _, addressee) in RECS.items()),
)

REPORT_BLOCKS = (
    H("Foreword"),
    P("In the first week of February 2025 the Dutch railways came to a halt. For the better part of a week, "
      "hundreds of thousands of travellers could not get to work, to school, to hospital appointments or home. "
      "Some of them spent a whole working day in a cold train between two stations, without knowing when they "
      "would be able to leave it. Freight trains with chemicals stood for days on sidings in residential areas. "
      "For a country that prides itself on one of the busiest and most reliable rail networks in Europe, it was "
      "a humbling week."),
    P("The House of Representatives asked for an independent inquiry, and the Minister of Infrastructure and "
      "Water Management set up our committee on 20 February 2025. We were asked to establish what happened, why "
      "the consequences were so severe, and what needs to change. We have tried to answer those questions "
      "without looking for culprits. Almost everyone we spoke to had worked long hours under difficult "
      "circumstances that week. Our conclusion is nonetheless that the system as a whole was not prepared for a "
      "winter storm of this kind, and that this was foreseeable."),
    P("We thank all those who spoke with us, and in particular the travellers who shared their experiences. "
      "Their accounts have shaped this report more than any data set."),
    P("On behalf of the committee, Prof. dr. M.A. Terpstra, chair"),
    PageBreak(),
    H("Summary"),
    P("Winter storm Hester brought heavy snow on Monday 3 February 2025 and freezing rain the following day. The "
      "weather was severe, but it was forecast several days in advance and it was not unprecedented. The rail "
      "system nevertheless failed in a way that surprised even those who run it. Switches froze because their "
      "heating was outdated or defective, ice on the overhead line brought trains to a standstill, and by "
      "Wednesday morning ProRail saw no alternative but to stop all traffic. It took until Sunday evening before "
      "most trains ran again."),
    P("We find that the disruption had three main causes. First, winter readiness had been eroded over years: "
      "points heating was not renewed on schedule and money for winter-critical maintenance competed with other "
      "priorities. Second, the decision to run a reduced timetable came too late, because there were no agreed "
      "criteria and the decision was revisited several times. Third, once trains were stranded, nobody was "
      "clearly in charge of getting passengers out, and the crisis organisations of the safety regions and the "
      "rail sector hardly knew each other."),
    P("What struck us most was the position of the passengers. On Tuesday 4 February 23 trains stood still "
      "outside a station; in the worst case 412 passengers waited six hours and thirty-nine minutes before they "
      "could leave the train. Many of them received no information for hours at a time. We consider this "
      "unacceptable."),
    P("We make thirteen recommendations. They are printed in the chapters where we set out our findings, "
      "directly after the finding they follow from, and chapter 7 lists them together. We recommend, among other "
      "things, that ProRail and NS decide on a winter timetable a day in advance on fixed criteria, that a norm "
      "is set for the evacuation of stranded trains, and that the Minister of Infrastructure and Water "
      "Management reports to Parliament every year on the state of winter readiness. A storm like Hester will "
      "come again. The question is not whether, but whether the railways will then be ready."),
    PageBreak(),
    H("1 Introduction"),
    H2("1.1 Why this inquiry"),
    P("Large-scale disruptions on the Dutch railways are not new. The winters of 2010 and 2012 led to earlier "
      "evaluations, and after each of them ProRail and NS drew up winter plans. The week of 3 to 9 February 2025 "
      "was, however, the longest nationwide standstill of passenger traffic since the railways were reorganised "
      "in the 1990s. On 12 February 2025 the House of Representatives adopted a motion asking for an independent "
      "inquiry into the causes and into the way passengers were treated.", footnotes=(
          "Motion by members of the standing committee on Infrastructure and Water Management, adopted on 12 "
          "February 2025 (fictional reference for this edition).",)),
    H2("1.2 Our assignment"),
    P("The Minister of Infrastructure and Water Management set up the Committee of Inquiry into the Winter Rail "
      "Disruptions by decree of 20 February 2025. The committee was asked to answer the following questions:"),
    bullets("What happened on the main rail network between 3 and 9 February 2025, and in what order?",
            "How well were ProRail, NS and the freight operators prepared for the winter, and what role did "
            "earlier winter plans play?",
            "How were passengers in stranded trains and at stations treated, and by whom?",
            "How did the crisis organisations of the rail sector, the safety regions and the national government "
            "work together?",
            "What should change to prevent a repetition or to limit its consequences?"),
    P("The committee is independent. It consisted of five members with backgrounds in rail operations, crisis "
      "management, public administration and consumer protection; their names are listed in the annex."),
    H2("1.3 How we worked"),
    P("We studied the logs of ProRail's Operational Control Centre Rail, the decision records of NS and the "
      "situation reports of the seven safety regions that were most affected. We held 64 interviews with staff "
      "of ProRail, NS, the freight operators, the safety regions, the police, the NCTV and the Ministry. Through "
      "a call on the NS and ProRail websites, 1,180 travellers sent us their accounts; we spoke at length with "
      "31 of them. Finally, we compared the Dutch approach with that of the rail infrastructure managers in "
      "Switzerland, Austria and Sweden."),
    P("All parties mentioned in this report have been given the opportunity to comment on a draft of the "
      "factual chapters. Where their comments concerned factual inaccuracies we have corrected the text."),
    H2("1.4 Reading guide"),
    P("Chapter 2 describes the week in outline. Chapters 3 to 6 contain our findings on preparation, on the "
      "passengers in stranded trains, on crisis management and on recovery and learning. Our recommendations "
      "are labelled R1 to R13 and are printed in those chapters, directly after the finding they follow from. "
      "Chapter 7 lists all recommendations and their addressees."),
    H("2 The week in outline"),
    P("Storm Hester was announced by the KNMI on Friday 31 January 2025 as a combination of heavy snow and, "
      "behind it, a zone of freezing rain. On Saturday the forecast was confirmed, and on Sunday evening the "
      "KNMI issued code orange for the provinces of North Holland, South Holland, Utrecht and Gelderland for the "
      "following afternoon. The table below summarises what happened in the days that followed."),
    CHRONOLOGY,
    P("In total, some 3.1 million planned train journeys were cancelled over the week. About 1,900 passengers "
      "spent more than two hours in a train that had come to a standstill outside a station. Freight traffic "
      "stood still for three and a half days; 41 freight trains with dangerous goods waited on sidings and "
      "shunting yards, eleven of them within built-up areas."),
    P("The economic damage is hard to estimate precisely. Employers' organisations put the loss of working hours "
      "at several hundred million euros. For this report the human consequences weigh more heavily: missed "
      "hospital appointments, children who could not be collected, and travellers who spent a night on a "
      "station floor."),
    H("3 Preparation for winter"),
    H2("3.1 Switches and overhead lines"),
    P("Of the roughly 7,000 switches on the main rail network, ProRail has designated some 1,450 as priority "
      "switches: switches at junctions and stations without which large parts of the timetable cannot run. "
      "Points heating keeps the moving parts of a switch free of snow and ice. On 3 February 2025, 380 of the "
      "priority switches still had gas-fired heating from the 1980s and 1990s, which ProRail had planned to "
      "replace by 2022. The replacement programme had been postponed twice, first because of shortages of "
      "contractors and then for budgetary reasons."),
    P("Defects in points heating are not always noticed in time. Only about a third of the priority switches have "
      "heating that reports its status to the control centre; for the others, a defect becomes visible only when "
      "the switch itself fails. On the evening of 3 February this is what happened at scale. Of the 640 switch "
      "failures reported that evening, ProRail later established that 402 had a defective or insufficient "
      "heating element.", footnotes=("ProRail, internal analysis of switch failures 3-5 February 2025, made "
                                     "available to the committee.",)),
    P("We conclude that the state of points heating was a direct and avoidable cause of the disruption. Modern "
      "heating with remote monitoring is available and has proven itself elsewhere. The question is not one of "
      "technology but of priority."),
    R("R1"),
    P("Ice on the overhead line is harder to prevent. ProRail has a small number of de-icing trains, which "
      "scrape and heat the contact wire, but on 4 February only three of the seven were available; the others "
      "were in maintenance. We return to the question of maintenance budgets in section 3.3."),
    H2("3.2 Deciding before the storm"),
    P("ProRail and NS have agreed since 2013 that in severe winter weather they may run a reduced timetable: "
      "fewer trains, but more reliable ones, with fewer switch movements. The decision to do so must be taken in "
      "time, because the timetable has to be prepared overnight. On Sunday 2 February, when the code orange was "
      "issued, ProRail proposed a reduced timetable for Monday afternoon. NS preferred to wait, pointing out "
      "that the snow was expected only after the morning rush hour. On Monday morning the parties agreed to run "
      "the normal timetable and to review the situation at noon."),
    P("That review came too late. By the time the snow arrived, the network was fully loaded, and switches that "
      "froze under trains could not be cleared. On Tuesday the same pattern repeated itself: a reduced timetable "
      "was decided at 05:00, revised upwards at 07:00 under pressure from the morning rush, and abandoned "
      "altogether at 09:40 on Wednesday."),
    P("The interviews show that staff on both sides felt pressure to keep as many trains running as possible. "
      "There were no criteria agreed in advance that would have taken that pressure away. Switzerland and "
      "Austria work with a fixed decision moment the day before and with thresholds linked to the national "
      "weather warnings; once the decision is taken, it is not revisited during the day."),
    R("R2"),
    H2("3.3 Money for winter-critical maintenance"),
    P("ProRail's maintenance is financed from the Mobility Fund, under a multi-year programme agreed with the "
      "Ministry. Winter-critical maintenance, such as the renewal of points heating, the upkeep of de-icing "
      "trains and the stock of snow clearing equipment, is part of the general maintenance budget. In the years "
      "2019 to 2024, ProRail repeatedly had to set priorities within a budget that did not keep pace with rising "
      "costs. We found that winter-critical maintenance lost out in those trade-offs each time, because after a "
      "series of mild winters its urgency was hard to demonstrate."),
    P("The Ministry was aware of the postponement of the points heating programme; it was reported in ProRail's "
      "annual reports for 2022 and 2023. We have not found that the Ministry raised questions about it. We "
      "understand that a minister cannot steer every maintenance decision of the infrastructure manager. But as "
      "long as winter readiness has to compete every year with maintenance that has a more visible deadline, "
      "it will lose."),
    R("R3"),
    PageBreak(),
    H("4 Passengers in stranded trains"),
    H2("4.1 Six and a half hours near Nieuw-Vennep"),
    P("On Tuesday 4 February at 07:52 intercity 3541 from Leiden to Amsterdam came to a standstill between "
      "Hoofddorp and Nieuw-Vennep after ice on the overhead line had caused a short circuit. The train carried "
      "412 passengers. The heating failed after about an hour. The driver and the two conductors had contact with "
      "the NS operational centre, but received no indication of when the train could be moved or evacuated."),
    P("An evacuation of a train on open track is a complex operation. The overhead line must be switched off "
      "and earthed, the adjacent track must be closed, and passengers must be able to walk safely to a point "
      "where buses can reach them. Each of these steps involves a different party: ProRail for the overhead line "
      "and the track, NS for the train and its passengers, the safety region and the police for the site and "
      "for replacement transport. On 4 February each party waited for another to take the first step. The "
      "passengers of the 3541 left the train only at 14:31, after a rescue locomotive had pulled it back to "
      "Hoofddorp."),
    P("This was the longest case, but not an isolated one. On the same day 22 other trains stood still outside "
      "a station, seven of them for more than three hours. At least fourteen passengers needed medical "
      "assistance, one of whom was taken to hospital with hypothermia. There is no norm for the maximum time "
      "passengers may be kept in a stranded train, and there are no standing agreements on who decides to "
      "evacuate."),
    R("R4"),
    H2("4.2 The safety regions"),
    P("The safety regions became involved in most cases only when passengers themselves called the emergency "
      "number. Their regional risk profiles do contain rail scenarios, but these concern collisions and "
      "accidents with dangerous goods, not a train full of passengers that simply cannot move. As a result, the "
      "regional emergency rooms had no script for such calls, and several of them first tried to establish "
      "whether an accident had occurred. Joint exercises of safety regions with ProRail and NS take place, but "
      "irregularly and mostly on accident scenarios.", footnotes=(
          "Of the 25 safety regions, nine held an exercise with ProRail in the period 2021-2024; none of these "
          "exercises concerned a stranded train.",)),
    R("R5"),
    H2("4.3 Information"),
    P("Nearly all the travellers who wrote to us mention the lack of information as the worst part of their "
      "experience. In stranded trains, announcements were often made only when there was news, and there was "
      "hardly ever news. Conductors told us they did not want to make promises they could not keep, and that "
      "they had been trained to pass on only information confirmed by the operational centre. Passengers "
      "interpreted the silence as indifference."),
    P("The NS journey planner showed for much of Thursday 6 February trains that did not run, because the "
      "reduced timetable had not been loaded into the system. At stations, information screens and the app "
      "contradicted each other. We recognise that information in a crisis is always incomplete. But even the "
      "message that nothing is known yet, repeated at fixed intervals, is better than silence."),
    R("R6"),
    H("5 Crisis management"),
    H2("5.1 The national level"),
    P("Large-scale disruptions on the railways are first of all handled by the rail sector itself: ProRail's "
      "Operational Control Centre Rail decides on the use of the network, and the operators decide on their "
      "trains and passengers. When the consequences extend beyond the railways, the safety regions are "
      "responsible in their own area. At national level the National Crisis Structure provides for coordination "
      "by the NCTV and, if necessary, for decision-making by the Ministerial Committee on Crisis Management."),
    P("In February 2025 the national level became involved late. Although from Wednesday 5 February all "
      "passenger traffic stood still and seven safety regions had activated their crisis organisation, the NCTV "
      "convened an interdepartmental meeting only on Friday 7 February. Until then the Ministry of "
      "Infrastructure and Water Management regarded the disruption as an operational matter for the rail "
      "sector, while the safety regions each dealt with the consequences in their own region. Decisions on "
      "replacement bus transport, on the opening of emergency shelters and on the deployment of police at "
      "crowded stations were taken region by region, and sometimes in contradiction with each other."),
    P("Nobody was formally in a position to weigh the interests of the rail sector, the safety regions and "
      "travellers against each other. We consider that a gap in the current arrangements for disruptions that "
      "are not an accident but that still affect the whole country."),
    R("R7"),
    H2("5.2 Steering by the Ministry"),
    P("The Minister of Infrastructure and Water Management steers NS through the transport concession for the "
      "main rail network and ProRail through its management concession. Both concessions contain performance "
      "indicators, such as punctuality and the proportion of passengers who get a seat, and a bonus-malus "
      "arrangement linked to some of those indicators. Winter readiness is not among them. In the concession "
      "dialogue of recent years, winter was mentioned only in passing."),
    P("We have considered whether steering through the concessions is the right instrument, since ProRail and NS "
      "should have an interest of their own in a reliable winter service. Our conclusion is that the financial "
      "incentives point the other way: a winter that passes without incident yields nothing, and the costs of "
      "preparation fall on the budget of the year itself. An explicit indicator would make winter readiness a "
      "subject the Ministry and the companies must discuss every year."),
    R("R8"),
    H2("5.3 Emergency services on the track"),
    P("Emergency services may enter the track only once the overhead line has been switched off and earthed. "
      "Earthing is carried out by specially trained ProRail staff, who must travel to the site. On 4 and 5 "
      "February the average time between a request from the emergency services and the confirmation of earthing "
      "was 78 minutes; in one case near Amersfoort it took three hours and ten minutes, partly because the "
      "earthing crew itself was delayed by the snow. Agreements between ProRail and the safety regions on "
      "earthing differ per region and are in several cases more than ten years old."),
    R("R9"),
    H("6 Recovery and learning"),
    H2("6.1 Restarting the network"),
    P("After a nationwide standstill the network cannot be restarted at once. Trains and staff are in the wrong "
      "places, switches must be checked, and priorities must be set between corridors. On Thursday 6 February "
      "ProRail and NS had different views on which corridors should reopen first; ProRail gave priority to "
      "corridors where the infrastructure was in order, NS to corridors with the most passengers. The "
      "discussion lasted most of the morning and was partly conducted in the media. No restart plan had been "
      "agreed in advance."),
    R("R10"),
    H2("6.2 Compensation for passengers"),
    P("Passengers whose train is delayed have a right to compensation under the European regulation on rail "
      "passengers' rights and under the money-back guarantee of NS. The European rules, however, allow an "
      "operator to refuse compensation when the delay is caused by extreme weather. NS invoked that exception "
      "for most of the week. Travellers who were stuck in a train for hours therefore received nothing, or only "
      "a voucher offered as a gesture of goodwill. We understand the logic of the exception, but we consider it "
      "unreasonable that the passengers who bore the heaviest consequences of an avoidable failure are left "
      "empty-handed."),
    R("R11"),
    H2("6.3 Supervision"),
    P("The Human Environment and Transport Inspectorate (ILT) supervises the safety of the railways. Its "
      "supervision focuses on safety management systems and on incidents, not on the reliability of the service "
      "in winter conditions. As a result, the postponement of the points heating programme was not the subject "
      "of any inspection in the years before 2025. We believe that an annual, public check by an independent "
      "supervisor would have brought the problem to light earlier."),
    R("R12"),
    H2("6.4 Learning from earlier winters"),
    P("After the winters of 2010 and 2012 ProRail and NS drew up winter plans, and the then Minister reported "
      "to the House on their implementation. That attention faded after a few mild winters. We found that the "
      "commitments made in 2012, including the renewal of points heating, were no longer tracked by anyone "
      "after 2016. Winter readiness needs a fixed moment of accountability every year, whatever the weather of "
      "the previous winter."),
    R("R13"),
    H("7 Our recommendations at a glance"),
    P("The table below lists the recommendations made in chapters 3 to 6, in the order in which they appear, "
      "together with the party or parties to which each is addressed."),
    GLANCE,
    P("We ask the addressees to respond to these recommendations within three months of the publication of this "
      "report, and we ask the Minister of Infrastructure and Water Management to coordinate the response."),
    PageBreak(),
    H("Annex: composition of the committee"),
    P("The Committee of Inquiry into the Winter Rail Disruptions consisted of:"),
    bullets("Prof. dr. M.A. Terpstra, chair, professor of public administration;",
            "ir. J.K. de Wit-Hamersma, former director of a regional rail operator;",
            "drs. R. Bouzidi, former director of a safety region;",
            "mr. A.C. van Leeuwen, consumer law specialist;",
            "dr. P.H. Oosterveld, engineer specialised in railway electrification."),
    P("The committee was supported by a secretariat of four staff members seconded by the Ministry of "
      "Infrastructure and Water Management, who worked exclusively under the direction of the committee."),
)

REPORT = Document(
    title="When the Trains Stood Still",
    subtitle="Report of the Committee of Inquiry into the Winter Rail Disruptions of 3 to 9 February 2025",
    blocks=REPORT_BLOCKS,
    running_header="Committee of Inquiry into the Winter Rail Disruptions  |  When the Trains Stood Still",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=("Committee of Inquiry into the Winter Rail Disruptions",
             "The Hague, 30 September 2025",
             "English edition of the Dutch report 'Toen de treinen stilstonden'"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV3 = ("The government will therefore make an additional €40 million available to ProRail for 2026 and 2027, but "
       "does not see reason to create a separate, ring-fenced budget for winter-critical maintenance.")
EV7 = ("The Minister of Justice and Security does not, however, consider it desirable to designate a separate "
       "national crisis coordinator for rail disruptions.")
EV8 = "It will not, however, add a winter indicator with a financial penalty to the concessions."
EV6 = ("From this winter onward, NS will inform passengers in a train that has come to a standstill at least every "
       "30 minutes, also when there is no news, and conductors will be authorised to do so without waiting for "
       "confirmation from the operational centre.")
EV11 = ("The government will not introduce a national statutory compensation scheme on top of the European rules "
        "on rail passengers' rights.")

EV1 = ("ProRail will fit new-generation points heating with remote monitoring to all 1,450 priority switches by "
       "1 October 2027, starting with the junctions around Utrecht, Amsterdam and Schiphol.")
EV2 = ("From 15 December 2025, ProRail and NS will decide on a reduced winter timetable no later than 24 hours "
       "before a KNMI code orange for snow or freezing rain takes effect, using the criteria of their new joint "
       "decision protocol.")
EV3T = "No separate ring-fenced budget."
EV4 = "We will explore options in 2026."
EV5 = ("The Safety Regions Council has decided that all 25 safety regions will add a scenario with stranded "
       "passenger trains to their regional risk profiles by 1 July 2026 and will exercise it with ProRail and NS "
       "every year from the autumn of 2026.")
EV6T = "NS will inform passengers in a stopped train at least every 30 minutes, from 15 December 2025."
EV8T = "The government does not consider a separate winter indicator with a financial penalty appropriate."
EV9 = ("Regional agreements will be in place in all 25 safety regions by 31 December 2026, but a fixed 30-minute "
       "standard for earthing the overhead line is not adopted, because on remote sections the earthing crew "
       "cannot reach the site within that time.")
EV11T = "No national scheme will be introduced."
EV13 = ("The Minister will send the House a winter readiness letter every year before 1 November, the first one in "
        "2026.")


def row(label: str, position: str, action: str, *answers: Answer) -> tuple:
    return (label, position, Cell(action, answers=answers))


ANNEX = Table(
    header=("Recommendation", "Government position", "Action and timeline"),
    widths=(2.2, 1.35, 4.2),
    rows=(
        row("R1 Points heating on priority switches (ProRail)", "Agree",
            EV1 + " The remaining gas-fired installations will be replaced in the same programme. Funded from the "
                  "additional budget referred to in the letter (about €31 million).",
            Answer("R1", "agree", EV1)),
        row("R2 Reduced winter timetable decided a day ahead (ProRail, NS)", "Agree",
            EV2 + " The protocol has been shared with the committee.",
            Answer("R2", "agree", EV2)),
        row("R3 Ring-fenced budget for winter-critical maintenance (Minister of IenW)", "Agree in part",
            "Additional €40 million for 2026 and 2027, see the letter. " + EV3T + " Structural funding after 2027 "
            "will be considered in the Mobility Fund planning for 2028.",
            Answer("R3", "partial", EV3T)),
        row("R4 Evacuation norm for stranded trains (NS, ProRail)", "Agree", EV4,
            Answer("R4", "partial", EV4)),
        row("R5 Stranded trains in regional risk profiles and exercises (safety regions)", "Agree",
            EV5 + " The Minister of Justice and Security supports this decision.",
            Answer("R5", "agree", EV5)),
        row("R6 Information to passengers every 30 minutes (NS)", "Agree",
            "See the letter. " + EV6T + " New instructions for train crews take effect on the same date.",
            Answer("R6", "agree", EV6T)),
        row("R8 Winter indicator in the concessions (Minister of IenW)", "Disagree",
            "See the letter. " + EV8T + " Winter readiness will be a standing item in the annual concession "
            "dialogue with NS and ProRail from 2026.",
            Answer("R8", "disagree", EV8T)),
        row("R9 Agreements on earthing and access to the track (safety regions, ProRail)", "Agree in part",
            EV9 + " ProRail will publish the average earthing time per region each year.",
            Answer("R9", "partial", EV9)),
        row("R10 Restart plan after a nationwide standstill (ProRail)", "Noted",
            "This recommendation is addressed to ProRail. ProRail will respond to the committee directly."),
        row("R11 Statutory compensation for passengers stuck in a train (Minister of IenW)", "Disagree",
            "See the letter. " + EV11T + " The NS goodwill arrangement for February 2025 has been extended to all "
            "passengers who were in a stranded train for more than two hours.",
            Answer("R11", "disagree", EV11T)),
        row("R12 Annual inspection of winter readiness by the ILT (Minister of IenW)", "Noted",
            "The ILT supervises the safety management systems of ProRail and the rail operators under the "
            "Railways Act and reports on them in its annual report on transport safety. Its multi-annual "
            "supervision programme is set by the Inspector-General."),
        row("R13 Annual winter readiness letter to the House (Minister of IenW)", "Agree",
            EV13 + " The letter will cover the state of points heating, the decision protocol and the results "
                   "of the joint exercises.",
            Answer("R13", "agree", EV13)),
    ),
)

RESPONSE_BLOCKS = (
    P("Date: 12 December 2025"),
    P("Subject: Government response to the report 'When the Trains Stood Still' of the Committee of Inquiry into "
      "the Winter Rail Disruptions"),
    P("Dear Madam President,"),
    P("On 30 September 2025 the Committee of Inquiry into the Winter Rail Disruptions presented its report 'When "
      "the Trains Stood Still' to me. On behalf of the government, and in consultation with the Minister of "
      "Justice and Security, I hereby send you the government's response. In preparing it, we have consulted "
      "ProRail, NS and the Safety Regions Council."),
    P("I would like to thank the chair and the members of the committee for their thorough and accessible "
      "report, produced in a short time. I also thank the many travellers who shared their experiences with the "
      "committee. Their accounts make painfully clear what the week of 3 to 9 February meant for people."),
    H2("A week that should not be repeated"),
    P("The government shares the committee's view that the week was unacceptable. Passengers were left in cold "
      "trains for hours without information, and for days the country could not rely on its railways. That a "
      "winter storm forecast days in advance could have these consequences is something we must not accept."),
    P("The government also recognises the committee's central finding that winter readiness eroded over a series "
      "of mild winters, and that the responsibilities of the rail sector, the safety regions and the national "
      "government did not connect when it mattered. The committee's analysis is a sound basis for improvement."),
    P("The annex to this letter sets out the government's position on each recommendation, together with the "
      "action that will be taken and its timeline. Where a recommendation is addressed to ProRail, NS or the "
      "safety regions, the annex reflects what they have told us. In this letter I discuss the main lines: the "
      "money for winter-critical maintenance, the position of passengers, the steering of ProRail and NS, and "
      "crisis management."),
    H2("Money for winter-critical maintenance"),
    P("The committee shows convincingly that the renewal of points heating was postponed for years because it "
      "had to compete with other maintenance. The government wants to end that situation quickly. " + EV3 + " "
      "The extra money is earmarked in the 2026 and 2027 agreements with ProRail for points heating, de-icing "
      "trains and snow clearing equipment. A permanent ring-fence would reduce the flexibility ProRail needs to "
      "set priorities in its maintenance as a whole; decisions on structural funding after 2027 will be taken in "
      "the Mobility Fund planning for 2028.",
      answers=(Answer("R3", "partial", EV3),)),
    H2("Passengers"),
    P("The committee rightly puts the passengers at the centre of its report. " + EV6 + " NS has told me that "
      "this is already part of the crew instructions for the current winter. " + EV11 + " Those rules were "
      "revised only recently, and a national scheme that sets aside their exception for extreme weather would "
      "put Dutch operators in a different position from operators elsewhere in Europe. I have, however, asked NS to deal generously with "
      "the claims of passengers who were stuck in a train in February.",
      answers=(Answer("R6", "agree", EV6), Answer("R11", "disagree", EV11))),
    H2("Steering of ProRail and NS"),
    P("The committee finds that the concessions give ProRail and NS too little incentive to invest in winter "
      "readiness. The government recognises this concern. " + EV8 + " A penalty would withdraw money from the "
      "very maintenance the committee wants to see strengthened, and the concessions already contain a "
      "bonus-malus arrangement for the handling of large disruptions. Instead, winter readiness will become a "
      "standing item in the annual concession dialogue.",
      answers=(Answer("R8", "disagree", EV8),)),
    H2("Crisis management"),
    P("The committee concludes that in February the national level became involved too late and that decisions "
      "on replacement transport, shelter and police were taken region by region. The Minister of Justice and "
      "Security agrees that coordination between the rail sector and the safety regions fell short that week. "
      + EV7 + " The National Crisis Structure already allows the NCTV to convene the parties concerned as soon as "
      "a disruption affects several regions, and a separate coordinator for one sector would add a layer to a "
      "structure that is meant to work for every type of crisis.",
      answers=(Answer("R7", "disagree", EV7),)),
    P("In February that structure was activated late. The NCTV and the Ministry of Infrastructure and Water "
      "Management have since agreed that the Ministry will alert the NCTV as soon as passenger traffic is halted "
      "in more than one safety region."),
    H2("Finally"),
    P("Storm Hester showed how vulnerable the railways are to a winter that, as the committee rightly notes, was "
      "not unprecedented. ProRail, NS, the safety regions and the government each have their part to play in "
      "making sure that the next storm finds them better prepared. The committee's report will help us to do so."),
    P("Yours sincerely,"),
    P("The Minister of Infrastructure and Water Management,"),
    P("ir. H.G. Doornbos"),
    PageBreak(),
    H("Annex: Government position per recommendation"),
    P("The table lists the recommendations of the committee in the order of its report, the position of the "
      "government and the action that will be taken, with its timeline."),
    ANNEX,
)

RESPONSE = Document(
    title="Ministry of Infrastructure and Water Management",
    subtitle="To the President of the House of Representatives of the States General, The Hague",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response to the report 'When the Trains Stood Still'",
    footer="Page {page} of {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="rail_disruption_inquiry_en",
    report=REPORT,
    response=RESPONSE,
    description="English inquiry report on a week-long winter rail standstill (13 recommendations R1-R13 scattered "
                "through the findings chapters, repeated in a grid table) and the IenW minister's letter with an "
                "annex table 'Recommendation | Government position | Action and timeline'; R4 'Agree' but only "
                "explores (partial), R7 missing from the table but refused in the letter, R10 noted and passed to "
                "ProRail, R12 noted with existing policy only.",
)
