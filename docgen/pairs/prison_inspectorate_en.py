"""Pair (English): a fictional Chief Inspector of Prisons reports on an unannounced inspection of Ashcombe Vale
Prison, and the prison service and Ministry of Justice answer with an action plan.

Layout traits this pair tests.  The report (sans, title page, running header) has numbered sections 1-7 and two
appendices.  Each of sections 3-7 ends with a box-like heading "Recommendations" (a one-cell shaded table with no
rows), after which every recommendation is a bold label on its own line ("Recommendation 3.2": section number and a
counter) followed by the recommendation as an indented, unlabelled paragraph (``style=""`` list).  Three sections
open their box with "Key concern and recommendation 3.1 / 4.1 / 6.1": the bold label is followed by two indented
paragraphs, the key concern (findings) and then the recommendation; gold text is always the recommendation paragraph
only.  The three key-concern recommendations are printed first as "•" bullets in the summary "What needs to improve"
(duplicates, with "(key concern 3.1)" appended), so their gold page is the summary page.  Traps: "Notable positive
practice" boxes with bold labels "Notable positive practice 5.3" and "7.4" that look exactly like recommendations but
are not; a healthy prison outcomes table; an appendix table of the 2021 recommendations ("The governor should ...")
with their progress, which are not recommendations of this report.  Addressees: the governor, the prison service
(the executive agency) and the health care provider are all "OTHER" (none is in the Dutch departments.csv); the
Ministry of Justice is "KABINET" (the government, as the brief for this English pair prescribes).

The response (serif, letterhead, no title page) opens with an introduction: thanks and context (no position), a
paragraph that shares the concern about time locked in cell (analysis only, not a position on 6.1), a paragraph on
drugs by subject without numbers that agrees to the scanners (4.1, agree) and refuses routine staff searching (4.2,
disagree), a pass-on of the health care recommendation to the provider, and a paragraph that describes existing
accommodation funding and defers 7.2 to a future Reducing Reoffending Plan (not addressed; 7.2 is left out of the
table).  Then an "Action plan" table: "No." | "Recommendation" | "Response (Agreed / Partly agreed / Not agreed)" |
"Action and timescale" | "Responsible"; gold answers sit on the action cell, whose deciding sentence is the evidence.

Gold positions: 3.1 agree (strategy published, no cue word); 3.2 agree (date, no cue word); 3.3 partial (row says
"Agreed" but the action only reviews and considers); 3.4 partial (publishes data, will not guarantee 28 days);
4.1 agree (letter: scanners by March 2025); 4.2 disagree (letter, blunt "we will not introduce it"); 4.3 agree
("We accept this recommendation."); 5.1 agree (repairs and screens with dates); 5.2 not addressed (row: "Response to
follow from the provider."); 6.1 partial (six hours only for those in full-time activity); 6.2 agree (recruitment
campaign and retention payment, no cue word); 6.3 agree ("The governor accepts this recommendation."); 6.4 disagree
(polite: "does not consider it appropriate"); 7.1 disagree (points at the national Offender Management Model);
7.2 not addressed (deferred to the Reducing Reoffending Plan); 7.3 agree (hub checks since November 2024).
All prose is fictional and was written for this held-out test set.
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

GOVERNOR = ("OTHER",)
SERVICE = ("OTHER",)
PROVIDER = ("OTHER",)
MINISTRY = ("KABINET",)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def box(title: str) -> Table:
    """A shaded, ruled box holding only a heading, as the inspectorate prints above its recommendations."""
    return Table(header=(title,), rows=(), widths=(1.0,), font_size=10.5)


def indented(*items: ListItem) -> ItemList:
    return ItemList(items=items, style="")


def recommendation(number: str, departments: tuple[str, ...], text: str) -> tuple:
    return (P(f"Recommendation {number}", bold=True),
            indented(ListItem(text, recommendation=Recommendation(number, departments))))


def key_concern(number: str, departments: tuple[str, ...], concern: str, text: str) -> tuple:
    return (P(f"Key concern and recommendation {number}", bold=True),
            indented(ListItem(concern), ListItem(text, recommendation=Recommendation(number, departments))))


def positive_practice(number: str, text: str) -> tuple:
    return (P(f"Notable positive practice {number}", bold=True), indented(ListItem(text)))


# --------------------------------------------------------------------------------------------------------------
# Recommendation texts (the response's table quotes them)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "3.1": "The governor should introduce a violence reduction strategy based on a regular analysis of local data, "
           "and ensure that every perpetrator and victim of serious violence is managed through consistent, "
           "individual case management.",
    "3.2": "The governor should ensure that body-worn cameras are switched on during every use of force, and that "
           "footage of all incidents is reviewed promptly to identify poor practice and learning.",
    "3.3": "The governor should ensure that every prisoner managed under self-harm case management has a named key "
           "worker, and that a member of the health care team attends each case review.",
    "3.4": "The Ministry of Justice should ensure that prisoners assessed as needing treatment in a secure hospital "
           "are transferred within 28 days of referral, and should publish data on transfer times for each prison.",
    "4.1": "The prison service should provide Ashcombe Vale with a body scanner in reception and equipment to screen "
           "all incoming correspondence, including legal mail, for drugs.",
    "4.2": "The prison service should introduce routine searching of all staff and their belongings on entry to the "
           "prison, supported by a dedicated searching team.",
    "4.3": "The governor should restore a full programme of random mandatory drug testing that meets the required "
           "monthly target, and use the results to direct both security measures and treatment.",
    "5.1": "The governor should ensure that all cell call bells work and are answered within five minutes, and that "
           "every shared cell has a screened toilet.",
    "5.2": "The health care provider should reduce the waiting time for a routine GP appointment to no more than two "
           "weeks, and ensure that prisoners referred to the mental health team are assessed within five working "
           "days.",
    "6.1": "The governor should provide a regime that gives every prisoner at least six hours a day out of cell on "
           "weekdays, including time spent in education, skills or work.",
    "6.2": "The prison service should bring the number of prison officers at Ashcombe Vale up to the agreed staffing "
           "benchmark, supported by a targeted local recruitment and retention scheme.",
    "6.3": "The governor should ensure that every prisoner is allocated to education, skills or work within four "
           "weeks of arrival, and that attendance at allocated sessions is at least 85%.",
    "6.4": "The Ministry of Justice should provide in-cell digital devices for all prisoners at Ashcombe Vale, so "
           "that they can continue to learn during periods when the regime is restricted.",
    "7.1": "The prison service should reduce the caseloads of prison offender managers at Ashcombe Vale to no more "
           "than 50 prisoners each, so that every prisoner has a sentence plan within eight weeks of sentence.",
    "7.2": "The Ministry of Justice should work with local housing authorities to ensure that no prisoner is "
           "released from Ashcombe Vale without accommodation for at least the first night, and should fund "
           "emergency accommodation where none is available.",
    "7.3": "The governor should ensure that every prisoner is released with proof of identity, a bank account and a "
           "confirmed first appointment with the probation service.",
}

CONCERN = {
    "3.1": "Violence had risen by 43% since our last inspection, and the rate of serious assaults on staff was among "
           "the highest of any comparable prison. Leaders collected a large amount of data about incidents but did "
           "not use it to understand why violence was happening, and the management of those involved was "
           "not consistent.",
    "4.1": "Illicit drugs were easy to obtain and lay at the root of much of the violence, debt and self-harm we "
           "found. Most of the supply entered through the post and through visits, yet the prison had neither a "
           "body scanner nor any reliable means of detecting drug-soaked paper.",
    "6.1": "Around 40% of prisoners were locked in their cells during the working day, and unemployed prisoners had "
           "on average less than three hours a day out of their cells. The regime had been curtailed on 61 of the "
           "90 days before the inspection, most often because of staff shortages.",
}


def summary_bullet(number: str, departments: tuple[str, ...]) -> ListItem:
    return ListItem(f"{REC[number]} (key concern {number})",
                    recommendation=Recommendation(number, departments, duplicate_of=number))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Introduction"),
    P("Ashcombe Vale is a category C training prison holding around 930 adult men, most of them serving sentences of "
      "between two and ten years. It stands on the edge of a market town, in buildings of very different ages: two "
      "Victorian wings that once formed part of a county asylum, three residential units built in the 1990s and a "
      "modern block that opened in 2019. Its purpose is to give men the education, training and work that will help "
      "them to lead law-abiding lives after release. On this inspection we found that, for far too many men, it was "
      "not achieving that purpose."),
    P("The prison had declined since our last full inspection in 2021. Violence had risen sharply, and the supply of "
      "drugs, much of it in the form of synthetic cannabinoids sprayed onto paper, was fuelling debt, bullying and "
      "self-harm. Almost half of the men who answered our survey told us that it was easy to get illicit drugs, and "
      "nearly a third said that they had developed a problem with drugs since arriving. Staff shortages meant that "
      "the regime was frequently curtailed, and on the days we visited around 40% of prisoners were locked in their "
      "cells during the working day."),
    P("There were strengths to build on. The governor, who had been in post for eight months, had a realistic "
      "understanding of the prison's difficulties, and we met many committed officers, instructors and health care "
      "staff who were doing their best in hard circumstances. Relationships between staff and prisoners were "
      "generally respectful. The peer health champion scheme and the 'first week out' telephone line, both of which "
      "we describe as notable positive practice, showed what can be achieved when prisoners are trusted with real "
      "responsibility, and the new resettlement hub was beginning to make a difference to men approaching release."),
    P("Leaders at the prison could not, however, resolve some of the most serious problems on their own. Ashcombe "
      "Vale had been operating with around 15% fewer officers than its staffing benchmark for more than a year, and "
      "the equipment that has reduced the supply of drugs in other prisons had not been provided. Men who were "
      "acutely mentally unwell were waiting far too long for a transfer to hospital, and too many men were released "
      "without anywhere safe to live. For that reason several of our recommendations are addressed to the prison "
      "service and to the Ministry of Justice as well as to the governor."),
    P("This report sets out three key concerns and a further thirteen recommendations. I expect the action plan "
      "that follows it to say clearly what will be done, by whom and by when. We will return to Ashcombe Vale to "
      "assess what progress has been made."),
    P("Dr Miriam Okafor-Blake"),
    P("Chief Inspector of Prisons, September 2024"),
    PageBreak(),
    H("What needs to improve at Ashcombe Vale"),
    P("During this inspection we identified three key concerns. Key concerns are the issues that we consider most "
      "pressing and that require the immediate attention of leaders. Each of them is set out below with its "
      "recommendation, and each is repeated, with the evidence that supports it, at the end of the section of the "
      "report to which it belongs."),
    ItemList(style="•", items=(
        summary_bullet("3.1", GOVERNOR),
        summary_bullet("4.1", SERVICE),
        summary_bullet("6.1", GOVERNOR),
    )),
    P("Our other thirteen recommendations are set out at the end of sections 3 to 7. They are addressed to the "
      "governor, to the prison service, to the health care provider and to the Ministry of Justice. We also "
      "describe two examples of notable positive practice: innovative work that other prisons may be able to learn "
      "from. These are not recommendations and do not require a response."),
    H2("Healthy prison outcomes"),
    P("We assess every prison against four healthy prison tests. For each test we give one of four outcomes: good, "
      "reasonably good, not sufficiently good or poor. The outcomes at this inspection, compared with those of our "
      "last full inspection in 2021, are shown below."),
    Table(header=("Healthy prison test", "Outcome in 2021", "Outcome in 2024"),
          rows=(("Safety", "Not sufficiently good", "Poor"),
                ("Respect", "Reasonably good", "Not sufficiently good"),
                ("Purposeful activity", "Not sufficiently good", "Poor"),
                ("Rehabilitation and release planning", "Not sufficiently good", "Not sufficiently good")),
          widths=(2.2, 1.4, 1.4)),
    P("Outcomes had deteriorated in three of the four areas. The decline in safety and purposeful activity is of "
      "particular concern, because the two are closely connected: men who spend most of the day locked in their "
      "cells with little to do are more likely to use drugs and to get into debt, and the violence that follows in "
      "turn makes it harder for staff to unlock them safely."),
    PageBreak(),
    H("1  About this inspection"),
    H2("How we inspected"),
    P("This was an unannounced inspection. The prison was told of our arrival on the morning of Monday 3 June 2024, "
      "and the inspection team was on site for two weeks. During that time we observed the daily regime on every "
      "residential unit, attended meetings about safety, security and resettlement, examined records and spoke "
      "with prisoners and staff in private and in groups. Inspectors were free to go anywhere in the prison at any "
      "time, including in the evenings and at weekends."),
    P("Before the inspection we carried out a confidential survey of a representative sample of prisoners. "
      "Of the 286 men we approached, 219 completed the survey, a response rate of 77%. We also held structured "
      "interviews with 38 men who had recently been involved in violent incidents, who were managed under self-harm "
      "case management or who were within twelve weeks of release. Where this report gives survey figures, they "
      "refer to the men who answered the relevant question."),
    P("We inspected health care jointly with the regional health care regulator, and education, skills and work "
      "jointly with the education inspectorate. The findings of both partner inspectorates are reflected in the "
      "relevant sections of this report."),
    H2("The prison"),
    P("Ashcombe Vale has an operational capacity of 952 men. At the start of the inspection it held 934. The "
      "population had changed since 2021: men arrived with longer sentences and more complex needs, and a growing "
      "proportion came directly from local prisons after short periods on remand. The main features of the "
      "population on the first day of the inspection were as follows:"),
    ItemList(style="•", items=(
        ListItem("61% of prisoners were serving sentences of four years or more;"),
        ListItem("18% were aged between 21 and 25, and 9% were over 60;"),
        ListItem("12% were foreign nationals, from 31 different countries;"),
        ListItem("27% had been convicted of an offence of violence and 22% of a drug offence;"),
        ListItem("around 110 men were released each month, most of them to the surrounding three counties."),
    )),
    P("The prison has six residential units. Blocks A and B are the former asylum wings, where most cells are "
      "designed for one person but about a third now hold two. Blocks C, D and E date from the 1990s, and F block, "
      "the newest, houses the prison's incentivised substance-free living unit and its resettlement hub. Education "
      "takes place in a learning centre in the middle of the site, and there are eleven workshops, a kitchen, a "
      "laundry and a horticulture area with polytunnels."),
    H("2  Leadership"),
    P("The governor had arrived in October 2023, the third governor in four years. She had quickly identified "
      "violence, drugs and the restricted regime as the prison's main problems and had set out clear priorities in a "
      "prison improvement plan. Staff we spoke to understood those priorities and most were positive about the "
      "direction the prison was taking. The senior team was, however, stretched: four of the eleven senior posts "
      "were filled on a temporary basis, and several functional heads were also covering the work of absent "
      "colleagues."),
    P("Leaders had improved the quality of the information they received, but they did not yet use it "
      "consistently to decide what to do. Meetings on safety, security and the regime each received detailed data, "
      "yet we saw little evidence that the data had led to changes in practice, and actions were often carried over "
      "from one month to the next without being completed. The links between the prison and its partners, in "
      "particular the health care provider and the probation service, were not strong enough."),
    P("Much of what needed to improve depended on decisions taken outside the prison. The staffing shortfall, the "
      "lack of security equipment and the shortage of secure hospital beds were all matters on which the prison had "
      "asked for help, in some cases repeatedly. We make no recommendation in this section; the recommendations in "
      "the sections that follow are addressed to those who can act on them."),
    H("3  Safety"),
    H2("Early days in custody"),
    P("Men arriving at Ashcombe Vale were generally treated with courtesy in reception, and most were seen by a "
      "member of staff and by a nurse on their first night. The first night unit on C block was clean and calm, and "
      "peer workers gave new arrivals useful information. However, the reception area was cramped and there was no "
      "private room for interviews, so men were asked about risks and worries within earshot of others. In our "
      "survey, only 56% of men said they had felt safe on their first night, compared with 71% at our last "
      "inspection."),
    H2("Violence and bullying"),
    P("Violence had increased markedly. In the twelve months before the inspection there had been 412 recorded "
      "assaults, 43% more than in the year before our last inspection, including 126 assaults on staff. Twenty-one "
      "of the assaults were classed as serious. The rate of assaults on staff was among the highest of any "
      "comparable prison. Much of the violence was linked to debt, the trading of drugs and disputes between groups "
      "from different towns, and in our survey 38% of men said they currently felt unsafe."),
    P("The prison collected a large amount of information about violence, which was presented each month to the "
      "safety intervention meeting. We saw detailed tables showing where and when incidents took place, but no one "
      "had analysed them to explain why violence was rising or to test whether the measures taken were working. "
      "Individual case management of perpetrators and victims was inconsistent: some men had well-maintained plans "
      "with clear targets, while others involved in repeated incidents had none, and victims were often moved to "
      "another unit without further support."),
    H2("Use of force"),
    P("Force had been used 687 times in the previous year, a high figure for a category C prison. Most incidents we "
      "reviewed were justified, and de-escalation was often attempted first. Governance was weak, however. "
      "Body-worn cameras had been switched on in only 38% of incidents, and in several serious incidents there was "
      "no footage at all. The use of force committee reviewed a small sample of footage, often weeks after the "
      "event, which limited its ability to identify poor practice or to learn from good practice."),
    H2("Self-harm and suicide prevention"),
    P("There had been two self-inflicted deaths since our last inspection, and recorded self-harm had risen by a "
      "quarter. At the time of the inspection 47 men were managed under self-harm case management. The quality of "
      "the plans we reviewed was mixed. Many men could not name a member of staff who was responsible for their "
      "care, and health care staff had attended only four of the twelve case reviews we observed or examined, even "
      "where the man concerned was under the care of the mental health team."),
    P("We were particularly concerned about men who had been assessed as needing treatment in a secure hospital. "
      "Six men were waiting for a transfer during the inspection. The average wait was 97 days and the longest 211 "
      "days, far beyond the 28 days that national guidance expects. Two of these men were held in the segregation "
      "unit because no other safe location was available, an environment that is wholly unsuitable for people who "
      "are acutely unwell. No published data allowed the prison, or anyone else, to compare these waits with those "
      "in other prisons."),
    box("Recommendations"),
    *key_concern("3.1", GOVERNOR, CONCERN["3.1"], REC["3.1"]),
    *recommendation("3.2", GOVERNOR, REC["3.2"]),
    *recommendation("3.3", GOVERNOR, REC["3.3"]),
    *recommendation("3.4", MINISTRY, REC["3.4"]),
    H("4  Security and drugs"),
    H2("The supply of drugs"),
    P("Drugs were the single greatest threat to the safety and stability of the prison. Almost half (48%) of the men "
      "who answered our survey said it was easy to get illicit drugs, and 31% said they had developed a problem with "
      "drugs since arriving at Ashcombe Vale. Synthetic cannabinoids were the most common drug found, often sprayed "
      "onto letters, greetings cards and children's drawings. During the inspection we saw several men who were "
      "visibly under the influence, and staff told us that they had become used to calling for medical help for "
      "men who had collapsed after smoking paper."),
    P("Intelligence showed that most drugs entered through the post and through the visits hall, with a smaller "
      "amount thrown over the perimeter fence. The prison had no body scanner and no equipment for screening "
      "correspondence, although both had been requested. Staff in the post room examined letters by hand and "
      "photocopied some items, but legal mail was not checked at all, and intelligence suggested that forged legal "
      "correspondence had become a route for drugs."),
    P("Three members of staff had been dismissed in the previous year for bringing in prohibited items, and the "
      "security department believed that corruption accounted for a small but significant part of the supply. "
      "Searching of staff at the gate was carried out only occasionally, when intelligence justified it, and there "
      "was no dedicated team for it. In our view, a more systematic approach is needed, in which all staff are "
      "searched as a matter of routine."),
    H2("Drug testing and treatment"),
    P("Random mandatory drug testing had been suspended for five months in the year before the inspection because of "
      "staff shortages, and when it resumed it had not met the required target of testing 10% of the population "
      "each month. The positive rate in the months when testing took place was 29%. Because testing was so "
      "irregular, leaders had no reliable picture of drug use, and results were not used to decide where searches "
      "should be targeted or which men should be offered treatment."),
    P("The substance misuse service, provided by a charity under contract to the health care provider, was "
      "well regarded by the men who used it, and its caseload of 214 men reflected the scale of need. The "
      "incentivised substance-free living unit on F block was a calm and positive place, but it had only 40 places "
      "and a waiting list of more than 60."),
    box("Recommendations"),
    *key_concern("4.1", SERVICE, CONCERN["4.1"], REC["4.1"]),
    *recommendation("4.2", SERVICE, REC["4.2"]),
    *recommendation("4.3", GOVERNOR, REC["4.3"]),
    H("5  Respect: living conditions and health care"),
    H2("Living conditions"),
    P("Outdoor areas were well kept, and the newer units were in reasonable condition. The two Victorian wings were "
      "tired and, in places, dirty. Many cells designed for one person now held two men, and in 83 shared cells the "
      "toilet was not screened, so that men had to use it in full view of their cellmate, often while the other man "
      "was eating. This is degrading and should not be tolerated."),
    P("Call bells were not working in a significant number of cells. We tested the bells in 60 cells and found that "
      "nine did not work at all; in the cells where they did work, response times recorded by the prison showed "
      "that a quarter of calls in the previous month had taken longer than five minutes to answer, and some more "
      "than twenty. Men told us they had stopped using the bells because nobody came."),
    H2("Health care"),
    P("Health services were provided by Meridian Health Partnership under a contract with the regional health "
      "commissioner. Staff were caring and knew their patients well, but the service was struggling to meet demand. "
      "The wait for a routine GP appointment was six weeks, and men referred to the mental health team waited on "
      "average 19 days for an initial assessment. Around 30% of GP appointments were lost each month because men "
      "could not be escorted to the health care centre."),
    P("In contrast, the peer health champion scheme was impressive. It had been designed by the health care team "
      "together with prisoners, and the champions were well trained, well supervised and highly valued by staff "
      "and prisoners alike."),
    box("Recommendations"),
    *recommendation("5.1", GOVERNOR, REC["5.1"]),
    *recommendation("5.2", PROVIDER, REC["5.2"]),
    box("Notable positive practice"),
    *positive_practice("5.3", "Twenty-four trained peer health champions, at least one on every landing, helped men "
                              "to book appointments, explained how to use the health care application system and "
                              "ran monthly sessions on topics such as blood pressure and stopping smoking. Uptake of "
                              "health screening had more than doubled on the units where the scheme had been "
                              "introduced first."),
    H("6  Time out of cell, education, skills and work"),
    H2("Time out of cell"),
    P("Time out of cell was far too limited. During our roll checks an average of 40% of men were locked in their "
      "cells during the working day. Men who were employed full-time could expect around six and a half hours out "
      "of their cells on a good day, but the 290 men who had no allocated activity had on average two hours and "
      "forty minutes. The published regime was curtailed on 61 of the 90 days before the inspection, in most cases "
      "because there were not enough officers to run it."),
    P("The staffing shortfall lay behind most of the problems we describe. At the time of the inspection the "
      "prison had 266 officers in post against a benchmark of 312, and a further 19 officers were on long-term sick "
      "leave. Almost a third of the officers in post had less than two years' experience, and turnover among new "
      "recruits was high: of the 58 officers who joined in 2023, 21 had already left. Local pay rates and the cost "
      "of housing in the area made recruitment difficult."),
    H2("Education, skills and work"),
    P("The prison had enough activity places for around 620 men, which is not enough for its population. Allocation "
      "was slow: men waited on average nine weeks after arrival for a place in education, skills or work, and "
      "during that time most spent the day in their cells. Attendance at allocated sessions was poor, at 63%, "
      "partly because instructors and escorting staff were regularly redeployed to residential units."),
    P("The quality of teaching was generally reasonable, and the vocational workshops in bricklaying, catering "
      "and horticulture gave men qualifications that employers value. However, there was no way for men to continue "
      "learning when the regime was curtailed. The prison had no in-cell technology, and distance learning relied on "
      "paper workbooks that were often out of date. Other prisons that have introduced in-cell devices have used "
      "them to maintain learning during lock-down periods, and we consider that this would make a real difference at "
      "Ashcombe Vale."),
    box("Recommendations"),
    *key_concern("6.1", GOVERNOR, CONCERN["6.1"], REC["6.1"]),
    *recommendation("6.2", SERVICE, REC["6.2"]),
    *recommendation("6.3", GOVERNOR, REC["6.3"]),
    *recommendation("6.4", MINISTRY, REC["6.4"]),
    H("7  Rehabilitation and release planning"),
    H2("Offender management"),
    P("Prison offender managers were dedicated and knowledgeable, but their caseloads were too high for them to do "
      "more than respond to the most urgent tasks. The average caseload was 78 prisoners, and some officers carried "
      "more than 90. In our sample, 41% of eligible men had no sentence plan eight weeks after sentence, and many "
      "of the plans that did exist had not been reviewed for more than a year. Contact with men was often limited "
      "to what was needed to complete a risk assessment before a parole hearing or release."),
    H2("Preparing for release"),
    P("The resettlement hub on F block, opened in January 2024, brought together staff from the prison, the "
      "probation service, the local councils and voluntary organisations. Men we spoke to valued it, and the "
      "'first week out' line was an excellent initiative. However, not every man received help with the basics. In "
      "our sample of men released in the previous three months, 14% had left without any form of identification, "
      "22% without a bank account and 17% without a confirmed appointment with the probation service."),
    P("The lack of accommodation on release was the most serious resettlement problem. In the six months before the "
      "inspection, 23% of men had been released homeless or to temporary accommodation for which no address was "
      "known on the day of release. Resettlement staff had no budget for emergency accommodation and depended on "
      "the willingness of local councils, which varied greatly. Men released without an address were more likely to "
      "miss their first probation appointment and to be recalled to prison."),
    box("Recommendations"),
    *recommendation("7.1", SERVICE, REC["7.1"]),
    *recommendation("7.2", MINISTRY, REC["7.2"]),
    *recommendation("7.3", GOVERNOR, REC["7.3"]),
    box("Notable positive practice"),
    *positive_practice("7.4", "The resettlement hub ran a 'first week out' telephone line, staffed by a resettlement "
                              "officer and two trained prisoners, which men could call in their first week after "
                              "release for help with appointments, benefits or problems with their accommodation. "
                              "In its first six months the line had taken 212 calls."),
    PageBreak(),
    H("Appendix I  Progress on recommendations from the last report"),
    P("Our last full inspection of Ashcombe Vale took place in May 2021. The table below sets out what progress had "
      "been made against the main recommendations of that report. These recommendations are not repeated, but the "
      "issues they raised are reflected where relevant in the findings and recommendations of this report."),
    Table(header=("Recommendation from the 2021 report", "Progress in 2024"),
          rows=(("The governor should ensure that every new arrival has a private interview with a member of staff "
                 "on the first night to identify risks and needs.", "Partially achieved"),
                ("The governor should ensure that data on the use of force are analysed to identify and address any "
                 "disproportionate use against particular groups.", "Not achieved"),
                ("The prison service should ensure that Ashcombe Vale has sufficient staff to deliver its published "
                 "regime.", "Not achieved"),
                ("The governor should ensure that every prisoner has a named officer who knows him and his needs.",
                 "Achieved")),
          widths=(4.0, 1.3)),
    H("Appendix II  Inspection team"),
    P("The inspection was led by Colin Ferreira-Watts, team leader, with inspectors Hannah Lindqvist, Obi Nwachukwu, "
      "Sarah Pennington and Tomasz Wiśniewski. Researchers Amira Haddad and Lewis Granger carried out the prisoner "
      "survey. Health care was inspected by Dr Ruth Ellacombe and Dev Sharma of the health care regulator, and "
      "education, skills and work by Joan McAlister and Peter Okonkwo of the education inspectorate."),
    H("Appendix III  Glossary"),
    ItemList(style="•", items=(
        ListItem("Challenge and support plan: an individual plan used to manage a prisoner who is violent or at risk "
                 "of violence, with targets and regular reviews."),
        ListItem("Key concern: an issue that we consider most pressing and that requires the immediate attention of "
                 "leaders."),
        ListItem("Notable positive practice: innovative work that other prisons may be able to learn from."),
        ListItem("Self-harm case management: the process for supporting a prisoner at risk of suicide or self-harm, "
                 "with a care plan and regular multidisciplinary case reviews."),
        ListItem("Staffing benchmark: the number of officers that the prison service has assessed a prison needs to "
                 "run its published regime safely."),
    )),
)

REPORT = Document(
    title="Report on an unannounced inspection of Ashcombe Vale Prison",
    subtitle="by the Chief Inspector of Prisons\nInspection dates: 3–14 June 2024",
    blocks=REPORT_BLOCKS,
    running_header="Ashcombe Vale Prison – report on an unannounced inspection",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Office of the Chief Inspector of Prisons", "Published October 2024"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV41_LETTER = ("We will therefore install a body scanner in reception and a correspondence scanner in the post room by "
               "the end of March 2025.")
EV42_LETTER = ("Routine searching of every member of staff is not, in our view, a proportionate response to the "
               "intelligence picture at Ashcombe Vale, and we will not introduce it.")

EV31 = ("A new violence reduction strategy, based on a monthly analysis of incidents by location, time of day and "
        "prisoner group, was published on 30 September 2024.")
EV32 = ("From 1 December 2024 the duty governor will check body-worn camera footage of every use of force within 72 "
        "hours, and any failure to switch a camera on will be dealt with through the performance management "
        "process.")
EV33 = ("The Head of Safety will review the arrangements for self-harm case reviews and will consider, with the "
        "health care provider, whether a named key worker can be allocated to every prisoner on self-harm case "
        "management within existing staffing levels.")
EV34 = ("The Ministry will publish quarterly data on transfer times to secure hospitals for each prison from April "
        "2025, but it cannot guarantee transfer within 28 days in every case, because the commissioning of secure "
        "hospital beds is the responsibility of the health commissioners.")
EV41 = ("A body scanner will be installed in reception and a correspondence scanner in the post room by 31 March "
        "2025, funded from the national security investment budget at a cost of £410,000.")
EV42 = "The reasons for not introducing routine searching of all staff are set out in the introduction to this plan."
EV43 = "We accept this recommendation."
EV51 = ("All 46 defective call bells identified by the audit will be repaired by 20 December 2024, and privacy "
        "screens will be fitted to the toilet area of every shared cell by 31 March 2025.")
EV61 = ("From 6 January 2025 prisoners allocated to full-time education, skills or work will be unlocked for at "
        "least six hours each weekday, but a minimum of six hours for every prisoner, including those without an "
        "allocated activity, cannot be delivered until the prison reaches its staffing benchmark.")
EV62 = ("A targeted recruitment campaign began on 7 October 2024 to bring Ashcombe Vale up to its benchmark of 312 "
        "prison officers by September 2025, and a retention payment of £3,000 for officers who complete their "
        "second year of service will be paid from April 2025.")
EV63 = "The governor accepts this recommendation."
EV64 = ("While the Ministry recognises the value of digital learning, it does not consider it appropriate to provide "
        "in-cell devices at a single prison ahead of the national evaluation of the in-cell technology pilot, which "
        "is due to report in 2026.")
EV71 = ("Caseloads of prison offender managers are set nationally under the Offender Management Model, which "
        "already allows for variation between prisons according to the risk profile of their population, and the "
        "Service will not set a separate limit for Ashcombe Vale.")
EV73 = ("Since 4 November 2024 the resettlement hub has checked every prisoner's identity documents, bank account "
        "and first probation appointment twelve weeks before release, and arranges any that are missing.")


def row(number: str, response: str, action: str, responsible: str, position: str | None = None,
        evidence: str | None = None) -> tuple:
    answers = (Answer(number, position, evidence),) if position else ()
    return (number, REC[number], response, Cell(action, answers=answers), responsible)


ACTION_PLAN = Table(
    header=("No.", "Recommendation", "Response (Agreed / Partly agreed / Not agreed)", "Action and timescale",
            "Responsible"),
    widths=(0.62, 2.3, 1.2, 3.2, 1.55),
    font_size=8.5,
    rows=(
        row("3.1", "Agreed",
            f"{EV31} Since October 2024 every perpetrator and victim of serious violence has been managed under an "
            "individual challenge and support plan, reviewed weekly at the safety intervention meeting.\n"
            "Timescale: completed; effectiveness to be reviewed in March 2025.",
            "Governor; Head of Safety", "agree", EV31),
        row("3.2", "Agreed",
            f"{EV32} Compliance will be reported to the monthly use of force committee.\n"
            "Timescale: 1 December 2024.",
            "Governor; Head of Security", "agree", EV32),
        row("3.3", "Agreed",
            f"{EV33}\nTimescale: review to be completed by 31 January 2025.",
            "Head of Safety", "partial", EV33),
        row("3.4", "Partly agreed",
            f"{EV34} The Ministry will continue to press for faster transfers through the joint transfer board.\n"
            "Timescale: first publication April 2025.",
            "Ministry of Justice – Director, Prisons Policy", "partial", EV34),
        row("4.1", "Agreed",
            f"{EV41} Until then, all general correspondence will be photocopied and the originals withheld, and "
            "legal mail will be verified with the sender's firm before it is issued.\n"
            "Timescale: 31 March 2025.",
            "Prison and Rehabilitation Service – Director of Security; Governor", "agree", EV41),
        row("4.2", "Not agreed",
            "Enhanced gate security will continue to be deployed at Ashcombe Vale on an intelligence-led basis, "
            f"including unannounced searches of staff at the gate. {EV42}",
            "Prison and Rehabilitation Service – Director of Security", "disagree", EV42),
        row("4.3", "Agreed",
            f"{EV43} Random mandatory drug testing resumed in full in August 2024 and has met the monthly target of "
            "10% of the population in each month since. Results are reviewed monthly by the drug strategy "
            "committee and used to target searches and to refer men to the substance misuse service.\n"
            "Timescale: completed; ongoing monitoring.",
            "Governor; Head of Security", "agree", EV43),
        row("5.1", "Agreed",
            f"A full cell audit was completed in September 2024. {EV51} Call bell response times are checked daily "
            "by the orderly officer and reported weekly to the governor.\n"
            "Timescale: 31 March 2025.",
            "Governor; Head of Residence", "agree", EV51),
        row("5.2", "–", "Response to follow from the provider.",
            "Meridian Health Partnership (health care provider)"),
        row("6.1", "Partly agreed",
            f"{EV61} The position will be reconsidered when the new regime has been in place for six months.\n"
            "Timescale: 6 January 2025; further review July 2025.",
            "Governor; Head of Operations", "partial", EV61),
        row("6.2", "Agreed",
            f"{EV62} Progress is reported monthly to the Prison Group Director.\n"
            "Timescale: September 2025.",
            "Prison and Rehabilitation Service – Prison Group Director", "agree", EV62),
        row("6.3", "Agreed",
            f"{EV63} Allocation to education, skills or work within four weeks of arrival was added to the induction "
            "standard on 1 November 2024. The Head of Reducing Reoffending reports attendance weekly against a "
            "target of 85%, and activity staff are no longer redeployed to residential duties except in an "
            "emergency.\n"
            "Timescale: attendance target to be met by 30 June 2025.",
            "Governor; Head of Reducing Reoffending", "agree", EV63),
        row("6.4", "Not agreed",
            f"{EV64} Ashcombe Vale will be considered alongside other prisons when decisions on a national roll-out "
            "are taken.",
            "Ministry of Justice – Director, Rehabilitation and Education", "disagree", EV64),
        row("7.1", "Not agreed",
            f"{EV71} The timeliness of sentence plans will continue to be monitored through the prison performance "
            "framework.",
            "Prison and Rehabilitation Service – Director of Offender Management", "disagree", EV71),
        row("7.3", "Agreed",
            f"{EV73} Completion is checked at the pre-release board for every man.\n"
            "Timescale: completed.",
            "Governor; Head of Resettlement", "agree", EV73),
    ),
)

RESPONSE_BLOCKS = (
    H("Introduction", level=2),
    P("The Prison and Rehabilitation Service welcomes the Chief Inspector's report on Ashcombe Vale Prison and "
      "thanks the inspection team for a thorough and constructive inspection. We are also grateful to the staff and "
      "prisoners at Ashcombe Vale who spoke openly to the inspectors. This action plan has been prepared by the "
      "Service together with the Ministry of Justice, which has responded to the recommendations addressed to it."),
    P("The report makes difficult reading. Ashcombe Vale has faced serious challenges since 2022, as its population "
      "has changed and it has struggled to recruit and keep officers. In March 2024 the prison was placed in the "
      "Service's enhanced support programme, which provides additional leadership capacity, specialist help with "
      "safety and security and closer oversight by the Prison Group Director. That support will continue "
      "throughout 2025."),
    P("We share the Chief Inspector's concern that too many men at Ashcombe Vale spend most of the day locked in "
      "their cells, and we recognise that this undermines much of what the prison is trying to achieve in education, "
      "work and rehabilitation. Our response to the recommendation on time out of cell, and to the related "
      "recommendation on staffing, is set out in the action plan."),
    P("We agree that reducing the supply of drugs is the most urgent priority at Ashcombe Vale, because so much of "
      "the violence and self-harm described in the report is linked to drugs and the debts they create. The post "
      "and visits are the main routes of supply, and the equipment the Chief Inspector describes has made a "
      f"measurable difference at other prisons. {EV41_LETTER} We have considered carefully the proposal that all "
      f"staff should be searched every time they enter the prison. {EV42_LETTER} Intelligence-led searches of staff "
      "at the gate will continue, and will be stepped up whenever the intelligence requires it.",
      answers=(Answer("4.1", "agree", EV41_LETTER), Answer("4.2", "disagree", EV42_LETTER))),
    P("Health services at Ashcombe Vale are commissioned by the regional health commissioner and delivered by "
      "Meridian Health Partnership. The provider will respond directly to the Chief Inspector on the recommendation "
      "addressed to it, and its response will be published alongside this action plan."),
    P("Recommendation 7.2 concerns the accommodation available to men on release, which depends on local housing "
      "authorities as well as on the justice system. The Ministry already funds up to twelve weeks of temporary "
      "accommodation for prison leavers at risk of homelessness through the Community Accommodation Service. It "
      "will set out its position on the recommendation in the Reducing Reoffending Plan, which is due to be "
      "published in spring 2025, and the recommendation is therefore not included in the action plan below."),
    P("The action plan sets out, for each of the other recommendations, whether it is agreed, partly agreed or not "
      "agreed, what action will be taken and by when, and who is responsible. Where a recommendation is partly "
      "agreed or not agreed, the reasons are given in the action column."),
    H("Action plan", level=2),
    ACTION_PLAN,
    H("Monitoring and assurance", level=2),
    P("Progress against this action plan will be monitored by the Prison Group Director at the quarterly performance "
      "review of Ashcombe Vale, and reported to the Service's Prisons Board. The Independent Monitoring Board for "
      "the prison will receive a copy of each quarterly update. We will provide the Chief Inspector with an update "
      "on progress in advance of the next inspection."),
    P("Director General, Prisons"),
    P("Prison and Rehabilitation Service, 19 November 2024"),
)

RESPONSE = Document(
    title="Response to the Chief Inspector of Prisons' report on Ashcombe Vale Prison",
    subtitle="Action plan of the Prison and Rehabilitation Service and the Ministry of Justice – November 2024",
    blocks=RESPONSE_BLOCKS,
    running_header="Ashcombe Vale Prison – action plan in response to the inspection report",
    footer="Page {page} of {pages}",
    font_family="serif",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="prison_inspectorate_en",
    report=REPORT,
    response=RESPONSE,
    description="English prison inspection report (16 recommendations as bold 'Recommendation 3.2' / 'Key concern and "
                "recommendation 4.1' labels after 'Recommendations' boxes, 'Notable positive practice' look-alikes, "
                "key concerns repeated as summary bullets) and an action plan table with Agreed / Partly agreed / Not "
                "agreed; drugs answered by subject in the introduction; 5.2 left to the provider, 7.2 deferred.",
)
