"""Pair (English): a fictional Advisory Council on International Cooperation advises on Dutch climate finance for
developing countries, and the government answers in a letter with a response table.

Layout traits this pair tests: an English serif report with a title page, a running header and page numbers.  The
"Summary" chapter ends with the fourteen recommendations as one numbered list ("1." ... "14."); each item opens
with a short lead sentence (the renderer cannot set part of a list item in bold, so the lead sentence is set in the
same weight as the explanation that follows it).  The analysis chapters (numbered "1 Introduction" ... "7") repeat
seven recommendations as bold paragraphs "Recommendation N: ..." with the full text verbatim (1, 3, 5, 6, 8, 10,
11); these are paragraphs, not list items, so they carry no duplicate_of annotation, which leaves the gold
unchanged (the summary is the first printing).  Traps in the report: findings with a descriptive "should" ("the
provision of finance should aim to achieve a balance"), a bulleted list of partner countries' demands ("Finance
should be predictable ..."), quotations of partner-country officials, a lettered list of the minister's questions,
a figures table and an abbreviations list.

The response is a letter (no title page, sans) of the Minister for Foreign Trade and Development Cooperation, also
on behalf of the Minister of Finance, to the House of Representatives: thanks, a context section describing
existing policy, a "view in brief" that shares the council's analysis and ambition (no position), then a grid table
"No. | Recommendation | Government response" with short paraphrases.  Gold positions:
 1 partial ("The government partly accepts this recommendation."; path only to 2027)
 2 disagree ("The government does not share the view that ..."), after recognising the tension
 3 agree without cue words (EUR 95 million shifted in the 2026 budget, half to adaptation from 2026)
 4 partial ("The ministry is examining ..." where action was asked; no target percentage)
 5 agree ("The government accepts recommendation 5.") and 6 disagree ("will therefore not contribute ...") in one
   cell of the row "5 and 6", in separate sentences
 7 agree ("The government accepts this recommendation.")
 8 disagree ("The government sees no reason to earmark ...")
 9 partial ("accepts this recommendation in principle"; strategy yes, coordinating minister no)
10 not addressed ("This is a matter for FMO's independent board."; the report is only shared with FMO)
11 partial ("It will explore ..."; agreeing that public money is needed is only an aim)
12 agree without cue words (country platforms in 2026, EUR 6 million reserved)
13 not addressed: the row is missing from the table (numbers jump from 12 to 14) and nothing mentions it
14 agree without cue words (IOB will evaluate; the recommendation asked for the evaluation)
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


# --------------------------------------------------------------------------------------------------------------
# The recommendations (text as printed in the summary; the chapters repeat some of them verbatim in bold)
# --------------------------------------------------------------------------------------------------------------

RECS: dict[str, tuple[str, tuple[str, ...]]] = {
    "1": ("Set out a multi-year growth path for public climate finance up to 2030. The Minister for Foreign Trade and "
          "Development Cooperation and the Minister of Finance should include in the 2026 budget a path that raises "
          "Dutch public climate finance from about EUR 850 million in 2025 to at least EUR 1.3 billion in 2030, so "
          "that partner countries and implementing organisations can plan beyond a single budget year.",
          ("BZ", "FIN")),
    "2": ("Finance the growth of climate finance from outside the development cooperation budget. The government "
          "should ensure that every additional euro of climate finance comes on top of the budget for development "
          "cooperation, so that climate finance no longer crowds out spending on health, education and food "
          "security in the poorest countries.",
          ("KABINET",)),
    "3": ("Make adaptation at least half of Dutch public climate finance by 2027. The Minister for Foreign Trade and "
          "Development Cooperation should raise the share of adaptation from 38 per cent now to at least 50 per "
          "cent by 2027, with a clear focus on least developed countries and small island developing states.",
          ("BZ",)),
    "4": ("Ensure that a quarter of adaptation finance reaches local actors directly. The Minister for Foreign Trade "
          "and Development Cooperation should channel at least 25 per cent of bilateral adaptation funding "
          "directly to local governments, community organisations and local financial institutions by 2028, and "
          "accept the higher transaction costs that this entails.",
          ("BZ",)),
    "5": ("Offer climate-resilient debt clauses in all Dutch-backed sovereign lending. The Minister of Finance "
          "should ensure that, from 2026, every new loan to the government of a developing country that is "
          "financed or insured by the Dutch State, including under the export credit insurance scheme, offers a "
          "clause that suspends repayments after a major climate disaster.",
          ("FIN",)),
    "6": ("Contribute to a standing facility for debt-for-climate swaps. The Minister of Finance and the Minister "
          "for Foreign Trade and Development Cooperation should press within the IMF, the World Bank and the Paris "
          "Club for a standing facility that makes debt-for-climate swaps cheaper and faster to arrange, and make "
          "a Dutch contribution of EUR 50 million available to it.",
          ("FIN", "BZ")),
    "7": ("Report climate finance in grant equivalents. The Minister of Climate and Green Growth, who is "
          "responsible for Dutch reporting under the UN climate convention, should publish from the 2026 report "
          "onwards the grant equivalent of Dutch climate finance alongside the nominal amounts, and report "
          "mobilised private finance separately from public finance.",
          ("EZ",)),
    "8": ("Use emissions trading revenues for international climate finance. The Minister of Finance and the "
          "Minister of Climate and Green Growth should reserve at least 20 per cent of the Dutch revenues from the "
          "EU Emissions Trading System for international climate finance, on top of the existing budget.",
          ("FIN", "EZ")),
    "9": ("Adopt a government-wide strategy for international climate finance. The government should adopt one "
          "strategy for international climate finance that covers all ministries involved, and designate one "
          "minister who coordinates its implementation and reports annually to the House of Representatives on "
          "volume, quality and results.",
          ("KABINET",)),
    "10": ("Shift FMO's new investments towards the poorest countries and adaptation. FMO should raise the share "
           "of its new investments in least developed countries to at least 30 per cent and build up a portfolio "
           "of adaptation investments, accepting a lower return on that part of its balance sheet.",
           ("OTHER",)),
    "11": ("Create a first-loss facility for adaptation. The Minister for Foreign Trade and Development Cooperation "
           "should make EUR 100 million available from 2026 as first-loss capital in a new fund managed by FMO, so "
           "that private investors can be drawn into adaptation projects such as water infrastructure and "
           "climate-resilient agriculture.",
           ("BZ",)),
    "12": ("Give partner countries a say in how Dutch climate finance is spent. The Minister for Foreign Trade and "
           "Development Cooperation should set up a country platform in every partner country that receives more "
           "than EUR 20 million a year in Dutch climate finance, in which the partner government, local civil "
           "society and the embassy jointly set priorities.",
           ("BZ",)),
    "13": ("Close the remaining exceptions for fossil fuel projects in export credit insurance. The Minister of "
           "Finance should end, by the end of 2026, the exceptions that still allow the Dutch State to insure "
           "exports for new fossil fuel infrastructure abroad, so that Dutch climate finance is not undone by "
           "support for fossil lock-in in the same countries.",
           ("FIN",)),
    "14": ("Have the results of Dutch climate finance evaluated independently. The Minister for Foreign Trade and "
           "Development Cooperation should ask the Policy and Operations Evaluation Department (IOB) to evaluate "
           "the results of Dutch climate finance over the period 2021-2026, with particular attention to "
           "adaptation and to the poorest groups, and to publish its findings before the end of 2027.",
           ("BZ",)),
}


def summary_list() -> ItemList:
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(number, depts))
                    for number, (text, depts) in RECS.items()),
        style="1.",
    )


def repeat(number: str) -> Paragraph:
    """A recommendation repeated in a chapter as a bold paragraph, verbatim."""
    return P(f"Recommendation {number}: {RECS[number][0]}", bold=True)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Foreword"),
    P("Climate change is no longer a future risk for the countries with which the Netherlands works most closely. "
      "In southern Bangladesh, salt water pushes further inland every year and spoils land that families have "
      "farmed for generations. In the Sahel, rainfall has become so erratic that farmers no longer know when to "
      "sow. In central Mozambique, two cyclones in a single season destroyed schools and health centres that had "
      "only just been rebuilt after the previous one. The people who bear the brunt of these changes have "
      "contributed least to causing them."),
    P("In November 2024 the Minister for Foreign Trade and Development Cooperation asked the Advisory Council on "
      "International Cooperation to advise on the future of Dutch climate finance for developing countries. The "
      "request came at a telling moment. The international community had just agreed on a new collective goal for "
      "climate finance, which many developing countries regard as far too modest, while the Dutch budget for "
      "development cooperation was set to fall substantially in the years ahead. The minister asked how the "
      "Netherlands could make the greatest possible contribution with the means available, and what it would take "
      "to do more."),
    P("This report was prepared by a committee of the council chaired by Professor A.M. de Wit-Osei. The committee "
      "spoke with more than sixty people in the Netherlands and in four partner countries: officials, bankers, "
      "researchers, representatives of civil society and, above all, people whose lives and livelihoods are "
      "directly affected. We are grateful to all of them, and in particular to those in Bangladesh, Kenya, "
      "Mozambique and Niger who took the time to explain what climate finance looks like from the receiving end. "
      "Their words appear in several places in this report. They are not always comfortable reading."),
    P("The council adopted this advisory report at its meeting of 12 June 2025."),
    P("Dr H.E. Brandsma-Lopes, Chair of the Advisory Council on International Cooperation"),
    PageBreak(),

    H("Summary"),
    P("The gap between what developing countries need to adapt to climate change and what they actually receive "
      "is widening. Estimates of the annual adaptation needs of developing countries run to several hundred "
      "billion US dollars; the finance that reaches them amounts to a small fraction of that. At the same time, a "
      "growing share of what is counted as climate finance consists of loans, which add to debt burdens that in "
      "many low-income countries are already unsustainable. For the poorest countries, the result is a double "
      "squeeze: rising costs of climate damage and shrinking room in the budget to deal with them."),
    P("The Netherlands has a good reputation in this field. Its expertise in water management, its early support "
      "for locally led adaptation and its development bank FMO are valued by partner countries. But the council "
      "also found that Dutch climate finance is unpredictable from one year to the next, that its growth has been "
      "financed at the expense of other development spending, that too little of it reaches the people most at "
      "risk, and that no single minister is responsible for the whole."),
    P("The council's central message is that the Netherlands should do fewer things, but do them more "
      "predictably, closer to the people affected and with more regard for the fiscal position of partner "
      "countries. To that end, the council makes fourteen recommendations. They are addressed to the Minister for "
      "Foreign Trade and Development Cooperation, the Minister of Finance, the Minister of Climate and Green "
      "Growth, the government as a whole and FMO, the Dutch entrepreneurial development bank. Several of them are "
      "discussed in more detail, and repeated, in the chapters that follow."),
    H2("Recommendations"),
    summary_list(),
    PageBreak(),

    H("1 Introduction"),
    H2("1.1 The request for advice"),
    P("In his request of 18 November 2024, the Minister for Foreign Trade and Development Cooperation asked the "
      "council to answer three questions:"),
    bullets(
        "How can the Netherlands contribute most effectively to the new collective goal for climate finance agreed "
        "at the climate conference in Baku?",
        "What balance between adaptation and mitigation, and between grants and loans, best serves the poorest "
        "countries?",
        "Which channels – bilateral, multilateral or private – offer the best value for Dutch climate finance, and "
        "how should they be combined?",
        style="a.",
    ),
    P("The minister also asked the council to take account of the reduction of the development cooperation budget "
      "announced in the coalition agreement, and of the growing debt problems of low-income countries. The council "
      "has interpreted the request broadly. Climate finance cannot be assessed in isolation from the budget from "
      "which it is paid, from the debt position of the countries that receive it, or from other Dutch policies that "
      "affect the same countries."),
    H2("1.2 Approach"),
    P("The council studied the academic and policy literature, the annual Dutch reports on climate finance and the "
      "evaluations that are available. It held interviews with officials of the ministries involved, with FMO, with "
      "the managers of the funds through which Dutch public money is channelled, and with non-governmental "
      "organisations and researchers. In February and March 2025 members of the committee visited Bangladesh, "
      "Kenya, Mozambique and Niger, where they spoke with ministries of finance and environment, local "
      "governments, banks, community organisations and farmers' groups. An expert meeting in April 2025 tested the "
      "council's preliminary conclusions."),
    P("The council did not carry out its own impact evaluation. Where this report makes statements about results, "
      "they are based on existing evaluations and on what the council heard and saw. The figures on Dutch climate "
      "finance in chapter 4 are taken from the government's own reports; where the council has made its own "
      "calculations, this is indicated."),
    H2("1.3 Reading guide"),
    P("Chapter 2 describes the international context: the commitments made, the needs and the flows. Chapter 3 sets "
      "out what the council heard in partner countries. Chapters 4 to 7 analyse Dutch climate finance in turn: its "
      "volume and predictability, the channels through which it flows, its relation to the debt problems of "
      "partner countries, and the coherence and governance of the policy as a whole. Where the analysis leads to a "
      "recommendation, the recommendation is repeated in bold at the end of the relevant section, under the number "
      "it has in the summary."),

    H("2 A widening gap"),
    H2("2.1 International commitments"),
    P("Under the UN climate convention and the Paris Agreement, developed countries should take the lead in "
      "providing and mobilising climate finance for developing countries, and the provision of finance should aim "
      "to achieve a balance between adaptation and mitigation. These are obligations of the parties collectively; "
      "the agreements do not say how large each country's share should be. In 2009, developed countries promised to "
      "mobilise USD 100 billion a year by 2020. By the most commonly used count, that figure was reached only in "
      "2022, two years late.",
      footnotes=("The figure depends heavily on what is counted and how. Loans are included at face value and "
                 "private finance mobilised by public instruments is attributed in full to the public funder; see "
                 "section 2.2.",)),
    P("At the climate conference in Baku in November 2024, the parties agreed on a new collective goal. Developed "
      "countries are to take the lead in mobilising at least USD 300 billion a year by 2035, as part of a wider "
      "effort to scale up finance from all public and private sources to USD 1.3 trillion a year. Many developing "
      "countries regard the new goal as far too low. The least developed countries and the small island states had "
      "called for a much larger public core and for a separate floor for adaptation. That floor did not "
      "materialise, and the goal contains no commitment on the share of grants."),
    H2("2.2 Needs and flows"),
    P("The needs are considerable and rising. The adaptation plans that developing countries have submitted under "
      "the convention point to annual costs many times higher than the international finance currently available "
      "for adaptation. The gap is largest in the countries that are most exposed and least able to raise their own "
      "resources: the least developed countries and the small island states. For these countries, adaptation is "
      "not a distant prospect but a matter of keeping roads, harvests and water supplies intact from one season to "
      "the next."),
    P("The reported flows overstate what actually reaches partner countries. Loans are counted at their nominal "
      "value, even where the recipient repays them in full with interest. Private finance that has been mobilised "
      "with public guarantees is counted in full, even where the public funder carried most of the risk. Analyses "
      "of the grant equivalent of climate finance – the part that is a genuine transfer – suggest that the real "
      "effort is well under half of the headline figure. Moreover, the large majority of international climate "
      "finance goes to mitigation in middle-income countries, where projects in renewable energy can generate "
      "returns. Adaptation in poor countries, which rarely yields a revenue stream, lags far behind."),
    H2("2.3 Debt and fiscal space"),
    P("The debt position of many partner countries has deteriorated sharply since 2020. Higher interest rates, a "
      "stronger dollar and the economic after-effects of the pandemic have pushed a growing number of low-income "
      "countries into debt distress or close to it. In several of the countries the council visited, the "
      "government spends more on interest than on health or education. Countries in that position cannot be "
      "expected to borrow for adaptation, which rarely produces the income from which a loan could be repaid."),
    P("Climate disasters make this worse. After a cyclone or a flood, governments have to borrow to rebuild, "
      "while their revenues fall. Without arrangements that give them breathing space, each disaster leaves them "
      "more indebted and less able to prepare for the next one. Chapter 6 returns to this."),
    P("The council concludes that the international system delivers too little, too unpredictably, and in a form "
      "that does not match the needs of the poorest countries. The Netherlands cannot solve that on its own. But "
      "the way in which the Netherlands contributes – how much, in what form, through which channels and with what "
      "regard for the position of its partners – does make a difference, both directly and through the example it "
      "sets in the European Union and in the boards of the multilateral funds."),

    H("3 What partner countries ask for"),
    P("The council's committee visited four countries with very different profiles: Bangladesh, a lower "
      "middle-income country with a large delta and a long history of cooperation with the Netherlands on water; "
      "Kenya, a regional hub for green investment with vulnerable drylands in the north; Mozambique, a low-income "
      "country repeatedly struck by cyclones and carrying a heavy debt burden; and Niger, one of the poorest "
      "countries in the world, where drought and floods alternate and the security situation limits what donors "
      "can do."),
    P("Time and again, the committee heard the same demands from governments and organisations in these "
      "countries:"),
    bullets(
        "Finance should be predictable over at least five years, so that ministries and local governments can plan "
        "and budget for it.",
        "Funds should reach local governments and communities directly, instead of passing through three or four "
        "intermediaries that each take a share.",
        "Support for adaptation should come as grants, not as loans that add to debts that are already unpayable.",
        "Donors should align with national adaptation plans instead of bringing their own priorities and their own "
        "consultants.",
        "Adaptation should no longer be the poor relation of mitigation.",
    ),
    P("An official at the Ministry of Economy and Finance in Maputo put it as follows: 'You ask us to make our "
      "budget climate-proof. Then give us money we can count on. The Netherlands should tell us what it will give "
      "for five years, not for one.' Several of his colleagues pointed out that Dutch-funded programmes had been "
      "shortened or scaled down at short notice in 2024, and that this had cost the ministry credibility with the "
      "districts that were to carry them out."),
    P("A representative of a women's savings group in the coastal belt of Bangladesh was even more direct: 'Every "
      "project comes with its own experts and its own reports. The money should come to us, and we will show you "
      "what we can do with it.' Her group had built raised plinths for more than forty homes with a small grant "
      "from a locally managed fund, at a fraction of the cost of a comparable project run by an international "
      "organisation."),
    P("In Niger, the committee heard a different concern. Local officials explained that the state had had to "
      "borrow to rebuild after the floods of 2024, and that any further loan, however concessional, 'should be the "
      "last thing anyone offers us'. They asked for grants and for flexibility to reallocate funds after a "
      "disaster, rather than for new instruments."),
    P("Kenyan interlocutors valued the role of FMO and other development banks in financing renewable energy, but "
      "observed that 'the banks go where the returns are, and the returns are not in the drylands'. In their view, "
      "development banks should take more risk precisely in the places where commercial capital will not go."),
    P("Not all of these demands are easy to meet, and not all of them point in the same direction. Governments want "
      "budget support and predictability; community organisations want money to bypass those same governments. "
      "Some demands concern the international system rather than the Netherlands. The council does not simply "
      "adopt them as its own. But they show clearly where Dutch climate finance falls short in the eyes of those "
      "it is meant to serve, and they have informed the analysis in the chapters that follow."),

    H("4 Dutch climate finance: volume and predictability"),
    H2("4.1 The figures"),
    P("In 2024 the Netherlands reported EUR 1.79 billion in climate finance. Of this, EUR 840 million was public "
      "finance from the development cooperation budget, provided as grants, loans and guarantees, and EUR 950 "
      "million was private finance mobilised with public instruments. Table 4.1 shows the development since 2021."),
    P("Table 4.1 Dutch climate finance, 2021-2024 (EUR million)"),
    Table(
        header=("Year", "Public finance", "Mobilised private finance", "Total", "Adaptation share of public finance"),
        rows=(
            ("2021", "730", "520", "1,250", "41%"),
            ("2022", "810", "760", "1,570", "39%"),
            ("2023", "905", "610", "1,515", "36%"),
            ("2024", "840", "950", "1,790", "38%"),
        ),
        widths=(1.0, 1.4, 1.8, 1.0, 2.0),
        rules="rows",
    ),
    P("Source: annual reports on Dutch climate finance to the House of Representatives; adaptation shares are the "
      "council's calculation, counting cross-cutting projects for half."),
    P("Three things stand out. First, public climate finance has grown modestly, but not steadily: after a peak in "
      "2023 it fell again in 2024 as a result of budget cuts. Second, the growth of the total is driven by "
      "mobilised private finance, which fluctuates strongly with a handful of large transactions. Third, the share "
      "of adaptation in public finance has declined since 2021, while the need for adaptation has grown."),
    H2("4.2 Predictability"),
    P("Partner countries and implementing organisations cannot rely on Dutch climate finance over a longer period. "
      "Amounts are determined each year in the budget, the totals depend on decisions about the development "
      "cooperation budget as a whole, and in 2023 and 2024 several programmes were cut back during their term. Of "
      "all the problems raised in partner countries, unpredictability was mentioned most often."),
    P("Predictability has a value of its own. A ministry of finance that knows what it will receive can include it "
      "in its budget and in its negotiations with other donors; a local government can commit to maintenance of "
      "dykes and water points; an implementing organisation can keep its staff. The council therefore regards a "
      "multi-year path as the single most important improvement the Netherlands can make, even at the present "
      "level of ambition. The path should be set in the budget and be binding in the sense that departures from it "
      "are explained to the House."),
    repeat("1"),
    H2("4.3 Additionality"),
    P("Under the climate convention, climate finance should be 'new and additional'. What that means has never been "
      "agreed, and most donors, the Netherlands included, count their climate finance as part of their official "
      "development assistance. Since 2019 the growth of Dutch climate finance has come entirely from within the "
      "development cooperation budget. With the budget cuts announced in 2024, every additional euro for climate "
      "is a euro less for health, education, food security or humanitarian aid."),
    P("The council does not argue that climate and development should be separated. In poor countries the two are "
      "inseparable, and many programmes serve both. But it does consider it undesirable that the Dutch "
      "contribution to an international climate goal is paid for by reducing support for the same countries in "
      "other areas. Partner countries notice this, and it undermines the credibility of the Netherlands in the "
      "climate negotiations. The council therefore believes that growth of climate finance should be financed from "
      "outside the development cooperation budget (recommendation 2)."),
    H2("4.4 Adaptation"),
    P("The Paris Agreement states that the provision of finance should aim to achieve a balance between "
      "adaptation and mitigation. With an adaptation share of 38 per cent, the Netherlands does better than the "
      "average donor, but the share has fallen in recent years. At the same time, Dutch expertise lies "
      "particularly in adaptation: in water management, delta planning, climate-resilient agriculture and early "
      "warning. A larger share for adaptation would therefore not only meet the needs of partner countries but "
      "also play to Dutch strengths."),
    P("The council is aware that shifting the balance means that some mitigation programmes will have to be scaled "
      "back. It considers this acceptable. Mitigation in middle-income countries can increasingly be financed by "
      "private investors and by the multilateral development banks; adaptation in the poorest countries cannot."),
    repeat("3"),

    H("5 Channels and quality"),
    H2("5.1 Local reach"),
    P("International estimates suggest that well under a tenth of climate finance reaches local actors directly. "
      "Most of it passes through international organisations, national ministries and consultancy firms before "
      "any of it is spent in the places where climate change is felt. Each link in the chain has a function, but "
      "each also adds costs and distance. The Netherlands was among the first countries to endorse the principles "
      "for locally led adaptation, and several Dutch-funded programmes let communities decide on the use of "
      "funds. These programmes are small, however, and they are not the norm."),
    P("Channelling more money directly to local actors is not without risk. Accountability is harder to organise, "
      "the administrative costs per euro are higher and not every local organisation can absorb large sums. The "
      "council heard that Dutch embassies are reluctant to take on these risks with their limited staff. But it "
      "also saw that local funds can deliver results at a fraction of the cost of international projects. The "
      "council believes that the Netherlands should set itself a clear target, and accept the higher transaction "
      "costs that come with it (recommendation 4)."),
    H2("5.2 Ownership by partner countries"),
    P("In several countries the committee was told that the Netherlands, like other donors, decides on its own "
      "priorities and then looks for partners to implement them. Dutch programmes are generally well regarded, "
      "but partner governments often learn of them when they are already designed. Country platforms, in which "
      "the partner government, local civil society and donors agree on priorities and divide tasks, have been "
      "tried in several countries with promising results. They require time and a modest budget for a "
      "secretariat, but they reduce fragmentation and give partner countries a real say (recommendation 12)."),
    H2("5.3 FMO and private finance"),
    P("FMO, the Dutch entrepreneurial development bank, is an important part of the Dutch climate finance effort. "
      "It invests its own capital in private companies and financial institutions in developing countries, and "
      "it manages several funds on behalf of the government, including part of the Dutch Fund for Climate and "
      "Development. A large part of the mobilised private finance in Table 4.1 is attributable to FMO."),
    P("FMO's portfolio is concentrated in middle-income countries and in renewable energy and financial services. "
      "That is understandable: FMO has to preserve its capital and its credit rating, and investments in the "
      "poorest countries and in adaptation are riskier and less profitable. But it means that FMO is least present "
      "where the needs are greatest. Kenyan interlocutors said so explicitly. The council believes that FMO, as a "
      "bank with a public mission and the State as its majority shareholder, can and should take more risk in "
      "those places."),
    repeat("10"),
    P("FMO cannot take these risks on its own balance sheet alone. Private investors, too, are willing to invest "
      "in adaptation only if a public funder absorbs the first losses. The existing government funds offer such "
      "protection on a small scale. A dedicated first-loss facility for adaptation, with public capital that is "
      "explicitly allowed to be lost, could attract several times its size in private finance for projects such "
      "as water infrastructure and climate-resilient agriculture."),
    repeat("11"),

    H("6 Debt and fiscal space"),
    P("Climate-resilient debt clauses allow a borrowing country to suspend repayments for a period after a major "
      "climate disaster, so that it can spend its resources on relief and reconstruction instead. Several "
      "bilateral lenders and multilateral development banks now offer such clauses. The Netherlands supports them "
      "in international fora, but the loans and export credit insurance policies for which the Dutch State itself "
      "bears responsibility do not systematically include them. The council sees no good reason for this "
      "difference between what the Netherlands advocates and what it practises. The amounts involved are "
      "limited, and the cost of a suspension is small compared with its value for a country that has just been "
      "hit by a cyclone."),
    repeat("5"),
    P("Debt-for-climate swaps, in which a creditor cancels part of a country's debt in exchange for a commitment to "
      "spend the savings on climate or nature, have been arranged for a handful of countries in recent years. "
      "Each of these transactions took years to prepare and involved high legal and advisory costs. Developing "
      "countries told the committee that swaps would become a realistic option only if there were a standing "
      "facility with standard terms, supported by the international financial institutions. The council shares "
      "that view and believes that the Netherlands should help to make such a facility possible."),
    repeat("6"),
    P("The council emphasises that these instruments are no substitute for comprehensive debt relief where debts "
      "are unsustainable. They can, however, prevent countries that are just managing from being pushed over the "
      "edge by a single disaster."),

    H("7 Coherence, governance and accountability"),
    H2("7.1 Financing from domestic climate policy"),
    P("The EU Emissions Trading System generates substantial revenues for the member states. Under the EU rules, "
      "member states should use these revenues for climate-related purposes, which may include climate action in "
      "third countries. Several member states use part of their revenues for international climate finance. In the "
      "Netherlands, the revenues flow into general resources and no link is made with international climate "
      "finance. The council considers that a missed opportunity: linking part of the revenues from domestic "
      "emissions to support for the countries that suffer most from those emissions is both logical and "
      "defensible to the public, and it would make it possible to increase climate finance without further "
      "reducing other development spending."),
    repeat("8"),
    H2("7.2 Policy coherence"),
    P("Dutch climate finance does not operate in isolation. In the same countries where the Netherlands finances "
      "adaptation and renewable energy, Dutch companies are active in the fossil fuel sector, sometimes with the "
      "support of the export credit insurance scheme. In 2021 the Netherlands undertook to end new public support "
      "for fossil energy abroad, but the policy leaves room for exceptions. The council considers that these "
      "exceptions undermine the credibility of Dutch climate finance, and that they should be closed "
      "(recommendation 13)."),
    H2("7.3 Governance"),
    P("Responsibility for Dutch international climate finance is divided. The Minister for Foreign Trade and "
      "Development Cooperation manages most of the public funds; the Minister of Climate and Green Growth leads "
      "the international negotiations and the reporting under the climate convention; the Minister of Finance is "
      "responsible for the relations with the international financial institutions and for the export credit "
      "insurance scheme; and other ministries contribute through their own programmes. There is no single "
      "strategy that brings these together, and no minister who can be held to account for the whole. The House "
      "receives information in several letters from several ministers, which makes it difficult to form a "
      "picture of the Dutch effort as a whole (recommendation 9)."),
    H2("7.4 Transparency and evaluation"),
    P("As chapter 2 showed, the headline figures for climate finance say little about the real effort. The "
      "Netherlands reports its climate finance at nominal value, in line with the international rules, and adds "
      "mobilised private finance to public finance in its headline total. The council believes that the "
      "Netherlands should also report the grant equivalent and keep public and private finance apart, so that the "
      "House and partner countries can see what is actually being transferred (recommendation 7)."),
    P("Finally, little is known about the results of Dutch climate finance. The most recent independent "
      "evaluation of climate-related development programmes dates from several years ago and covered mainly "
      "mitigation. Given the size of the budget and the shift to adaptation that the council recommends, a new "
      "independent evaluation is warranted (recommendation 14)."),
    P("Taken together, the council's recommendations ask the Netherlands to make choices: for predictability over "
      "flexibility, for adaptation over mitigation in the poorest countries, for local actors over intermediaries, "
      "and for grants over loans where debt is the problem. None of these choices is free. But without them, "
      "Dutch climate finance will continue to look larger on paper than it is in the places where it is needed."),
    PageBreak(),

    H("Annex 1 Organisations consulted"),
    P("The committee spoke with representatives of the following organisations and groups. Individual "
      "interlocutors are not named."),
    bullets(
        "Ministry of Foreign Affairs: directorates for inclusive green growth and for sustainable economic "
        "development, and the embassies in Dhaka, Nairobi, Maputo and Niamey",
        "Ministry of Finance: directorate for foreign financial relations",
        "Ministry of Climate and Green Growth: international climate directorate",
        "FMO and the managers of the Dutch Fund for Climate and Development",
        "Non-governmental organisations and knowledge institutes in the Netherlands working on climate and "
        "development",
        "Ministries of finance, environment and local government in Bangladesh, Kenya, Mozambique and Niger",
        "Local governments, community organisations, savings groups and farmers' organisations in the four "
        "countries visited",
    ),
    H("Annex 2 Abbreviations"),
    bullets(
        "ETS: Emissions Trading System of the European Union",
        "FMO: Dutch entrepreneurial development bank",
        "IMF: International Monetary Fund",
        "IOB: Policy and Operations Evaluation Department of the Ministry of Foreign Affairs",
        "LDC: least developed country",
        "ODA: official development assistance",
        "SIDS: small island developing states",
        style="–",
    ),
)

REPORT = Document(
    title="Closing the Gap",
    subtitle="Dutch climate finance for developing countries after 2025\nAdvisory report no. 47",
    blocks=REPORT_BLOCKS,
    running_header="Advisory Council on International Cooperation | Closing the Gap | Advisory report no. 47",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Advisory Council on International Cooperation", "The Hague, June 2025"),
)

# --------------------------------------------------------------------------------------------------------------
# Response: a letter with a response table
# --------------------------------------------------------------------------------------------------------------

EV1 = "The government partly accepts this recommendation."
EV2 = ("The government does not share the view that climate finance should be financed outside the budget for "
       "development cooperation.")
EV3 = ("From 2026, at least half of the public climate finance from the development cooperation budget will go to "
       "adaptation.")
EV4 = ("The ministry is examining, together with the Dutch Fund for Climate and Development and a number of "
       "embassies, how a larger share of adaptation funding can reach local organisations directly without "
       "disproportionate risks to accountability.")
EV5 = "The government accepts recommendation 5."
EV6 = ("The government will therefore not contribute to a separate swap facility and will continue to focus its "
       "efforts on timely and comprehensive debt treatment under the G20 Common Framework.")
EV7 = "The government accepts this recommendation."
EV8 = ("The government sees no reason to earmark revenues from the EU Emissions Trading System for international "
       "climate finance.")
EV9 = "The government accepts this recommendation in principle."
EV11 = ("It will explore, together with FMO and the fund managers of the Dutch Fund for Climate and Development, "
        "whether a first-loss instrument for adaptation can be set up within the existing fund structure.")
EV12 = ("In 2026, country platforms will be set up in Bangladesh, Mozambique, Kenya and Ethiopia, in which the "
        "partner government, local civil society and the embassy jointly set priorities for Dutch climate finance; "
        "EUR 6 million has been reserved for this for the period 2026-2029.")
EV14 = ("The Policy and Operations Evaluation Department (IOB) will evaluate Dutch climate finance over the period "
        "2021-2026, with particular attention to adaptation and to its reach among the poorest groups.")

ROWS = (
    ("1", "Multi-year growth path for public climate finance up to 2030 (to about EUR 1.3 billion)",
     Cell(f"{EV1} It agrees that partners need more certainty than a single budget year can give. The explanatory "
          "memorandum to the 2026 budget for Foreign Trade and Development Cooperation will therefore include an "
          "indicative path for public climate finance up to and including 2027. The government will not, however, "
          "lay down amounts for the years after 2027: given the reductions in the development cooperation budget, "
          "a binding path to 2030 would tie the hands of a future government.",
          answers=(Answer("1", "partial", EV1),))),
    ("2", "Finance the growth of climate finance from outside the development cooperation budget",
     Cell("The government recognises the tension that the council describes between climate finance and other "
          f"development priorities. {EV2} Climate finance is development finance: it serves the same partners and "
          "the same goals, and splitting it off would only make it harder to weigh priorities against each other. "
          "The budget for development cooperation therefore remains the framework within which climate finance is "
          "provided.",
          answers=(Answer("2", "disagree", EV2),))),
    ("3", "At least 50% adaptation by 2027, focused on least developed countries and small island states",
     Cell(f"{EV3} To this end, EUR 95 million a year will be shifted from mitigation to adaptation programmes in the "
          "2026 budget, with priority for least developed countries and small island developing states. The shift "
          "will be visible in the figures for 2026, which will be reported to the House in the autumn of 2027.",
          answers=(Answer("3", "agree", EV3),))),
    ("4", "At least 25% of bilateral adaptation funding directly to local actors by 2028",
     Cell("The Netherlands endorsed the principles for locally led adaptation in 2021 and already funds several "
          f"programmes in which communities decide on the use of resources. {EV4} The government is not setting a "
          "target percentage at this stage.",
          answers=(Answer("4", "partial", EV4),))),
    ("5 and 6", "Climate-resilient debt clauses in Dutch-backed sovereign lending (5); EUR 50 million for a standing "
                "debt-for-climate swap facility (6)",
     Cell(f"{EV5} From 1 January 2026, the Dutch State will offer climate-resilient debt clauses in all new loan "
          "agreements with governments of developing countries that it finances or insures, including policies "
          "under the export credit insurance scheme.\n"
          "Recommendation 6 is a different matter. Debt-for-climate swaps can be useful in individual cases, but "
          "they are complex and costly to arrange and provide only limited debt relief. "
          f"{EV6}",
          answers=(Answer("5", "agree", EV5), Answer("6", "disagree", EV6)))),
    ("7", "Report grant equivalents and mobilised private finance separately",
     Cell(f"{EV7} The Minister of Climate and Green Growth will include grant-equivalent figures alongside the "
          "nominal amounts in the Biennial Transparency Report due at the end of 2026, and will report mobilised "
          "private finance in a separate table.",
          answers=(Answer("7", "agree", EV7),))),
    ("8", "Reserve at least 20% of Dutch ETS revenues for international climate finance",
     Cell(f"{EV8} Under the Dutch budgetary rules, revenues flow to general resources and spending decisions are "
          "weighed in the budget as a whole. The EU requirements on the use of auction revenues are already met "
          "through domestic climate spending.",
          answers=(Answer("8", "disagree", EV8),))),
    ("9", "One government-wide strategy for international climate finance, with one coordinating minister",
     Cell(f"{EV9} A government-wide strategy for international climate finance, covering the contributions of all "
          "ministries involved, will be sent to the House before the summer of 2026. The government does not see "
          "the need to designate a single coordinating minister: the Minister for Foreign Trade and Development "
          "Cooperation is responsible for climate finance, and the Minister of Climate and Green Growth leads the "
          "international negotiations. That division of tasks works well in practice.",
          answers=(Answer("9", "partial", EV9),))),
    ("10", "FMO: at least 30% of new investments in least developed countries and an adaptation portfolio",
     Cell("FMO's investment policy, including the regional spread of its portfolio and its risk appetite, is "
          "determined by FMO within its mandate and the agreements between FMO and the State. This is a matter for "
          "FMO's independent board. The State, as majority shareholder, has shared the advisory report with FMO's "
          "management.")),
    ("11", "EUR 100 million first-loss capital for adaptation in a new fund managed by FMO",
     Cell("The government agrees with the council that public resources are needed to draw private investors into "
          f"adaptation. {EV11} A decision on the amount will be taken once the results are known, in the course of "
          "2026.",
          answers=(Answer("11", "partial", EV11),))),
    ("12", "Country platforms in partner countries receiving more than EUR 20 million a year",
     Cell(f"{EV12} The other partner countries that meet the council's criterion will follow in 2027.",
          answers=(Answer("12", "agree", EV12),))),
    ("14", "Independent IOB evaluation of Dutch climate finance 2021-2026",
     Cell(f"{EV14} The evaluation has been included in IOB's programme and the report will be sent to the House "
          "before the end of 2027.",
          answers=(Answer("14", "agree", EV14),))),
)

RESPONSE_BLOCKS = (
    P("To the President of the House of Representatives of the States General"),
    P("Date: 9 October 2025"),
    P("Subject: Government response to the advisory report 'Closing the Gap' of the Advisory "
      "Council on International Cooperation"),
    P("Dear President,"),
    P("On 26 June 2025 the Advisory Council on International Cooperation presented its advisory report 'Closing the "
      "Gap: Dutch climate finance for developing countries after 2025'. The report was prepared at the request of "
      "my predecessor. In this letter, which I am sending also on behalf of the Minister of Finance, I set out the "
      "government's response. The Minister of Climate and Green Growth has been consulted on the recommendations "
      "that concern her portfolio."),
    P("The government is grateful to the council for a thorough and readable report. It is particularly valuable "
      "that the council travelled to Bangladesh, Kenya, Mozambique and Niger and let the voices of partner "
      "countries be heard so clearly. Their message – that finance must be predictable, must reach the people "
      "affected and must not add to unsustainable debt – deserves to be taken seriously."),
    H2("Context"),
    P("Climate finance is an integral part of Dutch development policy. In 2024 the Netherlands provided EUR 840 "
      "million in public climate finance and mobilised EUR 950 million in private finance, a total of EUR 1.79 "
      "billion. The Netherlands contributes to the Green Climate Fund, the Global Environment Facility and the "
      "Adaptation Fund, and finances bilateral programmes on water, food security and renewable energy in its "
      "partner countries. Through the Dutch Fund for Climate and Development and the other funds that FMO manages "
      "on behalf of the government, public resources are used to attract private investors to projects that would "
      "otherwise not be financed."),
    P("At the same time, as announced in the coalition agreement, the budget for development cooperation will "
      "decrease substantially in the years ahead. The government has had to make choices, and will have to "
      "continue to do so. This also determines the room for manoeuvre in responding to the council's "
      "recommendations."),
    H2("The government's view in brief"),
    P("The government shares the council's analysis that the adaptation needs of developing countries are growing "
      "faster than the finance available, and that predictability and local reach deserve more attention. It also "
      "recognises the council's concern about the debt position of low-income countries. The government shares the "
      "ambition that Dutch climate finance should reach the people who are most affected by climate change."),
    P("Not every recommendation fits within the budgetary framework, or within the division of responsibilities "
      "that the government considers appropriate. Where the government does not follow the council, the table "
      "below explains why. The numbers in the table correspond to the numbering of the recommendations in the "
      "summary of the advisory report."),
    H2("Response to the recommendations"),
    Table(
        header=("No.", "Recommendation", "Government response"),
        rows=ROWS,
        widths=(1.25, 3.0, 6.3),
        font_size=9.0,
        rules="grid",
    ),
    H2("In conclusion"),
    P("The government will report on the progress made in the annual letter on international climate finance, "
      "which is sent to the House ahead of the climate conference each autumn. The strategy referred to under "
      "recommendation 9 will set out how the various commitments in this response fit together."),
    P("I would like to thank the council once again for its advice."),
    P("The Minister for Foreign Trade and Development Cooperation,"),
    P("M.C. Verhoeven-Adjei"),
)

RESPONSE = Document(
    title="Government response to the advisory report 'Closing the Gap'",
    subtitle="Letter from the Minister for Foreign Trade and Development Cooperation, also on behalf of the Minister "
             "of Finance, to the House of Representatives",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response to ACIC advisory report no. 47 on climate finance",
    footer="Page {page} of {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="development_aid_advice_en",
    report=REPORT,
    response=RESPONSE,
    description="English ACIC advice on Dutch climate finance (14 numbered recommendations in the summary, seven "
                "repeated as bold 'Recommendation N:' paragraphs) and the BZ minister's letter with a grid table "
                "'No. | Recommendation | Government response'; row '5 and 6' answers two with different positions, "
                "10 is left to FMO's board, 13 is missing from the table.",
)
