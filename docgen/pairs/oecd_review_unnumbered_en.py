"""Pair: a fictional OECD-style skills review of the Netherlands by the "Organisation for Economic Policy Review
(OEPR)", "Skills and the labour market: making lifelong learning work in the Netherlands", and the English-language
"Government response to the OEPR review" of the Minister of Social Affairs and Employment.

Report layout: English, sans, title page with imprint, running header, page footer "{page}".  A foreword, then five
chapters whose headings carry their number in the text ("1. Assessment and recommendations", "2. Learning budgets and
access to training" ...) with numbered level-2 sections.  Chapter 1 "Assessment and recommendations" holds a key
indicators table, bullet lists of main findings and a bold "Key recommendations" lead-in followed by a "•" list that
repeats six of the chapter recommendations in shorter wording (``duplicate_of``; the gold page of those six is thus
the chapter 1 page).  Chapters 2 to 5 each close with a boxed summary: a bold caption "Box n.x. Main findings and
recommendations", a one-column ruled table "Main findings" (findings only, no annotations), then a bold paragraph
"Recommendations" and a "•" list.  The report prints NO recommendation numbers: the gold numbers them "1" to "14" in
document order of the chapter lists.  Other lists that are not recommendations: review questions (foreword), a bullet
list describing the learning budget (Box 2.1), a list of existing measures for firms, a list of basic-skills
provision, an annex list of organisations met.  Data tables in chapters 1, 2 and 4.  Addressees are implicit ("the
government"); coded by subject: SZW (learning budgets, labour market, guidance), OCW (mbo, adult education, learning
credit), FIN (tax), EZ (firms' training support).

Response layout: a letter without title page (sans), "Government response to the OEPR review", from the Minister of
Social Affairs and Employment to the President of the House of Representatives, also on behalf of the ministers of
OCW and EZ and the State Secretary for Finance.  It never uses numbers: it answers by theme under headings
"Individual learning budgets", "Sectoral training funds", "Adult education", "Tax treatment of training", "Training
in firms", "Guidance and evidence", "Next steps", mixed with context (labour market figures, a bullet list of current
measures, thanks).  One paragraph answers two recommendations (8 and 9; 10 and 11), a closing paragraph repeats
two commitments (4, 12).

  n  recommendation (dept)                              gold           why
  1  target learning budget on low-qualified, raise     partial        reserves 40% of each round for them but refuses
     the amount (SZW)                                                  a higher amount (one sentence, "but")
  2  individual learning accounts with accumulation     disagree       "The Government does not intend to introduce
     (SZW)                                                             individual learning accounts."
  3  extension of training-fund agreements conditional  agree          commits to the AVV condition from 1 January
     on access for flex workers / self-employed (SZW)                  2027, both groups, no cue word
  4  modular mbo certificates for adults, funded like   agree          funding per certificate from 2026/27 (no cue
     diplomas (OCW)                                                    word); repeated in "Next steps"
  5  statutory right to validation of prior learning    not_addressed  "This is under consideration." plus a pass-on
     (OCW)                                                             to a later progress letter, no commitment
  6  multi-year basic skills funding beyond 2028 (OCW)  agree          already multi-year to 2028 and made structural
                                                                       from 2029
  7  lifelong learning credit for modular programmes    partial        opened to mbo certificates, not to private
     and accredited private providers (OCW)                            providers
  8  training advice in RVO SME support (EZ)            agree          "recognises ... and will, from July 2026, add a
                                                                       free skills scan ..."
  9  co-funding of innovation conditional on a          disagree       same paragraph as 8: "does not intend to attach
     training plan (EZ)                                                such a condition"
 10  additional SME tax deduction for training (FIN)    disagree       "has therefore decided against" after an
                                                                       evaluation of the old scheme
 11  tax deduction of retraining for the self-employed  partial        shares the aim, refuses the tax means, offers a
     (FIN)                                                             concrete other means (budget every year)
 12  free career guidance for all adults (SZW)          agree          development advice made permanent and open to
                                                                       all adults from 2027; repeated in "Next steps"
 13  rigorous evaluation incl. randomised trials (SZW)  agree          the recommendation asks a study; CPB study with
                                                                       random assignment committed, results 2028
 14  link administrative data on training (SZW, OCW)    not_addressed  never mentioned

Totals: agree 6, partial 3, disagree 3, not_addressed 2.  All prose, figures, names and institutions' statements are
fictional and written for this test set.
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


def findings_box(caption: str, *findings: str) -> tuple:
    """The boxed chapter summary: a caption and a one-column ruled table of findings (no recommendations)."""
    return (
        P(caption, bold=True),
        Table(header=("Main findings",), rows=tuple((Cell(text),) for text in findings), widths=(1.0,),
              rules="grid", font_size=9.5),
    )


def recs(*numbers: str) -> ItemList:
    """The unnumbered "•" list of recommendations under the box; gold numbers are given in document order."""
    return ItemList(
        items=tuple(ListItem(RECS[n][0], recommendation=Recommendation(n, RECS[n][1])) for n in numbers),
        style="•",
    )


def key_recs(*items: tuple[str, str]) -> ItemList:
    """The shortened repeats in chapter 1 (``duplicate_of`` the chapter recommendation)."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(n, RECS[n][1], duplicate_of=n)) for n, text in items),
        style="•",
    )


ORG = "Organisation for Economic Policy Review"

