"""Pair: a fictional Netherlands Audit Chamber audit of the supervision of long-distance livestock transport (English
edition), and the government's response by the Minister of Agriculture, Fisheries, Food Security and Nature.

Report layout: serif, title page with imprint, running header, numbered chapters with numbered sections.  Chapters
2-6 each end with a box titled "What we recommend": a shaded one-cell title bar (a header-only table), a bulleted
list of two or three recommendations in prose without printed numbers, and a thin shaded closing bar.  The renderer
cannot frame flowing list items, so the box is drawn this way.  Chapter 7 "Conclusions and recommendations" repeats
all fourteen recommendations verbatim in a grid table "No. | Recommendation | Addressed to" numbered 1-14.  Table
cells cannot be marked as recommendations in the docgen API, so the gold sits on the bulleted box items (ids "1" to
"14", the numbers the table prints for the same text; the box items are the first printing, so their page is the
gold page) and the table is plain report text.

Response layout: a sans letter (letterhead, no title page) from the minister on behalf of the government, with
thanks, agreement with the Chamber's conclusion but not with every part of the analysis (no position), a paragraph
on the NVWA's extra budget (existing policy), one
paragraph answering two recommendations by subject without numbers and with different positions (3 agree: money
and a date; 1 disagree: EU law), a context section on the EU revision and a section on the sector that only sends
the report on, then an annex "Response per recommendation": a two-column table "Recommendation" (number and short
paraphrase) | "Response", with no position column.

Gold positions:
 1 national 8-hour maximum journey time (LNV): disagree, points at Regulation (EC) No 1/2005 (letter and table)
 2 written NVWA/ILT division of tasks (LNV, IenW): agree, "I accept this recommendation."
 3 route-planning check of every journey log (NVWA -> LNV): agree without cue word (date and EUR 1.4 million, letter)
 4 booking confirmation from control posts in third countries (NVWA -> LNV): partial, "I will explore whether ..."
 5 rotation of official veterinarians (NVWA -> LNV): agree without cue word (concern shared, then a dated measure)
 6 navigation data of every long journey (NVWA -> LNV): partial, "I adopt this recommendation in part."
 7 ILT roadside checks of animal transport (IenW): agree, "The Minister of Infrastructure ... agrees with ..."
 8 temperature limit 30 degrees C (LNV): disagree, blunt "I do not accept this recommendation."
 9 higher fines and suspension after repeat violations (LNV): partial, "I accept the first part ..."
10 follow-up of notifications from member states (NVWA -> LNV): not addressed; the row passes it on to the NVWA as
   independent supervisor ("The Inspector-General of the NVWA will inform the Chamber directly ..."); the gold API
   cannot attach a pass-on sentence, so the evidence is null
11 publication of inspection results per company (LNV): disagree, polite "I do not consider this proportionate"
12 sector quality scheme with independent audits (OTHER): not addressed, missing from the annex table (the letter only
   says the report was sent to the sector organisations)
13 real-time temperature sensors (OTHER, the sector): agree without cue word (a dated approval condition and a subsidy)
14 annual report to the House (LNV): agree, "I adopt this recommendation."
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


LNV = "LNV"
IENW = "IenW"
OTHER = "OTHER"

MIN_LVVN = "Minister of Agriculture, Fisheries, Food Security and Nature"
MIN_IENW = "Minister of Infrastructure and Water Management"

# number -> (text as printed, departments, "addressed to" column of the summary table)
RECS: dict[str, tuple[str, tuple[str, ...], str]] = {
    "1": ("The Minister of Agriculture, Fisheries, Food Security and Nature should lay down a maximum journey time of "
          "eight hours for all transports of livestock that start in the Netherlands, including transports to other "
          "member states and to third countries.", (LNV,), MIN_LVVN),
    "2": ("The Minister of Agriculture, Fisheries, Food Security and Nature and the Minister of Infrastructure and "
          "Water Management should lay down in writing which part of the supervision of livestock transport on the "
          "road falls to the NVWA and which to the Human Environment and Transport Inspectorate (ILT), and how the two "
          "exchange information.", (LNV, IENW), f"{MIN_LVVN}; {MIN_IENW}"),
    "3": ("The NVWA should check, before it approves a journey log for a long journey, whether the journey can be "
          "carried out as planned, using route-planning software and up-to-date information on driving times, rest "
          "periods and waiting times at borders.", (LNV,), "NVWA"),
    "4": ("The NVWA should approve a journey log for a transport to a third country only when the organiser submits a "
          "written booking confirmation from every control post outside the European Union at which the animals are "
          "to be unloaded and rested.", (LNV,), "NVWA"),
    "5": ("The NVWA should ensure, by means of a fixed rotation schedule, that official veterinarians who certify "
          "consignments for export do not work at the same assembly centre for long periods.", (LNV,), "NVWA"),
    "6": ("The NVWA should analyse the satellite navigation data of every long journey once the journey has ended, "
          "and take enforcement action on each deviation from the approved journey log.", (LNV,), "NVWA"),
    "7": ("The Minister of Infrastructure and Water Management should ensure that the ILT includes vehicles carrying "
          "live animals in its roadside checks on driving and rest times, and passes its findings on to the NVWA.",
          (IENW,), MIN_IENW),
    "8": ("The Minister of Agriculture, Fisheries, Food Security and Nature should lower the temperature above which "
          "long journeys are not permitted from 35 °C to 30 °C, measured as the forecast maximum temperature along "
          "the route.", (LNV,), MIN_LVVN),
    "9": ("The Minister of Agriculture, Fisheries, Food Security and Nature should raise the fines for serious "
          "transport offences and provide that a transporter's authorisation is suspended after three serious "
          "violations within two years.", (LNV,), MIN_LVVN),
    "10": ("The NVWA should follow up every notification from another member state about a Dutch transporter within "
           "four weeks, and record what it has done with it.", (LNV,), "NVWA"),
    "11": ("The Minister of Agriculture, Fisheries, Food Security and Nature should ensure that the NVWA publishes the "
           "results of its transport inspections per transport company, as it already does for slaughterhouses.",
           (LNV,), MIN_LVVN),
    "12": ("Transport companies should, through their sector organisations, set up a quality scheme with independent "
           "audits that covers the training of drivers, the equipment of vehicles and the planning of journeys.",
           (OTHER,), "Transport companies"),
    "13": ("Transport companies should equip every vehicle used for long journeys with temperature sensors that "
           "transmit their readings in real time and that the NVWA can consult during the journey.", (OTHER,),
           "Transport companies"),
    "14": ("The Minister of Agriculture, Fisheries, Food Security and Nature should inform the House of "
           "Representatives each year about compliance with the transport rules, the checks carried out by the NVWA "
           "and the ILT, and the sanctions imposed.", (LNV,), MIN_LVVN),
}


def box(*numbers: str) -> tuple:
    """The "What we recommend" box that closes a body chapter: shaded title bar, bulleted prose, closing bar."""
    items = tuple(ListItem(RECS[n][0], recommendation=Recommendation(n, RECS[n][1])) for n in numbers)
    return (
        Table(header=("What we recommend",), rows=(), rules="grid"),
        ItemList(items=items, style="•"),
        Table(header=("",), rows=(), rules="rows"),
    )


def summary_table() -> Table:
    return Table(
        header=("No.", "Recommendation", "Addressed to"),
        rows=tuple((n, text, addressee) for n, (text, _, addressee) in RECS.items()),
        widths=(0.08, 0.62, 0.30),
        rules="grid",
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H1("Summary"),
    P("Every year, well over a million pigs, cattle, sheep and horses leave the Netherlands on journeys that last "
      "longer than eight hours. Most of them are piglets and breeding pigs bound for farms in Poland, Hungary, Italy "
      "and Spain; a smaller number are breeding cattle sent to countries outside the European Union, in North Africa, "
      "the Middle East and Central Asia. European law sets out how such journeys must be planned and carried out. "
      "The Netherlands Food and Consumer Product Safety Authority (NVWA) checks on behalf of the Minister of "
      "Agriculture, Fisheries, Food Security and Nature whether transporters comply."),
    P("We audited whether this supervision gives reasonable assurance that animals on long journeys are transported "
      "in accordance with the rules. Our answer is that it does not. The approval of journey logs before departure "
      "has become largely an administrative formality: in 2024 the NVWA approved 97 per cent of journey logs without "
      "any change, on average eleven minutes after they were submitted. In our sample of 400 journey logs, almost a "
      "third described a journey that could not be carried out within the legal driving and rest times. For "
      "transports to third countries, the NVWA usually does not know whether the control posts at which animals "
      "are to be rested actually exist and have room for them."),
    P("Checks during and after the journey are scarce. The number of roadside checks has more than halved since "
      "2019, and the navigation data that every vehicle on a long journey must record were retrieved for only three "
      "per cent of journeys. Where the NVWA did look at those data, it found a deviation from the plan in more than a "
      "third of cases, but it took enforcement action in only a handful of them. Fines are low, and no transporter "
      "has had its authorisation suspended in the period we audited, although four companies account for more than "
      "a fifth of all recorded violations."),
    P("Responsibility for the road is divided between the NVWA, which supervises animal welfare, and the Human "
      "Environment and Transport Inspectorate (ILT), which supervises driving and rest times of drivers. The two "
      "organisations hardly exchange information, even though they frequently check the same vehicles. Notifications "
      "from other member states about Dutch transporters were followed up in just over half of cases."),
    P("The House of Representatives receives information on transport in a fragmented way, spread over letters on "
      "animal welfare, annual reports of the NVWA and answers to parliamentary questions. A complete picture of "
      "compliance, checks and sanctions is not available."),
    P("At the end of each chapter we set out what we recommend. Chapter 7 brings our fourteen recommendations "
      "together. They are addressed to the Minister of Agriculture, Fisheries, Food Security and Nature, to the NVWA, "
      "to the Minister of Infrastructure and Water Management and to the transport companies themselves."),
    PageBreak(),

    # ---------------------------------------------------------------------------------------------- chapter 1
    H1("1  Introduction"),
    H2("1.1  Why we audited this subject"),
    P("The transport of live animals over long distances has been the subject of public and political debate for "
      "many years. Images of overheated lorries at the Bulgarian-Turkish border, of calves left without water at "
      "control posts and of cattle ships in Mediterranean ports have repeatedly led to questions in the House of "
      "Representatives. Successive ministers have said that animal welfare during transport is a priority, and that "
      "supervision of long journeys would be strengthened."),
    P("The Netherlands is one of the largest exporters of live animals in the European Union. Dutch pig farms supply "
      "piglets to fattening farms across Central and Southern Europe, and Dutch breeding cattle are sought after far "
      "beyond the Union. A long journey is therefore not an exception but part of the business model of a substantial "
      "part of Dutch livestock farming. That makes the quality of the supervision of those journeys a matter of public "
      "interest, both for the animals and for the credibility of the sector."),
    P("The Netherlands Audit Chamber audits whether central government spends public money and carries out its tasks "
      "effectively and lawfully. Supervision is one of those tasks. In this audit we examined whether the supervision "
      "of long-distance livestock transport does what the legislature and the minister intend it to do."),
    H2("1.2  Audit question and scope"),
    P("Our central audit question was: does the supervision of long-distance livestock transport give reasonable "
      "assurance that animals are transported in accordance with the applicable rules? We divided this question into "
      "four sub-questions:"),
    bullets("How are the rules and the responsibilities for supervision arranged?",
            "How does the NVWA assess journeys before the animals leave?",
            "How are journeys checked during and after transport, and how are violations dealt with?",
            "What do transport companies themselves do, and how is the House of Representatives informed?"),
    P("The audit covers journeys of more than eight hours that start in the Netherlands, the so-called long "
      "journeys, in the period from January 2022 to December 2024. It covers cattle, pigs, sheep, goats and horses; "
      "poultry and fish are outside its scope. We did not audit transport by sea, which for Dutch animals is "
      "uncommon, nor the conditions in countries of destination."),
    H2("1.3  How we carried out the audit"),
    P("We analysed the NVWA's data on journey logs, checks, violations and sanctions for the period 2022-2024. From "
      "the journey logs approved in 2023 and 2024 we drew a random sample of 400, of which 80 concerned transports to "
      "third countries, and for each of them we reconstructed whether the journey could be carried out as planned. "
      "For 120 of these journeys we also obtained the satellite navigation data and compared the actual route and "
      "times with the plan."),
    P("We studied policy documents, internal instructions and inspection reports of the NVWA and the ILT, and we "
      "interviewed 46 people: policy officers at the ministry, inspectors, official veterinarians, staff of the ILT, "
      "drivers, planners at transport companies, representatives of sector organisations and animal welfare "
      "organisations, and supervisors in Germany and Belgium. We accompanied NVWA inspectors on six days of roadside "
      "checks and at three assembly centres."),
    P("The ministry, the NVWA and the ILT have checked the facts in this report. The response of the government is "
      "published separately."),
    H2("1.4  Structure of this report"),
    P("Chapter 2 describes the rules and the division of responsibilities. Chapter 3 deals with the approval of "
      "journeys before departure, chapter 4 with checks during and after the journey and chapter 5 with enforcement. "
      "Chapter 6 discusses the role of the sector and the information provided to the House of Representatives. "
      "Each of these chapters ends with what we recommend. Chapter 7 sets out our conclusions and brings all "
      "recommendations together."),

    # ---------------------------------------------------------------------------------------------- chapter 2
    H1("2  Rules and responsibilities"),
    H2("2.1  European rules"),
    P("The protection of animals during transport is governed by a European regulation that has applied directly in "
      "all member states since 2007.", footnotes=(
          "Council Regulation (EC) No 1/2005 of 22 December 2004 on the protection of animals during transport and "
          "related operations.",)),
    P("The regulation sets requirements for the fitness of animals for transport, for vehicles, for the training of "
      "drivers and for the planning of journeys. For long journeys it lays down maximum travel times followed by "
      "mandatory rest periods: cattle, for example, may be transported for fourteen hours, after which they must "
      "rest for at least one hour, and may then be transported for another fourteen hours before being unloaded at "
      "a control post for twenty-four hours. Unweaned piglets may travel for nine hours, followed by a rest of one "
      "hour and another nine hours. In practice, these sequences allow journeys of several days."),
    P("For every long journey the organiser must draw up a journey log, which the competent authority of the place "
      "of departure must approve. The journey log lists the planned route, the planned stops and the control posts "
      "at which animals are to be unloaded. Vehicles used for long journeys must be equipped with a navigation system "
      "that records their position and the times at which the loading compartment is opened and closed."),
    P("In December 2023 the European Commission proposed a new regulation, which would among other things shorten "
      "journey times, set stricter temperature limits and make the digital exchange of journey data mandatory. At the "
      "time of our audit the proposal was still being negotiated, and it is uncertain when and in what form it will "
      "take effect."),
    H2("2.2  National rules and policy"),
    P("The European regulation leaves little room for national rules on transports between member states. The "
      "Netherlands has, however, laid down additional requirements for transports within its own territory, and the "
      "NVWA has adopted a policy rule on transport in hot weather. Under that rule the NVWA does not approve a "
      "long journey if the forecast maximum temperature at any point on the route exceeds 35 °C. Between 30 and 35 °C "
      "the NVWA approves a long journey only on conditions, such as travelling at night, a lower loading density and "
      "extra drinking water."),
    P("Fines for transport offences are laid down in a national penalty schedule under the Animals Act. For most "
      "transport offences the schedule provides for a fine of between € 750 and € 1,500 per violation. In addition, "
      "the NVWA can suspend or withdraw a transporter's authorisation, but the criteria for doing so have not been "
      "worked out."),
    P("Successive ministers have told the House of Representatives that long journeys should be reduced and that the "
      "Netherlands supports a maximum journey time of eight hours at European level. In 2022 the minister at the time "
      "stated that the Netherlands would 'take the lead where European law allows it'. We have found no document in "
      "which it is made clear what that means for the Dutch rules."),
    H2("2.3  Who supervises what"),
    P("The NVWA is the competent authority for animal welfare during transport. It approves journey logs, certifies "
      "consignments for export through its official veterinarians, carries out checks at assembly centres and on the "
      "road, and imposes fines. The ILT supervises compliance with the rules on driving times and rest periods of "
      "drivers, which apply to all heavy goods vehicles, including those carrying animals."),
    P("The driving times of drivers and the travel times of animals are closely linked: a driver who exceeds his "
      "driving time will usually also exceed the animals' travel time. Both supervisors check the same tachograph "
      "and navigation data, and in some cases stop the same vehicles. Yet there is no agreement between the NVWA and "
      "the ILT on the division of tasks on the road, and no arrangement for exchanging findings. ILT inspectors told "
      "us that, when they stop a lorry carrying animals, they check the driver's hours but not the animals, and do "
      "not pass their findings on to the NVWA. NVWA inspectors, for their part, did not know that the ILT had "
      "carried out such checks."),
    H2("2.4  Our assessment"),
    P("The rules for long journeys are largely European, and the minister cannot change them on her own. That makes "
      "it all the more important that the room that does exist is used, and that the minister is clear about how "
      "she intends to use it. The minister's statement that the Netherlands would take the lead has not been "
      "translated into rules. As a result, transports that start in the Netherlands can still last for days."),
    P("The lack of any arrangement between the NVWA and the ILT means that the two supervisors work side by side "
      "without using each other's information. That is a missed opportunity, given the scarcity of checks on the "
      "road that we describe in chapter 4."),
    *box("1", "2"),

    # ---------------------------------------------------------------------------------------------- chapter 3
    H1("3  Approving journeys before departure"),
    H2("3.1  How approval works"),
    P("The approval of the journey log is the moment at which the government can prevent a journey that cannot be "
      "carried out in accordance with the rules. The organiser submits the journey log through the NVWA's digital "
      "portal, usually one or two days before departure. An NVWA employee checks whether the journey log is complete "
      "and whether the planned times are within the limits of the regulation, and then stamps it."),
    P("In 2024 the NVWA approved 9,860 journey logs for long journeys, 610 of which were for transports to third "
      "countries. It approved 97 per cent of them without any change. The average time between submission and "
      "approval was eleven minutes. Employees told us that they check whether the boxes in the journey log have been "
      "filled in, but that they have neither the time nor the tools to assess whether the planned route and times "
      "are realistic."),
    H2("3.2  What we found in 400 journey logs"),
    P("For each journey log in our sample we used route-planning software to calculate how long the planned journey "
      "would take, taking into account the legal speed limits for heavy goods vehicles, the mandatory breaks of "
      "drivers and the average waiting times at the borders concerned. We then compared the outcome with the times "
      "stated in the journey log."),
    P("In 124 of the 400 journey logs (31 per cent), the journey as planned could not be carried out within the "
      "legal travel and rest times. In most of these cases the organiser had assumed an average speed that a lorry "
      "cannot achieve, or had left out waiting times at borders. In 37 cases the planned rest stop was at a location "
      "that was more than 200 kilometres from the place where the vehicle would be at the end of the permitted travel "
      "time. All 124 journey logs had been approved.", footnotes=(
          "We counted a journey log as not feasible only when the calculated travel time exceeded the permitted "
          "travel time by more than one hour, so as to leave room for uncertainty in our calculation.",)),
    P("For the 120 journeys of which we obtained the navigation data, the actual journey time exceeded the permitted "
      "travel time in 44 cases. In 31 of those 44 cases, the journey log had already described a journey that could "
      "not be carried out as planned. A better check before departure would therefore have identified most of the "
      "journeys that later went wrong."),
    H2("3.3  Journeys to third countries"),
    P("For transports to third countries the journey log must list the control posts outside the European Union at "
      "which the animals will be unloaded and rested. The NVWA has no way of checking whether those control posts "
      "exist, meet the requirements and have room for the animals on the day concerned. In 46 of the 80 journey logs "
      "for third countries in our sample, we could not establish that the control posts listed were in operation. "
      "In 12 cases we found that the control post had closed before the date of the journey."),
    P("Several member states require organisers to submit a written booking confirmation from every control post "
      "outside the Union before they approve a journey log. The NVWA does not. Staff told us that they rely on the "
      "organiser's signature, by which he declares that the information in the journey log is correct."),
    H2("3.4  Certification at assembly centres"),
    P("Animals intended for export are usually gathered at an assembly centre, where an official veterinarian of the "
      "NVWA inspects them and certifies that they are fit for transport. The official veterinarian can refuse animals "
      "that are ill, injured or heavily pregnant."),
    P("At four of the nine largest assembly centres, a single official veterinarian certified more than 80 per cent of "
      "all consignments over a period of more than two years. The share of animals refused varied between official "
      "veterinarians from 0.2 to 2.9 per cent. Several official veterinarians told us that working at the same "
      "location for years creates a relationship with the staff of the assembly centre and the transporters that "
      "makes it harder to refuse animals. The NVWA has no rotation policy for this work, unlike for its supervision "
      "at slaughterhouses."),
    H2("3.5  Our assessment"),
    P("The approval of journey logs does not fulfil the function it has in the regulation: preventing journeys that "
      "cannot be carried out in accordance with the rules. The information needed to check a journey log is "
      "available and the tools are in use elsewhere; what is lacking is a process in which they are used. For third "
      "countries, the NVWA approves journeys of which it cannot know whether the animals can be rested along the "
      "way. The lack of rotation at assembly centres puts the independence of certification at risk."),
    *box("3", "4", "5"),

    # ---------------------------------------------------------------------------------------------- chapter 4
    H1("4  Checks during and after the journey"),
    H2("4.1  Checks on the road"),
    P("The NVWA checks animal transports on the road, usually together with the police, at fixed locations along the "
      "motorways to Germany and Belgium. In 2024 it carried out 184 roadside checks on vehicles carrying animals on a "
      "long journey, against 402 in 2019. The NVWA explains the decline by the shortage of inspectors and by the "
      "priority given to the response to outbreaks of avian influenza in 2022 and 2023."),
    P("During the six days on which we accompanied inspectors, we saw that a roadside check is thorough: the inspector "
      "checks the documents, the navigation data, the condition of the animals and the equipment of the vehicle. Such "
      "a check takes about an hour and a half. At the current level, however, the chance that a vehicle on a long "
      "journey is checked on the road is about one in fifty."),
    P("The ILT carries out several thousand checks a year on the driving times and rest periods of drivers of heavy "
      "goods vehicles. Its selection of vehicles does not take into account whether a vehicle is carrying animals, "
      "and its inspectors do not record whether it was. The ILT could therefore not tell us how many vehicles "
      "carrying animals it had checked, nor how many violations of driving times it had found in them."),
    H2("4.2  Checks after the journey"),
    P("Because every vehicle on a long journey records its position, the NVWA can establish after the journey whether "
      "it was carried out as planned. This is the most efficient form of supervision available: it requires no "
      "inspector on the road and covers the whole journey. The NVWA nevertheless retrieved the navigation data of only "
      "296 long journeys in 2024, three per cent of the total."),
    P("Of those 296 journeys, 112 (38 per cent) deviated from the approved journey log in a way that was relevant to "
      "animal welfare: a rest period that was too short or missing, a travel time that was exceeded or a control post "
      "that was not visited. The NVWA took enforcement action in 9 of these 112 cases. Staff told us that analysing "
      "the data is time-consuming because they arrive in different formats, and that a deviation found weeks after "
      "the journey is difficult to prove."),
    H2("4.3  Transport in hot weather"),
    P("High temperatures are the greatest risk to animal welfare on long journeys. Animals in a fully loaded vehicle "
      "that is standing still, for instance at a border, can suffer heat stress within an hour. The NVWA's policy "
      "rule prohibits long journeys above a forecast temperature of 35 °C and sets conditions between 30 and 35 °C."),
    P("In the summers of 2023 and 2024, 212 long journeys were approved with a forecast maximum temperature along the "
      "route of between 30 and 35 °C. The NVWA checked 34 of them on the road or afterwards; in 6 of these the "
      "conditions had not been met. Veterinary experts we spoke to consider a limit of 30 °C more appropriate for "
      "pigs and cattle, which is in line with the scientific opinion on which the European Commission's proposal is "
      "based.", footnotes=(
          "The European Food Safety Authority concluded in 2022 that the risk of heat stress for pigs and cattle "
          "increases markedly above an ambient temperature of about 25 to 30 °C.",)),
    H2("4.4  Our assessment"),
    P("Supervision during and after the journey is too limited to deter violations. The decline in roadside checks "
      "could have been partly offset by a systematic analysis of navigation data, but that has not happened. The ILT "
      "checks vehicles carrying animals without knowing it and without informing the NVWA. The temperature limit of "
      "35 °C is higher than the limit that experts consider safe, and the conditions between 30 and 35 °C are hardly "
      "checked."),
    *box("6", "7", "8"),

    # ---------------------------------------------------------------------------------------------- chapter 5
    H1("5  Enforcement"),
    H2("5.1  Violations and sanctions"),
    P("From 2022 to 2024 the NVWA recorded 1,214 violations of the transport rules in long journeys. It imposed a fine "
      "in 402 cases and gave a written warning in most of the others. The average fine was € 1,380. For a transport "
      "company that earns several thousand euros on a single journey to Southern Europe, a fine of this size is not a "
      "strong incentive to plan journeys differently."),
    P("Violations are concentrated in a small group of companies. Four transport companies accounted for 22 per cent "
      "of all recorded violations; one of them was fined 31 times in three years. None of these companies had its "
      "authorisation suspended. The NVWA told us that it lacks criteria for when suspension is appropriate and that "
      "it fears legal proceedings if it suspends an authorisation without such criteria."),
    H2("5.2  Notifications from other member states"),
    P("When the authorities of another member state find a violation by a Dutch transporter, they notify the NVWA "
      "through the European network for administrative assistance. From 2023 to 2024 the NVWA received 163 such "
      "notifications. In 95 cases (58 per cent) the file shows what the NVWA did with the notification; in the other "
      "cases there is no record of any follow-up. The NVWA has no time limit for dealing with notifications, and they "
      "are not linked to the company's file, so that repeat offenders abroad remain out of sight."),
    H2("5.3  Transparency"),
    P("The NVWA publishes the results of its inspections of slaughterhouses per company on its website. For transport "
      "it publishes only aggregate figures in its annual report. Transport companies thus do not experience the "
      "reputational effect that the minister described as an important reason for publishing inspection results "
      "when she introduced publication for slaughterhouses. Farmers and exporters who engage a transporter cannot see "
      "how that transporter has performed."),
    H2("5.4  Our assessment"),
    P("Enforcement does not deter. Fines are low compared with what a journey yields, the most serious offenders keep "
      "their authorisation, and violations found abroad are not consistently followed up. The absence of public "
      "information per company means that the market does not reward transporters that comply."),
    *box("9", "10", "11"),

    # ---------------------------------------------------------------------------------------------- chapter 6
    H1("6  The sector and the House of Representatives"),
    H2("6.1  What transport companies do themselves"),
    P("Under the European rules, the transporter is responsible for the welfare of the animals during the journey. "
      "Some 140 Dutch companies hold an authorisation for long journeys. They are organised in three sector "
      "organisations, which adopted a voluntary code of conduct in 2019. The code contains sensible commitments on "
      "the training of drivers and the planning of journeys, but compliance with it is not checked by anyone, and the "
      "sector organisations could not tell us how many of their members apply it."),
    P("Temperature sensors in the loading compartment are mandatory, but the regulation requires only that readings "
      "are recorded, not that they can be consulted during the journey. According to the sector organisations, about "
      "15 per cent of vehicles used for long journeys transmit temperature readings in real time, so that the planner "
      "and the driver can intervene when a compartment becomes too hot. The NVWA has no access to these data."),
    P("Transport companies we spoke to pointed out that they operate in a market with tight margins, in which the "
      "exporter or the farmer decides on the destination and the timing. Several of them said they would welcome "
      "clearer rules that apply to all their competitors, including those from other member states."),
    H2("6.2  Information to the House of Representatives"),
    P("Over the audit period, the minister informed the House about animal transport in 17 letters, most of them in "
      "response to incidents or motions. The NVWA's annual report contains a few figures on transport, but not the "
      "number of journey logs approved, the number of navigation records analysed or the sanctions imposed per type "
      "of offence. The House thus has no complete and consistent picture with which to hold the minister to account "
      "for the effectiveness of supervision."),
    H2("6.3  Our assessment"),
    P("The sector has a responsibility of its own that it does not yet fully take up. A code of conduct without "
      "independent checks gives no assurance, and the technology to monitor temperatures during the journey is "
      "available but little used. The House of Representatives lacks the information it needs to assess whether the "
      "repeated promises to strengthen supervision have been kept."),
    *box("12", "13", "14"),

    # ---------------------------------------------------------------------------------------------- chapter 7
    PageBreak(),
    H1("7  Conclusions and recommendations"),
    H2("7.1  Conclusions"),
    P("The supervision of long-distance livestock transport does not give reasonable assurance that animals are "
      "transported in accordance with the rules. The weakness lies at each stage of the journey. Before departure, "
      "journey logs are approved without an assessment of whether the journey can be carried out. During the journey, "
      "the chance of a check is small, and the two supervisors on the road do not share what they find. After the "
      "journey, the data that would show what actually happened are hardly used. And when violations are found, the "
      "sanctions are too light to change behaviour."),
    P("None of this is caused by a lack of rules alone. The European regulation, whatever its shortcomings, offers "
      "more tools than are being used: the approval of the journey log, the navigation data and the possibility to "
      "suspend an authorisation. The minister has repeatedly promised to strengthen supervision, but has not made "
      "clear how, nor reported on whether it has happened."),
    P("We recognise that the NVWA has had to make difficult choices within a limited capacity, and that some of the "
      "improvements we recommend depend on the revision of the European regulation. Most of them, however, can be "
      "made now, within the existing rules, and several require little more than using data that are already "
      "available."),
    H2("7.2  Recommendations"),
    P("The table below brings together the recommendations made at the end of chapters 2 to 6. The numbers are used "
      "to refer to the recommendations in the government's response."),
    summary_table(),
)

REPORT = Document(
    title="Too Long on the Road",
    subtitle="Supervision of long-distance livestock transport",
    blocks=REPORT_BLOCKS,
    running_header="Netherlands Audit Chamber  |  Too Long on the Road",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Netherlands Audit Chamber", "Report to the House of Representatives", "The Hague, 14 October 2025",
             "English edition"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1_LETTER = ("A national maximum journey time for transports to other member states is, however, not something the "
              "Netherlands can introduce on its own: journey times for such transports are laid down exhaustively in "
              "Regulation (EC) No 1/2005.")
EV3_LETTER = ("From 1 March 2026 the NVWA will check every journey log for a long journey with route-planning "
              "software before approval, and I have made € 1.4 million a year available for this from 2026 onwards.")

EV1 = ("Journey times for transports between member states are governed by Regulation (EC) No 1/2005, which does not "
       "allow a member state to impose a shorter maximum on transports to other member states.")
EV2 = "I accept this recommendation."
EV3 = ("As stated in the letter, the NVWA will check every journey log for a long journey with route-planning software "
       "from 1 March 2026.")
EV4 = ("I will explore whether the NVWA can require a written booking confirmation from each control post outside the "
       "European Union, and what this would mean for the enforceability of the requirement.")
EV5 = ("From 1 January 2026 the NVWA will assign an official veterinarian to the same assembly centre for no more than "
       "three consecutive months.")
EV6 = "I adopt this recommendation in part."
EV7 = "The Minister of Infrastructure and Water Management agrees with this recommendation."
EV8 = "I do not accept this recommendation."
EV9 = ("I accept the first part of this recommendation: the fines for exceeding the maximum journey time and for "
       "transporting animals that are unfit for transport will be doubled with effect from 1 July 2026.")
EV11 = ("For transport companies, however, I do not consider this proportionate: most violations are found during a "
        "single check of a single vehicle, and publication per company would give a picture that is neither complete "
        "nor fair.")
EV13 = ("From 1 January 2027, real-time temperature monitoring that the NVWA can consult during the journey will be a "
        "condition for the approval of a journey log for a journey of more than eight hours, and in 2026 a subsidy "
        "scheme of € 3 million will help smaller transport companies to equip their vehicles.")
EV14 = "I adopt this recommendation."


def row(label: str, text: str, *answers: Answer) -> tuple[str, Cell]:
    return (label, Cell(text, answers=answers))


ANNEX_TABLE = Table(
    header=("Recommendation", "Response"),
    widths=(0.32, 0.68),
    rules="grid",
    rows=(
        row("1. National maximum journey time of eight hours for all transports from the Netherlands",
            "See also the letter. " + EV1 + " The government is pressing for shorter maximum journey times in the "
            "negotiations on the new regulation, and will continue to do so.",
            Answer("1", "disagree", EV1)),
        row("2. Written division of tasks between the NVWA and the ILT on the road",
            EV2 + " Together with the Minister of Infrastructure and Water Management I will lay down the division of "
            "tasks and the exchange of information in a cooperation agreement between the NVWA and the ILT, which "
            "will be published before 1 July 2026.",
            Answer("2", "agree", EV2)),
        row("3. Check whether every journey can be carried out as planned before approving the journey log",
            EV3 + " Journey logs that do not provide for realistic travel times and rest stops will be returned to the "
            "organiser.",
            Answer("3", "agree", EV3)),
        row("4. Written booking confirmation from control posts in third countries",
            "The Chamber rightly points out that the NVWA has little insight into the facilities outside the European "
            "Union. " + EV4 + " I expect to inform your House of the outcome in the autumn of 2026.",
            Answer("4", "partial", EV4)),
        row("5. Rotation of official veterinarians at assembly centres",
            "I share the Chamber's concern about the independence of certification. " + EV5 + " The NVWA will "
            "report on the first experience with the rotation schedule in its annual report for 2026.",
            Answer("5", "agree", EV5)),
        row("6. Analysis of the navigation data of every long journey",
            EV6 + " From 2026 the NVWA will analyse the navigation data of every journey to a third country and of a "
            "risk-based sample of one in five long journeys within the European Union, and will take enforcement "
            "action on every serious deviation it finds. Analysing every journey within the Union is not feasible "
            "with the present capacity; the proposed regulation will in time make automated analysis possible.",
            Answer("6", "partial", EV6)),
        row("7. Vehicles carrying animals in the ILT's roadside checks",
            EV7 + " From 2026 the ILT will record whether a vehicle it checks is carrying live animals, will carry out "
            "at least 120 checks a year jointly with the NVWA, and will pass its findings on to the NVWA within five "
            "working days.",
            Answer("7", "agree", EV7)),
        row("8. Temperature limit for long journeys lowered from 35 °C to 30 °C",
            EV8 + " Between 30 and 35 °C, long journeys are already approved only if the transporter travels at "
            "night, reduces the loading density and carries extra water. An outright ban above 30 °C would in practice "
            "shift transports to other member states, where the NVWA has no influence on the conditions.",
            Answer("8", "disagree", EV8)),
        row("9. Higher fines and suspension of the authorisation after repeated violations",
            EV9 + " An automatic suspension after a fixed number of violations does not fit the assessment of each "
            "individual case that the General Administrative Law Act requires. The NVWA can already suspend an "
            "authorisation when a transporter repeatedly commits serious violations.",
            Answer("9", "partial", EV9)),
        row("10. Follow-up of notifications from other member states within four weeks",
            "This recommendation is addressed to the NVWA, which as an independent supervisor decides how it follows "
            "up notifications from other member states. The Inspector-General of the NVWA will inform the Chamber "
            "directly of the approach the NVWA will take."),
        row("11. Publication of inspection results per transport company",
            "The government attaches great importance to openness about supervision, and the NVWA already publishes "
            "the results of its inspections of slaughterhouses per company. " + EV11 + " The NVWA will instead "
            "publish an annual overview of compliance in the sector as a whole.",
            Answer("11", "disagree", EV11)),
        row("13. Real-time temperature monitoring in vehicles",
            "Although this recommendation is addressed to transport companies, the government can help to bring it "
            "about. " + EV13,
            Answer("13", "agree", EV13)),
        row("14. Annual report to the House of Representatives",
            EV14 + " From 2026 I will send your House an annual report on animal welfare during transport, with "
            "figures on journey logs, checks, violations and sanctions, and on the follow-up of the Chamber's report.",
            Answer("14", "agree", EV14)),
    ),
)

RESPONSE_BLOCKS = (
    P("Date: 22 January 2026"),
    P("Subject: Government response to the Netherlands Audit Chamber report 'Too Long on the Road'"),
    P("Dear Madam Speaker,"),
    P("On 14 October 2025 the Netherlands Audit Chamber published its report 'Too Long on the Road', on the "
      "supervision of long-distance livestock transport. In this letter I set out, on behalf of the government and in "
      "consultation with the Minister of Infrastructure and Water Management, the government's response to the "
      "report. The annex to this letter contains the response to the recommendations."),
    P("I would like to thank the Chamber for a thorough and clearly written report. The Chamber has taken the trouble "
      "to follow journeys from start to finish and to speak to drivers, official veterinarians and inspectors as well "
      "as to policy officers. That gives the report a concreteness that is of real value to the government."),
    H2("The Chamber's findings"),
    P("The Chamber concludes that the supervision of long-distance transport does not give sufficient assurance that "
      "animals are transported in accordance with the rules, and that the approval of journey logs has become largely "
      "an administrative formality. The government shares this conclusion. Animals that are on the road for many "
      "hours depend entirely on the care of the transporter and on the checks carried out by the government. When "
      "those checks fall short, it is the animals that bear the consequences."),
    P("The government does not, however, share every part of the Chamber's analysis. The report at times gives the "
      "impression that the NVWA has paid little attention to transport. In recent years the NVWA has in fact had to "
      "set priorities within a limited capacity, in which the supervision of slaughterhouses and the response to "
      "outbreaks of avian influenza took precedence. That choice was made consciously and was reported to your House "
      "at the time."),
    P("Since then, the NVWA's budget has been increased structurally by € 18 million a year from 2025, of which "
      "€ 4.5 million is intended for the supervision of animal welfare. The NVWA is using these funds to recruit and "
      "train some forty additional inspectors and official veterinarians, the first of whom started work in the "
      "autumn of 2025. The Inspector-General of the NVWA reports on the progress of recruitment in the NVWA's annual "
      "plan."),
    H2("Main lines of the response"),
    P("The most important weakness the Chamber identifies lies in the approval of journey logs, and this is where the "
      "government will act first. " + EV3_LETTER + " " + EV1_LETTER + " The government will continue to argue in "
      "Brussels for shorter maximum journey times in the new regulation.",
      answers=(Answer("3", "agree", EV3_LETTER), Answer("1", "disagree", EV1_LETTER))),
    P("Beyond the approval of journeys, the Chamber's recommendations concern the checks on the road and after the "
      "journey, enforcement, transparency and the information provided to your House. The annex sets out per "
      "recommendation what the government will and will not do."),
    H2("European context"),
    P("Much of what the Chamber asks touches on rules that are laid down at European level. The European Commission "
      "presented a proposal for a new regulation on the protection of animals during transport in December 2023, and "
      "negotiations in the Council are continuing. The Netherlands supports the main lines of the proposal, including "
      "shorter journey times, stricter temperature limits and the mandatory digital exchange of navigation data. "
      "National rules that go beyond the European rules put Dutch transporters at a disadvantage without changing the "
      "journeys themselves, because animals can then simply be loaded on the other side of the border."),
    H2("The sector"),
    P("The Chamber also addresses recommendations to transport companies. Under the European rules the transporter is "
      "responsible for the welfare of the animals it carries, and the government expects the sector to take that "
      "responsibility seriously. I have sent the report to the sector organisations and will discuss it with them in "
      "the regular consultation on animal transport this spring."),
    H2("In closing"),
    P("Long journeys will not disappear overnight. The government's aim is that every journey that does take place is "
      "planned in a way that respects the needs of the animals, and that the supervision of those journeys is "
      "credible. The Chamber's report helps us to get there. I will keep your House informed of progress."),
    P("Yours sincerely,"),
    P("The Minister of Agriculture, Fisheries, Food Security and Nature,"),
    P("M.J. Hoekstra-Veldkamp"),
    PageBreak(),
    H2("Annex – Response per recommendation"),
    P("This annex gives the government's response to the recommendations of the Netherlands Audit Chamber. The "
      "numbers follow the table in chapter 7 of the report."),
    ANNEX_TABLE,
)

RESPONSE = Document(
    title="Government response to the Netherlands Audit Chamber report 'Too Long on the Road'",
    subtitle="Letter from the Minister of Agriculture, Fisheries, Food Security and Nature to the Speaker of the House "
             "of Representatives of the States General",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response  |  Supervision of long-distance livestock transport",
    footer="Page {page} of {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="livestock_transport_audit_en",
    report=REPORT,
    response=RESPONSE,
    description="Netherlands Audit Chamber audit of long-distance livestock transport (English; 14 recommendations in "
                "unnumbered 'What we recommend' boxes per chapter, repeated in a numbered grid table in chapter 7) "
                "and the agriculture minister's letter with an annex table without position column; 10 passed on to "
                "the NVWA, 12 missing from the table.",
)
