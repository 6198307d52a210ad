"""Pair (in English): a fictional select committee report on water regulation, and the Government's response.

Layout traits: an English, UK-style select committee report (serif, title page with imprint, a front page with the
committee's membership as a rules-only table, an unnumbered Summary that paraphrases the main recommendations in
prose) whose six chapters consist of NUMBERED PARAGRAPHS 1-53 (list items, one with lettered sub-items a.-e.), with a
ruled data table, level-2 subheadings, no page break between most chapters.  The report ends with "Conclusions and
recommendations": one numbered list 1-24, split by level-3 subheadings, mixing 8 plain conclusions (1, 4, 6, 10,
12, 15, 20, 23; not recommendations) with 16 recommendations; every entry ends "(Paragraph N)".  Each entry is also
printed verbatim at the end of its body paragraph, so the body paragraphs carrying a recommendation are annotated
as duplicates (their printed label is the paragraph number, e.g. paragraph "12." repeats recommendation 2) and the
gold page is that of the body paragraph.  Paragraph numbers and list numbers overlap (both 1-24 exist).  The renderer
cannot bold list items, so the recommendations are not bold.  Formal minutes and a witnesses table close the report.

The response (sans, letterhead, no title page) has themed level-2 headings; each recommendation is quoted in bold as
"Recommendation N: <text> (Paragraph M)" (no position), followed by the answer, usually opening with a verdict word.
Intro paragraphs thank the committee and agree with its findings in general (no position); theme paragraphs
describe existing policy.  Departments: departments.csv is Dutch, so "the Government"/"the Department" is coded
KABINET and the regulator (Office of Water Regulation), the agency (Rivers and Environment Agency) and the water
companies are coded OTHER.

Gold positions:
 2 (Government: overflow deadline 2030) disagree, polite "does not consider it appropriate", after shared frustration.
 3 (regulator and agency: near real-time data) agree, "Accepted." with regulations and a date.
 5 (Department and agency: monitoring at 500 overflows) partial, "Partially accepted." with a 40-site pilot.
 7 (Government: ring-fence penalties, 500 inspectors) agree without any verdict word (money and a date).
 8 (Government: end operator self-monitoring) disagree, agrees with the analysis but not the measure; 2 paragraphs.
 9 (regulator: penalties, enforcement policy) not addressed, passed on to the independent regulator.
11 (Government: single regulator, legislate this Session) partial, "Accepted in principle." but legislation postponed.
13 (Government: national social tariff) partial: answered "Accepted." but only promises to consider the options.
14 (water companies: automatic enrolment) not addressed, "This is a matter for the companies." plus existing rules.
16 (Department: statutory leakage target) agree, "Accepted." with regulations by end 2025.
17 (Government: water efficiency labelling) agree, in one paragraph with 18, no verdict word.
18 (Government: Building Regulations 100 litres) disagree in the same paragraph, pointing at the existing standard.
19 (Government: designate ten schemes) agree, answered by subject at the start of its section BEFORE its quote; under
   the quote only a pointer ("set out at the start of this section"), not annotated.
21 (regulator: prohibit dividends) not addressed, "Noted." with only a description of existing licence conditions.
22 (Government: statutory bonus ban) agree, "Accepted." with a Bill clause.
24 (Department: publish contingency plans) disagree, blunt "Not accepted."
All prose is fictional and written for this test set.
"""
from __future__ import annotations

from dataclasses import dataclass

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


def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


GOV = "KABINET"  # the Government and its Department (departments.csv is Dutch; the cabinet code stands for both)
OTHER = "OTHER"  # the regulator, the environment agency and the water companies

# --------------------------------------------------------------------------------------------------------------
# The entries of "Conclusions and recommendations", numbered 1-24 as printed.  A conclusion has no departments;
# a recommendation has the codes of whoever is asked to act.
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    text: str
    departments: tuple[str, ...] = ()  # empty: a conclusion, not a recommendation

    @property
    def is_recommendation(self) -> bool:
        return bool(self.departments)


