"""Pair: a fictional Australian Senate references committee report on workforce shortages in residential aged care
("Who will care?"), answered by an "Australian Government response" in the usual recommendation-by-recommendation
form.  In English.

Report layout: sans, title page with imprint (month, copyright, ISBN), running header.  Front matter: a members table
(Name | Party | State), a secretariat paragraph, and a "List of recommendations" in which the fourteen recommendations
are printed as a "1." list (each item marked ``duplicate_of`` its chapter printing).  Chapters are numbered in the
heading text ("Chapter 2 The size of the shortage") with numbered level-2 sections and footnotes citing submissions and
Committee Hansard.  Chapter 1 holds the terms of reference as an "a)" list and a bullet list of public hearings and a
bullet list describing the structure of the report (none are recommendations).  Chapter 2 has Table 2.1 (staffing
headcounts and vacancies by occupation) and a bullet list of data gaps; chapter 5 a bullet list of migration pathways;
chapter 6 Table 6.1 (care minutes against the targets).  Each chapter ends with a "Committee view" section; after the
committee's discussion every recommendation is set apart as a bold "Recommendation N" line followed by a one-item "–"
list "The committee recommends that the Australian Government ..." (the printed number is only in the bold line).
Then additional comments by Coalition senators (prose, disagreeing with recommendations 3 and 11 - the committee's
minority, not a recommendation), Appendix 1 (a "1." list of 38 submitters) and Appendix 2 (a table of hearings).

Response layout: serif, title page, running header.  "Introduction" (thanks, context, a bullet list of reforms already
under way, and one paragraph that answers recommendation 13 by subject, without its number), then "Responses to the
committee's recommendations": for every recommendation a one-column boxed table whose header is "Recommendation N"
and whose cell quotes the recommendation (the model has no italics or indented paragraphs, so the quotation is set
apart in a box); recommendations 1 and 2 are quoted one after the other and answered together.  Each quotation is
followed by a bold verdict line ("Supported", "Supported in part", "Supported in principle", "Noted", "Not
supported") and one to three explanation paragraphs.  The verdict line is a label only; the gold is put on the
explanation paragraphs that take the position, and the position follows the README definitions applied to the
verdict together with its explanation.  A short "Conclusion" closes the document.

  #  recommendation (addressee)                          verdict printed          gold           why
  1  annual workforce report by 30 June 2026 (Govt)     Supported (with 2)       agree          first report due by
                                                                                                30 June 2026 with the
                                                                                                asked-for breakdown
  2  independent projections to 2040 (Govt)             Supported (with 1)       agree          asks a study; the study
                                                                                                is commissioned, 2026
  3  fund wage case for all staff incl. admin etc.      Supported in part        partial        extended to catering
                                                                                                staff, not to admin,
                                                                                                cleaning, maintenance
  4  portable long service leave scheme (Govt, states)   Not supported            disagree       "does not support"
  5  guaranteed 30 hours/fortnight for part-timers       Noted                    not_addressed  only a description of
                                                                                                the Award and the
                                                                                                FWC's role
  6  Fee-Free TAFE to 2028 + paid placements (Govt)      Supported in principle   partial        only "will consider" /
                                                                                                "will examine"
  7  regional training hubs (states, with Govt)          Supported in principle   not_addressed  principle endorsed,
                                                                                                passed on to state
                                                                                                skills ministers,
                                                                                                existing programs
  8  dedicated visa with lower requirements (Govt)       Not supported            disagree       "does not support"
  9  settlement support for overseas workers (Govt)      Supported in principle   partial        only "explore options
                                                                                                for a pilot"
 10  regulator publishes agency/RN data per home (ACQSC) Supported in principle   agree          concrete commitment:
                                                                                                publishing from the
                                                                                                July-September 2026
                                                                                                quarter
 11  care minutes 240 incl. 50 RN from Oct 2027 (Govt)   Not supported            disagree       "will not set a higher
                                                                                                target"
 12  cap agency rates + license labour hire (Govt)       Supported in part        partial        licensing yes, cap no
                                                                                                (one sentence)
 13  registration scheme for personal care workers       Supported                agree          answered first by
                                                                                                subject in the
                                                                                                introduction (bill in
                                                                                                first half of 2026),
                                                                                                then under its number
 14  key worker housing in regional towns (Govt, states) Noted                    not_addressed  existing housing
                                                                                                programs; deferred to
                                                                                                the 2026-27 Budget
Totals: agree 4, partial 4, disagree 3, not_addressed 3.  Addressees (Australian Government, the Aged Care Quality and
Safety Commission, state and territory governments) have no code of their own: all are OTHER.
All prose, names and figures are fictional and written for this test set.
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
OTHER = ("OTHER",)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# --------------------------------------------------------------------------------------------------------------
# The recommendations, printed twice: in the front list (duplicates) and in the chapters (originals)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "The committee recommends that the Australian Government publish an annual aged care workforce report, "
         "drawing on the Aged Care Workforce Census and the quarterly financial reports of approved providers, that "
         "sets out vacancies, turnover and the use of agency staff by occupation and by Modified Monash Model region, "
         "with the first report to be released no later than 30 June 2026.",
    "2": "The committee recommends that the Australian Government commission and publish independent projections of "
         "the residential aged care workforce required to 2040, updated every three years, taking into account the "
         "ageing of the population, care minute requirements and the changing care needs of residents.",
    "3": "The committee recommends that the Australian Government fully fund the wage increases arising from the "
         "aged care work value case for all workers in residential aged care, including administrative, catering, "
         "cleaning, laundry and maintenance staff, and make that funding conditional on the increases being passed "
         "on to workers in full.",
    "4": "The committee recommends that the Australian Government, in cooperation with state and territory "
         "governments, establish a national portable long service leave scheme for aged care workers, modelled on "
         "the schemes that already cover community services workers in several jurisdictions.",
    "5": "The committee recommends that the Australian Government seek a variation to the Aged Care Award 2010 so "
         "that permanent part-time workers who ask for more hours are offered a guaranteed minimum of 30 hours per "
         "fortnight.",
    "6": "The committee recommends that the Australian Government extend Fee-Free TAFE places for the Certificate III "
         "in Individual Support (Ageing) and the Certificate IV in Ageing Support until at least 30 June 2028, and "
         "fund paid practical placements for students completing these qualifications.",
    "7": "The committee recommends that state and territory governments, with financial support from the Australian "
         "Government, establish aged care training hubs at regional TAFE campuses, so that students can complete "
         "their practical training close to where they live.",
    "8": "The committee recommends that the Australian Government create a dedicated visa for direct care workers in "
         "aged care, with lower English language and work experience requirements than the Aged Care Industry "
         "Labour Agreement and a pathway to permanent residence after two years.",
    "9": "The committee recommends that the Australian Government fund settlement support for overseas-recruited "
         "aged care workers placed in regional and remote areas, including help with housing, transport and family "
         "reunion, delivered through local organisations.",
    "10": "The committee recommends that the Aged Care Quality and Safety Commission publish, every quarter and for "
          "each residential aged care home, the share of direct care hours delivered by agency staff and the number "
          "of shifts on which no registered nurse was on site.",
    "11": "The committee recommends that the Australian Government raise the mandatory care minutes target to 240 "
          "minutes per resident per day, including at least 50 minutes of registered nurse time, from 1 October "
          "2027, and fund providers accordingly.",
    "12": "The committee recommends that the Australian Government cap the hourly rates that residential aged care "
          "providers may pay for agency and labour hire staff, and introduce a licensing scheme for labour hire firms "
          "that supply workers to aged care.",
    "13": "The committee recommends that the Australian Government establish a national registration scheme for "
          "personal care workers in aged care, with a minimum qualification requirement phased in over five years.",
    "14": "The committee recommends that the Australian Government work with state and territory governments to fund "
          "key worker housing for aged care staff in regional and remote towns where a lack of rental housing is "
          "preventing providers from filling vacancies.",
}


def front_list() -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, OTHER, duplicate_of=number))
                    for number, text in REC.items()),
        style="1.",
    )


def rec(number: str) -> tuple:
    """A chapter printing: the bold 'Recommendation N' line and the recommendation set apart below it."""
    return (
        P(f"Recommendation {number}", bold=True),
        ItemList(items=(ListItem(REC[number], recommendation=Recommendation(number, OTHER)),), style="–"),
    )


SUBMITTERS = (
    "Name withheld",
    "Ms Patricia Okafor",
    "Aged Care Workers' Alliance of Australia",
    "Regional Care Providers Network",
    "Nurses and Carers Federation",
    "Name withheld",
    "Older Persons Advocacy Collective",
    "Dr Hamish Latimer",
    "Queensland Council of Aged Care Employers",
    "Rural Doctors and Nurses Forum",
    "Care Careers Australia",
    "Southern Cross Community Care Ltd",
    "Dementia Carers Voice",
    "Institute for Ageing Workforce Research",
    "Mr Vikram Choudhary",
    "Australian Labour Hire Standards Council",
    "Tasmanian Aged Care Forum",
    "Western Plains Lutheran Homes",
    "Multicultural Aged Care Workers Network",
    "Council of TAFE Directors (Regional Chapter)",
    "Confidential",
    "Ms Joanne McCreadie",
    "Allied Health in Aged Care Association",
    "Remote Communities Aged Care Alliance",
    "Kitchen and Hospitality Workers Union, Aged Care Branch",
    "Department of Health, Disability and Ageing",
    "Aged Care Quality and Safety Commission",
    "Department of Home Affairs",
    "Department of Employment and Workplace Relations",
    "Committee for Economic Policy Research",
    "Portable Entitlements Authority of Victoria (Community Services)",
    "Catholic Residential Care Network",
    "Ms Linh Tran",
    "Bendigo and District Aged Care Consortium",
    "National Council of Retired Nurses",
    "Independent Agency Nurses Australia",
    "Northern Territory Aged Care Providers Group",
    "Name withheld",
)

REPORT_BLOCKS = (
    H("Members"),
    H2("Members of the committee"),
    Table(
        header=("Name", "Party", "State or territory"),
        rows=(
            ("Senator Margaret Ellison (Chair)", "Australian Labor Party", "Tasmania"),
            ("Senator Daniel Koutsoukis (Deputy Chair)", "Liberal Party of Australia", "South Australia"),
            ("Senator Amira Haddad", "Australian Labor Party", "New South Wales"),
            ("Senator Mia Torrens", "Australian Greens", "Western Australia"),
            ("Senator Graham Phelan", "The Nationals", "New South Wales"),
            ("Senator Thomas Reeve", "Liberal National Party", "Queensland"),
        ),
        widths=(2.2, 1.8, 1.4),
    ),
    H2("Participating members"),
    P("Senators who participated in this inquiry as participating members are listed in the Committee Hansard for "
      "each public hearing."),
    H2("Secretariat"),
    P("Ms Rebecca Quinlan, Committee Secretary; Dr Oliver Pham, Principal Research Officer; Ms Sienna Walsh, Senior "
      "Research Officer; Mr Ashok Menon, Administrative Officer. PO Box 6100, Parliament House, Canberra ACT 2600. "
      "Phone: 02 6277 3515."),
    H("List of recommendations"),
    P("The recommendations are listed in the order in which they appear in the report."),
    front_list(),
    PageBreak(),
    # ---------------------------------------------------------------------------------------- Chapter 1
    H("Chapter 1 Introduction"),
    H2("1.1 Referral of the inquiry"),
    P("On 8 February 2024 the Senate referred an inquiry into workforce shortages in residential aged care to the "
      "Community and Ageing Affairs References Committee for inquiry and report by 28 March 2025. The terms of "
      "reference asked the committee to inquire into and report on:"),
    ItemList(items=(
        ListItem("the extent and distribution of vacancies and staff turnover in residential aged care, including "
                 "differences between metropolitan, regional and remote areas;"),
        ListItem("the adequacy of wages and working conditions, including the implementation of the Fair Work "
                 "Commission's decisions in the aged care work value case;"),
        ListItem("the supply of newly trained workers through vocational education, higher education and "
                 "practical placements;"),
        ListItem("the role of overseas workers and the operation of the relevant migration pathways;"),
        ListItem("the use of agency and labour hire staff and its effect on the continuity and quality of care;"),
        ListItem("the capacity of providers to meet the mandatory care minutes and the 24/7 registered nurse "
                 "requirement; and"),
        ListItem("any other related matters."),
    ), style="a)"),
    H2("1.2 Conduct of the inquiry"),
    P("The committee advertised the inquiry on its website and wrote to more than 120 organisations and individuals, "
      "inviting them to make submissions by 26 April 2024. The committee received 38 submissions, which are listed "
      "at Appendix 1. Three submissions were accepted as name withheld and one as confidential, reflecting the "
      "concern of some workers that speaking publicly about their employer could cost them shifts."),
    P("The committee held five public hearings:"),
    bullets(
        "Canberra, 14 June 2024;",
        "Bendigo, Victoria, 2 August 2024;",
        "Townsville, Queensland, 27 August 2024;",
        "Launceston, Tasmania, 18 October 2024; and",
        "Canberra, 22 November 2024, with officials of the Department of Health, Disability and Ageing, the Aged "
        "Care Quality and Safety Commission and the Department of Home Affairs.",
    ),
    P("Witnesses who appeared at the hearings are listed at Appendix 2. The committee also visited four residential "
      "aged care homes in central Victoria and north Queensland, where members spoke privately with personal care "
      "workers, nurses, kitchen staff and residents. The committee thanks the providers concerned for making those "
      "visits possible at short notice."),
    H2("1.3 Background"),
    P("The final report of the Royal Commission into Aged Care Quality and Safety, tabled in 2021, found that the "
      "aged care workforce was too small, under-trained and under-paid, and that staffing levels in many homes were "
      "not sufficient to provide safe and dignified care. Since then the Australian Government has introduced "
      "mandatory care minutes, a requirement for a registered nurse to be on site at every home 24 hours a day, "
      "funding for successive wage increases awarded by the Fair Work Commission, and a new Aged Care Act, which "
      "replaces the Aged Care Act 1997."),
    P("These reforms have raised expectations of what residents should receive. They have also raised the demand for "
      "staff at a time when the labour market for care workers has been exceptionally tight. Evidence to this inquiry "
      "suggests that the reforms are sound but that their success depends on whether the sector can recruit and "
      "keep enough people to deliver them.", footnotes=(
          "See, for example, Aged Care Workers' Alliance of Australia, Submission 3, p. 2; Regional Care Providers "
          "Network, Submission 4, pp. 5-6.",)),
    H2("1.4 Structure of this report"),
    P("This report is structured as follows:"),
    bullets(
        "Chapter 2 considers the size of the workforce shortage and the quality of the data used to measure it.",
        "Chapter 3 examines pay and working conditions and their effect on retention.",
        "Chapter 4 discusses the training of new workers, including practical placements.",
        "Chapter 5 considers overseas workers and the migration pathways available to them.",
        "Chapter 6 deals with agency staff, the care minutes and the registration of personal care workers.",
        "Chapter 7 looks at the particular difficulties of homes in regional and remote Australia.",
    ),
    H2("1.5 Acknowledgements"),
    P("The committee thanks all those who made submissions and gave evidence. It is particularly grateful to the "
      "personal care workers and nurses who spoke about their work, often after finishing a night shift, and to the "
      "residents and families who shared their experience of care delivered by an unfamiliar face every day."),
    H2("1.6 Notes on references"),
    P("References to the Committee Hansard are to the proof transcript. Page numbers may vary between the proof and "
      "the official transcript. The term 'personal care worker' is used throughout to describe the workers who "
      "provide most of the direct care in homes, and who are also known as assistants in nursing or care workers."),
    # ---------------------------------------------------------------------------------------- Chapter 2
    H("Chapter 2 The size of the shortage"),
    H2("2.1 How many workers are there?"),
    P("The most complete picture of the residential aged care workforce comes from the Aged Care Workforce Census, "
      "which the Department of Health, Disability and Ageing conducts every two years, and from the quarterly "
      "financial reports that approved providers have lodged since 2022. Table 2.1 draws on both sources. It shows "
      "that the workforce grew by about ten per cent between 2020 and 2024, but that vacancies remained high in "
      "every occupation, and highest among registered nurses."),
    P("Table 2.1 Residential aged care workforce by occupation, headcount 2020 and 2024, and vacancies in November "
      "2024", bold=True),
    Table(
        header=("Occupation", "Headcount 2020", "Headcount 2024", "Vacancies Nov 2024", "Vacancy rate (%)"),
        rows=(
            ("Registered nurses", "24,100", "27,900", "2,950", "10.6"),
            ("Enrolled nurses", "10,200", "9,400", "610", "6.5"),
            ("Personal care workers", "142,300", "161,800", "11,400", "7.0"),
            ("Allied health professionals", "5,600", "6,100", "380", "6.2"),
            ("Ancillary staff (administration, catering, cleaning, laundry, maintenance)", "58,900", "60,200",
             "2,100", "3.5"),
            ("Total", "241,100", "265,400", "17,440", "6.6"),
        ),
        widths=(3.0, 1.3, 1.3, 1.4, 1.3),
    ),
    P("Source: Department of Health, Disability and Ageing, Submission 26, attachment B. The vacancy rate is "
      "expressed as a share of the 2024 headcount."),
    P("The number of enrolled nurses fell over the period. Several providers told the committee that enrolled "
      "nurses had been 'squeezed out' by the combination of the registered nurse requirement and the care minutes, "
      "which count enrolled nurse time towards the total but not towards the registered nurse component.", footnotes=(
          "Queensland Council of Aged Care Employers, Submission 9, p. 7; Committee Hansard, Townsville, 27 August "
          "2024, p. 14.",)),
    H2("2.2 Turnover"),
    P("Headcounts understate the problem. Providers who gave evidence reported annual turnover of personal care "
      "workers of between 25 and 35 per cent, and in some regional homes of more than 40 per cent. Every worker who "
      "leaves must be replaced and inducted, and residents, many of whom live with dementia, lose a familiar carer. "
      "One director of nursing described the effect in these terms:"),
    P("'We are not short of job ads. We are short of people who stay long enough to know that Mrs K. will only eat "
      "her breakfast if you sit down with her first.'", footnotes=(
          "Ms Deborah Santini, Director of Nursing, Committee Hansard, Bendigo, 2 August 2024, p. 22.",)),
    P("The census does not collect turnover data in a form that can be compared between providers or regions, and "
      "the quarterly financial reports record only the number of staff employed at the end of each quarter."),
    H2("2.3 Regional and remote homes"),
    P("Vacancy rates rise with remoteness. Using the Modified Monash Model, which classifies locations from MM 1 "
      "(metropolitan) to MM 7 (very remote), the Department's data show registered nurse vacancy rates of 8 per cent "
      "in MM 1 areas but over 20 per cent in MM 5 to MM 7 areas. The committee returns to the situation of regional "
      "and remote homes in chapter 7."),
    H2("2.4 Gaps in the data"),
    P("Submitters and the Department itself identified several gaps in the information available about the "
      "workforce:"),
    bullets(
        "the census is conducted only every two years, and its results are published more than a year after "
        "collection;",
        "there is no regular published series on vacancies or turnover by region;",
        "agency and labour hire staff are recorded as hours purchased rather than as people, so the number of "
        "individuals working through agencies is unknown;",
        "data on workers' qualifications are self-reported and incomplete; and",
        "no official projections of future workforce demand have been published since 2019.",
    ),
    H2("2.5 Future demand"),
    P("The number of Australians aged 85 and over is expected to more than double over the next 25 years. The "
      "Committee for Economic Policy Research estimated that, on current trends, the sector will be short of about "
      "60,000 direct care workers by 2030 and more than 120,000 by 2040.", footnotes=(
          "Committee for Economic Policy Research, Submission 30, p. 3.",)),
    P("The Department told the committee that it does not produce its own long-term projections and relies on "
      "external modelling. Officials acknowledged that the absence of an agreed projection makes it difficult to "
      "plan training places and migration settings.", footnotes=(
          "Committee Hansard, Canberra, 22 November 2024, p. 9.",)),
    H2("2.6 Committee view"),
    P("The committee is concerned that, four years after the Royal Commission, nobody can say with confidence how "
      "many workers the sector is short of, where the shortages are worst, or how many workers will be needed in "
      "ten years' time. Workforce planning on this basis is guesswork."),
    P("The data needed to do better largely exist. Providers already report their staffing every quarter, and the "
      "census provides a detailed picture every two years. What is missing is a regular public report that brings "
      "these sources together, and an agreed projection of future demand against which training and migration "
      "settings can be judged."),
    *rec("1"),
    *rec("2"),
    # ---------------------------------------------------------------------------------------- Chapter 3
    H("Chapter 3 Pay, conditions and keeping staff"),
    H2("3.1 The work value case"),
    P("In a series of decisions in 2022, 2023 and 2024, the Fair Work Commission found that the work of aged care "
      "workers had historically been undervalued, in part because of assumptions about work traditionally done by "
      "women, and awarded increases to award wages for nurses, personal care workers and some other staff. The "
      "Australian Government has funded the increases for the roles covered by the decisions through the aged care "
      "subsidy, on the condition that providers pass them on to their staff."),
    P("Witnesses welcomed the increases. Unions told the committee that they had helped to stem the flow of personal "
      "care workers into the disability sector and hospitals, and providers reported a modest improvement in the "
      "number of applications for advertised positions.", footnotes=(
          "Nurses and Carers Federation, Submission 5, p. 4; Southern Cross Community Care Ltd, Submission 12, p. 2.",)),
    H2("3.2 Workers outside the scope of the funded increases"),
    P("Not every worker in a residential home has benefited. The funded increases cover registered and enrolled "
      "nurses, personal care workers, recreational activities officers and head chefs and cooks. Kitchen hands and "
      "catering assistants, cleaners, laundry staff, maintenance workers and administrative staff are not covered."),
    P("The committee heard that these workers are now often paid less than the personal care workers they work "
      "alongside, and that providers find it increasingly hard to fill these roles. A kitchen manager from a home "
      "in north Queensland told the committee that she had lost four of her six catering assistants in one year, "
      "all to a local hospital that paid more for the same work.", footnotes=(
          "Committee Hansard, Townsville, 27 August 2024, p. 31.",)),
    P("Providers argued that they cannot increase the wages of these staff themselves without additional funding, "
      "because their revenue is largely set by the Government through the Australian National Aged Care "
      "Classification funding model."),
    H2("3.3 Insecure hours"),
    P("More than 70 per cent of personal care workers are employed part-time. Many told the committee that they "
      "would like to work more hours but are offered only short contracted hours, with additional shifts offered at "
      "short notice. This makes it difficult to plan family life and to qualify for a home loan, and encourages "
      "workers to hold two or three jobs with different employers.", footnotes=(
          "Aged Care Workers' Alliance of Australia, Submission 3, pp. 8-9; Ms Joanne McCreadie, Submission 22.",)),
    P("Employers responded that rosters must follow occupancy and the care needs of residents, which change from "
      "week to week, and that guaranteeing higher minimum hours would reduce their flexibility."),
    H2("3.4 Long service leave"),
    P("Long service leave in most jurisdictions is earned after seven to ten years of continuous service with one "
      "employer. Because aged care workers move between providers often, and many work for more than one, few ever "
      "qualify. Portable schemes, funded by an employer levy, allow workers to keep their entitlement when they "
      "change employer within an industry. Such schemes already operate for community services workers in the "
      "Australian Capital Territory, Queensland and Victoria, but residential aged care is generally excluded.", footnotes=(
          "Portable Entitlements Authority of Victoria (Community Services), Submission 31, p. 2.",)),
    H2("3.5 Committee view"),
    P("The committee considers that the work value decisions are the most significant step taken so far to make aged "
      "care an attractive career. It is concerned, however, that a growing gap has opened between the workers "
      "covered by funded increases and those who are not. Residents depend on the cook, the cleaner and the laundry "
      "worker as much as on the nurse, and the evidence suggests that shortages in these roles are now emerging."),
    P("The committee also accepts the evidence that insecure hours and the loss of entitlements when changing "
      "employer are driving workers out of the sector, and that both can be addressed at relatively low cost."),
    *rec("3"),
    *rec("4"),
    *rec("5"),
    # ---------------------------------------------------------------------------------------- Chapter 4
    H("Chapter 4 Training new workers"),
    H2("4.1 Fee-Free TAFE"),
    P("Since January 2023 the Australian Government and the states and territories have jointly funded Fee-Free "
      "TAFE places in areas of skills shortage, including the Certificate III in Individual Support (Ageing) and the "
      "Certificate IV in Ageing Support. TAFE directors told the committee that enrolments in these qualifications "
      "had risen sharply, and that many students were mature-age women returning to the workforce.", footnotes=(
          "Council of TAFE Directors (Regional Chapter), Submission 20, p. 3.",)),
    P("Completion rates are less encouraging. Only about half of those who enrolled in 2023 had completed their "
      "qualification by the end of 2024. The most common reason given for withdrawing was the difficulty of "
      "completing the mandatory 120 hours of practical placement while holding down another job."),
    H2("4.2 Placement poverty"),
    P("Students on placement are generally unpaid. The Commonwealth Prac Payment, introduced for higher education "
      "students in nursing, midwifery, teaching and social work, is not available to vocational students. Witnesses "
      "described students who had withdrawn from their course because they could not afford to give up three weeks "
      "of paid work.", footnotes=(
          "Care Careers Australia, Submission 11, p. 6; Committee Hansard, Launceston, 18 October 2024, p. 5.",)),
    H2("4.3 Access to training in regional areas"),
    P("In many regional areas the nearest TAFE campus offering aged care qualifications is more than an hour's drive "
      "away, and students must travel further still for placements in homes that have the capacity to supervise "
      "them. The Bendigo and District Aged Care Consortium described a model in which a local TAFE campus, two "
      "providers and the local council share a training room, a simulation suite and a placement coordinator. "
      "Graduates of that program were, in the consortium's words, 'three times as likely to still be working with us "
      "after a year'.", footnotes=(
          "Bendigo and District Aged Care Consortium, Submission 34, p. 4.",)),
    H2("4.4 Committee view"),
    P("Fee-Free TAFE has brought many new students into aged care qualifications, and the committee sees no reason "
      "to end it while the shortage persists. Free tuition is of limited value, however, if students cannot afford to "
      "finish their placement. The committee believes that the Prac Payment model should be extended to vocational "
      "students in aged care."),
    P("Vocational training is delivered by the states and territories, and it is for them to decide where training "
      "facilities are located. The committee nonetheless sees merit in a shared regional model of the kind developed "
      "in Bendigo, supported by Commonwealth funding."),
    *rec("6"),
    *rec("7"),
    # ---------------------------------------------------------------------------------------- Chapter 5
    H("Chapter 5 Overseas workers"),
    H2("5.1 Current pathways"),
    P("Overseas-born workers make up more than a third of the residential aged care workforce, and a higher share "
      "in the major cities. The main migration pathways currently used by the sector are:"),
    bullets(
        "the Aged Care Industry Labour Agreement, under which approved providers may sponsor personal care workers "
        "and nurses, with a pathway to permanent residence after two years;",
        "the Skills in Demand visa, for occupations on the core skills list, including registered nurses;",
        "the Pacific Australia Labour Mobility scheme, which places workers from Pacific countries and Timor-Leste "
        "with approved employers, mainly in regional areas; and",
        "student visas, whose holders may work a limited number of hours per fortnight.",
    ),
    H2("5.2 Barriers"),
    P("Providers welcomed the Labour Agreement but described it as slow and costly to use. Small and regional "
      "providers said that the English language requirement and the requirement for at least one year of relevant "
      "work experience excluded many applicants who had worked as carers in their own families and communities.", footnotes=(
          "Regional Care Providers Network, Submission 4, p. 11; Remote Communities Aged Care Alliance, Submission "
          "24, p. 3.",)),
    P("Advocates for older people, by contrast, urged the committee not to recommend any weakening of language "
      "requirements. Dementia Carers Voice told the committee that 'the ability to understand and be understood is "
      "itself a safety standard for a resident with dementia'.", footnotes=(
          "Dementia Carers Voice, Submission 13, p. 2.",)),
    H2("5.3 Settling in regional communities"),
    P("Several regional providers have recruited overseas workers successfully, only to lose them within a year to "
      "the cities. The reasons given were consistent: the lack of rental housing, the absence of public transport to "
      "get to early and late shifts, isolation from their own communities, and the difficulty of bringing family "
      "members to Australia. Where local organisations had helped new arrivals find housing and connect with the "
      "community, retention was much higher.", footnotes=(
          "Multicultural Aged Care Workers Network, Submission 19, pp. 4-5.",)),
    H2("5.4 Committee view"),
    P("Overseas workers are, and will remain, essential to the aged care workforce. The committee believes that the "
      "current pathways do not yet meet the needs of smaller and regional providers, and that a dedicated visa "
      "designed for direct care work would attract more applicants. Such a visa should retain an English language "
      "requirement, but one set at a level appropriate to the work rather than the general skilled migration "
      "standard."),
    P("Recruiting workers is only half of the task. If overseas workers placed in regional towns are to stay, they "
      "need practical help to settle, and the committee believes the Commonwealth should fund it."),
    *rec("8"),
    *rec("9"),
    # ---------------------------------------------------------------------------------------- Chapter 6
    H("Chapter 6 Agency staff, care minutes and regulation"),
    H2("6.1 The use of agency staff"),
    P("When providers cannot fill a shift with their own staff, they turn to agencies and labour hire firms. "
      "Spending on agency staff in residential care more than doubled between 2021-22 and 2023-24, according to the "
      "providers' quarterly financial reports. Agency rates for registered nurses of $120 to $160 an hour were "
      "reported to the committee, compared with an hourly award rate for an experienced employed registered nurse of "
      "around $50.", footnotes=(
          "Department of Health, Disability and Ageing, Submission 26, p. 14; Western Plains Lutheran Homes, "
          "Submission 18, p. 2.",)),
    P("Residents and families told the committee that care from agency staff was often less personal and less "
      "safe, because agency staff did not know residents' needs and preferences. Agency workers, for their part, "
      "described being sent to unfamiliar homes without induction. The Australian Labour Hire Standards Council "
      "acknowledged that some firms supplying the sector do not screen or train their workers adequately.", footnotes=(
          "Australian Labour Hire Standards Council, Submission 16, p. 5.",)),
    P("At present, the public has no way of knowing how much a particular home relies on agency staff, or how often "
      "it operates without a registered nurse on site. The Aged Care Quality and Safety Commission told the "
      "committee that it receives some of this information through its monitoring activities but does not publish "
      "it at the level of individual homes."),
    H2("6.2 Care minutes"),
    P("Since 1 October 2023 providers have been required to deliver a minimum average number of care minutes per "
      "resident per day, of which a specified number must be delivered by registered nurses. The targets were raised "
      "on 1 October 2024, as shown in Table 6.1."),
    P("Table 6.1 Care minutes per resident per day, sector average against the mandatory targets", bold=True),
    Table(
        header=("Quarter", "Target (total)", "Delivered (total)", "Target (RN)", "Delivered (RN)",
                "Homes meeting both targets"),
        rows=(
            ("October-December 2023", "200", "200.4", "40", "38.9", "31%"),
            ("April-June 2024", "200", "203.7", "40", "40.6", "36%"),
            ("October-December 2024", "215", "206.1", "44", "41.2", "24%"),
        ),
        widths=(2.2, 1.2, 1.3, 1.1, 1.2, 1.5),
        rules="rows",
    ),
    P("Source: Department of Health, Disability and Ageing, Submission 26, attachment C."),
    P("Unions and advocates argued that the current targets remain below the level recommended by the Royal "
      "Commission for high-quality care and should be raised further. Providers argued the opposite: that with fewer "
      "than a quarter of homes meeting both targets, further increases would only be met by more agency staff.", footnotes=(
          "Nurses and Carers Federation, Submission 5, p. 10; Catholic Residential Care Network, Submission 32, "
          "p. 6.",)),
    H2("6.3 Registration of personal care workers"),
    P("Unlike nurses, personal care workers are not registered and need not hold any qualification. A worker who is "
      "dismissed for misconduct by one provider may be engaged by another, or by an agency, without the new employer "
      "knowing. The aged care worker code of conduct and the banning orders made by the Commission offer some "
      "protection, but the Commission acknowledged that it has no register of the workers to whom the code "
      "applies.", footnotes=(
          "Committee Hansard, Canberra, 22 November 2024, p. 27.",)),
    H2("6.4 Committee view"),
    P("The committee considers that information about how a home is staffed is as important to prospective residents "
      "and their families as the star rating it receives. Transparency would also give providers an incentive to "
      "reduce their reliance on agency staff."),
    P("The committee acknowledges that many providers are not yet meeting the current care minutes targets. It "
      "nonetheless considers that the targets should rise further over time, as the Royal Commission envisaged, and "
      "that setting a date now gives the sector and training providers time to prepare."),
    P("The committee is also persuaded that the agency market in aged care is not working in the interests of "
      "residents or taxpayers, and that both price and quality need to be addressed. Finally, the committee "
      "believes a registration scheme for personal care workers is overdue."),
    *rec("10"),
    *rec("11"),
    *rec("12"),
    *rec("13"),
    # ---------------------------------------------------------------------------------------- Chapter 7
    H("Chapter 7 Regional and remote homes"),
    H2("7.1 Housing"),
    P("In almost every regional hearing, the lack of housing was raised before pay. Providers in Townsville, "
      "Launceston and central Victoria described successful recruitment campaigns that ended when the new worker "
      "could not find a place to rent. Some providers have bought or leased houses for staff themselves, at a cost "
      "that is not recognised in their funding.", footnotes=(
          "Tasmanian Aged Care Forum, Submission 17, p. 3; Northern Territory Aged Care Providers Group, "
          "Submission 37, p. 2.",)),
    H2("7.2 Closures"),
    P("Since 2022, at least 19 residential homes in MM 4 to MM 7 areas have closed or stopped admitting new "
      "residents, and in most cases providers cited the inability to staff the home. When a small regional home "
      "closes, residents must move to a home that may be hundreds of kilometres from their family."),
    H2("7.3 Committee view"),
    P("The committee considers that, in regional and remote towns, housing has become a condition for delivering "
      "aged care. Housing is primarily the responsibility of the states and territories, but the Commonwealth funds "
      "aged care and has an interest in ensuring that the homes it funds can be staffed."),
    *rec("14"),
    P("Senator Margaret Ellison, Chair"),
    H("Additional comments by Coalition senators"),
    P("Coalition senators thank the committee secretariat and all those who contributed to the inquiry, and support "
      "most of the committee's recommendations. In particular, we strongly support better workforce data, the "
      "registration of personal care workers and greater transparency about agency use in individual homes."),
    P("We do not support recommendation 3 in its current form. Extending funded wage increases to every category of "
      "staff, regardless of any decision of the Fair Work Commission, would set a precedent of the Government "
      "determining wages in a sector in which it is not the employer."),
    P("Nor do we support recommendation 11. With fewer than one in four homes meeting both current care minutes "
      "targets, announcing a further increase would reward the providers that rely most on agency staff, and would "
      "accelerate the closure of small homes in regional areas. The priority should be to meet the current targets."),
    P("Senator Daniel Koutsoukis, Deputy Chair; Senator Graham Phelan; Senator Thomas Reeve"),
    PageBreak(),
    H("Appendix 1 Submissions"),
    ItemList(items=tuple(ListItem(name) for name in SUBMITTERS), style="1."),
    H2("Additional information"),
    P("Answers to questions taken on notice at the public hearing in Canberra on 22 November 2024 were received from "
      "the Department of Health, Disability and Ageing on 13 December 2024 and from the Aged Care Quality and Safety "
      "Commission on 18 December 2024."),
    H("Appendix 2 Public hearings and witnesses"),
    Table(
        header=("Date and place", "Witnesses"),
        rows=(
            ("14 June 2024, Canberra", "Aged Care Workers' Alliance of Australia; Nurses and Carers Federation; "
                                       "Older Persons Advocacy Collective; Institute for Ageing Workforce Research"),
            ("2 August 2024, Bendigo", "Bendigo and District Aged Care Consortium; Western Plains Lutheran Homes; "
                                       "Council of TAFE Directors (Regional Chapter); Ms Deborah Santini"),
            ("27 August 2024, Townsville", "Queensland Council of Aged Care Employers; Multicultural Aged Care "
                                           "Workers Network; Kitchen and Hospitality Workers Union, Aged Care "
                                           "Branch; Rural Doctors and Nurses Forum"),
            ("18 October 2024, Launceston", "Tasmanian Aged Care Forum; Care Careers Australia; Dementia Carers "
                                            "Voice; private capacity witnesses"),
            ("22 November 2024, Canberra", "Department of Health, Disability and Ageing; Aged Care Quality and "
                                           "Safety Commission; Department of Home Affairs; Department of Employment "
                                           "and Workplace Relations"),
        ),
        widths=(1.3, 3.2),
    ),
)

REPORT = Document(
    title="Who will care? Workforce shortages in residential aged care",
    subtitle="The Senate - Community and Ageing Affairs References Committee",
    blocks=REPORT_BLOCKS,
    running_header="Who will care? Workforce shortages in residential aged care",
    footer="{page}",
    imprint=("March 2025", "© Commonwealth of Australia 2025", "ISBN 978-1-76093-812-4 (printed version)"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

def quote(*numbers: str) -> tuple:
    """The quoted recommendation(s), each in a one-column box headed 'Recommendation N'."""
    return tuple(Table(header=(f"Recommendation {n}",), rows=((REC[n],),), font_size=10.0, split_rows=False)
                 for n in numbers)


def verdict(text: str) -> Paragraph:
    return P(text, bold=True)


def A(number: str, position: str, evidence: str) -> Answer:
    return Answer(number, position, evidence)


R13_INTRO = ("Legislation to register personal care workers, which the committee also called for, will be introduced "
             "into Parliament in the first half of 2026, with a minimum qualification requirement phased in over "
             "five years.")
R1_EV = ("The first report, due by 30 June 2026, will set out vacancies, turnover and agency use by occupation and by "
         "Modified Monash Model region, as the committee proposes.")
R2_EV = ("The Government will commission independent projections of the aged care workforce to 2040 from the "
         "Australian Institute of Health and Welfare, to be published in late 2026 and refreshed every three years.")
R3_EV = ("The Government will extend the funded increase to kitchen hands and catering assistants from 1 July 2026, "
         "but it will not fund increases for administrative, cleaning, laundry and maintenance staff that the Fair "
         "Work Commission has not awarded.")
R4_EV = ("However, the Government does not support the establishment of a national portable long service leave "
         "scheme for aged care workers.")
R6_EV = ("The Government will consider extending places for the Certificate III in Individual Support (Ageing) and "
         "the Certificate IV in Ageing Support beyond that date as part of negotiations on the next stage of the "
         "National Skills Agreement.")
R6_EV2 = ("The Department of Employment and Workplace Relations will examine whether vocational students completing "
          "aged care qualifications could be included when the payment is reviewed in 2026.")
R8_EV = ("The Government does not support the creation of a separate visa for direct care workers with lower English "
         "language and work experience requirements.")
R9_EV = ("In 2026 the Department of Health, Disability and Ageing will work with the Department of Home Affairs and "
         "regional providers to explore options for a settlement support pilot, including whether help with housing "
         "and transport could form part of it.")
R10_EV = ("Using that data, the Commission will publish, for each residential aged care home, the share of direct "
          "care hours delivered by agency staff and the number of shifts without a registered nurse on site, "
          "beginning with the July to September 2026 quarter.")
R11_EV = "The Government will not set a higher care minutes target from 1 October 2027."
R12_EV = ("The Government will introduce licensing of labour hire firms that supply workers to residential aged care, "
          "but will not cap the hourly rates that providers pay them.")
R13_EV = ("The Aged Care Legislation Amendment (Worker Registration) Bill will be introduced into Parliament in the "
          "first half of 2026, and registration will open to new workers on 1 July 2027.")

RESPONSE_BLOCKS = (
    H("Introduction"),
    P("The Australian Government welcomes the report of the Senate Community and Ageing Affairs References "
      "Committee, Who will care? Workforce shortages in residential aged care, tabled on 28 March 2025. The "
      "Government thanks the committee members and secretariat, and the many workers, residents, families, "
      "providers and organisations who made submissions and gave evidence."),
    P("A skilled, stable and fairly paid workforce is central to the quality of care older Australians receive. The "
      "Royal Commission into Aged Care Quality and Safety made clear that reform of aged care would fail without "
      "reform of the aged care workforce, and the Government shares the committee's view that attracting and keeping "
      "workers remains the sector's greatest challenge."),
    P("Since 2022 the Government has taken significant steps to address that challenge, including:"),
    bullets(
        "funding the wage increases awarded by the Fair Work Commission in the aged care work value case, at a "
        "cost of more than $17 billion over five years;",
        "introducing mandatory care minutes and the requirement for a registered nurse to be on site at every "
        "residential home 24 hours a day, supported by additional funding through the Australian National Aged "
        "Care Classification;",
        "providing Fee-Free TAFE places in care qualifications, jointly with the states and territories;",
        "establishing the Aged Care Industry Labour Agreement to give providers access to overseas workers, with a "
        "pathway to permanent residence; and",
        "passing the new Aged Care Act, which commences on 1 November 2025 and places the rights of older people at "
        "the centre of the system.",
    ),
    P("Several of the committee's recommendations are already being acted on. " + R13_INTRO,
      answers=(A("13", "agree", R13_INTRO),)),
    P("The Government's response to each of the committee's 14 recommendations is set out below. Where a "
      "recommendation concerns matters within the responsibility of the states and territories or of independent "
      "bodies, the response explains the role of the Australian Government."),
    PageBreak(),
    H("Responses to the committee's recommendations"),
    # ------------------------------------------------------------------------------- 1 and 2
    *quote("1", "2"),
    verdict("Supported"),
    P("Reliable workforce data is the foundation of good workforce planning, and the Government agrees with the "
      "committee that the information currently published is fragmented and late."),
    P("From 2026, the Department of Health, Disability and Ageing will publish an annual Aged Care Workforce Report "
      "each June, combining the results of the biennial Aged Care Workforce Census with the quarterly financial "
      "reports of approved providers. " + R1_EV + " The Department will also work with providers to improve the "
      "collection of turnover data from the 2026 census onwards.",
      answers=(A("1", "agree", R1_EV),)),
    P("The committee's second recommendation will also be taken up. " + R2_EV + " The projections will take into "
      "account population ageing, the care minutes and registered nurse requirements and changes in the care needs "
      "of residents, and will be used to inform skills and migration planning.",
      answers=(A("2", "agree", R2_EV),)),
    # ------------------------------------------------------------------------------- 3
    *quote("3"),
    verdict("Supported in part"),
    P("The Government has funded in full the increases awarded by the Fair Work Commission for registered and "
      "enrolled nurses, personal care workers, recreational activities officers and head chefs and cooks. Funding is "
      "provided on the condition that the increases are passed on to workers, and providers must report on this "
      "through their quarterly financial reports."),
    P("The Commission's decision of 16 June 2025 also varied award rates for other catering staff in residential "
      "care. " + R3_EV + " Determining wages is a matter for the independent Commission, and the Government does "
      "not consider it appropriate to fund wage increases outside that process.",
      answers=(A("3", "partial", R3_EV),)),
    # ------------------------------------------------------------------------------- 4
    *quote("4"),
    verdict("Not supported"),
    P("The Government recognises that aged care workers who change employers can lose their accrued long service "
      "leave, and that this may discourage some workers from staying in the sector."),
    P(R4_EV + " Long service leave is governed by state and territory legislation, and portable schemes are "
      "established and administered by the states and territories. A national scheme funded by an employer levy "
      "would add to the costs of providers at a time when many are operating at a loss.",
      answers=(A("4", "disagree", R4_EV),)),
    P("State and territory governments that operate portable schemes for community services workers remain free to "
      "extend those schemes to residential aged care if they choose to do so."),
    # ------------------------------------------------------------------------------- 5
    *quote("5"),
    verdict("Noted"),
    P("The minimum engagement and hours of part-time employees under the Aged Care Award 2010 are set by the "
      "independent Fair Work Commission. The Award requires an employer and a part-time employee to agree in "
      "writing on a regular pattern of work, including the number of hours to be worked each week."),
    P("Where a part-time employee has regularly worked more than their agreed hours for 12 months, the Award allows "
      "the employee to ask that their agreed hours be increased, and the employer may refuse only on reasonable "
      "business grounds. Under the Fair Work Act 2009, employees may also request flexible working arrangements, "
      "and disputes about such requests can be dealt with by the Commission."),
    # ------------------------------------------------------------------------------- 6
    *quote("6"),
    verdict("Supported in principle"),
    P("More than 60,000 students have enrolled in an aged care qualification through Fee-Free TAFE since January "
      "2023, and the Government agrees that free training has been an effective way to bring new people into the "
      "sector."),
    P("Under the current agreement with the states and territories, Fee-Free TAFE places are funded until 31 "
      "December 2026. " + R6_EV,
      answers=(A("6", "partial", R6_EV),)),
    P("The Commonwealth Prac Payment currently supports higher education students undertaking mandatory placements "
      "in nursing, midwifery, teaching and social work. " + R6_EV2,
      answers=(A("6", "partial", R6_EV2),)),
    # ------------------------------------------------------------------------------- 7
    *quote("7"),
    verdict("Supported in principle"),
    P("The Government supports the principle that students should be able to complete their practical training "
      "close to where they live, and notes the committee's favourable account of the Bendigo model."),
    P("Decisions about the location of TAFE campuses and the facilities attached to them are matters for state and "
      "territory governments. The Australian Government will bring the committee's recommendation to the attention "
      "of state and territory skills ministers at the next meeting of the Skills and Workforce Ministerial Council."),
    P("The Australian Government already supports study in regional areas through the Regional University Study "
      "Hubs program, and supports the transition of newly qualified nurses into aged care through the Aged Care "
      "Transition to Practice Program."),
    # ------------------------------------------------------------------------------- 8
    *quote("8"),
    verdict("Not supported"),
    P(R8_EV + " The Aged Care Industry Labour Agreement already provides a pathway to permanent residence after two "
      "years, and the Government has simplified the process for providers to enter into an agreement. Clear "
      "communication with residents, many of whom live with dementia, is essential to safe care, and the "
      "Government will not lower the English language standard that applies to direct care workers.",
      answers=(A("8", "disagree", R8_EV),)),
    P("Since the Labour Agreement commenced in 2023, more than 90 providers have entered into agreements and more "
      "than 2,800 workers have been nominated. The Department of Home Affairs will continue to monitor processing "
      "times and the experience of smaller providers."),
    # ------------------------------------------------------------------------------- 9
    *quote("9"),
    verdict("Supported in principle"),
    P("The Government agrees that settling well in a regional community matters as much for retention as the job "
      "itself."),
    P("Settlement support for skilled migrants is currently provided mainly by employers, local councils and "
      "community organisations. " + R9_EV,
      answers=(A("9", "partial", R9_EV),)),
    # ------------------------------------------------------------------------------- 10
    *quote("10"),
    verdict("Supported in principle"),
    P("The Aged Care Quality and Safety Commission has advised the Government that it supports the intent of this "
      "recommendation. Providers already report their care minutes and the hours delivered by agency staff to the "
      "Department each quarter. " + R10_EV,
      answers=(A("10", "agree", R10_EV),)),
    P("The information will be displayed alongside each home's Star Rating on the My Aged Care website, so that older "
      "people and their families can compare homes. The Department will amend the quarterly reporting form so that "
      "shifts without a registered nurse are recorded in the same way by every provider.",
      answers=(A("10", "agree", "The information will be displayed alongside each home's Star Rating on the My Aged "
                                "Care website, so that older people and their families can compare homes."),)),
    # ------------------------------------------------------------------------------- 11
    *quote("11"),
    verdict("Not supported"),
    P("Mandatory care minutes have applied since 1 October 2023. The target rose to 215 minutes per resident per "
      "day, including 44 minutes of registered nurse time, on 1 October 2024."),
    P(R11_EV + " In the October to December 2024 quarter fewer than a quarter of homes met both targets, and the "
      "Government's priority is to help the sector reach the current level before asking more of it. The care "
      "minutes settings will next be reviewed by the Independent Health and Aged Care Pricing Authority in 2028.",
      answers=(A("11", "disagree", R11_EV),)),
    # ------------------------------------------------------------------------------- 12
    *quote("12"),
    verdict("Supported in part"),
    P(R12_EV + " From 1 July 2027, labour hire firms supplying nurses and personal care workers to residential homes "
      "will need a licence from the Aged Care Quality and Safety Commission, which will require them to screen, "
      "induct and train their workers and to meet their obligations on pay.",
      answers=(A("12", "partial", R12_EV),)),
    P("A cap on hourly rates could lead agencies to concentrate on the most profitable metropolitan homes, leaving "
      "regional and remote homes, which rely on agency staff the most, worse off. The Government will instead "
      "continue to reduce the need for agency staff by supporting the recruitment and retention of directly "
      "employed workers.",
      answers=(A("12", "partial", "A cap on hourly rates could lead agencies to concentrate on the most profitable "
                                  "metropolitan homes, leaving regional and remote homes, which rely on agency staff "
                                  "the most, worse off."),)),
    # ------------------------------------------------------------------------------- 13
    *quote("13"),
    verdict("Supported"),
    P(R13_EV + " All personal care workers will need to hold a Certificate III in Individual Support (Ageing), or to "
      "have recognised equivalent experience, by 1 July 2031. The register will be maintained by the Aged Care "
      "Quality and Safety Commission and will record any banning orders made against a worker.",
      answers=(A("13", "agree", R13_EV),)),
    # ------------------------------------------------------------------------------- 14
    *quote("14"),
    verdict("Noted"),
    P("The Government recognises that the shortage of rental housing in many regional towns makes it difficult for "
      "providers to attract and keep staff."),
    P("Through the Housing Australia Future Fund and the National Housing Accord, the Australian Government is "
      "supporting the construction of social and affordable homes across Australia, including homes for key "
      "workers in regional areas. State and territory governments also operate key worker housing programs for "
      "health and education staff in a number of regional centres."),
    P("The committee's proposal for dedicated key worker housing for aged care staff will be considered in the "
      "context of the 2026-27 Budget."),
    H("Conclusion"),
    P("The Government will continue to work with providers, workers and their representatives, and with state and "
      "territory governments, to build the workforce that older Australians need. Progress on the commitments in "
      "this response will be reported in the annual Aged Care Workforce Report from 2026."),
)

RESPONSE = Document(
    title="Australian Government response",
    subtitle="Senate Community and Ageing Affairs References Committee report: Who will care? Workforce shortages "
             "in residential aged care",
    blocks=RESPONSE_BLOCKS,
    running_header="Australian Government response - Who will care? Workforce shortages in residential aged care",
    footer="{page}",
    font_family="serif",
    imprint=("September 2025",),
)

PAIR = Pair(
    name="aged_care_senate_committee_en",
    report=REPORT,
    response=RESPONSE,
    description="Fictional Senate committee report on aged care workforce shortages (14 recommendations, listed at "
                "the front and set apart in the chapters) and the Australian Government response with quoted "
                "recommendations, bold verdict lines and explanations.",
)
