"""Pair: an English advisory report of the fictional Delta Adaptation Council on heat and drought in Dutch cities,
answered by an English letter of the Minister of Infrastructure and Water Management.

Report layout: sans, title page with imprint, running header, chapters numbered in the heading text ("2 Heat in the
city") with level-2 sections; a "1." list of advisory questions in chapter 1 (not recommendations), bullet lists of
findings and of current programmes, one grid table of figures per city type, a bold lead-in before a list of
consulted organisations in the annex.  The twelve recommendations sit in chapter 5 "Recommendations": each is a bold
level-3 heading "Recommendation N", followed by the recommendation itself (a one-item "•" list carrying the
Recommendation annotation) and a plain paragraph starting "Why this matters".  They are addressed to the Minister of
Infrastructure and Water Management (IenW), the Minister of Housing (BZK), municipalities (GEMEENTEN) and water
boards (OTHER).  No recommendation is printed twice.

Response layout: serif letter without title page (letterhead title), an opening of several paragraphs with a bullet
list of measures already under way (not answers), then a two-column table "Recommendation | Government response"
with rows "1. <short title>" for recommendations 1-10 and 12 (11, addressed to municipalities only, has no row), then
a closing paragraph and the signature.

  1 overheating limit in the Building Decree (BZK)        agree     - "will tighten ... as of 1 January 2028" (no cue word)
  2 statutory local heat plans (GEMEENTEN)                not_addressed - the row only describes existing practice
                                                           (National Heat Plan, GGD guidance), takes no position
  3 binding 3-30-300 green standard (BZK, GEMEENTEN)      disagree  - "does not consider a statutory standard desirable"
  4 drought test for new housing locations (IenW, BZK)    partial   - test for large locations yes, legal obligation
                                                           for all locations only explored
  5 dedicated adaptation fund after 2027 (IenW)           disagree  - "no room ... for a separate fund"
  6 retention rules for private plots (GEMEENTEN, OTHER)  agree     - model regulation with VNG and Union of Water
                                                           Boards, committed with a date (by subject)
  7 national heat-risk map (IenW)                         agree     - asks for a study; the study is commissioned
  8 shading in social-housing renovation (BZK)            partial   - only "will explore with Aedes"
  9 drought test for business sites and data centres (IenW) partial - "We refer to the response to recommendation
                                                           4." (takes 4's position)
 10 urban groundwater levels (OTHER: water boards)        not_addressed - passed on: the Union of Water Boards will
                                                           respond itself
 11 cool-room network in every municipality (GEMEENTEN)   not_addressed - no row, never mentioned
 12 statutory target for paved surface (IenW)             disagree  - "does not adopt this recommendation"

Tally: agree 3 (1, 6, 7), partial 3 (4, 8, 9), disagree 3 (3, 5, 12), not_addressed 3 (2, 10, 11).
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


def rec(number: int, text: str, depts: tuple[str, ...], why: str) -> tuple:
    return (
        Heading(f"Recommendation {number}", level=3),
        ItemList(items=(ListItem(text, recommendation=Recommendation(str(number), depts)),), style="•"),
        P("Why this matters. " + why),
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

RECOMMENDATIONS = (
    rec(1,
        "The Minister of Housing should add a binding limit on indoor overheating to the Building Decree (Besluit "
        "bouwwerken leefomgeving) for all new homes, based on the number of hours above 26 degrees in a reference "
        "summer, so that a home that cannot be kept cool without air conditioning can no longer be built.",
        ("BZK",),
        "Homes built today will still be lived in when the summers of 2070 arrive. The current TOjuli indicator "
        "is a calculation aid that does not prevent overheating in practice: in our sample, four out of ten recently "
        "completed flats exceeded 26 degrees for more than 300 hours in the summer of 2025. Preventing overheating "
        "at the design stage costs a fraction of what cooling or retrofitting costs later."),
    rec(2,
        "Municipalities should each adopt a local heat plan, drawn up with the regional public health service (GGD) "
        "and the safety region, that names the vulnerable residents, the cool places and the actions to be taken "
        "during a heatwave, and should review the plan every two years.",
        ("GEMEENTEN",),
        "Heatwaves are the deadliest natural hazard in the Netherlands: the excess mortality of the summers of "
        "2019, 2022 and 2025 together ran into the thousands. Fewer than half of the municipalities we surveyed "
        "have a heat plan, and in many of them the plan is a page on the website rather than an agreement on who "
        "calls whom when the temperature rises."),
    rec(3,
        "The Minister of Housing and municipalities should lay down the 3-30-300 green standard in law: every home "
        "within sight of at least three trees, at least 30 percent canopy cover in every neighbourhood, and a park or "
        "green space of at least one hectare within 300 metres of every home.",
        ("BZK", "GEMEENTEN"),
        "Green is the most effective and most lasting way to cool a city: a street with full tree canopy is up to "
        "eight degrees cooler at pedestrian level than a paved street without trees. Voluntary agreements have not "
        "closed the gap between green and grey neighbourhoods; the neighbourhoods with the least green are also the "
        "neighbourhoods with the lowest incomes and the most heat-related health complaints."),
    rec(4,
        "The Minister of Infrastructure and Water Management and the Minister of Housing should make a drought test "
        "compulsory for every new housing location, in which the availability of fresh water, the risk of "
        "subsidence and the effect on groundwater are assessed before the location is designated.",
        ("IenW", "BZK"),
        "The principle that water and soil should guide spatial planning is widely endorsed but rarely applied when "
        "it comes to drought. Of the 46 large housing locations we examined, only nine had looked at fresh water "
        "supply in dry summers. Where the test comes after the designation, it can only mitigate, not prevent."),
    rec(5,
        "The Minister of Infrastructure and Water Management should establish a dedicated climate adaptation fund "
        "for the period after 2027, with a structural budget of at least 300 million euros a year, from which "
        "municipalities and water boards can co-finance heat and drought measures.",
        ("IenW",),
        "The Climate Adaptation Impulse Scheme ends in 2027. Municipalities told us that without prospects of "
        "co-financing, adaptation projects are the first to be dropped from their budgets. The costs of not adapting "
        "are not carried by the same parties as the costs of adapting, which is why a joint fund is needed."),
    rec(6,
        "Municipalities and water boards should jointly introduce rules requiring owners of large private plots to "
        "retain a set amount of rainwater on their own property, and should agree on one regional standard so that "
        "rules do not differ from one side of a municipal boundary to the other.",
        ("GEMEENTEN", "OTHER"),
        "About 60 percent of the paved surface in Dutch cities is privately owned. Public space alone cannot absorb "
        "the cloudbursts of the future or hold the water that is needed in the dry months that follow. Several "
        "municipalities already use the Environment and Planning Act to set retention requirements, but each uses "
        "its own figures, which confuses developers and property owners alike."),
    rec(7,
        "The Minister of Infrastructure and Water Management should have a national heat-risk map drawn up at "
        "neighbourhood level that combines temperature, housing quality and the vulnerability of residents, and "
        "should have it updated every three years.",
        ("IenW",),
        "Current heat maps show where it is hot, but not where heat is dangerous. Risk depends as much on who lives "
        "in a street, and in what kind of home, as on the temperature of the asphalt. Municipalities and health "
        "services asked us for one common picture, so that they do not each commission their own."),
    rec(8,
        "The Minister of Housing should make outdoor sun shading and ventilation a standard part of the "
        "sustainability renovation of social housing, and make agreements with housing associations on this in the "
        "next round of performance agreements.",
        ("BZK",),
        "Insulation without shading can make a home warmer in summer. Tenants of social housing, often older people "
        "and people with health problems, cannot install shading themselves without permission. The renovation "
        "wave of the coming decade is a one-off opportunity to get this right at little extra cost."),
    rec(9,
        "The Minister of Infrastructure and Water Management should apply the same drought test to new business "
        "sites, distribution centres and data centres, including their demand for cooling water.",
        ("IenW",),
        "Large business sites and data centres can claim more water in a dry summer than a medium-sized town. They "
        "are usually located at the edge of cities, precisely where the water system is already under pressure. "
        "Assessing housing locations but not business locations would leave the largest water users out of view."),
    rec(10,
        "Water boards should review the groundwater level decisions for urban areas with peat or clay soils before "
        "2030, with the aim of preventing foundation damage and subsidence during prolonged drought.",
        ("OTHER",),
        "Some 750,000 homes stand on wooden piles or shallow foundations that are at risk when groundwater levels "
        "drop. The damage is often discovered years later and is expensive to repair. Water boards set levels for "
        "the surface water, but in many cities the decisions date from before the dry summers of recent years."),
    rec(11,
        "Municipalities should create a network of publicly accessible cool rooms, for example in libraries, "
        "community centres and churches, within walking distance for every resident, and should make these "
        "known before every summer.",
        ("GEMEENTEN",),
        "Many older people and people living alone have nowhere to go when their home becomes too hot. Cool rooms "
        "are cheap to organise and have proven their value abroad, but in the Netherlands only a handful of cities "
        "have them, and awareness among residents is low."),
    rec(12,
        "The Minister of Infrastructure and Water Management should set a statutory national target to reduce the "
        "share of paved surface in built-up areas by at least 10 percent by 2035 compared with 2025.",
        ("IenW",),
        "Paving makes cities hotter in summer and drier in the months without rain, because water drains away "
        "instead of soaking into the soil. Campaigns to remove tiles from gardens have been popular, but the total "
        "paved area in cities is still growing. A clear national target would give every party the same yardstick."),
)

REPORT_BLOCKS = (
    H("Foreword"),
    P("The summer of 2025 was the third in seven years in which the Netherlands experienced both a prolonged "
      "heatwave and a serious shortage of fresh water. Hospitals reported more admissions, trees planted a few years "
      "earlier died along city streets, and in several regions residents were asked not to water their gardens. "
      "These are no longer exceptional events. They are a foretaste of the normal summer of the coming decades."),
    P("The Delta Adaptation Council was asked by the Minister of Infrastructure and Water Management to advise on "
      "what is needed to keep Dutch cities liveable in a warmer and drier climate. This advice is the result. It "
      "builds on the work of many municipalities, water boards, housing associations and public health services "
      "that have been working on adaptation for years, often with limited means and limited mandate."),
    P("Our message is simple. Adapting to heat and drought is feasible and affordable, but only if it is built into "
      "every decision about where and how we build, rather than added afterwards. The Council thanks everyone who "
      "contributed to this advice, and in particular the residents of the eight neighbourhoods who showed us their "
      "homes and streets on the hottest days of the year."),
    P("Prof. dr. H.W. (Hanneke) van der Meulen, Chair of the Delta Adaptation Council"),
    PageBreak(),
    H("Summary"),
    P("Dutch cities are getting warmer and drier. The average number of tropical days in De Bilt has doubled since "
      "the 1980s, and the climate scenarios of the Royal Netherlands Meteorological Institute (KNMI) show a further "
      "increase. At the same time, the precipitation deficit in dry summers is growing, while cities continue to "
      "expand and densify. This advice looks at what that means for the people who live and work in cities, and at "
      "what the national government, municipalities and water boards can do."),
    P("Our main findings are:"),
    bullets(
        "Heat is the most serious climate risk to public health in the Netherlands; older people, people with "
        "chronic illness and people in poorly insulated or top-floor homes are most at risk.",
        "Many new homes overheat in summer; the current rules for new buildings do not prevent this.",
        "The neighbourhoods with the least green are often the neighbourhoods with the lowest incomes.",
        "Drought is hardly considered when new housing or business locations are chosen.",
        "Falling groundwater levels during drought threaten the foundations of hundreds of thousands of homes.",
        "Financing for adaptation is temporary and fragmented; the main national scheme ends in 2027.",
    ),
    P("The Council makes twelve recommendations. They are addressed to the Minister of Infrastructure and Water "
      "Management, the Minister of Housing and Spatial Planning, the municipalities and the water boards, and are "
      "set out in chapter 5. Together they aim at three shifts: from voluntary to normative, from temporary to "
      "structural, and from designing for the average summer to designing for the extreme one."),
    PageBreak(),
    H("1 Introduction"),
    H2("1.1 The request for advice"),
    P("In March 2025 the Minister of Infrastructure and Water Management asked the Council to advise on the "
      "adaptation of urban areas to heat and drought. The request followed the evaluation of the Delta Plan on "
      "Spatial Adaptation, which concluded that much had been achieved on flooding and cloudbursts, but that heat "
      "and drought had received less attention and that progress was hard to measure."),
    P("The minister asked the Council to answer the following questions:", bold=True),
    ItemList(items=(
        ListItem("What are the main risks of heat and drought for the liveability of Dutch cities up to 2050?"),
        ListItem("To what extent do current policy, rules and financing address these risks?"),
        ListItem("Which parties should take which steps, and what is needed from the national government?"),
    ), style="1."),
    H2("1.2 Approach"),
    P("The Council studied the literature and policy documents, analysed data from the KNMI, the National "
      "Institute for Public Health and the Environment (RIVM) and the Climate Impact Atlas, and held interviews with "
      "58 people from municipalities, water boards, provinces, housing associations, drinking water companies, "
      "public health services and research institutes. In the summer of 2025 the Council visited eight "
      "neighbourhoods in six cities, where indoor and outdoor temperatures were measured with the help of residents. "
      "A survey among all municipalities was completed by 214 of them."),
    P("The advice concentrates on cities and villages, not on the rural area. Agriculture and nature are discussed "
      "only where they compete with urban areas for fresh water. Flooding from rivers and the sea is outside the "
      "scope of this advice."),
    H2("1.3 Reading guide"),
    P("Chapter 2 describes the effects of heat on health and the living environment. Chapter 3 deals with drought "
      "and the urban water system. Chapter 4 looks at governance and financing. Chapter 5 contains the "
      "recommendations. The annex lists the organisations the Council consulted."),
    PageBreak(),
    H("2 Heat in the city"),
    H2("2.1 A growing health risk"),
    P("Cities are warmer than their surroundings. Stone, asphalt and concrete absorb heat during the day and release "
      "it at night, and buildings block the wind. On a summer night the difference between a city centre and the "
      "surrounding countryside can be as much as seven degrees. It is precisely the lack of cooling at night that "
      "makes heatwaves dangerous: the body cannot recover."),
    P("Excess mortality during heatwaves is well documented. In the summer of 2019 the heatwave of late July alone "
      "caused some 400 extra deaths, in 2022 the figure was higher, and the first estimates for 2025 point in the "
      "same direction. Behind these figures lie many more hospital admissions, sleepless nights, lost working hours "
      "and children who cannot concentrate at school. The people most at risk are older people living alone, "
      "people with heart, lung or kidney disease, people who use certain medicines, and young children."),
    P("The Council's measurements in eight neighbourhoods show how much the home matters. In a well-ventilated "
      "terraced house with outdoor shading, the bedroom temperature rarely rose above 25 degrees during the heatwave "
      "of July 2025. In a top-floor flat in a recently insulated block without shading, the bedroom remained above "
      "28 degrees for nine nights in a row."),
    H2("2.2 New homes that overheat"),
    P("The Building Decree requires new homes to meet a limit value for the risk of overheating, the TOjuli "
      "indicator. That indicator is based on a calculation of solar gain in an average July and does not take "
      "account of ventilation behaviour, the position of the home in the building or future climate. Developers can "
      "meet it on paper with limited measures. Research commissioned by the Council in 40 recently completed "
      "apartment buildings found that 42 percent of the flats exceeded 26 degrees for more than 300 hours in the "
      "summer of 2025, and that residents increasingly resort to mobile air conditioning units."),
    H2("2.3 Green and grey neighbourhoods"),
    P("Trees and green spaces cool the city through shade and evaporation. The difference between a green and a "
      "grey street is substantial, and green also contributes to water retention, biodiversity and mental health. "
      "Yet green is unevenly distributed. The Council compared canopy cover with household income per neighbourhood "
      "in the 40 largest municipalities."),
    Table(
        header=("Neighbourhood income group", "Average canopy cover", "Paved share of surface",
                "Heat complaints per 1,000 residents (GP data, 2025)"),
        rows=(
            ("Lowest 20 percent", "11%", "68%", "14.2"),
            ("Middle 60 percent", "17%", "59%", "9.8"),
            ("Highest 20 percent", "24%", "51%", "6.1"),
        ),
        widths=(2.2, 1.6, 1.6, 2.4),
    ),
    P("Municipalities are aware of these differences, and many have greening programmes. But public space in older "
      "neighbourhoods is crowded with cables, pipes and parking, and trees compete with every other claim on the "
      "street. Without a clear standard, greening tends to happen where it is easiest, not where it is most needed."),
    H2("2.4 What municipalities are already doing"),
    P("The survey among municipalities shows a wide range of activities. The measures mentioned most often were:"),
    bullets(
        "campaigns to replace garden paving with plants ('tile removal' competitions);",
        "green roofs subsidies, usually combined with water retention;",
        "planting trees in streets that are being reconstructed anyway;",
        "heat warnings via the municipal website and social media;",
        "drinking water points in the city centre during hot days.",
        style="–",
    ),
    P("Fewer than half of the responding municipalities have a heat plan that sets out who does what during a "
      "heatwave. Where such a plan exists, it was often drawn up after a heatwave and not updated since. The GGD "
      "guidance on local heat plans is known but is used in very different ways."),
    PageBreak(),
    H("3 Drought and the urban water system"),
    H2("3.1 More demand, less supply"),
    P("In dry summers the Netherlands depends on water from the Rhine and the Meuse, whose summer discharge is "
      "expected to decrease. At the same time, demand for drinking water is growing with the population, and "
      "industry and data centres claim increasing amounts of cooling water. In the summers of 2018, 2022 and 2025 "
      "drinking water companies in the east and south of the country reached the limits of their production "
      "capacity on the hottest days."),
    P("Within cities, drought shows itself in dying street trees, cracking pavements, falling groundwater levels "
      "and poor water quality in ponds and canals. Blue-green algae made swimming in urban waters unsafe for weeks in "
      "2025 in more than thirty locations."),
    H2("3.2 Location choices that ignore drought"),
    P("The national government and the provinces are designating locations for hundreds of thousands of new homes. "
      "The Council examined the documentation for 46 of the largest locations. Flood risk was assessed in all of "
      "them, and cloudburst risk in most. The availability of fresh water in a dry summer, the effect of the new "
      "district on groundwater and the risk of subsidence were assessed in only nine cases, and in none of them "
      "did the assessment influence the choice of location."),
    P("The same applies to business sites. Distribution centres and especially data centres are often located at "
      "the edge of cities. A large data centre that uses water for cooling can use as much water on a hot day as a "
      "town of 20,000 inhabitants. Permits are assessed one at a time, without a picture of the cumulative demand in "
      "the region."),
    H2("3.3 Foundations and groundwater"),
    P("In large parts of the west and north of the country, homes built before 1970 stand on wooden piles. As long "
      "as those piles are under water, they do not rot. When the groundwater level falls during a prolonged drought, "
      "the top of the piles may be exposed to air, and decay sets in. Homes on shallow foundations on clay and peat "
      "are at risk of uneven settlement. An estimated 750,000 homes are in one of these two categories. The costs of "
      "foundation repair can easily exceed 100,000 euros per home."),
    P("Water boards influence urban groundwater mainly through the levels of surface water, set out in groundwater "
      "and surface water level decisions. In many cities these decisions were taken years ago and do not reflect "
      "current knowledge on drought. Municipalities have a duty of care for groundwater in public space, but their "
      "resources and knowledge vary."),
    H2("3.4 Private land"),
    P("Most of the paved surface in cities is not public space but private property: gardens, yards, car parks and "
      "the roofs and grounds of companies. Rainwater that falls there usually drains straight into the sewer. The "
      "Environment and Planning Act allows municipalities to set rules for retention on private land, and some 40 "
      "municipalities have done so, but the requirements vary from 20 to 80 litres per square metre and apply to "
      "different categories of plot."),
    PageBreak(),
    H("4 Governance and financing"),
    H2("4.1 Many parties, no clear standard"),
    P("Climate adaptation is a shared responsibility. The national government sets the framework, provinces and "
      "municipalities shape the spatial planning, water boards manage the water system, and housing associations, "
      "companies and residents take decisions about their own buildings and land. The Delta Plan on Spatial "
      "Adaptation brought these parties together around a common ambition: the Netherlands climate-proof and "
      "water-resilient by 2050."),
    P("That ambition has never been translated into concrete standards for heat and drought. Unlike flood risk, "
      "for which statutory safety standards apply, there is no norm for how hot a street or a home may become or how "
      "much water a district must be able to hold. The result is that each party decides for itself how much effort "
      "is enough, and that adaptation loses out when budgets are tight."),
    H2("4.2 Temporary money"),
    P("The current national programmes relevant to urban heat and drought are:"),
    bullets(
        "the Climate Adaptation Impulse Scheme, which co-finances regional measures until the end of 2027;",
        "the Delta Fund, which finances flood protection and fresh water supply but not urban adaptation measures;",
        "the National Heat Plan, coordinated by the RIVM, which gives guidance on heat warnings and care for "
        "vulnerable groups;",
        "incidental subsidies for greening schoolyards and for green roofs from several ministries.",
    ),
    P("Municipalities told the Council that the end of the impulse scheme creates uncertainty about projects that "
      "take longer than two or three years. Water boards can finance part of the work through their own taxes, but "
      "municipal budgets are under pressure from other tasks. The Council's estimate, based on the regional "
      "adaptation strategies, is that the investment needed for heat and drought in urban areas amounts to between "
      "250 and 400 million euros a year until 2050, of which currently less than a third is covered."),
    H2("4.3 Conclusions"),
    P("The Council concludes that the Netherlands has the knowledge and the instruments to make its cities resistant "
      "to heat and drought, but that too much depends on the goodwill and the budget of individual parties. Where "
      "standards are lacking, adaptation is postponed; where money is temporary, it is not planned. The "
      "recommendations in the next chapter are intended to change that."),
    PageBreak(),
    H("5 Recommendations"),
    P("The Council makes twelve recommendations. Each recommendation is followed by a short explanation of why the "
      "Council considers it important. The recommendations are addressed to the Minister of Infrastructure and Water "
      "Management, the Minister of Housing and Spatial Planning, the municipalities and the water boards, as "
      "indicated in each recommendation."),
    H2("5.1 Building and living"),
    *RECOMMENDATIONS[0],
    *RECOMMENDATIONS[1],
    *RECOMMENDATIONS[2],
    H2("5.2 Water and space"),
    *RECOMMENDATIONS[3],
    *RECOMMENDATIONS[4],
    *RECOMMENDATIONS[5],
    *RECOMMENDATIONS[6],
    H2("5.3 Specific groups and areas"),
    *RECOMMENDATIONS[7],
    *RECOMMENDATIONS[8],
    *RECOMMENDATIONS[9],
    *RECOMMENDATIONS[10],
    *RECOMMENDATIONS[11],
    PageBreak(),
    H("Annex  Organisations consulted"),
    P("The Council spoke with representatives of the following organisations:", bold=True),
    bullets(
        "Ministry of Infrastructure and Water Management, Directorate-General for Water and Soil",
        "Ministry of Housing and Spatial Planning, Directorate for Construction and Energy",
        "Association of Netherlands Municipalities (VNG)",
        "Union of Water Boards",
        "Interprovincial Consultation (IPO)",
        "Aedes, association of housing associations",
        "Vewin, association of drinking water companies",
        "GGD GHOR Nederland",
        "National Institute for Public Health and the Environment (RIVM)",
        "Royal Netherlands Meteorological Institute (KNMI)",
        "Climate Adaptation Knowledge Portal",
        "Red Cross Netherlands",
        "six municipalities and four water boards that hosted the neighbourhood visits",
    ),
    P("The responsibility for this advice lies solely with the Delta Adaptation Council."),
)

REPORT = Document(
    title="Cool Cities, Full Reservoirs",
    subtitle="Advice on adapting Dutch cities to heat and drought",
    blocks=REPORT_BLOCKS,
    running_header="Delta Adaptation Council  |  Cool Cities, Full Reservoirs  |  January 2026",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    title_page=True,
    imprint=("Delta Adaptation Council", "Advice 2026/01", "The Hague, January 2026"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

E1 = "The Minister of Housing will tighten the overheating requirement in the Building Decree as of 1 January 2028."
E3 = "The government does not consider a statutory green standard desirable."
E4 = ("A statutory drought test for every housing location, however small, goes further; whether that is "
      "proportionate is something we are still exploring with the provinces and municipalities.")
E5 = "There is no room in the budget for a separate adaptation fund with a structural budget of this size."
E6 = ("Together with the VNG and the Union of Water Boards, I will draw up a model regulation with one set of "
      "retention standards per type of plot, which will be available to municipalities and water boards by the end "
      "of 2026.")
E7 = "I have asked the RIVM and the KNMI to produce this map, with a first version in the spring of 2027."
E8 = ("The Minister of Housing will explore with Aedes and the Woonbond whether outdoor shading can be included in "
      "the next round of performance agreements.")
E9 = "We refer to the response to recommendation 4."
E12 = "I do not adopt this recommendation."

TABLE = Table(
    header=("Recommendation", "Government response"),
    rows=(
        ("1. Overheating limit for new homes",
         Cell("The analysis of the Council confirms what the industry itself is reporting: the TOjuli indicator "
              "does not reflect how homes perform in real summers. " + E1 + " The new requirement will be based on "
              "temperature exceedance hours in a future reference summer, as the Council proposes. A draft will be "
              "submitted for consultation in the autumn of 2026.",
              answers=(Answer("1", "agree", E1),))),
        ("2. Local heat plans",
         Cell("The National Heat Plan of the RIVM sets out how warnings are issued and how care organisations and "
              "municipalities can reach vulnerable people. GGD GHOR Nederland published guidance for local heat "
              "plans in 2024, which many municipalities use as a basis. Municipalities are responsible for their own "
              "local approach under the Public Health Act.")),
        ("3. Statutory 3-30-300 standard",
         Cell("I share the Council's view that green is essential for a cool city and that it is unevenly "
              "distributed. " + E3 + " The space available in existing neighbourhoods differs too much to apply "
              "one national rule, and municipalities are better placed to weigh green against other claims on "
              "public space. The guideline for a green and climate-adaptive living environment remains available "
              "as a voluntary reference.",
              answers=(Answer("3", "disagree", E3),))),
        ("4. Drought test for housing locations",
         Cell("For the large housing locations designated by the national government, water availability and "
              "subsidence will be part of the assessment from this year, as part of the principle that water and "
              "soil guide spatial planning. " + E4 + " We will report on the outcome in the next Delta Programme.",
              answers=(Answer("4", "partial", E4),))),
        ("5. Dedicated adaptation fund",
         Cell("The government recognises that municipalities need certainty about financing after 2027. " + E5 +
              " The financing of adaptation after 2027 will instead be part of the broader agreements with "
              "municipalities and water boards on their financial relationship with the national government.",
              answers=(Answer("5", "disagree", E5),))),
        ("6. Retention on private plots",
         Cell("Uniform rules make it easier for property owners and developers to do the right thing. " + E6 +
              " The Environment and Planning Act already provides the legal basis for such rules.",
              answers=(Answer("6", "agree", E6),))),
        ("7. National heat-risk map",
         Cell("A common picture of where heat is dangerous, and for whom, will help municipalities and health "
              "services to target their efforts. " + E7 + " The map will be published in the Climate Impact Atlas "
              "and updated every three years.",
              answers=(Answer("7", "agree", E7),))),
        ("8. Shading in social housing",
         Cell("Housing associations are already carrying out a large sustainability programme. " + E8 + " Any "
              "obligation would have to be weighed against the rent and the investment capacity of the "
              "associations, and no decision on that has been taken.",
              answers=(Answer("8", "partial", E8),))),
        ("9. Drought test for business sites",
         Cell("Business sites and data centres fall under the same national instructions for spatial planning as "
              "housing locations. " + E9,
              answers=(Answer("9", "partial", E9),))),
        ("10. Urban groundwater levels",
         Cell("This recommendation is addressed to the water boards, which set groundwater and surface water "
              "level decisions independently. The Union of Water Boards has informed me that it will respond to "
              "the Council itself.")),
        ("12. Target for paved surface",
         Cell(E12 + " A national percentage says little about the situation in a particular neighbourhood, and "
              "would add administrative burdens for municipalities without cooling a single street. I prefer to "
              "support municipalities with the knowledge programme on greening and the tile removal campaign.",
              answers=(Answer("12", "disagree", E12),))),
    ),
    widths=(2.0, 5.0),
)

RESPONSE_BLOCKS = (
    P("To the President of the House of Representatives of the States General"),
    P("Date: 14 April 2026"),
    P("Subject: Government response to the advice 'Cool Cities, Full Reservoirs' of the Delta Adaptation Council"),
    P("Dear President,"),
    P("On 22 January 2026 the Delta Adaptation Council presented its advice 'Cool Cities, Full Reservoirs' on "
      "adapting Dutch cities to heat and drought. The advice was prepared at my request. With this letter, also on "
      "behalf of the Minister of Housing and Spatial Planning, I send you the government's response to the advice."),
    P("I would like to thank the Council for a thorough and timely piece of work. The summer of 2025 showed once "
      "again that heat and drought are not distant threats. The Council's measurements in homes and streets make "
      "tangible what the climate scenarios of the KNMI predict, and its analysis of the gap between green and grey "
      "neighbourhoods deserves attention far beyond the circle of water managers."),
    P("The government shares the Council's conclusion that adaptation to heat and drought must become part of every "
      "decision about building and spatial planning. A great deal is already happening. Since the publication of "
      "the advice, the following steps have been taken or are in preparation:"),
    bullets(
        "the Delta Programme 2027 will contain, for the first time, a separate chapter on urban heat;",
        "the Climate Adaptation Impulse Scheme will be extended by one application round in 2027;",
        "the RIVM is updating the National Heat Plan, including the advice to care organisations;",
        "the knowledge programme on greening neighbourhoods will be continued until 2029.",
    ),
    P("The advice contains twelve recommendations, addressed to the national government, municipalities and water "
      "boards. In the table below we respond to the recommendations that concern the national government, or that "
      "the national government can support. Where a recommendation is addressed to other parties, it is for them "
      "to respond; I have sent the advice to the VNG and the Union of Water Boards."),
    P("Several recommendations ask for binding national standards. The government takes a careful view of these. "
      "Standards that fit one city can be counterproductive in another, and municipalities already have extensive "
      "powers under the Environment and Planning Act. Where a national rule offers clear added value, as in the "
      "building regulations, we do not shy away from it."),
    TABLE,
    P("The government will report to your House on the progress of the commitments in this letter in the Delta "
      "Programme 2027, which will be presented on Budget Day. I look forward to continuing the discussion with the "
      "Council, the municipalities and the water boards on how we can keep our cities liveable in the summers to "
      "come."),
    P("Yours sincerely,"),
    P("The Minister of Infrastructure and Water Management,"),
    P("M.J. Verhoeven-Tan"),
)

RESPONSE = Document(
    title="Government response to the advice 'Cool Cities, Full Reservoirs'",
    subtitle="Letter of the Minister of Infrastructure and Water Management  |  Ministry of Infrastructure and Water "
             "Management, Directorate-General for Water and Soil",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response 'Cool Cities, Full Reservoirs'  |  Reference IENW/BSK-2026/081544",
    footer="Page {page} of {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="climate_adaptation_advice_en",
    report=REPORT,
    response=RESPONSE,
    description="English advice of the fictional Delta Adaptation Council on heat and drought in cities (12 "
                "recommendations as bold 'Recommendation N' headings, each a one-item bullet with a 'Why this "
                "matters' paragraph) answered by an English letter of the Minister of IenW with a two-column "
                "'Recommendation | Government response' table; 2 describes existing policy only, 9 refers to 4, "
                "10 is passed to the water boards, 11 has no row.",
)
