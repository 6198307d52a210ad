"""Pair: a fictional independent review of the regulation of housing associations, and the Minister's progress report.

Layout traits this pair tests: an English sans report with a title page and a running header, a foreword, a summary
with bulleted key findings (not recommendations), numbered analysis chapters in which the reviewer already argues
for measures in running prose, and a final chapter "7 Recommendations" with fourteen recommendations numbered 1-14
in four numbered lists (continuous numbering) under thematic level-2 headings.  Four recommendations open with a
lead phrase and a colon ("Tenant voice: The Minister should ...").  Addressees: the Minister for Housing and Spatial
Planning (BZK), the Autoriteit woningcorporaties (OTHER), the housing associations (OTHER) and the municipalities
(GEMEENTEN).

The response is not a first reaction but a "Progress report one year on": a letter of the Minister (letterhead, no
title page) with only summary counts ("Of the 14 recommendations, nine were accepted in full or in part ..."; no
position per recommendation; a blanket "The recommendations addressed to the housing associations themselves are for
the sector to take up"; the two delayed items described by subject without a position), then a grid table
"No. | Recommendation (summary) | Government response (2025) | Status (2026)".  Positions are taken from the
"Government response (2025)" column only; the Status column is a trap ("Closed" is used both for refusals, a
pass-on and a completion; "Delayed" and "Not started" rows are accepted).
Row 6 is missing from the table, and row 12 only says "See recommendation 4." (the row-4 cell answers both).

Gold positions:
 1 agree     - "Accepted; the Minister will lay down ..." (status Completed)
 2 agree     - no cue word: one integrated return from the 2025 reporting year, with money (Completed)
 3 partial   - "Accepted in part: ... the governance judgment ..., but not the underlying financial risk scores"
 4 agree     - "Accepted; the Minister will lay down a minimum contribution ..." (cell also answers 12)
 5 disagree  - municipalities: "did not accept ... because" existing law already requires a housing programme
 6 not_addressed - associations' plain-language report for tenants: missing from the table; only the letter's
                 blanket pass-on to the sector touches it
 7 disagree  - polite: shares the concern, but a repeat test "is not considered opportune" (status Closed)
 8 not_addressed - passed on: "addressed to the housing associations themselves ... does not take a position"
 9 partial   - "Accepted in part": penalty orders yes, personal fines for directors no (status Delayed)
10 agree     - "Accepted; ..." though status Delayed
11 agree     - "Accepted by the Authority; ..." though status Not started
12 partial   - only explored (evidence in row 4's cell); its own row says "See recommendation 4."
13 agree     - no cue word: evaluation clause included in the bill (status Closed)
14 disagree  - blunt "Not accepted." (status Closed)
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def recs(start: int, *items: tuple[str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(str(start + i), tuple(depts)))
                    for i, (text, depts) in enumerate(items)),
        style="1.",
        start=start,
    )


MIN = ("BZK",)
AW = ("OTHER",)
ASSOC = ("OTHER",)
MUN = ("GEMEENTEN",)

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("Almost one in three households in the Netherlands rents its home from a housing association. For those "
      "households the association is not an abstract institution but the organisation that sets the rent, repairs "
      "the leaking roof, decides when the kitchen is replaced and, increasingly, whether the home will be insulated "
      "before the next winter. The supervision of housing associations is therefore not a technical matter for "
      "accountants and lawyers alone. It is, in the end, about whether tenants can rely on a sector that holds some "
      "2.3 million homes in trust for them and for those who will rent after them."),
    P("In March 2024 the Minister for Housing and Spatial Planning asked me to review the regulation of housing "
      "associations, nearly ten years after the revised Housing Act entered into force and the Autoriteit "
      "woningcorporaties (the Authority) was established. I have spoken with more than eighty people: directors and "
      "supervisory board members, tenants and their representatives, aldermen, civil servants, lenders, "
      "accountants and the staff of the Authority itself. I am grateful for the candour with which they shared "
      "their experience, including where it did not reflect well on their own organisation."),
    P("My overall conclusion is a positive one with a clear caveat. The system of supervision that was built after "
      "the incidents of the early 2010s has done what it was meant to do: there has been no repeat of the large "
      "financial failures of that period. But a system designed to prevent the last crisis is not automatically "
      "suited to the task ahead. Associations are now expected to build, insulate and renovate at a pace not seen "
      "in decades, and the supervision must support that task rather than merely guard against risk."),
    P("Dr A.M. Kamphuis, independent reviewer"),
    PageBreak(),
    H("Summary"),
    P("This review examines how housing associations in the Netherlands are regulated and supervised, and whether "
      "the current arrangements are fit for the coming decade. It covers the mandate and working methods of the "
      "Autoriteit woningcorporaties, the information that associations are required to provide, the position of "
      "tenants and municipalities, the governance of associations and the powers available to intervene when things "
      "go wrong."),
    P("The main findings are:"),
    bullets(
        "The Authority's statutory task is spread over several articles of the Housing Act and has grown by "
        "accretion; associations, municipalities and the Authority itself describe its purpose in different terms.",
        "Associations provide largely the same financial data three times a year to three different bodies, at an "
        "estimated sector-wide cost of €9 million a year.",
        "The Authority's risk assessments are shared only with the association concerned, which leaves tenants and "
        "municipalities unable to judge the position of their local landlord.",
        "Tenant organisations depend on the goodwill of their landlord for their budget; the amounts range from less "
        "than €2 to more than €20 per home per year.",
        "Performance agreements between municipalities, associations and tenants have improved, but disputes about "
        "them are rarely resolved in a way that binds the parties.",
        "Between the first request for information and the ultimate instrument of an instruction, the Authority has "
        "few means of applying graduated pressure.",
        "Small associations carry a regulatory burden that is out of proportion to their risk profile.",
    ),
    P("The review makes fourteen recommendations, which are set out in Chapter 7. They are addressed to the Minister "
      "for Housing and Spatial Planning, to the Authority, to the housing associations and to the municipalities. "
      "Taken together, they aim at supervision that is clearer in its purpose, lighter where it can be, more "
      "transparent to tenants and firmer when an association does not cooperate."),
    PageBreak(),
    H("1 Introduction"),
    H2("1.1 Background"),
    P("The Housing Act was revised fundamentally in 2015 following a series of incidents in which housing "
      "associations had taken on large financial risks, engaged in commercial projects far removed from their "
      "social task and, in a few cases, tolerated serious misconduct by their directors. A parliamentary inquiry "
      "concluded in 2014 that internal and external supervision had both failed. The revised Act narrowed the "
      "permitted activities of associations, introduced a separation between social and commercial activities, "
      "required the assessment of directors and supervisory board members before their appointment and "
      "established the Autoriteit woningcorporaties as an independent supervisor."),
    P("Since then the context has changed considerably. The landlord levy, which took a substantial part of the "
      "sector's rental income, was abolished in 2023. In return, the associations committed themselves in the "
      "National Performance Agreements to building 250,000 social rented homes by 2030, to insulating the "
      "remaining poorly insulated homes and to keeping rents affordable. The question is whether a supervisory "
      "system built primarily to prevent financial excesses is equipped to support a sector that is now expected "
      "to invest heavily."),
    H2("1.2 Terms of reference"),
    P("The Minister asked the reviewer to answer three questions:"),
    bullets(
        "Is the mandate of the Authority sufficiently clear, and does its supervision contribute to the public task "
        "of housing associations?",
        "Is the burden that supervision places on associations proportionate to its benefits?",
        "Are the powers of the Authority and the Minister adequate, and are the roles of tenants and municipalities "
        "properly reflected in the system?",
    ),
    P("The review was to be completed within eight months. It does not cover the Guarantee Fund for Social Housing "
      "(WSW) as an institution, nor the rent policy that applies to associations, although both are touched upon "
      "where they bear on supervision."),
    H2("1.3 Approach"),
    P("The review draws on the following sources:"),
    bullets(
        "interviews with 84 people from 23 housing associations, 11 municipalities, 9 tenant organisations, the "
        "Authority, the Ministry, the WSW, two banks, the sector association Aedes and the Woonbond;",
        "a written survey among all housing associations, to which 168 of the 276 associations responded;",
        "an analysis of the Authority's annual reports, assessment letters and enforcement decisions over the "
        "period 2016-2023;",
        "a comparison with the regulation of social landlords in England, Denmark and Austria;",
        "two round-table meetings with tenants' representatives and with municipal housing officials.",
    ),
    P("A draft of the factual chapters was submitted to the Authority and the Ministry for a check on accuracy. The "
      "conclusions and recommendations are those of the reviewer alone."),
    H2("1.4 Reading guide"),
    P("Chapter 2 describes the sector and the current system of supervision. Chapters 3 to 6 set out the findings on "
      "the mandate and information requirements, the position of tenants and municipalities, governance and "
      "enforcement, and the proportionality and funding of supervision. Chapter 7 brings the recommendations "
      "together."),
    H("2 The sector and its supervision"),
    H2("2.1 Housing associations in figures"),
    P("At the start of 2024 there were 276 housing associations in the Netherlands, together owning roughly 2.3 "
      "million rented homes. The sector is highly concentrated: the 30 largest associations own more than half of "
      "all homes, while 96 associations own fewer than 2,500 homes each. Their combined balance sheet amounts to "
      "more than €300 billion at market value, and their outstanding loans, almost all guaranteed by the WSW, to "
      "some €95 billion."),
    P("Associations are private foundations or associations with a public task laid down in law. They are admitted "
      "by the Minister and may only operate within the limits of the Housing Act. Their primary task is to provide "
      "good and affordable housing to people who cannot find suitable accommodation on their own. Within that task, "
      "associations enjoy considerable freedom to set their own priorities, in consultation with the municipality "
      "and their tenants."),
    H2("2.2 The current system"),
    P("Supervision of housing associations rests on several pillars. The internal supervisory board of each "
      "association oversees its management board. The Authority supervises the financial continuity and the "
      "governance of associations, including their compliance with the Housing Act. The WSW assesses the "
      "creditworthiness of associations that seek guaranteed loans and can, in the last resort, call on the sector "
      "to cover losses. The Minister is responsible for the system as a whole and holds a number of decisive "
      "powers, including the power to give an instruction to an association and to appoint a temporary supervisor."),
    P("The Authority is organisationally part of the Human Environment and Transport Inspectorate, but it acts under "
      "the responsibility of the Minister for Housing and Spatial Planning where its housing tasks are concerned. "
      "It employs some 95 staff and has an annual budget of about €14 million, most of which is recovered from "
      "the associations through a supervision levy."),
    P("Each year the Authority carries out a risk assessment of every association. It draws on the financial "
      "forecasts that associations submit, the annual accounts, the accountant's report and the information it "
      "gathers in its governance inspections. The outcome is laid down in an assessment letter to the association, "
      "which may contain observations, points for attention or, where necessary, measures the association must "
      "take."),
    H2("2.3 Developments since 2015"),
    P("Respondents agree that the first years of the Authority were dominated by the legacy of the incidents. The "
      "Authority had to establish its credibility and did so through a strict, rule-based approach. Many directors "
      "describe that period as one in which the supervisor looked mainly at what could go wrong. Since about 2019 "
      "the Authority has shifted towards a more risk-based approach, with closer attention to the quality of "
      "governance and the conversation with boards."),
    P("At the same time the tasks of associations have expanded. Sustainability, the housing of specific groups and "
      "the quality of the existing stock have become central themes, and the financial scope of associations is "
      "now judged largely by whether it is used, not only by whether it is safeguarded. The supervisory system has "
      "only partly followed that shift."),
    H("3 Mandate and information"),
    H2("3.1 An unclear purpose"),
    P("The task of the Authority is not defined in a single place. The Housing Act refers to supervision of "
      "financial continuity, of the legitimacy of expenditure, of governance and integrity, and of compliance with "
      "the rules on permitted activities. These elements were added at different moments and have never been "
      "brought together under a single objective. In the interviews, associations described the Authority as a "
      "financial watchdog, municipalities expected it to judge whether associations were investing enough, and "
      "tenants hoped it would protect them against poor maintenance."),
    P("This lack of a common understanding has consequences. It makes it difficult for the Authority to explain its "
      "priorities, and it invites expectations that the Authority cannot meet. The reviewer considers that the "
      "Authority would benefit from a single statutory objective, centred on the continuity of social housing in "
      "the interest of present and future tenants, against which its choices can be tested."),
    H2("3.2 The information burden"),
    P("Every year associations submit a forecast of their finances for the coming five years and a report on the "
      "past year. The Authority and the WSW have harmonised their requests to a large extent, but the Ministry "
      "collects additional data for policy purposes, and the WSW asks for supplementary information during the "
      "year. In practice associations deliver largely overlapping data sets at three moments, in different formats "
      "and with different definitions."),
    P("The survey shows that a medium-sized association spends on average 1.2 full-time jobs on meeting these "
      "requirements. Extrapolated to the sector as a whole, the cost is estimated at €9 million a year. Several "
      "financial managers pointed out that differences in definitions between the requests lead to questions and "
      "corrections that take more time than the original delivery. The reviewer sees no reason why a single, "
      "integrated annual return, shared by all three bodies, should not be feasible within two years."),
    H2("3.3 Transparency of the assessment"),
    P("The Authority's assessment letters are confidential. The Authority publishes an annual sector report with "
      "aggregate figures, but a tenant who wishes to know whether his landlord is financially sound or well "
      "governed has no means of finding out. Municipalities, which rely on associations for the delivery of their "
      "housing programmes, are in the same position."),
    P("The Authority and the associations argue that publication could harm an association's position with lenders "
      "and could discourage openness in the conversation with the supervisor. The reviewer takes these arguments "
      "seriously, but notes that in England the regulator of social housing publishes its governance and "
      "viability grades for every large provider, without evident damage to the sector's access to finance. "
      "Publication would also reward associations that are well run."),
    H("4 Tenants and the local triangle"),
    H2("4.1 The position of tenant organisations"),
    P("The Act on Consultation between Tenants and Landlords gives recognised tenant organisations a right to "
      "information, consultation and, on certain subjects, consent. Associations must reimburse the reasonable costs "
      "of the tenant organisation. What is reasonable, however, is not defined, and in practice the budgets vary "
      "widely. Some tenant organisations receive a contribution of less than €2 per home per year, which does not "
      "allow them to hire independent advice on a renovation programme or a rent proposal."),
    P("Tenant representatives told the reviewer that negotiating their own budget with the landlord they are "
      "supposed to hold to account places them in a dependent position. Several associations acknowledged this and "
      "indicated that they would welcome a clear national standard. The reviewer agrees: a minimum contribution "
      "per rented home, laid down in law, would strengthen the tenant voice without prescribing how tenant "
      "organisations spend their funds."),
    P("A further point concerns the information that tenants receive. Annual reports of associations are written "
      "for supervisors and lenders, not for tenants. Only a minority of associations publish a separate account in "
      "plain language of how the rent is spent, what maintenance was carried out and which investments are "
      "planned. Where they do, tenant organisations report that the discussion with the landlord improves."),
    H2("4.2 Performance agreements"),
    P("Since 2015 municipalities, associations and tenant organisations have been expected to make performance "
      "agreements on the basis of the municipal housing vision. Practice varies considerably. In some municipalities "
      "the agreements are concrete, multi-year and monitored every year; in others they consist of general "
      "intentions and are renewed only when one of the parties insists. A quarter of the associations in the survey "
      "reported that at least one of the municipalities in which they operate had not concluded performance "
      "agreements for the current year."),
    P("The reviewer believes that the performance agreements are the natural place where the public task of "
      "associations is given local content, and that they should be concluded every year, with measurable targets "
      "for new construction, sustainability and affordability."),
    H2("4.3 Disputes"),
    P("When the parties cannot agree, each of them may ask the dispute committee for performance agreements for an "
      "advice. The committee's advice is not binding, and tenant organisations can only turn to it with the "
      "cooperation of the municipality or the association. Since 2015 the committee has dealt with fewer than forty "
      "cases. Tenant organisations in particular regard the procedure as inaccessible. The reviewer considers that "
      "a dispute procedure that the weakest party cannot start on its own, and whose outcome the other parties may "
      "ignore, does little to restore the balance in the local triangle."),
    H("5 Governance and enforcement"),
    H2("5.1 The fit-and-proper assessment"),
    P("Since 2015 candidate directors and supervisory board members must pass a fit-and-proper assessment by the "
      "Authority before their appointment. The assessment is generally regarded as one of the successes of the "
      "revised Act: it has raised the standard of boards and made appointments more deliberate. However, members "
      "who are reappointed for a second term are not assessed again, although their circumstances, their other "
      "positions and the challenges of the association may have changed substantially."),
    P("The reviewer found several cases in which problems at an association were linked to supervisory board "
      "members whose knowledge and independence had not kept pace with the association's growing tasks. A repeat "
      "assessment on reappointment, focused on the changed circumstances, would be a modest step with a clear "
      "preventive effect."),
    H2("5.2 Supervisory boards"),
    P("Most supervisory boards evaluate their own functioning each year, as the governance code requires. Only a "
      "minority, however, involve an external party in that evaluation, and the outcome is rarely shared outside "
      "the boardroom. In the reviewer's view, an external evaluation at least once every three years, with a "
      "published summary, would strengthen internal supervision and give tenants and municipalities insight into "
      "the way the board works."),
    H2("5.3 Graduated enforcement"),
    P("The Authority's toolbox is unbalanced. It can request information, conduct inspections and record its "
      "findings in the assessment letter. If an association does not take the necessary measures, the next step is "
      "a proposal to the Minister to issue an instruction, an instrument that is heavy, slow and, according to many "
      "respondents, reputationally damaging. Between 2016 and 2023 the Minister issued nine instructions."),
    P("Other sector supervisors have intermediate instruments at their disposal, such as orders subject to a penalty "
      "payment and administrative fines. The reviewer considers that the Authority should have such instruments "
      "too, and that in serious cases it should be possible to fine directors personally, as is the case in the "
      "financial sector. A graduated toolbox would allow the Authority to act earlier and with less drama."),
    H("6 Proportionality, costs and the system"),
    H2("6.1 Small associations"),
    P("The regulatory requirements are largely the same for an association with 400 homes in a village as for one "
      "with 60,000 homes in a large city. Small associations typically have a simple balance sheet, few "
      "commercial activities and a low risk profile. For them the fixed costs of compliance weigh heavily: in the "
      "survey, associations with fewer than 1,500 homes reported spending on average more than €90 per home per "
      "year on supervision-related work, against about €20 for the largest associations."),
    P("The Authority has already introduced some simplifications, but these are granted case by case. The reviewer "
      "considers that a lighter regime for small associations with a low risk profile should be a standard part "
      "of the supervisory framework, so that associations know in advance what is expected of them."),
    H2("6.2 Separating social and commercial activities"),
    P("The revised Act requires associations to separate their social activities, which are services of general "
      "economic interest, from their commercial activities. Associations with limited commercial activities may "
      "apply a light administrative separation. The thresholds for this regime were set in 2015 and have not been "
      "adjusted since, with the result that a growing number of associations exceed them because of rising "
      "property values rather than any increase in commercial activity. The reviewer recommends that the "
      "thresholds be raised and the rules simplified."),
    H2("6.3 Funding the regulator"),
    P("The costs of the Authority are largely recovered from the associations through a levy. Some respondents, "
      "including several tenant organisations, argued that this arrangement creates at least the appearance of "
      "dependence, and that a supervisor funded by the sector it supervises will be reluctant to be strict. The "
      "reviewer has found no evidence that the levy has in fact influenced the Authority's decisions. Nevertheless, "
      "funding from the central government budget would underline the independence of the Authority and remove a "
      "recurring cost from the rents of tenants."),
    H2("6.4 Evaluating the system"),
    P("This review is the first independent evaluation of the supervisory system as a whole since 2015. The "
      "Housing Act contains no provision for periodic evaluation, and the review was commissioned only after "
      "questions in Parliament. The reviewer considers that a system of this weight deserves a regular, "
      "independent evaluation, at fixed intervals, whose outcome is sent to Parliament."),
    PageBreak(),
    H("7 Recommendations"),
    P("The recommendations below follow from the findings in Chapters 3 to 6. They are grouped by theme; the "
      "numbering runs on across the groups. Each recommendation names the party that is asked to act. Where a "
      "recommendation requires an amendment of the Housing Act, the reviewer suggests that it be included in a "
      "single amendment bill, so that associations face one change of rules rather than several."),
    H2("7.1 Mandate, information and transparency"),
    recs(
        1,
        ("The Minister should amend the Housing Act so that the Authority has a single, clearly defined statutory "
         "objective: safeguarding the financial continuity and proper governance of housing associations in the "
         "interest of current and future tenants.", MIN),
        ("The Minister and the Authority should replace the separate information requests of the Ministry, the "
         "Authority and the Guarantee Fund for Social Housing (WSW) with one integrated annual data return, to be "
         "used for the first time for the 2025 reporting year.", MIN + AW),
        ("Transparency: The Authority should publish its annual risk assessment of every housing association, "
         "including the underlying financial and governance scores.", AW),
    ),
    H2("7.2 Tenants and the local triangle"),
    recs(
        4,
        ("Tenant voice: The Minister should guarantee the structural funding of tenant organisations by laying down "
         "in the Act on Consultation between Tenants and Landlords a minimum annual contribution per rented home, to "
         "be paid by the housing association.", MIN),
        ("Municipalities should conclude performance agreements with the housing associations and tenant "
         "organisations in their area every year, containing measurable targets for new construction, "
         "sustainability and affordability.", MUN),
        ("Housing associations should publish each year a short account in plain language of their rents, "
         "maintenance and investments, and discuss it with their tenant organisation before publication.", ASSOC),
    ),
    H2("7.3 Governance and enforcement"),
    recs(
        7,
        ("The Authority should carry out a repeat fit-and-proper assessment of directors and supervisory board "
         "members when they are reappointed, and not only before their first appointment.", AW),
        ("Housing associations should have the functioning of their supervisory board evaluated by an external "
         "party at least once every three years and publish a summary of the outcome in their annual report.", ASSOC),
        ("Enforcement: The Minister should give the Authority a graduated set of enforcement powers, including orders "
         "subject to a penalty payment and administrative fines for individual directors, so that it need not rely "
         "on the heavy instrument of an instruction.", MIN),
    ),
    H2("7.4 Proportionality and the system as a whole"),
    recs(
        10,
        ("The Minister should simplify the rules on the separation of social and commercial activities and raise "
         "the thresholds below which an association may apply the light administrative separation.", MIN),
        ("Proportionality: The Authority should introduce a lighter supervisory regime for associations with fewer "
         "than 1,500 rented homes and a low risk profile, laid down in its supervisory framework.", AW),
        ("The Minister should make the advice of the dispute committee for performance agreements binding and give "
         "tenant organisations independent access to the committee.", MIN),
        ("The Minister should have the system of supervision evaluated independently every five years and send the "
         "outcome to Parliament, the first time no later than 2030.", MIN),
        ("The Minister should fund the Authority from the central government budget instead of through a levy on "
         "housing associations.", MIN),
    ),
    P("The reviewer has discussed the direction of these recommendations with the parties concerned, but they have "
      "not been negotiated with them. Their implementation will require choices that are for the Minister, the "
      "Authority, the associations and the municipalities to make, each within their own responsibility."),
)

REPORT = Document(
    title="Supervision with a purpose",
    subtitle="Independent Review of the Regulation of Housing Associations",
    blocks=REPORT_BLOCKS,
    running_header="Independent Review of the Regulation of Housing Associations  |  November 2024",
    footer="{page}",
    font_family="sans",
    imprint=("Independent reviewer: Dr A.M. Kamphuis",
             "Commissioned by the Minister for Housing and Spatial Planning",
             "The Hague, November 2024"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: progress report one year on
# --------------------------------------------------------------------------------------------------------------

E1 = ("Accepted; the Minister will lay down a single statutory objective for the Authority in the forthcoming "
      "amendment of the Housing Act.")
E2 = ("From the 2025 reporting year onwards, associations will submit one integrated data return that is shared by "
      "the Authority, the WSW and the Ministry, and the Ministry has reserved €1.4 million in 2025 and 2026 for the "
      "joint portal.")
E3 = ("Accepted in part: the Authority will publish the governance judgment for each association from 2026 onwards, "
      "but not the underlying financial risk scores.")
E4 = ("Accepted; the Minister will lay down a minimum contribution of €12 per rented home per year, to be paid by "
      "the association, in the Act on Consultation between Tenants and Landlords.")
E12 = ("As regards the related recommendation 12, the Minister will first explore with Aedes, the Woonbond and the "
       "Association of Netherlands Municipalities whether the committee's advice can be made binding on a voluntary "
       "basis before deciding whether legislation is needed.")
E5 = ("The Government did not accept this recommendation because the Act on Strengthening Control of Public Housing "
      "already requires every municipality to adopt a housing programme, and an additional annual obligation to "
      "conclude performance agreements would increase the administrative burden without improving their content.")
E7 = ("A repeat assessment on every reappointment is not considered opportune, however: the Authority can already "
      "reassess a member when there are concrete indications, and a systematic repeat test would make it harder to "
      "find candidates for supervisory boards.")
E9 = ("Accepted in part: the Minister will give the Authority the power to impose an order subject to a penalty "
      "payment, but does not consider administrative fines for individual directors proportionate.")
E10 = ("Accepted; the Minister will raise the thresholds for the light administrative separation and simplify the "
       "accompanying rules in the amendment of the Housing Act.")
E11 = ("Accepted by the Authority; it will introduce a lighter regime for associations with fewer than 1,500 homes "
       "and a low risk profile in its supervisory framework for 2027-2030.")
E13 = ("The Minister will include in the amendment bill an evaluation clause under which the system of supervision "
       "is evaluated independently every five years, with the first evaluation to be sent to Parliament in 2030.")
E14 = "Not accepted."


def row(no: str, summary: str, response: str, status: str, *answers: Answer) -> tuple:
    return (no, summary, Cell(response, answers=answers), status)


TABLE = Table(
    header=("No.", "Recommendation (summary)", "Government response (2025)", "Status (2026)"),
    widths=(0.55, 2.2, 4.1, 2.0),
    font_size=8.5,
    rules="grid",
    rows=(
        row("1", "Single statutory objective for the Authority in the Housing Act.",
            E1 + " The objective will be the financial continuity and proper governance of associations in the "
            "interest of current and future tenants.",
            "Completed. Included in the Housing Associations (Supervision) Amendment Bill, submitted to the House "
            "of Representatives in December 2025.",
            Answer("1", "agree", E1)),
        row("2", "One integrated annual data return for the Ministry, the Authority and the WSW.",
            E2 + " Separate policy requests from the Ministry will no longer be sent.",
            "Completed. The integrated return was used for the 2025 reporting year; 271 of the 274 associations "
            "delivered on time.",
            Answer("2", "agree", E2)),
        row("3", "Publication of the Authority's risk assessment per association, including the underlying scores.",
            E3 + " Publication of the financial scores could affect an association's position with lenders and the "
            "openness of the conversation with the supervisor; the Authority will review this after two years.",
            "On track. The first governance judgments will be published in the Authority's sector report in "
            "November 2026.",
            Answer("3", "partial", E3)),
        row("4", "Statutory minimum contribution per rented home for tenant organisations.",
            E4 + " The contribution will be indexed annually.\n" + E12,
            "On track. The amendment of the Act has been passed by the House of Representatives; entry into force "
            "is planned for 1 January 2027.",
            Answer("4", "agree", E4), Answer("12", "partial", E12)),
        row("5", "Annual performance agreements in every municipality, with measurable targets.",
            E5 + " The Minister will continue to support municipalities with model agreements and a monitoring tool.",
            "Closed.",
            Answer("5", "disagree", E5)),
        row("7", "Repeat fit-and-proper assessment on reappointment.",
            "The Minister shares the reviewer's view that the quality of supervisory boards is essential. " + E7,
            "Closed.",
            Answer("7", "disagree", E7)),
        row("8", "External evaluation of the supervisory board every three years, with a published summary.",
            "This recommendation is addressed to the housing associations themselves, and the Minister therefore "
            "does not take a position on it. Aedes has indicated that it will consider the recommendation in the "
            "revision of the Governance Code for Housing Associations.",
            "Closed. Referred to the sector."),
        row("9", "Graduated enforcement powers, including penalty orders and personal fines for directors.",
            E9 + " Personal fines would add little to the existing possibility of having a director dismissed and "
            "would further reduce the number of candidates for board positions.",
            "Delayed. The power to impose penalty orders was taken out of the amendment bill after the advice of "
            "the Council of State and will follow in a separate bill in 2027.",
            Answer("9", "partial", E9)),
        row("10", "Simpler rules and higher thresholds for separating social and commercial activities.",
            E10,
            "Delayed. The new thresholds require notification to the European Commission; the amendment is now "
            "expected in the second half of 2026.",
            Answer("10", "agree", E10)),
        row("11", "Lighter supervisory regime for small associations with a low risk profile.",
            E11,
            "Not started. The Authority will begin work on its supervisory framework for 2027-2030 in the autumn "
            "of 2026.",
            Answer("11", "agree", E11)),
        row("12", "Binding advice of the dispute committee and independent access for tenant organisations.",
            "See recommendation 4.",
            "On track. Talks with Aedes, the Woonbond and VNG are under way.",
            Answer("12", "partial", "See recommendation 4.")),
        row("13", "Independent evaluation of the supervisory system every five years.",
            E13,
            "Closed. The evaluation clause is part of the bill submitted in December 2025.",
            Answer("13", "agree", E13)),
        row("14", "Funding of the Authority from the central government budget instead of a levy.",
            E14 + " The principle that the supervised sector bears the cost of its supervision applies to all sector "
            "supervisors, and the review found no evidence that the levy has affected the Authority's independence. "
            "Funding from the general budget would moreover require cuts elsewhere in the housing budget.",
            "Closed.",
            Answer("14", "disagree", E14)),
    ),
)

RESPONSE_BLOCKS = (
    P("To the President of the House of Representatives of the States General"),
    P("Date: 11 June 2026"),
    P("Subject: Progress report one year on – Independent Review of the Regulation of Housing Associations"),
    P("Dear Madam President,"),
    P("In November 2024 Dr A.M. Kamphuis presented her independent review of the regulation of housing associations, "
      "Supervision with a purpose. In the Government response of 20 March 2025 I set out the position of the "
      "Government on each of the fourteen recommendations and undertook to report to your House on their "
      "implementation after one year. With this letter I fulfil that undertaking."),
    P("The past year has been an important one for the sector. Housing associations completed more than 28,000 new "
      "social rented homes in 2025, the highest number in over a decade, and they insulated some 95,000 homes. At "
      "the same time, rising construction costs and interest rates have put pressure on their financial scope. The "
      "Authority reported in its sector report that the number of associations with a heightened financial risk "
      "rose from eleven to sixteen. These developments underline the importance of supervision that is both firm "
      "and proportionate."),
    P("Of the 14 recommendations, nine were accepted in full or in part in the Government response. Three of these "
      "nine have now been completed, three are on track, two have been delayed and one has not yet started, in "
      "line with the planning agreed with the Authority. Three recommendations were not accepted; the reasons were "
      "explained in the Government response and are summarised again in the table. The recommendations addressed "
      "to the housing associations themselves are for the sector to take up."),
    P("The most important step of the past year is the Housing Associations (Supervision) Amendment Bill, which I "
      "submitted to your House in December 2025. The bill brings together several of the changes set out in the "
      "Government response. Two elements have been delayed. The first concerns the new enforcement powers of the "
      "Authority, which, following the advice of the Council of State, will be dealt with in a separate bill. The "
      "second concerns the rules on the separation of social and commercial activities, which must first be "
      "notified to the European Commission. I regret these delays, but I consider it more important that the rules "
      "are sound than that they are fast."),
    P("The Authority, the WSW, Aedes, the Woonbond and the Association of Netherlands Municipalities have been "
      "consulted in the preparation of this progress report. I am grateful for their cooperation, and in "
      "particular for the effort that associations have made in switching to the integrated data return."),
    P("The table below sets out, per recommendation, the response given in March 2025 and the status as of May "
      "2026. I will report to your House again when the amendment bill has been dealt with by both Houses."),
    P("Yours sincerely,"),
    P("The Minister for Housing and Spatial Planning"),
    H("Annex: Progress table"),
    P("The column \"Government response (2025)\" reproduces the response given in March 2025, slightly abridged. "
      "The column \"Status (2026)\" reflects the position on 1 May 2026."),
    TABLE,
)

RESPONSE = Document(
    title="Ministry of Housing and Spatial Planning",
    subtitle="Progress report one year on: Independent Review of the Regulation of Housing Associations",
    blocks=RESPONSE_BLOCKS,
    running_header="Progress report – Review of the regulation of housing associations",
    footer="Page {page} of {pages}",
    font_family="sans",
    title_page=False,
)

PAIR = Pair(
    name="housing_regulator_progress_en",
    report=REPORT,
    response=RESPONSE,
    description="English review of housing association regulation (14 recommendations in a final chapter, four "
                "lists numbered on) and the Minister's progress report one year on: a letter with summary counts "
                "and a grid table No. | summary | Government response (2025) | Status (2026); row 6 missing, row 12 "
                "'See recommendation 4', status labels independent of the position.",
)
