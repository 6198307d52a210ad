"""Pair: a fictional international country review of teaching careers in the Netherlands, and the minister's answer.

Layout traits this pair tests: an English report in a sans font with a title page and a running header.  An
unnumbered summary chapter "Assessment and recommendations" at the front restates every recommendation in running
prose without numbers (no list items, so no duplicates to fold).  Chapters 2 to 5 each end with a bordered one-cell
box titled "Policy recommendations" (a one-cell table holding only an introductory sentence) followed by a numbered
list whose labels are the recommendation numbers "2.1", "2.2" ... "5.4"; most items open with a short lead phrase
and a colon ("Raise starting salaries: The Ministry should ..."), two (3.2, 5.2) have none.  Chapter 2 also holds a
data table and there are bullet lists (review questions, methods, visits) that are not recommendations.

The response is an English letter (serif, no title page) from the Minister of Education, Culture and Science to the
House of Representatives, followed by an annex table "Recommendation | Response | Status".  The letter body opens
with thanks and context (no position), then discusses three recommendations by subject only, each with a nuance
that the first-in-order body paragraph decides: 3.1 (statutory induction) is "Agreed in principle" in the table but
refused as legislation in the letter (disagree, agrees only with the aim); 4.1 (starting salaries) only explored
(partial) in a paragraph that also refuses 4.2 (national career framework, social partners' autonomy over the
collective labour agreements, disagree); 5.1 is "Under consideration" in the table but the letter announces the
Inspectorate's committed framework from 1 August 2026 (agree).  Table-only positions: 2.1 partial (agreed in
principle, only "explore"); 2.2 agree without cue words (EUR 48 million a year from 1 January 2026); 2.3 agree
("I accept"); 3.2 not addressed (status "For school boards", only describes what the collective agreements already
provide); 3.3 disagree (blunt "does not adopt"); 4.3 agree ("I accept"); 4.4 partial (a pilot in 120 schools instead
of all schools); 5.3 agree (existing publication plus a new element from 2026); 5.4 disagree ("I do not consider it
appropriate").  5.2 (municipalities, teacher housing) is missing from the table; the letter only describes what some
cities already do (not addressed).  All prose is fictional and written for this test set.
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


def box(intro: str) -> Table:
    """The bordered "Policy recommendations" box that closes chapters 2 to 5."""
    return Table(header=("Policy recommendations",), rows=((Cell(intro),),), widths=(1.0,), rules="grid",
                 font_size=10.0)


def recs(*items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, tuple(depts)))
                    for number, text, depts in items),
        style="1.",
    )


PANEL = "International Panel for the Review of Teaching Careers"

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REC_2_1 = ("Expand work-based routes: Teacher training institutions should offer, in every region, a part-time, "
           "work-based route into teaching for career changers that takes no more than two years and gives full "
           "credit for relevant prior learning and experience.")
REC_2_2 = ("Put lateral entry funding on a multi-year footing: The Ministry should replace the annual lateral-entry "
           "subsidy with multi-year funding that school boards can rely on when they recruit and train career "
           "changers.")
REC_2_3 = ("Speed up recognition of foreign qualifications: The Ministry should ensure that DUO decides on "
           "applications for the recognition of foreign teaching qualifications within eight weeks of receiving a "
           "complete application.")
REC_3_1 = ("Make induction an entitlement: The Ministry should lay down in legislation that every starting teacher "
           "is entitled to a structured induction programme of three years, including a reduced teaching load in "
           "the first year.")
REC_3_2 = ("School boards should ensure that every starting teacher has a trained mentor, and that mentors have "
           "protected time for this task in the timetable.")
REC_3_3 = ("Introduce a professional register: The Ministry should introduce a register of teachers' professional "
           "development, linked to periodic re-registration, so that the profession itself can uphold its "
           "standards.")
REC_4_1 = ("Raise starting salaries: The Ministry should make structural funding available to bring starting "
           "salaries in primary and secondary education up to the level of comparable graduate occupations.")
REC_4_2 = ("Build a career ladder: The Ministry should lay down a national career framework for teachers with at "
           "least three steps beyond the starting level, each linked to its own salary scale.")
REC_4_3 = ("Cut the administrative load: The Ministry and the Education Inspectorate should reduce the reporting "
           "and accountability requirements placed on schools by a quarter by the end of 2027.")
REC_4_4 = ("Reward teachers who lead: The Ministry should fund an allowance for experienced lead teachers who coach "
           "colleagues and student teachers, available to all schools from 2026.")
REC_5_1 = ("Inspect workforce planning: The Education Inspectorate should assess school boards' strategic human "
           "resource policy and workforce planning as part of its four-yearly board inspections.")
REC_5_2 = ("Municipalities should, where housing law allows, give teachers priority in the allocation of "
           "affordable rental housing in regions with acute teacher shortages.")
REC_5_3 = ("Publish the hidden shortage: The Ministry should publish each year the teacher shortage by region and "
           "by subject, including the hidden shortage of lessons taught by staff who are not qualified for them.")
REC_5_4 = ("Enforce the qualification requirements: The Education Inspectorate should take enforcement action "
           "against school boards that structurally deploy unqualified staff to teach classes without a plan to "
           "qualify them.")

REPORT_BLOCKS = (
    H("Foreword"),
    P("Few public services depend as directly on the people who deliver them as education does. A school can "
      "renovate its buildings, renew its curriculum and buy new devices, but what pupils learn still depends above "
      "all on the teacher in front of the class. Countries that want good schools therefore need a teaching "
      "profession that attracts capable people, prepares them well, supports them in their first years and offers "
      "them a career worth staying for."),
    P("The Netherlands asked the Panel in the spring of 2024 to review its policies for the teaching profession in "
      "primary and secondary education. The request came at a time of persistent shortages, particularly in the "
      "large cities, and of a lively public debate about pay, workload and the status of teachers. The Ministry of "
      "Education, Culture and Science prepared a thorough background report and opened every door we asked to have "
      "opened."),
    P("This report is the seventh in the Panel's series of country reviews of teaching careers. Like the previous "
      "reviews, it combines an analysis of national data with what the review team heard from teachers, school "
      "leaders, board members, teacher educators, students, parents, municipal officials and national "
      "organisations. We are grateful to all of them, and in particular to the teachers who spoke so frankly about "
      "why they chose the profession and what might make them leave it."),
    P("The review team consisted of Prof. Maren Solberg (Norway, chair), Dr. Tomás Echeverría (Chile), Dr. Aileen "
      "Kavanagh (Ireland) and Mr. Jun-ho Baek (Korea), supported by the Panel secretariat. The team bears sole "
      "responsibility for the analysis and recommendations in this report."),
    P("Geneva, September 2025"),
    PageBreak(),
    H("Assessment and recommendations"),
    H2("A strong system with a fragile workforce"),
    P("By international standards, Dutch schools do many things well. Pupils reach solid levels of achievement, "
      "schools enjoy a high degree of autonomy, and teachers are generally trusted by parents and by the public. "
      "Yet the review team found a teaching workforce under considerable strain. Shortages have grown for most of "
      "the past decade, they are heavily concentrated in the five largest cities and in a number of subjects, and "
      "they fall hardest on schools with many disadvantaged pupils. Much of the shortage is hidden: classes are "
      "taught by staff who are not qualified for them, lessons are cancelled or merged, and school leaders step in "
      "as teachers."),
    P("The Netherlands has responded with a broad set of measures, from subsidies for career changers to extra "
      "funding for schools in the cities. Many of these measures are sensible. Their weakness is that they are "
      "often temporary, fragmented and dependent on annual decisions, which makes it hard for school boards to "
      "build a stable workforce. The Panel's recommendations are therefore less about new instruments than about "
      "making the existing ones reliable, and about a clearer division of responsibilities between the Ministry, "
      "the Education Inspectorate, school boards, teacher training institutions and municipalities."),
    H2("Getting more people into teaching"),
    P("Enrolment in initial teacher education has stabilised, but it will not close the gap on its own. Career "
      "changers are an indispensable second source of teachers. At present, however, the availability of a short, "
      "work-based route into teaching depends on where one lives. The Panel recommends that teacher training "
      "institutions offer such a route, of no more than two years and with full credit for prior learning, in "
      "every region of the country."),
    P("School boards that take on career changers rely on a subsidy that is set year by year and is sometimes "
      "exhausted within months. The Panel considers that the Ministry should convert this subsidy into multi-year "
      "funding that boards can count on when they plan their recruitment. Teachers who qualified abroad are a "
      "third, largely untapped source; the Ministry should make sure that DUO decides on their applications for "
      "recognition within eight weeks."),
    H2("Keeping new teachers in the profession"),
    P("Around one in five new teachers leaves the profession within five years. The quality of induction makes a "
      "large difference, and it varies widely between schools. The Panel is of the view that induction should no "
      "longer depend on the good will of individual schools: the Ministry should make a three-year induction "
      "programme, with a lighter teaching load in the first year, a legal entitlement for every starting teacher. "
      "School boards, for their part, should make sure that every starting teacher has a trained mentor and that "
      "mentors are given protected time to do this work."),
    P("Professional learning after the first years is uneven and rarely part of a coherent plan. The Panel "
      "recommends that the Ministry introduce a register in which teachers record their professional development, "
      "linked to periodic re-registration, and that the profession be given a real voice in setting the standards "
      "it contains."),
    H2("Pay, workload and careers"),
    P("Dutch teachers' salaries compare reasonably well internationally at the top of the scale, but starting "
      "salaries lag behind those of other graduates, especially in the Randstad, where housing costs are high. The "
      "Panel recommends that the Ministry provide structural funding to bring starting salaries up to the level of "
      "comparable graduate occupations. The career structure is flat: in primary education most teachers reach the "
      "top of their scale without any change in their role. The Panel recommends a national career framework with "
      "at least three steps beyond the starting level, each with its own salary scale, and an allowance for "
      "experienced lead teachers who coach colleagues and student teachers in all schools."),
    P("Teachers consistently named administrative work as the part of their job that they value least. The Panel "
      "recommends that the Ministry and the Inspectorate together cut the reporting and accountability demands on "
      "schools by a quarter before the end of 2027."),
    H2("Governance and local partnerships"),
    P("School boards are the employers of teachers and bear the main responsibility for workforce planning, but "
      "their capacity to do so varies greatly. The Panel recommends that the Inspectorate include strategic human "
      "resource policy and workforce planning in its four-yearly inspections of school boards, and that it act "
      "against boards that structurally place unqualified staff in front of classes without any plan to qualify "
      "them. To make the hidden shortage visible, the Ministry should publish each year the shortage by region and "
      "by subject, including lessons taught by unqualified staff."),
    P("Finally, teachers cannot teach in a city where they cannot afford to live. Municipalities in regions with "
      "acute shortages should, as far as housing law allows, give teachers priority in the allocation of "
      "affordable rental homes."),
    PageBreak(),
    H("1 Introduction"),
    H2("Purpose and scope of the review"),
    P("The Ministry of Education, Culture and Science invited the Panel to review the policies that shape the "
      "careers of teachers in primary and secondary education in the European part of the Netherlands. Vocational "
      "and higher education were outside the scope of the review, as were support staff and school leaders, except "
      "where their work bears directly on that of teachers. The terms of reference asked the Panel to address four "
      "questions:"),
    bullets(
        "How can the Netherlands attract enough capable people into teaching, including people who come to the "
        "profession later in their careers?",
        "What support do teachers need in their first years to become effective and to stay in the profession?",
        "How can pay, workload and career structures make teaching an attractive long-term career?",
        "How should responsibility for the teaching workforce be shared between the national level, school boards, "
        "teacher training institutions and local partners?",
    ),
    P("The review follows the Panel's common framework for country reviews, which looks at the whole teacher "
      "career from initial education to the later years in the profession. It does not evaluate individual "
      "schools or institutions, and the examples given in this report are meant to illustrate wider patterns."),
    H2("How the review was carried out"),
    P("The review drew on several sources of evidence:"),
    bullets(
        "a background report prepared by the Ministry, with statistical annexes on the teacher labour market;",
        "two review visits of one week each, in November 2024 and February 2025, to schools, boards, teacher "
        "training institutions and municipalities in eight regions (see the annex);",
        "interviews and focus groups with some 170 people, among them 64 teachers and student teachers;",
        "a review of Dutch and international research on teacher supply, induction and retention;",
        "a comparison with policies in five other countries reviewed by the Panel since 2019.",
    ),
    P("A draft of the report was discussed with the Ministry in June 2025 to correct factual errors. The "
      "assessment and the recommendations are those of the review team alone."),
    H2("The Dutch context"),
    P("The Dutch school system is marked by a high degree of autonomy. Around 1,000 school boards run the country's "
      "publicly and privately governed schools, which are funded on an equal basis by the state.",
      footnotes=("Figures in this section are rounded and drawn from the background report prepared by the "
                 "Ministry of Education, Culture and Science (2024).",)),
    P("Boards receive a lump sum and decide themselves how many teachers they employ and how they deploy them. "
      "Salaries and working conditions are set in collective labour agreements concluded between employers' "
      "organisations and teachers' unions, one for primary and one for secondary education. National "
      "government sets the legal framework, funds the system, lays down qualification requirements and oversees "
      "quality through the Education Inspectorate."),
    P("Some 215,000 teachers work in primary and secondary schools. The workforce is ageing less rapidly than a "
      "decade ago, but a substantial share of teachers will reach retirement age before 2035. At the same time, "
      "part-time work is widespread, particularly in primary education, where the average appointment is around "
      "0.75 of a full-time post. Small increases in average working hours would therefore make a considerable "
      "difference to the shortage, a point to which this report returns in Chapter 4.",
      footnotes=("Part-time figures refer to teachers with a permanent or temporary appointment of at least one "
                 "year; substitute teachers are excluded.",)),
    H2("Structure of this report"),
    P("Chapter 2 looks at how teachers enter the profession, through initial teacher education and through "
      "alternative routes. Chapter 3 examines the early career and professional learning. Chapter 4 deals with "
      "pay, workload and career structures, and Chapter 5 with the governance of the teaching workforce, including "
      "the role of the Inspectorate and of municipalities. Each of these chapters ends with the Panel's policy "
      "recommendations; the summary at the front of the report brings them together."),
    PageBreak(),
    H("2 Attracting and preparing teachers"),
    H2("A shortage that is large and unevenly spread"),
    P("The teacher shortage in the Netherlands is not a national average but a set of very different local "
      "situations. In many rural areas of the north and east, schools can still fill most of their vacancies, even "
      "if with fewer applicants than before. In the four largest cities and in Almere, by contrast, the shortage in "
      "primary education amounts to between 12 and 17 per cent of all teaching posts. Within the cities, schools "
      "with many pupils from low-income families are hit hardest."),
    P("Table 1. Estimated shortage of teachers in primary education, selected areas, 2024"),
    Table(
        header=("Area", "Estimated unfilled posts (FTE)", "Share of all posts"),
        rows=(
            ("Amsterdam", "1,480", "16.8%"),
            ("Rotterdam", "1,020", "13.9%"),
            ("The Hague", "930", "15.2%"),
            ("Utrecht", "410", "9.7%"),
            ("Almere", "290", "14.1%"),
            ("Rest of the Netherlands", "5,370", "6.2%"),
        ),
        widths=(2.2, 1.6, 1.2),
        font_size=9.5,
    ),
    P("Source: background report of the Ministry of Education, Culture and Science; estimates include vacancies "
      "filled by unqualified staff."),
    P("In secondary education the picture is organised by subject rather than by place. Shortages are most acute "
      "in mathematics, physics, chemistry, German, French, Dutch and computer science. In several of these "
      "subjects more than a third of lessons in the lower years are taught by staff who are not fully qualified "
      "for the subject, often teachers of other subjects or students still in training."),
    H2("Initial teacher education"),
    P("Primary teachers are trained in four-year bachelor programmes at universities of applied sciences, known as "
      "pabo. Secondary teachers follow either a subject-specific bachelor programme or a one-year master's "
      "programme after a subject degree at a research university. Enrolment in the pabo fell sharply in the years "
      "after 2015 and has recovered somewhat since 2021, helped by a temporary halving of tuition fees for the "
      "first year and by campaigns targeted at young men and at students from migrant backgrounds."),
    P("Drop-out in the first year of teacher education remains high, at around 30 per cent in the pabo. Students "
      "told the review team that the first placement is decisive: a placement in a welcoming school with a "
      "supportive teacher often confirms the choice, a placement in which the student is left alone with a class "
      "often ends it. Most teacher training institutions now work with networks of partner schools that share "
      "responsibility for placements, and the Panel regards these partnerships as one of the strengths of the "
      "Dutch system."),
    H2("Career changers and alternative routes"),
    P("Since 2000 the Netherlands has allowed people with a higher education degree to start teaching while they "
      "qualify, under a route known as lateral entry (zij-instroom). Lateral entrants follow an assessment, "
      "receive a tailored training programme of at most two years and are employed by a school from the start. "
      "Around one in six new primary teachers now comes through this route, and the share is higher in the "
      "cities. The review team met many lateral entrants who had found a vocation later in life, and school leaders "
      "who regarded them as among their best recruits."),
    P("Two problems stood out. First, school boards that take on a lateral entrant can apply for a subsidy towards "
      "the costs of training and coaching, but the budget is set each year and was exhausted before the end of the "
      "year in three of the past five years. Boards told us that they postpone or cancel hiring decisions because "
      "they do not know whether the subsidy will be available. Second, the content and length of lateral entry "
      "programmes vary widely between institutions, and in several regions no part-time route is available that "
      "can be combined with a job. Candidates in those regions either travel far or give up."),
    P("The Panel does not suggest that all lateral entry programmes should look the same. Candidates bring very "
      "different experience, and a former engineer who wants to teach physics needs something different from a "
      "former social worker who wants to teach in a primary school. But every candidate should be able to find, "
      "within a reasonable distance, a part-time route of no more than two years that recognises what he or she "
      "already knows."),
    H2("Teachers with foreign qualifications"),
    P("Teachers who qualified in another country need a recognition decision before they may teach in a Dutch "
      "school. The review team heard from several teachers who had waited four to six months for a decision, "
      "during which they were unable to work as teachers. In the meantime some of them took other jobs and did "
      "not return to teaching. Given the scale of the shortage, the Panel considers such waiting times a loss that "
      "the system cannot afford. Other countries reviewed by the Panel decide on comparable applications within "
      "two months.",
      footnotes=("The applicable European rules set a maximum period for decisions on the recognition of "
                 "professional qualifications; the Panel's recommendation goes further than that maximum.",)),
    box("On the basis of the analysis in this chapter, the Panel makes the following recommendations on entry "
        "into the teaching profession."),
    recs(
        ("2.1", REC_2_1, ("OTHER",)),
        ("2.2", REC_2_2, ("OCW",)),
        ("2.3", REC_2_3, ("OCW",)),
    ),
    PageBreak(),
    H("3 Supporting teachers in the early career"),
    H2("Leaving early"),
    P("Teachers who leave the profession in their first years represent a double loss: the investment in their "
      "preparation is lost, and their schools have to start the search again. In the Netherlands, around 20 per "
      "cent of new teachers in primary education and around 25 per cent in secondary education are no longer "
      "working in education five years after they started. Attrition is highest among lateral entrants in their "
      "first year and among young teachers in schools with a challenging pupil population."),
    P("The reasons that early leavers give are familiar from other countries: a heavy workload, a feeling of "
      "being left alone with difficult classes, temporary contracts and limited prospects. Many early leavers "
      "say they would have stayed if they had received more support in their first year."),
    H2("Induction in practice"),
    P("The collective labour agreements give starting teachers a number of extra hours for induction and "
      "professional development and provide that they are coached by an experienced colleague. In the schools the "
      "review team visited, however, the reality varied enormously. Some schools had a well-designed three-year "
      "programme, with a reduced timetable in the first year, regular lesson observations and meetings with "
      "other beginners. In others, the starting teacher had a full timetable from the first day, and the "
      "mentor was a colleague who had agreed to 'keep an eye on things' without any time set aside."),
    P("The Panel's conclusion is that the current arrangements leave too much to chance. Where induction is good, "
      "it is because a school leader or a board has made it a priority; where it is poor, the starting teacher "
      "has no way of claiming it. Countries with low early attrition tend to treat induction as a right of the "
      "starting teacher and a duty of the employer, with a clear minimum standard and with mentors who are "
      "trained and given time for their task."),
    P("The role of the mentor deserves particular attention. Mentoring is demanding work, and the teachers who do "
      "it well are often the ones with the heaviest responsibilities in their school. Where mentors have neither "
      "training nor time, the mentoring relationship tends to shrink to occasional advice in the staff room."),
    H2("Professional learning throughout the career"),
    P("Dutch teachers take part in professional learning at about the average rate for the countries the Panel "
      "has reviewed. Much of this learning consists of short courses and study days chosen by the school, and "
      "relatively little is linked to an individual development plan or to the career steps a teacher might take. "
      "The collective agreements provide for an individual budget for professional development, but teachers told "
      "the review team that they rarely had the time to use it."),
    P("The Netherlands has in the past discussed, and eventually abandoned, a compulsory register for teachers. "
      "The Panel is aware of the sensitivity of the subject. Nevertheless, it sees merit in a register that is "
      "owned by the profession, records the professional learning of each teacher and is linked to periodic "
      "re-registration. Such registers exist in several of the countries reviewed by the Panel and, where the "
      "profession itself sets the standards, are generally seen by teachers as a recognition of their "
      "professionalism rather than as a form of control."),
    box("The Panel makes the following recommendations on induction and professional learning. The first and "
        "third are addressed to the Ministry, the second to school boards as employers."),
    recs(
        ("3.1", REC_3_1, ("OCW",)),
        ("3.2", REC_3_2, ("OTHER",)),
        ("3.3", REC_3_3, ("OCW",)),
    ),
    PageBreak(),
    H("4 Pay, workload and career structures"),
    H2("Salaries"),
    P("Teachers' salaries in the Netherlands have risen substantially in real terms since 2019, partly as a "
      "result of additional government funding and partly through the collective agreements. The gap between pay "
      "in primary and in secondary education, long a source of frustration for primary teachers, has largely been "
      "closed. At the top of the scale, Dutch teachers are among the better paid teachers in the countries the "
      "Panel has reviewed."),
    P("The position at the start of the career is less favourable. A newly qualified teacher earns considerably "
      "less than a graduate of comparable level starting in the private sector or in many other parts of the "
      "public sector, and the gap is widest for graduates in science and technology. In the Randstad, where "
      "rents for new tenants have risen steeply, student teachers told the review team that they could not see "
      "how to build a life on a starting teacher's salary.",
      footnotes=("Comparison based on the median gross annual salary of graduates of the same level of education "
                 "two years after graduation, corrected for working hours.",)),
    H2("Workload and administrative demands"),
    P("Dutch teachers in primary education teach more hours per year than the average in comparable countries, "
      "and the number of pupils per class has risen in schools that cannot fill their vacancies. Teachers "
      "described the additional burden of registering pupil progress, drawing up group plans and reporting to "
      "the board, often in several systems at once. Many of these demands are not imposed by national rules but "
      "by boards and schools themselves, sometimes in the expectation that the Inspectorate will ask for them."),
    P("The Ministry and the Inspectorate have taken steps to reduce administrative demands, and the Inspectorate "
      "has made clear in its communications that it does not require schools to produce documents solely for "
      "inspection purposes. The message has not yet reached all classrooms. The Panel believes that a concrete and "
      "shared target, against which progress can be measured, would help."),
    H2("A flat career"),
    P("In primary education nearly all teachers are employed on the same salary scale, and most reach its maximum "
      "after about fifteen years. Beyond that point, a teacher's pay and role change little unless he or she moves "
      "into school leadership. In secondary education a set of higher scales exists, and schools are expected to "
      "award a share of their teachers a higher scale, but the criteria differ from school to school and teachers "
      "often do not know how to qualify."),
    P("Several of the countries the Panel has reviewed have introduced career frameworks with distinct steps, "
      "such as a 'lead teacher' or 'expert teacher' who coaches colleagues, supervises student teachers or leads "
      "curriculum development, with corresponding pay. In the Panel's view, such frameworks work best when they "
      "are national, so that a step reached in one school is recognised in another, and when each step carries "
      "its own salary scale."),
    P("The Panel recognises that in the Netherlands salary scales are agreed in the collective agreements and not "
      "by the government. It nevertheless considers that the Ministry, as the funder of the system and the "
      "guardian of the quality of the profession, should take the lead in establishing such a framework. It also "
      "considers that a national allowance for lead teachers could be introduced quickly, without waiting for a "
      "full framework, and would reward precisely the teachers on whom induction and school-based teacher "
      "education depend."),
    box("The Panel makes the following recommendations on pay, workload and career structures."),
    recs(
        ("4.1", REC_4_1, ("OCW",)),
        ("4.2", REC_4_2, ("OCW",)),
        ("4.3", REC_4_3, ("OCW",)),
        ("4.4", REC_4_4, ("OCW",)),
    ),
    PageBreak(),
    H("5 Governance, accountability and local partnerships"),
    H2("School boards as employers"),
    P("In the Dutch system, school boards are the employers of teachers. They recruit, appoint, deploy and develop "
      "staff, and they decide how much of their lump sum to spend on teachers, on support staff and on other "
      "costs. The largest boards run more than fifty schools and have professional human resource departments; "
      "the smallest run a single school and rely on the school leader for everything."),
    P("The review team found that few boards had a strategic view of their workforce beyond the next school year. "
      "Several boards with serious shortages could not tell the team how many of their lessons were taught by "
      "unqualified staff, how many teachers would retire in the next five years or how many lateral entrants they "
      "would need. Boards that did have this information were noticeably better at anticipating shortages and at "
      "working with teacher training institutions to fill them."),
    H2("The role of the Inspectorate"),
    P("The Education Inspectorate inspects every school board at least once every four years. Its framework "
      "focuses on educational quality and financial management, and boards are asked how they assure the quality "
      "of their teaching staff. Strategic workforce planning, however, is not a separate standard in the "
      "framework, and inspection reports rarely say anything about it."),
    P("The law requires that lessons be taught by qualified teachers, with temporary exceptions for teachers in "
      "training and for emergencies. The Inspectorate told the review team that, in the current shortage, it "
      "uses its powers mainly to ask boards for plans to qualify their staff, and rarely takes formal action. The "
      "Panel understands this restraint, but observes that it has allowed some boards to rely on unqualified "
      "staff for years without any prospect of change. Pupils in those schools, who are often the pupils who most "
      "need a good teacher, pay the price."),
    H2("Making the shortage visible"),
    P("The Ministry publishes an annual report on the labour market for teachers, which includes estimates of "
      "vacancies by region for primary education. For secondary education, information by subject is available "
      "only at national level, and the hidden shortage, meaning lessons taught by staff who are not qualified for "
      "the subject or level, is estimated only irregularly. Without this information, neither national government "
      "nor boards nor teacher training institutions can target their efforts where they are most needed."),
    H2("Local partnerships"),
    P("Municipalities have no formal responsibility for the teaching workforce, but in the cities with the "
      "largest shortages they have become important partners. Several fund additional allowances, support "
      "regional recruitment campaigns or run joint programmes with school boards. The most frequent concern the "
      "review team heard from young teachers in the cities, however, was housing. Where a starting teacher cannot "
      "find an affordable home within commuting distance, no allowance or campaign will keep him or her in the "
      "city's schools."),
    P("Dutch housing law allows municipalities, within limits, to give priority in the allocation of social and "
      "mid-rent housing to people with occupations that are important to the local community. A few "
      "municipalities already use this possibility for teachers, nurses and police officers. The Panel believes "
      "that in regions with acute shortages it should become the rule rather than the exception."),
    box("The Panel makes the following recommendations on the governance of the teaching workforce. They are "
        "addressed to the Education Inspectorate, to the Ministry and to municipalities."),
    recs(
        ("5.1", REC_5_1, ("OCW",)),
        ("5.2", REC_5_2, ("GEMEENTEN",)),
        ("5.3", REC_5_3, ("OCW",)),
        ("5.4", REC_5_4, ("OCW",)),
    ),
    PageBreak(),
    H("Annex. Review visits"),
    P("During its two review visits the review team met the following organisations and groups, among others:"),
    bullets(
        "the Ministry of Education, Culture and Science, the Education Inspectorate and DUO;",
        "the councils of school boards for primary and secondary education, the teachers' unions and the national "
        "association of school leaders;",
        "the association of universities of applied sciences and four teacher training institutions;",
        "fourteen primary schools and nine secondary schools in Amsterdam, Rotterdam, Almere, Zwolle, Groningen, "
        "Eindhoven, Heerlen and Zeeland;",
        "the education departments of five municipalities and the association of Dutch municipalities;",
        "student teachers, lateral entrants, mentors and teachers who had recently left the profession.",
    ),
    P("The team thanks the schools it visited for their hospitality and for allowing it to observe lessons and "
      "staff meetings."),
)

REPORT = Document(
    title="Teaching Careers in the Netherlands",
    subtitle="Attracting, developing and retaining teachers. Country review",
    blocks=REPORT_BLOCKS,
    running_header=f"{PANEL} | Country Review: the Netherlands",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=(PANEL, "Country Review Series, No. 7", "September 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_3_1 = "I will therefore not propose legislation to make induction a statutory entitlement."
EV_4_1 = ("I will, however, explore with the social partners whether a targeted supplement for starting teachers "
          "in the regions with the largest shortages is feasible.")
EV_4_2 = ("The Panel's proposal for a national career framework with its own salary scales is a different matter: "
          "salary scales and job structures are agreed by the employers and unions in the collective labour "
          "agreements, and I do not intend to take that role over from them.")
EV_5_1 = ("The Inspector-General of Education has informed me that the revised inspection framework, which takes "
          "effect on 1 August 2026, will include the board's strategic human resource policy and workforce "
          "planning as a standard in every four-yearly board inspection.")

T_2_1_EV = ("I will ask the teacher training institutions and the school boards in the regional partnerships to "
            "explore whether a work-based route of no more than two years can be offered in every region.")
T_2_2_EV = ("From 1 January 2026 the annual lateral-entry subsidy will be replaced by a fixed allocation to school "
            "boards of €48 million a year for the period 2026–2029.")
T_2_3_EV = "I accept this recommendation."
T_3_1_EV = "I endorse the principle that every starting teacher should receive structured induction."
T_3_3_EV = "The Government does not adopt this recommendation."
T_4_1_EV = "I will explore a targeted supplement for starting teachers in shortage regions; see section 2 of this letter."
T_4_2_EV = "I will not lay down a national career framework myself."
T_4_3_EV = ("I accept this recommendation and will present, together with the Inspectorate, a programme to reduce "
            "reporting requirements in the spring of 2026, with a reduction of 25 per cent by the end of 2027 as its "
            "target.")
T_4_4_EV = ("From the 2026–2027 school year I will fund a lead teacher allowance as a three-year pilot in 120 "
            "schools in the regions with the greatest shortages, at a cost of €9 million a year.")
T_5_1_EV = ("The Inspectorate is revising its inspection framework in consultation with the sector and is "
            "considering how workforce planning can best be included; see section 3 of this letter.")
T_5_3_EV = ("From the 2026 edition onwards, the report will also show, for each region and for each subject in "
            "secondary education, the hidden shortage of lessons taught by staff who are not qualified for them.")
T_5_4_EV = ("I do not consider it appropriate to ask the Inspectorate to step up enforcement on this point while "
            "the shortage lasts, as this could leave classes without any teacher at all.")


def row(label: str, response: str, status: str, *answers: Answer) -> tuple[Cell, Cell, Cell]:
    return (Cell(label), Cell(response, answers=answers), Cell(status))


ANNEX_TABLE = Table(
    header=("Recommendation", "Response", "Status"),
    rows=(
        row("2.1 Expand work-based routes into teaching",
            f"I support the aim of this recommendation. {T_2_1_EV}",
            "Agreed in principle",
            Answer("2.1", "partial", T_2_1_EV)),
        row("2.2 Multi-year funding for lateral entry",
            f"{T_2_2_EV} School boards will receive €22,000 for each career changer they take on, and the budget "
            "will no longer be set year by year.",
            "Agreed",
            Answer("2.2", "agree", T_2_2_EV)),
        row("2.3 Faster recognition of foreign qualifications",
            f"{T_2_3_EV} From 1 September 2026 DUO will decide on complete applications within eight weeks; to that "
            "end it will receive €1.6 million a year for additional assessors.",
            "Agreed",
            Answer("2.3", "agree", T_2_3_EV)),
        row("3.1 Induction as a statutory entitlement",
            f"{T_3_1_EV} My considerations on the form this should take are set out in section 1 of this letter.",
            "Agreed in principle",
            Answer("3.1", "partial", T_3_1_EV)),
        row("3.2 A trained mentor for every starting teacher",
            "The collective labour agreements for primary and secondary education already give starting teachers "
            "extra hours for induction and provide for coaching by an experienced colleague. It is for school "
            "boards, as employers, to organise this in their schools.",
            "For school boards"),
        row("3.3 Register of professional development",
            f"{T_3_3_EV} A compulsory register was debated at length in the past and did not have the support of "
            "the profession. I prefer to strengthen professional development through the school's own staff "
            "policy and the individual development budget.",
            "Not agreed",
            Answer("3.3", "disagree", T_3_3_EV)),
        row("4.1 Higher starting salaries",
            f"Structural funding for higher starting salaries for all teachers is not available in the current "
            f"budget. {T_4_1_EV}",
            "Under consideration",
            Answer("4.1", "partial", T_4_1_EV)),
        row("4.2 National career framework",
            f"Salary scales and job structures are a matter for the social partners. {T_4_2_EV} I have shared the "
            "Panel's analysis with the parties to the collective labour agreements.",
            "Not agreed",
            Answer("4.2", "disagree", T_4_2_EV)),
        row("4.3 Reduce the administrative load by a quarter",
            T_4_3_EV,
            "Agreed",
            Answer("4.3", "agree", T_4_3_EV)),
        row("4.4 Allowance for lead teachers",
            f"{T_4_4_EV} A nationwide introduction is not possible within the current budget; I will decide on it "
            "after the pilot has been evaluated.",
            "Agreed in principle",
            Answer("4.4", "partial", T_4_4_EV)),
        row("5.1 Workforce planning in board inspections",
            T_5_1_EV,
            "Under consideration",
            Answer("5.1", "partial", T_5_1_EV)),
        row("5.3 Annual figures on the hidden shortage",
            f"The Ministry already publishes regional shortage figures each year in the labour market report for "
            f"education. {T_5_3_EV}",
            "Agreed",
            Answer("5.3", "agree", T_5_3_EV)),
        row("5.4 Enforcement of qualification requirements",
            f"The Inspectorate already supervises compliance with the qualification requirements and can take "
            f"action where a board has no plan to qualify its staff. {T_5_4_EV}",
            "Not agreed",
            Answer("5.4", "disagree", T_5_4_EV)),
    ),
    widths=(1.35, 3.0, 1.0),
    font_size=9.0,
    rules="grid",
)

RESPONSE_BLOCKS = (
    P("The Hague, 18 November 2025"),
    P("Reference: 2025-0000718204"),
    P("Subject: Government response to the country review 'Teaching Careers in the Netherlands'"),
    P("Dear Speaker,"),
    P(f"In September 2025 the {PANEL} published its country review 'Teaching Careers in the Netherlands'. The "
      "review was carried out at the request of my predecessor and examines how the Netherlands attracts, "
      "prepares, supports and retains teachers in primary and secondary education. With this letter I send your "
      "House the Government's response. The report itself was sent to you on 30 September."),
    P("I would like to thank the Panel and its review team for a thorough and well-documented report. The team "
      "spoke with a great many teachers, school leaders, student teachers and administrators, and their voices "
      "can be heard throughout the report. I am also grateful to all the schools, boards and institutions that "
      "received the team."),
    P("The Panel's analysis is largely consistent with our own. The shortage of teachers is concentrated in the "
      "large cities and in a limited number of subjects, it weighs most heavily on schools with many "
      "disadvantaged pupils, and a considerable part of it is hidden from view. In recent years the Government "
      "has invested in the profession through higher salaries, the closing of the pay gap between primary and "
      "secondary education, additional funding for schools in the cities and support for lateral entrants. The "
      "Panel rightly observes that many of these measures were temporary, and that school boards need more "
      "certainty in order to plan."),
    P("The Panel makes fourteen recommendations, addressed to me, to the Education Inspectorate, to school boards, "
      "to teacher training institutions and to municipalities. The annex to this letter sets out my response to "
      "each recommendation. In this letter I discuss three subjects on which a short entry in a table does not do "
      "justice to the Panel's arguments."),
    H2("1. Induction of starting teachers"),
    P("The Panel considers that the quality of induction should no longer depend on the school in which a "
      "starting teacher happens to begin. I share that analysis. Good induction is one of the most effective ways "
      "of keeping new teachers in the profession, and the differences the Panel describes between schools are too "
      "large."),
    P("The Panel's remedy is a statutory entitlement to a three-year induction programme. I do not think "
      "legislation is the right instrument. The collective labour agreements for primary and secondary education "
      "already provide for induction hours and coaching, and the social partners have agreed to evaluate those "
      f"arrangements in 2026; a statutory right would cut across agreements they have only recently made. {EV_3_1} "
      "I will continue to follow the retention of starting teachers closely in the annual labour market report.",
      answers=(Answer("3.1", "disagree", EV_3_1),)),
    H2("2. Pay and careers"),
    P("Since 2019 the Government has made more than €1.2 billion a year available for teachers' pay, and the gap "
      "between salaries in primary and secondary education has been largely closed. The Panel notes, correctly, "
      "that the difference with other graduates is now concentrated at the start of the career."),
    P("Structural funding to bring all starting salaries up to the level of comparable graduate occupations, as "
      "the Panel recommends, would cost an estimated €650 million a year, and that room is not available in the "
      f"current budget. {EV_4_1} {EV_4_2}",
      answers=(Answer("4.1", "partial", EV_4_1), Answer("4.2", "disagree", EV_4_2))),
    P("I expect to inform your House of the outcome of the discussions on a targeted supplement before the summer "
      "of 2026."),
    H2("3. Workforce planning and the Inspectorate"),
    P("The Panel recommends that the Inspectorate assess school boards' strategic human resource policy and "
      "workforce planning. The Inspectorate is independent in the way it carries out its supervision, and I have "
      "therefore asked it how it intends to deal with this recommendation."),
    P(f"{EV_5_1} The precise indicators are still being worked out with the councils of school boards, which is "
      "why the annex lists this recommendation as under consideration.",
      answers=(Answer("5.1", "agree", EV_5_1),)),
    H2("4. Other parties"),
    P("Several recommendations are addressed to school boards, teacher training institutions and municipalities, "
      "which have their own responsibilities. I have discussed the report with the councils of school boards for "
      "primary and secondary education and with the association of universities of applied sciences, and I know "
      "that they will consider the recommendations addressed to them carefully."),
    P("The availability of affordable housing for teachers is also a concern in the larger cities. Amsterdam, "
      "Utrecht and The Hague already give teachers priority in the allocation of part of their mid-rent housing, "
      "as the Housing Allocation Act allows."),
    H2("In conclusion"),
    P("The teacher shortage will not be solved in a single year or by a single measure. The Panel's review helps "
      "the Government and its partners in education to concentrate on what makes a difference, and to give "
      "school boards and teachers the stability they need. I will report on progress in my annual letter on the "
      "teaching profession, next in June 2026."),
    P("Yours sincerely,"),
    P("The Minister of Education, Culture and Science,"),
    P("E.M. Verhagen-Okafor"),
    PageBreak(),
    H("Annex. Response to the recommendations of the review"),
    P("The table below gives the Government's response to each recommendation of the review. The status column "
      "uses the following categories: Agreed; Agreed in principle; Under consideration; Not agreed; For school "
      "boards (the recommendation is addressed to school boards as employers)."),
    ANNEX_TABLE,
)

RESPONSE = Document(
    title="Government response to the country review 'Teaching Careers in the Netherlands'",
    subtitle="Letter from the Minister of Education, Culture and Science to the Speaker of the House of "
             "Representatives of the States General",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response | Teaching Careers in the Netherlands",
    footer="Page {page} of {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="education_review_en",
    report=REPORT,
    response=RESPONSE,
    description="English international country review of teaching careers in the Netherlands (14 recommendations "
                "2.1-5.4 in bordered 'Policy recommendations' boxes at chapter ends, restated in prose in a front "
                "summary) and the OCW minister's letter with an annex table 'Recommendation | Response | Status'; "
                "the letter decides 3.1 (disagree despite 'Agreed in principle'), 4.1/4.2 and 5.1; 5.2 missing "
                "from the table, 3.2 only existing policy.",
)
