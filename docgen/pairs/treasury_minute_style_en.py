"""Pair: a fictional Public Accounts Committee of the Island Council of Sint Ardenne (an invented island in the
Caribbean part of the Kingdom) on "Maintaining the island's roads and bridges", answered by the Executive Council in
a "Government Minute" in the style of a UK Treasury Minute (English).

Report layout: serif, title page with imprint, running header.  Built like a UK PAC report: a page "The Public
Accounts Committee" (remit, bullet list of members), "Summary" (prose only, no recommendations), "Introduction"
(unnumbered paragraphs with footnotes to the Island Audit Chamber report, and a bullet list of the evidence taken),
then "Conclusions and recommendations": a "1." list of eight numbered conclusions, each a paragraph of findings, with
under it an "a." sub-list holding the recommendation(s), every one opening "Recommendation: ..." (printed "a." / "b."
under conclusion N; the gold number is N + letter, e.g. "1a", "3a", "3b").  After that five body chapters ("1 The
condition of the network" ... "5 Storms, drainage and residents") whose paragraphs are a continuous "1." numbered
list (1-40: numbered body paragraphs, not recommendations), a grid table of the fourteen bridges with their condition
rating, a table of maintenance spending, bullet lists of findings; then "Formal minutes" (a list of members present),
"Witnesses" and "List of Reports from the Committee during the current Session" (numbered, not recommendations).

Response layout: sans, no title page (letterhead "GOVERNMENT MINUTE"), running header, "Page x of y" footer.  An
introduction with a bullet list of measures already taken (not answers), a table of the road budget, then per
conclusion a bold paragraph "N: PAC conclusion: ..." (restating), a bold "Na: PAC recommendation: ..." (restating the
recommendation: no position), numbered answer paragraphs "N.1 ...", "N.2 ..." and a plain line "Target
implementation date: ...".  The target-date lines and the restatements carry no Answer; every numbered paragraph that
answers a recommendation does (the first decides).  Closing section on progress reporting and a signature block.

Recommendations and gold positions:
  1a (OTHER: PWD) condition survey and asset register     agree     - "The Executive Council agrees with the
                                                                      Committee's recommendation." + survey contract
  2a (OTHER: ExCo) ten-year maintenance plan to Council  agree     - 2.1 only shares the Committee's view (no
                                                                      position, not annotated); 2.2 commits the plan
                                                                      with a date, no cue word
  3a (OTHER: PWD) independent inspection of 14 bridges   agree     - stock agree + inspections contracted
  3b (OTHER: ExCo) close/restrict bridges rated poor     partial   - "partially agrees": weight limits on two, refuses
                                                                      to close Rooi Machu bridge (only road to a
                                                                      village), props and monitoring instead
  4a (BZK) multi-year Kingdom contribution to maintenance not_addressed - "The Ministry of the Interior and Kingdom
                                                                      Relations will respond to this recommendation
                                                                      separately."
  4b (OTHER: ExCo) earmark motor vehicle tax for roads   disagree  - "The Executive Council disagrees with the
                                                                      Committee's recommendation." (budget unity)
  5a (OTHER: PWD) tender above USD 50,000 + acceptance   partial   - inspections yes, the USD 50,000 tender threshold
                 inspection before payment                            no (three quotes instead)
  5b (OTHER: PWD) publish contract awards within a month not_addressed - missing from the minute altogether (the
                                                                      minute goes from 5a straight to conclusion 6)
  6a (BZK) second two civil engineers for three years     agree     - no cue word: the Ministry has agreed to fund
                                                                      two secondees, start 1 February 2026
  7a (OTHER: ExCo) yearly State of the Roads report       agree     - no cue word: commitment from the 2027 budget
  8a (OTHER: ExCo) make the CROW guidelines binding       disagree  - polite "does not intend to make ... binding",
                                                                      existing PWD specifications as the reason
  8b (OTHER: PWD) reporting point, log, repair in 48 h    partial   - reporting line and log exist; no 48-hour repair,
                                                                      only making safe within 48 hours
Totals: agree 5, partial 3, disagree 2, not_addressed 2.
Sint Ardenne, its places, people, figures and bodies are invented; all prose is fictional and written for this
test set.
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def numbered(start: int, *texts: str) -> ItemList:
    """Numbered body paragraphs of a PAC report chapter (continuous numbering, not recommendations)."""
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.", start=start)


def conclusion(number: int, findings: str, *recommendations: tuple[str, tuple[str, ...]]) -> ListItem:
    """A numbered conclusion with its recommendation(s) as an "a." sub-list; gold numbers "1a", "3b", ..."""
    letters = "abcdefgh"
    children = tuple(
        ListItem(text, recommendation=Recommendation(f"{number}{letters[i]}", tuple(depts)))
        for i, (text, depts) in enumerate(recommendations)
    )
    return ListItem(findings, children=children)


def A(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    """A response paragraph with its gold answers (number, position, evidence sentence)."""
    return Paragraph(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

PWD = ("OTHER",)
EXCO = ("OTHER",)
BZK = ("BZK",)

REC_1A = ("Recommendation: The Public Works Department should, within eighteen months, complete a survey of the "
          "condition of every paved road and every bridge and large culvert on the island, record the results in a "
          "single asset register, and update that register at least every two years.")
REC_2A = ("Recommendation: The Executive Council should adopt a costed ten-year maintenance plan for roads and "
          "bridges, setting out priorities by road section and structure, and present it to the Island Council "
          "each year together with the draft budget.")
REC_3A = ("Recommendation: The Public Works Department should have all fourteen bridges and large culverts "
          "inspected by an independent structural engineer before the end of 2026, and thereafter at least every "
          "six years, with a visual inspection every year.")
REC_3B = ("Recommendation: The Executive Council should close to traffic, or restrict to light vehicles, every "
          "bridge or culvert that is rated in poor condition, until it has been repaired or replaced.")
REC_4A = ("Recommendation: The Ministry of the Interior and Kingdom Relations should agree with the Executive "
          "Council a multi-year contribution to the maintenance of the island's main road network, linked to the "
          "ten-year maintenance plan, so that roads built with Kingdom funds are also kept in good repair.")
REC_4B = ("Recommendation: The Executive Council should earmark the revenue from the motor vehicle tax for the "
          "maintenance of roads and bridges, so that it can no longer be absorbed by other spending.")
REC_5A = ("Recommendation: The Public Works Department should put every maintenance contract worth more than "
          "USD 50,000 out to competitive tender, and should inspect and formally accept every completed job above "
          "that value before the contractor is paid.")
REC_5B = ("Recommendation: The Public Works Department should publish on the island government's website, within "
          "one month of the award, every maintenance contract worth more than USD 50,000, stating the contractor, "
          "the value and the scope of the work.")
REC_6A = ("Recommendation: The Ministry of the Interior and Kingdom Relations should arrange and fund, for at least "
          "three years, the secondment to the Public Works Department of at least two experienced civil engineers, "
          "one of them a bridge specialist, for example from Rijkswaterstaat.")
REC_7A = ("Recommendation: The Executive Council should send the Island Council every year, with the draft budget, "
          "a report on the condition of the roads and bridges, the maintenance carried out in the previous year and "
          "the remaining backlog, using indicators that allow progress to be followed over time.")
REC_8A = ("Recommendation: The Executive Council should make the Dutch CROW design guidelines, including their "
          "drainage requirements, binding on all new road construction and major reconstruction on the island.")
REC_8B = ("Recommendation: The Public Works Department should set up a single point where residents can report "
          "defects in roads and bridges, record every report, and repair dangerous defects within 48 hours.")

CONCLUSIONS = ItemList(items=(
    conclusion(1,
               "The Public Works Department does not know the condition of the roads and bridges it is responsible "
               "for. The last complete survey of the road network dates from 2011, before the reconstruction of the "
               "Ring Road. The Department keeps lists of roads resurfaced and of complaints received, but these are "
               "held in separate spreadsheets by different officers and cannot be linked to a map. Without reliable "
               "information on condition, the Department cannot say where money is most needed, and the Island "
               "Council cannot judge whether the money it votes is well spent.",
               (REC_1A, PWD)),
    conclusion(2,
               "Maintenance is reactive and driven by complaints rather than planned. Between 2019 and 2024 almost "
               "four-fifths of the maintenance budget went on patching potholes and emergency repairs after heavy "
               "rain. Planned resurfacing, which is cheaper over the lifetime of a road, was repeatedly postponed to "
               "free money for other purposes. The Island Audit Chamber estimates that the backlog of overdue "
               "maintenance now stands at around USD 31 million, more than thirteen times the annual maintenance "
               "budget.",
               (REC_2A, EXCO)),
    conclusion(3,
               "The island's bridges have not been inspected by a qualified structural engineer for more than ten "
               "years, and four of the fourteen structures are in poor condition. The Committee was alarmed to hear "
               "that heavy lorries, including fuel tankers and aggregate trucks, still use the Rooi Machu bridge and "
               "the Rooi Kalbas bridge, both of which show exposed and corroded reinforcement. The Department could "
               "not tell the Committee what load these bridges can still safely carry.",
               (REC_3A, PWD),
               (REC_3B, EXCO)),
    conclusion(4,
               "The money available for maintenance is neither adequate nor predictable. Road maintenance is paid "
               "from the island's general budget, largely funded by the free allowance, and competes each year with "
               "pressing needs in social care, education and waste management. Large projects such as the "
               "reconstruction of the Ring Road were paid for with incidental Kingdom funding, but no arrangement was "
               "made to maintain what was built. The revenue from the motor vehicle tax, around USD 1.9 million a "
               "year, is not linked in any way to spending on roads.",
               (REC_4A, BZK),
               (REC_4B, EXCO)),
    conclusion(5,
               "Contracts for maintenance are awarded without competition and the work is not checked before it is "
               "paid for. In 2023 and 2024 some 62 per cent of maintenance spending went to three local contractors "
               "through direct awards, many of them just below the island's tender threshold of USD 150,000. The "
               "Department has no procedure for inspecting completed work; several stretches resurfaced in 2022 had "
               "failed again within two years. Residents and the Island Council cannot see who was paid for what.",
               (REC_5A, PWD),
               (REC_5B, PWD)),
    conclusion(6,
               "The Public Works Department lacks the engineering capacity to manage the network. Only four of its "
               "nine engineering posts are filled, none of them by a bridge engineer, and two of the four "
               "post-holders will reach retirement age within three years. In practice the Department relies on "
               "contractors to assess the work that they themselves will carry out. The island cannot solve this "
               "shortage alone in the short term.",
               (REC_6A, BZK)),
    conclusion(7,
               "The Island Council receives almost no information about the state of the roads and bridges or about "
               "what is achieved with the money it votes. Maintenance is shown in the budget as a single line, and "
               "the annual accounts report only the amount spent. The Council was not informed when the Department "
               "concluded, in 2023, that the Rooi Machu bridge needed replacement.",
               (REC_7A, EXCO)),
    conclusion(8,
               "Water causes much of the damage to the island's roads, and residents' reports of defects are not "
               "recorded. Most road failures the Audit Chamber examined started where rainwater could not drain "
               "away, yet there is no binding design standard for drainage on the island. After the storm of "
               "October 2024, residents reported hundreds of dangerous defects by telephone, e-mail and social media; "
               "these reports were not logged, and some residents reported the same hole for months.",
               (REC_8A, EXCO),
               (REC_8B, PWD)),
), style="1.")

BRIDGES = Table(
    header=("Structure", "Road", "Built", "Last inspection", "Condition"),
    rows=(
        ("Harbour Bridge, Willemshaven", "Harbour Road", "1974", "2014 (visual)", "moderate"),
        ("Rooi Machu bridge", "Seru Kibra Road", "1962", "2012 (visual)", "poor"),
        ("Rooi Kalbas bridge", "Ring Road north", "1968", "2013 (visual)", "poor"),
        ("Rooi Grandi bridge", "Ring Road south", "2018", "2018 (handover)", "good"),
        ("Lagun Pretu causeway", "Lagun Road", "1981", "2014 (visual)", "moderate"),
        ("Boca Santu culvert", "Coast Road east", "1970", "none recorded", "poor"),
        ("Dorp Ardenne culvert", "Kaya Mayor", "1988", "none recorded", "moderate"),
        ("Kas Abou culvert", "Ring Road west", "2017", "2017 (handover)", "good"),
        ("Salina footbridge", "Salina path", "1995", "none recorded", "moderate"),
        ("Rooi Piedra bridge", "Airport Road", "1979", "2011 (visual)", "moderate"),
        ("Seru Kibra culvert", "Seru Kibra Road", "1965", "none recorded", "poor"),
        ("Plantation culvert", "Plantation Road", "1990", "none recorded", "moderate"),
        ("Wayuku twin culvert", "Ring Road east", "2018", "2018 (handover)", "good"),
        ("Fort Hendrik culvert", "Fort Road", "1959", "2012 (visual)", "moderate"),
    ),
    widths=(3.2, 2.4, 1.0, 2.0, 1.4),
    rules="grid",
)

SPENDING = Table(
    header=("Year", "Budget (USD m)", "Spent (USD m)", "of which reactive repairs", "Planned resurfacing (km)"),
    rows=(
        ("2019", "2.4", "2.2", "71%", "6.1"),
        ("2020", "2.4", "1.9", "78%", "3.4"),
        ("2021", "2.2", "2.1", "80%", "2.8"),
        ("2022", "2.3", "2.6", "74%", "4.9"),
        ("2023", "2.3", "2.2", "83%", "1.7"),
        ("2024", "2.3", "2.4", "86%", "1.2"),
    ),
    widths=(1.0, 1.6, 1.6, 2.0, 2.0),
    rules="rows",
)

REPORT_BLOCKS = (
    H1("The Public Accounts Committee"),
    P("The Public Accounts Committee is appointed by the Island Council of Sint Ardenne to examine the accounts "
      "showing the appropriation of the sums granted by the Island Council to meet the public expenditure of the "
      "island, and such other accounts laid before the Island Council as the Committee may think fit. The Committee "
      "takes as the starting point of its inquiries the reports of the Island Audit Chamber."),
    P("Current membership", bold=True),
    bullets(
        "Mrs Anjolie Croes-Felix (Chair, Progressive Ardenne Movement)",
        "Mr Ruben Hato-Wederfoort (Democratic Union)",
        "Ms Marisol Everts (Progressive Ardenne Movement)",
        "Mr Glenroy Sint Jago (Independent)",
        "Mrs Edmée Lampe-Richardson (Democratic Union)",
    ),
    P("Powers", bold=True),
    P("The Committee's powers are set out in the Rules of Order of the Island Council, in particular article 41. "
      "The Committee may send for persons, papers and records and may report from time to time."),
    P("Committee staff", bold=True),
    P("The current staff of the Committee are Mr D. Nicolaas (Clerk), Ms J. Boekhoudt (Second Clerk) and "
      "Mrs S. Pieternella (Committee Assistant). All correspondence should be addressed to the Clerk of the Public "
      "Accounts Committee, Island Council Office, Kaya Gobernador 2, Willemshaven, Sint Ardenne."),
    PageBreak(),
    H1("Summary"),
    P("Sint Ardenne depends on its roads. There is no public transport worth the name, the island's only hospital, "
      "its harbour and its airport are all reached by road, and the villages of the north and east have a single "
      "road link to the rest of the island. Since 2016 more than USD 24 million of Kingdom funding has been invested "
      "in rebuilding the Ring Road. Yet outside the Ring Road the network is in a visibly poor state, and the Island "
      "Audit Chamber found that the Public Works Department does not know the condition of most of the roads and "
      "bridges it is responsible for."),
    P("Maintenance on the island is reactive. Potholes are patched when residents complain, often with cold asphalt "
      "that lasts a few months, and planned resurfacing has been postponed year after year. The backlog of overdue "
      "maintenance is estimated at USD 31 million. Four of the island's fourteen bridges and large culverts are in "
      "poor condition, and none has been inspected by a structural engineer for more than ten years. Heavy lorries "
      "still cross two of them."),
    P("The Committee is concerned that money is spent without competition and without checks. Most maintenance work "
      "is awarded directly to a small number of contractors, and completed work is paid for without being inspected. "
      "The Department has too few engineers to manage this work, and the Island Council receives almost no "
      "information on what is achieved. The island cannot solve all of this alone: the Ministry of the Interior and "
      "Kingdom Relations has a part to play in securing both funding and expertise. Our conclusions and "
      "recommendations follow."),
    H1("Introduction"),
    P("Sint Ardenne is an island of around 21,000 inhabitants in the Caribbean part of the Kingdom of the "
      "Netherlands. As a public entity, the island is responsible for its own roads, with the exception of the "
      "airport apron and the harbour quay. The road network consists of some 212 kilometres of paved road, of which "
      "64 kilometres are classified as main roads, and fourteen bridges and large culverts, most of which carry "
      "roads across the dry riverbeds (rooien) that fill within minutes during heavy rain."),
    P("Responsibility for the network lies with the Executive Council, and within it with the Commissioner for "
      "Infrastructure. The Public Works Department carries out the work, partly with its own road crew and partly "
      "through contractors. Maintenance is paid for from the island's general budget, which is funded mainly by the "
      "free allowance from the Kingdom and by local taxes, including the motor vehicle tax.",
      footnotes=("Island Audit Chamber, Roads and bridges: maintenance and spending 2019-2024, February 2025, "
                 "paras 1.2-1.6.",)),
    P("In February 2025 the Island Audit Chamber published its report on the maintenance of the island's roads and "
      "bridges. The report examined spending, planning, contracting and the condition of the network over the years "
      "2019 to 2024. On the basis of that report we took evidence from:",
      footnotes=("The Audit Chamber's report was laid before the Island Council on 18 February 2025.",)),
    bullets(
        "the Commissioner for Infrastructure and the Island Secretary;",
        "the Head of the Public Works Department and the Department's senior roads engineer;",
        "the Head of Finance of the island government;",
        "the President of the Island Audit Chamber;",
        "representatives of the Sint Ardenne Chamber of Commerce and of the Bus and Taxi Association.",
    ),
    P("We also received written submissions from residents of Seru Kibra, Boca Santu and Lagun Pretu, and visited "
      "the Rooi Machu bridge and the Boca Santu culvert on 14 April 2025 together with an engineer seconded to the "
      "Audit Chamber. We are grateful to all who gave evidence."),
    PageBreak(),
    H1("Conclusions and recommendations"),
    CONCLUSIONS,
    PageBreak(),
    H1("1 The condition of the network"),
    H2("What the Department knows"),
    numbered(1,
             "The Public Works Department is responsible for 212 kilometres of paved road and fourteen bridges and "
             "large culverts. The Island Audit Chamber asked the Department for an overview of the condition of "
             "these assets. The Department was unable to provide one. The most recent complete survey of the road "
             "network was carried out in 2011 by a consultancy from Curaçao, as part of the preparations for the "
             "Ring Road reconstruction, and has not been updated since.",
             "The Head of the Public Works Department told us that the Department's inspectors \"know every road on "
             "the island\" and that a survey would largely confirm what the Department already knows. We do not doubt "
             "the experience of the Department's staff. But knowledge held in the heads of a few individuals, two of "
             "whom will retire within three years, is no substitute for a record that can be checked, shared and used "
             "to set priorities.",
             "Information that does exist is scattered. The Department keeps a list of roads resurfaced since 2015, a "
             "log of complaints received by the front desk, and a separate list of emergency repairs after storms. "
             "These are kept in spreadsheets by different officers, use different names for the same roads, and "
             "cannot be linked to the island's geographic information system, which the Land Registry office already "
             "maintains.",
             "The Audit Chamber commissioned a sample survey of 40 kilometres of road in 2024. It rated 11 per cent as "
             "good, 37 per cent as moderate and 52 per cent as poor or very poor. Roads in the north and east of the "
             "island, away from the Ring Road, were in the worst condition. The Chamber cautions that the sample is "
             "not representative of the whole network, but it gives no grounds for reassurance."),
    H2("Bridges and culverts"),
    numbered(5,
             "Of all the gaps in the Department's knowledge, the lack of information on bridges concerns us most. The "
             "Department holds no drawings for nine of the fourteen structures and no load calculations for any of "
             "them except the three built since 2017. The last inspections recorded were visual checks by the "
             "Department's own staff, the most recent in 2014; five structures have no recorded inspection at all.",
             "Table 1 shows the structures, the year they were built, the last recorded inspection and the condition "
             "rating given by the engineer who accompanied the Audit Chamber in 2024. That rating was based on a "
             "visual inspection only and does not replace a principal inspection by a structural engineer."),
    P("Table 1: Bridges and large culverts on Sint Ardenne", bold=True),
    BRIDGES,
    P("Source: Island Audit Chamber, Roads and bridges, February 2025, annex 3."),
    numbered(7,
             "Four structures were rated poor. At the Rooi Machu bridge and the Rooi Kalbas bridge, the engineer found "
             "spalled concrete with exposed and corroded reinforcement on the underside of the deck. At the Boca "
             "Santu and Seru Kibra culverts, the headwalls have partly collapsed and the road above has subsided. "
             "During our own visit on 14 April 2025 we saw a loaded aggregate truck cross the Rooi Machu bridge.",
             "When asked what load the Rooi Machu bridge could still carry, the Department's senior roads engineer "
             "told us that he \"would not want to put a number on it\". No weight limit was in force on any bridge on "
             "the island at the time of our evidence session. We welcome the Commissioner's undertaking to consider "
             "temporary restrictions, but we were surprised that this had not been done after the Department's own "
             "internal memorandum of 2023 concluded that the Rooi Machu bridge needed replacement.",
             "The Rooi Machu bridge carries the only road between the village of Seru Kibra, with around 900 "
             "residents, and the rest of the island. We recognise that closing it would cause real hardship. But "
             "that is a reason to act quickly on its replacement and to manage the risk in the meantime, not a "
             "reason to leave it as it is."),
    H1("2 Planning and paying for maintenance"),
    H2("How the money is spent"),
    numbered(10,
             "The Island Council has voted between USD 2.2 million and USD 2.4 million a year for road maintenance "
             "since 2019. Table 2 shows that actual spending has been close to the budget, but that an increasing "
             "share has gone on reactive repairs: patching potholes, clearing debris and repairing washouts after "
             "rain. In 2024 only 1.2 kilometres of road were resurfaced as planned."),
    P("Table 2: Road maintenance budget and spending, 2019-2024", bold=True),
    SPENDING,
    P("Source: Island Audit Chamber, Roads and bridges, February 2025, figure 2.1; annual accounts of the public "
      "entity."),
    numbered(11,
             "Reactive repair is expensive. The Audit Chamber estimates that a pothole patched with cold asphalt costs "
             "around USD 85 and lasts on average seven months; a kilometre of road resurfaced in time costs around "
             "USD 140,000 and, if drained properly, lasts fifteen years. Every year in which resurfacing is postponed "
             "increases the cost of bringing the road back into good condition, because water gets into the base "
             "layer and the road has to be rebuilt rather than resurfaced.",
             "The Audit Chamber found the following reasons why planned resurfacing was postponed:",
             ),
    bullets(
        "money was moved during the year to emergency repairs after heavy rain in 2020, 2022 and 2024;",
        "in 2021 and 2023 part of the maintenance budget was transferred to cover overspending on waste collection;",
        "the Department's own road crew was fully occupied with pothole repairs, and contracts for resurfacing were "
        "not prepared in time;",
        "asphalt had to be imported in 2023 while the island's only asphalt plant was out of service for five "
        "months.",
    ),
    numbered(13,
             "The result is a backlog that the Audit Chamber puts at around USD 31 million. To bring the network "
             "into a sustainable condition within ten years, the Chamber estimates that around USD 5.8 million a year "
             "would be needed, more than twice the present budget.",
             "There is no maintenance plan. The Department prepares an annual list of works for the budget, but the "
             "list is not based on condition data, is not costed road by road, and is not shared with the Island "
             "Council. The Commissioner told us that a multi-year plan had been \"in preparation\" since 2020."),
    H2("Where the money comes from"),
    numbered(15,
             "Road maintenance is paid for from the island's general budget. The largest source of that budget is "
             "the free allowance paid by the Kingdom, which the island may spend as it sees fit. Road maintenance "
             "therefore competes every year with social care, education, waste management and other pressing needs. "
             "We understand why, in a small budget under strain, maintenance that can be postponed often is.",
             "Large investments in roads have come from incidental Kingdom funding. The reconstruction of the Ring "
             "Road between 2016 and 2019 cost USD 24.3 million, of which USD 21 million came from Kingdom funds. The "
             "arrangement covered construction but not maintenance; no provision was made in the island's budget for "
             "the upkeep of the new road, whose first resurfacing will fall due from 2030. Witnesses from the "
             "Chamber of Commerce described this as \"building a house and forgetting to budget for the roof\".",
             "We consider that the Ministry of the Interior and Kingdom Relations, which coordinates the Kingdom's "
             "financial relations with the island, shares responsibility for this. The island alone cannot carry "
             "both the backlog and the upkeep of roads that were built with outside money.",
             "The motor vehicle tax raises around USD 1.9 million a year. Several witnesses told us that residents "
             "assume this money is spent on the roads. It is not: it flows into the general budget like any other "
             "tax. The Head of Finance argued that earmarking the tax would not add a single dollar to the budget. "
             "That may be so in a strict sense, but in our view it would protect maintenance against the transfers "
             "to other purposes that the Audit Chamber found in 2021 and 2023.",
             "We note that the Board of Financial Supervision has repeatedly advised the island to include realistic "
             "provisions for the upkeep of its assets in its multi-year budget estimates."),
    H1("3 Contracting and supervision"),
    numbered(20,
             "In 2023 and 2024 the Department spent USD 3.1 million through contractors. Of that amount, 62 per cent "
             "went to three local firms through direct awards. The island's procurement regulation requires a "
             "competitive tender only for works above USD 150,000. The Audit Chamber found that several larger jobs "
             "had been split into contracts just below that threshold; on one road in Dorp Ardenne, four consecutive "
             "contracts of between USD 138,000 and USD 147,000 were awarded to the same firm within five months.",
             "The Head of the Public Works Department explained that only four firms on the island have the equipment "
             "to lay asphalt, and that tenders attract few bids. We accept that the market is small. But a small "
             "market makes transparency and competition more important, not less: without them, the island cannot "
             "know whether it is paying a fair price.",
             "Completed work is not inspected before it is paid for. Invoices are approved by the officer who ordered "
             "the work, on the basis of the contractor's own statement that the work has been completed. No core "
             "samples are taken, no thickness measurements are made, and no guarantee period is agreed. The Audit "
             "Chamber found that three stretches of road resurfaced in 2022, with a combined value of USD 410,000, "
             "had failed within two years.",
             "Information about contracts is not published. Residents who wish to know who was paid to repair their "
             "road, and for what, have no way of finding out. Members of the Island Council told us that they had to "
             "submit written questions to obtain the same information.",
             "In the Committee's view, the following principles should guide contracting for road maintenance on "
             "the island:"),
    bullets(
        "competition wherever the market allows it, with thresholds that are applied to the whole of a job rather "
        "than to its parts;",
        "written specifications for every job, including the thickness and quality of materials;",
        "inspection of the completed work by someone other than the officer who ordered it;",
        "a guarantee period, during which the contractor repairs defects at his own cost;",
        "openness about who is paid, how much and for what.",
        style="–",
    ),
    H1("4 Capacity and accountability"),
    H2("The Public Works Department"),
    numbered(25,
             "The Department has nine posts for engineers and technical supervisors in its roads section. At the "
             "time of our inquiry four were filled. There is no bridge engineer, no asset manager, and no one trained "
             "in contract management. Two of the four engineers will reach retirement age before 2028.",
             "Recruitment is difficult. The island competes for engineers with the private sector and with "
             "neighbouring islands that pay more, and housing for staff recruited from elsewhere is scarce and "
             "expensive. The last two vacancies for a senior engineer were advertised three times without a suitable "
             "candidate.",
             "As a result the Department relies on contractors to assess what needs to be done, to specify the work "
             "and, in practice, to confirm that it has been done. This is an obvious conflict of interest.",
             "We heard that other public entities in the Caribbean Netherlands have been supported with seconded "
             "staff from ministries and agencies in the European Netherlands, for example in the fields of water and "
             "waste. Such arrangements are not a permanent solution, but they can bridge the years needed to train "
             "and recruit local staff."),
    H2("Information for the Island Council"),
    numbered(29,
             "The Island Council votes the maintenance budget as one line of around USD 2.3 million. The annual "
             "accounts show how much was spent, but not on what, and not with what result. The Council receives no "
             "information on the condition of the network, on the backlog, or on the bridges.",
             "The Department's internal memorandum of June 2023, which concluded that the Rooi Machu bridge should be "
             "replaced within five years, was not shared with the Island Council. Members first learned of it from the "
             "Audit Chamber's report. We regard this as a serious failure to keep the Council informed.",
             "Good information need not be complicated. Public works departments elsewhere in the region report each "
             "year on a handful of indicators: the share of roads in good, moderate and poor condition, the "
             "kilometres resurfaced, the condition of each bridge, and the size of the backlog. We expect the same "
             "here.",
             "We also note that the Island Council itself has not asked for this information in the past. Members "
             "of this Committee intend to follow the matter closely in future budget debates.",
             "The Committee has considered whether the Island Council should set minimum standards for the "
             "condition of main roads by ordinance. We have concluded that such standards should await the results of "
             "the condition survey, and we make no recommendation on this point at present."),
    H1("5 Storms, drainage and residents"),
    H2("Water"),
    numbered(34,
             "The Audit Chamber examined 58 places where the road had failed between 2019 and 2024. In 41 of them, "
             "the failure started where rainwater could not drain away: blocked or missing roadside ditches, culverts "
             "silted up with sand and debris, or roads built without camber. Once water enters the base layer, "
             "traffic breaks up the surface within weeks.",
             "The island has no binding design standard for roads. The Department's Technical Specifications for Road "
             "Works, adopted in 2019, contain drainage requirements but are applied only to contracts the Department "
             "itself prepares; private developers building roads that are later handed over to the island are not "
             "bound by them. Several witnesses suggested that the Dutch CROW guidelines be applied on the island.",
             "The storm of October 2024 washed out sections of the Coast Road east and the Lagun Road and left "
             "debris in most culverts. Emergency repairs cost USD 640,000, paid from the maintenance budget."),
    H2("Residents' reports"),
    numbered(37,
             "Residents report defects by telephone to the Department's front desk, by e-mail, through members of "
             "the Island Council, and increasingly on social media. None of these channels is linked to the others, "
             "and reports are not logged. Residents who submitted written evidence described reporting the same "
             "dangerous hole several times over months without receiving a reply.",
             "After the October 2024 storm, the Department received, by its own estimate, more than 600 reports in "
             "two weeks. Staff told us that they worked through them \"from memory and from the WhatsApp group\".",
             "We heard from the Bus and Taxi Association that drivers regularly damage tyres and suspension on "
             "unmarked holes, and that in two cases in 2024 a scooter rider was injured. A dangerous defect should "
             "be dealt with quickly, and the resident who reported it should be told what will happen.",
             "Our conclusions and recommendations on all these matters are set out at the beginning of this "
             "report."),
    PageBreak(),
    H1("Formal minutes"),
    P("Tuesday 3 June 2025", bold=True),
    P("Members present:"),
    bullets(
        "Mrs Anjolie Croes-Felix, in the Chair",
        "Ms Marisol Everts",
        "Mr Ruben Hato-Wederfoort",
        "Mrs Edmée Lampe-Richardson",
        "Mr Glenroy Sint Jago",
    ),
    P("Draft Report (Maintaining the island's roads and bridges), proposed by the Chair, brought up and read. "
      "Ordered, That the draft Report be read a second time, paragraph by paragraph. Paragraphs 1 to 40 read and "
      "agreed to. Summary, Introduction and Conclusions and recommendations agreed to. Resolved, That the Report be "
      "the Third Report of the Committee to the Island Council. Ordered, That the Chair make the Report to the "
      "Island Council."),
    P("Adjourned till Tuesday 17 June 2025 at 10.00 am."),
    H1("Witnesses"),
    P("Tuesday 8 April 2025", bold=True),
    bullets(
        "Mr Francis Martina, Commissioner for Infrastructure; Mrs Irene de Windt, Island Secretary",
        "Mr Hubert Semeleer, Head of the Public Works Department; Mr Orlando Zievinger, Senior Roads Engineer",
        "Ms Carla Janga, Head of Finance",
    ),
    P("Tuesday 22 April 2025", bold=True),
    bullets(
        "Mr Ludwig Thijsen, President of the Island Audit Chamber",
        "Mrs Noëlla Anthony, Sint Ardenne Chamber of Commerce; Mr Elvis Provence, Bus and Taxi Association",
    ),
    H1("List of Reports from the Committee during the current Session"),
    numbered(1,
             "First Report: Management of the Willemshaven landfill",
             "Second Report: Rent arrears in public housing",
             "Third Report: Maintaining the island's roads and bridges"),
)

REPORT = Document(
    title="Maintaining the island's roads and bridges",
    subtitle="Third Report of Session 2025",
    blocks=REPORT_BLOCKS,
    running_header="Public Accounts Committee of the Island Council of Sint Ardenne  |  Maintaining the island's "
                   "roads and bridges",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Public Accounts Committee of the Island Council of Sint Ardenne",
             "Report, together with formal minutes relating to the report",
             "Ordered by the Island Council to be printed 3 June 2025",
             "Published 12 June 2025 - IC 2025/07"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

STOCK_AGREE = "The Executive Council agrees with the Committee's recommendation."
EV1A = STOCK_AGREE
EV1A_2 = ("On 2 September 2025 the Public Works Department contracted a survey firm to record the condition of all "
          "212 kilometres of paved road by laser measurement and video, and of every bridge and culvert.")
EV2A = ("The Executive Council will adopt a ten-year maintenance plan for roads and bridges in the second quarter of "
        "2027, once the results of the condition survey are available, and will present it to the Island Council "
        "with the draft budget for 2028 and with every draft budget thereafter.")
EV2A_3 = ("Each edition of the plan will show, by road section and by structure, the planned work, its cost and its "
          "year, and the effect on the backlog if the work is deferred.")
EV3A = STOCK_AGREE
EV3A_2 = ("Principal inspections of the Rooi Machu and Rooi Kalbas bridges and the Boca Santu and Seru Kibra "
          "culverts were carried out in August 2025 by a structural engineering firm from Aruba; the remaining ten "
          "structures will be inspected by the same firm before the end of 2026.")
EV3B = "The Executive Council partially agrees with the Committee's recommendation."
EV3B_2 = ("The Executive Council will not, however, close the Rooi Machu bridge or restrict it to light vehicles.")
EV4B = "The Executive Council disagrees with the Committee's recommendation."
EV4B_2 = ("Earmarking one tax for one purpose would weaken the Island Council's right to weigh all spending against "
          "all revenue each year, and it would not by itself add any money to the maintenance budget.")
EV5A = ("The Executive Council agrees to the acceptance inspections the Committee asks for, but not to a tendering "
        "threshold of USD 50,000.")
EV5A_2 = ("From 1 January 2026 every maintenance job worth more than USD 25,000 will be inspected by an engineer who "
          "did not order the work, and the invoice will only be paid once the work has been formally accepted.")
EV5A_3 = ("The Executive Council has therefore decided to keep the tender threshold at USD 150,000, but to require "
          "three written quotations for every job between USD 50,000 and USD 150,000.")
EV6A = ("At the Executive Council's request, the Ministry of the Interior and Kingdom Relations has agreed to fund the "
        "secondment of two civil engineers, one of them a bridge specialist, to the Public Works Department for a "
        "period of three years; both engineers will take up their posts on 1 February 2026.")
EV6A_2 = ("The secondees will work alongside the Department's own staff, and their terms of reference include the "
          "training of two island engineers in asset management and bridge inspection.")
EV7A = ("From the draft budget for 2027 onwards, the Executive Council will send the Island Council a yearly State "
        "of the Roads report together with the draft budget.")
EV7A_2 = ("The first edition, in September 2026, will be based on the condition survey and will use the indicators "
          "suggested in paragraph 31 of the Committee's report.")
EV8A = "The Executive Council does not intend to make the CROW guidelines binding on the island."
EV8A_2 = ("The Executive Council therefore sees no reason to replace the island's own specifications with a Dutch "
          "standard.")
EV8B = ("The Executive Council cannot commit to repairing every dangerous defect within 48 hours, but the Public "
        "Works Department will make such defects safe within that time.")
EV8B_2 = ("Permanent repair will follow as soon as crew and materials allow; the resident who made the report will "
          "be told when the repair is planned.")

RESPONSE_BLOCKS = (
    P("Response of the Executive Council of Sint Ardenne to the Third Report of Session 2025 of the Public Accounts "
      "Committee of the Island Council: Maintaining the island's roads and bridges", bold=True),
    P("Presented to the Island Council by the Executive Council, 16 October 2025"),
    H1("Introduction"),
    P("The Executive Council thanks the Public Accounts Committee for its report on the maintenance of the island's "
      "roads and bridges, and the Island Audit Chamber for the report on which the Committee's inquiry was based. "
      "The Committee's report describes a situation that residents of Sint Ardenne encounter every day, on the way "
      "to work, to school and to the hospital. The Executive Council does not dispute the Committee's account of the "
      "state of the network."),
    P("Much of what the Committee describes has its roots in decisions taken over many years, under successive "
      "Executive Councils, when maintenance was postponed to make room for other urgent needs. The Executive Council "
      "recognises that this cannot continue. Since the Committee took evidence in April, the following measures "
      "have already been taken:"),
    bullets(
        "a Head of the Roads Section has been appointed within the Public Works Department, with responsibility for "
        "maintenance planning and contract management;",
        "all culverts on the Ring Road and the Coast Road were cleared of sand and debris before the start of the "
        "2025 hurricane season;",
        "the island's asphalt plant has been overhauled and is back in full production since July 2025;",
        "an amount of USD 600,000 has been added to the 2025 maintenance budget by budget amendment, for "
        "resurfacing on the Coast Road east and the Lagun Road.",
    ),
    P("The table below shows the road maintenance budget in the draft budget for 2026 and in the multi-year "
      "estimates, as submitted to the Island Council on 30 September 2025."),
    Table(
        header=("", "2025 (amended)", "2026", "2027", "2028"),
        rows=(
            ("Road maintenance (USD m)", "2.9", "3.2", "3.4", "3.4"),
            ("Bridges and culverts (USD m)", "0.3", "0.6", "1.8", "1.8"),
            ("Condition survey and inspections (USD m)", "0.1", "0.4", "0.1", "0.1"),
        ),
        widths=(3.6, 1.4, 1.0, 1.0, 1.0),
        rules="rows",
    ),
    P("Two of the Committee's recommendations are addressed to the Ministry of the Interior and Kingdom Relations. "
      "The Executive Council has discussed the Committee's report with the Ministry during the administrative "
      "consultation of 23 September 2025. Where the Ministry has taken a view, this is stated below."),
    P("This Minute follows the usual order: each of the Committee's conclusions and recommendations is restated, "
      "followed by the Executive Council's response and, where applicable, a target date for implementation."),
    H1("Third Report of Session 2025 - Maintaining the island's roads and bridges"),
    # --- 1 ---
    P("1: PAC conclusion: The Public Works Department does not know the condition of the roads and bridges it is "
      "responsible for, has not surveyed the network as a whole since 2011, and keeps its information in separate "
      "spreadsheets that cannot be linked to a map.", bold=True),
    P("1a: PAC recommendation: The Public Works Department should, within eighteen months, complete a survey of the "
      "condition of every paved road and every bridge and large culvert on the island, record the results in a "
      "single asset register, and update that register at least every two years.", bold=True),
    A("1.1 " + EV1A, ("1a", "agree", EV1A)),
    A("1.2 " + EV1A_2 + " Field work will be completed in March 2026. The results will be recorded in an asset "
      "register linked to the geographic information system of the Land Registry office, so that every road "
      "section, structure and repair can be found on the map. The register will be updated every two years, with "
      "a drive-over survey of the main roads every year.",
      ("1a", "agree", EV1A_2)),
    P("Target implementation date: December 2026"),
    # --- 2 ---
    P("2: PAC conclusion: Maintenance is reactive and driven by complaints. Almost four-fifths of the maintenance "
      "budget went on patching and emergency repairs, planned resurfacing was repeatedly postponed, and the backlog "
      "is estimated at around USD 31 million.", bold=True),
    P("2a: PAC recommendation: The Executive Council should adopt a costed ten-year maintenance plan for roads and "
      "bridges, setting out priorities by road section and structure, and present it to the Island Council each "
      "year together with the draft budget.", bold=True),
    P("2.1 The Executive Council shares the Committee's view that maintenance must be planned rather than driven by "
      "complaints. Patching a road again and again costs the island more than resurfacing it in time, and it does "
      "not give residents the roads they are entitled to expect."),
    A("2.2 " + EV2A + " Until then, the Public Works Department will work to an interim two-year programme for 2026 "
      "and 2027, based on the Audit Chamber's sample survey and the inspections of the bridges.",
      ("2a", "agree", EV2A)),
    A("2.3 " + EV2A_3 + " The Executive Council will ask the Board of Financial Supervision to review the plan "
      "before it is submitted, so that the multi-year estimates and the plan are consistent.",
      ("2a", "agree", EV2A_3)),
    P("Target implementation date: June 2027 (plan adopted); September 2027 (first submission with the draft budget)"),
    # --- 3 ---
    P("3: PAC conclusion: The island's bridges have not been inspected by a qualified structural engineer for more "
      "than ten years, four of the fourteen structures are in poor condition, and heavy lorries still cross two of "
      "them.", bold=True),
    P("3a: PAC recommendation: The Public Works Department should have all fourteen bridges and large culverts "
      "inspected by an independent structural engineer before the end of 2026, and thereafter at least every six "
      "years, with a visual inspection every year.", bold=True),
    A("3.1 " + EV3A, ("3a", "agree", EV3A)),
    A("3.2 " + EV3A_2 + " Thereafter a principal inspection of every structure will take place every six years, and "
      "the Department's own staff, once trained, will carry out a visual inspection of each structure every year "
      "and after every storm.",
      ("3a", "agree", EV3A_2)),
    P("Target implementation date: December 2026"),
    P("3b: PAC recommendation: The Executive Council should close to traffic, or restrict to light vehicles, every "
      "bridge or culvert that is rated in poor condition, until it has been repaired or replaced.", bold=True),
    A("3.3 " + EV3B + " Following the inspections of August 2025, a weight limit of 10 tonnes has applied since "
      "1 September 2025 to the Rooi Kalbas bridge and the Boca Santu culvert, and heavy traffic on the Ring Road "
      "north is diverted along the Airport Road. The Seru Kibra culvert was repaired in September 2025.",
      ("3b", "partial", EV3B)),
    A("3.4 " + EV3B_2 + " The bridge is the only road link between Seru Kibra and the rest of the island; closing it "
      "would cut off some 900 residents, the village school and the only ambulance route. On the engineer's advice, "
      "temporary steel supports were installed under the deck in September 2025, the bridge is monitored every "
      "month, and its replacement has been brought forward to 2027.",
      ("3b", "partial", EV3B_2)),
    P("Target implementation date: implemented September 2025 (weight limits and supports); replacement of the Rooi "
      "Machu bridge 2027"),
    # --- 4 ---
    P("4: PAC conclusion: The money available for maintenance is neither adequate nor predictable. Maintenance "
      "competes every year with other needs in the general budget, no arrangement was made to maintain roads built "
      "with Kingdom funds, and the motor vehicle tax is not linked to spending on roads.", bold=True),
    P("4a: PAC recommendation: The Ministry of the Interior and Kingdom Relations should agree with the Executive "
      "Council a multi-year contribution to the maintenance of the island's main road network, linked to the "
      "ten-year maintenance plan, so that roads built with Kingdom funds are also kept in good repair.", bold=True),
    P("4.1 The Ministry of the Interior and Kingdom Relations will respond to this recommendation separately."),
    P("4b: PAC recommendation: The Executive Council should earmark the revenue from the motor vehicle tax for the "
      "maintenance of roads and bridges, so that it can no longer be absorbed by other spending.", bold=True),
    A("4.2 " + EV4B + " The Executive Council understands why residents expect the tax to be spent on the roads, and "
      "it recognises that money intended for maintenance was transferred to other purposes in 2021 and 2023.",
      ("4b", "disagree", EV4B)),
    A("4.3 " + EV4B_2 + " The Board of Financial Supervision has advised against earmarking local taxes, and the "
      "revenue from the motor vehicle tax, at around USD 1.9 million, covers only part of what maintenance requires. "
      "The level of the maintenance budget will continue to be decided by the Island Council as part of the annual "
      "budget.",
      ("4b", "disagree", EV4B_2)),
    # --- 5 ---
    P("5: PAC conclusion: Contracts for maintenance are awarded without competition and the work is not checked "
      "before it is paid for; residents and the Island Council cannot see who was paid for what.", bold=True),
    P("5a: PAC recommendation: The Public Works Department should put every maintenance contract worth more than "
      "USD 50,000 out to competitive tender, and should inspect and formally accept every completed job above that "
      "value before the contractor is paid.", bold=True),
    A("5.1 " + EV5A + " The Committee has rightly pointed out that paying for work that has not been checked is "
      "unacceptable, and that splitting a job into several contracts to stay below the tender threshold must stop.",
      ("5a", "partial", EV5A)),
    A("5.2 " + EV5A_2 + " All new contracts will include written specifications for materials and layer thickness "
      "and a guarantee period of two years. The procurement regulation will be amended so that the tender "
      "threshold applies to the total value of a job, however it is divided into contracts.",
      ("5a", "partial", EV5A_2)),
    A("5.3 Only four firms on the island are able to lay asphalt, and the two tenders the Department held in 2024 "
      "each attracted a single bid. A formal tender procedure for every job above USD 50,000 would add two to three "
      "months to each job without bringing more competition. " + EV5A_3,
      ("5a", "partial", EV5A_3)),
    P("Target implementation date: January 2026"),
    # --- 6 ---
    P("6: PAC conclusion: The Public Works Department lacks the engineering capacity to manage the network: only "
      "four of nine engineering posts are filled, there is no bridge engineer, and the Department relies on "
      "contractors to assess their own work.", bold=True),
    P("6a: PAC recommendation: The Ministry of the Interior and Kingdom Relations should arrange and fund, for at "
      "least three years, the secondment to the Public Works Department of at least two experienced civil "
      "engineers, one of them a bridge specialist, for example from Rijkswaterstaat.", bold=True),
    A("6.1 The Committee's account of the staffing of the Department matches the Executive Council's own. " + EV6A,
      ("6a", "agree", EV6A)),
    A("6.2 " + EV6A_2 + " In addition, the Executive Council will offer two study grants a year, from 2026, to "
      "island students who wish to study civil engineering, with an obligation to work for the island government "
      "for at least four years after graduating.",
      ("6a", "agree", EV6A_2)),
    P("Target implementation date: February 2026"),
    # --- 7 ---
    P("7: PAC conclusion: The Island Council receives almost no information about the state of the roads and "
      "bridges or about what is achieved with the money it votes, and was not informed of the need to replace the "
      "Rooi Machu bridge.", bold=True),
    P("7a: PAC recommendation: The Executive Council should send the Island Council every year, with the draft "
      "budget, a report on the condition of the roads and bridges, the maintenance carried out in the previous year "
      "and the remaining backlog, using indicators that allow progress to be followed over time.", bold=True),
    A("7.1 The Executive Council regrets that the Island Council was not informed of the Department's conclusions on "
      "the Rooi Machu bridge in 2023. " + EV7A + " The report will set out the condition of the network by road "
      "section, the condition of each bridge and culvert, the work done in the previous year, and the backlog "
      "expressed in dollars.",
      ("7a", "agree", EV7A)),
    A("7.2 " + EV7A_2 + " The Executive Council would welcome the views of the Committee on the format before the "
      "first edition is finalised.",
      ("7a", "agree", EV7A_2)),
    P("Target implementation date: September 2026"),
    # --- 8 ---
    P("8: PAC conclusion: Water causes much of the damage to the island's roads, there is no binding design "
      "standard for drainage, and residents' reports of defects are not recorded.", bold=True),
    P("8a: PAC recommendation: The Executive Council should make the Dutch CROW design guidelines, including their "
      "drainage requirements, binding on all new road construction and major reconstruction on the island.",
      bold=True),
    A("8.1 " + EV8A + " The CROW guidelines were written for the climate, soils and traffic of the European "
      "Netherlands. They do not deal with the short, extreme rainfall that causes most of the damage on Sint "
      "Ardenne, and few contractors or officials on the island are trained to work with them.",
      ("8a", "disagree", EV8A)),
    A("8.2 The Public Works Department's Technical Specifications for Road Works of 2019 were drawn up with "
      "engineers from the region and are based on Caribbean rainfall data. They already contain requirements for "
      "camber, roadside ditches and culvert capacity. " + EV8A_2,
      ("8a", "disagree", EV8A_2)),
    P("8b: PAC recommendation: The Public Works Department should set up a single point where residents can report "
      "defects in roads and bridges, record every report, and repair dangerous defects within 48 hours.", bold=True),
    A("8.3 Since 1 July 2025 residents can report defects through a single telephone and WhatsApp number of the "
      "Public Works Department, and every report is recorded with its location and the action taken. " + EV8B,
      ("8b", "partial", EV8B)),
    A("8.4 Making safe means fencing off or marking the defect, or filling it temporarily. " + EV8B_2 + " The "
      "Department's crew and its supply of asphalt are not sufficient to guarantee a permanent repair within two "
      "days, in particular after heavy rain, when hundreds of reports may come in at once.",
      ("8b", "partial", EV8B_2)),
    P("Target implementation date: implemented July 2025 (reporting line and log); January 2026 (48-hour "
      "make-safe standard)"),
    H1("Progress reporting"),
    P("The Executive Council will report to the Island Council on the progress made in implementing this Minute in "
      "the first State of the Roads report, in September 2026, and in the meantime in the half-yearly report on the "
      "execution of the budget. The Commissioner for Infrastructure is prepared to brief the Committee in person "
      "whenever it wishes."),
    P("Willemshaven, 16 October 2025"),
    P("The Executive Council of the public entity Sint Ardenne,"),
    P("J.R. Maduro-Thielman, Island Governor"),
    P("I.M. de Windt, Island Secretary"),
)

RESPONSE = Document(
    title="GOVERNMENT MINUTE",
    subtitle="Executive Council of Sint Ardenne  |  Response to the Third Report of Session 2025 of the Public "
             "Accounts Committee of the Island Council",
    blocks=RESPONSE_BLOCKS,
    running_header="Government Minute  |  Maintaining the island's roads and bridges  |  October 2025",
    footer="Page {page} of {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="treasury_minute_style_en",
    report=REPORT,
    response=RESPONSE,
    description="Public Accounts Committee of the (fictional) Island Council of Sint Ardenne on maintaining the "
                "island's roads and bridges, UK PAC style: eight numbered conclusions each with 'Recommendation:' "
                "sub-items (gold 1a ... 8b, 12 in all), answered in a Treasury-Minute-style Government Minute of the "
                "Executive Council ('1: PAC conclusion', '1a: PAC recommendation', '1.1 ...', target dates); one "
                "recommendation to BZK passed on ('will respond separately'), 5b missing from the minute.",
)