RECS: dict[str, tuple[str, tuple[str, ...]]] = {
    "1": ("Target the individual learning and development budget more strongly on adults without a starting "
          "qualification and on workers in occupations at high risk of automation, and raise the amount available to "
          "them, for example to EUR 2,500 per application.", ("SZW",)),
    "2": ("Move over time towards individual learning accounts in which entitlements accumulate across jobs and "
          "employment statuses, with contributions from the public budget and from sectoral training funds.",
          ("SZW",)),
    "3": ("Make the extension of collective agreements that set up sectoral training funds conditional on equal access "
          "for workers on temporary, on-call and agency contracts, and open the funds to self-employed workers who are "
          "mainly active in the sector.", ("SZW",)),
    "4": ("Expand the offer of short, modular mbo certificate programmes for adults, and fund institutions for such "
          "programmes on the same basis as for full diploma programmes.", ("OCW",)),
    "5": ("Give adults a statutory right to have their prior learning validated against mbo and higher professional "
          "qualifications, with the cost of the assessment borne by public funds.", ("OCW",)),
    "6": ("Secure multi-year funding for basic skills provision for adults beyond 2028, so that municipalities and "
          "providers can build up stable programmes and staff.", ("OCW",)),
    "7": ("Extend the lifelong learning credit to part-time and modular programmes, including mbo certificate "
          "programmes and the courses of accredited private providers.", ("OCW",)),
    "8": ("Integrate advice on training and skills into the support that the Netherlands Enterprise Agency and the "
          "regional development agencies offer to small and medium-sized enterprises.", ("EZ",)),
    "9": ("Make public co-funding of firms' innovation and digitalisation projects conditional on a training plan for "
          "the staff whose work will change.", ("EZ",)),
    "10": ("Introduce a targeted additional tax deduction for training expenditure by small and medium-sized "
           "enterprises on employees with low or outdated qualifications.", ("FIN",)),
    "11": ("Allow self-employed workers to deduct the costs of training for a new occupation from their taxable "
           "income, in line with the tax exemption that already applies when employers pay for their employees' "
           "retraining.", ("FIN",)),
    "12": ("Make independent career guidance available free of charge to all adults, building on the development "
           "advice for workers aged 45 and over, and link it to the learning budget.", ("SZW",)),
    "13": ("Evaluate the learning budget and related measures rigorously, including through randomised trials of "
           "guidance and outreach, and publish the results.", ("SZW",)),
    "14": ("Link administrative data on participation in training, the learning budget and labour-market outcomes, so "
           "that the effects of training on employment and wages can be monitored over time.", ("SZW", "OCW")),
}

# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("Lifelong learning has been on the policy agenda of most OEPR member countries for more than three decades. "
      "What has changed in recent years is the urgency. Digitalisation, the energy transition and population ageing "
      "are reshaping the tasks that workers perform, and in many countries, the Netherlands among them, employers "
      "report shortages of skilled staff at a time when a sizeable group of adults still lacks the basic skills to "
      "move to a better job. Learning in adulthood is no longer an optional extra for the well-educated; it has "
      "become a condition for a labour market that works for everyone."),
    P("The Government of the Netherlands invited the OEPR in the autumn of 2024 to review its policies for adult "
      "learning and to advise on how the many measures taken in recent years could be made more effective. The "
      "Ministry of Social Affairs and Employment coordinated the review on the Dutch side, together with the "
      "Ministry of Education, Culture and Science, the Ministry of Economic Affairs and the Ministry of Finance. The "
      "review addressed four questions:"),
    bullets(
        "Who takes part in adult learning in the Netherlands, and who does not?",
        "Do the financial instruments for individuals and employers reach the adults who need training most?",
        "Is the education system, in particular vocational education, open and flexible enough for adults?",
        "How can guidance, governance and evidence be improved so that the system learns from its own results?",
    ),
    P("The review team visited the Netherlands twice, in January and March 2025, and met more than 150 people from "
      "ministries, municipalities, education providers, employers' organisations, trade unions, sectoral training "
      "funds, public employment services and research institutes, as well as adult learners themselves. We thank "
      "all of them for their time and openness."),
    P("This report was prepared by Dr. Helena Marchetti (team leader), Dr. Piotr Zawadzki and Ms. Aoife Brennan of the "
      "OEPR Directorate for Employment and Skills, with contributions from Prof. Lars Ekholm (Sweden) as external "
      "expert. The OEPR Committee on Employment and Skills discussed a draft on 24 June 2025. The report is published "
      "under the responsibility of the Secretary-General of the OEPR."),
    PageBreak(),
    H("1. Assessment and recommendations"),
    H2("A strong labour market with a participation gap in learning"),
    P("The Dutch labour market has been remarkably resilient. Employment reached a record 82.4 per cent of the "
      "population aged 15 to 74 in 2024, unemployment has stayed below 4 per cent for three years, and vacancies "
      "outnumber the unemployed in most regions and occupations. Shortages are most acute in technical occupations, "
      "in care, in education and in information technology, precisely the areas where the energy transition, "
      "population ageing and digitalisation will require more workers in the coming decade."),
    P("Against this background, adult learning matters for two reasons. First, it can help to meet the demand for "
      "skills by upgrading and retraining the existing workforce, which will hardly grow in the years ahead. Second, "
      "it can give adults with weak labour-market positions, including the 2.5 million adults with low literacy or "
      "numeracy, the means to move into better and more secure jobs. On the first count the Netherlands performs "
      "well; on the second it does not."),
    P("Table 1.1. The Netherlands compared with the OEPR average, selected indicators", bold=True),
    Table(
        header=("Indicator", "Netherlands", "OEPR average", "Year"),
        rows=(
            ("Participation in job-related adult learning in the past 12 months (% of adults 25-64)", "57", "42",
             "2023"),
            ("of which: adults with at most lower secondary education", "29", "20", "2023"),
            ("of which: adults with tertiary education", "71", "58", "2023"),
            ("Adults with low literacy or numeracy (% of adults 16-65)", "17", "19", "2023"),
            ("Employees on temporary or on-call contracts (% of employees)", "27", "12", "2024"),
            ("Own-account workers without employees (% of employment)", "13", "10", "2024"),
            ("Firms offering formal training to staff: small firms (10-49 employees, %)", "64", "61", "2020"),
            ("Public spending on adult learning (% of GDP)", "0.18", "0.14", "2023"),
        ),
        widths=(4.2, 1.1, 1.2, 0.8),
        rules="rows",
    ),
    P("Source: OEPR Survey of Adult Skills (2023), OEPR Labour Force Database, Continuing Vocational Training Survey "
      "(2020) and OEPR calculations based on national budget data."),
    P("Participation in adult learning is high overall, but it is strongly tilted towards those who already have "
      "most skills. A worker with a university degree is two and a half times as likely to take part in training as "
      "a worker without a starting qualification, the widest gap of any OEPR country with comparable participation "
      "levels. Workers on flexible contracts, the self-employed without employees and people working in small firms "
      "are also under-represented, and these groups overlap to a large extent."),
    H2("Main findings"),
    bullets(
        "The individual learning and development budget, introduced in 2025, has been taken up widely, but two in "
        "three budgets go to adults who already hold an upper secondary or tertiary qualification.",
        "Sectoral training funds spend more than EUR 600 million a year, yet their rules and communication often "
        "exclude or overlook temporary and agency workers and the self-employed.",
        "Vocational education (mbo) remains organised around full diploma programmes for young people; part-time and "
        "modular provision for adults is small and depends on short-term project funding.",
        "Basic skills provision has improved with multi-year agreements, but reaches only about one in twenty adults "
        "with low literacy each year.",
        "Small firms face higher costs and less capacity to organise training; public support for them is "
        "fragmented across schemes run by different ministries and agencies.",
        "Tax incentives for training were largely abolished in 2022, which has simplified the system but left the "
        "self-employed with fewer options than employees.",
        "Independent career guidance is available free of charge only to some groups, and evaluation evidence on "
        "what works for which adults remains thin.",
    ),
    H2("Making financial incentives work for those who need them most"),
    P("The Netherlands has moved from a tax deduction for training, which mainly benefited higher earners, to a "
      "demand-side budget that is open to all adults with a link to the labour market. This was a sound reform. Yet "
      "the budget is still allocated on a first-come, first-served basis in application rounds that are often "
      "exhausted within days. Adults who are well informed and digitally confident apply first. A stronger targeting "
      "of the budget, combined with outreach through employers, trade unions and municipalities, would help it reach "
      "the adults for whom the returns to training are likely to be highest."),
    P("Sectoral training funds are an important part of the Dutch system and an expression of the strong role of "
      "social partners. Because collective agreements that establish them are usually extended to the whole sector, "
      "the Government has a legitimate say in whether the funds serve all the workers who contribute to them."),
    H2("Opening education to adults"),
    P("The mbo sector has started to offer certificates that recognise parts of a qualification, but adult learners "
      "still find few programmes that can be combined with work and family life. Funding rules that reward full-time "
      "diploma enrolment of young people give institutions little reason to invest in adult provision. Validation of "
      "prior learning, which could shorten programmes for experienced workers, is used by fewer than 10,000 adults a "
      "year and its cost is usually borne by the individual or the employer."),
    H2("Supporting training in small firms"),
    P("Small and medium-sized enterprises employ around two-thirds of the private-sector workforce. They train less, "
      "and when they do, training is more often informal. The main barriers they report are the cost of replacing "
      "staff, a lack of time to identify training needs and limited knowledge of the public support available. "
      "Support for innovation and digitalisation in small firms is well developed, but it rarely addresses the "
      "skills that new technologies require."),
    H2("Better guidance and better evidence"),
    P("Adults who consider training face a bewildering choice of providers and schemes. The development advice "
      "that has been offered free of charge to workers aged 45 and over since 2019 is well regarded by its users, but "
      "it is temporary, limited to one age group and disconnected from the learning budget. Finally, although the "
      "Netherlands has excellent administrative data, these data are seldom linked to follow adult learners over "
      "time, and few of the measures introduced in recent years have been evaluated rigorously."),
    H2("Key recommendations"),
    P("The recommendations of this review are set out at the end of each chapter. The OEPR considers the following "
      "to be the most important:", bold=True),
    key_recs(
        ("1", "Target the individual learning and development budget on adults with low qualifications and raise the "
              "amount they can receive."),
        ("3", "Open sectoral training funds to flexible workers and the self-employed, using the extension of "
              "collective agreements as a lever."),
        ("4", "Fund modular mbo certificate programmes for adults on the same basis as diploma programmes."),
        ("8", "Build training advice into public support for small and medium-sized enterprises."),
        ("10", "Introduce a targeted tax incentive for training in small and medium-sized enterprises."),
        ("12", "Offer free, independent career guidance to all adults."),
    ),
    PageBreak(),
    H("2. Learning budgets and access to training"),
    H2("2.1 Who takes part in adult learning"),
    P("Participation in job-related adult learning in the Netherlands has risen steadily over the past decade and now "
      "stands well above the OEPR average. The increase, however, has been concentrated among adults with tertiary "
      "education and among employees on permanent contracts. Among adults without a starting qualification, the "
      "minimum qualification the Netherlands considers necessary for a stable labour-market position, participation "
      "has barely changed since 2016."),
    P("Table 2.1. Participation in job-related adult learning by group, 2016 and 2023 (% of adults 25-64)", bold=True),
    Table(
        header=("Group", "2016", "2023", "Change (percentage points)"),
        rows=(
            ("All adults", "49", "57", "+8"),
            ("Without a starting qualification", "27", "29", "+2"),
            ("With a starting qualification (mbo 2-4, havo, vwo)", "50", "56", "+6"),
            ("With tertiary education", "62", "71", "+9"),
            ("Employees on permanent contracts", "58", "66", "+8"),
            ("Employees on temporary, on-call or agency contracts", "38", "41", "+3"),
            ("Self-employed without employees", "35", "37", "+2"),
        ),
        widths=(3.8, 0.9, 0.9, 1.8),
        rules="grid",
    ),
    P("Source: OEPR Survey of Adult Skills and CBS Labour Force Survey, OEPR calculations."),
    P("The reasons adults give for not taking part differ by group. Adults with low qualifications more often say "
      "that they do not see the need for training or that they do not feel confident about learning, which often "
      "reflects negative experiences at school. Flexible workers more often mention that their employer will not pay "
      "and that they do not know how long they will stay in their job. The self-employed mainly cite the loss of "
      "income while training. These differences matter: a single instrument is unlikely to address all of them."),
    H2("2.2 The individual learning and development budget"),
    P("In 2025 the Netherlands introduced an individual learning and development budget as the successor of the STAP "
      "budget, which had run from 2022 to 2024. The budget is administered by the public employment service UWV. "
      "Its main features are summarised in Box 2.1."),
    P("Box 2.1. The individual learning and development budget in brief", bold=True),
    bullets(
        "Eligibility: everyone aged 18 up to the state pension age with a link to the Dutch labour market, whether "
        "employed, self-employed or looking for work.",
        "Amount: up to EUR 1,000 per application, paid directly to the training provider.",
        "Frequency: one application every two years.",
        "Eligible training: courses in a public register of about 40,000 programmes, offered by accredited public "
        "and private providers.",
        "Allocation: six application rounds a year, each with a fixed budget, allocated in order of application.",
        "Annual budget: EUR 210 million in 2025, of which 15 per cent is reserved for applicants without a starting "
        "qualification.",
    ),
    P("Take-up has been high. In its first year the budget financed 246,000 courses. Yet the evidence gathered by "
      "UWV shows a familiar pattern: 66 per cent of the budgets went to adults who already held a qualification at "
      "mbo level 4 or above, and the reserved share for people without a starting qualification was not fully used "
      "in four of the six rounds. Many of the most popular courses, such as project management and language courses "
      "for professionals, would probably have been followed without public support."),
    P("The amount of EUR 1,000 is too low for most programmes that lead to a recognised qualification or a change of "
      "occupation. For adults with low qualifications, who would benefit most from such programmes and who are least "
      "able to pay the remainder, the budget therefore often covers only a short course. Several countries, among them "
      "Singapore and France, have opted for higher amounts for disadvantaged groups, sometimes combined with "
      "mandatory guidance before the budget can be used."),
    P("In the longer run, the Netherlands could consider moving towards individual learning accounts in which "
      "entitlements accumulate and can be carried from one job or employment status to the next. Such accounts give "
      "adults a clearer sense of ownership of their development and make it easier to save entitlements for a larger "
      "programme. Experience in France shows, however, that accounts require careful design and quality assurance to "
      "avoid the growth of low-value courses."),
    H2("2.3 Sectoral training funds"),
    P("More than 100 sectoral training and development funds (O&O-fondsen) exist in the Netherlands. They are "
      "established by collective agreement and financed through a levy on the wage bill, usually between 0.2 and "
      "0.7 per cent. Together they spend more than EUR 600 million a year on training subsidies, apprenticeships and "
      "sector-wide projects. Because most collective agreements are extended to all employers in the sector by the "
      "Minister of Social Affairs and Employment, the levy is in effect paid on behalf of all workers in the sector."),
    P("The review team found large differences between funds. Some actively reach out to temporary and agency workers, "
      "but many limit their subsidies to employees with a permanent contract or with a minimum length of service, and "
      "very few are open to self-employed workers, even where these make up a large part of the workforce, as in "
      "construction, culture and care. Agency workers fall under the training fund of the agency sector rather than "
      "that of the sector in which they actually work."),
    H2("2.4 Flexible workers and the self-employed"),
    P("The Netherlands has one of the highest shares of flexible employment in the OEPR area. Employers have little "
      "incentive to invest in the skills of workers who may leave within a year, and flexible workers themselves "
      "often cannot afford to train. The self-employed without employees bear the full cost of training, including "
      "the loss of income while they learn, and since the abolition of the tax deduction for training expenses in "
      "2022 they no longer receive fiscal support for it. The learning budget is open to them, but its amount is "
      "small relative to the cost of retraining for a new occupation."),
    *findings_box(
        "Box 2.2. Main findings and recommendations",
        "Participation in adult learning has risen, but not among adults without a starting qualification, flexible "
        "workers and the self-employed.",
        "Two in three learning budgets go to adults who already hold an mbo-4 qualification or higher; the reserved "
        "share for low-qualified adults is not fully used.",
        "The budget of EUR 1,000 is too small for programmes that lead to a qualification or a change of occupation.",
        "Sectoral training funds are financed for the whole sector but often exclude flexible workers and the "
        "self-employed.",
    ),
    P("Recommendations", bold=True),
    recs("1", "2", "3"),
    PageBreak(),
    H("3. Adult education and vocational pathways"),
    H2("3.1 Basic skills"),
    P("An estimated 2.5 million adults in the Netherlands have difficulty with reading, writing or arithmetic, and "
      "many of them also lack basic digital skills. About half of them were born in the Netherlands. Low basic skills "
      "are associated with lower employment, lower earnings, poorer health and less trust in institutions, and they "
      "are a barrier to almost every other form of learning."),
    P("Basic skills provision is organised by municipalities, which receive earmarked funding through the Adult "
      "Education Act (WEB) and the Tel mee met Taal programme. Under the current agreements, which run from 2024 to "
      "2028, labour-market regions draw up regional plans. Provision takes several forms:"),
    bullets(
        "formal courses at mbo institutions and other providers, leading to a recognised language or numeracy level;",
        "informal, low-threshold courses in libraries, community centres and workplaces, often taught by volunteers;",
        "digital skills courses offered through the network of Digitaal Hulpplein information points in libraries;",
        "workplace programmes in which employers, with a subsidy, offer employees language training during working "
        "hours.",
        style="–",
    ),
    P("The multi-year agreements have brought more stability than the annual project funding that preceded them. "
      "Providers nonetheless told the review team that uncertainty about funding after 2028 already makes it hard to "
      "retain qualified teachers and to invest in new programmes. Only about 130,000 adults a year take part in "
      "publicly funded basic skills provision, around one in twenty of the target group."),
    H2("3.2 Vocational education for adults"),
    P("Vocational education (mbo) is the backbone of the Dutch skills system for technical and care occupations, "
      "but it is designed mainly for young people. Adults who want to obtain an mbo qualification can enrol in the "
      "work-based pathway (bbl), but this requires a job in the relevant occupation and a programme of two to four "
      "years. Since 2021 mbo institutions can also award certificates for parts of a qualification. By 2025 some 180 "
      "certificates had been developed, but most are offered only by a few institutions, and institutions receive no "
      "regular funding for adults who enrol in a certificate programme alone."),
    P("Funding is the heart of the matter. Institutions are funded per student enrolled in a diploma programme, with "
      "a lower rate for students over 30. Certificate programmes for adults must be financed from the fees paid by "
      "participants or employers, or from temporary project funds. The result is a patchwork of short-lived "
      "initiatives that depends on the commitment of individual teachers and managers."),
    H2("3.3 Validation of prior learning"),
    P("The Netherlands was among the first countries to develop procedures for the validation of prior learning "
      "(erkenning van verworven competenties, EVC). Adults can have their skills assessed against a qualification "
      "standard and receive a certificate of experience, which an education institution can use to shorten their "
      "programme. In practice, the use of validation has declined since 2015. Procedures are run by private "
      "providers, cost between EUR 1,000 and EUR 2,500, and the certificate does not give an automatic right to "
      "exemptions. Adults do not have a right to a validation procedure, and most of the costs fall on them or on "
      "their employers."),
    H2("3.4 Financing adult students"),
    P("Adults over 30 who follow a full or part-time programme in mbo or higher education can borrow to pay their "
      "tuition fees through the lifelong learning credit, administered by DUO. The credit has been extended several "
      "times since its introduction, but it still does not cover modular programmes such as mbo certificates, nor "
      "courses at private providers, even when those are accredited. Take-up is low, at around 8,000 borrowers a "
      "year, partly because few adults know the credit exists."),
    *findings_box(
        "Box 3.1. Main findings and recommendations",
        "Basic skills provision is better organised under multi-year agreements, but its reach is limited and its "
        "funding after 2028 is uncertain.",
        "Mbo certificates offer a promising route for adults, but institutions receive no regular funding for them.",
        "Validation of prior learning is little used, costly for individuals and has no clear legal status.",
        "The lifelong learning credit is not available for modular programmes or accredited private providers.",
    ),
    P("Recommendations", bold=True),
    recs("4", "5", "6", "7"),
    PageBreak(),
    H("4. Training in firms and the role of taxation"),
    H2("4.1 Training in small and medium-sized enterprises"),
    P("Most adult learning in the Netherlands takes place at or through the workplace, and employers pay for the "
      "larger part of it. The share of firms that offer training, however, rises steeply with firm size, and the "
      "gap between small and large firms has not narrowed in the past decade."),
    P("Table 4.1. Training in enterprises by size class, 2020", bold=True),
    Table(
        header=("Firm size (employees)", "Firms providing formal training (%)", "Employees participating (%)",
                "Training hours per participant"),
        rows=(
            ("10-49", "64", "31", "19"),
            ("50-249", "82", "42", "22"),
            ("250 or more", "95", "54", "27"),
            ("All firms with 10 or more employees", "70", "46", "24"),
        ),
        widths=(2.4, 1.8, 1.8, 1.8),
        rules="grid",
    ),
    P("Source: CBS, Continuing Vocational Training Survey 2020."),
    P("Small firms often lack a human resources function, so that training needs are identified late or not at all. "
      "Owners told the review team that they know their employees need to learn to work with new software, new "
      "installation techniques or new regulations, but that they have neither the time nor the knowledge to find "
      "suitable training, and that they cannot spare staff during working hours."),
    H2("4.2 Public support for training in firms"),
    P("Several schemes support training in firms. They are run by different ministries and agencies and are not "
      "always known to the firms they aim to reach:"),
    bullets(
        "the SLIM subsidy of the Ministry of Social Affairs and Employment, which co-finances projects in small and "
        "medium-sized enterprises that promote a learning culture, in annual rounds;",
        "the practical learning subsidy (subsidieregeling praktijkleren), which compensates employers for the "
        "supervision of students in work-based learning;",
        "the innovation and digitalisation support of the Netherlands Enterprise Agency (RVO) and the regional "
        "development agencies, including vouchers and advice for small firms;",
        "sectoral training funds, which subsidise training for employees in their sector (see Chapter 2).",
    ),
    P("The innovation and digitalisation support of the Ministry of Economic Affairs is the channel through which the "
      "public sector reaches the largest number of small firms. It focuses, understandably, on technology, but the "
      "firms that take part are often those that subsequently struggle to train staff to use the new technology. "
      "Regional development agencies in Brabant and Groningen have begun to add a short skills check to their "
      "advice; the review team considers this a promising practice that could be adopted nationally."),
    P("A stronger measure would be to require firms that receive public co-funding for innovation or digitalisation "
      "projects to present a training plan for the staff whose work will change. Such conditions are used in "
      "Denmark and in several Canadian provinces, and help to ensure that public money for technology also raises the "
      "skills of the workforce."),
    H2("4.3 The tax treatment of training"),
    P("Until 2022 individuals could deduct training expenses above a threshold from their taxable income. The "
      "deduction was abolished and the funds were transferred to the STAP budget, because it mainly benefited "
      "adults with higher incomes and higher qualifications. For employers, the costs of training their employees "
      "remain deductible as business expenses, and training paid or reimbursed by an employer is exempt from wage "
      "tax under a targeted exemption in the work-related costs scheme."),
    P("Two gaps remain. First, small firms face higher costs per trained employee and do not benefit from any "
      "additional incentive. Many OEPR countries, among them Austria and Italy, offer an extra deduction or a tax "
      "credit for training expenditure, often targeted at small firms or at low-qualified employees. The evidence on "
      "such incentives is mixed: they are prone to deadweight, but well-targeted schemes can raise training among "
      "groups that would otherwise not be trained. Second, self-employed workers can deduct the costs of training "
      "for their current business, but not of training for a new occupation, whereas the same training paid by an "
      "employer for an employee would be tax-exempt."),
    *findings_box(
        "Box 4.1. Main findings and recommendations",
        "Small firms train less than large firms, mainly for lack of time, knowledge and replacement capacity.",
        "Public support for training in firms is fragmented across schemes of different ministries and agencies.",
        "Innovation and digitalisation support rarely addresses the skills that new technologies require.",
        "The abolition of the training deduction has simplified the tax system but left small firms without any "
        "additional incentive and the self-employed without support for retraining.",
    ),
    P("Recommendations", bold=True),
    recs("8", "9", "10", "11"),
    PageBreak(),
    H("5. Guidance, governance and evidence"),
    H2("5.1 Career guidance for adults"),
    P("Good guidance helps adults to recognise their own skills, to see which occupations and training options are "
      "open to them and to choose a programme that will pay off. It matters most for adults with low qualifications, "
      "who are least likely to seek it out. In the Netherlands, guidance for adults is provided by UWV for "
      "jobseekers, by municipalities for people on social assistance, by some sectoral funds and employers for "
      "their employees, and by private career coaches for those who can pay."),
    P("Since 2019 the Government has funded free development advice for workers aged 45 and over, delivered by "
      "certified career advisers. More than 60,000 workers have used it, and participants rate it highly. The scheme "
      "has been extended several times, most recently until the end of 2026, but remains limited to one age group "
      "and is not connected to the learning budget. An adult can receive a learning budget without any advice, and "
      "advice without any funding to act on it."),
    H2("5.2 Governance"),
    P("Responsibility for adult learning is divided among at least four ministries, the labour-market regions, "
      "municipalities, UWV, DUO and the social partners. The joint programme on lifelong development, led by the "
      "Ministry of Social Affairs and Employment with the Ministry of Education, Culture and Science, has improved "
      "coordination at national level. At the regional level, the 35 labour-market regions have become the main "
      "platform for cooperation, with regional mobility teams and learning and work desks (Leerwerkloketten) that "
      "offer information and advice to adults. Their capacity and quality vary considerably."),
    H2("5.3 Evaluation and data"),
    P("The Netherlands has a strong tradition of policy evaluation and rich administrative data. Yet few of the "
      "measures for adult learning introduced in the past decade have been evaluated in a way that allows their "
      "effects to be identified. The evaluation of the STAP budget relied mainly on surveys of participants. No "
      "evaluation has compared the careers of adults who received a budget with those of comparable adults who did "
      "not, although the allocation of budgets by application round would have made such a comparison possible."),
    P("Data on training are collected by many organisations, but they are seldom linked. UWV holds the data on the "
      "learning budget, DUO on formal education and the lifelong learning credit, the sectoral funds on their own "
      "subsidies, and CBS on employment and earnings. Linking these data within the secure environment of CBS "
      "would allow the Government to follow adult learners over time and to see which programmes improve their "
      "employment and wages."),
    *findings_box(
        "Box 5.1. Main findings and recommendations",
        "Free development advice is valued by its users but is temporary, limited to workers aged 45 and over and not "
        "linked to the learning budget.",
        "Coordination at national level has improved; regional capacity to inform and advise adults varies.",
        "Few measures for adult learning have been evaluated rigorously, and data on training are not linked.",
    ),
    P("Recommendations", bold=True),
    recs("12", "13", "14"),
    PageBreak(),
    H("Annex A. The review process"),
    P("The review followed the OEPR's standard methodology for skills reviews. The Dutch authorities prepared a "
      "background report in December 2024. The review team conducted two missions to the Netherlands and held "
      "meetings with, among others:"),
    bullets(
        "the Ministries of Social Affairs and Employment, Education, Culture and Science, Economic Affairs, and "
        "Finance;",
        "UWV, DUO, the Netherlands Enterprise Agency and CBS Statistics Netherlands;",
        "the Association of Netherlands Municipalities and the labour-market regions of Groot Amsterdam, Rijnmond, "
        "Zuidoost-Brabant and Groningen;",
        "the MBO Council, the Netherlands Association of Universities of Applied Sciences and several mbo "
        "institutions and private providers;",
        "employers' organisations, trade unions and six sectoral training funds;",
        "the Reading and Writing Foundation, libraries and volunteer organisations in basic skills provision;",
        "adult learners, career advisers and researchers at CPB, SEO Economic Research and Maastricht University.",
    ),
    P("A draft of this report was shared with the Dutch authorities for factual comments in May 2025 and discussed by "
      "the OEPR Committee on Employment and Skills on 24 June 2025."),
)

