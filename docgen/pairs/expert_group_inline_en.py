"""Pair (English): a fictional Expert Group on Rail Freight and the Port Hinterland advises the Minister of
Infrastructure and Water Management; the Minister answers the House in a letter.

Layout traits this pair tests: a serif report with a title page, a running header and numbered chapters and sections
("3 Capacity on the network", "3.1 ..."), footnotes, and NO list of recommendations.  Each of the fourteen
recommendations is one sentence beginning "We recommend that ...", set apart directly after the analysis paragraph
that supports it.  The renderer can only mark list items as recommendations (and cannot set a list item in bold), so
every recommendation is a single-item "•" list placed right after its analysis paragraph; the foreword tells the
reader that recommendations are "set apart from the text".  Ids "1".."14" follow document order and are never
printed.  Chapter 1 has a lettered list of the Minister's questions and a bulleted list of the stakeholders consulted
(traps: bullets that are not recommendations).  The conclusion (chapter 7) repeats five recommendations (1, 4, 6, 11,
13) as single-item bullets "As set out above, we recommend that ..." (duplicate_of).

The response is an English letter of the Minister of IenW to the Speaker of the House (letterhead, sans, "Page n of
m"), answering per theme under unnumbered headings that mirror the report's chapters, never citing a number.  Context
and thanks paragraphs carry no position; several answers first agree with the analysis and then decline the measure.
Gold positions:
  1 (IenW, Kijfhoek/Zevenaar funding)            agree     - no cue word: EUR 214 million reserved, works start 2027
  2 (ProRail, guaranteed freight paths)          not addr. - "This is a matter for ProRail, which will respond separately."
  3 (IenW, capacity strategy 2040)               agree     - "will take this forward" and publish before end of 2026
  4 (IenW, national ban on cast-iron brakes)     disagree  - polite refusal citing the Interoperability Directive/TSI Noise
  5 (IenW, noise barriers by 2028)               agree     - "has asked ProRail to" complete them by 2028, EUR 63 million
  6 (IenW, statutory vibration standard)         partial   - "agrees in principle" but only commissions a study first
  7 (municipalities, environment plans)          not addr. - never mentioned in the letter
  8 (IenW, toxic gases only via Betuweroute)     disagree  - shares the concern, "is not persuaded that" routing is needed
  9 (ILT, double unannounced inspections)        not addr. - "welcomes this recommendation" + existing practice only
 10 (IenW + safety regions, tunnel plan)         agree     - "supports", plan by 1 July 2026, EUR 2.4 million
 11 (EZ, terminal subsidy)                       partial   - EZ "will consider" it in an evaluation (same paragraph as 12)
 12 (IenW, lower track access charges)           disagree  - "does not intend to" (same paragraph as 11)
 13 (IenW + EZ, binding modal share target)      partial   - indicative target yes, binding no
 14 (IenW, annual Rail Freight Monitor)          agree     - "welcomes" followed by a committed first edition in May 2026
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
)

H = Heading
P = Paragraph

IENW = "IenW"
EZ = "EZ"
OTHER = "OTHER"
GEM = "GEMEENTEN"


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def lettered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="a.")


def rec(number: str, text: str, *departments: str) -> ItemList:
    """One recommendation, set apart right after its analysis paragraph as a single-item bullet list."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="•")