ENTRIES: dict[int, Entry] = {
    1: Entry("Discharges of untreated sewage from storm overflows are no longer an exceptional consequence of extreme "
             "rainfall; they have become a routine feature of how much of the sewerage network is operated. In 2024 "
             "storm overflows discharged on more than 412,000 occasions, for a total of over 3.1 million hours. This "
             "is unacceptable."),
    2: Entry("The Government should bring forward the deadline in the Storm Overflow Reduction Plan so that every "
             "overflow discharging into or near designated bathing waters and high-priority nature sites meets the "
             "new discharge standard by 2030, rather than by 2035.", (GOV,)),
    3: Entry("We recommend that the Office of Water Regulation and the Rivers and Environment Agency require every "
             "water company to publish event duration monitoring data for all of its storm overflows in near real "
             "time, within one hour of a discharge starting, from 1 April 2026 at the latest.", (OTHER,)),
    4: Entry("Event duration monitoring tells the public how often and for how long an overflow discharges, but not "
             "how much sewage is released or what effect it has on the receiving water. Without that information "
             "neither the regulators nor the public can judge where investment will do most good."),
    5: Entry("The Department should fund a national programme of continuous water-quality monitoring upstream and "
             "downstream of the 500 most frequently discharging storm overflows, and the Rivers and Environment "
             "Agency should publish the results in an accessible form at least once a month.", (GOV, OTHER)),
    6: Entry("Enforcement by the Rivers and Environment Agency against water companies has fallen away over the past "
             "decade. Compliance inspections of wastewater treatment works fell by two thirds between 2013 and 2023, "
             "and the number of prosecutions more than halved, at a time when serious pollution incidents were "
             "rising."),
    7: Entry("The Government should ring-fence the income from penalties paid by water companies for environmental "
             "offences and use it to fund a dedicated water-industry enforcement unit within the Rivers and "
             "Environment Agency, with at least 500 additional inspectors in post by 2027.", (GOV,)),
    8: Entry("We recommend that the Government end operator self-monitoring of wastewater treatment works and replace "
             "it with independent monitoring, commissioned by the Rivers and Environment Agency and paid for by the "
             "water companies.", (GOV,)),
    9: Entry("The Office of Water Regulation should make full use of its existing power to impose penalties of up to "
             "10 per cent of turnover, and should publish within six months a revised enforcement policy setting out "
             "how the level of a penalty will reflect the seriousness of the harm caused and a company's record of "
             "previous breaches.", (OTHER,)),
    10: Entry("Responsibility for water regulation is divided between the Department, the Office of Water Regulation, "
              "the Rivers and Environment Agency and the Drinking Water Quality Inspectorate. This division is "
              "confusing for the public and has allowed each body to point to the others when things go wrong."),
    11: Entry("The Government should legislate in this Session to bring the economic and environmental regulation of "
              "the water industry together in a single regulator, with a clear primary duty to protect and improve "
              "the water environment.", (GOV,)),
    12: Entry("Average household water and sewerage bills are set to rise by 36 per cent in real terms over the next "
              "five years. Around one in five households already spends more than three per cent of its disposable "
              "income on water, and that proportion will grow."),
    13: Entry("The Government should introduce a single national social tariff for water, funded by a cross-subsidy "
              "across the customers of all companies, to replace the nineteen separate company schemes by April "
              "2027.", (GOV,)),
    14: Entry("Water companies should use the data-sharing arrangements already open to them to enrol eligible "
              "customers automatically on to their social tariffs, and should each publish an annual report on "
              "take-up.", (OTHER,)),
    15: Entry("No major new reservoir has been completed since 1992, while the population served by the public water "
              "supply has grown by more than ten million. Leakage has barely fallen in a decade and still accounts "
              "for almost a fifth of all water put into supply."),
    16: Entry("The Department should set a statutory target to halve leakage from 2017–18 levels by 2040, with "
              "legally binding interim milestones for 2030 and 2035.", (GOV,)),
    17: Entry("We recommend that the Government introduce mandatory water efficiency labelling for toilets, taps, "
              "showers, dishwashers and washing machines within two years of this report.", (GOV,)),
    18: Entry("The Government should amend the Building Regulations so that all new homes are built to a water "
              "efficiency standard of 100 litres per person per day.", (GOV,)),
    19: Entry("The Government should designate all ten schemes in the national strategic water resources programme "
              "as nationally significant infrastructure by the end of 2025, so that they are decided under the "
              "national consenting regime.", (GOV,)),
    20: Entry("Since privatisation, water companies have paid more than £78 billion in dividends to their owners while "
              "accumulating net debt of more than £64 billion. Some owners have used high levels of borrowing to "
              "extract value from their companies, leaving them exposed when interest rates rose."),
    21: Entry("The Office of Water Regulation should prohibit the payment of dividends by any company that is in "
              "breach of its environmental permits or whose gearing exceeds 70 per cent.", (OTHER,)),
    22: Entry("We recommend that the Government ban the payment of performance-related bonuses to the chief "
              "executives and directors of water companies that have committed serious pollution offences, and that "
              "it place this ban on a statutory footing.", (GOV,)),
    23: Entry("The special administration regime for water companies has never been used for a company of "
              "significant size, and we are not confident that the Department is prepared for the failure of a large "
              "water company."),
    24: Entry("The Department should publish, within three months of this report, its contingency plans for the "
              "failure of a large water company, including an estimate of the cost to the taxpayer of a special "
              "administration.", (GOV,)),
}

# --------------------------------------------------------------------------------------------------------------
# Report body: chapters of numbered paragraphs.  N is a plain numbered paragraph, E(n, context) a numbered
# paragraph that ends with entry n of the final list (for a recommendation it is annotated as its duplicate).
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class N:
    text: str
    children: tuple[str, ...] = ()


@dataclass(frozen=True)
class E:
    entry: int
    context: str


