"""Pair (English): a fictional safety board report on a fire at a chemical storage site, and the cabinet's letter.

Layout traits this pair tests: an English sans report with a title page, a running header and numbered chapters and
sections ("1 Introduction", "4.3 Supervision and enforcement").  Chapter 3 has a ruled timeline table; section 1.2
a bulleted list of investigation questions; section 4.1 a lettered list of the company's own internal audit
recommendations ("The 2021 audit recommended that VCS: a. ...") and more audit advice in prose, all traps.  Chapter 5
"Conclusions" is a numbered list 1-9 that is not a recommendation list (its numbers clash with the recommendation
numbers).  Chapter 6 "Recommendations" has fifteen recommendations numbered 1-15 continuously, in one numbered list
per addressee, each list introduced by a bold addressee paragraph ("To the State Secretary for Infrastructure and
Water Management:"); every item is one imperative sentence plus one explanatory sentence.  An annex with the
parties' reactions to the draft report follows (no recommendations).

The response is a serif letter (letterhead, no title page) from the State Secretary for Infrastructure and Water
Management, also on behalf of the Ministers of Social Affairs and Employment and of Justice and Security.  It opens
with thanks and context (existing policy, no position), then a section "Main lines" that answers recommendation 5
(firewater) by subject without its number; then each recommendation is quoted in a bold paragraph ("Recommendation
2: ...") followed by unheaded answer paragraphs.  Recommendations 6 and 7 are quoted together and answered in one
paragraph with different positions.  Gold positions:
  1 agree ("The cabinet adopts this recommendation.")
  2 partial ("adopts this recommendation in part": organic peroxides yes, other oxidising substances no)
  3 agree without cue word (committed amendment of the Environment and Planning Decree with a date)
  4 disagree ("does not see sufficient grounds"), after agreeing with the Board's finding (trap)
  5 agree by subject in "Main lines" (date and EUR 12 million), repeated under its quotation
  6 agree, committed measure of the Labour Inspectorate with a date (shared paragraph with 7)
  7 disagree, pointing at the existing Working Conditions Act (same paragraph as 6)
  8 agree ("supports this recommendation" plus a date)
  9 partial ("The cabinet will first investigate whether ...", where a statutory duty was asked)
  10 disagree, politely ("does not fit this division of tasks")
  11 agree ("The Safety Regions Council has informed me that it will ..." commit to the attack plans)
  12 partial ("The Safety Regions Council has informed me that it will explore ...")
  13 not addressed ("It is up to the sector association to ...", passed on without position)
  14 agree (agreement with the provinces, a deadline and EUR 1.5 million)
  15 not addressed (never mentioned)
Department codes: the safety regions and the environmental services are joint bodies of municipalities (like the
GGD, which departments.csv maps to GEMEENTEN) and are coded GEMEENTEN; the sector association is OTHER.
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


def B(text: str) -> Paragraph:
    return Paragraph(text, bold=True)


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def lettered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="a.")


def numbered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="1.")


def recs(start: int, departments: tuple[str, ...], *texts: str) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=R(str(start + i), *departments)) for i, text in enumerate(texts)),
        style="1.",
        start=start,
    )


def A(number: str, position: str, evidence: str) -> Answer:
    return Answer(number, position, evidence)


# --------------------------------------------------------------------------------------------------------------
# The recommendations as printed in chapter 6
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "Require companies that store packaged hazardous substances to keep a real-time digital record of the "
         "substances present in each storage compartment, which the fire brigade can consult at any time. A stock "
         "list on paper that is several days old cannot support the decisions that have to be taken in the first "
         "hour of a fire.",
    "2": "Amend PGS 15 so that organic peroxides and other oxidising substances may no longer be stored in the same "
         "fire compartment as flammable liquids, whatever the separation distance. The fire at VCS showed that a "
         "separation distance offers no protection once a compartment is fully involved in a fire.",
    "3": "Lay down a binding maximum period within which serious violations found at Brzo companies must either be "
         "remedied or be followed by a sanction. At VCS the same violation was found in three successive inspections "
         "without any consequence for the company.",
    "4": "Introduce an obligation for Brzo companies to provide financial security for the costs of clean-up and "
         "remediation after a major accident. Without such security, these costs fall on the public purse whenever "
         "the company responsible goes bankrupt.",
    "5": "Make adequate firewater containment a requirement for all storage facilities for packaged hazardous "
         "substances, existing facilities included. The current requirements are based on a scenario in which the "
         "sprinkler system works, not on a fire that involves a whole compartment.",
    "6": "Ensure that the Netherlands Labour Inspectorate assesses, in every Brzo inspection, how temporary and "
         "agency workers who handle hazardous substances are trained and instructed. These workers carry out a large "
         "share of the risky operations but are hardly visible in inspections.",
    "7": "Require employers to ensure that workers who handle hazardous substances have completed certified "
         "training in a language they understand. Instructions that workers cannot read do not protect them.",
    "8": "Establish national guidance on when and how the public is warned by NL-Alert about smoke from fires "
         "involving hazardous substances. In this case it took an hour and forty minutes before residents received "
         "an alert.",
    "9": "Lay down in law that every safety region must have an adviser on hazardous substances on site within 30 "
         "minutes of an alarm at a Brzo company. The first and most decisive choices in the firefighting at VCS were "
         "made without such advice.",
    "10": "Set up a national expertise centre for firefighting at hazardous substance sites that can support safety "
          "regions during large incidents. Individual safety regions deal with such fires too rarely to build up "
          "sufficient expertise on their own.",
    "11": "Draw up, together with every Brzo company in your region, a site-specific attack plan for each storage "
          "facility and exercise it at least once every two years. The attack plan for VCS dated from 2016 and did "
          "not reflect the actual use of the warehouses.",
    "12": "Make sure that the results of air quality measurements during a fire involving hazardous substances are "
          "made public within two hours. Residents of Westerdijk had to wait until the next morning before they "
          "knew what they had been exposed to.",
    "13": "Set up a sector-wide system in which member companies share incidents, near misses and the lessons drawn "
          "from them. Several member companies told the Board about incidents comparable to the one at VCS that had "
          "never been shared beyond their own site.",
    "14": "Check, within one year, at every Brzo company that stores packaged hazardous substances whether the "
          "substances actually present correspond to the permit. At VCS the actual storage had deviated from the "
          "permitted situation for years without this being noticed.",
    "15": "Share the findings of every Brzo inspection with the safety region and the Netherlands Labour "
          "Inspectorate within two weeks of the inspection. Findings that matter for firefighting now often reach "
          "the fire brigade months later, if at all.",
}


def first_sentence(number: str) -> str:
    text = REC[number]
    return text[: text.index(". ") + 1]


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("On the evening of 14 June 2023, thick black smoke rose above the port of Zuidersluis. A fire in a warehouse "
      "of Veerhaven Chemical Storage burned for almost nineteen hours. Six people were injured, thousands of "
      "residents were told to stay indoors and the harbour basin next to the site was polluted over a length of "
      "several kilometres. That nobody died is partly a matter of luck."),
    P("Fires at storage sites for hazardous substances are rare, but when they happen, the consequences reach far "
      "beyond the fence of the company. That is precisely why the storage of these substances is bound by detailed "
      "rules and why several authorities supervise it. In this case, the rules were known, the risks were known "
      "and the deficiencies had been found more than once. What was missing was the step from knowing to acting, "
      "at the company and at the authorities around it."),
    P("The Board is grateful to everyone who contributed to this investigation: employees of the company and its "
      "contractors, firefighters, residents, inspectors and policy officials. Many of them spoke openly about what "
      "went wrong, also where this was uncomfortable for their own organisation."),
    P("Independent Board for Safety Investigations, ir. M.E. Dijkgraaf-Holm, chair"),
    PageBreak(),
    H("Summary"),
    P("At 19:41 on 14 June 2023, a fire broke out in warehouse 3 of Veerhaven Chemical Storage B.V. (VCS) in the port "
      "of Zuidersluis. The warehouse held some 1,900 tonnes of packaged hazardous substances, mainly flammable "
      "liquids in drums and intermediate bulk containers (IBCs), but also corrosive substances and, contrary to the "
      "permit, some fourteen tonnes of organic peroxides. Within twenty minutes the fire had spread through the "
      "whole of compartment 3B. It was brought under control the next morning and extinguished in the afternoon of "
      "15 June."),
    P("Two employees of a cleaning contractor and four firefighters were injured, one of them seriously. A plume of "
      "smoke drifted over the residential area of Westerdijk, where some 7,400 residents were advised to keep "
      "windows and doors closed. Polluted firewater flowed into the Veerhaven harbour basin and from there into the "
      "Oostgeul, where dead fish were found over a distance of three kilometres. The clean-up of the harbour basin "
      "cost 6.8 million euros. VCS was declared bankrupt in March 2024; most of these costs have not been "
      "recovered."),
    P("The Board concludes that the fire was not a chance event. The direct cause was the ignition of solvent "
      "vapour while a leaking IBC was being pumped over with equipment that was not suitable for that purpose. That "
      "the fire could grow so quickly and so violently was due to the storage of organic peroxides close to "
      "flammable liquids and to the fact that the foam sprinkler installation of the compartment had been out of "
      "automatic operation for twelve days. The company's own audit had pointed out these risks in 2021. Inspectors "
      "had found the unlawful storage of peroxides in 2021, 2022 and 2023, but no sanction had followed."),
    P("The emergency response was hampered by a lack of information. The fire brigade worked with a paper stock list "
      "that was two days old and did not show the peroxides in compartment 3B. The adviser on hazardous substances "
      "arrived more than an hour after the alarm. Residents were warned by NL-Alert an hour and forty minutes after "
      "the fire broke out, and the results of air measurements were made public only the next morning. The "
      "firewater containment of the site had been sized for a fire that the sprinklers would keep small, not for "
      "the fire that actually occurred."),
    P("The Board makes fifteen recommendations. They are addressed to the State Secretary for Infrastructure and "
      "Water Management, the Minister of Social Affairs and Employment, the Minister of Justice and Security, the "
      "safety regions, the Dutch Association of Chemical Storage Companies and the environmental services. They "
      "concern the information available to the emergency services, the rules for storage and firewater, the "
      "enforcement of those rules, the position of temporary workers and the warning of the public. The "
      "recommendations are set out in chapter 6."),
    PageBreak(),
    H("1 Introduction"),
    H2("1.1 Reason for the investigation"),
    P("The Board investigates occurrences in which people were or could have been seriously harmed, with the sole "
      "aim of preventing future occurrences or limiting their consequences. The Board does not establish guilt or "
      "liability. Under the Act establishing the Board, major accidents at companies that fall under the Major "
      "Accidents (Risks) Decree 2015 (Brzo) are among the occurrences the Board may investigate.",
      footnotes=("Brzo 2015 implements the European Seveso III Directive (2012/18/EU) in Dutch law.",)),
    P("The Board decided to investigate the fire at VCS on 16 June 2023. It did so because of the scale of the fire, "
      "the number of injured, the effects on the surroundings and the environment, and the signals that the risks "
      "at this site had been known for some time. Fires at storage facilities for packaged hazardous substances "
      "occur a few times a year in the Netherlands; this was the largest since 2011."),
    H2("1.2 Investigation questions and scope"),
    P("The investigation was guided by the following questions:"),
    bullets(
        "How could the fire in warehouse 3 break out, and why did it spread so quickly?",
        "How did VCS manage the risks of its storage activities, and what did it do with signals about those risks?",
        "How did the competent authority, the environmental service, the Netherlands Labour Inspectorate and the "
        "safety region supervise the company, and what did they do with their findings?",
        "How did the emergency services fight the fire and protect the public, and what information did they have?",
        "How were the environmental consequences of the fire, in particular the firewater, dealt with?",
    ),
    P("The investigation covers the period from the granting of the environmental permit for warehouse 3 in 2014 up "
      "to and including the clean-up of the harbour basin in the autumn of 2023. It does not cover the bankruptcy of "
      "VCS or the criminal investigation that the Public Prosecution Service started after the fire."),
    H2("1.3 Method"),
    P("The Board spoke with 63 people, among them employees of VCS and its parent company, the agency workers and "
      "cleaning contractors who were on site, firefighters and officers of the safety region, inspectors of the "
      "environmental service and of the Labour Inspectorate, officials of the province and of the ministries "
      "concerned, and residents of Westerdijk. It studied the permit files, inspection reports, the company's "
      "safety management documents, the logs of the emergency room and the crisis teams, and camera footage from "
      "the site. The Netherlands Forensic Institute examined the remains of the pump and the IBC at the Board's "
      "request."),
    P("The parties involved received a draft of this report and were given the opportunity to comment on its "
      "factual accuracy. The Board has processed their comments where it considered them correct. An overview of "
      "the reactions is included in the annex."),
    H2("1.4 Reading guide"),
    P("Chapter 2 describes the site, the rules that apply to it and the parties that supervise it. Chapter 3 gives "
      "the course of events before, during and after the fire. Chapter 4 contains the analysis. The conclusions "
      "follow in chapter 5 and the recommendations in chapter 6."),
    PageBreak(),
    H("2 Background"),
    H2("2.1 The company and the site"),
    P("VCS stored and handled packaged chemicals for third parties: producers, traders and distributors of paints, "
      "coatings, cleaning agents and intermediate products. It received goods by ship, rail and road, stored them "
      "for periods ranging from a few days to several months and prepared them for onward transport. A small part of "
      "its business consisted of repackaging: transferring liquids from damaged or leaking packaging into new "
      "packaging, or dividing large containers into smaller ones."),
    P("The site on the Veerhavenweg comprised five warehouses, an outdoor storage area for empty packaging and an "
      "office building. Warehouse 3, built in 2014, was divided into two fire compartments of about 2,400 square "
      "metres each, 3A and 3B. Both compartments were equipped with an automatic fire detection system and a foam "
      "sprinkler installation. Organic peroxides were, according to the permit, to be stored only in warehouse 5, a "
      "separate concrete building with a maximum capacity of 20 tonnes."),
    P("VCS had about 45 employees on its own payroll. In busy periods, and on evenings and weekends, it relied on "
      "agency workers, who at times made up more than half of the staff on site. Since 2019 VCS had been part of "
      "Halvorsen Terminals, an international group of storage companies. The group's health, safety and "
      "environment department carried out periodic audits at its sites."),
    H2("2.2 Rules for the storage of packaged hazardous substances"),
    P("Because of the quantities of hazardous substances present, VCS was an upper-tier Brzo company. Such a company "
      "must take all necessary measures to prevent major accidents and to limit their consequences for people and "
      "the environment. It must have a safety management system and a safety report, and it must draw up an "
      "internal emergency plan. The safety region draws up an external emergency plan for the area around the "
      "site."),
    P("The technical requirements for the storage of packaged hazardous substances are laid down in Publication "
      "Series on Hazardous Substances 15 (PGS 15). Under the Environment and Planning Act, PGS 15 is referred to in "
      "the Environmental Activities Decree as the way in which a company can meet its duty of care. PGS 15 "
      "prescribes, among other things, which substances may be stored together in one compartment and at what "
      "separation distance, what fire protection is required and how much firewater must be contained. The "
      "guideline is drawn up by a governance board in which the central government, the competent authorities, "
      "the fire service and industry are represented, and is adopted under the responsibility of the State "
      "Secretary for Infrastructure and Water Management."),
    P("PGS 15 allows organic peroxides of some types to be stored in a compartment with flammable liquids, provided "
      "that a separation distance or a physical partition is observed and that the compartment has an automatic "
      "extinguishing system. The firewater containment is calculated on the basis of the expected quantity of "
      "extinguishing water when that system works as intended.",
      footnotes=("PGS 15 (2016 edition, revised 2021), sections 3.2 and 5.6.",)),
    H2("2.3 Supervision and emergency response"),
    P("For Brzo companies, the provincial executive is the competent authority for the environmental permit. It has "
      "assigned the permitting, supervision and enforcement tasks to the Scheldemond Environmental Service, one of "
      "the six environmental services in the Netherlands that specialise in Brzo companies. Brzo inspections are "
      "carried out jointly by the environmental service, the Netherlands Labour Inspectorate and the safety region. "
      "Each of them supervises compliance with its own legislation and decides on enforcement under that "
      "legislation."),
    P("The Labour Inspectorate supervises compliance with the Working Conditions Act, including the obligations of "
      "employers to inform and instruct workers about the risks of their work. These obligations apply equally to "
      "agency workers; the hirer is responsible for the instruction on the workplace."),
    P("The Scheldemond Safety Region is responsible for fire services, crisis management and the warning of the "
      "population in its area. It designated VCS as a company that must maintain a company fire brigade but "
      "granted an exemption in 2017, because the public fire brigade could be on site within fifteen minutes. The "
      "Human Environment and Transport Inspectorate (ILT) supervises, as system supervisor, how the Brzo system as "
      "a whole works."),
    PageBreak(),
    H("3 The fire of 14 June 2023"),
    H2("3.1 The days before"),
    P("On 2 June 2023, the foam dosing unit of the sprinkler installation in compartment 3B failed during a routine "
      "test. The maintenance company advised switching the installation to manual operation until a replacement "
      "part had been delivered. The part was expected on 19 June. VCS's own procedure required compensating "
      "measures in such a case: an extra fire watch round every two hours and no repackaging activities in the "
      "compartment. The fire watch rounds were carried out during the day shift; the Board found no records of "
      "rounds during the evening shift."),
    P("On 9 June, a ship delivered 31 tonnes of organic peroxides for a single customer. Warehouse 5 was already "
      "almost full. The planning department decided to store 14 tonnes temporarily in compartment 3B, at a distance "
      "of six metres from a block of IBCs with a xylene-based solvent mixture. The warehouse management system "
      "registered the pallets under a location code that did not exist, so the peroxides did not appear on the "
      "printed stock list for compartment 3B."),
    P("On 14 June, at around 18:30, an employee noticed that an IBC with the solvent mixture was leaking. The shift "
      "leader asked two agency workers of a cleaning contractor to pump the contents into a new IBC. They used a "
      "portable electric pump from the workshop, which was not explosion-proof. Neither of them had been instructed "
      "about the risks of this operation; one of them did not speak Dutch or English."),
    H2("3.2 The course of the fire"),
    P("The table below summarises the main events of the evening and night. Times are taken from the logs of the "
      "emergency room and the crisis teams and from camera footage."),
    Table(
        header=("Time", "Event"),
        rows=(
            ("19:41", "Flash fire at the pump; the two agency workers escape with burns to hands and face."),
            ("19:43", "Automatic fire detection alarm in compartment 3B; the alarm reaches the emergency room."),
            ("19:55", "First fire engines on site; the gatekeeper hands over the printed stock list of 12 June."),
            ("20:08", "The fire spreads to the block of IBCs with solvent mixture."),
            ("20:14", "Violent flare-up when the organic peroxides decompose; four firefighters are injured."),
            ("20:25", "Regional coordination level 2; the regional operational team is formed."),
            ("20:51", "The adviser on hazardous substances arrives on site."),
            ("21:05", "The firewater containment is full; firewater flows into the harbour basin via the "
                      "rainwater drain."),
            ("21:21", "NL-Alert to residents of Westerdijk: keep windows and doors closed."),
            ("07:30", "15 June: fire under control."),
            ("14:45", "15 June: fire extinguished."),
        ),
        widths=(1, 6),
        rules="rows",
    ),
    P("The flare-up at 20:14 surprised the fire crews. On the basis of the stock list, the officer in charge had "
      "assumed that compartment 3B held only flammable liquids and corrosive substances, and he had decided on an "
      "offensive interior attack. After the flare-up he withdrew all crews and switched to a defensive strategy, "
      "aimed at preventing the fire from spreading to compartment 3A and warehouse 4. That succeeded."),
    H2("3.3 Warning the public"),
    P("The smoke plume drifted north-east, towards Westerdijk. Measuring teams of the safety region started "
      "measurements at 20:40. The regional operational team discussed an NL-Alert from 20:35 onwards, but waited "
      "for the advice of the adviser on hazardous substances and for the first measurement results. The alert was "
      "sent at 21:21. In the meantime, residents had been informed through social media and by a message on the "
      "regional broadcaster, which the safety region had not coordinated."),
    P("The measurements showed elevated concentrations of soot particles and, locally, of irritant combustion "
      "products, but no values above the intervention levels. The safety region published a summary of the "
      "results on its website at 11:00 the next morning. Many residents told the Board that the uncertainty of that "
      "night had worried them more than the smoke itself."),
    H2("3.4 Firewater and environmental consequences"),
    P("The site had a firewater containment capacity of 600 cubic metres, calculated in accordance with PGS 15 for a "
      "fire that would be contained by the sprinkler installation. During the fire, the fire brigade used about "
      "4,200 cubic metres of water and foam. From 21:05 onwards, polluted water flowed through the rainwater drain "
      "into the harbour basin. The water authority closed the sluice to the Oostgeul at 23:10, but by then "
      "polluted water had already passed."),
    P("Dead fish were found over three kilometres of the Oostgeul. The harbour basin was dredged and the sediment "
      "was disposed of as contaminated waste. The province paid the costs in advance, 6.8 million euros, and "
      "recovered 1.7 million euros from the liability insurer of VCS. After the bankruptcy of VCS, the remainder "
      "could not be recovered."),
    PageBreak(),
    H("4 Analysis"),
    H2("4.1 Safety management at VCS"),
    P("VCS had a safety management system that, on paper, met the requirements of the Brzo. Procedures for "
      "repackaging, for the segregation of substances and for the failure of safety systems existed. The Board "
      "found, however, that these procedures were not followed in practice and that the company did not check "
      "whether they were. The deviations that contributed to the fire were not incidental: the storage of "
      "peroxides outside warehouse 5 had happened at least eleven times since 2020, according to the records of "
      "the warehouse management system."),
    P("The risks had not gone unnoticed within the group. In September 2021, the group's health, safety and "
      "environment department carried out an audit at VCS. The 2021 audit recommended that VCS:"),
    lettered(
        "replace the printed stock list with a real-time warehouse management system that records the exact "
        "location of every pallet;",
        "store organic peroxides exclusively in warehouse 5 and refuse deliveries when its capacity is reached;",
        "introduce a formal training programme for agency workers, including a check that they understand the "
        "instructions;",
        "have the firewater containment capacity reassessed for a scenario in which the sprinkler system fails.",
    ),
    P("VCS drew up an action plan in response. The Board found that only the training programme was partly "
      "implemented: from 2022 onwards, new agency workers watched a safety video on their first day. The audit "
      "also recommended that the group repeat the audit within eighteen months; that follow-up audit did not take "
      "place, because the group postponed all audits in 2022 and 2023 during a reorganisation. The management of "
      "VCS told the Board that the investments needed for the other points had been submitted to the group but "
      "had not been approved."),
    P("The Board considers that the company had the knowledge it needed to prevent this fire or to limit it "
      "considerably. The pressure to accept every delivery and the lack of follow-up by the group meant that this "
      "knowledge was not acted upon."),
    H2("4.2 Temporary and agency workers"),
    P("The operation that led to the fire was carried out by two workers of a cleaning contractor who had worked at "
      "VCS for three weeks. Agency workers and contractors carried out most of the evening and weekend work, "
      "including operations such as repackaging that require specific knowledge of the substances involved. The "
      "safety video they watched on their first day was available in Dutch and English only."),
    P("The Board found that the Labour Inspectorate, in the Brzo inspections of 2021 and 2022, had looked at the "
      "training records of VCS's own employees but not at those of agency workers or contractors. Inspectors told "
      "the Board that agency workers are rarely present during announced daytime inspections and that their "
      "instruction therefore hardly comes into view. The Labour Inspectorate's own programme on hazardous "
      "substances identifies agency workers as a risk group, but this has not been translated into the Brzo "
      "inspections."),
    H2("4.3 Supervision and enforcement"),
    P("In the joint Brzo inspections of October 2021, November 2022 and March 2023, the environmental service found "
      "organic peroxides stored outside warehouse 5. Each time this was classified as a serious violation. After "
      "the first finding, VCS was given a period to remedy it; after the second, the environmental service sent a "
      "warning of its intention to impose a penalty payment order. That order had not been imposed by June 2023. "
      "The environmental service mentioned staff shortages, a change of case officer and the wish to build a "
      "legally watertight file."),
    P("The Board understands that enforcement takes care. It also notes that national enforcement policy does not "
      "contain a binding period within which a serious violation must be followed by a sanction, and that the "
      "escalation at VCS took almost two years without result. The fire brigade, which took part in the "
      "inspections, was aware of the findings, but this knowledge did not reach the officers who drew up or used "
      "the attack plan for the site. The inspection reports were shared with the safety region on average four "
      "months after the inspection."),
    P("The Board also looked at the financial side of the Brzo system. Brzo companies are not required to provide "
      "financial security for the costs of clean-up after a major accident. The permit of VCS did not contain such "
      "a requirement either, although the Environment and Planning Act offers competent authorities the "
      "possibility of imposing one in individual cases. In practice, provinces rarely do so."),
    H2("4.4 Information for the emergency services"),
    P("In the first hour of a fire at a storage facility, the officer in charge has to decide whether to attack the "
      "fire from inside or to limit it from outside. That decision depends on which substances are present and "
      "where. At VCS, the fire brigade had to rely on a paper list that was two days old and, because of the "
      "incorrect location code, incomplete. The company's warehouse management system could have been consulted "
      "remotely, but the fire brigade had no access to it and the employees on site did not know how to generate "
      "a current overview."),
    P("The attack plan that the safety region had drawn up for VCS dated from 2016. It was based on the permit and "
      "did not reflect the actual use of the warehouses, which had changed considerably since then. The plan had "
      "never been exercised on site. Other safety regions told the Board that the frequency with which attack plans "
      "for Brzo companies are updated and exercised varies widely."),
    P("The adviser on hazardous substances arrived 68 minutes after the alarm. The Scheldemond Safety Region has "
      "two such advisers on duty, who cover an area with 41 Brzo companies; on the evening of the fire, the adviser "
      "on duty was dealing with another incident. The decision to carry out an interior attack was taken without "
      "his advice. There is no statutory standard for the arrival time of an adviser on hazardous substances, and "
      "regions organise this function in different ways."),
    P("Large fires at hazardous substance sites are rare for any single safety region. Specialist knowledge is "
      "available at the Netherlands Institute for Public Safety and in a few regions with large industrial areas, "
      "but there is no arrangement through which a region can call in that expertise quickly during an "
      "incident."),
    H2("4.5 Warning and informing the public"),
    P("The regional operational team hesitated to send an NL-Alert because it did not yet know what the smoke "
      "contained. The Board found that each region applies its own criteria for an NL-Alert in case of smoke, and "
      "that several regions wait for measurement results before warning the public. National guidance on this "
      "point does not exist. The Board considers that a precautionary alert, which can later be adjusted, serves "
      "residents better than a late alert."),
    P("The results of the air measurements were available to the crisis team from 21:00 onwards, but they were "
      "made public only the next morning. The safety region explained that results first had to be validated by "
      "the national measurement network. Residents, the municipal health service and general practitioners in the "
      "area had no information on which to base their advice during the night."),
    H2("4.6 Firewater and environmental damage"),
    P("The firewater containment at VCS met the requirements of PGS 15. Those requirements assume that the automatic "
      "extinguishing system works. When that system fails, or when the fire overwhelms it, the amount of "
      "extinguishing water needed is many times greater. Existing facilities do not have to meet the newer, "
      "stricter requirements introduced in 2021 for new facilities. The Board estimates, on the basis of figures "
      "from the environmental services, that some 40 per cent of the existing storage facilities for packaged "
      "hazardous substances have containment capacity that is only sufficient for a sprinkler scenario.",
      footnotes=("Estimate based on a sample of 96 facilities provided by four of the six Brzo environmental "
                 "services.",)),
    P("The Board also found that the environmental service had never checked whether the substances actually "
      "stored at VCS matched the permit as a whole: inspections focused on selected themes and compared the "
      "storage with the permit only for the parts of the site that were visited. Other environmental services "
      "told the Board that they work in the same way."),
    PageBreak(),
    H("5 Conclusions"),
    P("On the basis of its investigation, the Board draws the following conclusions."),
    numbered(
        "The fire was caused by the ignition of solvent vapour during the pumping over of a leaking IBC with a pump "
        "that was not explosion-proof, an operation that under the company's own procedures should not have taken "
        "place in compartment 3B at that time.",
        "The fire spread quickly and violently because organic peroxides were stored in the compartment, contrary "
        "to the permit, and because the foam sprinkler installation had been out of automatic operation for twelve "
        "days without the required compensating measures.",
        "VCS knew about the main risks from its own audit of 2021, but did not act on most of the findings; the "
        "group did not follow up the audit.",
        "Agency workers and contractors carried out risky operations without adequate instruction, and their "
        "position remained out of sight in the inspections.",
        "The unlawful storage of peroxides was found in three successive inspections, but no sanction followed; "
        "there is no binding period within which this must happen.",
        "The fire brigade had no up-to-date information on the substances present, and its attack plan was "
        "outdated; decisive choices were made without the advice of an adviser on hazardous substances.",
        "Residents were warned late and were not informed about the measurement results during the night.",
        "The firewater containment, although it met the rules, was far too small for a fire of this size; this is "
        "the case at a large share of existing facilities.",
        "After the bankruptcy of VCS, most of the costs of the environmental clean-up were borne by the public "
        "purse.",
    ),
    PageBreak(),
    H("6 Recommendations"),
    P("The fire at VCS shows weaknesses at the company, but also in the rules and in the way supervision and "
      "emergency response are organised. Those weaknesses are not limited to Zuidersluis. The Board therefore makes "
      "the following recommendations, which it groups by addressee. Each recommendation is followed by a short "
      "explanation."),
    B("To the State Secretary for Infrastructure and Water Management:"),
    recs(1, ("IenW",), REC["1"], REC["2"], REC["3"], REC["4"], REC["5"]),
    B("To the Minister of Social Affairs and Employment:"),
    recs(6, ("SZW",), REC["6"], REC["7"]),
    B("To the Minister of Justice and Security:"),
    recs(8, ("JenV",), REC["8"], REC["9"], REC["10"]),
    B("To the safety regions:"),
    recs(11, ("GEMEENTEN",), REC["11"], REC["12"]),
    B("To the Dutch Association of Chemical Storage Companies:"),
    recs(13, ("OTHER",), REC["13"]),
    B("To the environmental services:"),
    recs(14, ("GEMEENTEN",), REC["14"], REC["15"]),
    P("Under the Act establishing the Board, the ministers concerned must respond to recommendations addressed to "
      "them within six months of publication. The Board asks the other addressees to inform it within the same "
      "period of what they intend to do with its recommendations."),
    PageBreak(),
    H("Annex Reactions to the draft report"),
    P("The Board submitted a draft of this report to the parties involved. The following parties responded: the "
      "State Secretary for Infrastructure and Water Management, the Netherlands Labour Inspectorate, the Scheldemond "
      "Safety Region, the Scheldemond Environmental Service, the province, the water authority, the curator of VCS "
      "and Halvorsen Terminals. Most reactions concerned factual corrections and clarifications, which the Board "
      "has processed where it considered them correct."),
    P("Halvorsen Terminals stated that it regrets the consequences of the fire and that it has since introduced a "
      "real-time warehouse management system at its other sites. It disputed the Board's finding that investments "
      "at VCS had been refused; according to the group, no concrete investment proposals had been submitted. The "
      "Board has included this point of view but maintains its finding, which is based on minutes of the group's "
      "investment committee."),
    P("The Scheldemond Environmental Service pointed out that it had in the meantime imposed penalty payment orders "
      "at two other companies for comparable violations. The Scheldemond Safety Region stated that it has started "
      "updating the attack plans for all Brzo companies in its area. The Board has not assessed these measures."),
)

REPORT = Document(
    title="Fire at Veerhaven Chemical Storage",
    subtitle="Zuidersluis, 14 June 2023",
    blocks=REPORT_BLOCKS,
    running_header="Independent Board for Safety Investigations | Fire at Veerhaven Chemical Storage",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=("Independent Board for Safety Investigations", "The Hague, October 2024"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "The cabinet adopts this recommendation."
EV2 = "The cabinet adopts this recommendation in part."
EV3 = ("I will lay down in the Environment and Planning Decree that the competent authority must impose a sanction "
       "when a serious violation at a Brzo company has not been remedied within three months of its discovery.")
EV4 = ("The cabinet does not see sufficient grounds to introduce a general obligation for all Brzo companies to "
       "provide financial security.")
EV5 = ("From 1 January 2028, the requirement to have firewater containment sized for a fire in an entire "
       "compartment will also apply to existing storage facilities for packaged hazardous substances, and I am "
       "making 12 million euros available in 2026 and 2027 to help companies make the necessary adjustments.")
EV6 = ("From 1 July 2025, the Netherlands Labour Inspectorate will assess the training and instruction of "
       "temporary and agency workers in every Brzo inspection, partly through unannounced inspections in the evening "
       "and at weekends.")
EV7 = ("A separate statutory requirement for certified training is therefore not necessary in the cabinet's view, "
       "and the Minister of Social Affairs and Employment will not amend the Working Conditions Decree for this "
       "purpose.")
EV8 = "The Minister of Justice and Security supports this recommendation."
EV9 = ("The cabinet will first investigate whether a statutory arrival time is needed, or whether the same result "
       "can be achieved through agreements between the safety regions.")
EV10 = ("A separate national expertise centre does not fit this division of tasks, and the cabinet will therefore "
        "not set one up.")
EV11 = ("The Safety Regions Council has informed me that it will ensure that every safety region draws up a "
        "site-specific attack plan for each Brzo storage facility by 1 January 2026 and exercises it at least once "
        "every two years.")
EV12 = ("The Safety Regions Council has informed me that it will explore, together with the RIVM, whether "
        "publication within two hours is feasible for all types of incidents.")
EV14 = ("I have agreed with the provinces that the environmental services will carry out this check at all Brzo "
        "companies concerned before 31 December 2025, and I am contributing 1.5 million euros to the costs.")

RESPONSE_BLOCKS = (
    P("Dear Madam Speaker,"),
    P("On 17 October 2024, the Independent Board for Safety Investigations (the Board) published its report 'Fire "
      "at Veerhaven Chemical Storage'. In this letter I present to your House, also on behalf of the Minister of "
      "Social Affairs and Employment and the Minister of Justice and Security, the cabinet's response to that "
      "report."),
    P("First of all, I would like to thank the Board for its thorough investigation. The fire of 14 June 2023 had a "
      "serious impact on the people who were injured, on the residents of Westerdijk and on the environment around "
      "the port of Zuidersluis. My thoughts are with the injured firefighters and workers, some of whom are still "
      "recovering. The cabinet also thanks the firefighters and all others who worked through the night to bring "
      "the fire under control."),
    H2("Context"),
    P("The Netherlands has about 400 Brzo companies, some 90 of which store packaged hazardous substances. The "
      "storage of these substances is regulated by the Environmental Activities Decree, which refers to PGS 15, "
      "and supervised jointly by the environmental services, the Netherlands Labour Inspectorate and the safety "
      "regions. The Human Environment and Transport Inspectorate supervises the functioning of this system as a "
      "whole and reports on it every two years."),
    P("Since the fire, several steps have already been taken. The Scheldemond Environmental Service and the other "
      "Brzo environmental services have included the storage of organic peroxides as a priority theme in their "
      "inspections for 2024 and 2025. The PGS 15 governance board started a revision of the guideline in the spring "
      "of 2024. The evaluation of the Safety Regions Act is in progress, and the Labour Inspectorate has reinforced "
      "its programme on hazardous substances with 14 additional inspectors."),
    H2("Main lines"),
    P("The Board's report is painful reading. It shows that the risks at VCS were known, to the company and to the "
      "authorities, and that this knowledge did not lead to action. The cabinet recognises the picture the Board "
      "paints and considers that the lessons of this fire go beyond a single company."),
    P(f"The consequences of the fire for the environment have made a particular impression on the cabinet. The "
      f"firewater containment at VCS met the rules, and yet it was far too small. The cabinet considers that this "
      f"cannot be left to the next revision of the guidelines. {EV5} The subsidy scheme will open on 1 March 2026.",
      answers=(A("5", "agree", EV5),)),
    P("Below I respond to the recommendations one by one, in the order of the report. Where recommendations are "
      "addressed to other parties, I pass on what those parties have told me."),
    H2("Response to the recommendations"),
    B(f"Recommendation 1: {first_sentence('1')}"),
    P(f"{EV1} A current overview of the substances present is indispensable for the fire brigade, and modern "
      f"warehouse management systems make this feasible at reasonable cost. I will lay this obligation down in the "
      f"Environmental Activities Decree; a draft amendment will be submitted for internet consultation in the "
      f"autumn of 2025. Together with the safety regions, the Ministry will also draw up a standard for the way in "
      f"which the fire brigade is given access to the data.",
      answers=(A("1", "agree", EV1),)),
    B(f"Recommendation 2: {first_sentence('2')}"),
    P(f"{EV2} For organic peroxides, the fire at VCS has shown that storage in the same compartment as flammable "
      f"liquids can have disastrous consequences; I will ask the PGS 15 governance board to exclude this "
      f"combination in the revised guideline, which is expected at the end of 2025. For other oxidising "
      f"substances, the cabinet sees no reason to abandon the current system of separation distances and "
      f"partitions. The experts in the governance board have advised that the risks of those substances differ "
      f"widely and that a general ban would also affect storage facilities where no comparable risk exists.",
      answers=(A("2", "partial", EV2),)),
    B(f"Recommendation 3: {first_sentence('3')}"),
    P(f"The Board rightly points out that repeated findings without consequences undermine the credibility of "
      f"supervision. {EV3} The amendment is intended to enter into force on 1 July 2026. Until then, I have asked the "
      f"provinces to apply this period already in their enforcement policy.",
      answers=(A("3", "agree", EV3),)),
    B(f"Recommendation 4: {first_sentence('4')}"),
    P("The cabinet shares the Board's finding that the costs of an environmental clean-up too often end up with the "
      "government when a company goes bankrupt. The case of VCS, in which the province could recover only a small "
      "part of its costs, illustrates this."),
    P(f"{EV4} Such an obligation would place a considerable burden on companies, including companies that already "
      f"have adequate insurance, while the Environment and Planning Act already allows competent authorities to "
      f"require financial security where the risk calls for it. I will, however, draw the attention of the "
      f"provinces to this possibility in the next administrative consultation on Brzo supervision.",
      answers=(A("4", "disagree", EV4),)),
    B(f"Recommendation 5: {first_sentence('5')}"),
    P("As set out above, the requirement for firewater containment sized for a fire in an entire compartment will "
      "apply to existing facilities from 1 January 2028. The amendment of the Environmental Activities Decree needed "
      "for this will be sent to your House in the course of 2025.",
      answers=(A("5", "agree", "As set out above, the requirement for firewater containment sized for a fire in an "
                                "entire compartment will apply to existing facilities from 1 January 2028."),)),
    B(f"Recommendation 6: {first_sentence('6')}"),
    B(f"Recommendation 7: {first_sentence('7')}"),
    P(f"The Minister of Social Affairs and Employment agrees with the Board that temporary and agency workers are "
      f"particularly vulnerable in the handling of hazardous substances. {EV6} The Working Conditions Act already "
      f"obliges every employer, and in the case of agency workers the hirer, to provide information and instruction "
      f"in a form that workers understand, and the Labour Inspectorate can enforce this obligation. {EV7}",
      answers=(A("6", "agree", EV6), A("7", "disagree", EV7))),
    B(f"Recommendation 8: {first_sentence('8')}"),
    P(f"{EV8} The Board's investigation shows that the criteria for an NL-Alert in case of smoke differ between "
      f"regions, and that waiting for measurement results can cost valuable time. Together with the Safety Regions "
      f"Council and the National Coordinator for Security and Counterterrorism, he will draw up national guidance "
      f"before 1 January 2026, based on the principle that a precautionary alert is preferable to a late one.",
      answers=(A("8", "agree", EV8),)),
    B(f"Recommendation 9: {first_sentence('9')}"),
    P(f"The Minister of Justice and Security recognises the importance of early expert advice in incidents "
      f"involving hazardous substances. At the same time, the availability of advisers differs per region, and a "
      f"fixed arrival time of 30 minutes may not be achievable everywhere without a considerable increase in "
      f"staff. {EV9} He will include this question in the amendment of the Safety Regions Act that follows the "
      f"evaluation, and will inform your House of the outcome in the summer of 2025.",
      answers=(A("9", "partial", EV9),)),
    B(f"Recommendation 10: {first_sentence('10')}"),
    P(f"The Netherlands Institute for Public Safety already supports the safety regions with knowledge on hazardous "
      f"substances, and the regions with large industrial areas provide assistance to other regions on request "
      f"under existing mutual assistance agreements. {EV10} The Minister of Justice and Security will ask the "
      f"institute to make its available expertise better known among the regions.",
      answers=(A("10", "disagree", EV10),)),
    P("Recommendations 11 and 12 are addressed to the safety regions, which are responsible for fire services and "
      "crisis management in their areas. I have asked the Safety Regions Council for its reaction to both."),
    B(f"Recommendation 11: {first_sentence('11')}"),
    P(f"{EV11} It has asked the regions to give priority to storage facilities for packaged hazardous substances.",
      answers=(A("11", "agree", EV11),)),
    B(f"Recommendation 12: {first_sentence('12')}"),
    P(f"As regards the publication of measurement results, the regions depend on the validation of the results by "
      f"the national measurement network. {EV12} The outcome is expected at the end of 2025.",
      answers=(A("12", "partial", EV12),)),
    B(f"Recommendation 13: {first_sentence('13')}"),
    P("The sharing of incidents and near misses between companies can make an important contribution to safety in "
      "the sector. It is up to the sector association to decide whether and how it sets up such a system. I have "
      "sent the Board's report to the Dutch Association of Chemical Storage Companies."),
    B(f"Recommendation 14: {first_sentence('14')}"),
    P(f"The environmental services carry out this task on behalf of the provinces, which are the competent "
      f"authority for Brzo companies. {EV14} The results will be included in the next report of the Human "
      f"Environment and Transport Inspectorate on the Brzo system.",
      answers=(A("14", "agree", EV14),)),
    H2("Finally"),
    P("The fire at VCS has shown that rules and supervision only protect people and the environment when findings "
      "lead to action. The cabinet will work with the provinces, the safety regions and the sector to make sure "
      "that this happens. I will inform your House about the progress of the measures announced in this letter "
      "in the Brzo progress report at the end of 2025."),
    P("Yours sincerely,"),
    P("The State Secretary for Infrastructure and Water Management,"),
    P("C.A. Terpstra-Molenaar"),
)

RESPONSE = Document(
    title="Cabinet response to the Board's report 'Fire at Veerhaven Chemical Storage'",
    subtitle="Letter from the State Secretary for Infrastructure and Water Management to the Speaker of the House of "
             "Representatives | The Hague, 14 March 2025 | Reference IENW/BSK-2025/41872",
    blocks=RESPONSE_BLOCKS,
    running_header="Cabinet response | Fire at Veerhaven Chemical Storage",
    footer="Page {page} of {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="chemical_safety_board_en",
    report=REPORT,
    response=RESPONSE,
    description="English safety board report on a chemical storage fire (15 recommendations numbered 1-15 under bold "
                "addressee paragraphs, after a numbered list of conclusions and a lettered list of the company's own "
                "audit recommendations) and the IenW State Secretary's letter quoting each recommendation in bold; "
                "5 answered by subject first, 6 and 7 in one paragraph, 11-12 via the Safety Regions Council, 13 "
                "passed on to the sector, 15 not mentioned.",
)
