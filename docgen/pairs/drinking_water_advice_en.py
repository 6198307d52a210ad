"""Pair: a fictional Committee on Drinking Water Security report on the long-term security of the Dutch drinking water
supply, and the government response of the Minister of Infrastructure and Water Management (English).

Layout traits this pair tests: a serif report with a title page and a running header; numbered chapters ("2 Growing
demand, shrinking margins") with analysis in which the Committee already argues for measures in prose, and bulleted
lists that are not recommendations (people consulted, measures under way, abbreviations).  The executive summary
lists the fourteen recommendation titles only, as a bulleted list (duplicates, ``duplicate_of``; the gold page is
therefore the summary page).  All fourteen recommendations sit in one chapter "6 Recommendations", grouped under
level-2 theme headings; each has its own level-3 heading "Recommendation N: <short title>" followed by the body
sentence(s) that state the ask, set as an indented, unlabelled paragraph (a one-item ``style=""`` list), and then a
normal paragraph of explanation.  Decision: the printed recommendation text is the ask sentence(s) only ("The
Minister should ..."), not the heading's short title and not the explanation.  "The Minister" means the Minister of
Infrastructure and Water Management (said once, at the start of the chapter).

The response is a UK-government-style command paper (sans, title page, running header) without recommendation
numbers: per theme, each recommendation is quoted in full in bold (no number), followed by a one-word bold verdict line
("Accepted", "Partially accepted", "Not accepted", "Noted") and a paragraph opening "Response:".  The verdict lines
and quotes carry no annotation; the gold passage is the "Response:" paragraph(s), evidence the deciding sentence in
it.  It opens with thanks, context and existing policy (no position) and is partly reordered (6 before 5).
Gold positions:
  1 reserve sources (IenW, provinces)      agree     "accepts this recommendation"; second paragraph on provinces
  2 drinking water first in drought        disagree  polite, existing law (Water Decree priority sequence)
  3 reserve capacity standard              partial   verdict line says "Accepted" but the response only commissions
                                                     a study (the recommendation asked for a standard)
  4 PFAS permits review + statutory ban    partial   first part accepted, second part not
  5 polluters pay for treatment            disagree  shares the principle/analysis, rejects the measure
  6 map emerging substances + monitoring   agree     the recommendation asks for an inventory: committing to it
  7 room for network investment (WACC)     agree     committed measure with a date, no "accept" word
  8 double network replacement (companies) not addressed  verdict "Noted", companies respond themselves
  9 grid priority for water works (KGG)    partial   the KGG minister "will explore"
 10 progressive household tariff           disagree  } one "Partially accepted" verdict and ONE response paragraph
 11 water-saving plans for large users     agree     } for both: 11 agreed, 10 refused
 12 space for production sites (provinces) not addressed  never mentioned in the response
 13 ILT supervision of supply plans        agree     no cue word: committed measure with money (EUR 2.1 million)
 14 report every two years                 agree     "adopts this recommendation"
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

P = Paragraph


def H1(text: str) -> Heading:
    return Heading(text, level=1)


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def H3(text: str) -> Heading:
    return Heading(text, level=3)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


IENW = ("IenW",)
PROVINCES = ("OTHER",)
COMPANIES = ("OTHER",)

# number -> (short title, printed ask text, departments)
RECS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "1": ("Secure reserve sources",
          "The Minister should, together with the provinces, designate additional strategic groundwater reserves for "
          "drinking water in every supply area by 1 January 2028 and give these reserves binding protection in the "
          "Environment and Planning Quality Decree and in the provincial environmental ordinances.",
          ("IenW", "OTHER")),
    "2": ("Put drinking water first in times of drought",
          "The Minister should amend the national priority sequence for the distribution of water so that, in times "
          "of drought, the public drinking water supply takes precedence over all other uses, including cooling "
          "water for the production of energy.",
          IENW),
    "3": ("Set a standard for reserve capacity",
          "The Minister should lay down in the Drinking Water Decree a statutory standard for reserve capacity, "
          "requiring every drinking water company to be able to meet peak demand in a dry summer with a margin of at "
          "least ten per cent.",
          IENW),
    "4": ("Stop PFAS discharges upstream of intakes",
          "The Minister should ensure that every permit for the discharge of PFAS into surface water upstream of a "
          "drinking water intake is reviewed and, where necessary, tightened within three years. In addition, new "
          "discharges of PFAS within the catchment of such intakes should be prohibited by law.",
          IENW),
    "5": ("Let polluters pay for treatment",
          "The Minister should create a statutory arrangement under which parties that discharge substances that are "
          "difficult to remove contribute to the additional treatment costs that drinking water companies incur as a "
          "result.",
          IENW),
    "6": ("Map emerging substances at every intake",
          "The Minister should commission a national inventory, to be completed by the end of 2026, of the emerging "
          "substances found at drinking water intakes, and on that basis set up a permanent monitoring programme "
          "that covers all intake points.",
          IENW),
    "7": ("Make room for investment in the network",
          "The Minister should raise the maximum permitted weighted average cost of capital for drinking water "
          "companies and allow them to spread the cost of network investment over a longer period, so that the "
          "necessary investment can be financed without abrupt tariff increases.",
          IENW),
    "8": ("Double the pace of network replacement",
          "The drinking water companies should at least double the rate at which they replace their distribution "
          "networks, to a minimum of one per cent of the network per year by 2030, and should publish a joint "
          "replacement programme.",
          COMPANIES),
    "9": ("Give water works priority on the electricity grid",
          "The Minister of Climate and Green Growth should ensure that new and expanded drinking water production "
          "sites are given priority in the allocation of scarce electricity grid capacity.",
          ("EZ",)),
    "10": ("Introduce a progressive household tariff",
           "The Minister should amend the Drinking Water Act to introduce a progressive tariff for households, with a "
           "lower price for basic use and a higher price for use above that level.",
           IENW),
    "11": ("Require water-saving plans from large users",
           "The Minister and the Minister of Economic Affairs should require businesses that take more than 100,000 "
           "cubic metres of drinking water a year to draw up a water-saving plan and to switch to alternative sources "
           "wherever drinking water quality is not needed.",
           ("IenW", "EZ")),
    "12": ("Reserve space for new production sites",
           "The provinces should reserve space in their environmental visions for the expansion of existing and the "
           "construction of new drinking water production sites, and should decide on the permits these sites "
           "require within twelve months of application.",
           PROVINCES),
    "13": ("Strengthen supervision of supply plans",
           "The Human Environment and Transport Inspectorate should assess the supply plan and the management of "
           "source risks of every drinking water company at least once every two years, and should publish its "
           "findings.",
           IENW),
    "14": ("Report regularly on drinking water security",
           "The Minister should report to Parliament every two years on the state of drinking water security, "
           "including the reserve capacity available in each supply area and the progress made on these "
           "recommendations.",
           IENW),
}


def summary_titles() -> ItemList:
    """The executive summary's bulleted list of the recommendation titles (repeats of the chapter-6 items)."""
    return ItemList(
        items=tuple(ListItem(title, recommendation=Recommendation(f"S{number}", depts, duplicate_of=number))
                    for number, (title, _text, depts) in RECS.items()),
        style="•",
    )