BODY = (
    H("1 Introduction"),
    N("Water is the most basic of public services. Every household depends on a safe and reliable supply, and on "
      "sewage being taken away and treated without harm to the environment. In the thirty-five years since the "
      "industry was transferred to private ownership, the public has been told that a combination of private capital "
      "and independent regulation would deliver both. The evidence we received in this inquiry suggests that public "
      "confidence in that settlement has never been lower."),
    N("Public concern has been driven above all by the discharge of untreated sewage into rivers, lakes and coastal "
      "waters. It has been sharpened by rising bills, by reports of large dividend payments and executive bonuses at "
      "companies with poor environmental records, and by hosepipe bans in the dry summers of 2022 and 2023. Several "
      "companies now face serious questions about their financial resilience."),
    N("We launched our inquiry in May 2024 with the following terms of reference:",
      ("the scale and causes of sewage discharges from storm overflows and wastewater treatment works;",
       "the effectiveness of the economic and environmental regulators, and of their enforcement;",
       "the affordability of water bills and the support available to households in difficulty;",
       "the resilience of water supplies to drought and population growth; and",
       "the financial structures, ownership and governance of water companies.")),
    N("We received 164 pieces of written evidence and held eight oral evidence sessions between June and December "
      "2024. We heard from water companies, the regulators, environmental and angling organisations, consumer "
      "representatives, academics, investors and Ministers. We also visited the catchment of the River Lenn, where "
      "we saw both the effects of frequent discharges and the work of local volunteers who test the water "
      "themselves. We are grateful to everyone who contributed."),
    N("This report is in six chapters. Chapter 2 considers storm overflows and the monitoring of discharges. Chapter "
      "3 examines regulation and enforcement. Chapter 4 turns to bills and affordability, Chapter 5 to drought "
      "resilience, and Chapter 6 to the finances and ownership of water companies. Our conclusions and "
      "recommendations are brought together at the end of the report. Where we make a recommendation to a body other "
      "than the Government, we expect the Government to ensure that a response is provided."),
    PageBreak(),
    H("2 Storm overflows"),
    H2("The scale of the problem"),
    N("Storm overflows are designed to act as relief valves. Most of the sewerage network combines foul sewage with "
      "rainwater from roofs and roads, and when heavy rainfall exceeds the capacity of the sewers or treatment works, "
      "overflows release diluted, untreated sewage into rivers and the sea to prevent it backing up into homes and "
      "streets. There are around 14,600 storm overflows in the country, operated by eleven water and sewerage "
      "companies."),
    N("Overflows were never intended to operate often. The Rivers and Environment Agency told us that the permits for "
      "most overflows assumed that they would discharge only in 'exceptional' circumstances, although few permits "
      "define what that means. Until recently nobody knew how often they actually operated, because most were not "
      "monitored."),
    B("Table 1: Storm overflow discharges recorded by event duration monitors, 2020–2024"),
    Table(header=("Year", "Overflows monitored", "Discharges recorded", "Hours of discharge"),
          rows=(("2020", "12,100", "403,000", "3,100,000"),
                ("2021", "13,300", "372,500", "2,670,000"),
                ("2022", "14,200", "301,100", "1,750,000"),
                ("2023", "14,500", "464,000", "3,610,000"),
                ("2024", "14,580", "412,300", "3,140,000")),
          widths=(1.0, 1.6, 1.6, 1.6), rules="rows"),
    P("Source: Rivers and Environment Agency, annual event duration monitoring returns"),
    E(1, "The data now available show the scale of the problem. Following the completion of the monitoring "
         "programme at the end of 2023, almost every overflow is fitted with an event duration monitor. The figures "
         "in Table 1 vary from year to year with rainfall, but the underlying pattern is clear, and the Minister "
         "accepted in oral evidence that 'the system is not working as it should'."),
    N("The causes are well understood. Witnesses pointed to decades of under-investment in sewer capacity, to the "
      "growth of paved surfaces in towns and cities, to new housing connected to networks that were already at their "
      "limit, and to more intense rainfall as the climate changes. Professor Anna Whitlock of the University of "
      "Tarrow told us that many overflows 'spill in dry weather or after light rain, which no permit was ever meant to "
      "allow'."),
    H2("The Storm Overflow Reduction Plan"),
    N("The Government's Storm Overflow Reduction Plan, published in 2023, requires companies to improve every "
      "overflow so that none discharges more than ten times a year on average, and to eliminate harm to the "
      "environment. Overflows near designated bathing waters and high-priority nature sites must meet the standard by "
      "2035; all others by 2050. The companies estimate the cost of the plan at £60 billion, of which £12 billion is "
      "included in the price settlement for 2025–2030."),
    N("Environmental organisations told us that the timetable is far too slow. The Rivers Trust for the Lenn "
      "described the 2050 end-date as condemning 'a generation of children who will not be able to paddle in their "
      "local river'. The companies, for their part, argued that the pace of delivery is constrained by the supply "
      "chain and by the planning system, and that faster delivery would raise bills further."),
    E(2, "We accept that not every overflow can be improved at once, and that priorities must be set. But the most "
         "sensitive waters, where people swim and where protected habitats are at risk, should come first, and they "
         "should not have to wait another ten years. The companies' own plans show that most of the priority schemes "
         "could be delivered within the current investment period if they were brought forward."),
    H2("Monitoring and transparency"),
    N("Companies must now report discharges from every overflow to the Agency each year, and since 2024 a legal duty "
      "has required them to publish information about discharges 'in near real time'. The law does not define near "
      "real time. We found wide variation in practice: some companies publish a discharge on their online map within "
      "fifteen minutes, others only after several hours, and one company told us that its data were updated 'once a "
      "day, subject to validation'."),
    E(3, "Near real-time data are of most value to the people who use rivers and beaches and who need to know whether "
         "it is safe to go into the water today. Publication a day later is of little use to them. A clear, "
         "enforceable standard is needed."),
    E(4, "Event duration monitors only record whether an overflow is operating. Several witnesses, including the Lenn "
         "Citizen Science Network, told us that they had found high levels of bacteria downstream of overflows that "
         "were recorded as not discharging, and low levels below some that discharged frequently."),
    E(5, "Continuous water-quality sensors, measuring indicators such as ammonia, dissolved oxygen and turbidity, are "
         "now reliable and relatively inexpensive. The Agency estimated that monitoring at 500 sites would cost around "
         "£28 million to install and £9 million a year to run. That is a small sum in the context of a £60 billion "
         "investment programme whose priorities it would help to set."),
    H("3 Regulation and enforcement"),
    H2("The regulators"),
    N("Three bodies regulate the water industry. The Office of Water Regulation is the economic regulator: it sets "
      "the prices companies may charge, the service levels they must meet and the investment they must deliver, and "
      "it monitors their financial resilience. The Rivers and Environment Agency issues the environmental permits "
      "that govern discharges and abstraction, and enforces them. The Drinking Water Quality Inspectorate checks that "
      "the water supplied is safe to drink. The Department sets the overall policy framework and the strategic "
      "priorities to which the regulators must have regard."),
    N("The regulators are independent of Government in their day-to-day decisions, and most of the witnesses we heard "
      "valued that independence. But many also told us that the regulators have been too slow to act, too willing to "
      "accept companies' explanations, and too reliant on information supplied by the companies themselves."),
    H2("Environmental enforcement"),
    N("The evidence we received on environmental enforcement was particularly troubling. Figures provided by the "
      "Agency show that inspections of wastewater treatment works fell from more than 4,000 in 2013 to around 1,350 "
      "in 2023. In the same period the number of serious pollution incidents attributed to water companies rose from "
      "44 to 61."),
    E(6, "The Agency attributed the decline largely to a 48 per cent real-terms fall in its grant for environmental "
         "protection between 2010 and 2020. Its Chief Executive told us that the Agency had 'prioritised the most "
         "serious incidents' but accepted that routine compliance checking had 'in some places all but stopped'."),
    N("Since 2023 the Agency's charges to water companies for permits have been increased, and the Department has "
      "provided additional funding for enforcement. However, the penalties that companies pay for environmental "
      "offences continue to flow to the Treasury's consolidated fund rather than to the regulators, and the Agency's "
      "enforcement budget remains subject to annual settlements."),
    E(7, "We see a strong case for the polluter paying directly for the enforcement that its offending makes "
         "necessary. A dedicated unit, funded by the penalties paid by the industry, would give the Agency a stable "
         "base from which to rebuild its inspection capability."),
    H2("Operator self-monitoring"),
    N("Since 2010 water companies have been responsible for sampling the effluent from their own treatment works and "
      "reporting the results to the Agency, under a regime known as operator self-monitoring. The Agency audits the "
      "companies' procedures but takes relatively few samples of its own."),
    N("We heard evidence that this system is open to abuse. An investigation by the Agency, begun in 2022 and still "
      "not concluded, is examining whether several companies failed to report permit breaches. Former employees of "
      "two companies told us that samples had been taken at times chosen to avoid high readings. The companies denied "
      "any systematic wrongdoing."),
    E(8, "Whatever the outcome of the investigation, a system in which companies mark their own homework cannot "
         "command public confidence. Independent monitoring is the norm in other regulated industries where the "
         "public interest is at stake."),
    H2("Economic enforcement"),
    N("The Office of Water Regulation can impose financial penalties of up to 10 per cent of a company's turnover for "
      "breaches of its licence or statutory duties. In practice its penalties have been far smaller. The largest "
      "penalty it has imposed, on Brackenridge Water in 2024, was £104 million, equivalent to around 6 per cent of "
      "that company's annual turnover; most penalties have been a fraction of one per cent. More commonly, the "
      "regulator has accepted 'voluntary undertakings' under which companies return money to customers through "
      "lower bills."),
    E(9, "The regulator told us that it preferred outcomes that benefit customers directly. We understand that "
         "argument, but the absence of significant penalties has weakened deterrence. Companies and their investors "
         "need to know that serious and repeated failures will be punished in a predictable way."),
    H2("A single regulator?"),
    E(10, "Many witnesses argued that the structure of regulation is itself part of the problem. The economic "
          "regulator sets the money that companies have to spend, while the environmental regulator sets the "
          "standards they must meet, and the two are not always aligned. The Water Consumer Council told us that "
          "customers 'do not know who to complain to, and each regulator says it is somebody else's job'."),
    N("We note that the Government has asked the Independent Review of Water Regulation, chaired by Dame Catherine "
      "Harcourt, to report on the future structure of regulation. The Review's interim report, published in January "
      "2025, favoured a single integrated regulator."),
    E(11, "We agree. The arguments for bringing economic and environmental regulation together are now overwhelming, "
          "and further delay will only prolong uncertainty for the regulators, the companies and their investors."),
    H("4 Bills and affordability"),
    N("The Office of Water Regulation's final determination for the period 2025–2030, published in December 2024, "
      "allows companies to invest £104 billion, more than double the amount in the previous five years. Most of that "
      "investment is needed to reduce sewage discharges, replace ageing assets and secure supplies."),
    N("The cost will be met by customers. The regulator's figures show that the average combined household bill will "
      "rise from £448 in 2024–25 to around £610 in 2029–30, before inflation; for customers of some companies the "
      "increase will be more than 50 per cent."),
    E(12, "The Water Consumer Council told us that the number of households contacting it because they could not "
          "afford their bill had doubled in two years."),
    H2("Social tariffs"),
    N("Each company operates its own social tariff for customers on low incomes, funded by a small cross-subsidy from "
      "its other customers. The schemes differ widely in eligibility, in the level of discount and in how they are "
      "promoted. A household with the same income and circumstances may receive a discount of 90 per cent in one area "
      "and nothing in the next. Around 1.3 million households receive support, while the Council estimates that more "
      "than 3 million are eligible."),
    E(13, "We heard broad support, including from several companies, for a single national scheme with common "
          "eligibility rules. A national scheme funded across all customers would also share the cost more fairly "
          "between areas with many low-income households and those with few."),
    E(14, "Take-up of social tariffs remains low because many eligible households do not know that help is available "
          "or find the application process daunting. Some companies already use data shared with the Department for "
          "Work and Income to identify eligible customers and enrol them automatically, with dramatic effects on "
          "take-up. There is no reason why every company should not do so."),
    H("5 Drought resilience and water supply"),
    N("The dry summers of 2022 and 2023 brought temporary use bans to more than 18 million customers. The Agency's "
      "national framework for water resources projects that, without action, the country will face a shortfall of "
      "nearly 5 billion litres a day by 2050, as a result of population growth, climate change and the need to reduce "
      "abstraction from sensitive rivers."),
    E(15, "Investment in new supplies has not kept pace with need."),
    H2("Leakage"),
    N("Companies have committed to reduce leakage by 16 per cent in the period 2025–2030. The current goal of halving "
      "leakage by 2050 is, however, only an aspiration set out in policy documents, with no legal force. Witnesses "
      "told us that this has allowed companies to treat it as a long-term ambition rather than a target for which "
      "they will be held to account."),
    E(16, "A statutory target would give leakage reduction the same status as other environmental targets, and would "
          "give the regulators a clear basis for holding companies to account. It should be more ambitious than the "
          "present aspiration."),
    H2("Demand and water efficiency"),
    E(17, "Reducing demand is the cheapest way to close the gap between supply and need. Average consumption is around "
          "142 litres per person per day, one of the highest figures in northern Europe. A mandatory label, showing "
          "the water use of fittings and appliances, would help consumers to choose efficient products and would "
          "encourage manufacturers to improve them. It has been promised for more than a decade."),
    E(18, "New homes are currently required to be built to a standard of 125 litres per person per day, or 110 litres "
          "where the local planning authority requires it. Homes built to 100 litres are already common in new "
          "developments in water-stressed areas and add little to building costs."),
    H2("New supplies"),
    N("The national strategic water resources programme comprises ten major schemes, including two new reservoirs in "
      "the south-east, a reservoir in the Fenwick basin and several large transfers between regions. Most are not "
      "expected to be in operation until the late 2030s, and several have already been delayed."),
    E(19, "Witnesses told us that the slow pace of consenting was a major cause of delay. Only two of the ten schemes "
          "have so far been brought within the national consenting regime for nationally significant infrastructure, "
          "which provides for a single decision within a fixed timetable."),
    H("6 Company finances, ownership and dividends"),
    N("The water companies were sold in 1989 with no debt. Today, the eleven water and sewerage companies together "
      "carry net debt of more than £64 billion. Gearing, the ratio of net debt to the regulatory value of a company's "
      "assets, averages around 68 per cent across the sector and exceeds 80 per cent at three companies."),
    E(20, "Several witnesses argued that high gearing, and the complex holding company structures that often "
          "accompany it, have made companies less resilient and less transparent."),
    H2("Dividends"),
    N("Companies and their investors told us that dividends are a legitimate return on the capital that shareholders "
      "have invested, and that the sector will need to attract substantial new equity to fund the investment "
      "programme. We accept that investors are entitled to a fair return."),
    E(21, "But we do not accept that dividends should be paid by companies that are breaking the law or whose "
          "finances are under strain. The regulator's recent changes to company licences are welcome but depend on a "
          "case-by-case judgement about financial resilience. A clear rule would be simpler and more credible."),
    H2("Executive pay"),
    N("In 2023–24 the chief executives of the eleven water and sewerage companies received total remuneration of "
      "£12.6 million, of which £5.1 million was paid in bonuses and long-term incentives. Eight of those companies "
      "were responsible for serious pollution incidents in the same year."),
    E(22, "The public finds it incomprehensible that executives should be rewarded while their companies pollute "
          "rivers and beaches. Voluntary restraint has not worked: several companies continued to pay bonuses after "
          "committing to reduce them."),
    H2("Financial failure"),
    N("Two companies, including the largest in the sector, have had their credit ratings downgraded in the past year, "
      "and one has told the regulator that it will need fresh equity from its shareholders to remain viable. If a "
      "company cannot meet its obligations, the law provides for a special administration regime under which an "
      "administrator appointed by the court runs the company until it can be sold or rescued, with the taxpayer "
      "providing funding if needed."),
    E(23, "The Department told us that it 'stands ready' to use the regime and has contingency plans in place, but "
          "declined to share them with us or to say what a special administration might cost."),
    E(24, "Parliament and the public are entitled to know how the Department would protect customers and the taxpayer "
          "if a large company failed."),
)

