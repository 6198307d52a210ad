"""Pair: a fictional Housing Ombudsman report on damp and mould in social housing, and the government's answer (EN).

Layout traits this pair tests.  The report (English edition of a Dutch report; serif, title page, running header,
"Page n of m" footer) has numbered chapters 1-7 with numbered sections, a foreword, footnotes, a ruled figures table,
bold case-story lead-ins and two bulleted lists that are not recommendations (sources, and the Ombudsman's standards
of proper conduct, which read like norms: "Adequate investigation: ... investigates the facts ...").  There is no
recommendations chapter and there are no recommendation numbers: inside the findings chapters each recommendation is
a separate indented, unlabelled paragraph (``style=""`` list item; the renderer cannot set list items in bold) that
opens with "Recommendation:" and the addressee.  Gold ids "1".."14" follow the printed order and the gold text keeps
the opening word "Recommendation:".  Chapter 7 ends with a short "Summary of recommendations": fourteen "•" bullets
in shortened form with the addressee in brackets (duplicate_of), followed by an annex that lists the organisations
consulted (more bullets that are not recommendations).  Addressees: the Minister of Housing and Spatial Planning
(BZK), housing associations (OTHER), the Housing Associations Authority (OTHER: not in departments.csv),
municipalities and municipal health services (GEMEENTEN) and once the Minister of Health, Welfare and Sport (VWS).

The response is a letter (sans, letterhead, no title page) of the Minister of Housing and Spatial Planning, also on
behalf of the Minister of Health, Welfare and Sport, to the House of Representatives.  It opens with thanks, "I share
the Ombudsman's concern about ..." and existing policy (no position), then answers by theme under four level-2
headings, never with numbers.  Gold positions:
 1 (HAs: inspect on site before blaming the tenant) not_addressed - "It is for housing associations to decide ..."
 2 (statutory response terms) disagree, polite - "I do not think a statutory duty is the right instrument, however."
 3 (fast-track Rent Tribunal procedure) agree without cue word - date 1 July 2026 and EUR 2.4 million a year
 4 (HAs: one contact person, written updates) not_addressed - never mentioned
 5 (automatic rent reduction) agree - "I agree with the Ombudsman that ... and will amend the Rent ... Decree"
 6 (national compensation scheme) disagree, blunt - "I will not introduce a national compensation fund."
 7 (insulation priority + performance agreements) partial - priority yes, performance agreements no
 8 (Authority: complaint handling in its assessment) partial - "I will ask the Authority to examine whether ..."
 9 (capacity for the Authority) agree without cue word - EUR 3.1 million a year; same paragraph as 8
10 (municipalities: enforce, reporting point) not_addressed - only existing powers described
11 (uniform registration and annual reporting) agree without cue word - obligation from 1 January 2027
12 (VWS: national guideline and medical statement) agree without cue word - RIVM guideline by 1 October 2026
13 (municipalities/GGDs: home visit within four weeks) partial - a pilot in four regions; same paragraph as 12
14 (progress report within two years) agree - "I am happy to do so: before 1 July 2027 ..."
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

BZK = "BZK"
VWS = "VWS"
OTHER = "OTHER"
GEM = "GEMEENTEN"


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def rec(number: str, text: str, *departments: str) -> ItemList:
    """A recommendation set apart below its finding: an indented paragraph without a label."""
    return ItemList(items=(ListItem(text, recommendation=Recommendation(number, tuple(departments))),), style="")


def summary(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """The closing summary: every recommendation again, shortened, as a bullet."""
    return ItemList(items=tuple(ListItem(text, recommendation=Recommendation(number, departments, duplicate_of=number))
                                for number, text, departments in items), style="•")


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": ("Recommendation: Housing associations should no longer attribute damp and mould to the tenant's behaviour "
          "without first having inspected the home on site, and should inform the tenant in writing of the outcome "
          "of that inspection.", (OTHER,)),
    "2": ("Recommendation: The Minister of Housing and Spatial Planning should lay down in law fixed maximum terms "
          "within which landlords must inspect and remedy reported damp and mould, with shorter terms where a member "
          "of the household has health problems.", (BZK,)),
    "3": ("Recommendation: The Minister of Housing and Spatial Planning should ensure that the Rent Tribunal can "
          "deal with disputes about damp and mould in a fast-track procedure, with a decision within eight weeks and, "
          "where needed, an inspection by an independent expert at no cost to the tenant.", (BZK,)),
    "4": ("Recommendation: Housing associations should appoint one contact person for every tenant whose damp or "
          "mould problem has not been resolved after the first visit, and keep that tenant informed in writing of "
          "each step until the cause has been remedied.", (OTHER,)),
    "5": ("Recommendation: The Minister of Housing and Spatial Planning should ensure that tenants of a home with "
          "serious damp or mould automatically pay a reduced rent from the moment the landlord has been notified "
          "until the defect has been remedied, without the tenant having to start a procedure.", (BZK,)),
    "6": ("Recommendation: The Minister of Housing and Spatial Planning should set up a national compensation "
          "scheme from which tenants are compensated quickly, and without legal proceedings, for belongings damaged "
          "by damp and mould in their rented home.", (BZK,)),
    "7": ("Recommendation: The Minister of Housing and Spatial Planning should give homes with persistent damp "
          "problems priority in the National Insulation Programme and make tackling them a fixed part of the local "
          "performance agreements between municipalities, housing associations and tenants' organisations.",
          (BZK,)),
    "8": ("Recommendation: The Housing Associations Authority should include the way housing associations deal "
          "with complaints about damp and mould in its periodic assessment of every housing association.",
          (OTHER,)),
    "9": ("Recommendation: The Minister of Housing and Spatial Planning should give the Housing Associations "
          "Authority the staff and expertise it needs to supervise the physical quality of the homes of housing "
          "associations, and not only their finances and governance.", (BZK,)),
    "10": ("Recommendation: Municipalities should also use their enforcement powers under the Housing Act against "
           "housing associations when a rented home endangers the health of its occupants, and should set up a "
           "point where tenants can report a damp home directly to the municipality.", (GEM,)),
    "11": ("Recommendation: The Minister of Housing and Spatial Planning should require housing associations to "
           "record reports of damp and mould in a uniform way and to report every year how many reports they "
           "received, how long it took to remedy them and how many homes are still affected.", (BZK,)),
    "12": ("Recommendation: The Minister of Health, Welfare and Sport should have a national guideline drawn up "
           "for GPs and municipal health services on recognising and assessing the health risks of damp and mould "
           "in homes, including a standard medical statement that tenants can give to their landlord.", (VWS,)),
    "13": ("Recommendation: Municipalities and the municipal health services should ensure that every household "
           "with a damp home and a member with health problems can get a home visit from an indoor environment "
           "specialist within four weeks.", (GEM,)),
    "14": ("Recommendation: The Minister of Housing and Spatial Planning should inform the House of "
           "Representatives within two years of the progress made in implementing the recommendations in this "
           "report.", (BZK,)),
}


def R(number: str) -> ItemList:
    text, departments = REC[number]
    return rec(number, text, *departments)


REPORT_BLOCKS = (
    H("Foreword"),
    P("Almost every week, the Housing Ombudsman receives a letter or a telephone call from a tenant who lives in a "
      "damp home. The stories are strikingly alike. Black spots appear on the bedroom ceiling. The tenant reports "
      "them, someone comes round with a tin of anti-mould paint, and six weeks later the spots are back. The tenant "
      "reports them again and is told to ventilate more, to dry the laundry outside and to keep the heating on. By "
      "the time the housing association sends a building surveyor, the tenant has thrown away a mattress, a sofa "
      "and a winter coat, and the youngest child has been to the GP three times with a cough that will not go "
      "away."),
    P("Damp and mould are not a new problem, and most housing associations take them seriously. Yet the number of "
      "complaints we received about damp homes rose by more than half in two years. That was reason enough to look "
      "beyond the individual complaints and to ask how the system as a whole treats tenants who report damp: the "
      "housing associations, the Rent Tribunal, the municipalities, the supervisor and the government that sets "
      "the rules. What we found is a chain in which every link can point to another. The association points to the "
      "tenant's behaviour, the municipality to the association, the supervisor to its limited mandate and the "
      "tenant, in the end, to nobody at all."),
    P("This is the English edition of our Dutch report. We publish it in English because damp housing is a concern "
      "in many European countries and because several of the organisations we spoke to asked us to share our "
      "findings with colleagues abroad. The text is a translation; in case of doubt the Dutch edition prevails."),
    P("I am grateful to the tenants who filled in our questionnaire and to the sixty-four households who allowed "
      "us to read their files. I also thank the housing associations, municipalities, municipal health services, "
      "the Rent Tribunal and the Housing Associations Authority for their cooperation, which was open and "
      "constructive throughout."),
    P("A.L. Brouwer, Housing Ombudsman of the Netherlands"),
    PageBreak(),

    H("1 Introduction"),
    H2("1.1 Why this investigation"),
    P("The Housing Ombudsman of the Netherlands deals with complaints from residents about the way public bodies "
      "and housing associations treat them in matters of housing. Since 2023, damp and mould have been the most "
      "frequent single subject of complaints about housing associations. In 2024 we received 612 complaints on the "
      "subject, against 388 in 2022.",
      footnotes=("Figures from the Ombudsman's own complaints register. A complaint may concern more than one home; "
                 "repeat complaints by the same household about the same home are counted once per year.",)),
    P("Behind these numbers lie two questions. The first is whether housing associations deal properly with "
      "tenants who report damp and mould: do they listen, do they investigate, do they repair, and do they keep "
      "the tenant informed? The second is whether the public bodies around them – the Minister of Housing and "
      "Spatial Planning, the Housing Associations Authority, the municipalities and the Rent Tribunal – ensure "
      "that a tenant who is not treated properly has somewhere to turn. Both questions are addressed in this "
      "report."),
    P("Housing associations are private organisations with a public task. They own roughly 2.3 million homes, "
      "about a third of the Dutch housing stock, and house a large share of the households on low incomes. Since "
      "the amendment of the Housing Act in 2021, their dealings with tenants have fallen within the jurisdiction "
      "of the Housing Ombudsman. The Ombudsman can investigate individual complaints and may also start an "
      "investigation on its own initiative when complaints point to a structural problem. This report is the "
      "result of such an own-initiative investigation."),
    H2("1.2 What we investigated and how"),
    P("The investigation ran from November 2024 to June 2025. We used the following sources:", bold=True),
    bullets(
        "an analysis of the 1,333 complaints about damp and mould in homes of housing associations that the "
        "Ombudsman received between January 2022 and December 2024;",
        "an online questionnaire completed by 2,318 tenants of housing associations, distributed with the help "
        "of tenants' organisations and the Woonbond;",
        "the case files of 64 tenants at eight housing associations of different sizes, which we read with the "
        "tenants' permission;",
        "interviews with staff and directors of those eight housing associations, with eleven tenants' "
        "organisations, with six municipalities, with two municipal health services (GGDs), with the Rent "
        "Tribunal and with the Housing Associations Authority;",
        "a round-table meeting with building physicists, GPs and lung specialists on the health effects of damp "
        "homes.",
    ),
    P("The questionnaire is not representative of all tenants of housing associations: tenants with a damp "
      "problem were more likely to respond. We therefore use its results to describe the experiences of tenants "
      "with damp homes, not to estimate how many homes are damp. The eight housing associations were selected to "
      "reflect differences in size and region; they are not named in this report."),
    P("We assessed what we found against the Ombudsman's standards of proper conduct. For this investigation the "
      "following standards were the most relevant:", bold=True),
    bullets(
        "Listening to the citizen: an organisation takes the citizen's account seriously and responds to what the "
        "citizen actually reports.",
        "Adequate investigation: an organisation investigates the facts before it takes a decision that affects "
        "the citizen.",
        "Active provision of information: an organisation informs the citizen on its own initiative about the "
        "progress of the matter and about what the citizen can expect.",
        "Promptness: an organisation acts within a reasonable time, taking into account what is at stake for the "
        "citizen.",
        "Redress: when something has gone wrong, the organisation puts it right and, where appropriate, offers "
        "compensation.",
    ),
    H2("1.3 Reading guide"),
    P("Chapter 2 describes the scale of the problem and what living in a damp home means for tenants. Chapters 3 "
      "to 6 contain our findings on the handling of complaints, on repair and redress, on supervision and "
      "enforcement and on health. Where a finding leads us to recommend action, the recommendation follows directly "
      "after that finding as a separate paragraph beginning with the word 'Recommendation' and naming the body we "
      "address. Chapter 7 contains our conclusions and a summary of all recommendations."),
    PageBreak(),

    H("2 Living with damp and mould"),
    H2("2.1 The scale of the problem"),
    P("Estimates of the number of damp homes in the Netherlands vary. The most recent national housing survey "
      "found that roughly one in eight rented homes has a moisture or mould problem in at least one room, and that "
      "the share is higher in the social rented sector than among owner-occupied homes. Damp is most common in "
      "homes built between 1950 and 1975, in which cavity walls are often uninsulated and ventilation relies on "
      "grilles that many tenants close in winter to save on their energy bill.",
      footnotes=("National Housing Survey 2024, module on housing quality. The survey relies on residents' own "
                 "reports and is likely to underestimate the problem in homes where the tenant has painted over "
                 "the mould.",)),
    P("The complaints the Ombudsman receives show the same picture, and show it growing. Table 1 gives the number "
      "of complaints about damp and mould in each of the last five years."),
    P("Table 1. Complaints to the Housing Ombudsman about damp and mould, 2020-2024", bold=True),
    Table(
        header=("Year", "Complaints received", "Of which about housing associations",
                "Share mentioning health complaints"),
        rows=(
            ("2020", "241", "203", "38%"),
            ("2021", "297", "255", "41%"),
            ("2022", "388", "331", "44%"),
            ("2023", "529", "462", "51%"),
            ("2024", "612", "540", "57%"),
        ),
        widths=(1.0, 1.6, 2.2, 2.2),
        rules="rows",
    ),
    P("The rise has several causes. After the energy crisis of 2022, many households turned their heating down or "
      "off for long periods, and cold walls attract condensation. Media attention for a number of severe cases "
      "also made tenants more aware that they could complain. But the rise is also a sign that earlier complaints "
      "were not resolved: 37 per cent of the complaints we received in 2024 concerned a problem that the tenant had "
      "already reported to the housing association more than twice."),
    H2("2.2 What tenants told us"),
    P("The figures do not show what it is like to live in a damp home. The three accounts below are taken from the "
      "case files we read. Details have been changed so that the households cannot be identified."),
    P("A bedroom that could not be used", bold=True),
    P("A mother of two reported mould in the children's bedroom in October. The housing association sent a "
      "standard letter with advice on ventilation. In January the mould had spread to the wardrobe and the "
      "children's clothes. A maintenance worker treated the wall with anti-fungal paint. By March the spots were "
      "back. The children slept in the living room for the rest of the winter. When a building surveyor finally "
      "came in May, he found a leaking gutter that had been soaking the outer wall for years."),
    P("Eleven contacts, eleven different people", bold=True),
    P("A retired man with chronic bronchitis reported damp in his bathroom and bedroom. Over fourteen months he "
      "had contact with the housing association eleven times, each time with a different employee. Three work "
      "orders were closed as 'completed' after the walls had been cleaned. He received a letter saying that the "
      "damp was caused by drying laundry indoors; he does not own a washing machine and takes his laundry to a "
      "launderette."),
    P("A family that moved out", bold=True),
    P("A family with a baby asked to be rehoused after their GP wrote that the child's repeated respiratory "
      "infections were probably related to the damp home. The housing association replied that a medical "
      "statement did not give priority for a transfer and that the damp would be tackled in the planned "
      "renovation of the block, scheduled three years later. The family moved in with relatives."),
    H2("2.3 Health"),
    P("Living in a damp home is not only unpleasant. There is strong scientific evidence that damp and mould "
      "increase the risk of asthma, respiratory infections and allergic complaints, especially among young "
      "children, older people and people who already have a lung disease. In our questionnaire, 46 per cent of "
      "tenants with a damp problem said that they or a member of their household had health complaints which "
      "they attributed to the damp; 19 per cent had consulted a GP about those complaints."),
    P("The GPs we spoke to said that they often suspect the home as a cause but have little to offer the patient "
      "beyond medication. A statement from the GP carries little weight with most housing associations, and there "
      "is no common format for such a statement. We return to this in chapter 6."),
    PageBreak(),

    H("3 Responding to complaints"),
    H2("3.1 The first report"),
    P("Most tenants report damp through the housing association's website, app or customer service centre. In 41 "
      "of the 64 case files we read, the first response was a standard letter or e-mail with advice on ventilation "
      "and heating, sent without anyone having seen the home. At five of the eight housing associations, a report "
      "of damp was registered as an ordinary repair request, with the same target time as a dripping tap or a "
      "broken door handle. Only two associations asked the tenant, when the report came in, whether anyone in the "
      "household had health complaints."),
    P("Standard advice is not wrong in itself. Many damp problems can be reduced by better ventilation, and "
      "tenants value practical tips. But when the advice is the only response, tenants experience it as a "
      "brush-off, and the complaints we received show that they are often right to do so."),
    H2("3.2 'You should ventilate more'"),
    P("The most frequent grievance among the tenants we heard is that they were blamed for the damp. Sixty-eight "
      "per cent of the questionnaire respondents with a damp problem were told at some point that it was caused "
      "by their own behaviour: cooking without the extractor fan, showering with the door open, drying laundry "
      "indoors, not heating enough. In 29 of the 64 case files the housing association concluded that the cause lay "
      "with the tenant without anyone having visited the home."),
    P("In seventeen of those 29 cases, a building physicist or surveyor later investigated the home, usually "
      "after the tenant had complained again or had turned to the Ombudsman. In thirteen of them a structural "
      "cause was found: thermal bridges at the edges of floors and balconies, leaking gutters or roofs, a defective "
      "mechanical ventilation system, or rising damp from a crawl space that had flooded."),
    P("The Ombudsman does not deny that the way a home is used matters. But a conclusion about the cause of damp "
      "requires an investigation of the home, and telling a tenant that the problem is his or her own fault without "
      "having looked is contrary to the standard of adequate investigation. It also costs the association dearly "
      "in the end: the damage grows while the cause remains."),
    R("1"),
    H2("3.3 Waiting"),
    P("The time between the first report and the first visit by someone who could assess the cause varied in the "
      "case files from two days to fourteen months, with a median of seven weeks. The time between the first "
      "report and a repair that actually removed the cause had a median of five months; in nine files the cause "
      "had not been remedied at all when we closed our investigation."),
    P("There is no statutory term within which a landlord must respond to a report of damp. The Civil Code obliges "
      "the landlord to remedy defects at the tenant's request within a reasonable time, but does not specify what "
      "is reasonable. The housing associations' federation has a voluntary code that recommends a visit within "
      "four weeks; only three of the eight associations we investigated met that term in most cases, and none of "
      "them distinguished between households with and without health problems.",
      footnotes=("The code is voluntary and has no supervision or complaints procedure of its own. Associations "
                 "report on it in their annual reports, if at all, in general terms.",)),
    P("Tenants and tenants' organisations told us that they do not know what they may expect. Without a clear "
      "term, a tenant cannot tell whether the association is late, and the association cannot be held to account "
      "for being late. In our view this calls for a clear rule set by the legislator, not by the sector itself."),
    R("2"),
    H2("3.4 When the tenant and the association disagree"),
    P("A tenant who disagrees with the housing association about the cause of the damp or about what should be "
      "done can take the matter to the association's complaints committee and then to the Rent Tribunal or the "
      "courts. In practice few tenants do so. The complaints committees we looked at took on average three months "
      "to reach an opinion, which is not binding. The Rent Tribunal can rule on defects, but its procedure took on "
      "average nine months in 2024, and the tenant must first show that the landlord was notified in writing."),
    P("During those months the mould continues to grow. Tenants told us that they did not start a procedure "
      "because they expected to have moved or to have given up by the time it ended. Several also feared that a "
      "procedure would damage their relationship with the association, on which they depend for every later "
      "repair. A procedure that takes longer than a winter is, for this kind of problem, hardly a remedy."),
    R("3"),
    H2("3.5 Keeping tenants informed"),
    P("Tenants repeatedly told us that they did not know who was dealing with their complaint. In 38 of the 64 "
      "case files the tenant had been in contact with four or more different employees of the housing "
      "association, and in 22 the tenant had to explain the problem from the start at every contact. Work orders "
      "were often closed as 'completed' as soon as the maintenance contractor had treated the wall, without "
      "anyone asking the tenant whether the problem had been solved."),
    P("Two of the eight associations work with a dedicated 'damp team' that takes over every report that has not "
      "been resolved after the first visit. Their tenants were markedly more positive about the way they had been "
      "treated, even where the repair itself took a long time. What tenants value most, they told us, is knowing "
      "who to call and what will happen next."),
    R("4"),

    H("4 Repair and redress"),
    H2("4.1 Painted over"),
    P("The title of this report refers to the most common response to mould that we found. In 36 of the 64 case "
      "files, the first intervention – and sometimes the second and third as well – consisted of cleaning the "
      "wall and treating it with anti-fungal paint. In 30 of those 36 cases the mould returned within a year. "
      "Maintenance contractors are usually paid per work order, and a work order for treating a wall is quicker "
      "and cheaper than an investigation of the cause."),
    P("In the Ombudsman's view, a repair that only removes the visible mould is not a repair. It can be a sensible "
      "first step to make a room usable, but it should not close the file. Several associations told us that they "
      "are reviewing their contracts with maintenance contractors for this reason."),
    H2("4.2 Paying full rent for a damp home"),
    P("Tenants living in a damp home generally continue to pay the full rent, even when a room cannot be used for "
      "months. The Rent Tribunal can reduce the rent temporarily for defects that appear on the list of defects in "
      "the Rent Implementation Decree, but serious mould only counts as such a defect under strict conditions, and "
      "the tenant must start a procedure to obtain the reduction. Only four per cent of our questionnaire "
      "respondents with a damp problem had ever received a rent reduction."),
    P("This means that the financial consequences of a slow repair fall entirely on the tenant. A housing "
      "association that waits a year to remedy the cause of damp loses nothing in that year; the tenant pays the "
      "same rent for a smaller and less healthy home. The Ombudsman considers this unreasonable, and believes that "
      "an automatic reduction would also give landlords an incentive to act quickly."),
    R("5"),
    H2("4.3 Damaged belongings"),
    P("Damp and mould damage more than walls. Tenants told us about mouldy clothes, bedding, mattresses, "
      "furniture, books and children's toys. The average damage reported in our questionnaire was €1,850; for "
      "households on a low income this is often more than they can replace. Housing associations usually refuse "
      "compensation and refer tenants to their contents insurance. Such policies, however, generally exclude "
      "damage that develops gradually, such as mould."),
    P("A tenant who wants compensation from the landlord must show in court that the damage was caused by a "
      "defect that the landlord is responsible for. For a household with a damaged mattress and a winter coat, "
      "that is not a realistic route. None of the tenants in the case files had gone to court over damaged "
      "belongings; three had received a goodwill payment from the association, varying from €150 to €400."),
    R("6"),
    H2("4.4 Tackling the cause"),
    P("Permanent solutions for damp usually require structural work: insulation of walls, floors and roofs, "
      "removal of thermal bridges, the repair or installation of ventilation and the drainage of crawl spaces. In "
      "the National Performance Agreements of 2022, the government and the housing associations agreed that homes "
      "with energy labels E, F and G will have been improved by 2028, and the National Insulation Programme "
      "provides funding for insulation."),
    P("An energy label, however, says little about damp. We found homes with label B that had severe mould, and "
      "building physicists warned that insulating a home without improving its ventilation can make a damp problem "
      "worse. The homes with the most persistent damp complaints are not necessarily those that are first in line "
      "for renovation. In the performance agreements of the six municipalities we spoke to, damp was mentioned "
      "only once, in general terms."),
    R("7"),
    PageBreak(),

    H("5 Supervision and enforcement"),
    H2("5.1 The Housing Associations Authority"),
    P("The Housing Associations Authority supervises the governance, integrity and financial continuity of housing "
      "associations. It assesses each association periodically and can intervene when an association is poorly "
      "governed or financially at risk. The physical quality of the homes is part of its mandate, but in practice "
      "it is assessed only indirectly, through the association's maintenance plans and budgets."),
    P("The Authority's periodic assessment does not look at how associations deal with tenants' complaints. The "
      "Authority told us that it regards complaint handling as a matter for the association's own complaints "
      "committee and for the tenants' organisation. At the same time, it acknowledged that a pattern of unresolved "
      "damp complaints can be an early sign of poor maintenance and weak governance."),
    P("The Authority also told us that it lacks the staff and the technical expertise to supervise the physical "
      "quality of homes. Of its staff of about ninety, fewer than five have a background in building or housing "
      "quality. Supervising the condition of some 2.3 million homes is not possible on that basis."),
    R("8"),
    R("9"),
    H2("5.2 Municipalities"),
    P("Municipalities have powers under the Housing Act to order the owner of a home to remedy defects that make "
      "the home unsafe or unhealthy, and to enforce such an order with a penalty. These powers apply to all "
      "owners, including housing associations. In practice, municipalities rarely use them against housing "
      "associations. Of the six municipalities we spoke to, only one had ever issued an order against a housing "
      "association over damp."),
    P("Municipal officials gave us several reasons. Housing associations are partners with whom the municipality "
      "makes performance agreements every year, and enforcement is seen as damaging that relationship. The "
      "standards for damp in the building regulations are vague. And tenants rarely report damp to the "
      "municipality, because they do not know that they can. The result is that the tenants of housing "
      "associations have less protection in practice than tenants of private landlords, against whom "
      "municipalities do enforce."),
    R("10"),
    H2("5.3 No one knows the numbers"),
    P("There are no national figures on damp and mould in social housing. Housing associations register reports "
      "in different ways: some as repair requests, some as complaints, some under the heading 'indoor climate'. "
      "Neither the ministry nor the Authority knows how many reports associations receive, how long it takes to "
      "resolve them or how many homes remain damp. Several associations could not tell us these figures for their "
      "own homes."),
    P("Without such figures it is impossible to know whether the problem is growing or shrinking, which "
      "associations are doing well and which are not, and whether the measures taken are effective. The figures "
      "in this report are, for now, the best available, and they rest on complaints that reached the Ombudsman."),
    R("11"),

    H("6 Damp homes and health"),
    H2("6.1 The doctor's note"),
    P("GPs, paediatricians and lung specialists regularly see patients whose complaints they believe to be related "
      "to a damp home. Some write a statement for the patient to give to the landlord. The housing associations we "
      "investigated handled such statements very differently: two gave the report priority, the others treated it "
      "as one document among many. Several associations told us that statements vary so much in content that they "
      "cannot assess them."),
    P("There is no national guideline for doctors on recognising and assessing the health risks of damp and "
      "mould. The RIVM has published information for residents and professionals, and several GGDs have developed "
      "their own protocols, but these differ from region to region. Doctors told us that they would welcome a "
      "common approach and a standard statement that landlords would recognise."),
    R("12"),
    H2("6.2 Indoor environment advice"),
    P("Most GGDs employ indoor environment specialists who can visit a home, measure humidity and assess the "
      "health risks. Such a visit can help the tenant, the GP and the housing association to understand what is "
      "happening. In practice, however, the availability of these visits varies greatly. In one of the two "
      "regions we looked at, tenants could request a visit themselves and waited on average three weeks; in the "
      "other, visits were only made at the request of a doctor and the waiting time was more than four months."),
    P("For households with a young child or a member with a lung disease, a wait of four months is too long. The "
      "GGDs told us that their indoor environment teams are small and that the demand has risen sharply since "
      "2022."),
    R("13"),
    PageBreak(),

    H("7 In conclusion"),
    P("Tenants who report damp and mould to their housing association too often meet a system in which every "
      "party can point to another. The association points to the tenant's behaviour, the municipality to its "
      "partnership with the association, the supervisor to its mandate and the legislator to the sector's own "
      "codes. Meanwhile tenants live for months, sometimes years, in homes that make them ill, and pay full rent "
      "for them."),
    P("Our recommendations aim to break that chain at several points at once: by ensuring that a report of damp is "
      "investigated before anyone is blamed, that there are clear terms and a fast remedy when the association "
      "does not act, that the financial consequences of a slow repair no longer fall on the tenant alone, and "
      "that the supervisor, the municipality and the health services each do their part. None of these measures "
      "is sufficient on its own."),
    P("The Ombudsman will follow the implementation of the recommendations closely and will continue to "
      "investigate individual complaints about damp and mould in the meantime."),
    R("14"),
    H2("Summary of recommendations"),
    summary(
        ("1", "Inspect the home before attributing damp to the tenant's behaviour (housing associations).", (OTHER,)),
        ("2", "Fixed statutory terms for inspecting and remedying damp and mould (Minister of Housing and Spatial "
              "Planning).", (BZK,)),
        ("3", "A fast-track procedure at the Rent Tribunal with a decision within eight weeks (Minister of Housing "
              "and Spatial Planning).", (BZK,)),
        ("4", "One contact person and written updates for every unresolved damp problem (housing associations).",
         (OTHER,)),
        ("5", "An automatic rent reduction until serious damp or mould has been remedied (Minister of Housing and "
              "Spatial Planning).", (BZK,)),
        ("6", "A national compensation scheme for damaged belongings (Minister of Housing and Spatial Planning).",
         (BZK,)),
        ("7", "Priority for persistently damp homes in the National Insulation Programme and in the performance "
              "agreements (Minister of Housing and Spatial Planning).", (BZK,)),
        ("8", "Complaint handling on damp and mould in the periodic assessment of each association (Housing "
              "Associations Authority).", (OTHER,)),
        ("9", "Staff and expertise for supervision of the physical quality of homes (Minister of Housing and "
              "Spatial Planning).", (BZK,)),
        ("10", "Enforcement against housing associations and a direct reporting point for tenants "
               "(municipalities).", (GEM,)),
        ("11", "Uniform recording and annual reporting of damp and mould reports (Minister of Housing and Spatial "
               "Planning).", (BZK,)),
        ("12", "A national guideline and a standard medical statement for GPs and GGDs (Minister of Health, "
               "Welfare and Sport).", (VWS,)),
        ("13", "A home visit by an indoor environment specialist within four weeks (municipalities and GGDs).",
         (GEM,)),
        ("14", "A progress report to the House of Representatives within two years (Minister of Housing and "
               "Spatial Planning).", (BZK,)),
    ),
    PageBreak(),

    H("Annex: Organisations consulted"),
    P("In addition to the eight housing associations, which are not named in this report, we spoke to or received "
      "written information from the following organisations:"),
    bullets(
        "the Rent Tribunal;",
        "the Housing Associations Authority;",
        "the federation of housing associations and the Woonbond, the national tenants' union;",
        "eleven local tenants' organisations;",
        "the municipalities of six medium-sized and large cities;",
        "two municipal health services (GGDs) and their indoor environment teams;",
        "the RIVM (National Institute for Public Health and the Environment);",
        "a group of building physicists, GPs and lung specialists at a round-table meeting in March 2025.",
    ),
    P("The Ministry of Housing and Spatial Planning and the housing associations concerned were given the "
      "opportunity to comment on a draft of this report. Their factual comments have been incorporated."),
)

REPORT = Document(
    title="Painted over",
    subtitle="An investigation into how housing associations deal with tenants' complaints about damp and mould",
    blocks=REPORT_BLOCKS,
    running_header="Housing Ombudsman of the Netherlands  ·  Painted over  ·  Report 2025/041",
    footer="Page {page} of {pages}",
    font_family="serif",
    imprint=("Housing Ombudsman of the Netherlands", "Report 2025/041  ·  English edition",
             "The Hague, 14 October 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV2 = "I do not think a statutory duty is the right instrument, however."
EV3 = ("From 1 July 2026 the Rent Tribunal will handle disputes about damp and mould in a separate fast-track "
       "procedure, with a decision within eight weeks of the application and, where needed, an inspection by an "
       "independent building expert at no cost to the tenant.")
EV5 = ("I agree with the Ombudsman that such tenants should not have to start a procedure to obtain a lower rent, "
       "and will amend the Rent Implementation Decree so that the rent is reduced automatically from the moment the "
       "landlord has been notified of serious damp or mould until the defect has been remedied.")
EV6 = "I will not introduce a national compensation fund."
EV7 = ("I will give homes with persistent damp problems priority in the National Insulation Programme, but I will "
       "not make this a fixed part of the local performance agreements.")
EV8 = ("I will ask the Authority to examine whether the way housing associations deal with complaints about damp "
       "and mould can become part of its periodic assessment of each association, and to report its findings to me "
       "by the end of 2026.")
EV9 = ("From 2026 I am making an additional €3.1 million a year available to the Housing Associations Authority, so "
       "that it can set up a team of building and housing-quality experts that supervises the physical quality of "
       "the homes of housing associations.")
EV11 = ("From 1 January 2027 housing associations will be required to record reports of damp and mould in a "
        "uniform way and to report every year, in their data submission to the Housing Associations Authority, "
        "the number of reports, the time taken to remedy them and the number of homes still affected.")
EV12 = ("The Minister of Health, Welfare and Sport has asked the RIVM to draw up, together with the Dutch College "
        "of General Practitioners and the GGDs, a national guideline on recognising and assessing the health risks "
        "of damp and mould in homes, including a standard medical statement that tenants can give to their "
        "landlord, which will be published by 1 October 2026.")
EV13 = ("The Minister of Health, Welfare and Sport will therefore first start a pilot in four GGD regions in 2026, "
        "in which indoor environment specialists visit households with a damp home and a member with health "
        "problems, and will decide on a national approach on the basis of its results.")
EV14 = ("I am happy to do so: before 1 July 2027 I will inform your House of the progress made with the measures "
        "announced in this letter, and I will ask the Ombudsman and the tenants' organisations for their views "
        "beforehand.")

RESPONSE_BLOCKS = (
    P("Dear President,"),
    P("On 14 October 2025 the Housing Ombudsman of the Netherlands published the report 'Painted over', on the way "
      "housing associations deal with tenants' complaints about damp and mould. With this letter I send you, also "
      "on behalf of the Minister of Health, Welfare and Sport, the government's response to that report. I would "
      "like to thank the Ombudsman for a thorough and very readable investigation, and above all the more than two "
      "thousand tenants who were willing to describe what it is like to live in a damp home. Their accounts make "
      "clear that behind every complaint is a household that sleeps, cooks and raises children in that home."),
    P("I share the Ombudsman's concern about the number of tenants who live in a damp home for months or even "
      "years, and about the effects on their health, especially for young children and people with a lung "
      "condition. The report also shows that many tenants feel they are not taken seriously when they report the "
      "problem, and that they are sent from one organisation to another. Since the publication of the report I "
      "have discussed its findings with the federation of housing associations, the Woonbond, the Association of "
      "Netherlands Municipalities and the Housing Associations Authority. All of them recognise the picture the "
      "Ombudsman paints."),
    P("Improving the quality of social housing is already a priority of this government. In the National "
      "Performance Agreements of 2022, the government and the housing associations agreed that all homes with "
      "energy labels E, F and G will have been improved by 2028, and the National Insulation Programme supports "
      "the insulation of more than two million homes by 2030. Every year, municipalities, housing associations and "
      "tenants' organisations make local performance agreements in which maintenance and sustainability are "
      "standard subjects. The Ombudsman's report shows, however, that these instruments do not yet ensure that an "
      "individual tenant with a damp home gets help quickly."),
    P("Below I respond to the Ombudsman's findings and recommendations by theme: the handling of complaints, "
      "repair and compensation, supervision, and health. I conclude with the follow-up."),

    H2("Responding to complaints"),
    P("The Ombudsman's central finding is that damp is too often attributed to the way tenants live before anyone "
      "has looked at the home. In 29 of the 64 case files the Ombudsman examined, the association reached that "
      "conclusion without a visit, and in most of the cases that were investigated later a structural cause was "
      "found. It is for housing associations to decide how they organise the inspection of homes in which damp has "
      "been reported, and which staff or experts they deploy for it. The federation of housing associations has "
      "informed me that it will discuss the report with its members in the spring of 2026."),
    P("The Ombudsman also recommends fixed statutory terms within which landlords must inspect and remedy damp and "
      "mould. I recognise the finding that tenants now often wait far too long, and I understand why the "
      "Ombudsman wants to give them certainty. " + EV2 + " The causes of damp differ greatly from one home to "
      "another – from a blocked ventilation duct that can be cleared in a day to rising damp that requires work on "
      "the foundations – so that a single term would either be too long for simple cases or impossible to meet in "
      "complex ones. The Civil Code already obliges landlords to remedy defects within a reasonable time, and the "
      "Rent Tribunal and the courts can establish what is reasonable in an individual case.",
      answers=(Answer("2", "disagree", EV2),)),
    P("Where a tenant and a landlord disagree, the tenant must be able to obtain a decision quickly, and a "
      "procedure that takes nine months does not meet that need. " + EV3 + " I am making €2.4 million a year "
      "available to the Rent Tribunal for this from 2026. The Rent Tribunal will evaluate the new procedure after "
      "its first full year, and I will inform your House of the results.",
      answers=(Answer("3", "agree", EV3),)),

    H2("Repairs and compensation"),
    P("A tenant who lives in a home with serious damp or mould does not have the full use of that home. " + EV5 +
      " The amended decree will be submitted to your House before the summer of 2026. What counts as 'serious' "
      "will be worked out together with the Woonbond, the federation of housing associations and the Rent "
      "Tribunal, so that both tenants and landlords know in advance when the reduction applies.",
      answers=(Answer("5", "agree", EV5),)),
    P("The Ombudsman further recommends a national scheme to compensate tenants for belongings damaged by damp and "
      "mould. " + EV6 + " Damage caused by a defect of the rented home is a matter between the tenant and the "
      "landlord, and the Civil Code provides that the landlord is liable for such damage if the defect can be "
      "attributed to him. A national fund would in effect let the taxpayer pay for damage for which landlords are "
      "responsible. The automatic rent reduction described above will, moreover, give landlords a strong financial "
      "incentive to remedy damp quickly, which in the end prevents more damage than any compensation scheme.",
      answers=(Answer("6", "disagree", EV6),)),
    P("The Ombudsman rightly points out that an energy label says little about damp, and that insulating a home "
      "without adequate ventilation can even make a damp problem worse. " + EV7 + " The conditions of the "
      "programme will be adjusted so that ventilation is always included when a damp home is insulated with its "
      "support. The local performance agreements, however, are the result of negotiations between municipalities, "
      "housing associations and tenants' organisations, who are best placed to set local priorities; it is not "
      "for the government to fix their content in advance.",
      answers=(Answer("7", "partial", EV7),)),

    H2("Supervision"),
    P("The Ombudsman concludes that the Housing Associations Authority looks mainly at the finances and governance "
      "of housing associations, and hardly at the condition of the homes their tenants live in or at the way "
      "complaints are handled. " + EV8 + " Supervision of the physical quality of homes also requires people "
      "with technical knowledge, which the Authority at present largely lacks. " + EV9,
      answers=(Answer("8", "partial", EV8), Answer("9", "agree", EV9))),
    P("Municipalities have an important role as well. Under the Housing Act, the municipal executive can order the "
      "owner of a home to carry out repairs if the home does not meet the requirements of the building "
      "regulations, and can impose an order subject to a penalty if the owner fails to comply. This power applies "
      "to all owners, including housing associations. Since 2024 the Good Landlordship Act has also required every "
      "municipality to have a reporting point where tenants can report undesirable behaviour by their landlord."),
    P("Good policy requires good figures, and at present no one knows how many homes of housing associations have "
      "a damp problem. " + EV11 + " I will lay this down in the Ministerial Regulation on Social Housing this "
      "year, so that the first national figures will be available in 2028.",
      answers=(Answer("11", "agree", EV11),)),

    H2("Health and follow-up"),
    P("The health effects of damp homes are well documented. The RIVM already publishes information for residents "
      "and professionals on the indoor environment, and most GGDs employ indoor environment specialists who advise "
      "residents and GPs. What is missing, as the Ombudsman shows, is a common approach."),
    P(EV12 + " A home visit within four weeks for every household concerned is a heavier demand on the GGDs, "
      "whose capacity is limited and whose indoor environment teams are already under pressure. " + EV13,
      answers=(Answer("12", "agree", EV12), Answer("13", "partial", EV13))),
    P("Finally, the Ombudsman asks me to report to your House on progress within two years. " + EV14,
      answers=(Answer("14", "agree", EV14),)),
    P("Damp and mould will not disappear from the social housing stock overnight. But no tenant should have to "
      "live in a damp home for a year before someone comes to look at it. With the measures in this letter, I "
      "intend to make sure that tenants who report damp are heard, that the cause is remedied and that they no "
      "longer bear the consequences alone."),
    P("Yours sincerely,"),
    P("The Minister of Housing and Spatial Planning,"),
    P("M.C. Vermeulen-Dekker"),
)

RESPONSE = Document(
    title="Ministry of Housing and Spatial Planning",
    subtitle=("To the President of the House of Representatives of the States General\n"
              "Date: 27 January 2026\n"
              "Subject: Government response to the Housing Ombudsman's report 'Painted over'"),
    blocks=RESPONSE_BLOCKS,
    running_header="Government response to the report 'Painted over'  ·  27 January 2026",
    footer="Page {page} of {pages}",
    title_page=False,
    font_family="sans",
)

PAIR = Pair(
    name="social_housing_ombudsman_en",
    report=REPORT,
    response=RESPONSE,
    description="Housing Ombudsman report on damp and mould (EN; 14 unnumbered inline 'Recommendation:' "
                "paragraphs, bullet summary) and the housing minister's thematic letter",
)
