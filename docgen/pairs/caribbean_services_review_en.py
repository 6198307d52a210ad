"""Pair: a fictional Independent Review Panel on public services in the Caribbean Netherlands, and the government's
response (English).

Layout traits this pair tests: an English sans report with a title page and a running header.  The fourteen
recommendations carry theme codes instead of numbers - S1-S4 (social security), H1-H3 (health care transport), E1-E3
(education), P1-P4 (energy and prices) - and each is printed as a paragraph that opens with its code and a colon
("H2: The Minister of Health, Welfare and Sport should ..."), set directly under an unnumbered level-3 subheading
(its short title) inside the numbered theme chapter; the code is drawn as a hanging label (a one-item list whose label
style is the code with its colon, so the printed code is the gold number and the gold text has no code; the renderer
draws list labels in regular weight, so the code is not bold).  The analysis around them contains "the panel
believes ... should" sentences that are not recommendations, and chapter 2
has a key-figures table.  Annex A "Summary of recommendations" is a ruled table of codes and short titles only (not
the recommendations themselves, so not annotated as duplicates).

The response is a serif letter without a title page, from the State Secretary for Kingdom Relations also on behalf of
four ministers, grouped by MINISTRY, not theme: "Response of the State Secretary for Kingdom Relations", "... of the
Minister of Social Affairs and Employment", "... of Health, Welfare and Sport", "... of Education, Culture and
Science", "... of Climate and Green Growth".  Codes are cited in running text, with UK status words mixed into prose.
Gold positions:
- S1 (SZW) partial: first step of the increase committed, second step left to later budget decisions; answered in
  one paragraph "As regards S1 and S4" together with S4.
- S2 (SZW) agree: "We accept S2."
- S3 (KR&D, SZW) partial, the combined position: answered in two sections - the State Secretary accepts it "as far as
  the joint counter itself is concerned" (first answer, carries the gold), the SZW minister refuses moving decisions
  to the counters (second answer, annotated disagree; only its passage counts).
- S4 (SZW) disagree, polite: "does not consider ... opportune", pointing at the existing cessantia scheme.
- H1 (VWS) agree: "H1 is already being implemented: ..." with a signed regulation and a start date.
- H2 (VWS) agree without cue word and without its code: a five-year air ambulance contract with money and a date.
- H3 (VWS) partial: "We welcome H3." (no position) and then only an exploration.
- E1 (OCW) agree: "We accept E1." plus a bill in consultation.
- E2 (OCW) disagree, polite: shares the concern, but the allowance "does not fit" the collective-agreement system.
- E3 (OCW) not addressed: never mentioned.
- P1 (KR&D) partial: "P1 is accepted in part." (two more years, not structural).
- P2 (EZ, Climate and Green Growth) disagree: shares the concern, then "We do not support a separate tariff (P2)."
- P3 (public entities: OTHER) not addressed: passed on to the island governments, who respond themselves.
- P4 (KR&D) agree without cue word and without its code: the biennial survey is commissioned from Statistics
  Netherlands.
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(code: str, title: str, text: str, *departments: str) -> tuple:
    """A short-title subheading and, directly under it, the recommendation paragraph opening with "code:".

    The code is printed as the hanging label of a one-item list whose label style is the code and its colon, so
    the printed code is the gold number and the gold text is the recommendation without its code.
    """
    item = ListItem(text, recommendation=Recommendation(code, tuple(departments)))
    return (H3(title), ItemList(items=(item,), style=f"{code}:"))


def A(text: str, *answers: tuple[str, str, str]) -> Paragraph:
    """A response paragraph with its gold answers (code, position, evidence sentence)."""
    return Paragraph(text, answers=tuple(Answer(n, pos, ev) for n, pos, ev in answers))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

TITLES = {
    "S1": "Closing the gap to the social minimum",
    "S2": "Automatic indexation of wages and benefits",
    "S3": "One service counter on each island",
    "S4": "A temporary unemployment benefit",
    "H1": "An escort for young and older patients",
    "H2": "A round-the-clock air ambulance for Saba and Sint Eustatius",
    "H3": "An independent complaints route for referred patients",
    "E1": "English as the legal language of instruction",
    "E2": "A housing allowance for recruited teachers",
    "E3": "A first-year mentor for students who leave the islands",
    "P1": "A structural subsidy on fixed charges",
    "P2": "A social electricity tariff",
    "P3": "Lower port and airport charges on basic foodstuffs",
    "P4": "A biennial cost-of-living survey",
}

REPORT_BLOCKS = (
    H1("Foreword"),
    P("Bonaire, Sint Eustatius and Saba have been part of the Netherlands as public entities since 10 October 2010. "
      "Fifteen years later, many of their residents still ask the same question: what does it mean, in daily life, "
      "to belong to a country whose government sits almost eight thousand kilometres away? For a pensioner on Saba, "
      "a mother of three on Bonaire or a young teacher on Sint Eustatius the answer is found less in constitutional "
      "arrangements than in the level of a benefit, the time it takes to see a specialist, the quality of a school "
      "and the size of the electricity bill."),
    P("In September 2024 the State Secretary for Kingdom Relations, together with the ministers responsible for "
      "social affairs, health care and education, asked us to take stock of these public services. We were asked to "
      "be independent, concrete and brief. We have tried to be the first two; the reader will judge the third. "
      "Over eight months the panel visited each island twice, spoke with more than 140 people and read a great deal "
      "of what has already been written. Much of it was good; too little of it was carried out."),
    P("We are grateful to everyone who received us, in particular the residents who told us about their own "
      "circumstances at kitchen tables, in community centres and, on one memorable evening in The Bottom, during a "
      "power cut. Their stories are at the heart of this report."),
    P("On behalf of the Independent Review Panel on Public Services in the Caribbean Netherlands, "
      "Dr M.A. Hodge-Verhulst, chair"),
    PageBreak(),
    H1("Summary"),
    P("The three islands of the Caribbean Netherlands are small, remote and expensive places to live. Since 2010 a "
      "great deal has improved: the hospital on Bonaire has been renovated, the schools on all three islands have "
      "been rebuilt or refurbished, drinking water is available from the tap and benefits have been raised several "
      "times. Yet the panel finds that the services that matter most to residents with a low income still fall "
      "short of what may be expected within one country."),
    P("Incomes at the bottom remain below the social minimum benchmark that the government itself adopted in 2023. "
      "Benefits and the minimum wage are raised by separate decisions each year, which makes them unpredictable, and "
      "applying for support means visiting several offices. Patients who must travel off the island for treatment "
      "face long waits, little say in the arrangements and, for children and older people, the absence of a "
      "reimbursed escort. Emergency air transport from Saba and Sint Eustatius is not guaranteed at night."),
    P("In education, schools on Sint Eustatius and Saba teach in English, but the law still assumes Dutch, and "
      "teachers recruited from elsewhere leave after a year or two, often because they cannot find affordable "
      "housing. Students who continue their studies in the European Netherlands drop out far more often than "
      "their peers. Finally, electricity, water and basic food cost much more than in the European Netherlands, "
      "while the support measures that soften these costs depend on annual decisions."),
    P("The panel makes fourteen recommendations on four themes: social security (S), health care transport (H), "
      "education (E) and energy and prices (P). Most are addressed to the State Secretary for Kingdom Relations and "
      "to the Ministers of Social Affairs and Employment, of Health, Welfare and Sport and of Education, Culture and "
      "Science; one is addressed to the Minister of Climate and Green Growth and one to the executive councils of "
      "the public entities. Annex A lists them by code and short title."),
    PageBreak(),
    H1("1 Introduction"),
    H2("1.1 Why this review"),
    P("When the islands became public entities, the government promised that their services would be brought to a "
      "level acceptable within the Netherlands. In the years that followed, the emphasis lay on buildings and "
      "infrastructure. The social and economic position of residents received attention only later. A 2023 "
      "government letter introduced a social minimum benchmark, the ijkpunt: the income a household needs on each "
      "island to meet its basic needs. Since then it has been clear in figures how far many households fall short "
      "of that level."),
    P("The House of Representatives has repeatedly asked for a broader assessment of whether the services provided "
      "by the central government on the islands meet the standard that the government has set itself. This review "
      "responds to that request. It is not an audit of the public entities and does not assess the performance of "
      "individual civil servants, many of whom work under difficult conditions."),
    H2("1.2 Mandate"),
    P("The State Secretary for Kingdom Relations installed the panel on 24 September 2024. The panel was asked to:"),
    bullets(
        "assess whether social security on the islands enables residents to meet their basic needs;",
        "examine the organisation of medical referrals and emergency transport off the islands;",
        "identify the main obstacles to good education on Sint Eustatius and Saba in particular;",
        "analyse the cost of energy and basic goods and the effectiveness of the current support measures;",
        "make recommendations that can be implemented within the current term of government.",
    ),
    P("The panel consisted of four members with experience in public administration, social security, health care "
      "and education on the islands and in the European Netherlands. It was supported by a small secretariat "
      "provided by the Ministry of the Interior and Kingdom Relations. The panel drew up its findings independently; "
      "the ministries involved checked the factual information in chapters 2 to 6 but did not see the conclusions "
      "in advance."),
    H2("1.3 Approach"),
    P("The panel based its findings on:"),
    bullets(
        "two working visits to each island, in November 2024 and March 2025;",
        "interviews with 143 people: residents, the executive councils and island councils, the Rijksdienst "
        "Caribisch Nederland (RCN), health care providers, school boards, employers, trade unions and utility "
        "companies (Annex B);",
        "four public meetings, one on Saba, one on Sint Eustatius and two on Bonaire, attended by some 260 residents;",
        "an analysis of figures from Statistics Netherlands (CBS), the RCN unit for social affairs and the health "
        "insurance office for the Caribbean Netherlands;",
        "a review of earlier evaluations, advisory reports and government letters since 2015.",
    ),
    P("Unless stated otherwise, amounts are in US dollars, the currency of the Caribbean Netherlands, and figures "
      "refer to 1 January 2025.",
      footnotes=("Where sources used different reference dates, the panel used the most recent figure available "
                 "and indicates this in the text.",)),
    H2("1.4 Reading guide"),
    P("Chapter 2 describes the islands and the division of responsibilities between the central government and the "
      "public entities. Chapters 3 to 6 contain the panel's findings on each of the four themes. Within these chapters, "
      "each section closes with the panel's recommendation on that subject under its own subheading, identified by "
      "a code: S for social security, H for health care transport, E for education and P for energy and prices. "
      "Chapter 7 contains some concluding "
      "remarks. Annex A lists all recommendations by code and short title."),
    H1("2 Three islands, one standard"),
    H2("2.1 Small scale, high cost"),
    P("The three islands differ greatly. Bonaire, with about 24,000 inhabitants, has a growing tourism sector, a "
      "labour market that attracts workers from the region and house prices that have risen sharply in recent "
      "years. Sint Eustatius, with about 3,200 inhabitants, depends largely on the oil terminal and on public "
      "employment. Saba, with about 2,000 inhabitants, is the smallest, with a medical school as its largest private "
      "employer. What the islands share is their small scale and their dependence on imports."),
    Table(
        header=("", "Bonaire", "Sint Eustatius", "Saba"),
        rows=(
            ("Inhabitants (approx.)", "24,100", "3,200", "2,000"),
            ("Share of households below the benchmark", "31%", "27%", "24%"),
            ("Electricity price per kWh, incl. fixed charges", "USD 0.38", "USD 0.41", "USD 0.44"),
            ("Referrals off the island per 1,000 inhabitants (2024)", "172", "248", "265"),
            ("Teachers leaving within two years of arrival", "18%", "41%", "37%"),
        ),
        widths=(2.6, 1.0, 1.2, 1.0),
        rules="rows",
    ),
    P("Table 1: Key figures for the three islands (panel's compilation from CBS, RCN and school board data).",
      footnotes=("The electricity price is an average for a household using 300 kWh a month; it includes the fixed "
                 "charges before deduction of the government subsidy on those charges.",)),
    P("Small scale has a price. A supermarket on Saba stocks a few hundred products, most of them shipped via Sint "
      "Maarten; transport and handling can double the price of a product before it reaches the shelf. Every public "
      "service has to be provided on each island separately, often by a handful of professionals who cannot be "
      "replaced when they fall ill or leave. Services that require more scale, such as specialist medical care or "
      "vocational education, have to be organised off the island."),
    H2("2.2 Who is responsible"),
    P("The public entities are responsible for local tasks such as roads, ports, waste, primary health care "
      "facilities in some cases and the local economy. The central government is responsible for what in the "
      "European Netherlands falls to the state, and for much of what falls to municipalities there. In practice the "
      "division is less clear than it appears on paper. The panel frequently heard residents say that they do not "
      "know whether to turn to the island government, the RCN or a ministry in The Hague."),
    P("Within the central government the following ministries are most involved in the subjects of this review:"),
    bullets(
        "the Ministry of the Interior and Kingdom Relations, whose State Secretary coordinates policy for the "
        "Caribbean Netherlands and manages the funds for a number of cross-cutting measures;",
        "the Ministry of Social Affairs and Employment, responsible for benefits, the minimum wage and labour law, "
        "carried out by the RCN unit for social affairs;",
        "the Ministry of Health, Welfare and Sport, responsible for health insurance and medical referrals, carried "
        "out by the health insurance office;",
        "the Ministry of Education, Culture and Science, responsible for the education laws and the funding of "
        "schools;",
        "the Ministry of Climate and Green Growth, responsible for the legislation on electricity and drinking "
        "water.",
    ),
    P("The panel notes that cooperation between these ministries has improved. The interdepartmental steering group "
      "for the Caribbean Netherlands meets monthly. Yet decisions with consequences for residents' incomes are still "
      "taken in separate budget rounds, and the effect of one measure on another is rarely assessed in advance."),
    PageBreak(),
    H1("3 Social security"),
    H2("3.1 Incomes at the bottom"),
    P("Social security on the islands is modest by design. The onderstand (social assistance), the AOV old-age "
      "pension, the child benefit and the minimum wage were set at a lower level than in the European Netherlands "
      "when the islands became public entities, in the expectation that the cost of living would also be lower. "
      "That expectation has not come true. Prices of food, energy and housing on the islands are comparable to or "
      "higher than in the European Netherlands, while incomes have lagged behind."),
    P("Since 2023 the government has raised benefits and the minimum wage several times. The panel welcomes these "
      "increases. Even so, a household on social assistance on Bonaire still has about 15 per cent less than the "
      "benchmark, and a single pensioner on Saba with only an AOV pension about 9 per cent less. For families with "
      "children the gap is larger, because the child benefit has not kept pace. Many residents told the panel that "
      "they rely on food parcels in the last week of the month."),
    P("The panel believes the government should no longer treat the benchmark as a distant goal but as a floor. "
      "Closing the remaining gap is a matter of political choice and money, not of knowledge: the amounts involved "
      "are known and, by the standards of the national budget, limited. The panel estimates the cost at USD 38 "
      "million a year.",
      footnotes=("Estimate by the panel based on CBS income data for 2023, updated for the increases of 2024 and "
                 "2025; it includes the effect on the AOV and the minimum wage.",)),
    *rec("S1", TITLES["S1"],
         "The Minister of Social Affairs and Employment should raise the onderstand, the AOV old-age pension and "
         "the statutory minimum wage so that, together with the child benefit and the rent allowance, they reach "
         "the social minimum benchmark on all three islands no later than 1 January 2027.",
         "SZW"),
    P("The panel recognises that a higher minimum wage increases labour costs for employers. It therefore suggests "
      "that the increase be phased and accompanied by a temporary reduction in employers' contributions, as was "
      "done in 2024."),
    H2("3.2 Predictable increases"),
    P("In the European Netherlands the minimum wage and most benefits are indexed twice a year by law. On the "
      "islands each increase is a separate decision, announced in a letter to Parliament and implemented by "
      "ministerial regulation. This has two drawbacks. Residents cannot plan, because they do not know whether and "
      "when their income will rise. And in years without a decision, inflation erodes the value of benefits: "
      "between 2019 and 2022 the onderstand lost almost 11 per cent of its purchasing power on Bonaire."),
    P("The panel heard from officials that automatic indexation has been considered before but was rejected "
      "because no reliable price index per island was available. That argument no longer holds: Statistics "
      "Netherlands now publishes a quarterly consumer price index for each island."),
    *rec("S2", TITLES["S2"],
         "The Minister of Social Affairs and Employment should index the statutory minimum wage and all benefits "
         "automatically each year on the basis of price developments on each island, instead of deciding on each "
         "increase separately.",
         "SZW"),
    H2("3.3 Access to support"),
    P("A resident who needs support must often find their way to several counters. The onderstand, the special "
      "assistance and the child benefit are handled by the RCN unit for social affairs. The rent allowance is "
      "applied for elsewhere, the energy subsidy for low-income households through yet another route, and the "
      "public entities run their own poverty schemes. On Sint Eustatius and Saba the RCN unit has no permanent "
      "office and holds consultation hours a few days a month; applications are decided on Bonaire."),
    P("In the public meetings, the complexity of this system was one of the most frequent complaints. People who "
      "are entitled to support do not apply for it, or give up halfway. Officials told the panel that take-up of "
      "the special assistance on Sint Eustatius is estimated at less than half. Decisions taken at a distance take "
      "longer, and questions about missing documents travel back and forth by e-mail for weeks."),
    *rec("S3", TITLES["S3"],
         "The State Secretary for Kingdom Relations and the Minister of Social Affairs and Employment should open "
         "one service counter on each island where residents can apply for all income support, allowances and "
         "energy subsidies, and where decisions on those applications are also taken.",
         "KR&D", "SZW"),
    H2("3.4 Losing a job"),
    P("The Caribbean Netherlands has no unemployment insurance. An employee who is dismissed receives a one-off "
      "severance payment under the cessantia scheme, which depends on the length of service and amounts to a few "
      "weeks' wages for most workers. After that, the only safety net is the onderstand, which is means-tested and "
      "requires the use of savings first. The panel spoke with workers in the hospitality sector on Bonaire who were "
      "laid off during the pandemic and fell into debt within months."),
    P("The labour market on the islands is volatile. Tourism, construction and the oil terminal respond strongly to "
      "economic shocks. The panel believes a modest, temporary benefit for people who lose their job through no "
      "fault of their own would provide a bridge to new work and prevent debt. It need not copy the scheme of the "
      "European Netherlands: a benefit of six months at 70 per cent of the minimum wage would already make a real "
      "difference."),
    *rec("S4", TITLES["S4"],
         "The Minister of Social Affairs and Employment should introduce a temporary unemployment benefit for "
         "employees in the Caribbean Netherlands who lose their job through no fault of their own, financed by "
         "contributions from employers and employees.",
         "SZW"),
    H1("4 Health care transport"),
    H2("4.1 Medical referrals"),
    P("Specialist care that is not available on the islands is provided elsewhere: on Bonaire, Curaçao, Aruba, "
      "Sint Maarten, in Colombia or Guadeloupe, and occasionally in the European Netherlands. In 2024 the health "
      "insurance office arranged some 11,800 medical referrals, including travel and accommodation. For Saba and Sint "
      "Eustatius, almost every specialist consultation means a flight, often with an overnight stay."),
    P("The panel found that the referral system works reasonably well for adults who are fit to travel alone. It "
      "works poorly for children and older people. An escort is reimbursed only on medical grounds, and the request "
      "must be made separately, with a doctor's statement, at least five working days before departure. The panel "
      "spoke with parents who paid for their own ticket to accompany a child of nine to Colombia, and with an "
      "elderly man from Sint Eustatius who spent three days alone in a hotel in Bogotá without speaking Spanish."),
    P("The rules on escorts are not unreasonable in themselves, but their application is too strict and too slow "
      "for the groups who need an escort most. For children and for patients above a certain age, the need for an "
      "escort should be presumed rather than proven."),
    *rec("H1", TITLES["H1"],
         "The Minister of Health, Welfare and Sport should entitle every patient under 18 or over 75 who is referred "
         "for treatment off the island to a reimbursed escort, without a separate application.",
         "VWS"),
    H2("4.2 Emergency air transport"),
    P("Saba and Sint Eustatius have no hospital with specialist facilities. Patients who need urgent care are "
      "flown to Sint Maarten, Guadeloupe or Bonaire by air ambulance. The current arrangement relies on an aircraft "
      "that is shared with other islands in the region and is not always available. Saba's runway cannot be used "
      "after dark, so night-time evacuations require a helicopter, for which there is only an ad hoc agreement."),
    P("In 2024 there were 214 emergency evacuations from the two islands. In 23 cases the patient waited more than "
      "six hours for transport. Doctors on both islands described to the panel how they kept patients stable for "
      "hours with limited means. The panel considers this an unacceptable risk, and one that residents of the "
      "European Netherlands would not be asked to accept."),
    *rec("H2", TITLES["H2"],
         "The Minister of Health, Welfare and Sport should ensure that an air ambulance is available for Saba and "
         "Sint Eustatius around the clock, under a multi-year contract with guaranteed response times.",
         "VWS"),
    H2("4.3 The patient's voice"),
    P("Decisions on referrals - where a patient is sent, when, with which airline and where they stay - are taken "
      "by the health insurance office. Patients who disagree can object to the office itself and then go to court. "
      "In practice hardly anyone does. The panel heard about patients who were sent to a hospital where they did not "
      "speak the language, or who were booked on a flight the day after surgery, and who did not know where to "
      "complain."),
    P("The panel believes an accessible, independent complaints route would improve both the position of patients "
      "and the quality of the referral system, because complaints reveal where things go wrong. The European "
      "Netherlands has long had independent disputes committees for health care; the islands have not."),
    *rec("H3", TITLES["H3"],
         "The Minister of Health, Welfare and Sport should set up an independent complaints and disputes committee "
         "to which patients can turn about decisions on medical referrals and about the travel and accommodation "
         "arranged for them.",
         "VWS"),
    H1("5 Education"),
    H2("5.1 Language of instruction"),
    P("On Sint Eustatius and Saba, English is the language most children speak at home and the language in which "
      "they are taught. Since 2022 the schools on both islands have been allowed to teach in English under a "
      "temporary arrangement, and since 2023 pupils can take English-language secondary examinations of the "
      "Caribbean Examinations Council. The education laws for the Caribbean Netherlands, however, still name Dutch "
      "as the language of instruction and allow exceptions only by ministerial decision."),
    P("School boards told the panel that the temporary status of the arrangement makes them uncertain about the "
      "future and hampers the recruitment of teachers, who ask whether their English-language qualifications will "
      "remain valid. Dutch remains important for pupils who want to continue their studies in the European "
      "Netherlands, which is why it should be taught as a compulsory subject."),
    *rec("E1", TITLES["E1"],
         "The Minister of Education, Culture and Science should lay down English as the language of instruction in "
         "primary and secondary education on Sint Eustatius and Saba in the WPO BES and the WVO BES, with Dutch as "
         "a compulsory subject.",
         "OCW"),
    H2("5.2 Teachers"),
    P("Schools on Sint Eustatius and Saba depend on teachers from elsewhere: from Sint Maarten, the wider "
      "Caribbean, North America and the European Netherlands. Two in five leave within two years. Exit interviews "
      "and the panel's own conversations point to the same main reason: housing. A small apartment on Saba rents "
      "for USD 1,100 to 1,400 a month, while a starting teacher earns about USD 3,200 gross. On Sint Eustatius "
      "suitable housing is scarcely available at all."),
    P("Teacher turnover costs the schools dearly in recruitment and induction and harms pupils, who see their "
      "teacher change every year. The school boards have no room in their budgets to offer housing support "
      "themselves. The panel considers a targeted allowance for the first years of an appointment the quickest way "
      "to keep teachers on the islands while the public entities and housing corporations build more homes."),
    *rec("E2", TITLES["E2"],
         "The Minister of Education, Culture and Science should fund a housing allowance of at least USD 600 a month "
         "for teachers recruited from outside Sint Eustatius and Saba, for the first three years of their "
         "appointment.",
         "OCW"),
    H2("5.3 Continuing education"),
    P("Every year some 120 young people from the three islands leave for further education in the European "
      "Netherlands. For many it is their first time away from home, in a different climate and a different "
      "language. Figures from the education executive agency show that almost half of them drop out or switch "
      "courses in the first year, against about a third of all first-year students."),
    P("Students told the panel that the first months are decisive: finding a room, opening a bank account, "
      "registering with a doctor and understanding what is expected at school. Some institutions offer good "
      "support, others very little. A personal mentor and a guaranteed room would, in the panel's view, remove the "
      "two largest obstacles."),
    *rec("E3", TITLES["E3"],
         "The Minister of Education, Culture and Science should offer every student from the Caribbean Netherlands "
         "who moves to the European Netherlands for further education a personal mentor and a guaranteed room "
         "during the first year of study.",
         "OCW"),
    H1("6 Energy and the cost of living"),
    H2("6.1 Fixed charges"),
    P("Electricity on the islands is produced by small utility companies, largely with diesel generators, "
      "supplemented by solar and, on Bonaire, wind power. Production costs are high and the network is small. Since "
      "2019 the government has paid an annual subsidy that brings the fixed charges for electricity, drinking water "
      "and, since 2023, internet for households down to zero or close to it."),
    P("The subsidy is effective and popular. But it is decided year by year and its continuation has more than once "
      "been uncertain until the autumn. Utility companies cannot plan, and households are confronted with "
      "announcements of higher bills that are later withdrawn. The panel believes a measure that has been in place "
      "for six years and that residents rely on should be given a permanent basis."),
    *rec("P1", TITLES["P1"],
         "The State Secretary for Kingdom Relations should turn the annual subsidy on the fixed charges for "
         "electricity, drinking water and internet into a structural arrangement laid down by law.",
         "KR&D"),
    H2("6.2 Households with a low income"),
    P("Even without fixed charges, the variable price of electricity on the islands is high, and households with a "
      "low income often live in poorly insulated homes with old appliances. On Sint Eustatius the panel visited a "
      "family of five whose monthly electricity bill amounted to almost a fifth of their income. The energy subsidy "
      "for low-income households, a one-off payment, helps but arrives late and is not known to everyone who is "
      "entitled to it."),
    P("The tariffs on the islands are regulated under the Electricity and Drinking Water Act BES and are the same "
      "for all households on an island. The panel sees room for a social tariff: a lower variable price for "
      "households with a low income, financed through the tariffs of larger consumers and a contribution from the "
      "central government."),
    *rec("P2", TITLES["P2"],
         "The Minister of Climate and Green Growth should introduce a social electricity tariff for households with "
         "an income up to 130 per cent of the social minimum, by amending the Electricity and Drinking Water Act "
         "BES.",
         "EZ"),
    H2("6.3 Port and airport charges"),
    P("Nearly everything the islands consume arrives by ship or aircraft. The public entities levy port and airport "
      "charges on these imports, which are passed on in the price of goods. The panel found that the charges are "
      "calculated differently on each island, that the calculation is not published and that basic foodstuffs are "
      "charged at the same rate as luxury goods. Importers on Sint Eustatius estimated that the charges add 4 to 6 "
      "per cent to the shelf price of food."),
    P("The panel is aware that these charges are an important source of income for the public entities, and that "
      "lowering them requires compensation. It notes that the free allowance that the public entities receive from "
      "the central government was increased in 2025, partly with a view to lowering the cost of living."),
    *rec("P3", TITLES["P3"],
         "The executive councils of Bonaire, Sint Eustatius and Saba should lower the port and airport charges on "
         "imports of basic foodstuffs and publish how these charges are calculated.",
         "OTHER"),
    H2("6.4 Knowing the cost of living"),
    P("The social minimum benchmark of 2023 rests on a cost-of-living survey carried out in 2022. Since then, "
      "prices have risen considerably, rents on Bonaire in particular. The benchmark has been adjusted only for "
      "general inflation. Residents and officials alike told the panel that the figures no longer reflect reality: "
      "the cost of housing, transport and child care has risen much faster than the price index."),
    P("A benchmark is only as good as the data behind it. If the government wants to use it as a floor, as the "
      "panel recommends, it must be based on regular and thorough measurement of what households actually spend."),
    *rec("P4", TITLES["P4"],
         "The State Secretary for Kingdom Relations should have a cost-of-living survey carried out on each island "
         "every two years and use its results in every review of the social minimum benchmark.",
         "KR&D"),
    H1("7 Concluding remarks"),
    P("None of the panel's recommendations is new in the sense that nobody has thought of it before. Several of them "
      "were made, in one form or another, in earlier reports. What has been missing is not insight but follow-up. "
      "The panel therefore urges the government to respond to this report with clear choices: which recommendations "
      "it accepts, which it does not and why, and by when the accepted ones will be carried out."),
    P("The panel also notes that the recommendations are connected. A higher income helps little if the electricity "
      "bill rises at the same time; a better referral system helps little if patients do not know where to turn. "
      "The responsibility for coherence lies with the State Secretary for Kingdom Relations, who should ensure that "
      "the ministries involved report jointly on progress."),
    P("Finally, the panel has been struck by the resilience and the patience of the residents of the three "
      "islands. They do not ask for privileges. They ask to be treated as citizens of the same country, with "
      "services that are adapted to island life but not inferior to those elsewhere. That is not too much to ask."),
    H1("Annex A  Summary of recommendations"),
    P("The table below lists the recommendations by code and short title. The full text of each recommendation is "
      "given in the chapter indicated."),
    Table(
        header=("Code", "Short title", "Chapter"),
        rows=tuple((code, title, {"S": "3", "H": "4", "E": "5", "P": "6"}[code[0]]) for code, title in TITLES.items()),
        widths=(0.8, 5.0, 1.0),
        rules="rows",
    ),
    H1("Annex B  Persons and organisations consulted"),
    P("The panel spoke with representatives of the following organisations, as well as with many residents in "
      "individual conversations and public meetings:"),
    bullets(
        "the executive councils and island councils of Bonaire, Sint Eustatius and Saba;",
        "the Rijksdienst Caribisch Nederland, including the units for social affairs and for health care;",
        "the health insurance office for the Caribbean Netherlands;",
        "the hospital on Bonaire, the medical centres on Sint Eustatius and Saba and the general practitioners;",
        "the school boards and teachers of the schools on all three islands;",
        "the utility companies of the three islands;",
        "employers' organisations, the chambers of commerce and the trade unions;",
        "Statistics Netherlands and the education executive agency;",
        "student associations of young people from the Caribbean Netherlands in the European Netherlands.",
    ),
)

REPORT = Document(
    title="Within Reach",
    subtitle="Public services in Bonaire, Sint Eustatius and Saba. Report of the Independent Review Panel on "
             "Public Services in the Caribbean Netherlands",
    blocks=REPORT_BLOCKS,
    running_header="Within Reach  |  Independent Review Panel on Public Services in the Caribbean Netherlands",
    footer="{page}",
    font_family="sans",
    imprint=("Independent Review Panel on Public Services in the Caribbean Netherlands",
             "The Hague / Kralendijk, June 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_S3 = "As regards S3, we accept the recommendation as far as the joint counter itself is concerned."
EV_S3_SZW = "We do not support moving the decisions themselves to the counters."
EV_P1 = "P1 is accepted in part."
EV_P4 = ("I have commissioned Statistics Netherlands to carry out a cost-of-living survey on each of "
         "the three islands every two years from 2026 onwards, and the results of each survey will be used in the "
         "next review of the social minimum benchmark.")
EV_S1 = ("The onderstand, the AOV and the statutory minimum wage will be raised by 5 per cent on 1 January 2026, "
         "which closes roughly half of the remaining gap to the benchmark; a second step in 2027 depends on the "
         "decisions on the spring budget and cannot be promised now.")
EV_S4 = ("The Minister does not consider the introduction of an unemployment benefit as proposed in S4 opportune at "
         "this stage.")
EV_S2 = "We accept S2."
EV_H1 = ("H1 is already being implemented: the regulation that entitles every referred patient under 18 or over 75 "
         "to a reimbursed escort, without a separate request, was signed on 2 September 2025 and takes effect on "
         "1 January 2026.")
EV_H2 = ("From 1 January 2026 an air ambulance will be stationed on Sint Maarten and available to Saba and Sint "
         "Eustatius 24 hours a day, under a five-year contract of USD 21 million with a guaranteed response time "
         "of 90 minutes.")
EV_H3 = ("The Minister will explore with the health insurance office and patient representatives on the islands "
         "whether the existing complaints procedure can be given an independent character, and will report on "
         "the outcome in the course of 2026.")
EV_E1 = "We accept E1."
EV_E2 = ("A separate housing allowance for teachers, as proposed in E2, does not fit the system of employment "
         "conditions in the Caribbean Netherlands, in which allowances of this kind are agreed between school "
         "boards and unions in the collective agreement.")
EV_P2 = "We do not support a separate tariff (P2)."

RESPONSE_BLOCKS = (
    P("Dear Madam President,"),
    P("On 12 June 2025 the Independent Review Panel on Public Services in the Caribbean Netherlands presented its "
      "report 'Within Reach' to the government. We are grateful to the panel for a thorough and readable report, and "
      "to the many residents of Bonaire, Sint Eustatius and Saba who shared their experiences with it. Herewith I "
      "send you, also on behalf of the Minister of Social Affairs and Employment, the Minister of Health, Welfare "
      "and Sport, the Minister of Education, Culture and Science and the Minister of Climate and Green Growth, the "
      "government's response."),
    P("The government recognises the picture the panel paints. Since 2010 much has been achieved on the islands, "
      "but for residents with a low income the gap with the European Netherlands is still felt every day, at the "
      "checkout, on the electricity bill and in the waiting room. The panel rightly points out that the answer lies "
      "less in new plans than in carrying out what has been agreed. That is also the spirit in which this response "
      "has been written."),
    P("The panel has arranged its recommendations by theme. Because each minister is accountable to your House for "
      "his or her own policy, this response is arranged by ministry: each section sets out the position of one "
      "member of the government on the recommendations addressed to him or her. Where a recommendation concerns "
      "more than one ministry, this is indicated. An overview of the financial consequences is included in the "
      "draft budget for the BES Fund for 2026."),
    H2("Response of the State Secretary for Kingdom Relations"),
    P("As the member of the government responsible for coordinating policy for the Caribbean Netherlands, I share "
      "the panel's view that coherence between measures is essential. Since 2024 the interdepartmental steering "
      "group has assessed all proposals with consequences for household incomes on the islands together, and the "
      "annual progress letter on the Caribbean Netherlands reports on the social minimum benchmark as a whole."),
    A("The panel recommends one service counter per island for all income support (S3). This recommendation is "
      "addressed jointly to the Minister of Social Affairs and Employment and to me. " + EV_S3 + " From 1 March "
      "2026 a joint counter will open in the government buildings on Sint Eustatius and Saba, and in Kralendijk the "
      "existing RCN service desk will be extended so that residents can also apply there for the rent allowance and "
      "the energy subsidy. I will fund the accommodation and the staff of the counters on the Windward Islands from "
      "the BES Fund. Whether decisions can also be taken at the counters is a matter for the Minister of Social "
      "Affairs and Employment, who sets out her position below.",
      ("S3", "partial", EV_S3)),
    A("The subsidy on the fixed charges for electricity, drinking water and internet has proved its worth, and the "
      "government does not intend to let households on the islands face higher fixed charges again. " + EV_P1 +
      " The subsidy will be continued at its current level in 2026 and 2027, and the amounts for both years have "
      "been reserved. Laying down a structural arrangement in law, however, requires a decision on the long-term "
      "funding of the Caribbean Netherlands, which this government will take only after the review of the BES Fund "
      "that is due in 2027.",
      ("P1", "partial", EV_P1)),
    A("The panel rightly observes that the social minimum benchmark rests on figures from 2022 that no longer "
      "reflect the cost of housing and transport on the islands. " + EV_P4 + " The first results are expected in "
      "the autumn of 2026.",
      ("P4", "agree", EV_P4)),
    P("P3 concerns the port and airport charges, which are set by the public entities themselves under their own "
      "ordinances. I have forwarded this recommendation to the executive councils of Bonaire, Sint Eustatius and "
      "Saba and asked them to respond to the panel directly. In the administrative consultations with the three "
      "islands this autumn I will discuss how the increase in the free allowance can contribute to lower living "
      "costs."),
    H2("Response of the Minister of Social Affairs and Employment"),
    P("The Minister of Social Affairs and Employment shares the panel's conclusion that incomes at the bottom on the "
      "islands are still too low, and that for families with children the gap is largest. Since 2023 the onderstand "
      "has been raised by 27 per cent on Bonaire and by 33 per cent on the Windward Islands, and the child benefit "
      "has been increased twice. These steps have narrowed the gap, but they have not closed it."),
    A("As regards S1 and S4, the picture is mixed. " + EV_S1 + " The Minister will inform your House of that "
      "decision in the spring. " + EV_S4 + " The cessantia scheme already provides employees who lose their job "
      "with a severance payment, and a contributory scheme would add labour costs that small employers on the "
      "islands can hardly bear at a time when the minimum wage is also being raised.",
      ("S1", "partial", EV_S1), ("S4", "disagree", EV_S4)),
    A(EV_S2 + " From 1 January 2026 the statutory minimum wage, the onderstand, the AOV, the widows' and orphans' "
      "pension and the child benefit will be indexed each year on 1 January by the change in the consumer price "
      "index of Statistics Netherlands for the island concerned. The necessary amendment of the regulations will be "
      "published in November 2025.",
      ("S2", "agree", EV_S2)),
    A("On S3, the Minister welcomes the State Secretary's decision to fund joint counters, which the RCN unit for "
      "social affairs will staff. " + EV_S3_SZW + " Decisions on benefits require specialist knowledge and a "
      "separation of duties that cannot be guaranteed with one or two staff members per island. Decisions will "
      "therefore continue to be taken by the unit in Kralendijk, but the unit will aim to decide on complete "
      "applications from the Windward Islands within ten working days.",
      ("S3", "disagree", EV_S3_SZW)),
    H2("Response of the Minister of Health, Welfare and Sport"),
    P("In 2024 the health insurance office arranged some 11,800 medical referrals for residents of the three "
      "islands. Most patients are treated on Bonaire, Curaçao or in Colombia; for Saba and Sint Eustatius, Sint "
      "Maarten and Guadeloupe are the main destinations. The office has recently renewed its agreements with "
      "hospitals in the region, with attention to language support and aftercare."),
    A(EV_H1 + " Older patients or children who are referred before that date can already be granted an escort on "
      "the basis of the existing hardship provision.",
      ("H1", "agree", EV_H1)),
    A("The panel's findings on emergency air transport from the Windward Islands are a cause for concern. " + EV_H2
      + " For night-time evacuations from Saba, the contract includes the use of a helicopter stationed on the same "
      "base. The contract was awarded by the health insurance office in October 2025 after a European tender.",
      ("H2", "agree", EV_H2)),
    A("We welcome H3. Patients who disagree with the arrangements for their referral must be able to make their "
      "voice heard without going to court. " + EV_H3 + " In the meantime the office will publish its complaints "
      "procedure in English, Dutch, Papiamentu and Spanish.",
      ("H3", "partial", EV_H3)),
    H2("Response of the Minister of Education, Culture and Science"),
    P("The schools on the three islands have made great progress in recent years. All school buildings on Sint "
      "Eustatius and Saba have been renovated or replaced, and the Inspectorate of Education assessed the quality "
      "of education at all schools on the Windward Islands as sufficient in 2024. The Minister is pleased that the "
      "panel recognises this."),
    A(EV_E1 + " The bill amending the WPO BES and the WVO BES, which lays down English as the language of "
      "instruction on Sint Eustatius and Saba and makes Dutch a compulsory subject, will be put out for public "
      "consultation in the first quarter of 2026 and submitted to your House before the end of that year.",
      ("E1", "agree", EV_E1)),
    A("The Minister shares the panel's concern about teacher turnover on Sint Eustatius and Saba, and recognises "
      "that housing is an important reason for teachers to leave. " + EV_E2 + " School boards already receive a "
      "supplement for the higher costs of small-scale education, which they may use for housing support, and the "
      "Minister is prepared to discuss with the boards and the public entities how more homes for professionals can "
      "be made available.",
      ("E2", "disagree", EV_E2)),
    P("The Minister further points out that since 2024 the schools on the three islands have received an additional "
      "amount of USD 1.4 million a year for teaching materials in English and for the professional development of "
      "teachers, and that this amount will be continued in 2026."),
    H2("Response of the Minister of Climate and Green Growth"),
    A("The Minister of Climate and Green Growth shares the panel's concern that electricity bills weigh heavily on "
      "households with a low income, on Sint Eustatius in particular. " + EV_P2 + " Tariffs in the Caribbean "
      "Netherlands are based on costs and are the same for all households on an island; a separate tariff for one "
      "group would shift costs to other consumers, including small businesses, and would require an income test "
      "that the utility companies are not equipped to carry out. Support for households with a low income is better "
      "given through the income measures described above and the subsidy on the fixed charges. In addition, the "
      "Minister will continue to fund the expansion of solar power and storage on the islands, which lowers the "
      "cost of producing electricity for everyone.",
      ("P2", "disagree", EV_P2)),
    H2("Finally"),
    P("The panel asks the government for clear choices and for follow-up. The government will report on the "
      "progress of the measures in this letter in the annual progress letter on the Caribbean Netherlands, for the "
      "first time in the autumn of 2026. The island governments have been informed of this response."),
    P("Yours sincerely,"),
    P("The State Secretary for Kingdom Relations,"),
    P("drs. J.C. Arrindell-de Wit"),
)

RESPONSE = Document(
    title="Government response to the report 'Within Reach'",
    subtitle="Letter from the State Secretary for Kingdom Relations, also on behalf of the Minister of Social Affairs "
             "and Employment, the Minister of Health, Welfare and Sport, the Minister of Education, Culture and "
             "Science and the Minister of Climate and Green Growth, to the President of the House of "
             "Representatives. The Hague, 14 November 2025",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response to 'Within Reach'  -  public services in the Caribbean Netherlands",
    footer="Page {page} of {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="caribbean_services_review_en",
    report=REPORT,
    response=RESPONSE,
    description="English review panel report on public services in the Caribbean Netherlands: 14 theme-coded "
                "recommendations (S1-S4, H1-H3, E1-E3, P1-P4) printed as 'CODE:' paragraphs under short-title "
                "subheadings, plus a codes-only summary table; a government response grouped by ministry, citing "
                "codes in prose; S3 answered in two sections (combined partial), P3 passed to the island "
                "governments, E3 never mentioned.",
)