# The headings under which the final list is grouped: (heading, first entry, last entry).
CONCLUSION_GROUPS = (
    ("Storm overflows", 1, 5),
    ("Regulation and enforcement", 6, 11),
    ("Bills and affordability", 12, 14),
    ("Drought resilience and water supply", 15, 19),
    ("Company finances, ownership and dividends", 20, 24),
)


def _number_body(body) -> tuple[tuple, dict[int, int], int]:
    """The body as blocks (numbered paragraphs as list items), the paragraph of every entry and the last number."""
    blocks: list = []
    pending: list[ListItem] = []
    start = 1
    number = 0
    paragraph_of: dict[int, int] = {}

    def flush() -> None:
        nonlocal pending, start
        if pending:
            blocks.append(ItemList(items=tuple(pending), style="1.", start=start))
        pending = []
        start = number + 1

    for block in body:
        if isinstance(block, N):
            number += 1
            pending.append(ListItem(block.text, children=tuple(ListItem(text) for text in block.children)))
        elif isinstance(block, E):
            number += 1
            entry = ENTRIES[block.entry]
            if paragraph_of and block.entry != max(paragraph_of) + 1:
                raise ValueError(f"entry {block.entry} printed out of order")
            paragraph_of[block.entry] = number
            rec = (Recommendation(str(number), entry.departments, duplicate_of=str(block.entry))
                   if entry.is_recommendation else None)
            pending.append(ListItem(f"{block.context} {entry.text}", recommendation=rec))
        else:
            flush()
            blocks.append(block)
    flush()
    return tuple(blocks), paragraph_of, number