REPORT = Document(
    title="OEPR Reviews of Skills Policies: Netherlands 2025",
    subtitle="Skills and the labour market: making lifelong learning work in the Netherlands",
    blocks=REPORT_BLOCKS,
    running_header="OEPR Reviews of Skills Policies: Netherlands 2025  |  Making lifelong learning work",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=(ORG + " (OEPR)", "Directorate for Employment and Skills", "OEPR Publishing, Vienna, September 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = ("From the first application round of 2026, the Government will reserve 40 per cent of each round for "
       "applicants without a starting qualification, but it does not intend to raise the amount available to them "
       "above the standard EUR 1,000.")
EV2 = "The Government does not intend to introduce individual learning accounts."
EV3 = ("From 1 January 2027, the Minister of Social Affairs and Employment will declare provisions establishing a "
       "sectoral training fund generally binding only if workers on temporary, on-call and agency contracts have the "
       "same access to the fund as permanent staff, and if self-employed workers who mainly work in the sector can "
       "also apply to it.")
EV4 = ("As of the 2026/27 academic year, mbo institutions will receive a fixed amount per certificate awarded to an "
       "adult who follows a certificate programme, comparable to the funding per diploma, and the number of "
       "certificates will be expanded from 180 to 300 by 2028.")
EV4B = ("Mbo institutions will be funded for certificate programmes for adults from the 2026/27 academic year, and the "
        "development advice will be open to all adults from 2027.")
EV6 = ("The Government will make the funding of EUR 62 million a year for municipal basic skills provision "
       "structural from 2029, so that the agreements can be continued after the current period.")
EV7 = ("The lifelong learning credit will be opened to mbo certificate programmes from 1 September 2026; the "
       "Government has decided not to extend it to courses of private providers.")
EV8 = ("The Government recognises the importance of training in small firms and will, from July 2026, add a free "
       "skills scan to the digitalisation and innovation advice that the Netherlands Enterprise Agency and the "
       "regional development agencies offer to small and medium-sized enterprises.")
EV9 = ("The Government does not intend to attach such a condition to innovation and digitalisation subsidies, as it "
       "would add to the administrative burden on precisely the small firms that the support is meant to reach.")
EV10 = ("The Government has therefore decided against an additional tax deduction for the training expenditure of "
        "small and medium-sized enterprises.")
EV11 = ("The Government shares the aim of making it easier for the self-employed to retrain, but will pursue it "
        "through the learning budget rather than the tax system: from 2026, self-employed workers will be able to "
        "apply for the budget every year instead of once every two years.")
EV12 = ("The development advice, which is currently available to workers aged 45 and over until the end of 2026, will "
        "be made permanent and open to all adults from 1 January 2027, and applicants for the learning budget will be "
        "offered an appointment with a career adviser as part of their application.")
EV13 = ("The Government has therefore asked CPB Netherlands Bureau for Economic Policy Analysis to evaluate the "
        "learning budget together with UWV, using random assignment of part of the 2026 applicants to additional "
        "guidance and outreach; the results will be published and sent to the House in the spring of 2028.")

RESPONSE_BLOCKS = (
    P("To the President of the House of Representatives of the States General, P.O. Box 20018, 2500 EA The Hague"),
    P("Date: 27 January 2026"),
    P("Reference: 2026-0000018342"),
    P("Subject: Government response to the OEPR review 'Skills and the labour market: making lifelong learning work "
      "in the Netherlands'"),
    P("Dear Madam President,"),
    P("In September 2025 the Organisation for Economic Policy Review (OEPR) published its review of Dutch skills "
      "policies, 'Skills and the labour market: making lifelong learning work in the Netherlands'. The review was "
      "carried out at the request of the Government. With this letter, written also on behalf of the Minister of "
      "Education, Culture and Science, the Minister of Economic Affairs and the State Secretary for Finance (Tax "
      "Affairs), I present the Government's response. An English version of this letter has been sent to the OEPR "
      "Secretariat."),
    P("The Government is grateful to the OEPR review team for a thorough and constructive report, and to the many "
      "learners, employers, trade unions, education providers, municipalities and experts who contributed to it. "
      "The review confirms that the Netherlands has a strong starting position: participation in adult learning is "
      "high and the labour market is robust. It also holds up a mirror. The adults who would benefit most from "
      "learning, those without a starting qualification, workers on flexible contracts and the self-employed, still "
      "take part least. The Government shares this diagnosis, which matches the findings of the Social and Economic "
      "Council in its 2024 advice on lifelong development."),
    H2("Context"),
    P("The review arrives at a time when labour shortages are set to remain structural. According to the most recent "
      "projections of UWV, there will be around 1.1 jobs for every jobseeker in 2027, with the largest shortages in "
      "technical occupations, care and education. At the same time, the number of people in the working-age "
      "population will hardly grow. Raising the skills of those who are already in work, and of those who could be, "
      "is therefore one of the few levers the Netherlands has to keep its economy and its public services running."),
    P("Since 2022 the Government has taken a series of measures for lifelong development. The most important are:"),
    bullets(
        "the individual learning and development budget administered by UWV, with an annual budget of EUR 210 million;",
        "the SLIM subsidy for learning and development in small and medium-sized enterprises;",
        "the Tel mee met Taal programme for basic skills, with agreements with municipalities for 2024-2028;",
        "the development advice for workers aged 45 and over;",
        "the network of learning and work desks in the 35 labour-market regions.",
    ),
    P("The Government will build on these measures rather than replace them. In what follows, it responds to the "
      "review by theme, following the structure of the report."),
    H2("Individual learning budgets"),
    P("The learning budget has been well received: in 2025 it financed 246,000 courses, and eight in ten participants "
      "say the course was useful for their work. The review is right, however, that the budget reaches too few adults "
      "with low qualifications. The reserved share for this group was not fully used, mainly because the people "
      "concerned did not know about the budget or did not find a suitable course in time."),
    P("The OEPR proposes to target the budget more strongly on adults without a starting qualification and to raise "
      "the amount available to them. " + EV1 + " A higher amount for one group would, within the fixed annual budget, "
      "reduce the number of people the budget can reach, and the experience with the reserved share suggests that "
      "the main barrier is not the amount but awareness and support. UWV will therefore work with employers, trade "
      "unions and municipalities to reach these adults, and the learning and work desks will help them apply.",
      answers=(Answer("1", "partial", EV1),)),
    P("The review also invites the Government to consider, in the longer run, individual learning accounts in which "
      "entitlements accumulate. The Government explored such accounts in 2019 and 2020 together with the social "
      "partners. " + EV2 + " The exploration showed that linking public funds with the private funds of sectoral "
      "training funds in one account would require complex legislation and administration, while the experience in "
      "other countries shows that the accumulated entitlements are often left unused by exactly the groups the "
      "Government wants to reach. The present budget, which can be used every two years, offers a simpler route.",
      answers=(Answer("2", "disagree", EV2),)),
    H2("Sectoral training funds"),
    P("Sectoral training funds are the responsibility of the social partners, who set them up in their collective "
      "agreements and decide how the funds are spent. The Government respects that responsibility. Where the Minister "
      "of Social Affairs and Employment declares such agreements generally binding, however, the fund is financed on "
      "behalf of all workers in the sector, and it is reasonable to ask that all of them can benefit. " + EV3 + " The "
      "Foundation of Labour has been consulted and supports the aim; the assessment framework for extension "
      "decisions will be amended accordingly in the course of 2026, so that funds have a year to adapt their rules.",
      answers=(Answer("3", "agree", EV3),)),
    H2("Adult education"),
    P("The Minister of Education, Culture and Science shares the review's view that mbo must become a place where "
      "adults can learn alongside work, and not only a school for young people. The sector agreement with the MBO "
      "Council, concluded in 2025, already commits institutions to offering part-time and flexible programmes for "
      "adults in every region."),
    P("Funding has so far been the missing link. " + EV4 + " The MBO Council and the social partners will jointly "
      "select the new certificates, giving priority to occupations with shortages in technology, care and "
      "education. The funding will be paid from the existing budget for mbo and from the funds released by the "
      "reform of the learning budget.",
      answers=(Answer("4", "agree", EV4),)),
    P("The OEPR also proposes a statutory right to the validation of prior learning, with the assessment paid from "
      "public funds. Validation can shorten programmes considerably for experienced workers, and the Government "
      "recognises that its use has declined. This is under consideration. The National Knowledge Centre for "
      "Validation is currently reviewing the quality framework for validation procedures, and the Minister of "
      "Education, Culture and Science will return to the question of a legal right in the next progress letter on "
      "lifelong development."),
    P("Basic skills remain the foundation of all further learning. The current agreements with municipalities under "
      "the Tel mee met Taal programme already provide multi-year funding until the end of 2028, and the number of "
      "adults reached rose by 14 per cent in 2025. " + EV6 + " The Minister of Education, Culture and Science will "
      "agree the conditions for the next period with the Association of Netherlands Municipalities before the end "
      "of 2027.",
      answers=(Answer("6", "agree", EV6),)),
    P("As to the financing of adult students, the review points out that the lifelong learning credit does not cover "
      "modular programmes. " + EV7 + " Unlike publicly funded institutions, private providers are not subject to the "
      "supervision of the Education Inspectorate for the quality of their programmes, and the Government does not "
      "wish to encourage borrowing for courses of which the quality and labour-market value cannot be guaranteed. "
      "Courses of private providers remain eligible for the learning budget, which does not have to be repaid.",
      answers=(Answer("7", "partial", EV7),)),
    H2("Tax treatment of training"),
    P("The review notes that the abolition of the tax deduction for training expenses in 2022 has simplified the "
      "system. The State Secretary for Finance agrees. Training paid by employers remains fully deductible as a "
      "business expense and is exempt from wage tax under the work-related costs scheme, and the Government sees no "
      "reason to change that."),
    P("The OEPR suggests a targeted additional deduction for training in small and medium-sized enterprises. The "
      "Government has examined the experience with the former tax reduction for training (afdrachtvermindering "
      "onderwijs), which was abolished in 2014. Its evaluation showed that most of the training it supported would "
      "also have taken place without it, and that small firms made less use of it than large firms because of the "
      "administrative effort involved. " + EV10 + " For self-employed workers the situation is different: they "
      "cannot deduct the costs of training for a new occupation, while the review rightly observes that the same "
      "training paid by an employer would be tax-exempt. " + EV11 + " This gives the self-employed more support for "
      "retraining without reintroducing a deduction that, as experience has shown, mainly benefits higher earners.",
      answers=(Answer("10", "disagree", EV10), Answer("11", "partial", EV11))),
    H2("Training in firms"),
    P("The Minister of Economic Affairs agrees with the review that the support for innovation and digitalisation in "
      "small firms is also an opportunity to address the skills of their staff. " + EV8 + " The scan builds on the "
      "practice of the regional development agencies in Brabant and Groningen mentioned in the review, and will "
      "refer firms to the SLIM subsidy, the sectoral training funds and the learning budget where appropriate. The "
      "review also suggests that public co-funding of innovation and digitalisation projects be made conditional "
      "on a training plan. " + EV9 + " Firms that take part in the skills scan will, however, be encouraged to draw up "
      "such a plan on a voluntary basis.",
      answers=(Answer("8", "agree", EV8), Answer("9", "disagree", EV9))),
    H2("Guidance and evidence"),
    P("Good advice makes a learning budget worth more. Evaluations of the development advice show that participants "
      "are more likely to start a training programme and to change jobs within two years than comparable workers who "
      "did not receive advice. " + EV12 + " The advice will remain free of charge and will be delivered by certified "
      "career advisers, with a simplified application through the learning and work desks.",
      answers=(Answer("12", "agree", EV12),)),
    P("The Government agrees that the evidence on what works in adult learning must improve, and that the allocation "
      "of the learning budget in application rounds offers an opportunity to learn from its effects. " + EV13 + " In "
      "addition, the SLIM subsidy will be evaluated in 2027 as part of the regular policy review of the labour-market "
      "budget.",
      answers=(Answer("13", "agree", EV13),)),
    H2("Next steps"),
    P("Several of the measures described in this letter require changes to regulations or budgets that will be "
      "prepared in the course of 2026. " + EV4B + " The Government will report on the implementation of the measures "
      "in this letter in the annual progress letter on lifelong development, the first of which will be sent to the "
      "House before the summer of 2027.",
      answers=(Answer("4", "agree", EV4B), Answer("12", "agree", EV4B))),
    P("The Government will also discuss the follow-up to the review with the OEPR at the meeting of the Committee on "
      "Employment and Skills in the spring of 2026, where the Netherlands will share its experience with the "
      "learning budget with other member countries."),
    P("Yours sincerely,"),
    P("The Minister of Social Affairs and Employment,"),
    P("drs. M.A. van Leeuwen-Ooms"),
)

RESPONSE = Document(
    title="Government response to the OEPR review",
    subtitle="Ministry of Social Affairs and Employment  |  Directorate-General for Employment and Income, "
             "Lifelong Development Unit",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response to the OEPR review  |  Reference 2026-0000018342",
    footer="Page {page} of {pages}",
    font_family="sans",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="oecd_review_unnumbered_en",
    report=REPORT,
    response=RESPONSE,
    description="OECD-style OEPR skills review of the Netherlands (lifelong learning) with unnumbered bullet "
                "recommendations after boxed findings tables at each chapter's end (gold numbers 1-14 in document "
                "order, six repeated in the 'Assessment and recommendations' chapter), answered by theme without any "
                "numbers in an English government response letter; 2 not addressed (one 'under consideration').",
)
