"""Pair (English): a fictional Traffic Safety Investigation Board report on crashes with e-scooters and other light
electric vehicles, and the response of the Minister of Infrastructure and Water Management (also on behalf of the
Minister of Justice and Security).

Layout traits this pair tests: an English edition of a Dutch report in a sans font with a title page, a running
header and a "– n –" footer; numbered chapters ("4 The vehicle") with numbered sections ("4.2 Brakes and wheels");
five crash case descriptions, a ruled table of hospital figures, bulleted method lists and a dash list of conclusions
that are not recommendations.  The fourteen recommendations are in the final chapter "9 Recommendations", grouped under
bold addressee lines ("To the Minister of Infrastructure and Water Management:", "To the RDW:", "To the Minister of
Justice and Security:", "To the police:", "To the municipalities:"), one numbered list per group that runs on 1-14
across the groups.  Recommendations 1, 9 and 13 have a lettered sub-list (a, b) of concrete steps; the sub-items are
NOT separate recommendations: their text (with the labels "a." and "b.") belongs to the parent's gold text.

The response is a letter without a title page, answering in running prose under thematic headings ("Vehicle
requirements", "Rules for riders", "Enforcement", "Crash data", "Municipal measures") after thanks and context
paragraphs that take no position.  Gold positions:
  1 agree      "I will follow this recommendation: ..." (admission framework, covers sub-items a and b)
  2 agree      helmet obligation, but only from 1 January 2029 instead of 2027 (agreed in a later year, with a date)
  3 partial    minimum age of 16 adopted, moped licence requirement not
  4 agree      by subject only, no cue word: SWOV links the data from 2026 with €1.4 million a year
  5 disagree   blunt "I do not intend to ..." after agreeing with the Board's observation (analysis, not measure)
  6 partial    "I will have this investigated" (re-testing was asked, only a study is promised)
  7 not_addr.  cited together with 6 ("recommendations 6 and 7") but passed on: the RDW informs the House itself
  8 disagree   "I endorse the intention behind recommendation 8, but ..." pointing at existing law
  9 agree      same paragraph as 8, "I will, however, follow recommendation 9"
  10 agree     by subject only, a committed date (1 April 2026), no cue word
  11 partial   pilot in two units first, decision on wider use after evaluation
  12 disagree  "does not fit the system" of local enforcement priorities
  13 not_addr. "This is a matter for the municipalities." plus a description of current permit practice
  14 not_addr. never mentioned (a context paragraph only describes an existing co-financing scheme)
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


def dashes(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="–")


def addressee(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def rec(number: int, text: str, departments: tuple[str, ...], steps: tuple[str, ...] = ()) -> ListItem:
    return ListItem(text, children=tuple(ListItem(step) for step in steps),
                    recommendation=R(str(number), *departments))


def recs(start: int, *items: ListItem) -> ItemList:
    return ItemList(items=items, style="1.", start=start)


IENW = ("IenW",)
JENV = ("JenV",)
GEM = ("GEMEENTEN",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("About the Board"),
    P("The Traffic Safety Investigation Board is an independent body that investigates serious road traffic crashes "
      "and patterns of crashes in the Netherlands. Its sole aim is to improve road safety by learning from what went "
      "wrong. The Board does not apportion blame or liability, and its reports cannot be used as evidence in "
      "criminal, civil or disciplinary proceedings."),
    P("The Board consists of three permanent members, supported by a bureau of investigators with backgrounds in "
      "vehicle engineering, traffic psychology, road design, medicine and law. For each investigation the Board may "
      "appoint external experts to an advisory committee. The Board decides independently which crashes it "
      "investigates and publishes all its reports."),
    P("This document is the English edition of the Dutch report. In the event of any difference in interpretation, "
      "the Dutch text prevails."),
    PageBreak(),
    H("Foreword"),
    P("Five years ago, an e-scooter on a Dutch cycle path was still a curiosity. Today they are part of the daily "
      "street scene in every city, together with electric unicycles, electric skateboards and a growing range of "
      "vehicles that are hard to classify. They are light, cheap to run and easy to park, and for many people they "
      "have become a practical way to get to the station, to school or to work."),
    P("The speed at which these vehicles appeared has outpaced the rules that govern them. In the course of this "
      "investigation the Board met riders who did not know whether their vehicle was allowed on the road, parents "
      "who had bought a vehicle online for a child of thirteen, police officers who could not establish how fast a "
      "vehicle could go, and emergency doctors who see the same facial and head injuries every weekend."),
    P("Behind the figures in this report are people whose lives changed in a second: a seventeen-year-old who did not "
      "survive a collision at an intersection, a cyclist who was struck from behind on a cycle path he had used for "
      "thirty years, a woman who lost her sense of smell after her front wheel caught a bollard. The Board is "
      "grateful to the relatives and survivors who were willing to share their experiences with us."),
    P("Light electric vehicles can make a valuable contribution to mobility in the Netherlands. That is precisely why "
      "they deserve a safety framework of their own, instead of rules borrowed from the moped and the bicycle that "
      "fit neither the vehicle nor the rider. This report shows what that framework should contain and who is "
      "responsible for putting it in place."),
    P("Dr. M.C. van Oosterwijk-Lemaire, Chair of the Traffic Safety Investigation Board"),
    PageBreak(),
    H("Summary"),
    P("Between 2021 and 2024 the number of people treated at a hospital emergency department after a crash with a "
      "light electric vehicle rose more than threefold, from an estimated 1,150 to 3,700 a year. In 2024, fourteen "
      "people died in crashes involving these vehicles. Most of the victims were the riders themselves, but a "
      "growing share were cyclists and pedestrians struck by a light electric vehicle."),
    P("The Board investigated five serious crashes in depth and analysed more than 400 hospital and police records. "
      "The investigation shows that the risks do not stem from one cause but from a combination of factors that "
      "reinforce each other: vehicles with small wheels and weak brakes, speed limiters that can be removed in "
      "minutes, young and inexperienced riders without protection, enforcement that lacks the means to establish "
      "what a vehicle can do, and a road network designed for bicycles rather than for vehicles with a wheel the size "
      "of a dinner plate."),
    P("The current legal framework does not address these risks in a coherent way. Light electric vehicles are "
      "admitted one model at a time as special mopeds, under requirements written for a different type of vehicle. "
      "Many of the vehicles on the road have never been admitted at all. There is no helmet obligation, no minimum "
      "age that is enforced in practice and no reliable registration of crashes. Municipalities that allow shared "
      "e-scooters each set their own conditions."),
    P("The Board concludes that light electric vehicles need a safety framework of their own, covering the vehicle, "
      "the rider, enforcement and the road. It makes fourteen recommendations, addressed to the Minister of "
      "Infrastructure and Water Management, the RDW, the Minister of Justice and Security, the police and the "
      "municipalities. They are set out in chapter 9."),
    PageBreak(),
    H("1 Introduction"),
    H2("1.1 Reason for the investigation"),
    P("In the spring of 2024 the Board received notifications of three fatal crashes involving e-scooters within six "
      "weeks. Each of these crashes was tragic in its own right, but together they pointed to a pattern the Board had "
      "already seen emerging in hospital data: a sharp rise in serious injuries among riders of light electric "
      "vehicles and among the people they collide with. The Board decided in May 2024 to start a thematic "
      "investigation."),
    P("Around the same time, the House of Representatives debated the admission of light electric vehicles on "
      "several occasions. Members asked the Government for a clearer framework, and several municipalities called "
      "for national rules on shared e-scooters. The Board has taken these discussions into account but has drawn its "
      "own conclusions on the basis of its investigation."),
    H2("1.2 Scope and central question"),
    P("The investigation covers crashes on public roads involving a light electric vehicle: a motorised vehicle "
      "without pedals, designed to carry one person, with a maximum design speed of 25 km/h or, in the case of tuned "
      "vehicles, higher. It covers e-scooters, electric unicycles, electric skateboards and self-balancing vehicles. "
      "Electric bicycles, speed pedelecs and so-called fat bikes fall outside its scope; the Board has addressed "
      "crashes with electric bicycles in an earlier report."),
    P("The central question of the investigation was: which factors contribute to serious crashes involving light "
      "electric vehicles, and what can the parties involved do to reduce the number and severity of these crashes?"),
    H2("1.3 Method"),
    P("The Board based its findings on:"),
    bullets(
        "an in-depth investigation of five crashes in 2024 and early 2025, including inspection of the vehicles, the "
        "crash sites and the available camera images;",
        "an analysis of 412 hospital records of emergency department visits after crashes with light electric "
        "vehicles, provided by six hospitals in the Randstad and the east of the country;",
        "an analysis of police crash registrations from 2021 to 2024;",
        "technical tests of eleven commonly sold models at an accredited test laboratory, focused on braking "
        "distance, stability and the protection of the speed limiter;",
        "interviews with 58 people, including riders, relatives of victims, police officers, public prosecutors, "
        "traffic engineers, municipal officials, importers, retailers and operators of shared schemes;",
        "a comparison with the rules in Germany, Belgium, France and Denmark.",
    ),
    P("A draft of this report was submitted to the parties involved for review of factual accuracy. Their responses "
      "have been taken into account where the Board considered this appropriate.",
      footnotes=("The parties to whom the draft was submitted are listed in the annex to the Dutch edition.",)),
    H2("1.4 Reading guide"),
    P("Chapter 2 describes light electric vehicles, the rules that apply to them and the crash figures. Chapter 3 "
      "describes the five crashes investigated. Chapters 4 to 7 contain the Board's analysis of the vehicle, the "
      "rider, enforcement and the road. Chapter 8 contains the conclusions and chapter 9 the recommendations."),
    H("2 Light electric vehicles in the Netherlands"),
    H2("2.1 A new category of vehicles"),
    P("Light electric vehicles come in many shapes. The e-scooter, a standing scooter with a small electric motor, "
      "is by far the most common. Electric unicycles and electric skateboards are used by a smaller but growing group, "
      "mostly young men. In addition, vehicles appear on the market that combine features of several categories, "
      "such as scooters with a seat that can be removed or folded away."),
    P("What these vehicles have in common is that they are light, have small wheels and give the rider little "
      "protection. Their stability depends heavily on the rider's balance. At the same time, many of them can reach "
      "speeds comparable to those of a moped, especially once the speed limiter has been removed."),
    H2("2.2 The current legal framework"),
    P("Under Dutch law, a light electric vehicle may only be used on public roads if the RDW has admitted the model. "
      "Because there is no separate vehicle category for light electric vehicles, the RDW admits them as special "
      "mopeds, a category originally intended for vehicles such as mobility scooters and electric carts. The "
      "requirements for admission are limited: the RDW checks, among other things, the maximum speed, the presence "
      "of a bell and lighting, and the braking performance under test conditions."),
    P("The number of admitted models is small. At the end of 2024, fewer than thirty models of e-scooter had been "
      "admitted, while retailers and web shops offered several hundred models. Many buyers are unaware that the "
      "vehicle they buy may not be used on public roads. Vehicles that have not been admitted are nevertheless widely "
      "used, and in practice the difference is hard to see from the roadside."),
    P("Riders of an admitted light electric vehicle must be at least sixteen years old, must have third-party "
      "liability insurance and, since 2025, must display a licence plate. A helmet is not compulsory. Light electric "
      "vehicles must use the cycle path where there is one, and the carriageway where there is not."),
    H2("2.3 Use and crash figures"),
    P("No reliable figures exist on the number of light electric vehicles in the Netherlands. Based on sales figures "
      "from importers and a survey among 3,000 residents, the Board estimates that around 450,000 light electric "
      "vehicles were in use at the end of 2024, around four fifths of them privately owned. In addition, shared "
      "e-scooter schemes operated in eleven municipalities."),
    P("Crash figures are also incomplete. The police record only a fraction of crashes, and until recently did not "
      "register light electric vehicles as a separate category. Hospital records are more complete but do not always "
      "state the type of vehicle. Table 1 shows the Board's estimate based on hospital data from the Injury "
      "Information System and the six participating hospitals."),
    P("Table 1  Estimated number of victims of crashes with light electric vehicles, 2021-2024", bold=True),
    Table(
        header=("Year", "Emergency department visits", "Admitted to hospital", "Deaths"),
        rows=(
            ("2021", "1,150", "230", "3"),
            ("2022", "1,900", "370", "6"),
            ("2023", "2,800", "540", "11"),
            ("2024", "3,700", "690", "14"),
        ),
        widths=(1.0, 2.2, 2.0, 1.2),
        rules="rows",
    ),
    P("Head and facial injuries account for almost 40 percent of hospital admissions, a considerably higher share "
      "than among cyclists. Around a quarter of the victims are under eighteen. Among the riders admitted to hospital, "
      "fewer than one in ten wore a helmet.",
      footnotes=("Source: Injury Information System and records of six hospitals; processing by the Board. Figures "
                 "are rounded and include an estimate for hospitals not participating.",)),
    PageBreak(),
    H("3 Five crashes"),
    P("The Board investigated five crashes in depth. They were selected because together they show the range of "
      "factors that play a role in crashes with light electric vehicles. The descriptions below have been "
      "anonymised."),
    H2("3.1 Utrecht, March 2024"),
    P("On a weekday evening, a seventeen-year-old rider on an e-scooter approached an intersection on a distributor "
      "road in Utrecht via the two-way cycle path. The traffic light for the cycle path was green. A car turning "
      "right crossed the cycle path, and the e-scooter struck the side of the car. The rider was thrown over the "
      "bonnet and died of his injuries at the scene."),
    P("The investigation showed that the e-scooter had been admitted by the RDW, but that the speed limiter had been "
      "bypassed with a kit bought online for less than fifty euros. Camera images indicate that the e-scooter was "
      "travelling at between 40 and 45 km/h. The driver of the car had looked to the left before turning and had "
      "seen a cyclist approaching at a distance; she had not expected a vehicle at that speed. The rider wore no "
      "helmet."),
    H2("3.2 Groningen, June 2024"),
    P("Shortly after midnight, a thirty-four-year-old woman rode a shared e-scooter on a cycle path in the centre of "
      "Groningen. In the dark, her front wheel struck a bollard placed in the middle of the cycle path to keep cars "
      "out. The bollard was grey and not marked with reflective material. The e-scooter stopped abruptly and the "
      "rider fell forward onto her face and head."),
    P("She sustained a skull fracture and a brain injury and was in hospital for three weeks. She has permanently "
      "lost her sense of smell. The shared e-scooter was technically in good order and travelled at around 18 km/h. "
      "The Board notes that a cyclist would probably have been able to ride over the base of the bollard or steer "
      "around it, whereas the small front wheel of the e-scooter, 8.5 inches in diameter, offered no margin at all."),
    H2("3.3 Rotterdam, September 2024"),
    P("On a Saturday afternoon, a man rode an e-scooter through a busy shopping street in Rotterdam, where riding is "
      "permitted only at walking pace. A seventy-two-year-old woman stepped out of a shop and was hit from the side. "
      "She fell and broke her hip. The rider stopped briefly, then rode off; he has not been traced."),
    P("The e-scooter was a shared vehicle. The operator's data show that it was travelling at 19 km/h at the moment "
      "of the collision. The municipality's permit for the shared scheme contained conditions on parking and the "
      "number of vehicles, but none on speed in pedestrian areas. The operator stated that it could technically limit "
      "the speed in specific zones, but had not been asked to do so."),
    H2("3.4 Eindhoven, November 2024"),
    P("A nineteen-year-old student rode an electric unicycle down the ramp of a cycle tunnel in Eindhoven in wet "
      "weather. Halfway down the ramp the vehicle lost its balance, probably because the motor cut out when the "
      "battery protection was triggered at high power demand. The rider fell and sustained a fractured wrist and a "
      "serious facial injury."),
    P("The unicycle had been bought from a foreign web shop and had never been admitted; no model of electric "
      "unicycle meets the current admission requirements. The rider was aware of this but, in his words, 'everyone "
      "rides one, and I have never seen anyone stopped for it'. He wore a helmet, which according to the attending "
      "doctor prevented more serious head injuries."),
    H2("3.5 Almere, January 2025"),
    P("A fourteen-year-old boy rode an e-scooter he had been given for his birthday on a cycle path in Almere. He "
      "overtook a group of cyclists and struck a fifty-eight-year-old cyclist from behind when the latter moved to "
      "the left to avoid a puddle. The cyclist fell, hit his head on the kerb and died in hospital two days later."),
    P("The e-scooter had not been admitted and could reach 35 km/h without modification. The boy was below the "
      "minimum age for riding an admitted light electric vehicle. His parents told the Board that they had bought the "
      "vehicle in a shop that also sold children's bicycles and that they had not been told about the age limit or "
      "the admission requirement."),
    H2("3.6 What the crashes have in common"),
    P("Although the circumstances of the five crashes differ, several factors recur. In four of the five crashes the "
      "speed of the light electric vehicle was higher than other road users expected, in three cases because the "
      "vehicle had been tuned or had never been limited. In three crashes the small wheels and limited stability of "
      "the vehicle played a role. In four crashes the rider wore no helmet. In two crashes the infrastructure was "
      "not suited to vehicles of this type. In none of the crashes had the rider ever been checked by the police."),
    H("4 The vehicle"),
    H2("4.1 Admission requirements"),
    P("The admission requirements for special mopeds were not drawn up with light electric vehicles in mind. They "
      "contain no requirements on wheel size, stability or the protection of the speed limiter against tampering. "
      "The requirements on brakes are general and are tested on a dry, flat surface. The RDW told the Board that it "
      "assesses light electric vehicles as well as it can within the existing framework, but that the framework "
      "itself falls short."),
    P("Other European countries have chosen different approaches. Germany introduced a separate category for small "
      "electric vehicles in 2019, with requirements on brakes, lighting and stability and a maximum speed of 20 km/h. "
      "Belgium and France treat e-scooters as a category of their own with rules on speed and use. A European "
      "standard for light electric vehicles is under development, but is not expected to become binding in the near "
      "future."),
    H2("4.2 Brakes and wheels"),
    P("The technical tests commissioned by the Board showed large differences between models. On a wet surface, the "
      "braking distance from 25 km/h varied from 5.8 metres for the best model to more than 14 metres for the worst. "
      "Models with only one brake, or with an electronic brake on the motor wheel as the main brake, performed "
      "markedly worse. Several models became unstable during emergency braking."),
    P("Wheel diameter proved to be a key factor for stability. Models with wheels of 8 or 8.5 inches reacted strongly "
      "to potholes, kerbs and tram rails; at an obstacle of four centimetres, the front wheel of these models was "
      "blocked in the test, while models with wheels of 10 inches or more rolled over it. The Board considers a "
      "minimum wheel diameter and two independently operating brakes to be essential requirements."),
    H2("4.3 Tampering with the speed limiter"),
    P("On eight of the eleven models tested, the speed limiter could be bypassed within fifteen minutes using "
      "software or a kit freely available online. On some models, a hidden menu in the display was sufficient. After "
      "modification, the tested models reached speeds of between 35 and 55 km/h, while the brakes, wheels and frame "
      "remained designed for 25 km/h."),
    P("Retailers and web shops openly advertise tuning kits, sometimes with the warning that they are intended 'for "
      "use on private grounds only'. Several retailers told the Board that they are regularly asked by customers to "
      "remove the speed limiter. Some do so; others refer customers to online instructions."),
    P("Once a model has been admitted, the RDW does not check whether vehicles of that model sold later still meet "
      "the requirements. Importers can change components, software or suppliers without the admission being "
      "reassessed. The Board found two admitted models of which the version now on sale differed from the tested "
      "version in the software that controls the speed limiter."),
    H2("4.4 Information for buyers"),
    P("Buyers have hardly any way of knowing whether a model has been admitted. The RDW publishes admitted models in "
      "a database intended for professionals, which is difficult to search for consumers. Retailers are not obliged "
      "to inform buyers. In interviews, riders and parents repeatedly told the Board that they assumed a vehicle sold "
      "in a Dutch shop could be used on Dutch roads."),
    PageBreak(),
    H("5 The rider"),
    H2("5.1 Age and experience"),
    P("Riding a light electric vehicle requires balance, anticipation and an understanding of traffic. Young riders "
      "in particular overestimate their ability to control the vehicle at speed. Among the victims in the hospital "
      "records, riders under eighteen were overrepresented, and around one in eight was younger than sixteen."),
    P("The current minimum age of sixteen applies only to admitted vehicles and is hardly enforced. Vehicles that have "
      "not been admitted are often bought for children, because they are marketed as toys or as an alternative to "
      "the bicycle. The Board considers a uniform and enforced minimum age necessary. It has also looked at whether "
      "knowledge of the traffic rules should be required. Riders of mopeds must hold a licence of category AM, which "
      "includes a theory test. Riders of light electric vehicles, who share the road with the same users at similar "
      "speeds, are not required to demonstrate any knowledge."),
    H2("5.2 Helmets"),
    P("The injuries of riders of light electric vehicles are dominated by head and facial injuries. The emergency "
      "physicians the Board spoke to described a recognisable pattern: riders fall forward, often after the front "
      "wheel is blocked, and hit the road with their face or head before they can break their fall."),
    P("International research shows that a helmet reduces the risk of serious head injury in such falls by around "
      "two thirds. Voluntary helmet use among riders of light electric vehicles in the Netherlands is low: the Board's "
      "survey found that fewer than one in seven riders always wears a helmet. In Germany and Belgium, where helmets "
      "are also not compulsory, usage is similarly low; in France and Spain, where a helmet obligation was introduced "
      "for certain groups, usage rose sharply. The Board considers a helmet obligation for riders of light electric "
      "vehicles without a seat to be justified, given the severity of the injuries and the limited protection the "
      "vehicle offers."),
    H2("5.3 Position on the road"),
    P("Light electric vehicles use the cycle path. This places them among cyclists, who on average ride more slowly "
      "and are not always aware of faster vehicles approaching from behind. The Almere crash illustrates the risk. "
      "Some experts the Board spoke to argued that e-scooters would be better placed on the carriageway on roads with "
      "a speed limit of 30 km/h, where the speed difference with motor traffic is small. Others warned that this "
      "would expose riders to motor vehicles without any protection. The Board has weighed both views and considers "
      "that, on 30 km/h roads, the benefits of separating e-scooters from cyclists outweigh the risks."),
    H("6 Enforcement"),
    H2("6.1 Checking speed and admission"),
    P("Police officers told the Board that they find it hard to enforce the rules for light electric vehicles. From "
      "the roadside it is difficult to see whether a vehicle has been admitted, and even harder to establish whether "
      "it has been tuned. Speed measured with a laser gun shows what the vehicle did at that moment, not what it can "
      "do. To establish that a vehicle has been tampered with, the police need to test its maximum speed on a roller "
      "test bench."),
    P("At the time of the investigation, only three regional units had a mobile roller test bench suitable for light "
      "electric vehicles, and these were mainly used for mopeds. Officers in the other units had to transport a "
      "vehicle to a test location, which in practice rarely happened."),
    H2("6.2 Penalties and seizure"),
    P("Riding a light electric vehicle that has not been admitted, or that no longer meets the requirements, is an "
      "offence under the Road Traffic Act 1994. The fine is the same as for riding a moped without a valid "
      "registration. The sale of tuning kits is not in itself an offence, as long as the seller does not install the "
      "kit on a vehicle used on public roads. Sellers can therefore continue to offer these kits openly."),
    P("The police can seize a vehicle as evidence, but not impound a vehicle in order to prevent further use. "
      "Officers told the Board that they regularly stop the same rider on the same tuned vehicle within weeks. The "
      "Board considers that the current penalties do not deter riders or sellers and that the police need a power to "
      "take dangerous vehicles off the road."),
    H2("6.3 Priorities and registration"),
    P("Traffic enforcement competes with many other police tasks. The enforcement of the rules for light electric "
      "vehicles is not mentioned in most regional enforcement plans, and in the units the Board visited it depended "
      "largely on the commitment of individual officers. The Board considers that structural attention is needed."),
    P("The police crash registration did not distinguish light electric vehicles from mopeds or bicycles until "
      "2024. Since then, a separate code has been available, but it is not used consistently and the make and model "
      "of the vehicle are not recorded. As a result, the police data cannot be used to determine which types or "
      "models are involved in crashes. Because hospital data are not linked to police data, there is also no reliable "
      "national picture of the number of serious injuries."),
    PageBreak(),
    H("7 The road and municipal policy"),
    H2("7.1 Infrastructure"),
    P("The Dutch cycle network is among the best in the world, but it was designed for bicycles. Obstacles that a "
      "cyclist hardly notices, such as bollards, raised kerbs at junctions, tram rails and small potholes, can block "
      "the small front wheel of a light electric vehicle. The Board found that bollards on cycle paths were involved "
      "in around six percent of the crashes in the hospital records in which the cause was known."),
    P("Many municipalities have started to remove unnecessary bollards in recent years, partly in response to "
      "crashes with cyclists. The pace varies considerably, and few municipalities have considered the specific risks "
      "of vehicles with small wheels. The national design guidelines for cycling infrastructure do not yet address "
      "light electric vehicles."),
    H2("7.2 Shared e-scooter schemes"),
    P("Municipalities decide whether to allow shared e-scooter schemes and on what conditions. The Board examined the "
      "permits of the eleven municipalities that allowed such schemes in 2024. All permits contained conditions on "
      "parking, the number of vehicles and the exchange of data. Four contained a speed limit in certain zones, "
      "enforced by geofencing. Only two required the operator to verify the age of the user before a vehicle could be "
      "unlocked; in the others, a tick box stating that the user was over sixteen sufficed."),
    P("Operators told the Board that they can technically limit speed per zone and verify identity through the app, "
      "and that they are willing to do so if all municipalities set the same conditions. Without such conditions, "
      "operators fear that they will lose customers to competitors that do not impose these restrictions."),
    H("8 Conclusions"),
    P("On the basis of its investigation, the Board draws the following conclusions."),
    dashes(
        "The number of serious crashes involving light electric vehicles has risen sharply in recent years, and the "
        "share of victims among cyclists and pedestrians is growing.",
        "The current admission framework, borrowed from the special moped, does not address the specific risks of "
        "light electric vehicles: small wheels, weak brakes and speed limiters that are easy to bypass.",
        "Many vehicles on the road have never been admitted, and buyers are hardly able to find out whether a "
        "vehicle may be used on public roads.",
        "Riders are often young and inexperienced and rarely wear a helmet, while their injuries are dominated by head "
        "and facial trauma.",
        "The police lack the means and the powers to establish and stop the use of tampered vehicles, and enforcement "
        "depends on the commitment of individual officers.",
        "Crash data are incomplete, so that neither the Government nor the Board can establish which vehicles and "
        "which circumstances are most dangerous.",
        "Municipalities set different conditions for shared schemes, and the cycle network contains obstacles that are "
        "particularly dangerous to vehicles with small wheels.",
    ),
    P("The Board concludes that light electric vehicles need a safety framework of their own, covering the vehicle, "
      "the rider, enforcement and the road, and that the responsibility for this framework is shared among several "
      "parties."),
    PageBreak(),
    H("9 Recommendations"),
    P("The Board makes the following recommendations. They are numbered consecutively and grouped by the party to "
      "which they are addressed. Where a recommendation lists concrete steps, these steps together make up the "
      "recommendation."),
    addressee("To the Minister of Infrastructure and Water Management:"),
    recs(
        1,
        rec(1, "Introduce a national admission framework for light electric vehicles that sets minimum technical "
               "requirements before a model may be used on public roads, including at least:", IENW,
            steps=("a minimum wheel diameter of 10 inches and two independently operating brakes;",
                   "a speed limiter set at 25 km/h that is protected against tampering.")),
        rec(2, "Introduce a helmet obligation for riders of e-scooters and other light electric vehicles without a "
               "seat, to take effect no later than 1 January 2027.", IENW),
        rec(3, "Set the minimum age for riding an e-scooter or other light electric vehicle at 16, for admitted and "
               "non-admitted models alike, and require riders to hold a moped licence (category AM).", IENW),
        rec(4, "Ensure that all serious crashes involving light electric vehicles are recorded in one national dataset "
               "by linking hospital emergency department records with police crash registrations, and publish the "
               "figures annually.", IENW),
        rec(5, "Amend the Traffic Rules and Signs Regulations 1990 so that e-scooters use the carriageway rather than "
               "the cycle path on roads with a speed limit of 30 km/h.", IENW),
    ),
    addressee("To the RDW:"),
    recs(
        6,
        rec(6, "Periodically re-test admitted models bought on the open market, and withdraw the admission of models "
               "whose speed limiter turns out to be easy to bypass or that no longer match the tested version.", IENW),
        rec(7, "Publish an accessible public list of all admitted models of light electric vehicles, so that buyers "
               "and retailers can check before a sale whether a vehicle may be used on public roads.", IENW),
    ),
    addressee("To the Minister of Justice and Security:"),
    recs(
        8,
        rec(8, "Make the sale and installation of kits and software for bypassing the speed limiter of light electric "
               "vehicles a separate criminal offence.", JENV),
        rec(9, "Give the police the power to:", JENV,
            steps=("impound on the spot a light electric vehicle whose speed limiter has been tampered with;",
                   "have the vehicle destroyed if the same rider is caught with a tampered vehicle again within two "
                   "years.")),
    ),
    addressee("To the police:"),
    recs(
        10,
        rec(10, "Record light electric vehicles as a separate vehicle category in every crash registration, including "
                "the make and model where these can be established.", JENV),
        rec(11, "Equip every regional unit with mobile roller test benches, so that the maximum speed of light "
                "electric vehicles can be checked at the roadside.", JENV),
        rec(12, "Include the enforcement of the rules for light electric vehicles as an explicit priority in the "
                "annual enforcement plans of the regional units, with a fixed minimum number of enforcement hours.",
            JENV),
    ),
    addressee("To the municipalities:"),
    recs(
        13,
        rec(13, "Attach safety conditions to every permit for a shared e-scooter scheme, in any case:", GEM,
            steps=("a lower maximum speed, enforced by geofencing, in areas with many pedestrians;",
                   "a reliable age check before a vehicle can be unlocked.")),
        rec(14, "Audit the cycle network for obstacles that are dangerous to vehicles with small wheels, such as "
                "bollards, raised kerbs and poorly maintained surfaces, and remove or mark them, starting with routes "
                "that are heavily used by light electric vehicles.", GEM),
    ),
    P("The Board asks the addressees to inform it within six months of the publication of this report of the action "
      "they intend to take on these recommendations."),
    H("Annex  Abbreviations and terms"),
    bullets(
        "AM: the driving licence category for mopeds and light quadricycles.",
        "Geofencing: technology that limits the speed or use of a vehicle in a specific area on the basis of its "
        "location.",
        "RDW: the Netherlands Vehicle Authority, responsible for the admission and registration of vehicles.",
        "Roller test bench: a device on which a vehicle's maximum speed can be measured while it is stationary.",
        "RVV 1990: the Traffic Rules and Signs Regulations 1990.",
        "SWOV: the Institute for Road Safety Research.",
    ),
)

REPORT = Document(
    title="Small wheels, heavy consequences",
    subtitle="Crashes involving e-scooters and other light electric vehicles",
    blocks=REPORT_BLOCKS,
    running_header="Traffic Safety Investigation Board  |  Small wheels, heavy consequences",
    footer="– {page} –",
    font_family="sans",
    imprint=("Traffic Safety Investigation Board", "The Hague, October 2025",
             "English edition of the Dutch report 'Kleine wielen, zware gevolgen'"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("I will follow this recommendation: the admission framework for light electric vehicles that I will present "
       "in the first half of 2026 will require a minimum wheel diameter, two independently operating brakes and a "
       "speed limiter that is protected against tampering.")
EV2 = ("I will therefore introduce a helmet obligation for riders of e-scooters and other light electric vehicles "
       "without a seat with effect from 1 January 2029.")
EV3 = "I will therefore adopt the minimum age of 16, but I will not introduce the requirement to hold a moped licence."
EV5 = "I do not intend to require e-scooters to use the carriageway on 30 km/h roads."
EV6 = ("I will have this investigated: at my request the RDW will examine in 2026 whether periodic re-testing of "
       "admitted models is feasible and what it would cost, and I will decide on the next steps on the basis of that "
       "study.")
EV8 = "I endorse the intention behind recommendation 8, but I do not consider a separate criminal offence necessary."
EV9 = ("I will, however, follow recommendation 9: the bill amending the Road Traffic Act 1994 will give police "
       "officers the power to impound a tampered vehicle on the spot, and to have it destroyed if the same rider is "
       "caught again within two years.")
EV10 = ("From 1 April 2026 the police will record e-scooters and other light electric vehicles as a separate vehicle "
        "category in every crash registration, including the make and model where these can be established.")
EV11 = ("The police will first use roller test benches in a pilot in the Rotterdam and Oost-Brabant units in 2026, "
        "and the Minister of Justice and Security will decide on wider use once the pilot has been evaluated.")
EV12 = ("Setting a fixed number of enforcement hours for one category of vehicles does not fit the system in which "
        "the mayor and the public prosecutor set local enforcement priorities, and the Minister of Justice and "
        "Security will therefore not ask the police to do so.")
EV4 = ("From 2026, SWOV will link hospital emergency department records to police crash registrations every year and "
       "publish the results in its annual road safety monitor, for which I am making €1.4 million a year "
       "available.")

RESPONSE_BLOCKS = (
    P("Date: 12 March 2026"),
    P("Subject: Government response to the report 'Small wheels, heavy consequences' of the Traffic Safety "
      "Investigation Board"),
    P("Dear Madam President,"),
    P("On 9 October 2025 the Traffic Safety Investigation Board published its report 'Small wheels, heavy "
      "consequences' on crashes involving e-scooters and other light electric vehicles. In this letter I present the "
      "Government's response to the report, also on behalf of the Minister of Justice and Security. The response has "
      "been prepared in consultation with the RDW, the police and the Association of Netherlands Municipalities."),
    P("First of all, I would like to thank the Board for its thorough and clearly written report. The Board has spoken "
      "with many people, including relatives of victims and survivors of serious crashes. Their stories make "
      "painfully clear what is at stake. My thoughts are with them and with everyone who has lost a loved one or "
      "been seriously injured in a crash with a light electric vehicle."),
    H("Context"),
    P("Light electric vehicles have found a place in Dutch traffic in a short time. For many people they are a "
      "practical and sustainable means of transport, particularly for short journeys and in combination with public "
      "transport. The Government wants to keep that option open. At the same time, the rise in the number of serious "
      "crashes described by the Board is worrying, and the Board rightly points out that the rules have not kept "
      "pace with the market."),
    P("In recent years several steps have already been taken. Since 1 July 2025 riders of light electric vehicles "
      "have been required to display a licence plate, which makes it easier to identify vehicles and riders. Since "
      "2020 the Government has contributed more than €500 million to road safety measures taken by municipalities, "
      "provinces and water authorities through the Road Safety Investment Incentive. In the Strategic Road Safety "
      "Plan 2030, Government, provinces and municipalities have agreed on a risk-based approach to road safety, in "
      "which vulnerable road users receive particular attention."),
    P("The Government shares the Board's main conclusion that light electric vehicles need a coherent safety "
      "framework of their own. Below I respond to the recommendations by theme. The recommendations addressed to the "
      "police have been answered by the Minister of Justice and Security, who is responsible for the police."),
    H("Vehicle requirements"),
    P("The core of the Board's report is that the current admission of light electric vehicles as special mopeds "
      "falls short. I agree. The requirements were written for a different type of vehicle and say nothing about the "
      "properties that the Board's tests show to be decisive for safety. In recommendation 1 the Board asks me to "
      "introduce a national admission framework with minimum technical requirements. " + EV1 + " The framework will "
      "also contain requirements on stability and lighting, and will apply to all new models from 1 January 2028. "
      "Models admitted under the current rules will have to be re-assessed within three years.",
      answers=(Answer("1", "agree", EV1),)),
    P("In drawing up the framework I will follow the European standard for light electric vehicles as closely as "
      "possible, so that manufacturers do not face different requirements in each country. Where the European "
      "standard is not yet available, I will align with the requirements applied in Germany."),
    P("The Board also asks the RDW, in recommendations 6 and 7, to re-test admitted models and to make the list of "
      "admitted models more accessible. I share the Board's concern that vehicles sold later may differ from the "
      "tested version. " + EV6 + " The RDW is an independent administrative body, and it will inform your House "
      "itself of how it intends to act on the recommendation about the public list of admitted models.",
      answers=(Answer("6", "partial", EV6),)),
    H("Rules for riders"),
    P("The Board's findings on injuries leave little room for doubt: head and facial injuries dominate, and few riders "
      "wear a helmet. I welcome the Board's attention to the protection of riders. Introducing a helmet obligation "
      "requires an amendment of the Traffic Rules and Signs Regulations 1990 and of the regulations on the type of "
      "helmet that may be used, and it must be preceded by a public information campaign so that riders and "
      "retailers have time to adjust. A start date of 1 January 2027, as proposed by the Board, is not feasible for "
      "that reason. " + EV2 + " The information campaign will start in the spring of 2028.",
      answers=(Answer("2", "agree", EV2),)),
    P("With regard to recommendation 3, I agree with the Board that the minimum age must apply to every light "
      "electric vehicle, whether or not it has been admitted, and that it must be enforceable. " + EV3 + " A licence "
      "requirement would mean that every rider, including adults who have held a car licence for years, would have "
      "to take a theory test, while the Board's investigation does not show that a lack of knowledge of the traffic "
      "rules is an important cause of crashes. Instead, I will ask the road safety organisations to include light "
      "electric vehicles in the traffic education programmes for secondary schools.",
      answers=(Answer("3", "partial", EV3),)),
    P("The Board further recommends that e-scooters use the carriageway on roads with a speed limit of 30 km/h. I "
      "share the Board's observation that speed differences between e-scooters and cyclists on the cycle path lead "
      "to dangerous situations. " + EV5 + " On the carriageway riders would share the road with cars, vans and lorries "
      "without any protection, and many 30 km/h roads in the Netherlands are in practice driven at higher speeds. The "
      "introduction of a uniform maximum speed and better vehicle requirements will reduce the speed differences on "
      "the cycle path.",
      answers=(Answer("5", "disagree", EV5),)),
    H("Enforcement"),
    P("The Board's report shows that the police often lack the means and powers to act against tampered vehicles. "
      "The Minister of Justice and Security and I recognise this picture. The current rules already provide an "
      "effective basis against the sale of tuning kits, because the Road Traffic Act 1994 prohibits the use of a "
      "vehicle that no longer meets its admission requirements and the Commodities Act allows action against sellers "
      "who offer unsafe products. " + EV8 + " A new offence would moreover be difficult to enforce against foreign "
      "web shops. " + EV9,
      answers=(Answer("8", "disagree", EV8), Answer("9", "agree", EV9))),
    P("Reliable registration is the basis for targeted enforcement. " + EV10 + " The police have adapted the "
      "registration system for this purpose, and officers will receive instructions on how to establish the type of "
      "vehicle at the scene.",
      answers=(Answer("10", "agree", EV10),)),
    P("Recommendation 11 asks for mobile roller test benches in every regional unit. The Minister of Justice and "
      "Security shares the view that the police must be able to establish the maximum speed of a vehicle at the "
      "roadside. At the same time, it is not yet clear how often the equipment would be used in each unit, and the "
      "benches currently on the market are designed for mopeds. " + EV11,
      answers=(Answer("11", "partial", EV11),)),
    P("With regard to recommendation 12, the Minister of Justice and Security agrees that the enforcement of the rules "
      "for light electric vehicles deserves attention. The national police goals already include traffic "
      "enforcement, and the regional units decide how they apply it, in consultation with the municipalities and "
      "the Public Prosecution Service. " + EV12 + " He will, however, discuss the Board's findings with the police "
      "and the Public Prosecution Service.",
      answers=(Answer("12", "disagree", EV12),)),
    H("Crash data"),
    P("Good data are essential in order to know where the risks lie and whether measures are effective. The Board "
      "notes that neither police nor hospital data currently give a complete picture. " + EV4 + " The first figures "
      "covering the year 2025 will be published in the autumn of 2026.",
      answers=(Answer("4", "agree", EV4),)),
    H("Municipal measures"),
    P("The Board also asks municipalities to set safety conditions in permits for shared e-scooter schemes. This is a "
      "matter for the municipalities. Municipalities decide themselves whether they allow shared schemes and on what "
      "conditions, and several large cities already include a maximum speed in pedestrian areas and an age check in "
      "their permits. The Association of Netherlands Municipalities has developed a model permit that municipalities "
      "can use for this purpose."),
    H("In conclusion"),
    P("The Board's report makes clear that the safety of light electric vehicles is a shared responsibility of "
      "Government, municipalities, the police, manufacturers and riders. With the measures set out in this letter, "
      "the Government takes its part of that responsibility. I will inform your House of the progress in the annual "
      "progress letter on road safety, the first time in the autumn of 2026."),
    P("Yours sincerely,"),
    P("The Minister of Infrastructure and Water Management,"),
    P("ir. J.A. Kortenhoeven-Smits"),
)

RESPONSE = Document(
    title="Government response to the report 'Small wheels, heavy consequences'",
    subtitle="Letter from the Minister of Infrastructure and Water Management to the President of the House of "
             "Representatives, also on behalf of the Minister of Justice and Security",
    blocks=RESPONSE_BLOCKS,
    running_header="Ministry of Infrastructure and Water Management  |  Response on light electric vehicles",
    footer="Page {page} of {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="road_safety_board_en",
    report=REPORT,
    response=RESPONSE,
    description="English: Traffic Safety Investigation Board report on e-scooter and LEV crashes (14 recommendations "
                "under bold addressee lines, numbered 1-14 across the groups, lettered steps under 1, 9 and 13) and "
                "the IenW minister's letter (also for JenV) answering by theme in prose; 7 passed on to the RDW, 13 "
                "'a matter for the municipalities', 14 not mentioned.",
)