BODY_BLOCKS, PARAGRAPH_OF, LAST_PARAGRAPH = _number_body(BODY)


def quoted(n: int) -> str:
    """Entry ``n`` as printed in the final list (and as quoted in the response): text and paragraph reference."""
    return f"{ENTRIES[n].text} (Paragraph {PARAGRAPH_OF[n]})"


def _conclusions_blocks() -> tuple:
    blocks: list = [H("Conclusions and recommendations")]
    for heading, first, last in CONCLUSION_GROUPS:
        items = []
        for n in range(first, last + 1):
            entry = ENTRIES[n]
            rec = Recommendation(str(n), entry.departments) if entry.is_recommendation else None
            items.append(ListItem(quoted(n), recommendation=rec))
        blocks.append(H3(heading))
        blocks.append(ItemList(items=tuple(items), style="1.", start=first))
    return tuple(blocks)


FRONT_BLOCKS = (
    H2("The Environment and Water Committee"),
    P("The Environment and Water Committee is appointed by the House of the Assembly to examine the expenditure, "
      "administration and policy of the Department for Environment, Water and Rural Affairs and its associated public "
      "bodies, including the Office of Water Regulation and the Rivers and Environment Agency."),
    H3("Current membership"),
    Table(header=("Member", "Party", "Constituency"),
          rows=(("Ruth Calloway (Chair)", "Progressive", "Ashby Moor"),
                ("Thomas Aske", "National", "Upper Calder"),
                ("Iain Dunmore", "National", "Gilling and Wold"),
                ("Samuel Hart", "Progressive", "Millbrook East"),
                ("Gwen Lloyd-Pryce", "Green", "Caerwen Valley"),
                ("Helen Marchbank", "Progressive", "Tarrow North"),
                ("Daniel Okafor", "National", "Kestrel Bay"),
                ("Priya Raman", "Liberal", "Fenwick Cross")),
          widths=(2.2, 1.4, 2.0), rules="rows"),
    H3("Powers"),
    P("The Committee is one of the departmental select committees, the powers of which are set out in the Standing "
      "Orders of the House. In particular, the Committee may send for persons, papers and records, and may appoint "
      "specialist advisers to supply information or to elucidate matters of complexity within its order of "
      "reference."),
    H3("Committee staff"),
    P("The staff of the Committee during this inquiry were Eleanor Voss (Clerk), Jamal Reid (Second Clerk), Dr Fiona "
      "McAllister (Senior Committee Specialist), Owen Pritchard (Committee Specialist), Beth Sandhu (Senior Committee "
      "Assistant) and Leo Marsh (Media Officer)."),
    H3("Contacts"),
    P("All correspondence should be addressed to the Clerk of the Environment and Water Committee, House of the "
      "Assembly. The Committee's email address is ewcom@assembly.example."),
    PageBreak(),
    H("Summary"),
    P("Public trust in the water industry is at a low ebb. Sewage is discharged into rivers and seas hundreds of "
      "thousands of times a year, bills are about to rise sharply, parts of the country face the prospect of serious "
      "water shortages, and some companies have been run in a way that has enriched their owners while leaving them "
      "financially fragile. This report examines how the industry is regulated and what must change."),
    P("We found that the system of regulation has failed to keep pace. The environmental regulator has been starved "
      "of resources, and its inspections have fallen by two thirds in a decade. The economic regulator has rarely "
      "used its strongest powers. Companies monitor their own compliance, and too often the public learns of problems "
      "from volunteers testing the water rather than from the regulators. Responsibility is divided in a way that "
      "allows each body to blame another."),
    P("We call on the Government to speed up the clean-up of the most sensitive waters, to ring-fence the penalties "
      "paid by polluting companies to fund a much stronger enforcement effort, and to replace self-monitoring with "
      "independent monitoring. The case for a single regulator, with the protection of the water environment at the "
      "heart of its duties, is now overwhelming, and the Government should legislate for it without further delay."),
    P("On bills, we want a single national social tariff, so that a household's entitlement to help no longer depends "
      "on where it lives. On supply, we argue for a statutory target for leakage, mandatory water efficiency "
      "labelling and tighter standards for new homes, together with faster decisions on new reservoirs and "
      "transfers."),
    P("Finally, we believe that companies which break the law or carry excessive debt should not pay dividends, and "
      "that executives of companies that commit serious pollution offences should not receive bonuses. The "
      "Department must also be open about how it would protect customers and taxpayers if a large company were to "
      "fail."),
    PageBreak(),
)

