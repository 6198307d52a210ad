"""Pair: a fictional Netherlands Court of Audit report (in English) on the Housing Delivery Grant, and the minister's letter.

Layout traits this pair tests: an English sans report with a title page and a running header; a table of grant
tranches; chapter 5 "Conclusions and recommendations" opens with a NUMBERED list of six conclusions "1."-"6." (not
recommendations), followed by the fourteen recommendations as a second numbered list "1."-"14." under level-3
headings per addressee; recommendations 2, 9 and 13 have lettered sub-points "a."/"b." that belong to the item.
The report ends with chapter 6 "Response of the Minister and Court's afterword", which summarises the minister's
reaction in sentences such as "The minister accepts our recommendations on ..." (trap: position words in the
report). The response is a letter (no title page, letterhead) of the Minister of Housing and Spatial Planning to
the President of the Court of Audit, also on behalf of the Minister of Finance, with thanks and context paragraphs,
answers that open "With regard to recommendation N, ..." or "Recommendations 4 and 5 concern ...", and some
answers by subject only.

Gold positions:
 1 (BZK) agree - "I accept this recommendation."
 2 (BZK) partial - "I partly agree": a. accepted, b. (clawback) declined.
 3 (BZK) agree - committed monitor with EUR 1.8 million and a date, no cue word.
 4 (BZK) agree - shared paragraph with 5; annual affordability check and report.
 5 (BZK) disagree - "I do not consider this appropriate." after agreeing with the finding.
 6 (BZK) partial - "I will examine whether" a reserved share is feasible (action was asked).
 7 (BZK) not_addressed - never mentioned (merging the schemes into one).
 8 (BZK) agree - answered by subject only (publication of assessment scores), committed date.
 9 (BZK, FIN) partial - 2027 tranche fixed now, no commitment for later years.
10 (FIN) disagree - Minister of Finance sees no reason to deviate from the Government Accounts Act rules.
11 (GEMEENTEN) not_addressed - "This is for municipalities to decide."
12 (GEMEENTEN) agree - by subject: reporting duty written into the amended regulation from the fifth tranche.
13 (OTHER) not_addressed - housing associations and their partners decide; minister describes existing rules only.
14 (BZK, OTHER) disagree - ten years already required by the regulation; no extension to fifteen.
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
    Table,
)

H = Heading
P = Paragraph


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: str, text: str, departments: tuple[str, ...], *subpoints: str) -> ListItem:
    return ListItem(text, children=tuple(ListItem(s) for s in subpoints), recommendation=R(number, *departments))


def recs(start: int, *items: ListItem) -> ItemList:
    return ItemList(items=tuple(items), style="1.", start=start)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("Few policy issues in the Netherlands attract as much public attention as the shortage of homes. Young people "
      "live with their parents for longer, people who separate struggle to find a place of their own, and employers "
      "report that vacancies remain unfilled because candidates cannot find accommodation near their work. Successive "
      "cabinets have made the construction of 100,000 homes a year a central ambition, and have made substantial "
      "public funds available to achieve it."),
    P("One of the main instruments is the Housing Delivery Grant (HDG), a contribution from central government to "
      "municipalities that face a financial shortfall in housing projects. Between 2022 and 2025 four tranches were "
      "awarded with a total value of more than EUR 1.3 billion. This audit examines what that money has achieved so "
      "far, and whether the Minister of Housing and Spatial Planning has sufficient insight into that question."),
    P("We have carried out this audit under the Government Accounts Act 2016. We are grateful to the officials of "
      "the Ministry of Housing and Spatial Planning and of the Netherlands Enterprise Agency, and to the "
      "municipalities, housing associations and developers who took the time to speak with us and to share their "
      "project files."),
    P("Netherlands Court of Audit, The Hague"),
    PageBreak(),
    H("Summary"),
    P("The Housing Delivery Grant was introduced in 2022 to help municipalities start housing projects that were "
      "stalled because of a financial gap. A municipality may apply for a contribution of up to EUR 12,500 per home, "
      "provided that at least two-thirds of the homes in the project fall within the affordable segment and "
      "construction starts within a set period. The Netherlands Enterprise Agency carries out the scheme on behalf of "
      "the minister."),
    P("Our audit shows that the grant has been awarded to 412 projects with a combined total of almost 118,000 homes. "
      "By 1 July 2025, construction had started on 49% of these homes and 14% had been completed. The minister "
      "reports the number of homes 'made possible' by the grant, but that figure refers to homes in awarded projects, "
      "not to homes that have actually been built. It is therefore not possible to say how much the grant has "
      "contributed to the ambition of 100,000 homes a year."),
    P("We also found that the scheme does not test whether a project really needs the contribution. In 31 of the 60 "
      "project files we examined in depth, the business case showed no or only a small financial gap at the time of "
      "application. There is a real risk that part of the money has gone to projects that would have been built "
      "anyway. Conversely, smaller municipalities are under-represented: they lack the capacity to prepare the "
      "extensive applications the scheme requires."),
    P("Finally, the financial management of the scheme is weak in one respect. Payments are made largely in advance, "
      "and the regulation contains no clear basis for reclaiming contributions if a project is delayed for years. "
      "Unspent budget has been carried forward to later years without a separate decision by Parliament."),
    P("We make fourteen recommendations to the Minister of Housing and Spatial Planning, the Minister of Finance, "
      "municipalities and housing associations. They are set out in chapter 5. The minister's response and our "
      "afterword are included in chapter 6."),
    PageBreak(),
    H("1 Introduction"),
    H2("1.1 Background"),
    P("The housing shortage in the Netherlands was estimated at around 390,000 homes at the start of 2024. In the "
      "National Housing and Construction Agenda the government set out its ambition to build 900,000 homes by 2030, "
      "of which two-thirds should be affordable for households on low and middle incomes. Central government does not "
      "build homes itself: it depends on municipalities, provinces, housing associations, developers and builders. "
      "Its main levers are legislation, agreements with regional partners and financial instruments."),
    P("The Housing Delivery Grant is the largest of those financial instruments. Together with the earlier Housing "
      "Construction Impulse and the Start-up Construction Incentive, it accounts for more than EUR 2.5 billion in "
      "budget commitments over the period 2020-2027. The three schemes have similar aims but different conditions, "
      "application rounds and assessment methods.",
      footnotes=("The Housing Construction Impulse closed for new applications in 2023; projects awarded under it "
                 "are still being paid out.",)),
    H2("1.2 Audit questions"),
    P("Our audit addressed the following questions:"),
    bullets(
        "What were the objectives of the Housing Delivery Grant, and are they sufficiently specific to be assessed?",
        "To what extent have the projects that received a contribution actually been started and completed?",
        "Does the grant reach the projects and municipalities for which it is intended?",
        "Is the financial management of the scheme, including advance payments and carry-forward of budget, in "
        "order?",
    ),
    H2("1.3 Approach"),
    P("We analysed the data of the Netherlands Enterprise Agency on all 412 awarded projects, examined 60 project "
      "files in depth and held interviews with officials of the ministry and the agency, with 18 municipalities of "
      "different sizes, with eight housing associations and with five developers. We also studied the assessment "
      "reports of the independent advisory committee that ranks applications in each tranche."),
    P("The audit period runs from the opening of the first tranche in March 2022 to 1 July 2025. Figures on "
      "construction starts and completions refer to the position on that date, unless stated otherwise. This report "
      "does not assess the housing policy of the government as a whole."),
    PageBreak(),
    H("2 The Housing Delivery Grant"),
    H2("2.1 How the scheme works"),
    P("The Housing Delivery Grant is laid down in a ministerial regulation under the Housing Act. Municipalities may "
      "apply for a contribution for a project of at least 100 homes (or 50 homes in municipalities with fewer than "
      "50,000 inhabitants). The contribution amounts to at most one-third of the financial gap in the project, up to a "
      "maximum of EUR 12,500 per home. The municipality and other parties, such as the province, the developer or the "
      "housing association, must together cover at least the remaining two-thirds."),
    P("Applications are submitted in tranches. An independent advisory committee ranks the applications on four "
      "criteria: the share of affordable homes, the speed with which construction can start, the quality of the "
      "location and the co-financing by other parties. The minister awards the contributions in the order of the "
      "ranking until the budget of the tranche is exhausted."),
    P("Of the contribution, 60% is paid in advance upon award. The remaining 40% follows when the municipality "
      "declares that construction has started. Municipalities must start construction of the first home within three "
      "years of award; the regulation does not specify what happens if this deadline is not met."),
    H2("2.2 Tranches and budget"),
    P("Table 1 shows the four tranches awarded so far. The budget of the third tranche was not fully used because "
      "fewer applications met the requirements than expected; the remaining EUR 88 million was carried forward to the "
      "fourth tranche."),
    Table(
        header=("Tranche", "Opened", "Budget (EUR m)", "Awarded (EUR m)", "Projects", "Homes"),
        rows=(
            ("1", "March 2022", "300", "298", "94", "29,600"),
            ("2", "January 2023", "350", "346", "118", "33,100"),
            ("3", "November 2023", "300", "212", "71", "20,400"),
            ("4", "October 2024", "438", "431", "129", "34,700"),
            ("Total", "", "1,388", "1,287", "412", "117,800"),
        ),
        widths=(1.0, 1.6, 1.4, 1.5, 1.1, 1.1),
        rules="rows",
    ),
    P("Source: Netherlands Enterprise Agency, position on 1 July 2025. The 2025 budget includes the EUR 88 million "
      "carried forward from the third tranche."),
    H2("2.3 Roles and responsibilities"),
    P("The Minister of Housing and Spatial Planning is responsible for the policy, the regulation and the budget of "
      "the scheme. The Netherlands Enterprise Agency handles applications, payments and the administrative checks. "
      "Municipalities are the applicants and recipients; they are responsible for the progress of the project and "
      "for passing the contribution on to the party that builds. Housing associations and developers carry out most "
      "of the projects, but have no formal role in the scheme itself. The Minister of Finance is responsible for the "
      "budget rules that apply to the scheme, including the rules on carrying forward unspent funds."),
    PageBreak(),
    H("3 Results of the grant"),
    H2("3.1 Objectives"),
    P("The explanatory memorandum to the regulation states that the grant is intended to 'accelerate the "
      "construction of affordable homes'. The regulation does not specify how much acceleration is expected, for "
      "which target groups, or by when. The ministry's budget contains one indicator: the number of homes in awarded "
      "projects. This indicator says nothing about whether those homes are actually built, or whether they would have "
      "been built without the grant."),
    P("Officials of the ministry told us that precise targets were deliberately avoided in the first years, because "
      "the scheme had to be introduced quickly and the market situation was uncertain. We understand that choice for "
      "the start-up phase. However, four tranches and more than EUR 1.2 billion later, the absence of measurable "
      "objectives makes it impossible to determine whether the grant is effective."),
    H2("3.2 Construction starts and completions"),
    P("On 1 July 2025, construction had started on 57,700 of the 117,800 homes in awarded projects (49%). Of the "
      "homes in the first tranche, awarded more than three years earlier, 71% were under construction or completed. "
      "Of 38 projects in the first tranche, construction of the first home had not yet begun; in 21 of them the "
      "three-year deadline had already passed."),
    P("The reasons for delay that municipalities gave us are diverse: objections and appeals against zoning plans, "
      "grid congestion, nitrogen deposition, rising construction costs and difficulties in finding a builder. In "
      "some cases the project had been substantially changed, for instance because the number of homes was reduced. "
      "The regulation does not require municipalities to report such changes, and the Netherlands Enterprise Agency "
      "only learns of them when the second payment is requested."),
    P("The ministry has no system to follow projects between award and completion. The Netherlands Enterprise Agency "
      "records the award and the payments, and municipalities report construction starts to the agency in a "
      "declaration. Completion dates are not recorded at all. For its annual figures the ministry relies on a "
      "survey among municipalities, which in 2024 had a response rate of 64%."),
    H2("3.3 Affordability"),
    P("At least two-thirds of the homes in a subsidised project must be affordable: social rental homes, "
      "middle-rent homes or owner-occupied homes below the affordability limit. Municipalities state the intended "
      "distribution in their application. After award, this distribution is not checked. In 14 of the 60 project "
      "files we examined, the planned share of affordable homes had fallen below two-thirds by the time construction "
      "started, mostly because the developer had replaced middle-rent homes with more expensive owner-occupied "
      "homes.",
      footnotes=("The affordability limit for owner-occupied homes was EUR 405,000 in 2025.",)),
    P("The regulation requires that affordable rental homes remain in the affordable segment for at least ten years. "
      "Housing associations and municipalities told us that this period is short compared with the lifetime of the "
      "homes, and that some investors plan to sell the homes at market value after ten years."),
    H2("3.4 Would the projects have been built anyway?"),
    P("The grant is meant for projects that cannot proceed because of a financial gap. The regulation asks "
      "municipalities to demonstrate that gap, but the assessment does not test it: a municipality's own calculation "
      "is accepted without further examination. In 31 of the 60 files we examined, the business case submitted at "
      "the time of application showed no financial gap, or a gap smaller than the contribution applied for."),
    P("This does not prove that those projects would have been built without the grant. Several municipalities "
      "pointed out that business cases are uncertain and that the contribution gave developers the confidence to "
      "proceed. But the findings do show that the scheme is not designed to direct the money to where it makes the "
      "difference."),
    PageBreak(),
    H("4 Reach and financial management"),
    H2("4.1 Which municipalities benefit?"),
    P("Of the 342 municipalities in the Netherlands, 167 have received a contribution in at least one tranche. The "
      "40 largest municipalities together received 63% of the funds. Municipalities with fewer than 50,000 "
      "inhabitants, which make up almost three-quarters of all municipalities, received 14%."),
    P("Smaller municipalities told us that the application is a considerable burden. A complete application "
      "requires a business case, a planning, a spatial justification and agreements with co-financiers, and is "
      "usually prepared with the help of external consultants. Several municipalities decided not to apply because "
      "they expected not to be ranked high enough. Municipalities that did receive a contribution were often those "
      "that had applied in earlier tranches and had built up experience."),
    H2("4.2 Transparency of the assessment"),
    P("The advisory committee scores each application on the four criteria. Applicants receive their own score, but "
      "the scores of other applicants and the cut-off score of the tranche are not published. Municipalities that were "
      "not awarded a contribution told us that they did not understand why other projects were ranked higher, and "
      "could therefore not improve their next application."),
    H2("4.3 Payments in advance"),
    P("Because 60% of the contribution is paid on award, EUR 772 million had been paid out by 1 July 2025, while "
      "construction had started on less than half of the homes. For projects that are delayed or cancelled, the "
      "regulation allows the minister to revise the award, but does not set a deadline after which the contribution "
      "is reclaimed. In practice, no contribution had been reclaimed at the time of our audit."),
    H2("4.4 Budget and carry-forward"),
    P("The unspent budget of the third tranche (EUR 88 million) was carried forward to 2024 through the end-of-year "
      "margin and a transfer within the budget of the Ministry of Housing and Spatial Planning. The budget documents "
      "do not show commitments and payments per tranche, so that Parliament cannot see how much of the budget has been "
      "committed but not yet spent. In our view, a carry-forward of this size should be put to Parliament as a "
      "separate decision.",
      footnotes=("The end-of-year margin allows a ministry to carry forward underspending of up to 1% of its total "
                 "budget to the following year.",)),
    P("Municipalities and housing associations also pointed to the uncertainty about the future of the scheme. The "
      "budget beyond 2027 has not been decided, while housing projects take five to ten years from initiative to "
      "completion. Several municipalities told us they were hesitant to prepare projects for a scheme that might no "
      "longer exist when they are ready to apply."),
    PageBreak(),
    H("5 Conclusions and recommendations"),
    H2("5.1 Conclusions"),
    P("On the basis of our findings we draw the following conclusions:"),
    ItemList(items=(
        ListItem("The objectives of the Housing Delivery Grant are too general to establish whether the scheme is "
                 "effective; the indicator the minister uses counts awarded homes, not built homes."),
        ListItem("Half of the homes in awarded projects are under construction; the minister does not know when and "
                 "whether the remaining homes will be built, because projects are not monitored after award."),
        ListItem("The scheme does not test whether a project needs the contribution, so that part of the funds may "
                 "have gone to projects that would have been built anyway."),
        ListItem("After award, nobody checks whether the homes built are actually affordable, and the affordable "
                 "rental homes are only protected for ten years."),
        ListItem("Smaller municipalities are under-represented among recipients, partly because of the burden of "
                 "the application and the lack of transparency in the assessment."),
        ListItem("Payments in advance are high, contributions for stalled projects are not reclaimed, and budget "
                 "carry-forwards are insufficiently visible to Parliament."),
    ), style="1."),
    P("Taken together, these conclusions mean that the minister cannot account for the results of more than EUR 1.2 "
      "billion in public funds. That is a serious shortcoming for a scheme of this size, all the more because the "
      "government is considering a follow-up scheme for the period after 2027."),
    H2("5.2 Recommendations"),
    P("We make the following recommendations. They are numbered consecutively and grouped by the party we address."),
    H3("To the Minister of Housing and Spatial Planning"),
    recs(1,
         rec("1", "Formulate measurable objectives for the Housing Delivery Grant: state per tranche how many "
                  "additional homes, in which price segments and within which period, the contribution is expected to "
                  "deliver.", ("BZK",)),
         rec("2", "Link the payment of the contribution more closely to the progress of the project:", ("BZK",),
             "pay the final 40% only after the start of construction has been verified by the Netherlands "
             "Enterprise Agency;",
             "reclaim the contribution for projects on which construction has not started within three years of "
             "award, unless the delay is demonstrably beyond the municipality's control."),
         rec("3", "Set up a national monitor that follows every subsidised project from award to completion, using "
                  "the data that municipalities already supply to the Netherlands Enterprise Agency, and report the "
                  "number of completed homes in the annual report.", ("BZK",)),
         rec("4", "Check after completion whether the homes built with the contribution actually fall within the "
                  "affordable segment, and report the results annually to the House of Representatives.", ("BZK",)),
         rec("5", "Introduce an independent assessment of the financial gap in each project, so that the "
                  "contribution only goes to projects that cannot proceed without it.", ("BZK",)),
         rec("6", "Reserve a part of each tranche for municipalities with fewer than 50,000 inhabitants and offer "
                  "them practical support in preparing an application.", ("BZK",)),
         rec("7", "Merge the Housing Delivery Grant, the Housing Construction Impulse and the Start-up Construction "
                  "Incentive into one scheme with a single set of conditions and a single point of contact for "
                  "municipalities.", ("BZK",)),
         rec("8", "Publish, for each tranche, the scores of all applications on the four assessment criteria and the "
                  "cut-off score below which no contribution was awarded.", ("BZK",)),
         ),
    H3("To the Minister of Housing and Spatial Planning and the Minister of Finance"),
    recs(9,
         rec("9", "Give municipalities and their partners certainty about the future of the scheme:",
             ("BZK", "FIN"),
             "fix the budget of the grant for the years up to and including 2030;",
             "announce the tranche dates for that period at least one year in advance."),
         ),
    H3("To the Minister of Finance"),
    recs(10,
         rec("10", "Do not allow unspent funds of the grant to be carried forward through the end-of-year margin; "
                   "let any carry-forward of this size require a separate budget decision by Parliament.", ("FIN",)),
         ),
    H3("To municipalities"),
    recs(11,
         rec("11", "Make binding agreements with the housing association or developer about the start of "
                   "construction and the share of affordable homes before submitting an application.",
             ("GEMEENTEN",)),
         rec("12", "Report the actual start of construction and the completion of each subsidised project to the "
                   "Netherlands Enterprise Agency within three months.", ("GEMEENTEN",)),
         ),
    H3("To housing associations"),
    recs(13,
         rec("13", "Make the subsidised projects part of the performance agreements with the municipality and the "
                   "tenants' organisations:", ("OTHER",),
             "record the rent levels of the subsidised homes in those agreements;",
             "report annually to the municipality on the rents actually charged."),
         ),
    H3("To the Minister of Housing and housing associations"),
    recs(14,
         rec("14", "Extend the period during which affordable rental homes built with the contribution must remain "
                   "in the affordable segment from ten to at least fifteen years.", ("BZK", "OTHER")),
         ),
    PageBreak(),
    H("6 Response of the Minister and Court's afterword"),
    H2("6.1 Response of the Minister of Housing and Spatial Planning"),
    P("The Minister of Housing and Spatial Planning responded to our draft report on 3 November 2025, also on behalf "
      "of the Minister of Finance. The full text of the response is published separately on our website. Below we "
      "summarise its main points."),
    P("The minister accepts our recommendations on measurable objectives, on monitoring the projects and on checking "
      "affordability after completion. She announces a national project monitor and an amendment of the regulation "
      "that obliges municipalities to report construction starts. She partly agrees with our recommendation on "
      "payments: the final instalment will depend on a verified start of construction, but the minister does not "
      "want to introduce a fixed deadline for reclaiming contributions."),
    P("The minister does not consider an independent assessment of the financial gap appropriate, because in her "
      "view it would slow the scheme down. She will examine whether a reserved share for smaller municipalities is "
      "feasible. On behalf of the Minister of Finance she states that the existing budget rules offer sufficient "
      "safeguards. The minister does not wish to extend the ten-year affordability period. She leaves the "
      "recommendations addressed to municipalities and housing associations largely to those parties."),
    H2("6.2 Afterword of the Court of Audit"),
    P("We welcome the minister's intention to monitor projects from award to completion and to check affordability. "
      "These measures will, for the first time, make it possible to say what the grant actually delivers. We will "
      "follow their implementation."),
    P("We regret that the minister does not want to test the financial gap of projects. Our findings show that a "
      "municipality's own calculation offers little assurance. A proportionate test, for example only for projects "
      "above a certain size, need not slow down the scheme. We also note that the minister does not respond to our "
      "recommendation to merge the three construction subsidies, although the ministry is preparing a follow-up "
      "scheme for the period after 2027. That moment is well suited to simplify the instruments."),
    P("Finally, we maintain our view that carry-forwards of this size should be visible to Parliament. The budget "
      "right of the House of Representatives requires that it can see how much has been committed and how much "
      "remains to be spent."),
)

REPORT = Document(
    title="Building faster with public money?",
    subtitle="Audit of the Housing Delivery Grant",
    blocks=REPORT_BLOCKS,
    running_header="Netherlands Court of Audit  |  Housing Delivery Grant",
    footer="{page}",
    font_family="sans",
    imprint=("Netherlands Court of Audit", "The Hague, December 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "I accept this recommendation."
EV2 = "I partly agree with this recommendation."
EV3 = ("From 1 April 2026 the Netherlands Enterprise Agency will follow every project awarded under the grant from "
       "award to completion in a national project monitor, for which I have set aside EUR 1.8 million in the "
       "budget for 2026.")
EV4 = ("From 2026 the Netherlands Enterprise Agency will check for every completed project whether the agreed share "
       "of affordable homes has been realised, and I will report the results to the House of Representatives every "
       "year in the annual report.")
EV5 = "I do not consider this appropriate."
EV6 = ("I will examine whether a reserved share for municipalities with fewer than 50,000 inhabitants can be "
       "introduced without leaving part of the budget unused.")
EV8 = ("From the fifth tranche onwards, the Netherlands Enterprise Agency will publish the scores of all "
       "applications on the four criteria, together with the cut-off score, on its website within two weeks of "
       "the award decision.")
EV9 = ("We have therefore decided to fix the budget of the sixth tranche in 2027 at EUR 350 million now, but we "
       "cannot commit to amounts for the years after 2027.")
EV10 = ("The Minister of Finance sees no reason to make an exception to these rules for the Housing Delivery "
        "Grant.")
EV12 = ("The amended regulation, which will apply from the fifth tranche, will oblige municipalities to report the "
        "start of construction and the completion of each project to the Netherlands Enterprise Agency within "
        "three months.")
EV14 = "I see no reason to extend that period to fifteen years."

RESPONSE_BLOCKS = (
    P("To the President of the Netherlands Court of Audit, Lange Voorhout 8, The Hague"),
    P("Date: 3 November 2025"),
    P("Subject: Response to the draft report 'Building faster with public money?'"),
    P("Our reference: 2025-0000781433"),
    P("Dear Mr President,"),
    P("On 2 October 2025 you sent me your draft report on the Housing Delivery Grant. I thank you for the thorough "
      "audit and for the constructive discussions between your staff and the officials of my ministry and of the "
      "Netherlands Enterprise Agency. This letter contains my response, which I have also drawn up on behalf of the "
      "Minister of Finance as regards the recommendations concerning the budget."),
    H2("General"),
    P("The housing shortage remains one of the largest social problems of our time. The government has set itself "
      "the goal of building 100,000 homes a year, two-thirds of which must be affordable. The Housing Delivery Grant "
      "was set up in 2022 in a period of rapidly rising construction costs and interest rates, when many projects "
      "threatened to stall. It was designed to be simple and fast, so that municipalities could get projects moving "
      "again. In four tranches, contributions have been awarded to 412 projects with almost 118,000 homes."),
    P("I recognise the picture your report sketches: the scheme was introduced at speed, and the insight into what "
      "happens with projects after award has lagged behind. I also recognise that the indicator in the budget, the "
      "number of homes in awarded projects, has too easily been read as the number of homes built. At the same time "
      "I note that construction has started on almost half of the homes within three years, in a market in which "
      "many projects without a contribution came to a standstill."),
    P("The government is preparing a follow-up to the grant for the period after 2027. I will use your findings in "
      "that preparation. Below I respond to your recommendations, in the order of your report where possible."),
    H2("Objectives and monitoring"),
    P("With regard to recommendation 1, I agree that the grant needs objectives that can be assessed. "
      + EV1 + " In the regulation for the fifth tranche I will state how many additional homes the tranche is "
      "expected to deliver, how they are divided over the social rental, middle-rent and affordable owner-occupied "
      "segments, and within which period construction should start.",
      answers=(Answer("1", "agree", EV1),)),
    P("With regard to recommendation 3, the Netherlands Enterprise Agency currently records the award and the "
      "payments, but not the further progress of a project. " + EV3 + " The monitor will draw on the declarations "
      "that municipalities already submit, so that no new reporting burden arises. From the annual report for 2026 "
      "onwards, the number of completed homes will be included alongside the number of awarded homes.",
      answers=(Answer("3", "agree", EV3),)),
    P("Municipalities will need to supply the data for this monitor in good time. " + EV12 + " I have discussed "
      "this with the Association of Netherlands Municipalities, which supports the obligation provided that the "
      "reporting is done through the existing portal.",
      answers=(Answer("12", "agree", EV12),)),
    P("Recommendations 4 and 5 concern the affordability of the homes and the financial gap in the projects. I "
      "share your concern that the agreed share of affordable homes is not always realised in the end. " + EV4 + " "
      "Where the share falls below two-thirds, the contribution will be lowered proportionally. I also share your "
      "finding that the scheme does not test the financial gap of a project in depth. You recommend an independent "
      "assessment of the business case of every project. " + EV5 + " Such an assessment would take several months "
      "per application and would require information from developers that they are often unwilling to share at an "
      "early stage. That would undo the speed that is the very purpose of the grant. The requirement of co-financing "
      "by the municipality and other parties remains, in my view, a sufficient incentive to apply only for projects "
      "that need it.",
      answers=(Answer("4", "agree", EV4), Answer("5", "disagree", EV5))),
    H2("Payments"),
    P("With regard to recommendation 2, which concerns the payment of the contribution, I agree that payment "
      "should follow the actual progress of projects more closely. " + EV2 + " The final 40% will from the fifth "
      "tranche onwards only be paid after the Netherlands Enterprise Agency has verified the start of construction "
      "on site. I will not, however, introduce a fixed deadline after which contributions are reclaimed. The causes "
      "of delay that your report mentions, such as appeals, grid congestion and nitrogen, are often beyond the "
      "control of the municipality, and a fixed deadline would mainly lead to disputes. The existing power to revise "
      "an award remains available in individual cases.",
      answers=(Answer("2", "partial", EV2),)),
    H2("Reach of the scheme"),
    P("Your report shows that smaller municipalities receive a relatively small share of the funds. I find that "
      "undesirable, as the housing shortage is felt in villages and small towns too. The minimum project size for "
      "these municipalities was already lowered to 50 homes in the second tranche. " + EV6 + " In the third "
      "tranche part of the budget remained unused, and I want to prevent a reserved share from having the same "
      "effect. Meanwhile, the provinces' housing teams offer support to municipalities that want to apply.",
      answers=(Answer("6", "partial", EV6),)),
    P("Applicants must be able to understand why their project was or was not selected. " + EV8 + " Personal data "
      "and commercially sensitive information from the applications will not be published.",
      answers=(Answer("8", "agree", EV8),)),
    H2("Budget"),
    P("Recommendation 9 is addressed to the Minister of Finance and me jointly. We agree that municipalities and "
      "their partners need certainty to prepare projects, which take many years. " + EV9 + " The budget for later "
      "years is part of the decision-making on the follow-up scheme, which belongs to the next cabinet. We will "
      "publish the dates of the sixth tranche before the summer of 2026.",
      answers=(Answer("9", "partial", EV9),)),
    P("With regard to recommendation 10, the Minister of Finance points out that the carry-forward of unspent funds "
      "is governed by the Government Accounts Act 2016 and the budget rules of the government. The end-of-year "
      "margin is limited to 1% of the budget, and any larger transfer is submitted to Parliament in a supplementary "
      "budget. " + EV10 + " I will, however, show commitments and payments per tranche separately in the budget of my "
      "ministry from 2027 onwards, so that the House can see how much has been committed but not yet spent.",
      answers=(Answer("10", "disagree", EV10),)),
    H2("Municipalities and housing associations"),
    P("Several recommendations in your report are addressed to municipalities and housing associations. I have "
      "brought them to the attention of the Association of Netherlands Municipalities and of Aedes, the association "
      "of housing associations."),
    P("Your recommendation to make binding agreements with the builder before an application is submitted concerns "
      "the way municipalities prepare their projects. This is for municipalities to decide. The regulation already "
      "asks for a declaration of intent from the party that will build."),
    P("The same applies to the performance agreements between housing associations, municipalities and tenants' "
      "organisations. Under the Housing Act these agreements are made every year, and the parties determine their "
      "content together. The housing associations and their partners decide themselves which projects they include "
      "in them."),
    P("With regard to recommendation 14, the regulation already requires that affordable rental homes built with "
      "the contribution remain in the affordable segment for at least ten years. Since 1 January 2025 the Affordable "
      "Rent Act also regulates the rents of middle-rent homes, regardless of whether a contribution was received. "
      + EV14 + " A longer period would make projects less attractive for the investors on whom the middle-rent "
      "segment depends.",
      answers=(Answer("14", "disagree", EV14),)),
    H2("Finally"),
    P("Your report helps to make the results of the grant visible and to spend public money more effectively. I "
      "will inform the House of Representatives about the implementation of the measures in this letter in the "
      "annual progress report on the National Housing and Construction Agenda, for the first time in the spring of "
      "2026."),
    P("Yours sincerely,"),
    P("The Minister of Housing and Spatial Planning,"),
    P("mr. E.C. van Rijswijk-Dammers"),
)

RESPONSE = Document(
    title="Ministry of Housing and Spatial Planning",
    subtitle="Response to the Netherlands Court of Audit report on the Housing Delivery Grant",
    blocks=RESPONSE_BLOCKS,
    running_header="Response to the Court of Audit  |  Housing Delivery Grant",
    footer="Page {page} of {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="court_of_audit_housing_en",
    report=REPORT,
    response=RESPONSE,
    description="English Court of Audit report on a housing construction grant (14 recommendations in a numbered "
                "list after a numbered list of conclusions, lettered sub-points on 2, 9 and 13, a closing chapter "
                "summarising the minister's response) and the housing minister's letter to the Court's President; "
                "7 never mentioned, 11 and 13 left to municipalities and housing associations.",
)
