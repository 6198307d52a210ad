"""Pair (English): a fictional Irish-style children's ombudsman investigation into how a national child and family
agency handles referrals about children at risk ("Heard Too Late"), answered by a letter from the agency's chief
executive.

Report layout: sans, title page with imprint, running header "Office of the Children's Ombudsman | Heard Too Late",
footer "Page N".  Foreword, executive summary (prose and a bullet list of key findings, no recommendations), then
chapters numbered in the heading text: "1 Introduction" (a bullet list of the statutory grounds of the Office, a "1."
numbered list of four questions the investigation examined, a bullet list of methods), "2 How referrals are handled"
(footnotes, an "a." lettered list of the stages of the Standard Business Process, a grid table of referral figures by
area), "3 Case studies" (four cases, bold lead-ins), "4 Findings" (sections per theme and a closing "1." numbered
list of nine findings, which are not recommendations), "5 The Agency's comments on the draft report", "6
Recommendations" with three level-2 headings by addressee: ten to the Agency (1-10), two to the Minister for Children
and Youth Affairs (11-12) and two to the Department of Children and Youth Affairs (13-14), numbered 1-14 continuously.
Recommendation 1 has sub-points printed as a lettered sub-list (a., b.) that belong to it; recommendation 9 carries
its sub-points "(a)" and "(b)" inline.  Two appendices (glossary bullets, documents examined bullets).  No
recommendation is printed twice.  All addressees are "OTHER" (the Agency, the Minister for Children, the
Department), as the brief prescribes.

Response layout: serif letter without title page, letterhead of the Agency's Office of the Chief Executive, addressed
to the Ombudsman, with numbered paragraphs (1.1, 1.2, 2.1, ...) under the Agency's own themes: "1. Introduction",
"2. Responding to referrals without delay", "3. Records, information and data", "4. Listening to children",
"5. Working with other services", "6. Our workforce and funding", "7. Legislation",
"8. Implementation and reporting".  Context paragraphs (apology, referral numbers, existing protocol), a bullet
list of measures already taken since the draft report (not answers), and commitments in the Agency's own voice
with dates.  Recommendations are cited inline ("In relation to Recommendation 4, ...") or answered by subject only.

  1  screening within one working day, (a) record, (b) tell referrer (Agency)  partial  - (a) and (b) accepted, the
                                                  one-working-day standard declined (three working days instead)
  2  national threshold guidance + annual audit (Agency)  agree  - "Recommendation 2 is accepted in full."
  3  safety plan and monthly review for unallocated cases (Agency)  agree  - by subject only, no number and no cue
                                                  word: concrete measure from 1 March 2026 that does what is asked
  4  case management system in all 17 areas by end 2026 (Agency)  partial  - 14 areas by the date, no date for the
                                                  other three ("In relation to Recommendation 4, ...")
  5  every child seen and spoken to (Agency)  agree  - SBP amended from 1 June 2026 (same paragraph as 6)
  6  child-friendly complaints + inform every child 12+ (Agency)  partial  - direct complaints from September 2026,
                                                  individual information only explored with the Youth Advisory Council
  7  24/7 face-to-face out-of-hours social work in every area (Agency)  disagree  - "cannot accept" after costing
  8  joint strategy meetings with An Garda Siochana within three days (Agency)  not_addressed  - paragraph 5.2
                                                  describes the existing Joint Working Protocol only, takes no position
  9  workforce plan: (a) recruitment campaign, (b) retention scheme with allowance (Agency)  partial  - (a) accepted,
                                                  (b) only protected caseloads; no allowance (pay framework)
 10  look-back review of referrals closed in Midlands West (Agency)  disagree  - "decided not to carry out the review"
                                                  (existing quarterly audits given as the reason)
 11  statutory timeframes in legislation (Minister)  not_addressed  - passed on: "I have forwarded your report to the
                                                  Minister, who will reply to you directly on Recommendation 11."
 12  Social Services Inspectorate remit over screening (Minister)  not_addressed  - never mentioned
 13  three-year funding and staffing plan (Department and Agency)  agree  - draft plan to the Department by 30 April
                                                  2026, in time for the Estimates 2027 (after a bare "welcome")
 14  monthly area-level publication of waiting cases (Department)  disagree  - the Agency "does not support" it
Counts: agree 4 (2, 3, 5, 13), partial 4 (1, 4, 6, 9), disagree 3 (7, 10, 14), not_addressed 3 (8, 11, 12).
All prose, names, places and figures are fictional and were written for this test set.
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

AGENCY = ("OTHER",)
MINISTER = ("OTHER",)
DEPARTMENT = ("OTHER",)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def rec(number: int, text: str, departments: tuple[str, ...], *children: str) -> ListItem:
    return ListItem(text, children=tuple(ListItem(child) for child in children),
                    recommendation=Recommendation(str(number), departments))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("When a teacher, a doctor, a neighbour or a child picks up the phone to report a worry about a child, they are "
      "doing one of the hardest things a person can do. They are trusting that someone will listen and act. This "
      "investigation asked a simple question: what happens next?"),
    P("For many children, the answer is reassuring. Referrals are screened promptly, social workers visit, families "
      "receive support and children are kept safe. But this investigation also found children whose referrals sat "
      "unread for weeks, children who waited many months for a social worker with no one checking on them, and "
      "children who were never asked what was happening in their own lives. In each case, adults in the system knew "
      "that something was wrong. What was missing was a timely response."),
    P("I want to acknowledge the children and families who agreed to share their experiences with my Office, and "
      "the social workers, team leaders and managers of the National Child and Family Agency who spoke to us "
      "openly, often about pressures they have been describing for years. Nothing in this report is intended as a "
      "criticism of individual staff, many of whom are doing remarkable work in very difficult conditions. The "
      "failings we describe are failings of systems, resources and oversight."),
    P("Children cannot wait while those systems are fixed. I have therefore made recommendations that are specific "
      "and time-bound, and I will follow their implementation closely."),
    P("Dr Nuala Breathnach, Children's Ombudsman"),
    PageBreak(),
    H("Executive summary"),
    P("The National Child and Family Agency (the Agency) is the State body responsible for child protection and "
      "welfare services. Every year it receives tens of thousands of referrals from professionals and members of "
      "the public who are concerned about a child. How quickly and how well the Agency responds to those referrals "
      "determines whether a child at risk is identified and protected."),
    P("In 2024 the Office of the Children's Ombudsman received 143 complaints about the Agency's handling of "
      "referrals, more than twice the number received in 2021. Many came from parents, grandparents and "
      "professionals who had made a referral and heard nothing further. In March 2024 the Ombudsman decided to carry "
      "out a systemic investigation, focusing on three of the Agency's seventeen service areas: Midlands West, "
      "Border East and Dublin City North."),
    P("The investigation examined 312 referral files, interviewed 58 Agency staff and 19 external professionals, "
      "and met 27 children and young people and 22 parents and carers. Its main findings are:"),
    bullets(
        "Screening times vary widely between areas. In Midlands West, four in ten referrals were not screened within "
        "five working days, and some waited more than a month.",
        "The threshold for moving a referral from screening to assessment is applied differently from one area to "
        "another, and sometimes from one team to another in the same area.",
        "On 31 December 2024 more than 5,600 cases nationally were awaiting allocation to a named social worker. In "
        "the files we examined, most of these children had no safety plan and no recorded review.",
        "Separate paper and electronic records meant that repeated referrals about the same children were not "
        "linked.",
        "In almost half of the initial assessments we examined, there was no record that the child had been spoken "
        "to.",
        "The out-of-hours service could arrange a placement for a child in an emergency but, in most areas, could "
        "not carry out an assessment.",
        "Vacancy rates for social workers of up to 28 per cent in some areas underlie many of these problems.",
    ),
    P("The Ombudsman makes fourteen recommendations: ten to the Agency, two to the Minister for Children and Youth "
      "Affairs and two to the Department of Children and Youth Affairs. They are set out in Chapter 6. The Agency's "
      "comments on a draft of this report are summarised in Chapter 5."),
    PageBreak(),
    H("1 Introduction"),
    H2("1.1 Why we investigated"),
    P("The Office of the Children's Ombudsman examines complaints about public bodies that provide services to "
      "children. Most complaints are resolved by the Office working informally with the body concerned. Where the "
      "Office sees the same problem arising again and again, the Ombudsman may decide to examine it as a systemic "
      "issue, so that the underlying causes can be addressed rather than each individual case."),
    P("Between 2021 and 2024 the number of complaints to the Office about the way the Agency handled referrals rose "
      "from 64 to 143. The complaints followed a recognisable pattern. A professional or family member made a "
      "referral; weeks or months passed without any contact; when contact came, the child's situation had "
      "often deteriorated. In several cases, the complainant only learned that a referral had been closed when they "
      "made a second one."),
    H2("1.2 The Office's remit"),
    P("Under the Children's Ombudsman Act 2002, the Ombudsman may investigate an action of a public body where it "
      "appears that the action has or may have adversely affected a child. Having investigated, the Ombudsman may "
      "find that the action was:", footnotes=(
        "The Act referred to in this report is fictional and is used for the purposes of this test document.",)),
    bullets(
        "taken without proper authority;",
        "taken on irrelevant grounds;",
        "the result of negligence or carelessness;",
        "based on erroneous or incomplete information;",
        "improperly discriminatory;",
        "based on an undesirable administrative practice; or",
        "otherwise contrary to fair or sound administration.",
    ),
    P("Where the Ombudsman makes an adverse finding, she may recommend that the public body take specified action "
      "and ask it to report, within a set period, on the action it has taken. The Ombudsman may also make "
      "recommendations to the Minister and Department responsible for the policy and funding of the service."),
    H2("1.3 What the investigation examined"),
    P("The investigation addressed four questions:", bold=True),
    ItemList(items=(
        ListItem("How long does it take the Agency to screen a referral and, where required, to complete a "
                 "preliminary enquiry and an initial assessment?"),
        ListItem("How does the Agency decide which referrals progress and which are closed, and is that decision "
                 "made consistently?"),
        ListItem("What happens to children whose cases are accepted but who are waiting for a social worker?"),
        ListItem("To what extent are children themselves seen, heard and informed during this process?"),
    ), style="1."),
    P("The investigation did not examine the Agency's alternative care services, such as foster care and residential "
      "care, or decisions taken by the courts. It did not re-examine the merits of individual child protection "
      "decisions; its focus was on the process and on whether that process protected children's interests."),
    H2("1.4 How we investigated"),
    P("The investigation was carried out between April 2024 and May 2025. The investigation team:"),
    bullets(
        "examined 312 referral files drawn at random from referrals received in the three areas between January "
        "2023 and June 2024;",
        "analysed the Agency's national performance data for 2022 to 2024 and its internal audits for the three "
        "areas;",
        "interviewed 58 Agency staff, including principal social workers, team leaders, duty social workers, "
        "social care workers and administrative staff, as well as the Agency's National Director of Services and "
        "Integration;",
        "interviewed 19 external professionals, including teachers, general practitioners, public health nurses and "
        "members of An Garda Síochána;",
        "met 27 children and young people, individually or in small groups, with the support of an advocacy "
        "organisation, and 22 parents and carers.",
    ),
    P("All children and families referred to in this report have been given pseudonyms, and some details have been "
      "changed to protect their identity."),
    H("2 How referrals are handled"),
    H2("2.1 The legal and policy framework"),
    P("The Agency has a statutory duty to promote the welfare of children who are not receiving adequate care and "
      "protection. National child protection guidance sets out how concerns about children should be reported "
      "and responded to. Certain professionals are mandated persons and are legally required to report concerns "
      "above a defined threshold of harm.", footnotes=(
        "Child Welfare Act 1994 (fictional), section 3; National Guidance for the Protection and Welfare of "
        "Children, 2017 edition (fictional).",)),
    P("Neither the legislation nor the national guidance sets out how quickly the Agency must respond to a "
      "referral. Timeframes are set internally, in the Agency's Standard Business Process for child protection and "
      "welfare, which was introduced in 2017 and revised in 2022."),
    H2("2.2 The Standard Business Process"),
    P("The Standard Business Process divides the Agency's response to a referral into stages. At each stage a social "
      "worker or team leader decides whether the referral should move on or be closed:"),
    ItemList(items=(
        ListItem("Receipt: the referral is logged by the duty team on the day it is received."),
        ListItem("Screening: a social worker decides whether the referral meets the definition of a child protection "
                 "or welfare concern. The target is 24 hours for referrals indicating immediate risk and five "
                 "working days for all others."),
        ListItem("Preliminary enquiry: the social worker gathers information from the referrer and other "
                 "professionals and decides whether an initial assessment is needed. The target is within five "
                 "working days of screening."),
        ListItem("Initial assessment: the social worker meets the child and family and assesses the child's needs "
                 "and any risk. The target is completion within 40 working days."),
        ListItem("Allocation: where further work is needed, the case is allocated to a named social worker for a "
                 "child protection plan or family support."),
    ), style="a."),
    P("Where no social worker is free to take a case that needs an initial assessment or further work, the case "
      "is placed on a waiting list and is recorded as awaiting allocation. The Standard Business Process provides "
      "that such cases should be prioritised by risk and kept under review, but it does not say how often or by "
      "whom."),
    H2("2.3 Referrals in numbers"),
    P("The number of referrals to the Agency has grown steadily, from 66,200 in 2019 to 91,400 in 2024. Table 1 "
      "sets out the position in the three areas examined and nationally."),
    P("Table 1: Referrals, screening and waiting cases, 2024", bold=True),
    Table(
        header=("Area", "Referrals received", "Screened within 5 working days", "Awaiting allocation on 31 Dec",
                "Social work vacancy rate"),
        rows=(
            ("Midlands West", "6,480", "61%", "712", "28%"),
            ("Border East", "5,120", "78%", "384", "19%"),
            ("Dublin City North", "7,930", "86%", "451", "14%"),
            ("All 17 areas", "91,400", "81%", "5,638", "16%"),
        ),
        widths=(2.2, 1.4, 1.6, 1.6, 1.4),
        rules="grid",
    ),
    P("Source: Agency performance data supplied to the Office, February 2025. The national figure for cases "
      "awaiting allocation includes 1,204 cases classified as high priority."),
    P("Behind these figures lie wide differences in practice. Some areas screen every referral on the day of "
      "receipt; others process referrals in weekly batches. Some record every screening decision in the national "
      "case management system; others still rely on paper files for part of the process. These differences are "
      "examined further in Chapter 4."),
    H("3 Case studies"),
    P("The following case studies are drawn from complaints made to the Office and from the files examined during "
      "the investigation. They were chosen because they illustrate problems that recurred across many files."),
    H2("3.1 Sadhbh"),
    P("Sadhbh's school principal referred her to the Agency in October 2023:", bold=True),
    P("Sadhbh, then aged 12, was regularly arriving at school hungry and without a coat, and had told a teacher "
      "that she was often alone at home overnight with her younger brother. The principal, a mandated person, sent "
      "a written referral to the Midlands West duty team. The referral was not screened for 19 working days. It was "
      "then accepted for initial assessment and placed on the waiting list."),
    P("Sadhbh's case remained unallocated for seven months. During that time the school made two further phone "
      "calls to the duty team, which were noted but not added to the referral. There was no safety plan and no "
      "record of any review of the case. When a social worker was allocated in May 2024, she found that Sadhbh's "
      "mother had been admitted to hospital twice and that Sadhbh had missed 41 days of school. The principal told "
      "the Office: \"I kept ringing because I didn't know what else to do. Nobody ever rang me back.\""),
    H2("3.2 The Brennan children"),
    P("Three referrals about the same family were never linked:", bold=True),
    P("Between February and August 2023, the Agency received three separate referrals about the four Brennan "
      "children from a general practitioner, a member of An Garda Síochána who had attended a domestic incident, and "
      "a neighbour. At the time, part of Border East was still using paper files for referrals at the screening "
      "stage, while other teams in the same area were recording on the national system. Each referral was screened "
      "by a different social worker, each was assessed as not meeting the threshold on its own, and each was "
      "closed."),
    P("Only when the children's school made a fourth referral in November 2023 did a team leader notice the earlier "
      "contacts. An initial assessment then found that the children had been living with serious domestic violence "
      "for at least a year. The Agency's own review of the case concluded that \"had the referrals been considered "
      "together, the threshold for assessment would clearly have been met in February\"."),
    H2("3.3 Jamie"),
    P("Jamie disclosed to a youth worker on a Friday evening:", bold=True),
    P("Jamie, aged 15, told a youth worker at around 7 p.m. on a Friday in January 2024 that he had been hit by his "
      "stepfather and was afraid to go home. The youth worker contacted An Garda Síochána, who contacted the "
      "Agency's Emergency Out-of-Hours Social Work Service. The service could arrange an emergency placement but "
      "had no social worker available to meet Jamie or his family in Dublin City North that night. Jamie stayed "
      "with an aunt over the weekend and returned home on the Sunday."),
    P("The referral was screened on the following Tuesday and accepted for initial assessment. No social worker "
      "spoke to Jamie for eleven weeks. When the assessment was completed, it relied on interviews with Jamie's "
      "mother and stepfather and a phone call with the school. Jamie told the Office: \"They talked to everyone "
      "except me. It was like I wasn't even there.\""),
    H2("3.4 Conor and his grandmother"),
    P("A complaint that took nine months:", bold=True),
    P("Conor, aged 9, lives with his grandmother, Ms D, who became his carer informally after his mother's death. Ms D "
      "made a referral in 2023 asking for support because Conor's father, who has a history of violence, had begun "
      "to turn up at the house. The referral was closed at screening on the basis that Conor was \"safe in the "
      "care of his grandmother\". No one told Ms D."),
    P("When Ms D learned some months later that the referral had been closed, she made a complaint to the Agency "
      "using its complaints procedure. The complaint took nine months to resolve, during which Ms D received two "
      "holding letters. The Agency eventually upheld her complaint and apologised. Conor, who was old enough to "
      "understand what was happening and who had asked his grandmother whether \"the social\" would help, was "
      "never told that he too could make a complaint, or how."),
    H("4 Findings"),
    H2("4.1 Screening and timeliness"),
    P("Of the 312 files examined, 204 referrals were screened within the Agency's target of five working days, and "
      "a further 61 within ten working days. Forty-seven referrals, most of them in Midlands West, waited longer "
      "than ten working days to be screened; the longest wait was 34 working days. In nine of those 47 cases the "
      "referral, once screened, was classified as indicating immediate risk."),
    P("Staff in Midlands West told the investigation that referrals were screened in batches when duty social "
      "workers could be freed from other work. Two team leaders described the duty inbox as \"a queue we never get "
      "to the end of\". In Dublin City North, by contrast, a dedicated screening team screened most referrals on the "
      "day of receipt."),
    P("In 71 of the files examined there was no record of who had made the screening decision or why. In 118 files "
      "there was no record that the referrer had been told the outcome. Several professionals told the "
      "investigation that they had stopped expecting to hear back, and that this made them less confident about "
      "whether to refer again."),
    H2("4.2 Thresholds and consistency"),
    P("The Agency has no single national document that defines when a referral should progress from screening to "
      "preliminary enquiry or initial assessment. Areas have developed their own guidance, and the investigation "
      "found three different versions in use in Border East alone. When the investigation team presented six "
      "anonymised referrals to duty social workers in the three areas, the same referral was assessed as meeting "
      "the threshold by some teams and closed by others in four of the six cases."),
    H2("4.3 Children waiting for a social worker"),
    P("The investigation found that children whose cases had been accepted but not allocated were, in effect, "
      "nobody's responsibility. Of the 88 unallocated cases in the files examined, 69 had no written safety plan and "
      "54 showed no record of any review after the case was placed on the waiting list. Staff were clear that "
      "reviews were intended, but that without a named worker they were rarely carried out. In Sadhbh's case, new "
      "information from the school was not added to the file at all."),
    H2("4.4 Records and information systems"),
    P("The Agency's national case management system, CaseLink, has been in use since 2018. By May 2025 it was fully "
      "in use in eleven areas. In the remaining six, including Midlands West and parts of Border East, some stages of "
      "the process were still recorded on paper. The Brennan case shows the consequence: referrals about the same "
      "children were held in different places and were never considered together."),
    H2("4.5 The voice of the child"),
    P("In 43 of the 96 initial assessments examined, there was no record that the child had been seen or spoken to "
      "by the social worker. In a further 19 the child had been seen only in the presence of a parent, including "
      "cases where the concern related to that parent. Children and young people who met the investigation spoke "
      "about not being told what was happening, not knowing who their social worker was, and not knowing how to "
      "complain. None of the 27 children and young people we met had been told about the Agency's complaints "
      "procedure or about this Office."),
    H2("4.6 Out of hours and joint working"),
    P("The Agency's Emergency Out-of-Hours Social Work Service operates nationally from 5 p.m. to 9 a.m. and at "
      "weekends. It responds mainly to requests from An Garda Síochána for emergency placements. Only in two urban "
      "areas can it send a social worker to meet a child and family. Elsewhere, children in crisis outside office "
      "hours are seen by Gardaí and, where needed, placed in emergency care, with any assessment taking place on "
      "the next working day at the earliest."),
    P("Where a referral also involves a possible crime against a child, the Agency and An Garda Síochána are "
      "expected to hold a strategy meeting to coordinate their response. In the files examined, strategy meetings "
      "were held in 22 of 41 relevant cases, and the average time from referral to meeting was 17 working days. "
      "In eleven cases the outcome of the meeting was not recorded on the child's file."),
    H2("4.7 Workforce"),
    P("Almost every problem identified in this investigation is linked, at least in part, to the shortage of social "
      "workers. Vacancy rates in the three areas ranged from 14 to 28 per cent. Duty social workers in Midlands West "
      "reported carrying more than 30 open cases each, well above the Agency's own guidance of 15 to 18. Staff "
      "turnover meant that many of the children in the files examined had had three or more social workers within "
      "a year. The Agency told the investigation that its funding is agreed annually and that it cannot plan "
      "recruitment more than a year ahead with any certainty."),
    H2("4.8 Summary of findings"),
    P("Having considered all of the evidence, the Ombudsman finds that:", bold=True),
    ItemList(items=(
        ListItem("The Agency's failure to screen referrals promptly in Midlands West was an undesirable "
                 "administrative practice that adversely affected children."),
        ListItem("The failure to record screening decisions and to inform referrers of outcomes was contrary to fair "
                 "and sound administration."),
        ListItem("The inconsistent application of thresholds across and within areas was based on an undesirable "
                 "administrative practice."),
        ListItem("The absence of safety plans and reviews for children awaiting allocation was the result of "
                 "negligence and carelessness at a system level."),
        ListItem("The continued use of separate paper records meant that decisions about the Brennan children were "
                 "based on incomplete information."),
        ListItem("The failure to speak with children during assessments was contrary to fair and sound "
                 "administration and to the children's right to be heard."),
        ListItem("The absence of accessible complaints information for children was an undesirable administrative "
                 "practice."),
        ListItem("The limits of the out-of-hours service adversely affected Jamie and children in similar "
                 "situations."),
        ListItem("Delays in holding joint strategy meetings with An Garda Síochána were contrary to fair and sound "
                 "administration."),
    ), style="1."),
    H("5 The Agency's comments on the draft report"),
    P("A draft of this report was sent to the Agency in June 2025. The Agency accepted the factual accuracy of the "
      "case studies and the findings on screening, records and the voice of the child. It pointed out that "
      "referral numbers have grown by almost 40 per cent since 2019 without a matching increase in staff, and that "
      "it had already begun several improvements, including a new national screening team pilot in Midlands West."),
    P("The Agency questioned the finding about the out-of-hours service, which it said was designed as an emergency "
      "placement service and not as a substitute for daytime assessment. The Ombudsman has considered this "
      "comment. The finding remains, because the question is not what the service was designed for but whether it "
      "met Jamie's needs, and it did not."),
    P("The Department of Children and Youth Affairs was also given the opportunity to comment on the draft report. "
      "It noted that the Agency's budget for 2025 includes funding for an additional 150 social work posts."),
    PageBreak(),
    H("6 Recommendations"),
    P("The Ombudsman makes the following recommendations. In line with the Act, the Agency is asked to inform the "
      "Office within three months of the publication of this report of the action it has taken or proposes to "
      "take in response to each recommendation addressed to it. The Minister and the Department are also asked to "
      "respond within that period."),
    H2("Recommendations to the Agency"),
    ItemList(items=(
        rec(1, "The Agency should ensure that every referral it receives is screened by a qualified social worker "
               "within one working day of receipt. In particular, the Agency should ensure:", AGENCY,
            "that the screening decision, the name of the social worker who made it and the reasons for it are "
            "recorded on the case management system in every case; and",
            "that the person who made the referral is told in writing, within ten working days, whether the "
            "referral has been accepted for further assessment or closed."),
        rec(2, "The Agency should issue a single national guidance document setting out the threshold for moving a "
               "referral from screening to preliminary enquiry and initial assessment, and should audit each area's "
               "compliance with that guidance at least once a year.", AGENCY),
        rec(3, "Where a case has been awaiting allocation to a named social worker for more than 20 working days, the "
               "Agency should ensure that a written safety plan is in place and that a team leader reviews the case "
               "at least once a month and records that review on the child's file.", AGENCY),
        rec(4, "The Agency should complete the roll-out of its national case management system to all 17 areas by "
               "the end of 2026, and should stop the use of separate paper files for new referrals in every area "
               "from that date.", AGENCY),
        rec(5, "The Agency should ensure that every child who is the subject of an initial assessment is seen and "
               "spoken to directly by a social worker, alone where this is appropriate, and that the child's views "
               "are recorded on file.", AGENCY),
        rec(6, "The Agency should revise its complaints procedure so that children can make a complaint directly, in "
               "a form and language suited to their age, and should inform every child aged 12 or over who is the "
               "subject of an assessment of the right to complain to the Agency and to this Office.", AGENCY),
        rec(7, "The Agency should extend its Emergency Out-of-Hours Social Work Service so that a social worker is "
               "available to carry out a face-to-face assessment of a child at risk in every area, at any hour, "
               "seven days a week.", AGENCY),
        rec(8, "The Agency should agree with An Garda Síochána, within six months, a written procedure under which a "
               "joint strategy meeting is held within three working days of any referral in which both bodies are "
               "involved, with the outcome of each meeting recorded on the child's file.", AGENCY),
        rec(9, "The Agency should put in place, by the end of 2026, a workforce plan for social work that includes "
               "(a) a targeted recruitment campaign for the three areas with the highest vacancy rates, and (b) a "
               "retention scheme for experienced front-line social workers, with protected caseloads and a "
               "retention allowance.", AGENCY),
        rec(10, "The Agency should review every referral closed at screening in the Midlands West area between "
                "January 2022 and June 2024, to establish whether any child was left at risk, and should report the "
                "outcome of that review to this Office.", AGENCY),
    ), style="1."),
    H2("Recommendations to the Minister for Children and Youth Affairs"),
    ItemList(items=(
        rec(11, "The Minister should bring forward legislation to place on a statutory footing the maximum "
                "timeframes within which the Agency must screen a referral and complete an initial assessment.",
            MINISTER),
        rec(12, "The Minister should extend the remit of the Social Services Inspectorate to include the Agency's "
                "screening and initial assessment of referrals, so that this part of the service is subject to "
                "regular independent inspection.", MINISTER),
    ), style="1.", start=11),
    H2("Recommendations to the Department of Children and Youth Affairs"),
    ItemList(items=(
        rec(13, "The Department and the Agency should agree a three-year funding and staffing plan for child "
                "protection and welfare services, based on projected referral numbers, in time for the Estimates "
                "process for 2027.", DEPARTMENT),
        rec(14, "The Department should publish each month, for each of the Agency's 17 areas, the number of cases "
                "awaiting allocation and the length of time those cases have been waiting.", DEPARTMENT),
    ), style="1.", start=13),
    P("The Office will monitor the implementation of these recommendations and will publish a follow-up report "
      "eighteen months after the publication of this report. The Ombudsman will also bring this report to the "
      "attention of the Joint Oireachtas Committee on Children."),
    PageBreak(),
    H("Appendix A Glossary"),
    bullets(
        "Referral: a report to the Agency of a concern about the welfare or safety of a child.",
        "Mandated person: a professional who is required by law to report a concern about a child above a defined "
        "threshold of harm.",
        "Screening: the first decision on a referral, on whether it is a child protection or welfare concern.",
        "Initial assessment: an assessment of a child's needs and any risk, involving the child and family.",
        "Awaiting allocation: a case that needs further work but has not yet been given to a named social worker.",
        "Strategy meeting: a meeting between the Agency and An Garda Síochána to plan a joint response where a "
        "crime against a child may have been committed.",
        "CaseLink: the Agency's national electronic case management system.",
        style="–",
    ),
    H("Appendix B Documents examined"),
    bullets(
        "Standard Business Process for Child Protection and Welfare, 2017 and revised 2022 editions;",
        "local threshold guidance documents from Midlands West, Border East and Dublin City North;",
        "the Agency's monthly and quarterly performance reports, 2022 to 2024;",
        "internal practice audits for the three areas, 2023 and 2024;",
        "the Joint Working Protocol for Garda and Agency Liaison, 2021 edition;",
        "the Agency's complaints procedure and annual complaints reports, 2022 to 2024;",
        "the Agency's Workforce Strategy 2023-2025 and the Department's Statement of Strategy 2023-2026.",
    ),
)

REPORT = Document(
    title="Heard Too Late",
    subtitle="An investigation by the Office of the Children's Ombudsman into how the National Child and Family "
             "Agency responds to referrals about children at risk",
    blocks=REPORT_BLOCKS,
    running_header="Office of the Children's Ombudsman  |  Heard Too Late  |  September 2025",
    footer="Page {page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Office of the Children's Ombudsman", "Systemic Investigation Report OCO/SI/2025/02",
             "Dublin, September 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("The Agency accepts parts (a) and (b) of Recommendation 1, but it cannot commit to screening every referral "
       "within one working day.")
EV2 = "Recommendation 2 is accepted in full."
EV3 = ("From 1 March 2026, every case that has been awaiting allocation for more than 20 working days will have a "
       "written safety plan, and a team leader will review each such case at least once a month and record that "
       "review on the child's file.")
EV4 = ("In relation to Recommendation 4, the Agency will complete the roll-out of CaseLink in 14 of its 17 areas by "
       "31 December 2026, but it cannot yet commit to a date for the remaining three.")
EV5 = ("The Agency will amend its Standard Business Process so that, from 1 June 2026, an initial assessment cannot "
       "be signed off unless the child has been seen and spoken to by the social worker, alone where appropriate, "
       "and the child's views have been recorded.")
EV6 = ("Children will be able to make a complaint directly, using a child-friendly online and paper form, from "
       "September 2026; whether every child aged 12 or over should also be told individually of the right to "
       "complain is a question we want to explore first with our Youth Advisory Council before we decide.")
EV7 = "Having costed the proposal, the Agency has concluded that it cannot accept Recommendation 7."
EV9 = "The Agency accepts part (a) of Recommendation 9 but can act on part (b) only in part."
EV10 = ("The Agency has given Recommendation 10 careful consideration and has decided not to carry out the review it "
        "describes.")
EV13 = ("The Agency will submit a draft three-year funding and staffing plan to the Department by 30 April 2026, so "
        "that the plan can be agreed in time for the Estimates process for 2027.")
EV14 = ("For these reasons the Agency does not support the publication of monthly area-level figures, and we have "
        "told the Department so.")

RESPONSE_BLOCKS = (
    P("Dr Nuala Breathnach, Children's Ombudsman"),
    P("Office of the Children's Ombudsman, Millennium House, 52-56 Great Strand Street, Dublin 1"),
    P("Our ref: CEO/OCO/2025/118"),
    P("12 December 2025"),
    P("Re: Heard Too Late - Systemic Investigation Report OCO/SI/2025/02", bold=True),
    P("Dear Dr Breathnach,"),
    H2("1. Introduction"),
    P("1.1 Thank you for your letter of 23 September 2025 enclosing the final report of your Office's investigation "
      "into how the Agency responds to referrals about children at risk. As you requested, I am writing within "
      "three months of publication to set out the action the Agency has taken, or proposes to take, in response "
      "to the recommendations. This response was considered and approved by the Board of the Agency at its meeting "
      "on 4 December 2025."),
    P("1.2 I want to begin by apologising, on behalf of the Agency, to Sadhbh, to the Brennan children, to Jamie and "
      "to Conor and his grandmother. Each of them was let down at a time when they needed us. The Agency does not "
      "dispute the account of events in the case studies, and I have written personally to each family who agreed "
      "to be contacted."),
    P("1.3 The report is a difficult read for everyone who works in the Agency. It also describes pressures that our "
      "staff know well. In 2024 the Agency received 91,400 referrals, almost 40 per cent more than in 2019, while "
      "the number of social workers in post grew by 9 per cent over the same period. I set this out not as an "
      "excuse, but because much of what we can do in response depends on how quickly we can close that gap."),
    P("1.4 I have grouped the Agency's response under five themes, which follow the way our own improvement "
      "programme is organised rather than the order of the recommendations. Where the Agency cannot accept a "
      "recommendation, or part of one, I have said so plainly and explained why."),
    H2("2. Responding to referrals without delay"),
    P("2.1 Timely screening is the foundation of everything else we do. Nationally, 81 per cent of referrals were "
      "screened within five working days in 2024, but as your report shows, that average conceals very different "
      "experiences. Since the draft report, the Agency has:"),
    bullets(
        "set up a dedicated screening team of eight social workers in Midlands West, which has been screening "
        "referrals on the day of receipt since September 2025;",
        "cleared the backlog of 640 referrals awaiting screening in that area;",
        "begun reporting screening times for each area to the Agency's Executive Management Team every week;",
        "issued an instruction to all areas that referrals must not be batched for screening.",
    ),
    P("2.2 " + EV1 + " From 1 April 2026 CaseLink will not allow a referral to be closed at screening "
      "unless the decision, the name of the social worker and the reasons have been recorded, and every referrer "
      "will receive a written outcome letter within ten working days. On timeframes, the Agency will retain its "
      "24-hour standard for referrals that indicate immediate risk and will reduce the standard for all other "
      "referrals from five to three working days from the same date. A one-working-day standard for every "
      "referral would, in our assessment, require us to move social workers away from children whose cases are "
      "already open, and we do not believe that would make children safer.",
      answers=(Answer("1", "partial", EV1),)),
    P("2.3 Your report found that the same referral can be closed by one team and progressed by another. "
      + EV2 + " A single National Threshold Guidance document, developed with front-line staff and with the "
      "advice of two external experts, will be published by 30 September 2026 and will replace all local guidance "
      "from that date. The Agency's Practice Assurance and Service Monitoring team will audit compliance in every "
      "area each year, beginning in 2027, and will publish a summary of the results.",
      answers=(Answer("2", "agree", EV2),)),
    P("2.4 Children waiting for a social worker are the children about whom your Office is most concerned, and so "
      "are we. " + EV3 + " The safety plan will name the professional, such as a public health nurse or school "
      "principal, who will make contact with the Agency if the child's circumstances change. Area managers will "
      "report monthly on compliance, and new information about a waiting child will be added to the child's file on "
      "the day it is received.",
      answers=(Answer("3", "agree", EV3),)),
    H2("3. Records, information and data"),
    P("3.1 The Brennan case shows clearly what can go wrong when information is held in more than one place. "
      "CaseLink is now fully in use in eleven areas and, since the draft report, in part of Border East."),
    P("3.2 " + EV4 + " For the remaining areas, including Midlands West, historic paper files must first be cleansed "
      "and migrated, and the capital funding for that work has not yet been approved. Until then, all new referrals "
      "in those areas will be logged on CaseLink at the point of receipt from 1 February 2026, so that repeat "
      "referrals about the same child are flagged automatically, even where later stages are still recorded on "
      "paper. I will write to you again once the funding position is clear.",
      answers=(Answer("4", "partial", EV4),)),
    P("3.3 " + EV10 + " The area received more than 9,000 referrals in that period, of which 4,120 were closed at "
      "screening. A case-by-case review on that scale would take an estimated fourteen experienced social workers "
      "out of front-line practice for most of a year, in the area with the highest vacancy rate in the country. In "
      "2024 the area's practice audit examined a random sample of 200 closed referrals and found six that should "
      "have progressed; each was reopened. The area will continue to be audited every quarter, and any referral "
      "that is closed and then re-referred within twelve months is already reviewed by a principal social worker.",
      answers=(Answer("10", "disagree", EV10),)),
    P("3.4 Recommendation 14 is addressed to the Department, but it concerns data that the Agency collects and "
      "reports. The Agency already publishes quarterly performance data, including the number of cases awaiting "
      "allocation by region and by priority. Monthly figures for each of our 17 areas would, in the smaller areas, "
      "risk identifying individual families, and would fluctuate in ways that could mislead the public about the "
      "level of risk. " + EV14,
      answers=(Answer("14", "disagree", EV14),)),
    H2("4. Listening to children"),
    P("4.1 Jamie's words, that everyone was spoken to except him, should be read by every social worker in the "
      "Agency. Hearing from children is a requirement of our own practice model, and your findings show that we are "
      "not meeting it consistently. Our Youth Advisory Council, made up of 22 young people with experience of our "
      "services, has discussed the report and given us its views on what should change."),
    P("4.2 " + EV5 + " Where a child cannot be seen alone, the reason will have to be approved by a team leader. "
      + EV6 + " Information for children on how to complain, to the Agency and to your Office, has been redesigned "
      "with the Council and will be available on our website and in every Agency office.",
      answers=(Answer("5", "agree", EV5), Answer("6", "partial", EV6))),
    H2("5. Working with other services"),
    P("5.1 The Emergency Out-of-Hours Social Work Service was set up to make sure that a child in crisis at night or "
      "at a weekend has somewhere safe to go. We have considered carefully the Office's view that this is not "
      "enough. " + EV7 + " Providing a face-to-face social work response in every area, at any hour, would require "
      "an estimated 190 additional social workers, more than the entire increase in social work posts funded in "
      "2025, and would draw staff away from daytime child protection work where the need is greatest. The "
      "Agency's priority for new posts must be to reduce the number of children waiting for a social worker.",
      answers=(Answer("7", "disagree", EV7),)),
    P("5.2 Joint working with An Garda Síochána is governed by the Joint Working Protocol for Garda and Agency "
      "Liaison, revised in 2021. The Protocol sets out when a strategy meeting must be held and who should attend, "
      "and each Garda division has a liaison management team that meets at least quarterly. In 2024 the Agency "
      "notified An Garda Síochána of 11,850 suspected offences against children under the Protocol, and a national "
      "liaison group of senior managers from both organisations meets twice a year."),
    H2("6. Our workforce and funding"),
    P("6.1 The Agency agrees with your Office that the shortage of social workers lies behind many of the problems "
      "described in the report. In 2025 we recruited 212 social workers, including 48 from outside the State, "
      "but 176 left the Agency in the same year."),
    P("6.2 " + EV9 + " A targeted recruitment campaign for Midlands West, Border East and North Connacht, the three "
      "areas with the highest vacancy rates, will open in February 2026, and the Agency's workforce plan for social "
      "work will be published by 31 October 2026. Protected caseloads for social workers in their first two years "
      "after qualifying, and for experienced staff who take on practice teaching, will be part of that plan. A "
      "retention allowance is a different matter: pay and allowances for Agency staff are set within the public "
      "service pay framework, and the Agency has no authority to introduce one.",
      answers=(Answer("9", "partial", EV9),)),
    P("6.3 We welcome Recommendation 13. " + EV13 + " Officials from the Agency and the Department met on 20 November "
      "2025 and have agreed terms of reference for the plan, which will set out projected referral numbers, the "
      "staff needed to meet them and the cost.",
      answers=(Answer("13", "agree", EV13),)),
    H2("7. Legislation"),
    P("7.1 Recommendation 11, on placing timeframes for screening and assessment in legislation, is a matter of "
      "policy for the Minister for Children and Youth Affairs. I have forwarded your report to the Minister, who will "
      "reply to you directly on Recommendation 11. The Agency will provide the Department with whatever information "
      "it needs."),
    H2("8. Implementation and reporting"),
    P("8.1 Implementation of the actions in this letter will be overseen by the National Director of Services and "
      "Integration and reported to the Board's Quality and Safety Committee each quarter. The Agency will send your "
      "Office a written progress report every six months, the first by 30 June 2026, and will meet your staff "
      "before each report to go through it."),
    P("8.2 I would like to thank you and your team once again for the care with which this investigation was carried "
      "out, and in particular for the time you spent with children and young people. I would welcome the "
      "opportunity to meet you early in the new year to discuss the Agency's response."),
    P("Yours sincerely,"),
    P("Ciarán Mac Aodha"),
    P("Chief Executive Officer, National Child and Family Agency"),
)

RESPONSE = Document(
    title="National Child and Family Agency",
    subtitle="Office of the Chief Executive  |  Block 4, Heuston Quay, Dublin 8  |  www.ncfa.example.ie",
    blocks=RESPONSE_BLOCKS,
    running_header="National Child and Family Agency  |  Response to Heard Too Late  |  12 December 2025",
    footer="Page {page} of {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="child_agency_investigation_en",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Irish-style children's ombudsman investigation into a national child and family agency's "
                "handling of referrals (14 recommendations: 10 to the Agency, 2 to the Minister, 2 to the "
                "Department; sub-points a/b) answered by the chief executive's letter with numbered paragraphs "
                "under the Agency's own themes; 4 agree, 4 partial, 3 disagree, 3 not addressed (existing protocol "
                "only, passed on to the Minister, never mentioned).",
)