BACK_BLOCKS = (
    H("Formal minutes"),
    B("Tuesday 25 February 2025"),
    P("Members present: Ruth Calloway, in the Chair; Thomas Aske; Iain Dunmore; Samuel Hart; Gwen Lloyd-Pryce; Helen "
      "Marchbank; Priya Raman."),
    P("Draft Report (Troubled waters: restoring trust in water regulation), proposed by the Chair, brought up and "
      "read."),
    P("Ordered, That the draft Report be read a second time, paragraph by paragraph."),
    P(f"Paragraphs 1 to {LAST_PARAGRAPH} read and agreed to."),
    P("Summary agreed to."),
    P("Resolved, That the Report be the Third Report of the Committee to the House."),
    P("Ordered, That the Chair make the Report to the House."),
    P("Ordered, That embargoed copies of the Report be made available, in accordance with the provisions of Standing "
      "Order No. 134."),
    P("Adjourned till Tuesday 4 March 2025 at 9.30 am."),
    H("Witnesses"),
    P("The following witnesses gave evidence. Transcripts can be viewed on the inquiry publications page of the "
      "Committee's website."),
    Table(header=("Date", "Witnesses"),
          rows=(("Tuesday 11 June 2024", "Professor Anna Whitlock, Professor of Environmental Engineering, University "
                 "of Tarrow; Mark Ellison, Chief Executive, Rivers Trust for the Lenn; Dr Sunita Bhatt, Coordinator, "
                 "Lenn Citizen Science Network"),
                ("Tuesday 9 July 2024", "Chief Executives of Brackenridge Water, Eastmere Water and Southdown Water "
                 "Services; Director of Policy, Water Companies Association"),
                ("Tuesday 15 October 2024", "Chief Executive, Rivers and Environment Agency; Chief Executive and "
                 "Director of Enforcement, Office of Water Regulation; Chief Inspector, Drinking Water Quality "
                 "Inspectorate"),
                ("Tuesday 5 November 2024", "Chief Executive, Water Consumer Council; Co-ordinator, Fair Bills "
                 "Alliance; Head of Infrastructure Investment, Northgate Pension Partners"),
                ("Tuesday 10 December 2024", "Laura Pennington, Secretary of State for Environment, Water and Rural "
                 "Affairs; Philip Garside, Director General for Water, Department for Environment, Water and Rural "
                 "Affairs")),
          widths=(1.3, 4.0), rules="rows"),
)