def again(number: str, text: str, *departments: str) -> ItemList:
    """A repeat of recommendation ``number`` in the conclusion."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments),
                                                                        duplicate_of=number)),), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC1 = ("We recommend that the Minister of Infrastructure and Water Management reserve in the Mobility Fund the "
        "full funding for the capacity upgrade of the Kijfhoek marshalling yard and the Zevenaar-Oost junction, so "
        "that construction can start no later than 2028.")
REC2 = ("We recommend that ProRail guarantee freight operators a fixed minimum number of freight paths per hour on "
        "the Betuweroute and the Brabant route in every annual timetable, and that it publish these paths before "
        "the capacity requests are submitted.")
REC3 = ("We recommend that the Minister of Infrastructure and Water Management draw up, before the end of 2026, a "
        "long-term capacity strategy for rail freight up to 2040, jointly with the port authorities of Rotterdam, "
        "Amsterdam and Moerdijk and the neighbouring infrastructure managers.")
REC4 = ("We recommend that the Minister of Infrastructure and Water Management prohibit freight wagons fitted with "
        "cast-iron block brakes from running on the Dutch network between 23.00 and 07.00 hours from December 2026 "
        "onwards.")
REC5 = ("We recommend that the Minister of Infrastructure and Water Management instruct ProRail to complete all "
        "outstanding noise barriers and other remediation measures on the freight routes by the end of 2028, and "
        "make the necessary funds available.")
REC6 = ("We recommend that the Minister of Infrastructure and Water Management lay down a statutory standard for "
        "vibration from rail traffic that also protects existing homes along the freight routes, and bring it into "
        "force by 2028.")
REC7 = ("We recommend that municipalities along the freight routes include the noise and vibration zones of the "
        "railway in their environment plans, and no longer allow new homes within 50 metres of the track unless the "
        "building itself is designed to keep vibration within the limits.")
REC8 = ("We recommend that the Minister of Infrastructure and Water Management require that chlorine, ammonia and "
        "other toxic gases transported by rail to and from the port of Rotterdam be routed exclusively over the "
        "Betuweroute, and no longer through the city centres on the Brabant route.")
REC9 = ("We recommend that the Human Environment and Transport Inspectorate double the number of unannounced "
        "inspections of dangerous goods wagons at marshalling yards and terminals, and publish its findings in a "
        "separate annual report.")
REC10 = ("We recommend that the Minister of Infrastructure and Water Management and the safety regions along the "
         "Betuweroute agree, before 1 July 2026, on a joint incident response plan for the tunnels on the route, and "
         "that they practise it at least once a year.")
REC11 = ("We recommend that the Minister of Economic Affairs introduce a dedicated investment scheme for new and "
         "expanded rail terminals in the hinterland, with priority for terminals that can be reached by rail "
         "without passing through a city centre.")
REC12 = ("We recommend that the Minister of Infrastructure and Water Management reduce the track access charges for "
         "freight trains to the level of the direct cost of the train service for a period of at least five years "
         "from 2027.")
REC13 = ("We recommend that the Minister of Infrastructure and Water Management and the Minister of Economic Affairs "
         "set a binding target for rail's share of container transport between the port of Rotterdam and the "
         "hinterland of 20 per cent by 2035.")
REC14 = ("We recommend that the Minister of Infrastructure and Water Management publish an annual monitor of rail "
         "freight in the port hinterland that brings together figures on volumes, capacity, noise, vibration and "
         "the safety of dangerous goods.")


def lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


REPORT_BLOCKS = (
    H("Foreword"),
    P("Every working day, some two hundred freight trains leave the port of Rotterdam for the hinterland. They carry "
      "containers, steel, chemicals, the last of the coal trade and, increasingly, the materials of the energy "
      "transition. Most of them run on the Betuweroute, the dedicated freight line to the German border. A smaller "
      "but more sensitive share runs through the cities of Brabant and Limburg, past homes that were there long "
      "before the trains. Rail freight is at the same time an economic asset, an instrument of climate policy and, "
      "for the people who live next to the track, a nuisance that wakes them at night."),
    P("In March 2025 the Minister of Infrastructure and Water Management asked us to advise on how rail freight to "
      "and from the seaports can grow without eroding the safety and the quality of life of the people who live "
      "along the routes. This report is our answer. It is the product of eight months of work, more than sixty "
      "conversations and three working visits: to the Kijfhoek marshalling yard, to the border crossing at Zevenaar "
      "and to the terminal area around Venlo."),
    P("We have tried to be concrete. Where we see a problem that someone in particular can solve, we say who should "
      "act and what we expect of them. We have not collected our recommendations in a separate list. Each is set "
      "apart from the text directly after the analysis on which it rests, and each begins with the words ‘We "
      "recommend that’. The final chapter draws the threads together."),
    P("We thank everyone who gave us their time and their candour, and the secretariat provided by the Ministry for "
      "its support. The views in this report are ours alone."),
    P("Professor Marieke van Leeuwarden-Holt, chair"),
    PageBreak(),
    H("Summary"),
    P("Rail freight between the seaports and the hinterland has grown steadily over the past decade and will have to "
      "grow further if the Netherlands is to meet its climate goals for freight transport. The network is not ready "
      "for that growth. Two bottlenecks, the marshalling yard at Kijfhoek and the junction at Zevenaar, already "
      "limit the number of trains that can run, and the annual timetable gives freight operators too little "
      "certainty to build a business on."),
    P("Growth is only acceptable if the people along the routes are protected. Noise from freight trains has fallen "
      "since quieter brakes were introduced, but the trains that still run on cast-iron brakes are the ones that "
      "run at night. Vibration is hardly regulated at all. The transport of dangerous goods is well organised on "
      "paper, yet we found gaps in supervision and in the preparation for incidents in the tunnels of the "
      "Betuweroute."),
    P("Finally, rail will only win a larger share of the market if terminals are available where shippers need them "
      "and if the cost of a train can compete with the cost of a lorry. The ambition for modal shift has been "
      "stated many times; what has been missing is a measurable target and a way of tracking progress."),
    P("Our fourteen recommendations are addressed to the Minister of Infrastructure and Water Management, ProRail, "
      "the Minister of Economic Affairs, the Human Environment and Transport Inspectorate and the municipalities "
      "along the routes."),
    PageBreak(),

    H("1 Introduction"),
    H2("1.1 Our mandate"),
    P("The Expert Group on Rail Freight and the Port Hinterland was established by the Minister of Infrastructure and "
      "Water Management on 4 March 2025 for a period of one year. The Minister asked us three questions:"),
    lettered(
        "What is needed to accommodate the expected growth of rail freight between the seaports and the hinterland "
        "up to 2040?",
        "How can the people who live along the freight routes be better protected against noise, vibration and the "
        "risks of dangerous goods?",
        "Which measures are most effective in shifting freight from road to rail?",
    ),
    P("The Expert Group consists of five members with backgrounds in transport economics, railway engineering, "
      "public administration, environmental law and crisis management. A list of members is given in the annex. "
      "We were supported by a small secretariat; the Ministry did not see the text before publication."),
    H2("1.2 How we worked"),
    P("We studied the available figures and evaluations, commissioned two short analyses of our own and spoke with "
      "a wide range of people involved in rail freight. The stakeholders we consulted were:"),
    bullets(
        "ProRail, including its capacity management and asset management departments;",
        "the Port of Rotterdam Authority, Port of Amsterdam and Port of Moerdijk;",
        "six rail freight operators and their sector association;",
        "shippers in the chemical, steel and container sectors, including companies at Chemelot;",
        "the Human Environment and Transport Inspectorate;",
        "the safety regions Rotterdam-Rijnmond, Zuid-Holland Zuid, Gelderland-Zuid and Brabant-Zuidoost;",
        "the municipalities of Dordrecht, Zwijndrecht, Tilburg, Eindhoven, Venlo and Zevenaar;",
        "residents' associations along the Brabant route and the Betuweroute;",
        "researchers at TNO, Delft University of Technology and the University of Twente;",
        "officials of the Ministry of Infrastructure and Water Management and the Ministry of Economic Affairs.",
    ),
    P("We also held a public evening meeting in Tilburg, attended by some 140 residents, and we received 57 written "
      "contributions through our website. Where we quote residents in this report, we do so anonymously."),
    H2("1.3 Reading guide"),
    P("Chapter 2 describes the current state of rail freight in the port hinterland and the policy framework. "
      "Chapters 3 to 6 deal in turn with capacity, with noise and vibration, with the safety of dangerous goods and "
      "with modal shift. Each of these chapters contains our analysis and our recommendations. Chapter 7 sets out "
      "our conclusions."),

    H("2 Rail freight and the port hinterland"),
    H2("2.1 Volumes and flows"),
    P("In 2024 some 42 million tonnes of freight were carried by rail in the Netherlands, about six per cent of all "
      "freight transported over land and inland waterways by weight.",
      footnotes=("Figures in this chapter are based on data from ProRail and the port authorities for the years "
                 "2014-2024, processed by the secretariat of the Expert Group.",)),
    P("Around three quarters of that volume starts or ends in a seaport, and the port of Rotterdam alone accounts "
      "for more than two thirds. Containers make up the largest and fastest-growing segment. Bulk transport of coal "
      "and iron ore is declining, while the transport of chemicals, steel products and, more recently, components "
      "for wind turbines and electrolysers is growing."),
    P("About 70 per cent of all cross-border freight trains use the Betuweroute, which runs from the Maasvlakte to "
      "the German border at Zevenaar. The remaining trains use the Brabant route, via Dordrecht, Breda, Tilburg, "
      "Eindhoven and Venlo, and to a lesser extent the route via Roosendaal to Antwerp. The Brabant route is part "
      "of the mixed network: freight trains share the track with intensive passenger services, and they pass "
      "through the centres of several large towns."),
    P("Forecasts by ProRail and the port authorities suggest that rail freight volumes may grow by 40 to 60 per cent "
      "up to 2040, depending on the development of the port and the pace of the energy transition. Even the lower "
      "estimate would mean around eighty additional freight trains per working day."),
    H2("2.2 The policy framework"),
    P("Rail freight in the Netherlands is governed by a combination of national and European rules. The Railways "
      "Act and the concession of ProRail set out how the network is managed and how capacity is allocated. "
      "European rules on access to the network, on track access charges and on the technical requirements for "
      "rolling stock apply directly or have been transposed into Dutch law. The Netherlands is part of three "
      "European rail freight corridors."),
    P("Noise from the railway is regulated under the Environment and Planning Act through noise production ceilings "
      "along every section of the track. Vibration is not regulated by a statutory standard; ProRail applies a "
      "policy rule when new track is built or existing track is substantially changed. The transport of dangerous "
      "goods is governed by the international rules for rail transport and, in the Netherlands, by the Basisnet, "
      "which sets risk ceilings for every route section and safety zones along the track."),
    P("Investment in the rail network is financed from the Mobility Fund. Decisions on major projects are taken "
      "in the annual Multi-Year Programme for Infrastructure, Spatial Planning and Transport, in consultation with "
      "the regions. Policy on modal shift has been part of successive freight transport agendas, most recently in "
      "the ambition to double rail freight by 2030 compared with 2018."),

    H("3 Capacity on the network"),
    H2("3.1 Bottlenecks at Kijfhoek and Zevenaar"),
    P("The Betuweroute was built for around 160 trains a day in each direction and currently carries far fewer. "
      "The capacity of the route itself is therefore not the problem. The constraints lie at the ends: at the "
      "Kijfhoek marshalling yard near Zwijndrecht, where trains are split and assembled, and at the junction at "
      "Zevenaar-Oost, where the Betuweroute joins the line to the German border. In both places the layout of the "
      "track dates from a time when far fewer trains ran, and in both places a single disruption can block traffic "
      "for hours."),
    P("ProRail has prepared plans for both locations. The plans for Kijfhoek include longer sidings, a new exit to "
      "the Betuweroute and the renewal of the hump; at Zevenaar-Oost an additional track and a flyover are "
      "needed. The plans are ready for the planning procedure, but funding has only been partly reserved. We were "
      "told that without a firm funding decision in 2026 the works will not start before 2030, by which time the "
      "German third track between Emmerich and Oberhausen is expected to be complete and traffic on the "
      "Betuweroute will increase sharply."),
    P("We consider the upgrade of these two locations the single most effective investment in rail freight "
      "capacity in the coming decade. The costs are modest compared with the costs of congestion at the border, "
      "and the benefits extend to passenger services on the mixed network, which now absorb the trains that cannot "
      "use the Betuweroute."),
    rec("1", REC1, IENW),
    H2("3.2 Timetabling and capacity allocation"),
    P("Each year ProRail allocates the capacity of the network for the following timetable year on the basis of "
      "requests from passenger and freight operators. On the mixed network, and in particular on the Brabant route, "
      "freight operators regularly find that the paths they need at the times they need them have been allocated to "
      "passenger services. They then receive paths at night or with long waiting times, which makes rail more "
      "expensive and less reliable than the road."),
    P("Freight operators told us that what they miss most is certainty. A shipper that commits to rail for a period "
      "of several years needs to know that the train can run at a reasonable time next year and the year after. The "
      "current process, in which requests are made in the spring and capacity is allocated at the end of the "
      "summer, offers no such certainty. Several European infrastructure managers already reserve capacity for "
      "freight in advance, in the form of pre-arranged paths that are published before the requests are made."),
    P("We recognise that ProRail must balance the interests of passengers and freight, and that passenger "
      "services on the Brabant route are important to the region. But the balance is now struck anew every year, "
      "and freight loses out as soon as capacity becomes scarce. A fixed minimum would give operators the security "
      "they need, without taking away ProRail's freedom to allocate the rest of the capacity."),
    rec("2", REC2, OTHER),
    H2("3.3 A long-term view"),
    P("Decisions on rail freight capacity are taken project by project. There is no single document that sets out "
      "how much freight the network must be able to carry in 2040, along which routes and at what times, and which "
      "investments are needed to get there. The ports each have their own growth scenarios, which do not always "
      "match the forecasts of ProRail. Across the border, the German and Belgian infrastructure managers make their "
      "own plans, which determine how many trains can actually leave the Netherlands."),
    P("The consequence is that choices are made too late and without a view of the whole. The upgrade at Zevenaar "
      "is a case in point: its urgency has been known for at least ten years. A long-term strategy would make it "
      "possible to plan investments in time, to align them with the plans of the ports and the neighbouring "
      "countries, and to give the regions a clear picture of what to expect."),
    rec("3", REC3, IENW),

    H("4 Noise and vibration"),
    H2("4.1 Noise from freight wagons"),
    P("Noise is the most important reason why residents object to rail freight. The main source of noise from a "
      "freight train is the contact between the wheel and the rail. Wagons with traditional cast-iron block brakes "
      "roughen the wheel surface, which makes them up to ten decibels louder than wagons with composite brake "
      "blocks. Since 2020 the number of quiet wagons has increased considerably, partly because of a European "
      "requirement and partly because of a Dutch bonus in the track access charges for quiet wagons."),
    P("Even so, a significant share of the trains that pass through the Netherlands at night still contains "
      "wagons with cast-iron brakes. Most of these wagons are registered in other Member States and operate on "
      "routes where the European requirement does not yet apply in full. Residents along the Brabant route told us "
      "that it is these trains, between midnight and five in the morning, that disturb their sleep.",
      footnotes=("Measurements by ProRail at eight monitoring points in 2024 show that between 23.00 and 07.00 "
                 "hours about 14 per cent of wagons still had cast-iron block brakes.",)),
    P("We are aware that rolling stock is regulated at European level. But we believe that the Netherlands, as a "
      "transit country that carries the burden of this traffic, should not wait for the last loud wagons to "
      "disappear of their own accord. A clear date after which loud wagons may no longer run at night would speed "
      "up the retrofitting of the remaining fleet."),
    rec("4", REC4, IENW),
    H2("4.2 Noise barriers and remediation"),
    P("Homes along the railway that were exposed to high noise levels before the current noise rules came into "
      "force are entitled to remediation: a noise barrier, quieter track or insulation of the home. The remediation "
      "programme has been running for more than fifteen years. On the freight routes, about a third of the planned "
      "measures have still not been completed, mainly because of a lack of funds and because projects were "
      "postponed when the budget was used for other purposes."),
    P("For the residents concerned this is hard to understand. They have been told for years that a barrier will "
      "come, and meanwhile the number of freight trains has increased. We believe the remediation programme on the "
      "freight routes should be completed within a clear and short deadline, and that the Minister should ensure "
      "that ProRail has the money to do so."),
    rec("5", REC5, IENW),
    H2("4.3 Vibration"),
    P("Heavy freight trains cause vibrations that can be felt in homes up to a hundred metres from the track. "
      "Residents describe rattling windows, cracks in walls and disturbed sleep. Unlike noise, vibration from the "
      "railway is not subject to a statutory standard. The policy rule applied by ProRail only covers new or "
      "substantially modified track, which means that homes along existing lines have no protection at all, even "
      "when the number of trains increases."),
    P("Research by TNO shows that the nuisance from vibration depends strongly on the soil and on the construction "
      "of the home, which makes a single national standard technically complex. Other countries nevertheless manage "
      "to apply such standards. In our view the absence of a standard is no longer defensible now that the number "
      "of heavy freight trains is set to rise.",
      footnotes=("TNO, Trillingen door goederentreinen: stand van kennis, 2024. The study was commissioned by the "
                 "Ministry of Infrastructure and Water Management.",)),
    rec("6", REC6, IENW),
    H2("4.4 Spatial planning along the routes"),
    P("Not every problem along the railway lies with the railway. In several towns on the Brabant route we saw new "
      "homes being built very close to the track, sometimes within thirty metres. Such developments create new "
      "conflicts: the residents of tomorrow will object to the trains of today, and the noise production ceilings "
      "of the railway limit the room for growth. Municipalities decide where homes may be built, and under the "
      "Environment and Planning Act they have the means to keep a zone along the track free of sensitive "
      "buildings or to impose conditions on their construction."),
    rec("7", REC7, GEM),

    H("5 Safety of dangerous goods"),
    H2("5.1 The Basisnet"),
    P("About a fifth of the freight carried by rail in the Netherlands consists of dangerous goods, mostly flammable "
      "liquids and gases. A small but important share consists of toxic gases such as chlorine and ammonia, which "
      "are carried between the port of Rotterdam, the chemical cluster at Chemelot and destinations in Germany. "
      "The Basisnet sets a risk ceiling for every section of the network and limits the number of wagons with "
      "dangerous goods that may pass."),
    P("The Basisnet has made the risks of transporting dangerous goods transparent and predictable. Its weakness "
      "lies in the Brabant route. Toxic gases bound for Chemelot and Germany now pass through the centres of "
      "Dordrecht, Breda, Tilburg and Eindhoven, where thousands of people live and work within a few hundred metres "
      "of the track. The Betuweroute, by contrast, runs largely through sparsely populated areas and was designed "
      "for the transport of dangerous goods. The probability of an accident is small, but its consequences in a "
      "city centre would be very grave."),
    P("We have heard the objection that routing via the Betuweroute would lengthen some journeys and add costs for "
      "the chemical industry. We do not find that objection decisive. The additional distance is limited, and the "
      "reduction in risk for the residents of the Brabant cities is substantial."),
    rec("8", REC8, IENW),
    H2("5.2 Supervision and enforcement"),
    P("The Human Environment and Transport Inspectorate supervises compliance with the rules for the transport of "
      "dangerous goods by rail. In its own reports the Inspectorate finds shortcomings in a considerable share of "
      "the wagons it inspects: leaking valves, missing or incorrect labels and errors in the transport documents. "
      "Most inspections are announced in advance and take place at a limited number of locations."),
    P("The people we spoke to within the sector agree that unannounced inspections have a greater deterrent effect. "
      "They also noted that the findings of the Inspectorate are difficult to find, as they are spread across "
      "several general reports. Publishing them in one place would enable operators, shippers and residents to see "
      "whether compliance is improving."),
    rec("9", REC9, IENW),
    H2("5.3 Emergency preparedness"),
    P("The Betuweroute has five tunnels, the longest of which is more than two kilometres long. An incident with "
      "dangerous goods in one of these tunnels would require close cooperation between ProRail, the rail operator, "
      "the fire service and the other emergency services of several safety regions. We found that the incident "
      "response plans of the safety regions along the route are not aligned with each other, and that the last "
      "joint exercise in a tunnel took place more than five years ago."),
    P("The safety regions told us that they lack the capacity to organise large-scale exercises on their own, and "
      "that responsibilities for the technical installations in the tunnels are not always clear to them. The "
      "Minister, as the owner of the infrastructure, and the safety regions, which are responsible for emergency "
      "response, need to take this on together."),
    rec("10", REC10, IENW, GEM),

    H("6 Modal shift"),
    H2("6.1 Terminals in the hinterland"),
    P("A freight train is only useful if there is a terminal at either end where containers can be transferred to "
      "and from lorries. In the Netherlands the number of rail terminals has declined over the past twenty years. "
      "Several inland terminals serve barges and lorries only, and new business parks are often developed without a "
      "rail connection. Shippers told us that the nearest rail terminal is frequently too far away to make rail "
      "attractive for distances under 300 kilometres."),
    P("Investment in terminals is commercially risky. The return depends on the volume of freight, which only "
      "grows once the terminal is there. Existing subsidy schemes for the logistics sector are general in nature and "
      "rarely used for rail terminals. A dedicated scheme would lower the threshold for private investors and could "
      "be targeted at locations that do not add to the traffic through city centres."),
    rec("11", REC11, EZ),
    H2("6.2 The cost of rail"),
    P("Track access charges are the fees that operators pay to ProRail for the use of the network. Since 2018 the "
      "Government has partly compensated rail freight operators for these charges, in order to strengthen the "
      "competitive position of rail. The compensation is temporary and decreases each year; it is due to end in "
      "2027. Operators fear that the end of the compensation will lead to higher prices and to a loss of traffic to "
      "the road."),
    P("European rules allow infrastructure managers to charge operators no more than the direct cost of running a "
      "train, plus certain mark-ups. In several neighbouring countries, charges for freight are kept at or near "
      "that minimum. We believe the Netherlands should do the same for a sufficiently long period to allow operators "
      "to plan their investments.",
      footnotes=("Directive 2012/34/EU establishing a single European railway area, Article 31.",)),
    rec("12", REC12, IENW),
    H2("6.3 Ambition and monitoring"),
    P("Successive governments have expressed the ambition to shift more freight from road to rail. Those ambitions "
      "have not been met. The share of rail in container transport from the port of Rotterdam to the hinterland has "
      "hovered around 12 per cent for a decade, while the share of the road has remained stable and the share of "
      "inland shipping has fallen slightly. The ambition to double rail freight by 2030 has no legal status and no "
      "agreed interim steps."),
    P("We believe that a binding target, shared by the Minister responsible for infrastructure and the Minister "
      "responsible for the economy and the ports, would focus policy on the measures that work. It would also give "
      "the port authorities a clear basis for their own agreements with terminal operators and shippers."),
    rec("13", REC13, IENW, EZ),
    P("A target only works if progress can be tracked. We found that the figures on rail freight are spread across "
      "ProRail, the port authorities, the Inspectorate and Statistics Netherlands, and that no one brings them "
      "together. The same applies to the figures on noise, vibration and safety along the routes, which residents "
      "and municipalities now have to piece together themselves."),
    rec("14", REC14, IENW),

    H("7 Conclusion"),
    P("Rail freight to and from the seaports can grow, and it should. But growth will only be accepted if it goes "
      "hand in hand with better protection for the people along the routes and if the State is seen to keep its "
      "promises. Our recommendations are intended to make that combination possible. We conclude by drawing "
      "attention to five of them, which we regard as the most urgent."),
    P("The first concerns capacity. The bottlenecks at Kijfhoek and Zevenaar are known, the plans are ready and the "
      "window in which the works can be completed before traffic from Germany increases is closing."),
    again("1", "As set out above, " + lower_first(REC1), IENW),
    P("The second concerns the night. Quieter wagons are the norm, but the trains that still run with cast-iron "
      "brakes are the ones that wake residents. We acknowledge that this recommendation touches on European rules, "
      "and we have weighed that carefully."),
    again("4", "As set out above, " + lower_first(REC4), IENW),
    P("The third concerns vibration, the one form of nuisance for which residents along existing lines have no "
      "protection at all."),
    again("6", "As set out above, " + lower_first(REC6), IENW),
    P("The fourth and fifth concern the shift from road to rail, where good intentions have too often taken the "
      "place of concrete instruments."),
    again("11", "As set out above, " + lower_first(REC11), EZ),
    again("13", "As set out above, " + lower_first(REC13), IENW, EZ),
    P("We are aware that our recommendations require money, legislation and cooperation between many parties. We "
      "are also aware that the people along the routes have heard many promises before. We therefore ask the "
      "Minister to report publicly on what is done with this advice, and we offer our help in doing so."),
    PageBreak(),
    H("Annex: Members of the Expert Group"),
    bullets(
        "Professor Marieke van Leeuwarden-Holt (chair), professor of transport economics",
        "Ir. Jeroen Bakhuis, former director of rail infrastructure at an engineering consultancy",
        "Mr. dr. Aylin Demirtaş, lawyer specialising in environmental and planning law",
        "Drs. Frank Oosterwegel, former mayor and former chair of a safety region",
        "Dr. Inge Hallewijn, senior researcher in acoustics and vibration",
    ),
    P("Secretariat: Thomas Verduijn (secretary), Sanne Kloppenburg and Youssef El Idrissi."),
)

REPORT = Document(
    title="Keeping Freight on Track",
    subtitle="Rail freight and the port hinterland: capacity, noise, safety and modal shift. Advice of the Expert "
             "Group on Rail Freight and the Port Hinterland to the Minister of Infrastructure and Water Management",
    blocks=REPORT_BLOCKS,
    running_header="Expert Group on Rail Freight and the Port Hinterland  ·  Keeping Freight on Track",
    footer="– {page} –",
    font_family="serif",
    font_size=10.5,
    imprint=("Expert Group on Rail Freight and the Port Hinterland", "The Hague, November 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("In the Mobility Fund programme I have now reserved € 214 million for the upgrade of the Kijfhoek marshalling "
       "yard and the Zevenaar-Oost junction, which covers the full estimated cost, and construction at both "
       "locations will start in the course of 2027.")
EV3 = ("The Government will take this forward and will publish a Rail Freight Capacity Strategy 2040 before the end "
       "of 2026, prepared together with the port authorities of Rotterdam, Amsterdam and Moerdijk and in "
       "consultation with DB InfraGO and Infrabel.")
EV4 = ("The Government therefore does not intend to introduce a national ban, however much it shares the aim "
       "behind it.")
EV5 = ("The Government has asked ProRail to complete all outstanding remediation measures on the freight routes by "
       "the end of 2028, and has added € 63 million to the remediation budget for that purpose.")
EV6 = ("The Government agrees in principle, but before deciding whether to legislate it will first commission a "
       "study into the feasibility, the costs and the legal form of such a standard, the results of which are "
       "expected in the summer of 2027.")
EV8 = ("The Government is not persuaded that a statutory routing requirement would reduce the risks by enough to "
       "justify its consequences, and does not intend to introduce one.")
EV10 = ("The Government supports this recommendation and has agreed with the Safety Regions Council that a joint "
        "incident response plan for the tunnels of the Betuweroute will be in place by 1 July 2026.")
EV11 = ("The Minister of Economic Affairs will consider whether a dedicated scheme for rail terminals is needed when "
        "the current logistics investment scheme is evaluated in 2026.")
EV12 = ("The Government does not intend to reduce track access charges further or to extend the compensation "
        "beyond 2027.")
EV13 = ("The Government will include an indicative target for rail's share of container transport in the new "
        "Freight Transport Agenda, but does not intend to make that target binding.")
EV14 = ("The Government welcomes this recommendation and will publish the first annual Rail Freight Monitor in May "
        "2026, with figures on volumes, capacity, noise, vibration and the transport of dangerous goods.")

RESPONSE_BLOCKS = (
    P("To the Speaker of the House of Representatives of the States General"),
    P("Date: 10 February 2026"),
    P("Subject: Government response to the advice ‘Keeping Freight on Track’"),
    P("Dear Madam Speaker,"),
    P("On 20 November 2025 the Expert Group on Rail Freight and the Port Hinterland presented its advice ‘Keeping "
      "Freight on Track’ to me. I sent the advice to your House on the same day and promised a Government response "
      "within three months. In this letter I set out that response. The Minister of Economic Affairs joins in it "
      "as far as the recommendations concern his responsibilities."),
    P("I would like to thank the chair and the members of the Expert Group for a thorough and readable advice. The "
      "Expert Group has spoken with a great many people, from freight operators and shippers to residents who live "
      "a few metres from the track, and that is visible on every page. I am also grateful to the municipalities, "
      "safety regions and residents' associations that took part in the consultations."),
    P("The Government shares the Expert Group's central message: rail freight must be able to grow, and that growth "
      "will only be accepted if the people along the routes are better protected. The Expert Group rightly points "
      "out that the State has not always kept its promises to these residents. Below I respond to the advice "
      "following the themes of the report: capacity, noise and vibration, the safety of dangerous goods and modal "
      "shift."),

    H2("Capacity on the network"),
    P("Rail freight volumes have grown by about a quarter over the past ten years, and the forecasts of ProRail and "
      "the port authorities indicate that this growth will continue. The Betuweroute still has ample capacity on "
      "the line itself, and the Expert Group is right that the bottlenecks lie at the ends of the route. The "
      "completion of the third track between Emmerich and Oberhausen, now expected in 2029, will increase the "
      "number of trains crossing the border at Zevenaar."),
    P("ProRail's plans for Kijfhoek and Zevenaar-Oost are ready for the planning procedure. " + EV1 + " The planning "
      "decisions for both projects are expected in the first half of 2026. This means that the works will be "
      "largely completed before the German third track comes into full use.",
      answers=(Answer("1", "agree", EV1),)),
    P("The Expert Group also calls for a long-term view of freight capacity on the network. I agree that decisions "
      "have too often been taken project by project. " + EV3 + " The strategy will form the basis for future "
      "decisions in the Multi-Year Programme for Infrastructure, Spatial Planning and Transport.",
      answers=(Answer("3", "agree", EV3),)),
    P("The Expert Group's recommendation on a guaranteed minimum number of freight paths in the annual timetable is "
      "addressed to ProRail, which allocates capacity independently under the Railways Act and European rules. "
      "This is a matter for ProRail, which will respond separately."),

    H2("Noise and vibration"),
    P("The Government agrees with the Expert Group that noise is the most important reason why residents object to "
      "rail freight, and that the last wagons with cast-iron block brakes cause a disproportionate share of the "
      "nuisance at night. Since 2020 the Netherlands has applied a bonus in the track access charges for quiet "
      "wagons, and the share of quiet wagons on the Dutch network has risen from about 60 per cent to about 86 per "
      "cent."),
    P("The Expert Group recommends a national ban on wagons with cast-iron brakes at night. The technical "
      "requirements for freight wagons, including the noise requirements, are laid down in the Interoperability "
      "Directive (EU) 2016/797 and the Technical Specification for Interoperability on noise. Under these rules a "
      "wagon that has been authorised in one Member State may run on the networks of all Member States, and a "
      "Member State may not unilaterally impose stricter requirements on it. " + EV4 + " The Netherlands will "
      "continue to press in Brussels for the full application of the European quieter routes, including on the "
      "routes that lead to the Dutch border.",
      answers=(Answer("4", "disagree", EV4),)),
    P("Residents who were promised a noise barrier years ago should not have to wait any longer. " + EV5 + " ProRail "
      "will report on progress twice a year, and I will inform your House of the results.",
      answers=(Answer("5", "agree", EV5),)),
    P("The Expert Group rightly notes that residents along existing lines are not protected against vibration by a "
      "statutory standard. " + EV6 + " In the meantime ProRail will apply its policy rule on vibration also when "
      "the number of freight trains on an existing line rises sharply.",
      answers=(Answer("6", "partial", EV6),)),

    H2("Safety of dangerous goods"),
    P("The transport of dangerous goods by rail in the Netherlands is safe by international standards. The Basisnet "
      "sets risk ceilings for every route section, and on none of the sections of the Brabant route are these "
      "ceilings currently exceeded. The number of wagons with toxic gases passing through the Brabant cities has "
      "fallen by about 40 per cent since 2015, largely as a result of agreements with the chemical industry."),
    P("The Government shares the Expert Group's concern about the transport of toxic gases through densely populated "
      "city centres. " + EV8 + " A mandatory route via the Betuweroute would add considerably to the journey of "
      "trains to Chemelot, which would then have to enter Limburg from Germany, and the risk would in part be "
      "transferred to other residential areas. I will, however, continue the existing agreements with the chemical "
      "industry to reduce these flows further.",
      answers=(Answer("8", "disagree", EV8),)),
    P("The Expert Group recommends that the Inspectorate carry out more unannounced inspections and publish its "
      "findings on dangerous goods separately. The Government welcomes this recommendation. The Human Environment and Transport Inspectorate supervises the "
      "transport of dangerous goods by rail on the basis of a multi-year programme and an annual risk analysis. In "
      "2024 it carried out some 290 inspections of wagons and transport documents at marshalling yards and "
      "terminals, of which about a quarter were unannounced, and it reports on its findings in its annual report. "
      "The Inspectorate determines its own inspection programme."),
    P("The Expert Group points to the tunnels of the Betuweroute as a particular concern. " + EV10 + " I am making "
      "€ 2.4 million available for joint exercises in 2026 and 2027, and the first full-scale exercise will take "
      "place in the Sophia tunnel in the autumn of 2026. After that, an exercise will be held each year.",
      answers=(Answer("10", "agree", EV10),)),

    H2("Modal shift"),
    P("Rail freight is an essential part of the Government's efforts to make freight transport more sustainable and "
      "to relieve the road network. The current ambition, to double rail freight by 2030 compared with 2018, is "
      "part of the Freight Transport Agenda, which is being revised this year."),
    P("The Expert Group recommends a dedicated investment scheme for rail terminals. The current logistics "
      "investment scheme is open to rail terminals, although few applications have been received. " + EV11 + " On "
      "track access charges, the Government has compensated freight operators since 2018 and will continue to do "
      "so until 2027, at a total cost of more than € 200 million. " + EV12 + " Reducing the charges to the level of "
      "direct cost would require an additional € 45 million a year, for which there is no room in the budget.",
      answers=(Answer("11", "partial", EV11), Answer("12", "disagree", EV12))),
    P("The Government agrees with the Expert Group that the ambition for modal shift needs a clearer basis. " + EV13
      + " A binding target would not sit well with the fact that the choice of transport mode is made by shippers "
      "and operators, and not by the Government. The Port of Rotterdam Authority has indicated that it is willing to "
      "include the indicative target in its agreements with terminal operators.",
      answers=(Answer("13", "partial", EV13),)),
    P("The Expert Group also observes that figures on rail freight are spread across many organisations. " + EV14 +
      " The monitor will be prepared together with ProRail, the port authorities, the Inspectorate and Statistics "
      "Netherlands, and will be sent to your House each year.",
      answers=(Answer("14", "agree", EV14),)),

    H2("Finally"),
    P("The Expert Group asks the Government to report publicly on what is done with its advice. I will do so in the "
      "annual Rail Freight Monitor, in which I will include a section on the follow-up of the recommendations in "
      "this letter."),
    P("Yours sincerely,"),
    P("The Minister of Infrastructure and Water Management,"),
    P("A.C. Hovenier-Baart"),
)

RESPONSE = Document(
    title="Ministry of Infrastructure and Water Management",
    subtitle="Letter to the House of Representatives  |  Government response to the advice of the Expert Group on "
             "Rail Freight and the Port Hinterland  |  Reference IENW/BSK-2026/31847",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response to ‘Keeping Freight on Track’",
    footer="Page {page} of {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="expert_group_inline_en",
    report=REPORT,
    response=RESPONSE,
    description="English Expert Group on Rail Freight advice (serif, 14 recommendations set inline as single-item "
                "bullets 'We recommend that ...' after their analysis, five repeated in the conclusion) and the IenW "
                "Minister's letter answering by theme without numbers; 2 passed to ProRail, 7 never mentioned, 9 only "
                "welcomed with existing practice, 11 and 12 in one paragraph.",
)