def recommendation(number: str, *explanation: str) -> tuple:
    """Level-3 heading, the ask as an indented unlabelled paragraph, then one or two paragraphs of explanation."""
    title, text, depts = RECS[number]
    return (
        H3(f"Recommendation {number}: {title}"),
        ItemList(items=(ListItem(text, recommendation=Recommendation(number, depts)),), style=""),
        *(P(par) for par in explanation),
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H1("Foreword"),
    P("For more than a century, Dutch households have been able to take it for granted that clean water comes out of "
      "the tap, day and night, at a price that hardly anyone notices. That certainty is the result of careful choices "
      "made by earlier generations: protected catchment areas in the dunes and on the sandy soils, public ownership "
      "of the drinking water companies, and a legal duty of care that puts public health first. It is not a law of "
      "nature."),
    P("The dry summers of 2018, 2019, 2020 and 2022 showed how quickly the margins can disappear. In several supply "
      "areas the companies came within days of having to ask customers to stop watering their gardens and filling "
      "their pools, and in some they did. At the same time, new pollutants such as PFAS, pharmaceutical residues and "
      "industrial solvents are being found in the rivers and in groundwater, and the pipes that carry the water to "
      "our homes are ageing faster than they are being replaced."),
    P("The Minister of Infrastructure and Water Management asked the Committee in the autumn of 2024 to advise on what "
      "is needed to keep the drinking water supply secure up to 2050. We have tried to answer that question plainly. "
      "Our conclusion is that the supply is still reliable today, but that it will not remain so without decisions "
      "that cannot be postponed for much longer. Those decisions concern the sources, the quality of the water that "
      "enters them, the network and its financing, the way we use water, and the way all of this is supervised."),
    P("The Committee is grateful to the many people who gave their time and knowledge, often at short notice. We owe "
      "special thanks to the staff of the drinking water companies, who showed us their works and their books without "
      "reservation."),
    P("Prof. dr. ir. M.C. Haverkamp, chair of the Committee on Drinking Water Security"),
    PageBreak(),
    H1("Executive summary"),
    P("The Netherlands has a drinking water supply that is among the most reliable in the world. Ten public drinking "
      "water companies supply about 1.1 billion cubic metres of water a year to some eight million connections. "
      "Around 60 per cent of that water comes from groundwater, the remainder from the Rhine, the Meuse and a number "
      "of lakes and reservoirs. The quality of the water at the tap is excellent, and interruptions of supply are "
      "rare and short."),
    P("The Committee finds that this reliability rests on narrowing margins. Demand is growing with the population "
      "and with new housing and industry, while the amount of water that may be abstracted is limited by permits, by "
      "nature conservation and by the effects of drought. In a number of supply areas the available capacity is "
      "already insufficient to meet peak demand in a hot summer. At the same time, the sources are under pressure "
      "from pollution: the number of substances that the companies must remove is rising, treatment is becoming more "
      "expensive, and for some substances, such as certain PFAS, it is uncertain whether treatment will remain "
      "sufficient."),
    P("The distribution network, over 120,000 kilometres of mains, is being replaced at a rate that implies a service "
      "life of more than 150 years. Investment must rise sharply over the coming decades, but the financing rules of "
      "the Drinking Water Act were designed for a sector that mainly had to maintain what it already had."),
    P("Finally, the Committee observes that responsibilities are spread over the State, the provinces, the water "
      "boards, the municipalities and the companies, and that nobody has a complete and current picture of the "
      "security of supply. Supervision focuses on the quality of the water at the tap rather than on the "
      "resilience of the system behind it."),
    P("The Committee makes fourteen recommendations, set out in chapter 6:", bold=True),
    summary_titles(),
    P("Most of the recommendations are addressed to the Minister of Infrastructure and Water Management. Others are "
      "addressed to the Minister of Climate and Green Growth, the Minister of Economic Affairs, the provinces, the "
      "drinking water companies and the Human Environment and Transport Inspectorate. The Committee stresses that the "
      "recommendations form a coherent whole: more sources without cleaner water, or more investment without better "
      "supervision, will not be enough."),
    PageBreak(),
    H1("1 Introduction"),
    H2("1.1 The request for advice"),
    P("In October 2024 the Minister of Infrastructure and Water Management established the Committee on Drinking "
      "Water Security as a temporary advisory committee. The Committee was asked to assess whether the public "
      "drinking water supply will remain secure up to 2050, taking into account climate change, population growth, "
      "the pollution of sources and the condition of the infrastructure, and to recommend what the national "
      "government and other parties should do to keep it so.",
      footnotes=("Decree of the Minister of Infrastructure and Water Management of 8 October 2024 establishing the "
                 "Committee on Drinking Water Security.",)),
    P("The request contained four questions:"),
    bullets(
        "Is the available capacity of the drinking water companies sufficient to meet expected demand up to 2050, "
        "including in dry years?",
        "To what extent does the quality of the sources threaten the supply, and what does this mean for treatment "
        "and its costs?",
        "Is the distribution network in a condition that will allow it to function reliably, and is its financing "
        "secure?",
        "Are responsibilities and supervision organised in a way that allows timely intervention when the supply "
        "comes under threat?",
    ),
    H2("1.2 Approach"),
    P("The Committee met fourteen times between November 2024 and May 2025. It visited production sites in the dunes, "
      "on the Veluwe, along the Meuse and in the IJsselmeer area, and held a public hearing in Utrecht. It "
      "commissioned two background studies, one on the future balance between supply and demand and one on the "
      "financing of network investment. In addition, the Committee spoke with representatives of:"),
    bullets(
        "all ten drinking water companies and their association, Vewin;",
        "the Ministry of Infrastructure and Water Management, Rijkswaterstaat and the Human Environment and Transport "
        "Inspectorate;",
        "six provinces and the Interprovincial Consultation;",
        "the Dutch Water Authorities and several individual water boards;",
        "industry, agriculture, nature conservation organisations and consumer organisations;",
        "researchers at universities, Deltares and the KWR Water Research Institute.",
    ),
    P("The Committee is solely responsible for the content of this report. The composition of the Committee is given "
      "in Annex A."),
    H2("1.3 Reading guide"),
    P("Chapter 2 describes the balance between supply and demand and the effect of drought. Chapter 3 discusses the "
      "quality of the sources. Chapter 4 deals with the distribution network and its financing, and chapter 5 with "
      "governance and supervision. Chapter 6 contains the Committee's recommendations."),
    H1("2 Growing demand, shrinking margins"),
    H2("2.1 Demand"),
    P("Drinking water demand has been remarkably stable for two decades. Household consumption per person fell from "
      "about 135 litres a day around 2000 to about 120 litres in 2015, mainly because of more economical toilets, "
      "showers and washing machines. Since then it has risen again slightly, to around 125 litres, partly because of "
      "hotter summers. Total demand, however, is now rising because the population is growing and because hundreds "
      "of thousands of new homes are being built, many of them in supply areas where capacity is already tight."),
    P("The background study carried out for the Committee projects total demand in 2040 at between 5 and 20 per cent "
      "above the present level, depending on population growth, economic development and the success of water "
      "saving. Industrial demand is the most uncertain component: a single new data centre, battery factory or "
      "hydrogen plant can take as much drinking water as a medium-sized town, and several such projects are planned "
      "in areas where the companies cannot guarantee supply."),
    P("Demand also peaks more sharply than before. On the hottest days of 2022, several companies delivered more "
      "than 40 per cent above their average daily volume. It is these peaks, rather than annual volumes, that "
      "determine whether the supply remains secure."),
    H2("2.2 Available sources"),
    P("The drinking water companies hold permits to abstract about 1.4 billion cubic metres a year, but the amount "
      "they can actually use is lower. Some wells are located near vulnerable nature and may only be used to a "
      "limited extent; others are threatened by salinisation or pollution. The margin between what may be "
      "abstracted and what is needed in a dry year has fallen below ten per cent in six of the fourteen supply areas "
      "the Committee examined, and in two areas it has disappeared altogether."),
    P("Provinces have designated so-called additional strategic reserves: groundwater bodies that are to be kept "
      "available for future drinking water production. In practice, these reserves vary widely in size and in the "
      "protection they enjoy. In several provinces they have not been laid down in binding rules, which means that "
      "other activities, such as geothermal energy, deep excavations or intensive land use, may still take place "
      "there. The Committee considers this a serious weakness. Reserves that are not protected today will not be "
      "available when they are needed.",
      footnotes=("The additional strategic reserves were introduced in the national water programme and are worked "
                 "out by the provinces in their environmental visions and ordinances.",)),
    H2("2.3 Drought"),
    P("During a drought, water from the rivers and the IJsselmeer is distributed according to the national priority "
      "sequence. Drinking water supply and energy supply share the second category, after flood safety and the "
      "prevention of irreversible damage to soils and nature. In practice, the water managers decide within that "
      "category, on the spot, how the available water is shared."),
    P("The Committee heard from several drinking water companies that this arrangement creates uncertainty. In the "
      "summer of 2022 the intakes on the Meuse were close to being closed because of low discharge and rising "
      "concentrations of pollutants, while cooling water continued to be drawn for power stations further upstream. "
      "The Committee does not suggest that the water managers took the wrong decisions at the time. But it believes "
      "that the principle should be clear in advance: without drinking water, a society cannot function for more "
      "than a few days, whereas most other uses can be reduced or postponed."),
    P("Reserve capacity is the second line of defence. Companies with ample reserve capacity can switch to other "
      "wells or other treatment plants when a source fails or when demand peaks. There is, however, no statutory "
      "standard for how much reserve capacity a company must have. The Drinking Water Act requires the companies to "
      "ensure a sustainable supply, and the supply plans they draw up describe how they intend to do so, but what "
      "counts as sufficient is left to each company. The result is that the margins vary greatly between supply "
      "areas and that nobody can hold a company to account when they are too thin."),
    H2("2.4 Measures already under way"),
    P("The Committee acknowledges that much is already being done. Among the measures that the Committee encountered "
      "are:"),
    bullets(
        "the national action programme for drinking water, which aims to increase abstraction capacity by about 100 "
        "million cubic metres a year by 2030;",
        "agreements between several provinces and companies on new abstraction sites, including the use of brackish "
        "groundwater;",
        "a public campaign encouraging households to save water in summer;",
        "research on the reuse of treated waste water for industrial purposes.",
    ),
    P("These measures are valuable, but they are not enough. Most of the new capacity will not be available before "
      "2030, several projects are delayed by permit procedures and nitrogen rules, and the campaign relies on "
      "voluntary behaviour. The Committee therefore believes that the national government must take a firmer "
      "grip."),
    H1("3 Sources under pressure"),
    H2("3.1 A growing list of substances"),
    P("The quality of the water that reaches the intakes of the drinking water companies has improved greatly since "
      "the 1970s, when the Rhine was one of the most polluted rivers in Europe. Since then, however, the nature of "
      "the pollution has changed. Instead of a few substances in large quantities, the companies are now dealing "
      "with thousands of substances in small quantities: pesticides and their breakdown products, pharmaceutical "
      "residues, industrial chemicals, microplastics and, most worryingly, per- and polyfluoroalkyl substances "
      "(PFAS)."),
    P("For many of these substances there is no drinking water standard, and for some there is not even a reliable "
      "method of analysis. The companies measure a large number of substances at their intakes, but the choice of "
      "substances differs between companies and is driven by what they already know. New substances are often "
      "detected by chance, for example when a laboratory tests a new method. The Committee believes that this is "
      "not a sound basis for protecting the sources. A systematic, national picture of what is present at the "
      "intakes is needed, followed by monitoring that is not left to chance."),
    H2("3.2 PFAS"),
    P("PFAS are a group of several thousand man-made substances that are used in products ranging from fire-fighting "
      "foam to non-stick pans and outdoor clothing. They hardly break down in the environment, and several of them are "
      "harmful to health at very low concentrations. In 2021 the European Food Safety Authority set a tolerable weekly "
      "intake that is exceeded by a large part of the Dutch population. Drinking water is only one of the routes of "
      "exposure, but it is one that the government can influence directly.",
      footnotes=("European Food Safety Authority, Risk to human health related to the presence of perfluoroalkyl "
                 "substances in food, 2020.",)),
    P("The concentrations of PFAS in the Rhine and the Meuse are such that drinking water produced from them can only "
      "meet the indicative value advised by the national health institute with advanced and expensive treatment. "
      "Several discharges upstream of intake points are covered by permits issued long before the risks were known. "
      "Some of these permits have been reviewed; many have not. The Committee finds it difficult to explain that "
      "substances that the drinking water companies must remove at great cost may still be discharged legally a few "
      "kilometres upstream."),
    P("A universal restriction of PFAS is being prepared at European level under the REACH Regulation. The Committee "
      "supports that restriction, but notes that it will take years before it is adopted and in force, and that it "
      "will contain exemptions. In the meantime, national measures are needed to protect the intakes."),
    H2("3.3 Who pays?"),
    P("The costs of removing pollutants from drinking water are currently borne by the customers of the drinking water "
      "companies through their water bills. The companies estimate that the additional treatment needed in the coming "
      "fifteen years will cost between 1.5 and 3 billion euros. This means that households pay for pollution caused "
      "by others, which is at odds with the polluter-pays principle laid down in the European treaties."),
    P("The Committee recognises that it is not always possible to trace a substance back to an individual discharger. "
      "For a number of substances, however, the main sources are known, and for those an arrangement can be designed "
      "that passes on at least part of the costs. Other countries have introduced levies on specific substances or "
      "producer responsibility schemes with that aim. The Committee believes that the Netherlands should follow "
      "their example."),
    H2("3.4 Salinisation"),
    P("In the west of the country, the intrusion of salt water from the sea is a growing threat, both in the rivers "
      "during periods of low discharge and in groundwater near the coast. Intakes at Andijk and on the Lek had to be "
      "closed for several days in recent summers. Salinisation will increase as sea level rises. The Committee has "
      "not made separate recommendations on this subject, because it is already being addressed in the Delta "
      "Programme, but it stresses that the protection of the intakes should be given explicit weight in the "
      "choices to be made there."),
    H1("4 An ageing network and its financing"),
    H2("4.1 The condition of the network"),
    P("The Dutch distribution network consists of more than 120,000 kilometres of mains and service pipes, most of "
      "them laid between 1950 and 1980. Asbestos cement and older types of PVC make up a large share of it. The "
      "number of failures is still low by international standards, but it is rising, and the companies expect a "
      "sharp increase once large parts of the network reach the end of their service life in the 2030s."),
    P("At present the companies replace on average about 0.5 per cent of their network each year. At that rate, a "
      "pipe would have to last two hundred years. The Committee considers this unrealistic. Based on the expected "
      "service life of the materials concerned, a replacement rate of at least one per cent a year is needed, and in "
      "some supply areas more. The companies themselves acknowledge this, but they have not yet agreed on a common "
      "approach, and their plans differ greatly in ambition."),
    P("Replacement is not only a question of money. It requires engineers and fitters, who are scarce, and space in "
      "streets that are already crowded with cables and pipes for electricity, heat and telecommunications. The "
      "Committee believes that the companies should coordinate their programmes with each other and with the other "
      "network operators, so that streets are opened once rather than several times."),
    H2("4.2 Financing"),
    P("The drinking water companies are public limited companies whose shares are held by provinces and "
      "municipalities. The Drinking Water Act requires them to charge cost-covering tariffs and limits the return "
      "they may earn on their capital to a maximum weighted average cost of capital (WACC), set by the Minister for "
      "periods of three years. The maximum was introduced to protect customers from excessive tariffs, and it has "
      "done so. It was, however, based on the low interest rates of the 2010s."),
    P("The background study on financing carried out for the Committee shows that, at the current maximum, several "
      "companies will be unable to attract the loans they need for the investment programme of the coming decade "
      "without breaching the requirements of their lenders. The companies can then only raise tariffs steeply and "
      "abruptly, or postpone investment. Neither outcome is acceptable. The Committee therefore believes that the "
      "maximum return should reflect the actual cost of borrowing, and that the companies should be allowed to spread "
      "the costs of long-lived assets over a longer period."),
    H2("4.3 Energy"),
    P("Producing drinking water takes energy: for pumping, for treatment and for distribution. New treatment "
      "techniques, such as reverse osmosis and advanced oxidation, use considerably more electricity than the "
      "conventional ones. Several new or expanded production sites cannot be connected to the electricity grid in "
      "time because of grid congestion. One company told the Committee that a new treatment plant will be ready in "
      "2027 but cannot be connected before 2031. The Committee finds this unacceptable for a utility on which "
      "public health depends."),
    H1("5 Governance and supervision"),
    H2("5.1 Many parties, no overview"),
    P("Responsibility for the drinking water supply is divided. The Minister of Infrastructure and Water Management is "
      "responsible for the system as a whole and for the Drinking Water Act. The provinces protect groundwater, "
      "designate reserves and issue permits for groundwater abstraction. Rijkswaterstaat and the water boards manage "
      "surface water and issue discharge permits. Municipalities decide on land use and on the location of new "
      "housing and industry. The drinking water companies are responsible for production and distribution."),
    P("Each of these parties does its part, but the Committee found that no one has a complete and current picture of "
      "the security of supply. The supply plans of the companies are not published in a comparable form, "
      "information on reserve capacity is scattered, and the Minister reports to Parliament on drinking water only "
      "occasionally and in general terms. When the Committee asked which supply areas would run short in a dry "
      "summer in 2030, it took the Ministry several weeks to answer."),
    H2("5.2 Supervision"),
    P("The Human Environment and Transport Inspectorate supervises compliance with the Drinking Water Act. In "
      "practice, its supervision focuses on the quality of the water at the tap, on which the companies report to it "
      "every month, and on incidents. The supply plans and the risk management of sources receive little attention. "
      "The Inspectorate told the Committee that it lacks the capacity to assess them systematically: fewer than five "
      "full-time inspectors are available for the entire drinking water sector."),
    P("The Committee believes that supervision should follow the risks. Now that the main risks to the supply lie in "
      "the availability and quality of the sources rather than in the treatment process, the supervision should "
      "shift accordingly. That requires more people and a clear mandate."),
    PageBreak(),
    H1("6 Recommendations"),
    P("The Committee makes fourteen recommendations, grouped by theme. Each recommendation is given a short title, "
      "followed by the recommendation itself and a brief explanation. Unless stated otherwise, \u2018the Minister\u2019 "
      "refers to the Minister of Infrastructure and Water Management."),
    H2("6.1 Enough water in dry years"),
    *recommendation(
        "1",
        "The additional strategic reserves are the insurance policy of the drinking water supply. They must be large "
        "enough to cover expected demand in 2050 in each supply area, and their protection should be as firm as that "
        "of the existing abstraction sites. The Committee asks the Minister to lay down the designation in national "
        "rules, so that the level of protection no longer depends on the province in which a reserve happens to lie.",
    ),
    *recommendation(
        "2",
        "The Committee does not question the first category of the priority sequence. Its recommendation concerns "
        "the second category, in which drinking water and energy supply are now of equal rank. In the view of the "
        "Committee, the cooling of power stations can be reduced or replaced in a way that the supply of drinking "
        "water cannot.",
    ),
    *recommendation(
        "3",
        "A statutory standard makes clear what the companies must achieve and what the Inspectorate can check. The "
        "Committee proposes a margin of ten per cent, based on the peak demand in the dry summer of 2022. Companies "
        "that do not yet meet the standard should be given a transition period until 2035.",
    ),
    H2("6.2 Clean sources"),
    *recommendation(
        "4",
        "Existing permits for discharges upstream of intakes should be tested against current knowledge of the risks "
        "of PFAS. Where the Environment and Planning Act allows the competent authority to tighten a permit, it "
        "should do so. For new discharges, a clear statutory prohibition prevents each permit from becoming a new "
        "negotiation.",
        "The Committee is aware that the European restriction of PFAS will eventually cover much of the same ground. "
        "It believes, however, that the intakes cannot wait for the restriction to enter into force.",
    ),
    *recommendation(
        "5",
        "The arrangement could take the form of a levy on specific substances or groups of substances of which the "
        "main sources are known, or of a producer responsibility scheme. The proceeds should be used to compensate the "
        "drinking water companies for the additional treatment costs, so that these are no longer passed on to "
        "households.",
    ),
    *recommendation(
        "6",
        "The inventory should be carried out jointly with the drinking water companies and their laboratories and "
        "should result in a list of priority substances that is updated at least every three years. The monitoring "
        "programme should follow that list and make its results publicly available.",
    ),
    H2("6.3 A network fit for the future"),
    *recommendation(
        "7",
        "The Committee proposes that the maximum return be based on the actual cost of debt of the companies, and "
        "that the depreciation period for new mains be extended from forty to sixty years, in line with their "
        "expected service life.",
    ),
    *recommendation(
        "8",
        "The companies should coordinate their programmes with each other and with other network operators, so that "
        "scarce technical staff are deployed where the need is greatest and streets are opened only once. The "
        "Committee asks the companies to publish the joint programme before the end of 2026.",
    ),
    *recommendation(
        "9",
        "Drinking water production should be treated as a vital social function in the allocation of grid capacity, "
        "on a par with hospitals and emergency services. Where necessary, the Minister of Climate and Green Growth "
        "should make use of her powers under the Energy Act to achieve this.",
    ),
    H2("6.4 Using water more wisely"),
    *recommendation(
        "10",
        "A progressive tariff rewards economical use and makes clear that water is not an unlimited good. The "
        "Committee proposes that basic use be set at around 50 litres per person per day and that the companies be "
        "given time to adapt their billing systems. Households with low incomes or large families should not be "
        "disadvantaged.",
    ),
    *recommendation(
        "11",
        "Many businesses use drinking water for cooling, rinsing or cleaning, for which water of lower quality would "
        "suffice. The Committee believes that the companies' scarce capacity should be reserved for uses that "
        "require drinking water quality. The water-saving plan should be updated every four years.",
    ),
    H2("6.5 Space, supervision and accountability"),
    *recommendation(
        "12",
        "New production sites often take ten years or more to realise, mainly because of spatial procedures and "
        "permits. By reserving space in advance and setting a firm time limit for decisions, the provinces can "
        "considerably shorten that period.",
    ),
    *recommendation(
        "13",
        "To make this possible, the Inspectorate will need additional capacity. The Committee estimates that at least "
        "ten additional inspectors with expertise in hydrology and water treatment are required.",
    ),
    *recommendation(
        "14",
        "Such a report gives Parliament the information it needs to hold the Minister to account, and gives the "
        "public a clear picture of how secure its drinking water is. The report should be based on the supply plans "
        "of the companies and on the findings of the Inspectorate.",
    ),
    PageBreak(),
    H1("Annex A Composition of the Committee"),
    bullets(
        "Prof. dr. ir. M.C. Haverkamp, chair, professor of water management",
        "Drs. R.A. Tjeenk-Ouwehand, former director of a regional drinking water company",
        "Dr. S. El Idrissi, toxicologist",
        "Mr. J.W. de Boer-Lindeman, former provincial executive",
        "Ir. K.P. Vlaskamp, specialist in infrastructure finance",
    ),
    P("Secretary: drs. L.E. Overdijk. Deputy secretary: A.T. van Wessem MSc."),
    H1("Annex B Abbreviations"),
    bullets(
        "ACM \u2013 Netherlands Authority for Consumers and Markets",
        "ILT \u2013 Human Environment and Transport Inspectorate",
        "IPO \u2013 Interprovincial Consultation",
        "PFAS \u2013 per- and polyfluoroalkyl substances",
        "REACH \u2013 European regulation on the registration, evaluation, authorisation and restriction of chemicals",
        "WACC \u2013 weighted average cost of capital",
    ),
)

