"""Pair: a fictional International Review Panel on School Funding reviews Dutch school funding; the minister answers.

Layout traits this pair tests (English): a serif report with a title page and a running header, an unnumbered
foreword and executive summary, then chapters "1 Introduction" ... "5 Buildings, demographic change and budget
stability" whose sections are unnumbered.  Recommendations are numbered per chapter, "2.1" ... "5.4" (fifteen in
all), printed as numbered lists whose labels are those numbers under a heading "Recommendations" at the end of
chapters 2-5; each names its addressee (Minister of Education, Culture and Science, school boards, the Education
Inspectorate, municipalities, the Minister of Finance).  The executive summary repeats all fifteen in shortened
form as a list with the same labels (duplicate_of, so each gold page is the summary page).  Findings use "should"
descriptively ("what their school should receive", "the regulation states that the funds should be used ..."),
chapter 1 has a bulleted list of mandate questions, and chapter 4 ends with "Issues for further consideration", a
bulleted list that is not recommendations.

The response is a letter (no title page, sans) of the Minister of Education, Culture and Science to the House of
Representatives: thanks and context paragraphs without a position, then prose on three recommendations by subject
only (one paragraph answers 3.1 and 3.2 with different positions; a paragraph of existing policy on reserves touches
4.2 without a position; 4.1 is declined politely after sharing the concern), then an annex table "Recommendation |
Position | Planned action" in which 4.2 is missing.  Gold (answers sit on the Planned action cells):
2.1 partial (six of nine grants folded in, three kept separate);  2.2 agree (DUO statement from 2026/27);
2.3 disagree ("The single counting date of 1 October will be retained.");
2.4 agree (Position "Accept" for a school-board recommendation; the action only: discuss with PO-Raad and VO-raad);
3.1 agree without cue words (allocation fixed for three years from 1 January 2026, in the letter);
3.2 partial (CBS study, decision in 2027);  3.3 disagree (conflicts with the lump-sum principle);
3.4 agree (Inspectorate from 2026/27);  4.1 disagree ("does not, in my view, fit ...");
4.2 not addressed (only existing policy in the letter, missing from the table);
4.3 agree (Position "Noted" but the action commits: annual overview from 2026);
5.1 agree (bill making housing plans mandatory);  5.2 partial (Position "Accept" but only "will be explored");
5.3 not addressed (Position "Noted", passed on to the Minister of Finance and the Spring Memorandum);
5.4 agree (a requested study, commissioned in 2026).  All prose is fictional and written for this test set.
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


OCW = ("OCW",)
BOARDS = ("OTHER",)
MUNICIPALITIES = ("GEMEENTEN",)
FINANCE = ("FIN",)

# number -> (full text as printed in the chapter, shortened text as printed in the summary, departments)
RECS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "2.1": ("The Minister of Education, Culture and Science should fold the remaining conditional grants for primary "
            "and secondary schools into the lump sum by 1 January 2027. Only grants with a demonstrably temporary "
            "purpose should be kept separate, and each of these should have an end date.",
            "Fold the remaining conditional grants into the lump sum by 2027 (Minister of Education, Culture and "
            "Science).", OCW),
    "2.2": ("The Minister of Education, Culture and Science should ensure that DUO sends every school board, once a "
            "year, a single funding statement in plain language that shows all payments for the coming school year "
            "and how each was calculated.",
            "One plain-language funding statement per board each year, sent by DUO (Minister of Education, Culture "
            "and Science).", OCW),
    "2.3": ("The Minister of Education, Culture and Science should introduce a second annual counting date for "
            "pupil numbers, so that schools that grow strongly during the school year are funded for the pupils "
            "they actually teach.",
            "A second annual counting date for pupil numbers (Minister of Education, Culture and Science).", OCW),
    "2.4": ("School boards should publish in their annual report the model they use to divide funds among their "
            "schools, including the share of the funding that is retained centrally and what it is spent on.",
            "Publish the internal allocation model in the annual report (school boards).", BOARDS),
    "3.1": ("The Minister of Education, Culture and Science should fix each school's allocation from the equity "
            "budget for a period of three years, so that schools can use it to appoint staff on permanent "
            "contracts.",
            "Fix each school's equity allocation for three years (Minister of Education, Culture and Science).",
            OCW),
    "3.2": ("The Minister of Education, Culture and Science should introduce a permanent equity component in the "
            "funding of secondary schools, based on a pupil-level indicator comparable to the one used in primary "
            "education, to replace the temporary grants.",
            "A permanent equity component for secondary schools (Minister of Education, Culture and Science).",
            OCW),
    "3.3": ("School boards should allocate equity funding to the schools whose pupil population generates it, and "
            "explain in their annual report any deviation from that allocation.",
            "Pass equity funding on to the schools that generate it (school boards).", BOARDS),
    "3.4": ("The Education Inspectorate should assess, in its inspections of school boards, whether equity funding "
            "reaches the schools and pupils for whom it is intended, and report on this in its findings.",
            "Check in board inspections that equity funding reaches the pupils concerned (Education "
            "Inspectorate).", OCW),
    "4.1": ("The Minister of Education, Culture and Science should give the signalling value for possibly excessive "
            "reserves a statutory basis, and require boards that exceed it for two consecutive years to submit a "
            "spending plan to the Education Inspectorate.",
            "A statutory basis for the signalling value for reserves (Minister of Education, Culture and Science).",
            OCW),
    "4.2": ("School boards whose reserves exceed the signalling value should bring them below it within three years, "
            "through a spending plan agreed with their participation council.",
            "Reduce excessive reserves within three years (school boards).", BOARDS),
    "4.3": ("The Education Inspectorate should publish each year an overview of the school boards with elevated "
            "financial risks and of the follow-up it has given to them.",
            "An annual public overview of boards with financial risks (Education Inspectorate).", OCW),
    "5.1": ("Municipalities should draw up, with the school boards in their area, an integrated housing plan for "
            "school buildings covering at least fifteen years, and reserve the funds needed to carry it out.",
            "Integrated housing plans of at least fifteen years (municipalities).", MUNICIPALITIES),
    "5.2": ("The Minister of Education, Culture and Science should introduce a transitional arrangement for schools "
            "in areas of declining pupil numbers, which spreads the loss of funding over five years.",
            "A transitional arrangement for schools in declining areas (Minister of Education, Culture and "
            "Science).", OCW),
    "5.3": ("The Minister of Finance should ensure that the annual wage and price adjustment for the education "
            "budget is paid out in full, and is not used as a source of cover for other spending.",
            "Pay the wage and price adjustment for education in full (Minister of Finance).", FINANCE),
    "5.4": ("The Minister of Education, Culture and Science should commission an independent study of what it costs "
            "to provide adequate primary and secondary education, and repeat it every five years.",
            "An independent study of the cost of adequate education (Minister of Education, Culture and Science).",
            OCW),
}


def chapter_recs(chapter: str) -> ItemList:
    numbers = [n for n in RECS if n.startswith(chapter + ".")]
    return ItemList(items=tuple(ListItem(RECS[n][0], recommendation=Recommendation(n, RECS[n][2]))
                                for n in numbers), style="1.")


def summary_recs() -> ItemList:
    return ItemList(items=tuple(ListItem(RECS[n][1], recommendation=Recommendation(n, RECS[n][2], duplicate_of=n))
                                for n in RECS), style="1.")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("In the spring of 2024 the Minister of Education, Culture and Science invited us to look at the way in which "
      "the Netherlands funds its primary and secondary schools. The question put to us was simple to state and hard "
      "to answer: does the money that the State makes available for schools reach the pupils who need it, and can "
      "schools, parents and Parliament see where it goes?"),
    P("The five of us come from education systems that fund their schools in very different ways. Two of us have "
      "led ministries or funding agencies, two are researchers in the economics of education, and one has been a "
      "school principal for most of her working life. We spent eleven months on this review. We read the "
      "legislation, the budgets and a large number of evaluations, we analysed funding data for every school board "
      "in the country, and during two study visits we spoke with teachers, principals, board members, parents, "
      "pupils, municipal officials, inspectors and civil servants in twenty-three schools in nine municipalities."),
    P("The Dutch system has strengths that many countries would envy. Schools receive most of their funding as a "
      "single lump sum, boards have wide freedom to decide how to use it, and funding follows pupils to whichever "
      "school their parents choose. These strengths carry risks of their own. Freedom without transparency makes it "
      "hard to see whether money is spent where it matters most, and a funding system that is changed a little "
      "every year becomes difficult to understand even for those who work with it daily."),
    P("We are grateful to everyone who gave us their time, and to the secretariat, which was provided by the "
      "Ministry but worked under our direction only. The conclusions and recommendations in this report are ours "
      "alone."),
    P("Professor Ingrid Solheim, Chair of the International Review Panel on School Funding"),
    PageBreak(),
    H("Executive summary"),
    P("The Netherlands spends around 32 billion euros a year on its primary and secondary schools. Almost all of "
      "it reaches school boards as a lump sum that they may spend as they see fit, within the limits of the law. "
      "The Panel finds that this model is sound in its foundations and should be preserved. The freedom it gives "
      "boards is deeply rooted in the Dutch constitutional tradition, and we have seen many boards use it well."),
    P("The system has, however, become harder to understand than it needs to be. The simplification of primary "
      "school funding in 2023 was an important step, but nine conditional grants remain alongside the lump sum, "
      "each with its own rules, and many principals cannot say what their school receives or why. Within boards "
      "that run several schools, the way funds are divided is rarely made public (chapter 2)."),
    P("Funding for pupils at risk of educational disadvantage is, in design, among the most targeted in Europe. In "
      "practice its effect is weakened by sharp year-to-year fluctuations in the amounts schools receive, by the "
      "absence of a permanent equivalent in secondary education, and by the fact that nobody checks whether the "
      "money reaches the schools for which it was calculated (chapter 3)."),
    P("Reserves held by school boards have fallen since the Education Inspectorate introduced a signalling value "
      "in 2020, but a substantial group of boards still holds more than it needs. Accountability for the use of "
      "public money is mostly formal, and the public knows little about the boards whose finances are at risk "
      "(chapter 4). Finally, school buildings, declining pupil numbers in parts of the country and the instability "
      "of the education budget itself all put pressure on what schools can do with their funding (chapter 5)."),
    P("The Panel makes fifteen recommendations, addressed to the Minister of Education, Culture and Science, to "
      "school boards, to the Education Inspectorate, to municipalities and to the Minister of Finance. They are "
      "listed below in shortened form. The full text of each recommendation, and the reasoning behind it, can be "
      "found at the end of the chapter concerned."),
    H2("Overview of recommendations"),
    summary_recs(),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 1
    H("1 Introduction"),
    H2("Our mandate"),
    P("The Minister of Education, Culture and Science established the International Review Panel on School Funding "
      "in April 2024. The Panel was asked to review the funding of primary and secondary education in the "
      "European part of the Netherlands and to advise on improvements that could be made within the existing "
      "constitutional framework. The terms of reference asked us to address the following questions:"),
    bullets(
        "whether the funding system is transparent and predictable for school boards and schools;",
        "whether funding intended for pupils at risk of educational disadvantage reaches those pupils;",
        "whether the reserves held by school boards are proportionate, and whether accountability for the use of "
        "public funds is adequate;",
        "how the funding of school buildings and the development of pupil numbers affect the funding of education "
        "itself.",
    ),
    P("Funding for special educational needs, which flows through regional partnerships of school boards, and the "
      "funding of vocational and higher education fell outside our mandate. We touch on them only where they affect the "
      "questions above."),
    H2("How we worked"),
    P("The Panel consisted of five members from Norway, Ireland, Germany, Spain and Belgium. We met eleven times, "
      "four of them in the Netherlands. We analysed the financial statements of all school boards for the years "
      "2019 to 2023, the allocation data of DUO, the executive agency that pays out school funding, and the "
      "findings of the Education Inspectorate on the financial management of boards.",
      footnotes=("The data were made available by DUO in anonymised form; figures for individual boards in this "
                 "report are given only with the consent of the board concerned.",)),
    P("During two study visits, in October 2024 and February 2025, we visited twenty-three schools and spoke with "
      "some 160 people. We also held round-table discussions with the PO-Raad and the VO-raad, the sector councils "
      "for primary and secondary education, with the Association of Netherlands Municipalities, with teacher "
      "unions and with parents' organisations. A draft of this report was discussed with a sounding board of "
      "principals and board members; the Panel remains responsible for its content."),
    H2("The Dutch system in brief"),
    P("Article 23 of the Dutch Constitution guarantees the freedom to found schools and to organise them according "
      "to their own convictions, and requires public and private schools to be funded on an equal footing. Around "
      "1,000 boards govern the country's 6,200 primary schools, and some 300 boards govern its 640 secondary "
      "schools. Many boards run a single school; the largest run more than fifty."),
    P("Boards receive their funding from the Ministry through DUO. The largest part is a lump sum that covers "
      "staff and running costs and is calculated mainly on the number of pupils enrolled on the counting date. On "
      "top of the lump sum, boards receive an allocation from the equity budget for pupils at risk of "
      "disadvantage and, depending on their situation, one or more conditional grants. Municipalities are "
      "responsible for the construction and expansion of school buildings; boards are responsible for their "
      "maintenance. The Education Inspectorate supervises the quality of education and the financial continuity of "
      "boards."),
    P("In principle, the lump sum should allow a board to meet all its recurring costs; the boards we met broadly "
      "confirmed that it does, although many described their margins as narrow. The question of whether the total "
      "amount is adequate was not put to us directly, but we return to it in chapter 5."),
    H2("Structure of this report"),
    P("Chapter 2 looks at the simplicity and transparency of the funding system. Chapter 3 deals with funding for "
      "equity, chapter 4 with reserves, accountability and oversight, and chapter 5 with school buildings, "
      "demographic change and the stability of the education budget. Each of chapters 2 to 5 ends with the Panel's "
      "recommendations, which are numbered per chapter. Chapter 4 also lists issues that the Panel considers worth "
      "further thought but on which it makes no recommendation."),

    # ---------------------------------------------------------------------------------------------- chapter 2
    H("2 A simpler and more transparent system"),
    H2("How money reaches schools"),
    P("A Dutch primary school receives its money in several streams. The lump sum is paid in monthly instalments "
      "over the calendar year. The equity allocation is paid on the same schedule but calculated separately. "
      "Conditional grants are paid on application or on the basis of specific criteria, some once a year and some "
      "in tranches. Secondary schools receive the same kinds of streams, with a different formula for the lump sum "
      "and without a permanent equity component."),
    P("The result is that a board with five schools may receive payments under a dozen headings in a single year. "
      "Each heading comes with its own decision letter from DUO, and several require separate accounting in the "
      "annual report. Financial staff at larger boards manage this well; at small boards it often falls to the "
      "director, who told us that the funding letters are the part of the job they understand least."),
    H2("The 2023 simplification"),
    P("Since 1 January 2023 primary schools have been funded through a simplified model: one amount per pupil and "
      "one fixed amount per school, instead of a calculation based on the average age of the teaching staff and a "
      "number of separate components. The reform was prepared carefully and has been well received. In principle, "
      "the new model should have made funding easier to predict, and for most boards it has."),
    P("The simplification stopped at the lump sum, however. The conditional grants that exist beside it were left "
      "untouched, and two new ones have been added since. A school principal in a mid-sized town summed up the "
      "effect: the main road has been paved, but the side roads have multiplied."),
    H2("Conditional grants"),
    P("The Panel counted nine conditional grants for primary and secondary schools in 2024, ranging from a few "
      "million to several hundred million euros a year. Some respond to a genuinely temporary need. Others have "
      "been extended so often that they have become permanent in all but name. Each has its own eligibility rules, "
      "its own timetable and its own accounting requirements.",
      footnotes=("Among them are grants for newcomer pupils, for the labour market in the four largest cities, for "
                 "summer schools, for technical education in secondary schools, for cultural education, for "
                 "school meals, for the school environment, for extra support staff and for the sustainability of "
                 "school buildings.",)),
    P("The costs of this fragmentation are borne mostly by small boards, which have no specialist staff to follow "
      "the rules and frequently fail to apply for grants to which they are entitled. Our analysis of DUO data shows "
      "that boards with fewer than 500 pupils received on average 38 euros per pupil less from conditional grants "
      "than larger boards with a comparable pupil population."),
    H2("Counting pupils"),
    P("Funding for a school year is based on the number of pupils enrolled on 1 October of the preceding year, or, "
      "since the change to current-year funding, of the same year. A school that grows strongly after that date "
      "teaches the additional pupils without funding until the next count. A growth arrangement exists, but it "
      "applies only above a threshold and must be applied for separately."),
    P("Schools receiving newcomer pupils are most affected. Several of the schools we visited had taken in twenty "
      "or more children during the school year; the grant for newcomer pupils covered part of the cost, but "
      "principals described months in which classes were larger than they should be under the board's own "
      "standards."),
    H2("Transparency within boards"),
    P("Boards that run several schools decide themselves how to divide their funding among those schools. Most "
      "retain a share centrally for shared services, substitute teachers and risk management; in our sample that "
      "share ranged from 4 to 19 per cent of the lump sum. These are legitimate choices, and the law deliberately "
      "leaves them to the board."),
    P("What concerns the Panel is that the choices are rarely visible. Fewer than one in five of the annual reports "
      "we examined described the board's allocation model. Principals often did not know what their school should "
      "receive under the model, and participation councils, which must be consulted on the budget, told us that "
      "they were given totals rather than the reasoning behind them."),
    H2("Recommendations"),
    chapter_recs("2"),

    # ---------------------------------------------------------------------------------------------- chapter 3
    H("3 Funding for equity"),
    H2("The equity budget in primary education"),
    P("Since 2019 the equity budget for primary education has been distributed on the basis of an indicator "
      "developed by Statistics Netherlands (CBS). The indicator estimates, for every pupil, the expected "
      "educational attainment on the basis of characteristics such as the parents' level of education, the "
      "mother's country of origin and length of residence, and whether the parents are in debt restructuring. A "
      "school receives an allocation when the average score of its pupils falls below a threshold."),
    P("The indicator is well regarded internationally, and the Panel sees no reason to replace it. It targets "
      "funding far more precisely than the earlier system, which was based on parental education alone. In "
      "principle, a school with the same pupil population should receive the same allocation from one year to the "
      "next, and the indicator was designed with that aim."),
    H2("Volatility"),
    P("In practice, allocations fluctuate considerably. Because the indicator is recalculated every year and the "
      "threshold is applied to an average, small changes in a school's intake can move it above or below the "
      "threshold. The effect is greatest for schools close to it. One school we visited in Rotterdam saw its "
      "allocation fall by 31 per cent in one year and rise by 24 per cent the next, without any noticeable change "
      "in its pupils."),
    P("Schools respond to this uncertainty by spending equity funding on temporary measures: short contracts, "
      "external programmes and materials. The support that research shows to be most effective, small-group "
      "teaching by experienced teachers and sustained attention to language, requires staff who can be appointed "
      "for longer than a year."),
    H2("Secondary education"),
    P("Secondary schools have no permanent equity component. The extra resources they received in recent years "
      "came from temporary programmes, most recently the National Education Programme, which ended in 2025, and a "
      "temporary equity grant that runs until 2026. Schools with many pupils at risk of disadvantage, often in the "
      "lower tracks of pre-vocational education, face a sharp drop in resources when these end."),
    P("A pupil-level indicator for secondary education does not yet exist. The Panel is aware that the primary "
      "education indicator cannot simply be applied to older pupils, whose prior attainment is already known. We "
      "nevertheless believe that a comparable instrument can be built, and that the temporary grants should not be "
      "allowed to lapse without a permanent successor."),
    H2("Does the money reach the pupils?"),
    P("The regulation on the equity budget states that the funds should be used for measures to reduce "
      "educational disadvantage, but it does not require boards to pass them on to the school that generates "
      "them. Within multi-school boards, the equity allocation is often added to the general budget and divided "
      "according to the board's own model."),
    P("Some boards pass the allocation on in full; others spread it across all their schools, including schools "
      "with few disadvantaged pupils. In two boards we examined, a school that generated more than half of the "
      "board's equity allocation received less than a quarter of it. Neither the annual report nor the "
      "Inspectorate's findings mentioned this."),
    H2("Recommendations"),
    chapter_recs("3"),

    # ---------------------------------------------------------------------------------------------- chapter 4
    H("4 Reserves, accountability and oversight"),
    H2("The size of reserves"),
    P("In 2020 the Education Inspectorate introduced a signalling value for possibly excessive reserves: a "
      "calculation of the equity a board needs in view of its size and risks, above which the Inspectorate asks "
      "the board to explain what it intends to do with the surplus. The signalling value is not a legal norm. It "
      "is a tool of supervision, and boards are free to disagree with it if they can justify their position."),
    P("The signalling value has had an effect. The total amount held above it fell from 1.1 billion euros in 2021 "
      "to around 0.7 billion euros in 2023. At the same time, one in six boards still exceeded it in 2023, and "
      "about half of those had done so for three years in a row."),
    H2("Why reserves accumulate"),
    P("Boards gave us several reasons for holding large reserves: uncertainty about future pupil numbers, the "
      "fear of having to repay funds, late payment of extra resources at the end of a calendar year, and plans for "
      "investments in buildings that never materialised. Some of these reasons are understandable. Late payments "
      "in particular leave boards little choice but to carry money over."),
    P("Others are less convincing. Several boards told us that a large reserve gave them a sense of security that "
      "they were unwilling to give up. The Panel understands the sentiment, but public money for education is "
      "meant to be spent on the pupils of today. Under the sector's governance codes, boards should in any case "
      "explain their reserves to their participation council; in practice, that explanation is often brief."),
    H2("Accountability and oversight"),
    P("Boards account for their spending in an annual report that must meet detailed requirements. The reports we "
      "read were thorough on financial position and compliance, and thin on what the money had achieved. The "
      "Inspectorate examines the financial continuity of boards in its four-yearly board inspections and "
      "intervenes when continuity is at risk."),
    P("The Inspectorate keeps a list of boards under enhanced financial supervision, but this list is not "
      "published. Parents, staff and municipalities therefore often learn that a board is in financial difficulty "
      "only when schools are merged or closed. The Panel considers that openness about financial risks would "
      "strengthen rather than weaken the position of the boards concerned."),
    H2("Recommendations"),
    chapter_recs("4"),
    H2("Issues for further consideration"),
    P("In the course of the review the Panel came across a number of questions on which it did not gather enough "
      "evidence to make a recommendation. We list them here because we believe they deserve further attention."),
    bullets(
        "Whether the signalling value should be differentiated by the size of the board, since small boards carry "
        "relatively larger risks.",
        "How the reserves held by the regional partnerships for special educational needs relate to those of the "
        "boards that take part in them.",
        "Whether voluntary parental contributions, which differ widely between schools, affect the equal funding "
        "of public and private schools.",
        "How late payments of extra resources at the end of the calendar year could be avoided in the budget "
        "cycle.",
    ),

    # ---------------------------------------------------------------------------------------------- chapter 5
    H("5 Buildings, demographic change and budget stability"),
    H2("School buildings"),
    P("Municipalities are responsible for providing school buildings: for new construction, for expansion and for "
      "replacement. Boards are responsible for maintenance and may, with the municipality's agreement, take on "
      "wider responsibilities. The municipalities receive funds for school housing through the general payment "
      "from the Municipal Fund, which they are free to spend as they choose."),
    P("Many school buildings are old and poorly insulated, and a significant number fall short of current "
      "standards for indoor climate. Municipalities and boards increasingly draw up integrated housing plans that "
      "set out, for a period of ten to sixteen years, which buildings will be renovated or replaced and when. "
      "These plans are voluntary. Where they exist, the Panel saw better buildings and less conflict; where they "
      "do not, boards sometimes pay for building work out of the lump sum, money that should be spent on teaching."),
    H2("Declining pupil numbers"),
    P("In parts of the north, east and south of the country, and in some rural areas elsewhere, the number of "
      "pupils is expected to fall by 15 to 25 per cent over the next fifteen years. Because funding follows pupils, "
      "schools in these areas lose funding faster than they can reduce their costs: a school with fewer pupils "
      "still needs a building, a principal and at least one teacher per group."),
    P("The fixed amount per school in the primary education formula offers some protection, and small schools "
      "can receive an additional allocation. There is no arrangement that spreads the loss of funding over several "
      "years. Boards in declining areas told us that they are forced into rapid mergers and closures that they "
      "would rather have prepared with their communities."),
    H2("Stability of the education budget"),
    P("Every year the education budget is adjusted for wage and price developments. This adjustment should, in "
      "principle, allow schools to pay the salaries agreed in collective agreements and to absorb price "
      "increases. In two of the past five years, however, the adjustment was paid out only in part, the remainder "
      "being used to cover other spending within the central government budget."),
    P("For schools the consequences are direct: the collective agreement is binding, so a partial adjustment "
      "must be absorbed elsewhere in the lump sum. The Panel regards the stability of the budget as a condition for "
      "everything else in this report. Recommendations on transparency and equity lose much of their value if the "
      "total amount available can change from one budget to the next."),
    H2("Knowing what adequate education costs"),
    P("The Netherlands has no agreed view of what it costs to provide adequate primary and secondary education. "
      "The lump sum is the product of historical amounts, adjusted over the years for policy decisions and "
      "budget cuts. Several countries have carried out cost studies that estimate the resources needed to meet "
      "the standards set by law, and use them as a reference point for the budget. Such a study would not settle "
      "political choices, but it would inform them."),
    H2("Recommendations"),
    chapter_recs("5"),
    PageBreak(),
    H("Annex Members of the Panel"),
    bullets(
        "Professor Ingrid Solheim (Norway), chair, professor of education policy",
        "Dr Martin Keane (Ireland), former assistant secretary for school funding",
        "Professor Anna-Lena Brecht (Germany), economist of education",
        "Dr Tomás Riera Vidal (Spain), former director of a regional funding agency",
        "Ms Karin De Wolf (Belgium), former school principal and board member",
    ),
    P("Secretariat: Ms J. van Leeuwenhorst and Mr R. Çelik, seconded from the Ministry of Education, Culture and "
      "Science."),
)

REPORT = Document(
    title="Funding What Matters",
    subtitle="Review of the funding of primary and secondary education in the Netherlands. Report of the "
             "International Review Panel on School Funding",
    blocks=REPORT_BLOCKS,
    running_header="International Review Panel on School Funding | Funding What Matters",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("International Review Panel on School Funding", "The Hague, May 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV31 = ("From 1 January 2026 the allocation of each primary school from the equity budget will be fixed for three "
        "calendar years at a time, on the basis of the CBS indicator of the preceding year.")
EV32 = ("I have therefore asked CBS to examine whether such an indicator can be developed, and I will decide on a "
        "permanent component once the results are known in 2027.")
EV41 = ("A statutory ceiling does not, in my view, fit a system in which boards bear their own financial risks and "
        "in which Article 23 of the Constitution leaves them free to organise their schools.")

T21 = ("The grants for newcomer pupils, for the labour market in the four largest cities and for summer schools "
       "will remain separate for the time being, as they are tied to agreements that run until 2028.")
T22 = ("From the 2026/27 school year DUO will send every school board a single funding statement in plain language, "
       "showing all payments and the basis on which each was calculated.")
T23 = "The single counting date of 1 October will be retained."
T24 = "The Minister will discuss this with the PO-Raad and VO-raad."
T31 = ("The allocation will be fixed for three calendar years from 1 January 2026; the Regulation on the equity "
       "budget will be amended accordingly.")
T32 = ("CBS will examine whether a pupil-level indicator for secondary education can be developed, and a decision "
       "on a permanent component will follow in 2027.")
T33 = ("The Minister does not support earmarking equity funding for individual schools, as this would conflict "
       "with the lump-sum principle.")
T34 = ("The Inspectorate will include the use of equity funding in its board inspections from the 2026/27 school "
       "year onward.")
T41 = "The signalling value will not be given a statutory basis (see the letter)."
T43 = ("From 2026 the Inspectorate will publish, each April, an overview of the boards with elevated financial risks "
       "and of the follow-up it has given to them.")
T51 = ("The bill making an integrated housing plan for school buildings mandatory in every municipality will be "
       "submitted to the House before the summer of 2026.")
T52 = ("The possibilities for a temporary arrangement for schools in areas with a declining number of pupils will be "
       "explored with the PO-Raad, the VO-raad and the VNG in 2026.")
T54 = ("The Minister will commission an independent study of the cost of adequate primary and secondary education "
       "in 2026.")


def row(label: str, position: str, action: str, *answers: Answer) -> tuple:
    return (label, position, Cell(action, answers=answers))


ANNEX_TABLE = Table(
    header=("Recommendation", "Position", "Planned action"),
    widths=(3.0, 1.45, 5.0),
    rules="grid",
    rows=(
        row("2.1 Fold the remaining conditional grants into the lump sum", "Partially accept",
            "Six of the nine grants listed by the Panel will be added to the lump sum from 1 January 2027. " + T21,
            Answer("2.1", "partial", T21)),
        row("2.2 A single annual funding statement for every board", "Accept",
            T22 + " The first statements will be sent in October 2026.",
            Answer("2.2", "agree", T22)),
        row("2.3 A second counting date for pupil numbers", "Reject",
            T23 + " The existing growth arrangement and the grant for newcomer pupils already compensate schools "
            "for strong growth during the school year. A second counting date would double the administrative work "
            "of all schools in order to help a small number of them.",
            Answer("2.3", "disagree", T23)),
        row("2.4 Boards to publish their internal allocation model", "Accept", T24,
            Answer("2.4", "agree", T24)),
        row("3.1 Fix equity funding for three years", "Accept",
            T31 + "\nSee also the letter.",
            Answer("3.1", "agree", T31)),
        row("3.2 A permanent equity component in secondary education", "Partially accept",
            T32 + " Until then the temporary equity grant for secondary schools will be continued.\nSee also the "
            "letter.",
            Answer("3.2", "partial", T32)),
        row("3.3 Equity funding to follow the pupils within a board", "Reject",
            T33 + " Boards must remain free to pool resources where that serves their pupils best. The Inspectorate "
            "will, however, look at the use of equity funding (see 3.4).",
            Answer("3.3", "disagree", T33)),
        row("3.4 Inspectorate to check that equity funding reaches pupils", "Accept",
            T34 + " The Inspectorate will report on its findings in the State of Education report.",
            Answer("3.4", "agree", T34)),
        row("4.1 A statutory basis for the signalling value for reserves", "Reject",
            T41 + " The Inspectorate will continue to address boards above the signalling value in its board "
            "inspections.",
            Answer("4.1", "disagree", T41)),
        row("4.3 An annual overview of financial risks", "Noted",
            T43 + " The overview will form part of the annual State of Education report.",
            Answer("4.3", "agree", T43)),
        row("5.1 Integrated housing plans of at least fifteen years", "Accept",
            T51 + " The plans will have to cover at least sixteen years and state how the municipality will "
            "finance them.",
            Answer("5.1", "agree", T51)),
        row("5.2 A transitional arrangement for schools in declining areas", "Accept", T52,
            Answer("5.2", "partial", T52)),
        ("5.3 Full wage and price adjustment for education", "Noted",
         "This recommendation is addressed to the Minister of Finance. It will be considered in the decision-making "
         "on the 2026 Spring Memorandum."),
        row("5.4 An independent study of the cost of adequate education", "Accept",
            T54 + " The results are expected in the spring of 2027 and will be sent to the House.",
            Answer("5.4", "agree", T54)),
    ),
)

RESPONSE_BLOCKS = (
    P("To the Speaker of the House of Representatives of the States General"),
    P("Date: 14 November 2025. Subject: Government response to the report 'Funding What Matters' of the "
      "International Review Panel on School Funding."),
    P("On 27 May 2025 the International Review Panel on School Funding presented its report 'Funding What "
      "Matters' to me. At my predecessor's invitation, the Panel reviewed how primary and secondary schools in the "
      "Netherlands are funded and whether the money reaches the pupils who need it. With this letter I send you "
      "the report and the government's response to it."),
    P("I would like to thank the chair, Professor Solheim, and the members of the Panel for their thorough and "
      "independent work. Looking at our system through the eyes of experienced colleagues from five other "
      "countries has proved valuable. I also thank the many teachers, principals, board members and parents who "
      "spoke with the Panel."),
    H2("The Panel's main conclusions"),
    P("The Panel concludes that the Dutch funding system is sound in its foundations: funding follows the pupil, "
      "boards receive a lump sum that they may spend as they see fit, and public and private schools are funded "
      "on an equal footing. At the same time the Panel finds that the system has become harder to understand than "
      "it needs to be, that funding for pupils at risk of disadvantage fluctuates too much and does not always "
      "reach them, and that accountability for the use of public money is largely formal."),
    P("I recognise the picture the Panel sketches. The simplification of primary school funding in 2023 has made "
      "the lump sum easier to predict, but the conditional grants beside it have remained, and boards still "
      "receive payments under many separate headings. In the coming years the government wants schools to spend "
      "less time on funding rules and more on teaching."),
    P("In this letter I first discuss the Panel's proposals on funding for equity and on the reserves of school "
      "boards, which have been the subject of debate in your House several times. The government's position on "
      "each of the recommendations is set out in the annex."),
    H2("Funding for pupils at risk of disadvantage"),
    P("Since 2019 the equity budget for primary education has been distributed on the basis of the CBS indicator. "
      "The budget amounts to around 540 million euros in 2025. The National Education Programme, which gave "
      "schools extra resources after the school closures, came to an end this year."),
    P("The Panel asks for more stability in the equity allocation of primary schools and for a permanent equity "
      "component in secondary education. I agree that schools need to be able to rely on this money if they are "
      "to appoint staff with it. " + EV31 + " Changes in a school's pupil population will then be reflected in "
      "the next three-year period. For secondary education the situation is different: a pupil-level indicator "
      "comparable to the one for primary education does not yet exist, and building one raises questions about "
      "the data that can be used. " + EV32,
      answers=(Answer("3.1", "agree", EV31), Answer("3.2", "partial", EV32))),
    H2("Reserves of school boards"),
    P("Since 2020 the Education Inspectorate has used a signalling value for possibly excessive reserves, and since "
      "2022 boards have been required to report in their annual report on their reserves in relation to that "
      "value. The amount held above the signalling value fell from 1.1 billion euros in 2021 to 0.7 billion euros "
      "in 2024. Boards that exceed the signalling value are asked by the Inspectorate to explain how they will use "
      "the surplus for their pupils."),
    P("I share the Panel's concern that public money intended for today's pupils is kept in reserve. The Panel "
      "proposes to give the signalling value a statutory basis and to require boards that exceed it for two years "
      "to submit a spending plan. " + EV41 + " A legal norm would moreover have to apply to boards in very "
      "different situations, and would invite boards to keep their reserves just under it. I prefer to continue "
      "the current approach, which has shown results, and I will keep your House informed of the development of "
      "reserves through the annual report on the financial position of the education sector.",
      answers=(Answer("4.1", "disagree", EV41),)),
    H2("Other recommendations"),
    P("The Panel's other recommendations concern the simplification of conditional grants, the transparency of "
      "funding for boards and within boards, the Inspectorate's oversight, school buildings, declining pupil "
      "numbers and the cost of adequate education. The annex sets out the government's position on each of them "
      "and the actions that will follow."),
    P("The Panel also lists a number of issues for further consideration, among them the reserves of the regional "
      "partnerships for special educational needs and voluntary parental contributions. These issues are part of "
      "existing work programmes, and I will refer to them in the relevant letters to your House."),
    H2("Finally"),
    P("The Panel reminds us that a funding system is never finished. I will report to your House on the "
      "implementation of the actions in the annex in the autumn of 2026, together with the annual letter on the "
      "financial position of the education sector."),
    P("The Minister of Education, Culture and Science,"),
    P("E.M. van Dorsten-Haak"),
    PageBreak(),
    H("Annex Response to the recommendations of the International Review Panel on School Funding"),
    P("The table below lists the Panel's recommendations in shortened form, the government's position and the "
      "planned action. Positions: Accept, Partially accept, Reject or Noted."),
    ANNEX_TABLE,
)

RESPONSE = Document(
    title="Government response to the report of the International Review Panel on School Funding",
    subtitle="Letter from the Minister of Education, Culture and Science to the House of Representatives",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response | International Review Panel on School Funding",
    footer="Page {page} of {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="school_funding_review_en",
    report=REPORT,
    response=RESPONSE,
    description="International Review Panel on School Funding (English, serif, 15 recommendations numbered per "
                "chapter 2.1-5.4, repeated shortened in the executive summary) and the OCW minister's letter with "
                "prose on 3.1/3.2/4.1 and an annex table Recommendation | Position | Planned action; 4.2 missing "
                "from the table, 5.3 'Noted' and passed on to Finance, 'Accept' with 'will be explored' (5.2), "
                "'Noted' that commits (4.3).",
)
