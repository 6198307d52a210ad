"""Pair: a fictional Scottish Parliament committee report "Lifeline ferry services to the islands" (English), and the
Cabinet Secretary for Transport's reply to the Convener with an annex answering the report paragraph by paragraph.

Report layout: sans, title page with imprint (SP Paper number, date), running header, a "Membership" page with a
bullet list of members and clerks, then "Conclusions and recommendations" at the front, then the body.  As in a real
Holyrood committee report, every body paragraph is numbered (1.-97.) through the whole report, across the chapter
headings, with (a)-(d) sub-points in some paragraphs (the inquiry's terms of reference, the four harbour councils).
The committee's conclusions and recommendations are numbered body paragraphs like any other; the renderer cannot set
a list item in bold, so they print in regular weight (the brief asked for bold: not possible in the docgen model).
The front section "Conclusions and recommendations" gathers all of them again under theme subheadings, each printed
with its body paragraph number as its label ("24."), so the same number appears twice.  The body printing is the
recommendation (the committee's own paragraph, which the Government's response quotes); the front printing carries
duplicate_of with the same number, and the gold page is that of the front printing (the first).  The front list also
holds six conclusions that are not recommendations ("The Committee is concerned that ...", "The Committee
welcomes ..."), and the body has non-recommendation lists: the terms of reference (a)-(d), bullet lists of visits
and of causes of cancellation, a ruled grid table of reliability figures by route (Table 1) and Annexe A, a witness
list as bullet lists per evidence session.

Response layout: serif letter without title page (letterhead "Cabinet Secretary for Transport"), "Dear Convener"
letter of about two pages with context (investment, the winter's measures as a bullet list, the contracts), one
paragraph that answers the relief-vessel recommendation by subject ahead of the annex, a paragraph that passes the
addressees of some recommendations on to the operator and the councils in general terms, then "Annex: Scottish
Government response to the Committee's conclusions and recommendations", theme headings, and per entry a bold
"Paragraph 24" label, the committee's text quoted in quotation marks (takes no position) and the response
paragraphs.  Some conclusions are answered too (no gold).  One annex entry ("Paragraphs 63 and 64") answers two
recommendations in one paragraph with different positions.

Addressees: the Scottish Government, Transport Scotland, the operator Hebridean and Clyde Ferries (HCF) and the
vessel-owning body Scottish Ferry Assets (SFA) are all OTHER; the island and coastal councils are GEMEENTEN.

| Para | Recommendation (addressee)                                      | Gold          | Why |
|------|-----------------------------------------------------------------|---------------|-----|
| 24   | monthly route-level reliability figures (TS + HCF)              | agree         | "The Scottish Government accepts this recommendation." |
| 30   | two second-hand relief vessels by end 2027 (SG + SFA)           | partial       | answered first in the letter by subject: one vessel bought, the second not committed ("will therefore buy one of the two ... not yet able to commit to the second"); the annex repeats it |
| 34   | standing compensation scheme for island businesses (SG)         | disagree      | "does not agree that a standing compensation scheme is the right response" |
| 43   | 20-year vessel and harbour investment plan with funding (SG)    | agree         | "agrees with the Committee and will publish ..." with date and scope |
| 48   | standard design for small and medium vessels (SFA)              | agree         | by subject, no cue word: SFA board decision after the report, tender date |
| 53   | simplify governance, option of a single body (SG)               | partial       | "agrees in principle" on the aim only; revised framework yes, proposals for a single body no, in one sentence |
| 63   | guaranteed deck-space allocation for residents (HCF + TS)       | partial       | pilot on two routes and "will consider extending" (same paragraph as 64) |
| 64   | RET for commercial vehicles over six metres (SG)                | disagree      | "not something the Scottish Government is able to support" (same paragraph as 63) |
| 72   | statutory footing for the Ferries Community Board (SG)          | not_addressed | "notes" and only describes what the Board already does |
| 75   | island communities impact assessment before each cut (SG)       | disagree      | "does not consider it proportionate"; the existing 2018 Act duty is the reason for refusing |
| 83   | councils publish service standards and reliability (councils)   | not_addressed | passed on: "it is for those councils to respond", report sent to COSLA |
| 84   | multi-year funding settlement for Orkney/Shetland ferries (SG)  | partial       | one-year money and a business case, but "cannot agree a multi-year settlement" before the Spending Review, in one sentence |
| 87   | joint accessibility programme and fund for terminals (SG + councils) | agree    | concrete agreed programme and fund with a 2030 aim, no "accepts" |
| 94   | HCF workforce plan with island recruitment targets (HCF)        | not_addressed | passed on: HCF's chief executive will write to the Committee directly |

Totals: agree 4, partial 4, disagree 3, not addressed 3.  All prose, people, figures, the operator, the vessel body
and the committee are fictional and written for this test set.
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

SG = ("OTHER",)
COUNCILS = ("GEMEENTEN",)
SG_COUNCILS = ("OTHER", "GEMEENTEN")


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# --------------------------------------------------------------------------------------------------------------
# Report: the body is written as a run of numbered paragraphs; the builder numbers them through the report.
# --------------------------------------------------------------------------------------------------------------


class N:
    """A numbered body paragraph, optionally with (a), (b) ... sub-points."""

    def __init__(self, text: str, children: tuple[str, ...] = ()):
        self.text = text
        self.children = children


class C(N):
    """A conclusion of the Committee: a numbered paragraph that is repeated at the front."""


class R(C):
    """A recommendation of the Committee: numbered paragraph ``number`` (checked), repeated at the front."""

    def __init__(self, number: int, text: str, departments: tuple[str, ...]):
        super().__init__(text)
        self.number = number
        self.departments = departments


BODY = (
    H("1 Introduction"),
    N("Ferries are the lifeline of Scotland's island communities. For the 93 inhabited islands of Scotland, and for "
      "a number of remote mainland peninsulas, the ferry is how children get to secondary school, how patients reach "
      "hospital appointments, how food and fuel arrive in the shops and how island businesses get their produce to "
      "market. When a ferry does not sail, the consequences are felt in every part of island life."),
    N("The Committee agreed in March 2025 to hold an inquiry into lifeline ferry services. We did so against a "
      "background of rising numbers of cancellations, a fleet whose average age has risen year on year, and long "
      "delays to the delivery of new vessels. Members had heard repeatedly from constituents about the effect of "
      "disruption on island economies and on the confidence of people who are thinking about whether they can "
      "continue to live and work on an island."),
    N("The terms of reference for the inquiry were to examine:",
      children=(
          "the reliability and resilience of ferry services to the islands, and the effect of disruption on island "
          "communities and businesses;",
          "progress with the replacement of the ageing fleet, and the arrangements for planning, procuring and "
          "owning vessels and harbours;",
          "fares, capacity and booking arrangements, and how well they meet the needs of island residents; and",
          "how island communities are involved in decisions about their ferry services, including services run by "
          "local authorities.",
      )),
    N("The Committee issued a call for views on 2 April 2025, which ran until 30 May 2025. We received 214 written "
      "submissions, of which 131 came from individuals and 83 from organisations. We are grateful to everyone who took "
      "the time to respond. A large number of islanders also responded to an online survey run for the Committee by "
      "the Scottish Parliament Information Centre (SPICe); 1,862 people completed it."),
    N("We took oral evidence at six meetings between September and December 2025. A list of the witnesses who gave "
      "evidence is at Annexe A. We heard from island residents and ferry committees, from businesses and their "
      "representative bodies, from the trade unions that represent ferry crews, from the operator and the "
      "vessel-owning body, from local authorities and from Transport Scotland. We concluded our evidence with the "
      "Cabinet Secretary for Transport on 16 December 2025."),
    N("Members of the Committee also visited island communities and ports during the inquiry. Those visits were:"),
    bullets(
        "Arran and the port of Ardrossan, 23 June 2025, where we met the Arran Ferry Action Group and local "
        "businesses;",
        "Mull and Iona, 24 June 2025, including a meeting with the Mull and Iona Ferry Committee in Craignure;",
        "South Uist, Eriskay and Barra, 18 and 19 August 2025, hosted by Comhairle nan Eilean Siar;",
        "Orkney, 8 September 2025, where we travelled on two of the council's inter-island ferries; and",
        "the shipyard building two of the new small vessels, 29 October 2025.",
    ),
    N("We would like to thank everyone who welcomed us on those visits, and in particular those islanders who spoke "
      "to us frankly, and sometimes with considerable emotion, about the effect that ferry disruption has had on "
      "their families and their livelihoods."),
    N("In this report, the conclusions and recommendations of the Committee are numbered as part of the text and "
      "are also gathered together at the front of the report. We ask the Scottish Government, and the other bodies "
      "to which our recommendations are addressed, to respond within two months of publication."),
    H("2 The ferry network and who is responsible for it"),
    N("Ferry services to the islands of the Clyde and the Hebrides are provided under a public service contract "
      "between the Scottish Ministers and Hebridean and Clyde Ferries Ltd (HCF), a company wholly owned by the "
      "Scottish Ministers. The current contract began in October 2016 and has been extended to September 2026, when "
      "a new directly awarded contract of ten years is due to begin. HCF runs 29 routes serving 53 ports with a fleet "
      "of 34 vessels."),
    N("The vessels and most of the harbours used on the network are owned by Scottish Ferry Assets Ltd (SFA), also "
      "wholly owned by the Scottish Ministers. SFA leases the vessels to HCF, procures new vessels and invests in the "
      "harbours it owns. Transport Scotland, an agency of the Scottish Government, specifies the services, manages "
      "the contract and funds both companies."),
    N("The Northern Isles services between the mainland and Orkney and Shetland are provided under a separate "
      "contract, which was outside the scope of this inquiry except where it bears on wider questions about the "
      "fleet. The Committee's inquiry did, however, cover the ferry services that local authorities provide "
      "themselves."),
    N("Four local authorities run their own ferry services or own harbours used by lifeline ferries:",
      children=(
          "Orkney Islands Council runs inter-island services to thirteen islands with a fleet of nine vessels;",
          "Shetland Islands Council runs services to nine islands with twelve vessels and two chain ferries;",
          "Argyll and Bute Council runs four short crossings and owns a number of harbours used by HCF; and",
          "Highland Council runs the Corran ferry and owns several of the harbours on the Small Isles and Skye "
          "routes.",
      )),
    N("The Scottish Government's Islands Connectivity Plan, published in 2024, sets out its long-term approach to "
      "ferry services, together with a vessel and port plan covering the period to 2045. The Scottish Government told "
      "us that it had committed around £700 million to new vessels and port improvements over the present "
      "parliamentary session."),
    N("Many witnesses described the arrangements between Transport Scotland, SFA and HCF as confusing. The three "
      "bodies were often referred to collectively as the 'tripartite' arrangement. Islanders told us that it was "
      "frequently unclear who was responsible for a decision, and who could be held to account when things went "
      "wrong. One witness put it to us that 'when a vessel breaks down, three organisations explain to you why it is "
      "someone else's problem'."),
    N("The Transport Scotland representatives rejected that description. They told us that the roles were set out "
      "in a framework agreement, that the three bodies met weekly, and that responsibility for the specification and "
      "funding of services rested clearly with Ministers. HCF told us that it was responsible for operating the "
      "timetable it was given, with the vessels it was given."),
    N("We consider the governance of the network in more detail in chapter 4. We note here that, whatever the formal "
      "position, the arrangements are not understood by the people who depend on the services, and that this "
      "undermines their confidence."),
    H("3 Reliability and resilience"),
    H2("How reliable are the services?"),
    N("HCF reports the reliability of its services against the contract as a single network-wide figure: the "
      "proportion of scheduled sailings that are operated. On that measure, reliability has fallen from 97.2% in "
      "2022-23 to 95.1% in 2024-25. Punctuality, the proportion of sailings arriving within ten minutes of the "
      "scheduled time, fell from 96.0% to 94.4% over the same period."),
    N("The network-wide figure conceals large differences between routes. At the Committee's request, HCF provided "
      "figures for a selection of routes, which are set out in Table 1. They show that reliability is lowest, and "
      "has fallen furthest, on the routes served by the oldest vessels."),
    Table(
        header=("Route", "Vessel age (years)", "Sailings 2024-25", "% run 2022-23", "% run 2023-24",
                "% run 2024-25", "% on time 2024-25", "Lost to faults 2024-25"),
        rows=(
            ("Ardrossan – Brodick", "32", "4,980", "94.1", "89.6", "84.2", "88.0", "412"),
            ("Oban – Craignure", "24", "6,420", "97.8", "96.5", "95.9", "93.1", "61"),
            ("Kennacraig – Islay", "29", "2,310", "95.0", "92.7", "90.3", "91.4", "118"),
            ("Oban – Castlebay / Lochboisdale", "27", "1,150", "92.4", "88.1", "86.7", "89.5", "74"),
            ("Uig – Tarbert / Lochmaddy", "25", "2,870", "96.3", "93.9", "93.1", "92.6", "96"),
            ("Ullapool – Stornoway", "10", "2,190", "98.9", "98.4", "98.7", "96.2", "9"),
            ("Largs – Cumbrae", "28", "14,600", "99.1", "98.8", "98.2", "97.5", "41"),
            ("Oban – Coll / Tiree", "36", "760", "91.6", "87.9", "85.4", "90.2", "58"),
            ("All HCF routes", "23 (avg.)", "151,400", "97.2", "95.8", "95.1", "94.4", "1,930"),
        ),
        widths=(2.6, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3),
        font_size=8,
    ),
    P("Table 1: Sailings operated and punctuality on selected routes, 2022-23 to 2024-25. Source: HCF, written "
      "submission of 11 November 2025. '% run' is the share of sailings in the published timetable that were "
      "operated; sailings cancelled for weather count as not operated. 'Lost to faults' is the number of sailings "
      "cancelled because of a technical fault with the vessel or with harbour equipment."),
    N("Weather remains the largest single cause of cancellations, but its share is falling. HCF told us that in "
      "2024-25 the 7,420 sailings it cancelled network-wide were lost to the following causes:"),
    bullets(
        "weather: 4,230 sailings (57%);",
        "technical faults with vessels or harbour equipment: 1,930 sailings (26%);",
        "crewing, including sickness and the availability of certificated officers: 520 sailings (7%); and",
        "other causes, including berth damage and medical emergencies on board: 740 sailings (10%).",
    ),
    N("Three years earlier, technical faults had accounted for 14% of cancellations. The rise is almost entirely "
      "explained by the age of the fleet. HCF's Director of Operations told us that the oldest vessels spend a "
      "growing part of each year out of service for repairs, and that parts for some of them now have to be made to "
      "order."),
    N("Island communities told us that the figures understate the effect of disruption. A cancelled sailing on a "
      "route with two sailings a day removes half of the day's capacity, whereas on a route with a sailing every "
      "hour it can often be absorbed. Islanders also described being unable to find out, at the time they needed "
      "to, whether a sailing would go, and having to rebook their travel more than once."),
    C("The Committee is concerned that reliability on the routes served by the oldest vessels has fallen in each of "
      "the last three years, and that island communities have borne the consequences. The network-wide reliability "
      "figure gives a misleading impression of the service that many islanders receive."),
    N("Several witnesses argued that better information would itself improve matters. The Mull and Iona Ferry "
      "Committee told us that it had to submit freedom of information requests to obtain reliability data for its own "
      "route. The Federation of Small Businesses said that businesses could plan around a less reliable service if "
      "they knew which routes and which months were most at risk."),
    R(24, "The Committee recommends that HCF and Transport Scotland publish reliability and punctuality figures for "
          "every route each month, broken down by the cause of each cancellation, in a form that island communities "
          "can readily use, and that a route-by-route summary is reported to the Parliament each year.", SG),
    H2("Resilience of the fleet"),
    N("The network has very little spare capacity. When a major vessel fails, or is away for its annual overhaul, "
      "HCF has to move another vessel from its own route to cover, often leaving that route with a reduced or "
      "substitute service. Witnesses described this as a 'cascade' in which the failure of one vessel can disrupt "
      "several islands at once."),
    N("HCF told us that it has no vessel that is held solely as a relief vessel. The chartered catamaran used on the "
      "Ardrossan route in 2024 and 2025 had helped, but it was not suitable for many harbours and could not carry "
      "heavy goods vehicles."),
    N("SFA told us that it had looked at the second-hand market for suitable vessels and that few were available. "
      "Vessels built for northern European routes were often too large for Scottish harbours, or had a draught that "
      "ruled out the shallower ports. SFA had bought one second-hand vessel in 2023, which entered service in "
      "2024 after a refit."),
    N("Nevertheless, the evidence we heard was almost unanimous that a small number of relief vessels would do more "
      "to improve resilience in the short term than any other measure. The Ferries Community Board told us that "
      "'the single most useful thing that could be done this year is to buy a spare ship'."),
    C("The Committee considers that the lack of any dedicated relief capacity is the main reason that the failure of "
      "one vessel so often leads to disruption across the network."),
    R(30, "The Committee recommends that the Scottish Government and SFA acquire at least two second-hand vessels by "
          "the end of 2027 to serve as a dedicated relief fleet, so that a single breakdown no longer removes the "
          "only vessel from a route.", SG),
    H2("The effect of disruption on island businesses"),
    N("We heard a great deal of evidence about the economic cost of disruption. Hotels and holiday lets reported "
      "cancellations of bookings whenever a route was disrupted, and shellfish and livestock producers told us of "
      "produce lost because it could not be shipped in time. In South Uist, businesses estimated that a prolonged "
      "period of disruption in 2024 had cost the island economy over £1 million."),
    N("In response to that episode, the Scottish Government made a one-off resilience fund of £1 million available "
      "to businesses on the island, administered by Highlands and Islands Enterprise. Witnesses told us that the "
      "fund had been welcome but slow to pay out, and that businesses on other islands, which had suffered similar "
      "losses, had received nothing."),
    N("Business organisations argued for a permanent scheme that would pay compensation automatically when a route "
      "was disrupted for longer than a set period. The Scottish Government's view, expressed by the Cabinet "
      "Secretary in evidence, was that the priority should be to improve reliability rather than to compensate for "
      "its absence."),
    R(34, "The Committee recommends that the Scottish Government establish a standing compensation scheme for island "
          "businesses that lose trade as a result of prolonged disruption to their ferry service, with clear "
          "eligibility rules, building on the lessons of the one-off resilience fund.", SG),
    H("4 The ageing fleet and vessel replacement"),
    H2("The state of the fleet"),
    N("The average age of the vessels in HCF's fleet is 23 years, and eleven of its major vessels are more than "
      "25 years old. Vessels of this kind are generally expected to have a working life of around 25 to 30 years. "
      "SFA told us that without replacement, around half of the fleet will have passed the end of its expected life "
      "by 2030."),
    N("Older vessels are not necessarily unsafe; every vessel in service holds the certificates required by the "
      "Maritime and Coastguard Agency. But older vessels break down more often, take longer to repair and cost more "
      "to maintain. HCF's annual maintenance spending has risen by 64% in real terms over five years."),
    N("The two large vessels ordered in 2015 were originally due to enter service in 2018. The first entered service "
      "in early 2025 and the second is now expected in the spring of 2026. The final cost of the two vessels is "
      "expected to be more than four times the original contract price. The story of these vessels has been "
      "examined by other committees and by Audit Scotland, and we do not repeat it here."),
    C("The Committee considers that the delays and cost overruns in the delivery of the two large vessels have "
      "seriously damaged confidence in the vessel replacement programme, and that rebuilding that confidence must "
      "be a priority for the Scottish Government."),
    H2("Planning for the long term"),
    N("Since 2023, the Scottish Government has ordered seven further major vessels, four of which are due to enter "
      "service in 2026 and 2027. A Small Vessel Replacement Programme has also been announced, covering up to ten "
      "smaller vessels. Witnesses welcomed these orders, but told us that the programme still lacked a long-term "
      "plan with secure funding."),
    N("The vessel and port plan published alongside the Islands Connectivity Plan sets out the vessels and "
      "harbour works that the Scottish Government intends to deliver, but it does not include a funding profile "
      "beyond the current spending review period. Shipbuilders told us that the lack of a longer-term pipeline of "
      "orders makes it harder for them to invest and to bid competitively."),
    N("SFA's Chief Executive told us that 'a ship takes five years from decision to delivery, and a harbour often "
      "longer; we cannot plan that on the basis of annual budgets'. Local authorities made the same point about the "
      "harbours they own, many of which will need to be rebuilt to take the new vessels."),
    N("The Committee agrees. The replacement of the fleet and of the harbours it uses is a programme that will take "
      "at least two decades. It should be planned and funded on that basis."),
    R(43, "The Committee recommends that the Scottish Government publish, before the end of 2026, a 20-year vessel "
          "and harbour investment plan, with a funding profile for at least the first ten years, and report "
          "progress against it to the Parliament each year.", SG),
    H2("Standard designs"),
    N("The current fleet includes a large number of different vessel designs, many of them built for a single "
      "route. Witnesses from the industry and from the trade unions told us that this makes it harder to move "
      "vessels and crews between routes, increases the number of spare parts that must be held, and means that "
      "each new vessel has to be designed more or less from scratch."),
    N("Other operators of island ferry services, notably in Norway, have adopted standard designs that are built in "
      "series. The Committee heard that this had reduced both the cost and the time taken to procure new vessels, "
      "and had made it easier to plan the harbour works needed to receive them."),
    N("SFA told us that it was considering a common design for the smaller vessels to be procured under the Small "
      "Vessel Replacement Programme, but that no decision had yet been taken."),
    N("We were persuaded by the evidence that standardisation offers real benefits, provided that designs are "
      "developed with the communities they will serve."),
    R(48, "The Committee recommends that SFA adopt a standard design for small and medium vessels, so that future "
          "vessels can be procured in batches, crews and spares can move between routes, and harbour works can be "
          "planned around a known hull.", SG),
    H2("Governance"),
    N("As noted in chapter 2, many witnesses were critical of the tripartite arrangements. The independent review of "
      "ferry governance commissioned by the Scottish Government, which reported in 2023, set out several options, "
      "including bringing SFA and HCF together in a single publicly owned body."),
    N("The Scottish Government told us that it had decided not to pursue structural change for the time being, "
      "preferring to focus on the new contract and the vessel programme. The Cabinet Secretary said that "
      "'reorganising the bodies would absorb management time at exactly the moment we need them to be delivering "
      "new ships'."),
    N("We understand that concern. However, we heard that the current arrangements have contributed to delays in "
      "decision-making, including in the specification of new vessels, where SFA as the owner and HCF as the "
      "operator have not always agreed. Island communities do not know whom to hold to account."),
    N("The Committee does not take a view on the precise form that the governance of the network should take. But "
      "the question cannot be deferred indefinitely."),
    R(53, "The Committee recommends that the Scottish Government bring forward proposals to simplify the current "
          "governance arrangements, including the option of bringing vessel ownership and ferry operation together "
          "in a single publicly owned body, and that it report to the Committee on its preferred option by the end "
          "of 2026.", SG),
    H("5 Fares, capacity and booking"),
    H2("Road Equivalent Tariff"),
    N("Fares on most HCF routes are set under the Road Equivalent Tariff (RET), under which the fare for a car or a "
      "foot passenger is based on the cost of travelling the equivalent distance by road. RET was introduced on "
      "all Clyde and Hebrides routes by 2015 and has substantially reduced fares. Since 2024, island residents "
      "under the age of 22 have also been entitled to free ferry travel."),
    N("Witnesses were almost unanimous that RET has been good for island economies and for tourism. However, a "
      "number told us that it has also increased demand for car travel, particularly in the summer, to the point "
      "where island residents can no longer book space on the sailings they need."),
    N("Commercial vehicles over six metres in length, including most goods vehicles, are not covered by RET and pay "
      "a separate commercial tariff. Hauliers and island retailers told us that this adds to the cost of goods on "
      "the islands, and that the difference between the commercial fares and RET fares for cars is hard to "
      "justify."),
    H2("Capacity and booking"),
    N("In the summer months, the vehicle deck of many sailings on the busiest routes is fully booked weeks in "
      "advance, largely by visitors. Islanders described being unable to travel to the mainland for hospital "
      "appointments, family events or to collect supplies. A crofter from Mull told us that she now books a return "
      "sailing in April for every week of the summer, 'just in case', and cancels most of them."),
    N("HCF told us that such speculative bookings are widespread and that a significant share of vehicle bookings on "
      "some routes are cancelled within 48 hours of departure, often too late to be resold. A new booking and "
      "ticketing system is due to be introduced during 2026, which HCF said would give it more tools to manage "
      "demand."),
    N("HCF already holds back a small amount of space on some routes for hauliers carrying essential goods, and "
      "patients travelling for medical appointments can ask for priority. However, witnesses said that the "
      "arrangements are informal, vary between routes and are not well known."),
    N("Ferry committees proposed a guaranteed allocation of space on each sailing for island residents and essential "
      "travel, which would be released for general sale shortly before departure if not used. They pointed to "
      "similar arrangements on island services in Norway and the Faroe Islands."),
    N("The Committee notes HCF's concern that an allocation would reduce the space available to visitors and could "
      "affect the island tourism economy. We consider that this risk can be managed by releasing unused space in "
      "good time, and that the needs of people who live on the islands must come first."),
    N("The Committee also considered the case for extending RET to commercial vehicles. We heard differing estimates "
      "of the cost, the most recent being Transport Scotland's figure of around £14 million a year. The Committee "
      "accepts that this is a significant sum, but we believe that the cost of living on the islands justifies it."),
    R(63, "The Committee recommends that HCF, with Transport Scotland, introduce a guaranteed allocation of vehicle "
          "deck space on every sailing for island residents, hauliers and those travelling for medical "
          "appointments, released for general sale no earlier than 48 hours before departure.", SG),
    R(64, "The Committee recommends that the Scottish Government extend Road Equivalent Tariff fares to commercial "
          "vehicles over six metres on all routes, to reduce the cost of goods on the islands.", SG),
    C("The Committee welcomes the introduction of free ferry travel for island residents under the age of 22 and "
      "the evidence we heard that it has made it easier for young people to stay in education and training."),
    H("6 Islanders' voice in ferry decisions"),
    N("The Ferries Community Board was established in 2020 to represent the users of HCF services. It is made up of "
      "representatives of local ferry committees and other community bodies, and advises HCF and Transport Scotland "
      "on timetables, fares and the future of the network. It has no statutory status."),
    N("The Board told us that its relationship with HCF had improved, and that it was now routinely consulted on "
      "timetable changes. But it said that it was often consulted late, after options had effectively been settled, "
      "and that it had no formal role in decisions about where vessels are deployed or in the design of new "
      "vessels."),
    N("Several local ferry committees told us that they felt their views were heard but not acted upon. One "
      "described the consultation on a revised winter timetable as 'a letter telling us what had been decided'."),
    N("We also heard evidence about the Islands (Scotland) Act 2018, which requires public bodies to prepare an "
      "island communities impact assessment when a new or revised policy, strategy or service is likely to have an "
      "effect on an island community that is significantly different from its effect on other communities. "
      "Witnesses told us that assessments are rarely carried out for changes to ferry timetables or for the "
      "redeployment of vessels, even where those changes reduce the service to an island."),
    N("Transport Scotland told us that timetable changes and vessel deployments are operational decisions for HCF, "
      "taken within the contract, and that it would not be proportionate to carry out a full assessment each time. "
      "HCF said that it considers the effect of changes on communities as a matter of course."),
    N("The Committee believes that island communities should have a stronger and more formal say in the decisions "
      "that affect their ferry services. In particular, we consider that the Ferries Community Board should be able "
      "to rely on being consulted, and that the principles of the 2018 Act should apply in practice to the "
      "decisions that matter most to islanders."),
    R(72, "The Committee recommends that the Scottish Government place the Ferries Community Board on a statutory "
          "footing, with a right to be consulted on timetables, the deployment of vessels and the specification of "
          "new vessels.", SG),
    N("We recognise that many timetable changes are minor. Our concern is with changes that reduce the number of "
      "sailings on a route, or that move a vessel away from a route for a significant period."),
    N("We heard that such decisions are sometimes taken at short notice because of a breakdown elsewhere on the "
      "network. The Committee does not wish to prevent the operator from responding quickly in an emergency, but "
      "the effect on the islands concerned should be recorded and published after the event."),
    R(75, "The Committee recommends that an island communities impact assessment be carried out and published before "
          "any change to a timetable, or to the deployment of a vessel, that reduces the number of sailings on a "
          "route; where an emergency makes that impossible, the assessment should be published within one month.",
      SG),
    H("7 Council-run ferries and harbours"),
    N("The inter-island ferry services run by Orkney Islands Council and Shetland Islands Council face many of the "
      "same problems as the HCF network, often in a more acute form. Several of the councils' vessels are more than "
      "40 years old. Orkney Islands Council told us that its newest ferry is 34 years old, and that its fleet is "
      "'the oldest in the United Kingdom, if not in northern Europe'."),
    N("The two councils receive a contribution from the Scottish Government towards the running costs of their "
      "services, agreed annually. For 2025-26 that contribution was £22.8 million. The councils told us that it does "
      "not cover the full cost of the services, and that it makes no provision for the replacement of vessels, "
      "which they cannot fund from their own resources."),
    N("Shetland Islands Council estimated that replacing its inter-island fleet would cost around £400 million over "
      "twenty years; Orkney Islands Council put the cost of its own fleet replacement at more than £300 million. "
      "Both councils said that they could not begin to procure new vessels without certainty about long-term "
      "funding."),
    N("The Scottish Government told us that the councils' ferry services are their own responsibility, but that it "
      "recognised the particular pressures they face and had provided additional support in recent years."),
    N("We also heard that the performance of council-run services is less visible than that of the HCF network. "
      "Councils publish some information on their services, but not on a consistent basis, and we were unable to "
      "compare their reliability with that of HCF routes."),
    C("The Committee is concerned that the fleets operated by Orkney Islands Council and Shetland Islands Council are "
      "approaching the end of their lives with no agreed plan or funding for their replacement."),
    N("We recognise that these services are the responsibility of the councils, and that the councils are "
      "accountable to their own communities for them. Nevertheless, the islanders who depend on them are entitled to "
      "the same information about the services they use as those served by HCF."),
    R(83, "The Committee recommends that the local authorities which run their own ferry services publish service "
           "standards and route-level reliability figures for those services, on the same basis as those published "
           "for the HCF network.", COUNCILS),
    R(84, "The Committee recommends that the Scottish Government agree a multi-year funding settlement with Orkney "
           "Islands Council and Shetland Islands Council for the operation and replacement of their inter-island "
           "ferry fleets, before the start of the 2027-28 financial year.", SG),
    H2("Accessible harbours and terminals"),
    N("Disabled passengers and their representatives told us that many ferry terminals remain difficult or "
      "impossible to use independently. An accessibility audit of 60 terminals carried out for Transport Scotland in "
      "2024 found that twelve had no step-free access to the vessel at some states of the tide, and that most lacked "
      "accessible toilets or waiting areas."),
    N("The harbours concerned are owned by SFA, by local authorities and by private trust ports. Witnesses told us "
      "that the division of ownership meant that no one took responsibility for a programme of improvements, and "
      "that improvements were made only when a harbour was being rebuilt for other reasons."),
    R(87, "The Committee recommends that the Scottish Government and the local authorities that own harbours agree "
           "a joint programme, with a shared fund, to make every ferry terminal accessible to disabled passengers by "
           "2030, starting with the terminals identified in the 2024 accessibility audit.", SG_COUNCILS),
    H("8 Crew and workforce"),
    N("HCF employs around 1,800 people, most of them as crew. The trade unions told us that the workforce is "
      "ageing, that recruitment of certificated officers and engineers is increasingly difficult, and that the "
      "cancellation of sailings because of crew shortages has become more common."),
    N("Islanders and the unions both argued that more crew should be recruited from the islands themselves. HCF "
      "employs crew from across Scotland on a rotation basis, and many travel considerable distances to join their "
      "vessels. Island-based crew would, witnesses said, be more resilient to disruption and would bring jobs and "
      "young families to the islands."),
    N("HCF runs a cadetship programme, which takes around 20 cadets a year, and told us that it hoped to expand it "
      "when the new vessels enter service. It said that it had no published workforce plan."),
    C("The Committee pays tribute to the crews and port staff who keep the network running, often in very difficult "
      "conditions. Their commitment was remarked upon by almost every island witness we heard from."),
    N("A sustainable workforce will be essential if the new vessels are to deliver the reliability that islanders "
      "expect. We were struck by the absence of a plan to achieve it."),
    N("We heard in particular that the new vessels will require crews with different skills, including in the "
      "operation of dual-fuel and battery-electric propulsion, and that training for these has only just begun."),
    R(94, "The Committee recommends that HCF publish a workforce plan within twelve months, including targets for "
           "recruiting crew who live on the islands and an expanded cadet programme.", SG),
    H("9 Conclusion"),
    N("The evidence we received made clear that ferry services are not simply a matter of transport. They determine "
      "whether young people can stay on the islands, whether businesses can grow there, and whether older people can "
      "get the care they need."),
    N("There are grounds for hope. New vessels are being built, and the new contract offers an opportunity to "
      "improve the service. But islanders have heard promises before. The Scottish Government, the operator, the "
      "vessel-owning body and the councils must now show, through the measures we have recommended, that the "
      "service will improve."),
    N("The Committee will keep these matters under review and intends to return to them in the first year of the "
      "new contract."),
)


FRONT_GROUPS = {
    "3 Reliability and resilience": "Reliability and resilience",
    "4 The ageing fleet and vessel replacement": "The fleet and its replacement",
    "5 Fares, capacity and booking": "Fares, capacity and booking",
    "6 Islanders' voice in ferry decisions": "Islanders' voice in ferry decisions",
    "7 Council-run ferries and harbours": "Council-run ferries and harbours",
    "8 Crew and workforce": "Crew and workforce",
}


def build_report_blocks() -> tuple[tuple, tuple]:
    """Number the body paragraphs through the report; return (front section blocks, body blocks)."""
    body: list = []
    pending: list[ListItem] = []
    start = 1
    number = 0
    chapter = ""
    front: dict[str, list[tuple[int, N]]] = {}

    def flush() -> None:
        nonlocal pending, start
        if pending:
            body.append(ItemList(items=tuple(pending), style="1.", start=start))
        pending = []
        start = number + 1

    for block in BODY:
        if isinstance(block, N):
            number += 1
            children = tuple(ListItem(text) for text in block.children)
            if isinstance(block, R):
                if block.number != number:
                    raise ValueError(f"recommendation expected at paragraph {block.number}, is at {number}")
                item = ListItem(block.text, children,
                                recommendation=Recommendation(str(number), block.departments))
            else:
                item = ListItem(block.text, children)
            pending.append(item)
            if isinstance(block, C):
                front.setdefault(chapter, []).append((number, block))
        else:
            flush()
            if isinstance(block, Heading) and block.level == 1:
                chapter = block.text
            body.append(block)
    flush()

    front_blocks: list = []
    for chapter_heading, title in FRONT_GROUPS.items():
        front_blocks.append(H2(title))
        for number, block in front[chapter_heading]:
            if isinstance(block, R):
                item = ListItem(block.text, recommendation=Recommendation(str(number), block.departments,
                                                                          duplicate_of=str(number)))
            else:
                item = ListItem(block.text)
            front_blocks.append(ItemList(items=(item,), style="1.", start=number))
    return tuple(front_blocks), tuple(body)



FRONT, BODY_BLOCKS = build_report_blocks()

REPORT_BLOCKS = (
    H("Membership of the Committee"),
    P("The following Members of the Scottish Parliament served on the Islands, Transport and Connectivity Committee "
      "during the inquiry:"),
    bullets(
        "Morag Strachan MSP, Convener",
        "Calum Dewar MSP, Deputy Convener",
        "Aileen Fairlie MSP",
        "Niall Ferguson-Rae MSP",
        "Iain MacAskill MSP",
        "Rhona Mair MSP",
        "Stuart Pettigrew MSP",
    ),
    P("Clerks to the Committee: Eilidh Munro (Clerk), Graeme Sutherland (Assistant Clerk). The Committee was "
      "supported by Dr Kirsty Lamont of the Scottish Parliament Information Centre."),
    P("Evidence received by the Committee, the official reports of its meetings and the results of the survey of "
      "islanders are available on the Committee's web pages."),
    H("Conclusions and recommendations"),
    P("The Committee's conclusions and recommendations are set out below, grouped by theme. The number against "
      "each is the number of the paragraph of the report in which it appears, and in which the evidence behind it "
      "is discussed."),
) + FRONT + (
    PageBreak(),
) + BODY_BLOCKS + (
    PageBreak(),
    H("Annexe A: Witnesses"),
    P("The following witnesses gave oral evidence to the Committee. The official reports of the meetings are "
      "published on the Committee's web pages."),
    H3("9 September 2025"),
    bullets(
        "Dr Catriona Nicolson, Chair, Ferries Community Board",
        "Alasdair MacLeod, Secretary, Mull and Iona Ferry Committee",
        "Janet Kerr, Arran Ferry Action Group",
        "Donald John MacIntyre, South Uist Business Group",
    ),
    H3("23 September 2025"),
    bullets(
        "Fiona Rennie, Development Manager Highlands and Islands, Federation of Small Businesses",
        "Kenneth Grant, Director, Road Haulage Association Scotland",
        "Shona Matheson, Head of Communities, Highlands and Islands Enterprise",
        "Ewan Bell, Chief Executive, Scottish Islands Tourism Partnership",
    ),
    H3("7 October 2025"),
    bullets(
        "Gordon Leckie, Regional Organiser, RMT",
        "Lorna Gillies, National Secretary, Nautilus International",
        "Prof. Anders Haugland, Department of Maritime Operations, University of South-Eastern Norway",
        "Neil Gilchrist, Scottish Maritime Industries Forum",
    ),
    H3("4 November 2025"),
    bullets(
        "Cllr Magnus Flett, Chair, Transportation Committee, Orkney Islands Council",
        "Cllr Ruth Jamieson, Chair, Environment and Transport Committee, Shetland Islands Council",
        "Douglas Laird, Head of Roads and Infrastructure, Argyll and Bute Council",
        "Marion Fraser, Disability Equality Scotland Islands Forum",
    ),
    H3("25 November 2025"),
    bullets(
        "Stephen McAllister, Chief Executive, Hebridean and Clyde Ferries Ltd",
        "Karen Dunlop, Director of Operations, Hebridean and Clyde Ferries Ltd",
        "Robert Haldane, Chief Executive, Scottish Ferry Assets Ltd",
        "Andrew Carmichael, Director of Aviation, Maritime, Freight and Canals, Transport Scotland",
    ),
    H3("16 December 2025"),
    bullets(
        "Fiona MacInnes MSP, Cabinet Secretary for Transport",
        "Andrew Carmichael, Director of Aviation, Maritime, Freight and Canals, Transport Scotland",
        "Heather Baird, Head of Ferries Policy, Transport Scotland",
    ),
)

REPORT = Document(
    title="Lifeline ferry services to the islands",
    subtitle="Islands, Transport and Connectivity Committee\n4th Report, 2026 (Session 6)",
    blocks=REPORT_BLOCKS,
    running_header="Islands, Transport and Connectivity Committee  |  Lifeline ferry services to the islands, "
                   "4th Report, 2026 (Session 6)",
    footer="{page}",
    font_family="sans",
    font_size=10,
    imprint=("Published in Scotland by the Scottish Parliamentary Corporate Body", "SP Paper 731",
             "12 February 2026"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_24 = "The Scottish Government accepts this recommendation."
EV_30 = ("SFA will therefore buy one of the two relief vessels the Committee asks for, but I am not yet able to "
         "commit to the second; that decision will be taken once the first has been through a full winter.")
EV_34 = ("The Scottish Government does not agree that a standing compensation scheme is the right response to "
         "disruption.")
EV_43 = ("The Scottish Government agrees with the Committee and will publish a Long-Term Vessel and Harbour "
         "Investment Plan, covering the period to 2046 and setting out a funding profile for the first ten years, "
         "alongside the Scottish Budget in December 2026.")
EV_48 = ("At its meeting on 19 March 2026, the SFA board decided that the seven vessels of the Small Vessel "
         "Replacement Programme, and the medium-sized vessels that will follow them, will be built to a single "
         "standard design.")
EV_53 = ("We will therefore publish a revised framework document setting out the respective roles of Transport "
         "Scotland, SFA and HCF by September 2026, but we do not intend to bring forward proposals for a single "
         "body during this session.")
EV_63 = ("HCF will pilot such an allocation on the Oban – Craignure and Kennacraig – Islay routes from May 2026, "
         "and the Scottish Government will consider extending it to the rest of the network once the pilot has "
         "been evaluated.")
EV_64 = ("Extending RET to commercial vehicles over six metres, at a cost of around £14 million a year, is not "
         "something the Scottish Government is able to support.")
EV_75 = ("The Scottish Government does not consider it proportionate to require an island communities impact "
         "assessment before every change of this kind.")
EV_84 = ("Officials will begin work with both councils this summer on a business case for replacing their oldest "
          "vessels, but the Scottish Government cannot agree a multi-year settlement before the outcome of the next "
          "Spending Review is known.")
EV_87 = ("Transport Scotland and the four councils that own ferry harbours have agreed a joint accessibility "
          "programme, backed by a fund of £24 million over four years to which the Scottish Government will "
          "contribute three quarters, with the aim that every terminal is accessible by 2030.")


def quote(text: str) -> Paragraph:
    return P(f"“{text}”")


def label(text: str) -> Paragraph:
    return P(text, bold=True)


def rec_text(number: int) -> str:
    for block in BODY:
        if isinstance(block, R) and block.number == number:
            return block.text
    raise KeyError(number)


def con_text(number: int) -> str:
    count = 0
    for block in BODY:
        if isinstance(block, N):
            count += 1
            if count == number:
                return block.text
    raise KeyError(number)


RESPONSE_BLOCKS = (
    P("Morag Strachan MSP, Convener, Islands, Transport and Connectivity Committee"),
    P("The Scottish Parliament, Edinburgh EH99 1SP"),
    P("14 April 2026"),
    P("Dear Convener,"),
    H2("Lifeline ferry services to the islands"),
    P("Thank you for the Committee's 4th Report of 2026, Lifeline ferry services to the islands, published on "
      "12 February. I am grateful to the Committee for a thorough inquiry, and in particular for the time Members "
      "spent on the islands listening to the people who depend on these services. I also want to thank the islanders, "
      "businesses, crews and local authorities who gave evidence. Their experience is reflected throughout the "
      "report, and I recognise much of it from my own visits."),
    P("I have set out the Scottish Government's response to each of the Committee's conclusions and "
      "recommendations in the annex to this letter. In preparing it, Transport Scotland has worked closely with "
      "Hebridean and Clyde Ferries (HCF) and Scottish Ferry Assets (SFA). In this letter I want to draw out some of "
      "the main themes."),
    P("The Committee is right that the reliability of the network has not been good enough, and that the burden has "
      "fallen hardest on the communities served by the oldest vessels. I do not underestimate what a cancelled "
      "sailing means for a family travelling to a hospital appointment or for a business trying to get its produce "
      "to market. The lasting answer is new vessels, and they are coming: the second of the two large vessels "
      "entered service last month, four further major vessels will join the fleet in 2026 and 2027, and the first "
      "orders under the Small Vessel Replacement Programme will be placed this year. Taken together, this is the "
      "largest programme of investment in the fleet for a generation."),
    P("That programme will take time to deliver in full, and in the meantime we have taken a number of steps to "
      "reduce the effect of disruption this year. These include:"),
    bullets(
        "extending the charter of the catamaran serving the Ardrossan – Brodick route to March 2027;",
        "an additional £9 million for HCF's 2026-27 maintenance programme, targeted at the oldest vessels;",
        "a stock of critical spare parts for the older vessels, held centrally by SFA from June 2026; and",
        "new arrangements under which HCF informs ferry committees of any planned redeployment of a vessel at "
        "least six weeks in advance, except in an emergency.",
    ),
    P("The most immediate step we can take is to add relief capacity. SFA has agreed terms for the purchase of a "
      "second-hand vessel, currently in service in Norway, which will be refitted over the summer and will join the "
      "fleet as a dedicated relief vessel before the end of 2026. " + EV_30,
      answers=(Answer("30", "partial", EV_30),)),
    P("The new contract with HCF will begin on 1 October 2026. For the first time, it will include route-level "
      "targets for reliability and punctuality, and a stronger role for communities in the development of "
      "timetables. I know the Committee will want to scrutinise its performance closely, and I welcome that."),
    P("Some of the Committee's recommendations are addressed to HCF and SFA as well as to the Scottish Government, "
      "and some to local authorities. Where a recommendation is addressed to the Scottish Government jointly with "
      "one of the companies, the annex gives a single response on behalf of both. Where a recommendation is for "
      "another body alone, I have drawn it to that body's attention, and the annex says so."),
    P("I would be happy to give evidence to the Committee on this response, and on progress with the new contract, "
      "at a time that suits the Committee. I am copying this letter to the Chief Executives of HCF and SFA, and to "
      "the President of COSLA."),
    P("Yours sincerely,"),
    P("Fiona MacInnes MSP"),
    P("Cabinet Secretary for Transport"),
    PageBreak(),
    H("Annex: Scottish Government response to the Committee's conclusions and recommendations"),
    P("The Committee's conclusions and recommendations are quoted below with the number of the paragraph of the "
      "report in which they appear, followed by the Scottish Government's response."),
    H2("Reliability and resilience"),
    label("Paragraph 22"),
    quote(con_text(22)),
    P("The Scottish Government recognises the Committee's concern. As the Committee notes, the fall in reliability "
      "is concentrated on the routes served by the oldest vessels, several of which will be replaced in the next two "
      "years."),
    label("Paragraph 24"),
    quote(rec_text(24)),
    P(EV_24 + " From April 2026, HCF will publish reliability and punctuality figures for every route on its "
      "website each month, with each cancellation attributed to its cause. The format has been agreed with the "
      "Ferries Community Board. Transport Scotland will include a route-by-route summary in its annual report on the "
      "ferry contracts, which will be laid before the Parliament each autumn.",
      answers=(Answer("24", "agree", EV_24),)),
    label("Paragraph 29"),
    quote(con_text(29)),
    P("The Scottish Government agrees that the lack of relief capacity has made the network less resilient."),
    label("Paragraph 30"),
    quote(rec_text(30)),
    P("As set out in my letter, SFA has agreed terms for the purchase of a second-hand vessel which will enter "
      "service as a relief vessel before the end of 2026. " + EV_30 + " SFA will continue to monitor the market "
      "for suitable tonnage in the meantime.",
      answers=(Answer("30", "partial", EV_30),)),
    label("Paragraph 34"),
    quote(rec_text(34)),
    P(EV_34 + " The resilience fund made available to businesses in South Uist in 2024 was a response to "
      "exceptional circumstances, and it was not designed to be repeated. A permanent scheme would be costly to "
      "administer, would be difficult to target fairly between islands and would divert resources from the "
      "investment in vessels that will reduce disruption in the first place. Businesses affected by disruption can "
      "continue to seek support from Highlands and Islands Enterprise.",
      answers=(Answer("34", "disagree", EV_34),)),
    H2("The fleet and its replacement"),
    label("Paragraph 38"),
    quote(con_text(38)),
    P("The Scottish Government acknowledges that the delays to the two large vessels have affected confidence in "
      "the programme. Both vessels are now in service. The lessons learned have been applied to the vessels ordered "
      "since 2023, which are being delivered to schedule."),
    label("Paragraph 43"),
    quote(rec_text(43)),
    P(EV_43 + " The plan will cover both the HCF fleet and the harbours used by it, and Transport Scotland will "
      "report progress against it to the Parliament each year.",
      answers=(Answer("43", "agree", EV_43),)),
    label("Paragraph 48"),
    quote(rec_text(48)),
    P(EV_48 + " The design is being developed with HCF, the trade unions and the communities served by the first "
      "routes, and the tender for the first batch will be issued in June 2026. SFA will share the design with the "
      "local authorities that operate their own ferries.",
      answers=(Answer("48", "agree", EV_48),)),
    label("Paragraph 53"),
    quote(rec_text(53)),
    P("The Scottish Government agrees in principle that the responsibilities of the three bodies must be clearer "
      "to the communities they serve. Structural change would, however, divert management attention from the delivery of "
      "the new contract and the vessel programme at a critical time. " + EV_53,
      answers=(Answer("53", "partial", EV_53),)),
    H2("Fares, capacity and booking"),
    label("Paragraphs 63 and 64"),
    quote(rec_text(63)),
    quote(rec_text(64)),
    P("The Scottish Government recognises the difficulty that island residents face in booking space on the "
      "busiest routes in summer. " + EV_63 + " The new booking system, which will be introduced on all routes by "
      "the end of 2026, will make it easier to manage such an allocation and to reduce speculative bookings. "
      + EV_64 + " We are not persuaded that the saving would be passed on to island consumers, and the commercial "
      "tariff has been frozen for 2026-27.",
      answers=(Answer("63", "partial", EV_63), Answer("64", "disagree", EV_64))),
    label("Paragraph 65"),
    quote(con_text(65)),
    P("The Scottish Government welcomes the Committee's support for free ferry travel for young islanders. Some "
      "14,000 young people have registered for the scheme."),
    H2("Islanders' voice in ferry decisions"),
    label("Paragraph 72"),
    quote(rec_text(72)),
    P("The Scottish Government notes the Committee's recommendation. The Ferries Community Board was established in "
      "2020 and is consulted by Transport Scotland and HCF on all proposed timetable changes. Its terms of "
      "reference were revised in 2025 to include the deployment of vessels, and its chair is a member of the "
      "programme board for the Islands Connectivity Plan. The Scottish Government values the Board's "
      "contribution."),
    label("Paragraph 75"),
    quote(rec_text(75)),
    P(EV_75 + " Most timetable changes are seasonal or minor, and decisions on the deployment of vessels often have "
      "to be taken within hours of a breakdown. Under the Islands (Scotland) Act 2018, an assessment is already "
      "required for any new or revised policy, strategy or service likely to have a significantly different effect "
      "on island communities, and Transport Scotland and HCF will continue to apply that test. The new contract will "
      "also require HCF to consult ferry committees before any planned reduction in sailings.",
      answers=(Answer("75", "disagree", EV_75),)),
    H2("Council-run ferries and harbours"),
    label("Paragraph 81"),
    quote(con_text(81)),
    P("The Scottish Government recognises the pressures on the inter-island fleets of the two councils."),
    label("Paragraph 83"),
    quote(rec_text(83)),
    P("This recommendation is addressed to the local authorities that run their own ferry services, and it is for "
      "those councils to respond. I have sent a copy of the Committee's report to the chief executives of Orkney "
      "Islands Council, Shetland Islands Council, Argyll and Bute Council and Highland Council, and to COSLA."),
    label("Paragraph 84"),
    quote(rec_text(84)),
    P("The Scottish Government will provide £24.5 million to Orkney Islands Council and Shetland Islands Council in "
      "2026-27 towards the running costs of their inter-island services, an increase of 7% on the current year. "
      + EV_84 + " We will return to the question of longer-term funding with the councils once it is.",
      answers=(Answer("84", "partial", EV_84),)),
    label("Paragraph 87"),
    quote(rec_text(87)),
    P(EV_87 + " The fund will open to bids in October 2026, and the first awards will go to the twelve "
      "terminals identified in the 2024 audit as lacking step-free access.",
      answers=(Answer("87", "agree", EV_87),)),
    H2("Crew and workforce"),
    label("Paragraph 91"),
    quote(con_text(91)),
    P("The Scottish Government joins the Committee in paying tribute to the crews and port staff of HCF and of the "
      "councils' ferry services."),
    label("Paragraph 94"),
    quote(rec_text(94)),
    P("This recommendation is addressed to HCF, and HCF's Chief Executive will write to the Committee directly in "
      "response to it."),
)

RESPONSE = Document(
    title="Cabinet Secretary for Transport",
    subtitle="Fiona MacInnes MSP\nScottish Government, St Andrew's House, Regent Road, Edinburgh EH1 3DG",
    blocks=RESPONSE_BLOCKS,
    running_header="Scottish Government response to the Islands, Transport and Connectivity Committee: Lifeline "
                   "ferry services to the islands",
    footer="{page}",
    font_family="serif",
    font_size=10,
    title_page=False,
)

PAIR = Pair(
    name="island_ferries_committee_en",
    report=REPORT,
    response=RESPONSE,
    description="Scottish-Parliament-style committee report on lifeline ferry services (English) with paragraphs "
                "numbered through the body, 14 recommendations among them, all repeated with their paragraph "
                "numbers in a front 'Conclusions and recommendations' section alongside six conclusions; answered "
                "by a Cabinet Secretary's letter to the Convener with an annex quoting each paragraph number. "
                "Register: accepts / agrees / notes / will consider / does not agree.",
)