REPORT = Document(
    title="Water for Tomorrow",
    subtitle="Securing the drinking water supply of the Netherlands up to 2050. Advice of the Committee on "
             "Drinking Water Security",
    blocks=REPORT_BLOCKS,
    running_header="Committee on Drinking Water Security \u2013 Water for Tomorrow",
    footer="{page}",
    font_family="serif",
    title_page=True,
    imprint=("Committee on Drinking Water Security", "The Hague, June 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

def quote(number: str) -> Paragraph:
    """The recommendation quoted in full, in bold, without its number."""
    return P(f"\u201c{RECS[number][1]}\u201d", bold=True)


def verdict(word: str) -> Paragraph:
    return P(word, bold=True)


R1A = ("Response: The Government accepts this recommendation. Together with the provinces, I will designate "
       "additional strategic groundwater reserves for every supply area in which the existing reserves are not "
       "sufficient to meet the expected demand in 2050. The designation will be laid down in an amendment to the "
       "Environment and Planning Quality Decree, which I intend to submit to Parliament in the autumn of 2026, so "
       "that the reserves enjoy binding protection by 1 January 2028.")
EV1 = "Response: The Government accepts this recommendation."
R1B = ("The provinces have informed me, through the Interprovincial Consultation, that they will incorporate the "
       "reserves into their environmental ordinances as soon as the amended decree enters into force.")
EV1B = R1B

R2 = ("Response: I fully share the Committee's view that a safe and continuous supply of drinking water is of "
      "overriding public importance. The priority sequence laid down in the Water Decree already reflects that "
      "importance: the drinking water supply belongs to the second category, directly after flood safety and the "
      "prevention of irreversible damage, and within that category the water managers can give precedence to "
      "drinking water where the situation requires it. In the summer of 2022 no drinking water company had to "
      "interrupt supply, and the cooling water needs of power stations were reduced where necessary. Against this "
      "background I do not consider it opportune to amend the priority sequence.")
EV2 = "Against this background I do not consider it opportune to amend the priority sequence."

R3 = ("Response: The Government agrees with the Committee that the margin between capacity and peak demand has "
      "become too thin in several supply areas. Before a binding standard is introduced, however, its consequences "
      "for the companies, for their investment programmes and for tariffs must be clear. I will therefore commission "
      "an independent study into whether a statutory reserve capacity standard is proportionate and how such a "
      "standard could best be defined. The study is due in the summer of 2026, and I will inform Parliament of its "
      "results at that time.")
EV3 = ("I will therefore commission an independent study into whether a statutory reserve capacity standard is "
       "proportionate and how such a standard could best be defined.")

R4 = ("Response: I share the Committee's concern about the presence of PFAS in the Rhine and the Meuse. Rijkswaterstaat "
      "and the environmental services have begun to review the discharge permits concerned, and I will ensure that all "
      "permits for PFAS discharges upstream of drinking water intakes have been reviewed, and tightened where "
      "necessary, by the end of 2028. I therefore accept the first part of this recommendation, but not the second. "
      "A national statutory ban on new discharges would overlap with the universal restriction of PFAS that is being "
      "prepared under the REACH Regulation, and the Environment and Planning Act already requires the competent "
      "authority to prevent or minimise new discharges of substances of very high concern.")
EV4 = "I therefore accept the first part of this recommendation, but not the second."

R6 = ("Response: I will commission the national inventory that the Committee proposes. It will be carried out by the "
      "laboratories of the drinking water companies together with Deltares and will be completed in December 2026. On "
      "the basis of its results, a permanent monitoring programme covering all surface water and groundwater intakes "
      "will start in 2027; I have reserved \u20ac1.5 million a year for this in the budget of my Ministry.")
EV6 = "Response: I will commission the national inventory that the Committee proposes."

R5 = ("Response: The Government shares the Committee's view that those who cause pollution should, as far as "
      "possible, bear the cost of removing it. The costs of treatment cannot, however, be attributed reliably to "
      "individual dischargers: most of the substances concerned reach the rivers from many different sources, a "
      "large share of them outside the Netherlands. A separate cost-recovery arrangement would therefore be costly to "
      "administer and would do little to change the behaviour of dischargers. The Government will therefore not "
      "create such an arrangement. It will instead give effect to the polluter-pays principle through stricter "
      "permits and through the European restriction of PFAS.")
EV5 = "The Government will therefore not create such an arrangement."

R7 = ("Response: The Government agrees with the Committee that the present financing rules stand in the way of the "
      "investment that is needed. In the determination of the maximum weighted average cost of capital for the period "
      "2026\u20132028, which I will publish in December 2025, the maximum will be raised to reflect the actual cost "
      "of borrowing, and from 1 July 2026 the Drinking Water Decree will allow new mains to be depreciated over up to "
      "sixty years instead of forty. I expect this to enable the companies to finance their investment programmes "
      "with gradual tariff increases.")
EV7 = ("In the determination of the maximum weighted average cost of capital for the period 2026\u20132028, which I "
       "will publish in December 2025, the maximum will be raised to reflect the actual cost of borrowing, and from "
       "1 July 2026 the Drinking Water Decree will allow new mains to be depreciated over up to sixty years instead "
       "of forty.")

R8 = ("Response: This recommendation is addressed to the drinking water companies, which under the Drinking Water Act "
      "are themselves responsible for the condition of their distribution networks. The companies have told me that "
      "they are preparing a joint reaction to the report through their association, Vewin. The Inspectorate "
      "monitors compliance with the statutory duty of care as part of its regular supervision.")

R9 = ("Response: The production of drinking water is a vital function, and grid congestion must not stand in the way "
      "of new treatment capacity. The prioritisation framework of the Authority for Consumers and Markets already "
      "allows grid operators to give precedence to projects of social importance, and several drinking water "
      "companies have been given priority under it. The Minister of Climate and Green Growth will explore with the "
      "Authority and the grid operators whether new and expanded drinking water production sites can be given a more "
      "explicit place in this framework. She will report on the outcome in her progress letter on grid congestion in "
      "the spring of 2026.")
EV9 = ("The Minister of Climate and Green Growth will explore with the Authority and the grid operators whether new "
       "and expanded drinking water production sites can be given a more explicit place in this framework.")

R10_11 = ("Response: The Government agrees that large users must make a greater contribution to saving water. "
          "Together with the Minister of Economic Affairs, I will require every business that takes more than "
          "100,000 cubic metres of drinking water a year to draw up a water-saving plan and to switch to alternative "
          "sources wherever drinking water quality is not needed; this obligation will apply from 1 January 2027. "
          "I do not, however, consider a progressive tariff for households appropriate. Water is a basic necessity, "
          "a progressive tariff would weigh most heavily on larger families, who use more water without using it "
          "less economically, and household consumption in the Netherlands is already low by European standards. The water-saving campaign will be "
          "continued.")
EV11 = ("Together with the Minister of Economic Affairs, I will require every business that takes more than 100,000 "
        "cubic metres of drinking water a year to draw up a water-saving plan and to switch to alternative sources "
        "wherever drinking water quality is not needed; this obligation will apply from 1 January 2027.")
EV10 = "I do not, however, consider a progressive tariff for households appropriate."

R13 = ("Response: From 2026 the Inspectorate will assess the supply plan and the management of source risks of each "
       "of the ten drinking water companies at least once every two years, and will publish each assessment on its "
       "website. To this end its budget will be increased by \u20ac2.1 million a year from 2026 onwards. The first "
       "assessments will concern the three companies whose supply areas came under the greatest pressure in the dry "
       "summer of 2022.")
EV13 = ("Response: From 2026 the Inspectorate will assess the supply plan and the management of source risks of each "
        "of the ten drinking water companies at least once every two years, and will publish each assessment on its "
        "website.")

R14 = ("Response: The Government adopts this recommendation. I will send Parliament a report on the state of drinking "
       "water security every two years, the first in the autumn of 2026. It will set out the reserve capacity "
       "available in each supply area and the progress made on the measures announced in this response.")
EV14 = "Response: The Government adopts this recommendation."

RESPONSE_BLOCKS = (
    H1("Introduction"),
    P("On 19 June 2025 the Committee on Drinking Water Security presented its report \u2018Water for Tomorrow\u2019, "
      "on the security of the drinking water supply of the Netherlands up to 2050. This document sets out the "
      "Government's response to the report and to its recommendations."),
    P("I would like to thank the chair and the members of the Committee for their thorough and clearly written "
      "report. I also thank the drinking water companies, the provinces, the water authorities and the many others "
      "who contributed to the Committee's work."),
    P("The Netherlands has one of the most reliable drinking water supplies in the world. The Drinking Water Act "
      "obliges the ten drinking water companies to ensure a sustainable supply of sufficient drinking water of good "
      "quality, and each of them draws up a supply plan that describes how it will do so. The national action "
      "programme for drinking water, adopted in 2023, aims to add about 100 million cubic metres of abstraction "
      "capacity a year by 2030, and the provinces are working with the companies on new abstraction sites."),
    P("The Government shares the Committee's main conclusion: the supply is secure today, but the margins are "
      "narrowing, and without further action they will not be sufficient in the decades to come. The Government "
      "accepts most of the Committee's recommendations, in some cases in a modified form. Where it does not follow "
      "the Committee, the reasons are explained below."),
    P("The response follows the themes of the report. For each recommendation, the text of the report is quoted, "
      "followed by the Government's verdict and an explanation."),
    H1("Enough water in dry years"),
    P("The dry summers of recent years have shown that the peaks in demand, rather than the annual volumes, determine "
      "whether the supply remains secure. The Government agrees with the Committee that reserves and reserve capacity "
      "are the foundation of a resilient supply."),
    quote("1"),
    verdict("Accepted"),
    P(R1A, answers=(Answer("1", "agree", EV1),)),
    P(R1B, answers=(Answer("1", "agree", EV1B),)),
    quote("2"),
    verdict("Not accepted"),
    P(R2, answers=(Answer("2", "disagree", EV2),)),
    quote("3"),
    verdict("Accepted"),
    P(R3, answers=(Answer("3", "partial", EV3),)),
    H1("Clean sources"),
    P("The quality of the sources is in the first place a matter of preventing pollution at the source. The Government "
      "is working on this through the European Water Framework Directive, the national approach to substances of very "
      "high concern and the negotiations on the European restriction of PFAS, in which the Netherlands is one of the "
      "initiating countries."),
    quote("4"),
    verdict("Partially accepted"),
    P(R4, answers=(Answer("4", "partial", EV4),)),
    quote("6"),
    verdict("Accepted"),
    P(R6, answers=(Answer("6", "agree", EV6),)),
    quote("5"),
    verdict("Not accepted"),
    P(R5, answers=(Answer("5", "disagree", EV5),)),
    H1("A network fit for the future"),
    quote("7"),
    verdict("Accepted"),
    P(R7, answers=(Answer("7", "agree", EV7),)),
    quote("8"),
    verdict("Noted"),
    P(R8),
    quote("9"),
    verdict("Partially accepted"),
    P(R9, answers=(Answer("9", "partial", EV9),)),
    H1("Using water more wisely"),
    P("The Government has set itself the aim of reducing household consumption to 100 litres per person per day by "
      "2035 and of halving the use of drinking water for purposes that do not require drinking water quality. The "
      "Committee's two recommendations on water use are answered together."),
    quote("10"),
    quote("11"),
    verdict("Partially accepted"),
    P(R10_11, answers=(Answer("11", "agree", EV11), Answer("10", "disagree", EV10))),
    H1("Supervision and accountability"),
    quote("13"),
    verdict("Accepted"),
    P(R13, answers=(Answer("13", "agree", EV13),)),
    quote("14"),
    verdict("Accepted"),
    P(R14, answers=(Answer("14", "agree", EV14),)),
    H1("Conclusion"),
    P("The Committee's report comes at the right time. Drinking water is a basic necessity of life, and its supply "
      "must remain secure in a changing climate and in a country that continues to grow. The measures set out in this "
      "response will require the effort of the national government, the provinces, the water authorities and the "
      "drinking water companies alike."),
    P("I will inform Parliament of the progress made in implementing this response in the first report on the state "
      "of drinking water security, in the autumn of 2026."),
    P("The Minister of Infrastructure and Water Management,"),
    P("B.J. van Oordt-Lammers"),
)

RESPONSE = Document(
    title="Government response to the report of the Committee on Drinking Water Security \u2018Water for "
          "Tomorrow\u2019",
    subtitle="Presented to Parliament by the Minister of Infrastructure and Water Management",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response \u2013 Committee on Drinking Water Security",
    footer="Page {page}",
    font_family="sans",
    title_page=True,
    imprint=("Ministry of Infrastructure and Water Management", "September 2025"),
)

PAIR = Pair(
    name="drinking_water_advice_en",
    report=REPORT,
    response=RESPONSE,
    description="Committee on Drinking Water Security report (English, serif; 14 recommendations under level-3 "
                "headings 'Recommendation N: title' with the ask as an indented paragraph; summary bullets of "
                "titles only) and a UK-style government response quoting each recommendation without number, with "
                "verdict lines; 3 'Accepted' but only a study, 10+11 in one paragraph, 8 'Noted', 12 missing.",
)