REPORT = Document(
    title="Troubled waters: restoring trust in water regulation",
    subtitle="Environment and Water Committee\nThird Report of Session 2024–25",
    blocks=FRONT_BLOCKS + BODY_BLOCKS + (PageBreak(),) + _conclusions_blocks() + BACK_BLOCKS,
    running_header="Troubled waters: restoring trust in water regulation",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("House of the Assembly",
             "Report, together with formal minutes relating to the report",
             "Ordered by the House of the Assembly to be printed 4 March 2025",
             "HA 318   Published on 11 March 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: the Government's reply, recommendation by recommendation, with the Committee's text quoted in bold.
# --------------------------------------------------------------------------------------------------------------


def Q(n: int) -> Paragraph:
    """The recommendation quoted in bold with its number: no position."""
    return B(f"Recommendation {n}: {quoted(n)}")


def A(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    return Paragraph(text, answers=tuple(Answer(number, position, evidence) for number, position, evidence in answers))


EV2 = ("It does not, however, consider it appropriate to bring forward the statutory deadline for bathing waters and "
       "high-priority nature sites.")
EV7 = ("The Department is using this income, together with additional funding of £56 million over the next two "
       "years, to establish a dedicated water-industry enforcement unit within the Agency, which will have 500 "
       "additional inspectors in post by March 2027.")
EV8 = "It does not agree that ending operator self-monitoring is the right response."
EV8B = ("Instead, the Agency will audit every company's sampling at least twice a year, including through "
        "unannounced visits, and the Bill makes it a criminal offence for a company to provide false or misleading "
        "monitoring information.")
EV11 = ("Legislation cannot, however, be introduced in this Session: the Government will first set out the design of "
        "the new regulator in a White Paper, following the Review's final report, and will legislate when "
        "parliamentary time allows.")
EV13 = ("It will consider the options for a single national social tariff, including eligibility, the level of "
        "support and how a scheme would be funded, working with the Water Consumer Council and the companies during "
        "2025, and will set out its conclusions in due course.")
EV17 = ("The Government will introduce mandatory water efficiency labelling for toilets, taps, showers, dishwashers "
        "and washing machines, using powers in the Environment and Water Act 2021; regulations will be laid in the "
        "spring of 2026 and the first labelled products will be on sale from October 2026.")
EV18 = ("The Government does not intend to change the water efficiency standard in the Building Regulations at this "
        "stage.")
EV19 = ("An order designating all ten schemes in the national strategic water resources programme as nationally "
        "significant infrastructure will be laid before the House in October 2025 and is expected to come into force "
        "in December, so that each scheme can be decided under the national consenting regime within a fixed "
        "timetable.")

RESPONSE_BLOCKS = (
    H2("Introduction"),
    P("The Government welcomes the Environment and Water Committee's report, Troubled waters: restoring trust in "
      "water regulation, published on 11 March 2025, and thanks the Committee, its staff and all those who gave "
      "evidence to the inquiry."),
    P("The Government shares the Committee's view that the water sector has not delivered what the public has a "
      "right to expect. Too much sewage has been discharged into rivers, lakes and seas; too little has been "
      "invested in the infrastructure needed to cope with a growing population and a changing climate; and customers "
      "have seen money paid out to shareholders and executives while performance has declined."),
    P("Since taking office the Government has introduced the Water Industry (Accountability and Standards) Bill, which "
      "gives the regulators new powers to ban bonuses, to bring criminal charges against directors who obstruct "
      "investigations and to impose automatic penalties for the most serious breaches. It has also commissioned the "
      "Independent Review of Water Regulation, chaired by Dame Catherine Harcourt, whose final report is expected in "
      "the summer."),
    P("This response sets out the Government's position on the Committee's recommendations. The recommendations are "
      "reproduced in bold, with the Committee's numbering, and are grouped by theme. Where a recommendation is "
      "addressed to an independent regulator, the Government has consulted that body. The Committee's conclusions "
      "that do not call for action are not reproduced, but the Government has taken them into account in preparing "
      "this response."),
    H2("Storm overflows and monitoring"),
    P("The Government inherited a system in which most storm overflows were not monitored. Since the end of 2023 every "
      "overflow has been fitted with an event duration monitor, and the Storm Overflow Reduction Plan sets legally "
      "binding targets for the reduction of discharges. Investment of £12 billion to reduce discharges is included in "
      "the price settlement for 2025–2030, the largest such programme ever undertaken."),
    Q(2),
    A("The Government has considered this recommendation carefully and shares the Committee's frustration at the pace "
      "of improvement in the most sensitive waters. " + EV2 + " The 2035 date was set after extensive consultation to "
      "reflect what the supply chain can deliver without unacceptable increases in bills, and companies' delivery "
      "plans for 2025–2030 are already weighted towards these sites. Changing the deadline now would require "
      "companies to reopen plans that the regulator has only just approved.",
      ("2", "disagree", EV2)),
    Q(3),
    A("Accepted. The Government will make regulations under section 81 of the Environment and Water Act 2021 defining "
      "'near real time' as within one hour of the start of a discharge, and the Rivers and Environment Agency will "
      "enforce the new standard from 1 April 2026. The Office of Water Regulation has confirmed that it will take "
      "companies' performance against the standard into account in its annual assessment of company performance.",
      ("3", "agree", "Accepted.")),
    Q(5),
    A("Partially accepted. The Government agrees that better information on the effect of discharges on water "
      "quality is needed to target investment. The Department will fund a two-year pilot of continuous water-quality "
      "monitoring at 40 storm overflows in three catchments, beginning in October 2025, at a cost of £4.5 million. "
      "It will decide on any wider roll-out in the light of the pilot's results, which the Rivers and Environment "
      "Agency will publish in 2027.",
      ("5", "partial", "Partially accepted.")),
    H2("Regulation and enforcement"),
    Q(7),
    A("From 1 April 2025, all penalties paid by water companies for environmental offences, including the variable "
      "monetary penalties introduced by the Bill, are being returned to the Rivers and Environment Agency rather than "
      "paid into the consolidated fund. " + EV7 + " The first 150 inspectors have already been recruited and will "
      "begin unannounced inspections of wastewater treatment works in the summer.",
      ("7", "agree", EV7)),
    Q(8),
    A("The Government agrees with the Committee that public confidence in the data on treatment works has been badly "
      "damaged, and that the present arrangements must change. " + EV8 + " Operator self-monitoring generates more "
      "than 100,000 samples a year; replacing it with sampling commissioned by the Agency would require laboratory "
      "and field capacity that does not currently exist and would divert resources from inspection and "
      "enforcement.",
      ("8", "disagree", EV8)),
    A(EV8B + " Companies will also be required to install continuous flow and quality monitors at the outlets of "
      "their largest treatment works by 2030, with the data transmitted directly to the Agency.",
      ("8", "disagree", EV8B)),
    Q(9),
    P("This recommendation is addressed to the Office of Water Regulation, which is independent of Government in its "
      "enforcement decisions. The Office has informed the Department that its Board will consider the "
      "recommendation, together with the Independent Review's findings on enforcement, and that its Chief Executive "
      "will write to the Committee directly."),
    Q(11),
    A("Accepted in principle. The Government agrees that the economic and environmental regulation of the water "
      "industry should be brought together in a single regulator with a clear duty to protect and improve the water "
      "environment, as the interim report of the Independent Review also proposed. " + EV11,
      ("11", "partial", EV11)),
    H2("Bills and affordability"),
    P("The Government recognises the pressure that higher bills will place on many households. All companies are "
      "required to offer a social tariff, and the national BillCap scheme limits the bills of metered customers who "
      "receive certain benefits and have a large family or a medical condition that requires high water use. "
      "Companies have also committed to doubling the number of customers receiving support by 2030."),
    Q(13),
    A("Accepted. The Government recognises that the current patchwork of company schemes produces unfair differences "
      "between areas. " + EV13,
      ("13", "partial", EV13)),
    Q(14),
    P("This is a matter for the companies. Regulations made in 2023 already allow the Department for Work and Income "
      "to share data with water companies for the purpose of identifying customers eligible for a social tariff, and "
      "five companies currently make use of this arrangement."),
    H2("Water resources and drought resilience"),
    A("Securing the nation's water supply is one of the Government's priorities for infrastructure. The Government "
      "agrees with the Committee that the consenting process for strategic water resources schemes has been too "
      "slow. " + EV19,
      ("19", "agree", EV19)),
    Q(16),
    A("Accepted. The Government will lay regulations before the end of 2025 setting a legally binding target to halve "
      "leakage from 2017–18 levels by 2040, with interim targets for 2030 and 2035. The regulator will reflect the "
      "interim targets in the performance commitments it sets for each company.",
      ("16", "agree", "Accepted.")),
    Q(17),
    Q(18),
    A(EV17 + " " + EV18 + " The Building Regulations already set a mandatory standard of 125 litres per person per "
      "day, and local planning authorities in areas of serious water stress may require the tighter optional "
      "standard of 110 litres; the Government considers this framework sufficient while the new labelling scheme "
      "takes effect.",
      ("17", "agree", EV17), ("18", "disagree", EV18)),
    Q(19),
    P("The Government's response to this recommendation is set out at the start of this section."),
    H2("Company finances and accountability"),
    P("The Government is clear that water companies must be financially resilient, and that their owners must stand "
      "behind them. It expects companies to be transparent about their financial structures and to ensure that "
      "dividends and executive pay reflect performance for customers and the environment."),
    Q(21),
    P("Noted. Since 1 April 2024 the licences of all water companies have contained a condition under which a company "
      "may not pay a dividend that would put its financial resilience at risk, and must take account of its "
      "performance for customers and the environment when deciding on any dividend. The Office of Water Regulation "
      "reviews dividend payments against these requirements and reports on them in its annual Monitoring Financial "
      "Resilience report."),
    Q(22),
    A("Accepted. Clause 6 of the Water Industry (Accountability and Standards) Bill gives the Office of Water "
      "Regulation power to make rules on performance-related pay, and the Government has announced that those rules "
      "will prohibit bonuses for the chief executives and directors of any company convicted of a serious pollution "
      "offence. The prohibition will apply to bonuses for the 2025–26 financial year onwards.",
      ("22", "agree", "Accepted.")),
    Q(24),
    A("Not accepted. The Department maintains detailed contingency plans for the failure of a water company, and "
      "keeps them under regular review with the Treasury and the regulator. Publishing those plans, or an estimate of "
      "the cost of a special administration, would be likely to undermine the market's confidence in the sector and "
      "could itself increase the risk of failure.",
      ("24", "disagree", "Not accepted.")),
    H2("Conclusion"),
    P("The Government is grateful to the Committee for its scrutiny. It will report to the House on progress against "
      "the commitments in this response in its annual Water Sector Progress Report, the first of which will be "
      "published in spring 2026."),
)

RESPONSE = Document(
    title="Government response to the Environment and Water Committee's report: Troubled waters: restoring trust in "
          "water regulation",
    subtitle="Third Report of Session 2024–25 (HA 318). Presented to the House of the Assembly by the Secretary of "
             "State for Environment, Water and Rural Affairs, May 2025",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response to the Environment and Water Committee: Troubled waters",
    footer="{page}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="water_regulation_committee_en",
    report=REPORT,
    response=RESPONSE,
    description="English select-committee report on water regulation (numbered paragraphs; a final numbered list of "
                "24 conclusions and recommendations, 16 of them recommendations) and the Government response with "
                "quoted recommendations and verdict words; 9, 14 and 21 are passed on or only noted.",
)
