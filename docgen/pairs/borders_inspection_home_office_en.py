"""Pair (English): a fictional UK-style inspection report by the Independent Chief Inspector of Borders and
Immigration on the handling of age-disputed asylum claims, and the "Home Office response" to it.

Report layout: sans, title page with imprint (office, "Presented to Parliament pursuant to ...", date, HC number),
running header, footer "{page}".  Chapters numbered in the heading text ("4. Initial age decisions at the border")
with unnumbered level-2 sections.  A foreword signed by the Chief Inspector; "1. Key findings" with a bullet list of
findings; "2. Background" with a grid table of age dispute figures (Table 1); "3. Scope and methodology" with a
bold lead-in and a "1." numbered list of lines of enquiry (not recommendations), bullet lists of the evidence base
and of the inspection expectations; chapters 4-7 with findings, a row-ruled table of the case-file review (Table 2),
a grid table of NAAB timeliness (Table 3), bold "Case example" lead-ins, an en-dash list of good practice, and a
footnote or two.  The thirteen recommendations sit in "8. Recommendations" in three "1." lists under bold lead-ins
"The Home Office should:" (1-10), "The Home Office and local authorities should:" (11, list starting at 11) and
"Local authorities should:" (12-13, list starting at 12).  No recommendation is printed twice; the key findings
chapter only says how many there are.  Annex A (role and remit) and acknowledgements close the report.

Response layout: sans, no title page (title and publication line open page 1), footer "Page {page} of {pages}".
A short "Foreword" (thanks, context, counts of the verdicts, and one subject-only answer on NAAB training), then
"Recommendations and responses" with a level-2 heading per recommendation ("Recommendation 1"; one combined heading
"Recommendations 12 and 13"), the recommendation restated verbatim (a quotation: no position), a bold verdict line
("Accepted", "Accepted in principle", "Partially accepted", "Not accepted", "Noted") and one to three paragraphs,
the first opening "Response:".  The verdict paragraph and the response paragraphs carry the Answer; the verdict line
comes first and decides, and is read together with what follows it.  "Next steps" closes the document.

  #  addressee                   gold           why
  1  two officers + written notice (OTHER)     agree     "Accepted"; revised guidance in force 2 March 2026
  2  audit 200 border decisions (OTHER)        agree     "Accepted"; the audit asked for is committed (240 cases,
                                                         April 2026) and a summary published by June 2026
  3  NAAB 28-day service standard (OTHER)      disagree  "Not accepted"; capacity figures given as context, then
                                                         "does not believe that a fixed 28-day service standard ..."
  4  NAAB training (OTHER)                     agree     first answered by subject in the foreword (committed
                                                         five-day course and two-yearly refresher), then "Accepted"
  5  leave adult hotels within 48h (OTHER)     partial   "Accepted in principle", followed only by "will explore ...
                                                         whether a 48-hour timescale is achievable"
  6  data fields + quarterly statistics (OTHER) partial  "Partially accepted": fields yes (Sept 2026), quarterly
                                                         publication declined "at this stage"
  7  evaluate scientific methods first (OTHER) disagree  "Not accepted"; earlier committee advice as the reason
  8  written information + advocacy (OTHER)    partial   "Partially accepted": leaflet in 20 languages, no funded
                                                         advocacy service
  9  no detention of age-disputed (OTHER)      not_addressed  "Noted"; existing policy, then deferred to the Adults
                                                         at Risk review: "The Home Office will set out its position on
                                                         this recommendation when that review concludes ..."
 10  independent review of NAAB decisions (OTHER) disagree "Not accepted"; existing QA and courts as the reason
 11  national information-sharing protocol (OTHER, GEMEENTEN) agree  "Accepted"; joint protocol published by
                                                         September 2026
 12  two trained social workers (GEMEENTEN)    not_addressed  "Noted"; passed on: "It is for local authorities to
                                                         respond to them." (combined section with 13)
 13  accept referrals despite HO decision (GEMEENTEN) not_addressed  same combined pass-on paragraph

Totals: agree 4 (1, 2, 4, 11), partial 3 (5, 6, 8), disagree 3 (3, 7, 10), not_addressed 3 (9, 12, 13).
All people, figures, systems' release dates and case examples are fictional and written for this test set.
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

HO = ("OTHER",)
LA = ("GEMEENTEN",)
HO_LA = ("OTHER", "GEMEENTEN")


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# The recommendations, as printed (the response restates them verbatim)
# --------------------------------------------------------------------------------------------------------------

R1 = ("Require that every initial age decision made at the border under the 'significantly over 18' test is taken "
      "by two officers who have both seen the person, one of them at least a Higher Executive Officer, who each record the specific features of "
      "appearance and demeanour relied on, and that the individual is given the decision in writing, in a language "
      "they understand, with an explanation of how it can be challenged.")
R2 = ("Within six months, audit a sample of at least 200 initial age decisions made at the border since January "
      "2024 to establish how many of the people treated as adults were subsequently found to be children, and "
      "publish the results together with the action the Home Office will take in response.")
R3 = ("Set and publish a service standard that the National Age Assessment Board completes an assessment within 28 "
      "calendar days of accepting a referral, and report performance against that standard every quarter.")
R4 = ("Ensure that every social worker employed or contracted by the National Age Assessment Board completes at "
      "least five days of accredited training in age assessment, trauma-informed interviewing and working with "
      "interpreters before conducting assessments, followed by refresher training at least every two years.")
R5 = ("Ensure that any person treated as an adult following an initial age decision is moved out of adult asylum "
      "accommodation within 48 hours whenever a local authority, a safeguarding professional or the accommodation "
      "provider raises a concern that they may be a child.")
R6 = ("Record the outcome of every age dispute, the date of each decision and the body that made it in consistent, "
      "mandatory fields on the caseworking system, and publish quarterly statistics on age disputes and their "
      "outcomes as part of the official immigration statistics.")
R7 = ("Before any use of scientific methods of age assessment under the 2024 regulations, commission and publish an "
      "independent evaluation of their accuracy, their margins of error and their ethical implications for the age "
      "range concerned.")
R8 = ("Provide every person whose age is disputed with written information, in a language they understand, about "
      "the age assessment process, their rights during it and how to obtain legal advice, and fund an independent "
      "advocacy service for age-disputed young people.")
R9 = ("Ensure that no person whose age is disputed is detained under immigration powers until a Merton-compliant "
      "assessment has concluded that they are an adult.")
R10 = ("Introduce an independent review of National Age Assessment Board decisions that the young person or the "
       "referring local authority can request without having to bring judicial review proceedings.")
R11 = ("Agree and publish a national protocol setting out what information each will share when an age-disputed "
       "person is referred for assessment, within what timescales, and who is responsible for telling the young "
       "person the outcome.")
R12 = ("Ensure that every age assessment they carry out is conducted by two social workers who have been trained in "
       "age assessment, and that the young person is offered an appropriate adult throughout the assessment "
       "interviews.")
R13 = ("Accept a referral for an age assessment from any young person who claims to be a child, even where the Home "
       "Office has made an initial decision to treat them as an adult, and reach their own conclusion rather than "
       "relying on that decision.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("Few decisions in the asylum system carry as much weight as a decision about a person's age. A young person "
      "accepted as a child is placed in the care of a local authority, goes to school and has a social worker. A "
      "young person treated as an adult is sent to a hotel or a large site with adults they do not know, may be "
      "interviewed without an appropriate adult and may, in some circumstances, be detained. Getting the decision "
      "wrong in one direction puts children at risk; getting it wrong in the other places adults among children. "
      "Neither outcome is acceptable, and both have been the subject of concern for many years."),
    P("This inspection looked at how the Home Office makes and records initial decisions about age at the border, "
      "at the work of the National Age Assessment Board since it began taking referrals in 2023, and at how the "
      "Home Office works with local authorities, which remain responsible for most age assessments. I was "
      "encouraged by the commitment of many of the staff we met, and by the professionalism of the social workers "
      "of the Board. But I was concerned by what we found in the records of initial decisions, by the length of "
      "time that some young people wait for an assessment, and by the number of people who remained in adult "
      "accommodation after a local authority had told the Home Office that it believed them to be children."),
    P("The Home Office does not know how many of the people it treats as adults at the border are later found to be "
      "children. Until it does, it cannot be confident that the 'significantly over 18' test is being applied as "
      "Parliament and the courts intended. I have therefore made a recommendation that the Home Office audit a "
      "sample of those decisions and publish what it finds."),
    P("This report makes 13 recommendations. Ten are for the Home Office, one is for the Home Office and local "
      "authorities together, and two are for local authorities. The report was sent to the Home Secretary on 3 "
      "November 2025."),
    P("Martin Ashworth-Reid"),
    P("Independent Chief Inspector of Borders and Immigration"),
    PageBreak(),

    H("1. Key findings"),
    P("Between April and September 2025, inspectors examined 120 case files, observed initial age decisions at two "
      "intake sites, and interviewed more than 90 Home Office staff, social workers, local authority managers and "
      "representatives of voluntary sector organisations. The main findings were:"),
    bullets(
        "The records of initial age decisions at the border were poor. In 29 of the 70 initial decisions examined, "
        "the officer had done no more than tick a box stating that the person's appearance and demeanour 'very "
        "strongly suggested' that they were significantly over 18.",
        "Only 31 of the 70 people treated as adults at the border had been given anything in writing to explain the "
        "decision, and none of the written notices examined was in a language other than English.",
        "Of the 70 people treated as adults at the border whose files were examined, 18 were later assessed by a "
        "local authority or the National Age Assessment Board to be children. The Home Office does not collect "
        "this information systematically.",
        "The National Age Assessment Board (NAAB) produces assessments that are generally thorough and well "
        "reasoned, but the average time from referral to outcome rose from 58 days in the spring of 2024 to 97 days in the spring of 2025.",
        "Training for NAAB social workers was inconsistent. Some had completed a three-day induction; others, "
        "recruited through agencies in 2024, had received no structured training before starting assessments.",
        "People whose age was disputed by a local authority commonly stayed in adult hotels for weeks after the "
        "concern had been raised; in the sample, the median was 19 days and the longest was 71 days.",
        "Data on age disputes were held in free text, in local spreadsheets and in three different fields of the "
        "caseworking system, and could not be reconciled.",
        "Relations between the Home Office and local authorities were strained in some regions. Local authorities "
        "complained of incomplete referrals; Home Office staff complained of assessments that were never completed.",
    ),
    P("The inspection makes 13 recommendations, which are set out in chapter 8."),

    H("2. Background"),
    H2("Age assessment in the asylum system"),
    P("A person who claims asylum in the United Kingdom and says that they are under 18 is entitled to be treated "
      "as a child unless there is reason to doubt that claim. Many young people arrive without reliable documents, "
      "and their age cannot then be established with certainty. Where the Home Office doubts a person's claimed "
      "age, it may take an initial decision at the point of arrival. Since 2023, officers may treat a person as an "
      "adult only where two officers, one of them at least a Chief Immigration Officer or equivalent, have "
      "assessed that the person's physical appearance and demeanour very strongly suggest that they are "
      "'significantly over 18'. In all other cases, the person must be treated as a child until a full assessment "
      "has been carried out.", footnotes=(
        "Home Office, Assessing age, guidance for caseworkers and officers, version 7.0 (2024). The guidance "
        "replaced the earlier test of 'significantly over 25' in 2023.",)),
    P("A full assessment must be 'Merton-compliant', after the 2003 judgment of the High Court that set out the "
      "minimum standards of fairness for such assessments. A Merton-compliant assessment is a holistic assessment, "
      "usually conducted by two trained social workers over several sessions. The young person must be told the "
      "purpose of the assessment, be given the chance to respond to any adverse points, and be offered an "
      "appropriate adult. Most Merton-compliant assessments are carried out by local authorities, which have "
      "duties towards children in need in their area under the Children Act 1989."),
    H2("The National Age Assessment Board"),
    P("The Home Office established the National Age Assessment Board in March 2023. It employs and contracts "
      "qualified social workers to carry out Merton-compliant assessments at the request of local authorities, "
      "which may choose to refer a young person to the Board instead of assessing them themselves. The Board's "
      "assessments are binding on the Home Office for the purposes of the asylum claim. At the time of the "
      "inspection, the Board had 64 social workers in post, of whom 23 were agency staff, and had completed 1,412 "
      "assessments since it was established."),
    H2("Scientific methods of age assessment"),
    P("Regulations made in 2024 provide for the use of specified scientific methods, namely radiographs of the hand "
      "and wrist and magnetic resonance imaging of the knee, as part of an age assessment. The regulations followed "
      "advice from an independent scientific advisory committee. The Home Office told inspectors that it intended to "
      "begin using these methods in 2026 and was procuring a provider. At the time of the inspection no scientific "
      "method had been used in any assessment, and this report does not consider how they will work in practice."),
    H2("The number of age disputes"),
    P("Table 1 shows the number of age disputes raised in asylum cases in each of the last three calendar years and "
      "in the first half of 2025, and their outcomes where known. The figures are drawn from the Home Office's "
      "published statistics and from management information provided to inspectors."),
    P("Table 1: Age disputes and their outcomes, 2022 to June 2025", bold=True),
    Table(
        header=("Period", "Age disputes raised", "Resolved", "Found to be a child", "Found to be an adult",
                "Outcome not recorded"),
        rows=(
            ("2022", "5,480", "4,611", "2,307", "2,304", "869"),
            ("2023", "4,932", "3,906", "1,752", "2,154", "1,026"),
            ("2024", "3,717", "2,640", "1,318", "1,322", "1,077"),
            ("January to June 2025", "2,104", "908", "427", "481", "1,196"),
        ),
        widths=(2.2, 1.4, 1.2, 1.4, 1.4, 1.5),
        rules="grid",
    ),
    P("The proportion of disputes whose outcome is not recorded has grown every year. Some of these cases are still "
      "awaiting an assessment; others have been resolved but the outcome was never entered on the system. The Home "
      "Office could not tell inspectors how many fell into each group."),

    H("3. Scope and methodology"),
    P("The inspection examined the Home Office's handling of claims in which a person's age is disputed, from the "
      "initial decision at the point of arrival to the conclusion of a full assessment. It did not examine the "
      "quality of age assessments carried out by local authorities, which are outside the Chief Inspector's remit, "
      "though it did consider how the Home Office works with them."),
    P("The inspection set out to answer the following questions:", bold=True),
    ItemList(items=(
        ListItem("Are initial age decisions at the border made, recorded and communicated in line with the Home "
                 "Office's own guidance?"),
        ListItem("Does the National Age Assessment Board produce timely, fair and well-reasoned assessments?"),
        ListItem("Are people whose age is disputed safeguarded appropriately while their age is being resolved?"),
        ListItem("Does the Home Office hold accurate data on age disputes, and does it use them to improve its "
                 "decisions?"),
        ListItem("How effectively does the Home Office work with local authorities on age assessment?"),
    ), style="1."),
    P("Inspectors gathered evidence in the following ways:"),
    bullets(
        "a review of 120 case files: 70 initial age decisions made at two intake sites between January 2024 and "
        "March 2025, and 50 completed NAAB assessments;",
        "observation of 11 initial age decisions at one intake site in May 2025;",
        "interviews and focus groups with 94 people, including Border Force and asylum intake officers, NAAB social "
        "workers and managers, staff of accommodation providers, and managers from 14 local authorities;",
        "a call for evidence, which received 23 written submissions from voluntary organisations, legal "
        "practitioners and local authorities;",
        "conversations with nine young people who had been through the process, arranged with the help of two "
        "charities and held with an advocate present.",
    ),
    P("The inspection was carried out against the Chief Inspector's published expectations of asylum, immigration "
      "and border functions. Those of particular relevance were that:"),
    bullets(
        "decisions are right first time, based on the evidence, and are clearly reasoned and recorded;",
        "individuals are treated with humanity and fairness, and vulnerable people are identified and safeguarded;",
        "people know what is happening to them and what they can do about it;",
        "the Home Office holds reliable data and uses them to understand and improve its performance;",
        "the Home Office works effectively with the other organisations whose cooperation it needs.",
    ),
    P("The draft report was shared with the Home Office in October 2025 for a factual accuracy check. The Home "
      "Office's comments have been taken into account where appropriate."),

    H("4. Initial age decisions at the border"),
    H2("How decisions are made"),
    P("At the intake sites, people who have arrived by small boat are screened by asylum intake officers, with "
      "Border Force officers present for security checks. Where a person claims to be under 18 and an officer "
      "doubts that claim, the officer is required to consult a second officer, who must be at least a Chief "
      "Immigration Officer or, in the asylum intake unit, a Higher Executive Officer. Both must agree that the "
      "person's physical appearance and demeanour very strongly suggest that they are significantly over 18, and "
      "both must record their reasons on the age assessment form."),
    P("Inspectors observed 11 such decisions. In most, the officers were careful and conscientious, and in two the "
      "second officer disagreed with the first and the person was treated as a child. However, officers told "
      "inspectors that at busy times, when several boats arrived on the same day, the second officer might be "
      "'signing off' decisions on a queue of forms without seeing the person. One officer said: 'You trust your "
      "colleague. You're not going to go down and look at everyone.'"),
    H2("The quality of the records"),
    P("The case-file review confirmed these concerns. Table 2 summarises what inspectors found in the 70 initial "
      "decisions examined."),
    P("Table 2: Review of 70 initial age decisions, January 2024 to March 2025", bold=True),
    Table(
        header=("What inspectors looked for", "Number of files", "Percentage"),
        rows=(
            ("Two officers named on the form", "66", "94%"),
            ("Second officer recorded as having seen the person", "38", "54%"),
            ("Specific features of appearance and demeanour recorded", "41", "59%"),
            ("Only a tick-box or stock phrase recorded", "29", "41%"),
            ("Written notice of the decision given to the person", "31", "44%"),
            ("Notice given in a language other than English", "0", "0%"),
            ("Person later found to be a child", "18", "26%"),
        ),
        widths=(4.0, 1.4, 1.2),
        rules="rows",
    ),
    P("Where reasons were recorded, they were often generic: 'facial hair', 'mature manner', 'confident'. Guidance "
      "warns that such features are unreliable on their own, particularly in young people who have experienced "
      "hardship or long journeys. In six files, the reasons given were the same, word for word, for different "
      "people assessed on the same day by the same officers."),
    P("Case example 1", bold=True),
    P("A young man who said he was 16 arrived at an intake site in August 2024. The form recorded that he was 'tall, "
      "with facial hair, and answered questions confidently', and he was treated as an adult with an assessed date "
      "of birth that made him 23. He was accommodated in a hotel with adult men. Eight weeks later, a charity working "
      "in the hotel referred him to the local authority, which assessed him as 16. By the time he was moved, he had "
      "spent 63 days in adult accommodation and had been interviewed about his asylum claim without an appropriate "
      "adult. The Home Office had no record that the case had been reviewed to understand why the initial decision "
      "had been wrong."),
    H2("Telling people what has been decided"),
    P("Fewer than half of the people in the sample had been given any written notice of the decision. The notice "
      "that was used was a single page in English, which told the person that they were being treated as an adult "
      "but did not explain why, or that they could ask a local authority to assess their age. Several young people "
      "told inspectors that they did not understand that their age had been disputed until they arrived at the "
      "hotel. One said: 'They wrote a birthday for me. I did not know that this was my new birthday.'"),
    H2("Learning from wrong decisions"),
    P("Of the 70 people treated as adults at the border, 18 were later found by a full assessment to be children. "
      "This is not a representative sample, and inspectors do not suggest that a quarter of all such decisions are "
      "wrong. But the Home Office has no means of knowing the true figure. It does not routinely compare initial "
      "decisions with the outcomes of later assessments, and no one in the Home Office was responsible for doing "
      "so. Managers at both intake sites said they would welcome such information."),

    H("5. The National Age Assessment Board"),
    H2("Quality of assessments"),
    P("Inspectors found the 50 NAAB assessments they reviewed to be generally of good quality. Most were thorough, "
      "took account of the young person's account of their history, gave them a fair opportunity to respond to "
      "adverse points and reached conclusions that were clearly reasoned. Local authority managers who had referred "
      "young people to the Board mostly agreed. In seven assessments, however, inspectors found that the young "
      "person had not been offered an appropriate adult for every session, and in four the interpreter had been "
      "provided by telephone in circumstances where the assessors themselves noted that communication was difficult."),
    H2("Timeliness"),
    P("The Board's caseload has grown faster than its capacity. Table 3 shows the time taken from the acceptance of a "
      "referral to the outcome of the assessment."),
    P("Table 3: Time from referral to outcome of NAAB assessments (calendar days)", bold=True),
    Table(
        header=("Quarter in which the assessment was completed", "Assessments completed", "Median days",
                "Average days", "Longest"),
        rows=(
            ("April to June 2024", "142", "49", "58", "166"),
            ("July to September 2024", "171", "55", "64", "188"),
            ("October to December 2024", "158", "66", "77", "203"),
            ("January to March 2025", "149", "78", "88", "241"),
            ("April to June 2025", "137", "86", "97", "262"),
        ),
        widths=(3.2, 1.6, 1.2, 1.2, 1.0),
        rules="grid",
    ),
    P("The Board has no published service standard. Internal milestones exist for the stages of an assessment, but "
      "managers told inspectors that they were 'aspirational' and that no one monitored them consistently. Young "
      "people described waiting as one of the hardest parts of the process. Local authority managers said that long "
      "waits made it less likely that they would refer young people to the Board in future."),
    P("Case example 2", bold=True),
    P("A young woman referred to the Board by a local authority in October 2024 was first visited in January 2025. "
      "Her assessment was paused twice, once because the interpreter was unavailable and once because the social "
      "worker left the Board. It was completed in June 2025, 241 days after the referral, and found her to be 17. "
      "She turned 18, on her assessed date of birth, three weeks later, and so lost most of the support she would "
      "have received as a looked-after child."),
    H2("Training and supervision"),
    P("The Board's permanent social workers had all completed a three-day induction covering the legal framework, "
      "interviewing and report writing. Agency social workers recruited in 2024 to meet demand had not. Five of the "
      "12 agency social workers interviewed said that they had begun carrying out assessments within a fortnight of "
      "joining, having 'shadowed' one or two assessments. None of the training covered working with interpreters, "
      "and there was no requirement for refresher training. Supervision was regular and valued by staff, but "
      "supervisors carried large caseloads of their own."),
    H2("Challenging an assessment"),
    P("A young person who disagrees with the outcome of a NAAB assessment may provide new evidence, which the Board "
      "will consider, or bring a claim for judicial review. Legal practitioners who responded to the call for "
      "evidence said that judicial review was slow, costly and beyond the reach of many young people, and that "
      "there was no intermediate route to ask for an independent view. Several local authorities said they would "
      "find such a route helpful where they had doubts about an assessment they had referred."),

    H("6. Accommodation, safeguarding and detention"),
    H2("Young people in adult accommodation"),
    P("People treated as adults at the border are accommodated in asylum hotels or large sites alongside adults. "
      "Accommodation providers are required to report any concern that a resident may be a child, and local "
      "authorities and charities frequently do so. Inspectors examined the records of 27 such concerns in the "
      "sample. In 21, the person remained in adult accommodation while the local authority carried out its "
      "assessment. The median time from the concern being raised to the person being moved was 19 days; the longest "
      "was 71 days."),
    P("Home Office staff explained that there was no agreed route for moving a person whose age was disputed by a "
      "local authority but not yet assessed. The Home Office would not move them to children's accommodation, which "
      "it does not provide, and the local authority would often not accept them until it had completed its "
      "assessment. In the meantime, some young people were moved to a different room or floor of the same hotel, "
      "which staff accepted was 'better than nothing, but not much'."),
    P("Case example 3", bold=True),
    P("A hotel manager reported in January 2025 that a resident appeared to be a child and was being pressured by "
      "older residents to work for them. The local authority agreed the same week that he was likely to be a child "
      "and began an assessment. He stayed in the hotel for a further five weeks, because no placement could be "
      "found, and was moved only after the charity supporting him made a formal complaint. He was assessed as 15."),
    H2("Detention"),
    P("Home Office policy permits the detention of a person who claims to be a child only where they have been "
      "assessed as significantly over 18 or a Merton-compliant assessment has found them to be an adult. The "
      "inspection found four cases in the sample in which a person who had been treated as an adult at the border "
      "was detained while a local authority assessment was pending. In each case the person was released when the "
      "local authority raised the matter, after between two and nine days in detention. Detention of age-disputed "
      "people is rare, but each such case carries a serious risk of harm."),
    H2("Scientific methods"),
    P("Stakeholders who responded to the call for evidence were almost unanimous in their concern about the planned "
      "introduction of scientific methods. Several pointed to the wide margins of error of skeletal and dental age "
      "estimation in the age range of 16 to 20, and to the ethical objections of professional bodies to the use of "
      "radiation for non-medical purposes. The Home Office told inspectors that it would rely on the advice it had "
      "already received. The inspection did not examine the science, but notes that no evaluation of how the "
      "methods will perform in the UK population of asylum seekers has been published."),

    H("7. Information, data and joint working"),
    H2("Information for young people"),
    P("Apart from the notice described in chapter 4, the Home Office provides no written information to people "
      "whose age is disputed. NAAB social workers explain the assessment at the first session, and some local "
      "authorities have produced their own leaflets. The young people inspectors spoke to said they had relied "
      "mostly on other residents, on charities and, for some, on their solicitor, if they had one. Access to legal "
      "advice was patchy: fewer than half of the people in the sample had a legal representative at the point "
      "their age was disputed."),
    P("Some local authorities fund independent advocacy for young people whose age they are assessing, but most do "
      "not, and advocacy is not available to those who remain in Home Office accommodation while awaiting "
      "assessment. Voluntary organisations said that an advocate was often the only person who explained to a "
      "young person what was happening to them."),
    H2("Data"),
    P("Information about age disputes is held in several places. The caseworking system has three separate fields "
      "that can be used to record an age dispute, none of them mandatory, and caseworkers use them inconsistently. "
      "Outcomes of local authority assessments are often recorded only in case notes, if at all. The NAAB keeps its "
      "own spreadsheet. As a result, the Home Office could not tell inspectors how many age disputes remained "
      "unresolved, how long they had taken, or how many initial decisions had been overturned. Published statistics "
      "on age disputes are produced once a year and carry a warning about their quality."),
    H2("Working with local authorities"),
    P("Local authorities remain responsible for most age assessments and for the care of those found to be "
      "children. Managers from the 14 local authorities inspectors spoke to described relationships with the Home "
      "Office ranging from 'constructive' to 'non-existent'. Common complaints were that referrals arrived without "
      "the initial decision form or any account of the person's history, that the Home Office did not tell them "
      "when a person was moved, and that no one took responsibility for telling the young person the outcome of "
      "an assessment."),
    P("Home Office staff, for their part, said that some local authorities declined to assess young people whom the "
      "Home Office had treated as adults, relying on the initial decision instead, and that some assessments were "
      "started but never completed. Inspectors saw two examples of young people who had been referred to a local "
      "authority, had their referral refused on the ground that the Home Office had already decided they were "
      "adults, and were later found by another authority to be children. Inspectors also saw variation in local "
      "authority practice: in some areas assessments were routinely carried out by a single social worker, and "
      "young people were not always offered an appropriate adult."),
    P("Inspectors also found examples of good practice, including:"),
    bullets(
        "a regional age assessment team, shared by five local authorities, which completed most assessments within "
        "six weeks and received referrals through a single point of contact;",
        "a monthly meeting between an intake site and the nearest local authority to review cases in which an "
        "initial decision had been challenged;",
        "a NAAB pilot in which social workers met the referring local authority before starting an assessment to "
        "agree what information each held.",
        style="–",
    ),
    P("These arrangements depended on the goodwill of individuals. There is no national agreement setting out what "
      "the Home Office and local authorities should expect of each other when a young person's age is in doubt.",
      footnotes=("The Association of Directors of Children's Services' practice guidance on age assessment (2015, "
                 "updated 2023) deals with the conduct of assessments, not with information sharing with the Home "
                 "Office.",)),
    P("Case example 4", bold=True),
    P("A local authority was asked by the Home Office to assess a young man accommodated in its area. The referral "
      "consisted of a two-line email. The local authority asked for the initial decision form and the screening "
      "interview; it received them five weeks later, after the young man had been moved to a hotel in another "
      "region. Neither authority was told of the move. The assessment was started again by the second authority "
      "and completed four months after the first referral."),

    H("8. Recommendations"),
    P("The recommendations below are addressed to those with the power to act on them. The Chief Inspector asks the "
      "Home Office to respond within eight weeks of the publication of this report, and will follow up progress "
      "in the annual review of recommendations."),
    P("The Home Office should:", bold=True),
    recs(1, (R1, HO), (R2, HO), (R3, HO), (R4, HO), (R5, HO), (R6, HO), (R7, HO), (R8, HO), (R9, HO), (R10, HO)),
    P("The Home Office and local authorities should:", bold=True),
    recs(11, (R11, HO_LA)),
    P("Local authorities should:", bold=True),
    recs(12, (R12, LA), (R13, LA)),
    P("The Chief Inspector is not able to make formal recommendations to local authorities, whose functions fall "
      "outside the remit set out in the UK Borders Act 2007. Recommendations 12 and 13 are made because the "
      "inspection found that the Home Office's own processes cannot work well without them, and this report is "
      "being shared with the Local Government Association and the Association of Directors of Children's "
      "Services."),

    H("Annex A: Role and remit of the Chief Inspector"),
    P("The role of the Independent Chief Inspector of Borders and Immigration was established by the UK Borders Act "
      "2007 to examine and report on the efficiency and effectiveness of the immigration, asylum, nationality and "
      "customs functions carried out by the Home Secretary and by officials and others on her behalf. The Chief "
      "Inspector is independent of the Home Office and reports directly to the Home Secretary, who must lay the "
      "reports before Parliament."),
    P("In carrying out inspections, the Chief Inspector considers in particular the consistency of approach, the "
      "practice and procedure in making decisions, the treatment of claimants and applicants, and the handling of "
      "complaints, among other matters set out in the Act."),
    H("Acknowledgements"),
    P("The inspection team is grateful to the Home Office for its cooperation and assistance during the course of "
      "this inspection, and to the staff of the intake sites and the National Age Assessment Board who gave their "
      "time. We are particularly grateful to the young people who shared their experiences with us, and to the "
      "charities and local authorities that made those conversations possible."),
    P("Inspection team: lead inspector Priya Ramaswamy; inspectors Callum Ferris, Joanna Okafor and Tom Lindqvist; "
      "inspection officer Hannah Breck."),
)

REPORT = Document(
    title="An inspection of the Home Office's handling of age-disputed asylum claims",
    subtitle="April to September 2025",
    blocks=REPORT_BLOCKS,
    running_header="ICIBI  |  An inspection of the handling of age-disputed asylum claims  |  November 2025",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Independent Chief Inspector of Borders and Immigration",
             "Presented to Parliament pursuant to Section 50(2) of the UK Borders Act 2007",
             "November 2025", "HC 1412"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV4_FW = ("From April 2026, no social worker will carry out an assessment for the Board before completing an "
          "accredited five-day course, and every social worker will repeat it at least every two years.")
EV1 = ("Revised guidance for asylum intake and Border Force officers, which comes into force on 2 March 2026, "
       "requires that a decision to treat a claimant as an adult is taken by two officers who have both seen the claimant "
       "in person, one of whom must be of at least Higher Executive Officer grade, and that each of them records the particular features of physical "
       "appearance and demeanour on which they relied.")
EV1B = ("From the same date, every person treated as an adult will be handed a written notice of the decision in "
        "their own language, explaining why it was made and that they may ask a local authority to assess their "
        "age.")
EV2 = ("The Home Office will publish a summary of the findings on GOV.UK, together with the action it will take as a "
       "result, by the end of June 2026, and will share the full audit report with the Chief Inspector.")
EV3 = ("However, the Home Office does not believe that a fixed 28-day service standard would be in the interests of "
       "the young people concerned.")
EV4 = ("No social worker will conduct assessments until they have completed the course, and every social worker will "
       "complete refresher training at least once every two years.")
EV5 = ("The Home Office will explore with its accommodation providers and with local authorities whether a dedicated "
       "transfer route can be established, including whether a 48-hour timescale is achievable given the "
       "availability of suitable placements across the country.")
EV6A = "The Home Office accepts the first part of this recommendation."
EV6B = "The Home Office does not accept the second part of the recommendation at this stage."
EV7 = ("The Home Office has considered the recommendation carefully but does not consider that a further evaluation "
       "is needed before the methods are introduced.")
EV8A = "The leaflet will be available in 20 languages from April 2026, together with an audio version."
EV8B = "The Home Office will not fund a separate advocacy service."
EV10 = "The Home Office does not intend to create a further tier of review."
EV11 = ("The Home Office will develop the protocol jointly with the Local Government Association, the Association of "
        "Directors of Children's Services and the Department for Education, and will publish it by September 2026.")


def verdict(text: str, *answers: Answer) -> Paragraph:
    return P(text, bold=True, answers=answers)


RESPONSE_BLOCKS = (
    H("Foreword"),
    P("The Home Office welcomes the Independent Chief Inspector's report and thanks the inspection team for the care "
      "with which it was conducted. We are also grateful to the young people who spoke to inspectors about their "
      "experiences, and to the local authorities and voluntary organisations that contributed."),
    P("Age assessment is one of the most difficult tasks in the asylum system. Decisions must often be made within "
      "hours of a person's arrival, without documents, after a long and dangerous journey. The Home Office must "
      "protect children from being placed with adults, and must also protect children from adults who wrongly "
      "claim to be children. In the year to September 2025, age disputes were raised in around 4,000 asylum cases. "
      "The National Age Assessment Board, created in 2023, has given local authorities an alternative to "
      "conducting every assessment themselves, and the Chief Inspector's finding that its assessments are "
      "generally thorough and well reasoned is welcome."),
    P("The report also identifies shortcomings that we take seriously, in particular in the recording of initial "
      "decisions at the border and in the time some young people have waited for an assessment. We have already "
      "begun to address them. Since the inspection, the Board has recruited 19 additional permanent social workers "
      "and reduced its use of agency staff. We are also strengthening the training of the Board's social workers. "
      + EV4_FW, answers=(Answer("4", "agree", EV4_FW),)),
    P("Of the Chief Inspector's 13 recommendations, the Home Office has accepted four, accepted one in principle, "
      "partially accepted two and not accepted three. Two recommendations are addressed to local authorities, and "
      "one concerns a policy that is currently under review; the Home Office has noted these. Our response to each "
      "recommendation is set out below."),

    H("Recommendations and responses"),

    H2("Recommendation 1"),
    P("The Home Office should: " + R1),
    verdict("Accepted", Answer("1", "agree", "Accepted")),
    P("Response: The Home Office agrees that a decision which may determine whether a young person is accommodated "
      "with adults must be properly reasoned and recorded. " + EV1 + " A new version of the age assessment form "
      "replaces the tick-box statement that the Chief Inspector criticised with free-text fields for each officer.",
      answers=(Answer("1", "agree", EV1),)),
    P(EV1B + " The notice has been translated into the 20 languages most frequently spoken by people arriving at the "
      "intake sites. Compliance with the revised guidance will be checked monthly by the intake site assurance "
      "team from April 2026.", answers=(Answer("1", "agree", EV1B),)),

    H2("Recommendation 2"),
    P("The Home Office should: " + R2),
    verdict("Accepted", Answer("2", "agree", "Accepted")),
    P("Response: The Home Office's Performance Audit and Assurance team began the audit in January 2026. It will "
      "examine 240 initial age decisions taken between January 2024 and June 2025, drawn from each intake site, and "
      "will compare each decision with the outcome of any later assessment by a local authority or the National Age "
      "Assessment Board. The audit will be completed by the end of April 2026. " + EV2,
      answers=(Answer("2", "agree", EV2),)),

    H2("Recommendation 3"),
    P("The Home Office should: " + R3),
    verdict("Not accepted", Answer("3", "disagree", "Not accepted")),
    P("Response: The Home Office recognises that some young people have waited too long for an assessment, and that "
      "waiting in uncertainty affects their well-being. The additional social workers recruited since the "
      "inspection have begun to reduce waiting times: the average time from referral to outcome fell from 97 days "
      "in the quarter to June 2025 to 71 days in the quarter to December 2025."),
    P(EV3 + " A Merton-compliant assessment must take as long as the individual case requires. Assessors may need to "
      "pause to allow a young person to obtain legal advice, to recover from illness or trauma, or to gather "
      "evidence from family members abroad, and a published deadline would create pressure to conclude "
      "assessments before that can happen. The Board will continue to manage its caseload against internal "
      "milestones, which will now be reviewed monthly by its senior leadership team.",
      answers=(Answer("3", "disagree", EV3),)),

    H2("Recommendation 4"),
    P("The Home Office should: " + R4),
    verdict("Accepted", Answer("4", "agree", "Accepted")),
    P("Response: All permanent social workers of the National Age Assessment Board currently complete a three-day "
      "induction. From 1 April 2026, this will be replaced by a five-day course, accredited by a university "
      "department of social work, covering the legal framework for age assessment, trauma-informed interviewing "
      "and working with interpreters. " + EV4 + " Agency social workers will be subject to the same requirements, "
      "and those already in post will complete the course by the end of September 2026.",
      answers=(Answer("4", "agree", EV4),)),

    H2("Recommendation 5"),
    P("The Home Office should: " + R5),
    verdict("Accepted in principle", Answer("5", "partial", "Accepted in principle")),
    P("Response: The Home Office agrees that a young person whose age is credibly in doubt should not remain in "
      "accommodation shared with adults for longer than is necessary. Accommodation providers are already required "
      "to report any concern that a resident may be a child to the Home Office's Safeguarding Hub, and every such "
      "referral is reviewed within one working day."),
    P("Moving a person quickly, however, depends on a suitable placement being available, and the Home Office does "
      "not provide accommodation for children. " + EV5 + " This work will report to the Asylum Safeguarding Board in "
      "the summer of 2026.", answers=(Answer("5", "partial", EV5),)),

    H2("Recommendation 6"),
    P("The Home Office should: " + R6),
    verdict("Partially accepted", Answer("6", "partial", "Partially accepted")),
    P("Response: " + EV6A + " New mandatory fields recording the type of age decision, the date on which it was "
      "made, the body that made it and whether it has been challenged will be added to the caseworking system in "
      "the release scheduled for September 2026. Existing records of unresolved disputes will be updated by the end "
      "of 2026.", answers=(Answer("6", "partial", EV6A),)),
    P(EV6B + " Age dispute data are currently published once a year in the immigration system statistics. Quarterly "
      "publication would require the data to meet the standards expected of official statistics, which the "
      "present records do not. The frequency of publication will be looked at again once the new fields have been "
      "in use for a full year.", answers=(Answer("6", "partial", EV6B),)),

    H2("Recommendation 7"),
    P("The Home Office should: " + R7),
    verdict("Not accepted", Answer("7", "disagree", "Not accepted")),
    P("Response: The use of scientific methods follows the advice of an independent scientific advisory committee, "
      "which considered in detail the accuracy of the methods, their margins of error and the ethical questions "
      "they raise, drawing on the experience of other European countries that already use them. " + EV7 + " The "
      "committee will keep its advice under review as the methods are brought into use. Scientific evidence will "
      "only ever form part of a holistic, Merton-compliant assessment and will not on its own decide a person's "
      "age.", answers=(Answer("7", "disagree", EV7),)),

    H2("Recommendation 8"),
    P("The Home Office should: " + R8),
    verdict("Partially accepted", Answer("8", "partial", "Partially accepted")),
    P("Response: A new leaflet for people whose age is disputed has been drafted with the help of young people with "
      "experience of the process. It explains what an age assessment is, what will happen at each stage, the "
      "person's rights, including the right to an appropriate adult, and how to obtain free legal advice. " + EV8A
      + " Officers will hand it to every person whose age is disputed at the same time as the written notice "
      "described under recommendation 1.", answers=(Answer("8", "partial", EV8A),)),
    P(EV8B + " Young people referred to a local authority are already entitled to the support of an advocate under "
      "the arrangements local authorities make for children in their care, and legal aid is available for advice "
      "on age disputes. The leaflet will explain how to obtain both.", answers=(Answer("8", "partial", EV8B),)),

    H2("Recommendation 9"),
    P("The Home Office should: " + R9),
    P("Noted", bold=True),
    P("Response: Current policy allows a person who claims to be a child to be detained only where two officers have "
      "assessed that their physical appearance and demeanour very strongly suggest that they are significantly "
      "over 18, or where a Merton-compliant assessment has found them to be an adult. As the report notes, such "
      "detention is rare."),
    P("The detention of people whose age is disputed is being examined as part of the review of the Adults at Risk "
      "in Immigration Detention policy announced in July 2025. The Home Office will set out its position on this "
      "recommendation when that review concludes, which is expected in the summer of 2026."),

    H2("Recommendation 10"),
    P("The Home Office should: " + R10),
    verdict("Not accepted", Answer("10", "disagree", "Not accepted")),
    P("Response: Every assessment by the National Age Assessment Board is quality assured by a senior practitioner "
      "before it is finalised. A young person who disagrees with the outcome may provide new evidence, which the "
      "Board will consider and, where appropriate, use to reopen the assessment, and decisions may be challenged in "
      "the courts."),
    P(EV10 + " Most age assessments are carried out by local authorities, and a review stage that applied only to the "
      "Board's assessments would create two different routes of challenge for the same decision and lengthen the "
      "time young people wait for a final outcome.", answers=(Answer("10", "disagree", EV10),)),

    H2("Recommendation 11"),
    P("The Home Office and local authorities should: " + R11),
    verdict("Accepted", Answer("11", "agree", "Accepted")),
    P("Response: " + EV11 + " The protocol will set out the information to be provided with every referral, "
      "including the initial decision form and the screening interview, the timescales for responding, how each "
      "party will be told when a young person moves, and who will tell the young person the outcome of their "
      "assessment. Until the protocol is in place, intake sites will send referrals using a standard template, "
      "which has been in use since January 2026.", answers=(Answer("11", "agree", EV11),)),

    H2("Recommendations 12 and 13"),
    P("Local authorities should: " + R12),
    P("Local authorities should: " + R13),
    P("Noted", bold=True),
    P("Response: These recommendations are addressed to local authorities, which carry out age assessments under "
      "their duties to children in need. It is for local authorities to respond to them. The Home Office has drawn "
      "the report to the attention of the Local Government Association and the Association of Directors of "
      "Children's Services. The Department for Education, which is responsible for statutory guidance on "
      "children's social care, will consider both recommendations when it updates that guidance."),

    H("Next steps"),
    P("The Home Office will report progress on the accepted and partially accepted recommendations to the Chief "
      "Inspector through the regular recommendations tracker. The first update will be provided in July 2026, "
      "after the audit of initial age decisions has been completed and its summary published."),
)

RESPONSE = Document(
    title="The Home Office response to the Independent Chief Inspector of Borders and Immigration's report: An "
          "inspection of the Home Office's handling of age-disputed asylum claims",
    subtitle="Published 12 February 2026",
    blocks=RESPONSE_BLOCKS,
    running_header="Home Office response to the ICIBI inspection of age-disputed asylum claims",
    footer="Page {page} of {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="borders_inspection_home_office_en",
    report=REPORT,
    response=RESPONSE,
    description="UK-style Independent Chief Inspector report on age-disputed asylum claims (13 recommendations in "
                "three lists under addressee lead-ins: Home Office, Home Office and local authorities, local "
                "authorities) answered in a 'Home Office response' that restates each recommendation with a bold "
                "verdict line ('Accepted', 'Accepted in principle', 'Partially accepted', 'Not accepted', 'Noted') "
                "and 'Response:' paragraphs; one subject-only answer in the foreword; recommendation 9 deferred to "
                "a policy review, 12 and 13 passed on to local authorities.",
)
