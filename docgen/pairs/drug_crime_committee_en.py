"""Pair (English): a fictional House committee report on drug-related organised crime, and the Government response.

Layout traits this pair tests: an English-language sans report with a title page and a running header, in the
style of a UK select-committee report.  A prose summary and six analysis chapters ("1 Introduction" ... "7 Young
people and prevention") discuss the findings without paragraph numbers; they hold lists that are not
recommendations (terms of reference as "a.", working visits and laundering methods as bullets) and footnotes citing
oral evidence.  The final chapter "8 Conclusions and recommendations" is ONE numbered list of 22 paragraphs, split by
level-2 subheadings (the numbering runs on across the subheadings), that mixes plain conclusions (1, 2, 4, 7, 11,
14, 17, 21: statements of findings, not recommendations) with recommendations ("We recommend that ...", "The
Government should ..."); several recommendation paragraphs open with a conclusion sentence (3, 6, 10, 13, 20).
The fourteen recommendations keep their printed paragraph numbers, so the gold numbers have gaps.

The response is a serif letterhead document "Government response to the Committee's report" with a running header.
Its introduction thanks the Committee, describes existing policy and answers paragraph 12 (police capacity) by
subject only, without its number.  Then each answered paragraph is quoted in bold with its number, followed by a
plain paragraph that opens with the UK-style position word.  It also answers conclusions 1, 7 and 17 ("The
Government agrees with this conclusion"), which are not recommendations.  Gold positions:
  3 agree ("Accepted." + first threat assessment in autumn 2026)
  5 partial ("Partially accepted.": scanners funded, blanket scanning of high-risk containers refused)
  6 partial ("Accepted in principle." but only an exploratory study is promised; the study sentence is evidence)
  8 agree ("Accepted.": bill before the end of 2025)
  9 disagree ("Noted." followed by a polite refusal: "does not consider it opportune"; that sentence is evidence)
  10 agree ("Accepted." although the text only describes asset recovery teams that exist since 2021; the response
     says the asked-for measure is in place, so the acceptance stands)
  12 agree (answered in the introduction by subject, no number and no cue word: EUR 118 million a year, 620 posts
     by the end of 2028)
  13 disagree ("Not accepted.", shares the analysis but not the measure)
  15 agree and 16 disagree (one paragraph after two bold quotations: "The recommendation in paragraph 15 is
     accepted." / "... 16 is not accepted.")
  18 partial ("Accepted in part.": a two-region pilot instead of structural funding)
  19 not addressed ("Noted." and forwarded to the mayors without a position)
  20 not addressed (never answered; the answer to conclusion 17 only describes the existing support for threatened
     administrators)
  22 agree (no cue word: the programme is extended to the end of 2035 with money reserved)
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


def H2(text: str) -> Heading:
    return Heading(text, level=2)


def R(number: str, *departments: str) -> Recommendation:
    return Recommendation(number, tuple(departments))


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


def lettered(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="a.")


# --------------------------------------------------------------------------------------------------------------
# The paragraphs of chapter 8, numbered 1-22: conclusions (no departments) and recommendations (departments).
# --------------------------------------------------------------------------------------------------------------

CONCLUSIONS = {
    "1": "The Netherlands has become one of the principal hubs of the European drug trade. It is both a major point "
         "of entry for cocaine destined for the European market and a leading producer of synthetic drugs for export. "
         "The criminal networks behind this trade are few in number, highly organised and increasingly international, "
         "and they have the money and the readiness to use violence that allow them to corrupt and to intimidate.",
    "2": "The violence associated with the drug trade has changed in character. Explosions at homes and business "
         "premises, the use of young and inexperienced perpetrators, and threats against lawyers, journalists and "
         "public administrators are no longer exceptions. This violence affects people who have nothing to do with "
         "the trade, and it undermines public confidence that the State can protect them.",
    "4": "The seaports and Schiphol remain the principal points of entry for cocaine. Seizures have risen sharply, "
         "but nobody can say what proportion of the cocaine that arrives is intercepted. The evidence we received "
         "suggests that it is small.",
    "7": "Banks and other institutions file more than two million unusual transaction reports a year with the "
         "Financial Intelligence Unit. Only a small fraction of these reports is ever used in an investigation. The "
         "reporting system produces volume rather than intelligence, at considerable cost to the institutions and "
         "to their customers.",
    "11": "The police do not have enough capacity to investigate criminal networks. Intelligence from encrypted "
          "communications and from foreign partners cannot be followed up, and investigators are regularly taken off "
          "complex cases to deal with acts of violence.",
    "14": "Lawyers, journalists, prosecutors and judges who deal with organised crime face threats that were "
          "unthinkable ten years ago. The national system of surveillance and protection has so far prevented the "
          "worst, but it is stretched, and its decisions are insufficiently transparent to those it protects.",
    "17": "Mayors have gained a wide range of administrative powers to disrupt drug crime, from the closure of "
          "premises to integrity screening under the Public Administration (Probity Screening) Act (Bibob). Many "
          "smaller municipalities lack the staff and expertise to use these powers, and mayors who do use them are "
          "increasingly the target of intimidation.",
    "21": "Criminal networks recruit young people through social media for courier work, for storage and, "
          "increasingly, for violence. Preventive programmes in the most affected neighbourhoods show promising "
          "results, but their funding is short-term and uncertain.",
}

RECOMMENDATIONS = {
    "3": ("No single body has an overview of the threat posed by drug-related organised crime. The police, the "
          "Public Prosecution Service, the Fiscal Information and Investigation Service and Customs each produce "
          "their own analyses, which are rarely brought together and are not shared with Parliament. We recommend "
          "that the Minister of Justice and Security publish, every two years, a national threat assessment of "
          "drug-related organised crime, drawn up jointly by those services, and present it to the House.",
          ("JenV",)),
    "5": ("We recommend that the Customs Administration scan every container arriving from a port designated as "
          "high-risk by the end of 2027, and that the Minister of Finance make structural funding available for the "
          "additional scanners and staff this requires.",
          ("FIN",)),
    "6": ("Criminal networks depend on people inside the ports and the logistics chain who can release a container, "
          "alter a record or open a gate. The present screening of port workers is fragmented and, for many "
          "functions, absent. The Government should introduce a statutory screening requirement for everyone who "
          "has access to a container terminal, including a certificate of conduct renewed every two years, and the "
          "Minister of Justice and Security should bring forward the necessary legislation within a year of this "
          "report.",
          ("JenV",)),
    "8": ("We recommend that the Minister of Finance, together with the Minister of Justice and Security, bring "
          "forward legislation that allows banks to monitor transactions jointly and to share information about "
          "customers who present a high risk of money laundering, subject to adequate safeguards for privacy and "
          "to supervision by De Nederlandsche Bank.",
          ("FIN", "JenV")),
    "9": ("Cash remains the lifeblood of the drug trade. The Minister of Finance should bring forward legislation to "
          "lower the limit on cash payments for goods by traders from €3,000 to €1,000.",
          ("FIN",)),
    "10": ("Criminal assets are confiscated too rarely and too slowly. Of the amounts that the courts order to be "
           "paid, less than half is actually collected. We recommend that the Public Prosecution Service set up a "
           "specialised asset recovery team in each of its districts and report each year on the amounts ordered "
           "and the amounts actually collected.",
           ("JenV",)),
    "12": ("The Government should provide structural funding in the budget of the Ministry of Justice and Security "
           "to expand the capacity of the police for investigations into criminal networks by at least 600 "
           "full-time posts by 2028.",
           ("JenV",)),
    "13": ("Crown witnesses and their families are indispensable to the prosecution of criminal networks, yet the "
           "system meant to protect them has been shown to fail at critical moments. We recommend that the Minister "
           "of Justice and Security place the protection of crown witnesses, and of people at similar risk, with a "
           "single independent organisation outside the police.",
           ("JenV",)),
    "15": ("We recommend that the Public Prosecution Service and the police introduce a fast-track procedure for "
           "threats and violence against public officials, lawyers and journalists, so that suspects are brought "
           "before the court within weeks rather than months.",
           ("JenV",)),
    "16": ("The Government should amend the Criminal Code to introduce a minimum sentence for adults who recruit "
           "minors to commit offences for criminal networks.",
           ("JenV",)),
    "18": ("We recommend that the Minister of the Interior and Kingdom Relations fund, on a structural basis, "
           "regional Bibob teams that give every municipality, however small, access to expert integrity "
           "screening.",
           ("BZK",)),
    "19": ("We recommend that every mayor adopt and publish a policy on the closure of homes and premises where drugs "
           "or drug precursors are found, so that criminals cannot exploit the differences between neighbouring "
           "municipalities.",
           ("GEMEENTEN",)),
    "20": ("The cost of protecting a threatened mayor, alderman or councillor now falls largely on the municipality "
           "concerned, which can deter administrators from acting. The Government should ensure that the costs of "
           "security measures for threatened local administrators are met from central funds, and the Minister of "
           "the Interior and Kingdom Relations should set up a national scheme for this purpose.",
           ("BZK",)),
    "22": ("We recommend that the Minister of Justice and Security guarantee funding for the prevention programmes "
           "in the most affected neighbourhoods for a period of at least ten years, so that municipalities and their "
           "partners can build lasting teams.",
           ("JenV",)),
}


def paragraph_text(number: str) -> str:
    return CONCLUSIONS[number] if number in CONCLUSIONS else RECOMMENDATIONS[number][0]


def numbered(first: int, last: int) -> ItemList:
    """Paragraphs ``first``..``last`` of chapter 8 as one run of the numbered list (numbering runs on)."""
    items = []
    for n in range(first, last + 1):
        key = str(n)
        if key in RECOMMENDATIONS:
            text, departments = RECOMMENDATIONS[key]
            items.append(ListItem(text, recommendation=R(key, *departments)))
        else:
            items.append(ListItem(CONCLUSIONS[key]))
    return ItemList(items=tuple(items), style="1.", start=first)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Summary"),
    P("Drug-related organised crime is no longer a problem at the margins of Dutch society. In the course of this "
      "inquiry we heard how cocaine is smuggled through the ports in quantities that would have seemed impossible "
      "a decade ago, how laboratories for synthetic drugs are set up in barns and holiday homes, and how the profits "
      "are laundered through property, businesses and an underground banking system that operates in plain sight. We "
      "also heard, from people who spoke to us at considerable personal risk, what it means to be threatened by "
      "those who run this trade."),
    P("The State has not stood still. Over the past five years successive governments have invested in the police, "
      "the Public Prosecution Service and Customs, and mayors have been given new powers to close premises and to "
      "screen the businesses they license. Yet the witnesses we heard were almost unanimous that these efforts have "
      "not kept pace with the growth and adaptability of the criminal networks. Too much of the response depends on "
      "short-term funding, on the dedication of individuals and on cooperation between organisations that do not "
      "share information as a matter of course."),
    P("Our report follows the trade from the point of entry to the street. Chapter 2 describes the scale and the "
      "nature of drug-related organised crime. Chapter 3 deals with the ports, Chapter 4 with the money, Chapter 5 "
      "with investigation, prosecution and the protection of those at risk, Chapter 6 with the role of mayors and "
      "municipalities, and Chapter 7 with the recruitment of young people. Our conclusions and recommendations are "
      "brought together in Chapter 8. Some of them call for additional money; others call for choices that are "
      "uncomfortable because they touch on privacy, on the freedom of businesses or on the autonomy of "
      "municipalities. We believe those choices can no longer be postponed."),
    PageBreak(),
    H("1 Introduction"),
    H2("Why this inquiry"),
    P("In the spring of 2023 the House of Representatives debated a series of incidents in which explosives were "
      "used against homes and shops in several cities, in most cases in connection with debts or disputes in the "
      "drug trade. In the same period the trial of the leaders of one of the largest criminal networks in the "
      "country entered its fifth year, and two people connected with that trial had been murdered. The House "
      "concluded that a parliamentary inquiry was needed into the causes of the growth of drug-related organised "
      "crime and into the effectiveness of the measures taken against it."),
    P("On 7 November 2023 the House set up the Temporary Committee on Drug-Related Organised Crime. The Committee "
      "was asked to report within eighteen months and to answer the following questions:"),
    lettered(
        "What is the nature and scale of drug-related organised crime in the Netherlands, and how has it developed "
        "since 2015?",
        "Which weaknesses in the ports, the financial system and local government do criminal networks exploit?",
        "How effective are the measures that the police, the Public Prosecution Service, Customs and municipalities "
        "have taken, and what stands in the way of a more effective approach?",
        "What can be done to protect those who are threatened because of their work against organised crime?",
    ),
    H2("How we worked"),
    P("The Committee consisted of nine Members of the House, drawn from seven political groups. We held twelve "
      "public evidence sessions between February and November 2024, in which we heard 74 witnesses: police officers "
      "and prosecutors, Customs officers, bankers and supervisors, mayors and municipal officials, lawyers and "
      "journalists, researchers and youth workers, and a number of people who had themselves been involved in the "
      "drug trade. Some witnesses gave evidence in private because of the risks to their safety; where we rely on "
      "their evidence we do so without identifying them."),
    P("We also received 61 written submissions and made the following working visits:"),
    bullets(
        "the container terminals and the Customs scanning facility at the Maasvlakte, Rotterdam;",
        "the Port of Antwerp and the Belgian Federal Judicial Police;",
        "the multidisciplinary intervention team in Zeeland and West-Brabant;",
        "a dismantled production site for synthetic drugs in North Brabant;",
        "two neighbourhood prevention programmes, in Amsterdam Nieuw-West and in Rotterdam South.",
    ),
    P("The secretariat of the Committee was supported by the Analysis and Research Department of the House. We "
      "commissioned two studies: one on the scale of the cocaine trade through the Dutch ports and one on the "
      "recruitment of young people by criminal networks. Both are published alongside this report.", footnotes=(
        "Analysis and Research Department, Cocaine through the ports: an estimate of volumes and flows, January "
        "2025; University of Utrecht, Willing hands: how criminal networks recruit young people, February 2025.",)),
    H2("A note on language"),
    P("The Dutch debate often speaks of 'undermining' (ondermijning) to describe the way organised crime erodes the "
      "institutions of the rule of law. We have used the term sparingly. It is useful in drawing attention to the "
      "effects of crime on society as a whole, but it can also obscure who is responsible for what. In this report "
      "we prefer to name the crime, the weakness it exploits and the body that can do something about it."),
    H("2 A hub in the drug trade"),
    H2("Cocaine"),
    P("Cocaine reaches Europe by sea, mostly in containers shipped from South America. The study we commissioned "
      "estimates that between 150 and 250 tonnes of cocaine pass through the Dutch ports each year, either for the "
      "Dutch market or, far more often, for onward distribution to the rest of Europe. Customs seized around 60 "
      "tonnes in Rotterdam in 2023, more than in any previous year, but witnesses from Customs and the police were "
      "frank that higher seizures may reflect higher volumes rather than greater success."),
    P("The trade is dominated by a limited number of networks with links to producers in South America and to "
      "distributors across Europe. They use brokers who organise the logistics, 'extractors' who retrieve the drugs "
      "from containers inside the terminals, and a wide circle of people who are paid to look the other way. The "
      "sums involved are considerable: a port worker who gives access to a container can be paid tens of thousands "
      "of euros for a single job."),
    H2("Synthetic drugs"),
    P("The Netherlands has long been a producer of ecstasy and amphetamine, and in recent years also of "
      "methamphetamine. Production takes place in laboratories that are set up quickly, often in rural areas, and "
      "abandoned when the risk of discovery grows. The precursor chemicals are largely imported from outside the "
      "European Union. Production leaves large quantities of chemical waste, which is dumped in nature reserves, "
      "on farmland and in sewers, at great cost to landowners and to local authorities."),
    P("The production of synthetic drugs depends on a network of facilitators: people who rent out sheds, supply "
      "equipment, transport chemicals or dispose of waste. Several witnesses told us that many of these "
      "facilitators do not regard themselves as criminals. They are approached with an offer of easy money and, once "
      "they have accepted, find it very difficult to withdraw."),
    H2("Violence and intimidation"),
    P("Violence has always been part of the drug trade, but its character has changed. Witnesses described a "
      "market in which violence is outsourced: a debt or a stolen consignment leads to an order that is passed on "
      "through several intermediaries, via encrypted messaging services, until it reaches a young person who is "
      "prepared to place an explosive or fire a weapon for a few thousand euros. The person who carries out the "
      "attack often does not know who commissioned it, and sometimes gets the address wrong."),
    P("The police recorded more than 900 explosions at homes and business premises in 2023, a substantial share of "
      "which were connected with the drug trade. Behind those figures are families who have had to leave their "
      "homes and neighbours who no longer feel safe in their street. We were struck by the evidence of a mayor of a "
      "medium-sized town, who told us that the explosions had done more to damage trust in local government than "
      "any other development during her term of office.", footnotes=(
        "Oral evidence, 22 May 2024, Q 311-318.",)),
    P("The intimidation is not confined to those involved in the trade. In the past five years a lawyer, a "
      "journalist and the brother of a crown witness have been murdered. Prosecutors, judges and mayors live under "
      "protection. The Committee regards this as a direct attack on the institutions of the rule of law and has "
      "given particular attention to it in Chapter 5."),
    H("3 The ports"),
    H2("Scanning and selection"),
    P("Customs selects containers for inspection on the basis of a risk analysis that takes account of, among "
      "other things, the port of origin, the shipping route, the declared goods and the history of the shipper and "
      "the consignee. Selected containers are scanned and, where the scan gives cause for suspicion, physically "
      "inspected. In 2023 Customs scanned about 70,000 containers in Rotterdam, a small proportion of the more than "
      "eight million containers handled in the port."),
    P("Customs officers told us that the selection works well for containers in which drugs are concealed among "
      "the cargo, but much less well for the most common method of smuggling: the so-called rip-on, rip-off method, "
      "in which a bag of drugs is placed in an otherwise legitimate container shortly before departure and "
      "removed by extractors shortly after arrival. Because neither the shipper nor the consignee is involved, "
      "the documentary risk analysis offers few leads."),
    P("Several witnesses argued that the only effective answer to this method is to scan a far larger share of "
      "the containers arriving from ports where cocaine is known to be loaded. Others warned that scanning capacity "
      "is expensive, that every scan takes time and that criminal networks would simply shift to other routes. We "
      "do not underestimate these objections. But we note that a number of other European ports have set "
      "themselves much more ambitious scanning targets, and that the present level of scanning in Rotterdam "
      "provides little deterrence."),
    H2("Insiders"),
    P("No container can be emptied without help from inside the port. Extractors need access to the terminal, and "
      "someone must know where the container stands and when it will be moved. The police told us that in nearly "
      "every large investigation into cocaine smuggling they encounter port workers, truck drivers, lashers or "
      "employees of shipping agents who have been paid to provide information or access. Some were recruited "
      "deliberately; others were drawn in by debts or by threats to their families."),
    P("At present only a limited number of functions in the ports require a certificate of conduct, and once "
      "issued that certificate is not renewed. Port companies apply their own screening, which differs from one "
      "company to another. The access passes that give entry to the terminals are not linked to a central "
      "register, so that a worker who is dismissed by one company can sometimes obtain a pass through another. We "
      "consider this a serious weakness that the criminal networks are well aware of."),
    H("4 Following the money"),
    H2("The gatekeepers"),
    P("The Dutch approach to money laundering relies heavily on private institutions: banks, payment service "
      "providers, notaries, estate agents, car dealers and others who are required to know their customers and to "
      "report unusual transactions to the Financial Intelligence Unit (FIU-the Netherlands). This gatekeeper "
      "system has grown considerably since 2019, when several major banks were fined for failing to meet their "
      "obligations. Banks alone now employ more than 13,000 people in the prevention of financial crime."),
    P("The results of this effort are disappointing. In 2023 FIU-the Netherlands received more than two million "
      "reports of unusual transactions, of which around 140,000 were declared suspicious and made available to "
      "investigative services. Only a fraction of those were used in an investigation. Bankers told us that they "
      "report defensively, out of fear of fines, and that they receive little feedback on which reports are "
      "useful. Investigators told us that the sheer volume makes it hard to find the reports that matter."),
    P("A further weakness is that each bank monitors only its own customers. Criminal networks spread their "
      "transactions across many accounts at different banks, so that no single bank sees the whole pattern. Several "
      "witnesses, including representatives of the banks and of the supervisor, argued for joint monitoring of "
      "transactions by the banks, with appropriate safeguards. We agree that the present division of information "
      "plays into the hands of those who launder money."),
    H2("Cash and underground banking"),
    P("Despite the decline of cash in everyday payments, cash remains indispensable to the drug trade. Drugs are "
      "paid for in cash, couriers are paid in cash and large amounts of cash are moved across borders. The "
      "laundering methods that witnesses described to us include:"),
    bullets(
        "buying expensive goods, such as cars, watches and jewellery, with cash;",
        "mixing criminal cash with the takings of cash-intensive businesses, such as restaurants, car washes and "
        "nail salons;",
        "underground banking, in which money is transferred through a network of trusted intermediaries without "
        "any physical movement of funds;",
        "buying property through companies, trusts and foreign entities whose ownership is hard to trace.",
    ),
    P("Traders who accept cash payments of €10,000 or more are currently required to identify their customers and "
      "report the transaction. Since 2024 a national limit of €3,000 applies to cash payments for goods by traders. "
      "Witnesses from the police and from FIU-the Netherlands told us that this limit has made a difference in "
      "some sectors but that it is easily circumvented by splitting payments. Representatives of retailers and of "
      "organisations for older people warned that a further reduction would affect people who depend on cash for "
      "legitimate reasons."),
    H2("Confiscation"),
    P("Taking away criminal profits is widely regarded as one of the most effective ways of disrupting organised "
      "crime. The courts order the confiscation of considerable sums each year, but collecting them is another "
      "matter. Criminals hide their assets abroad, in the names of others or in forms that are hard to value. Of "
      "the amounts ordered in the period 2019-2023, less than half had been collected by the end of 2024, and in "
      "the largest cases the proportion was lower still."),
    P("We heard that the expertise needed to trace and recover criminal assets is spread thinly across the Public "
      "Prosecution Service and the police, and that financial investigators are too often brought into a case only "
      "after the suspects have been arrested, when the assets have already been moved. Witnesses argued for "
      "specialised teams that are involved in a case from the outset. The Committee was not given a clear picture "
      "of how the existing arrangements work in each district, which in itself says something about the "
      "transparency of this part of the system."),
    H("5 Investigation, prosecution and protection"),
    H2("Capacity"),
    P("The police have more investigative capacity than ten years ago, but the demands on that capacity have grown "
      "even faster. The hacking of encrypted communication services in 2020 and 2021 produced millions of messages, "
      "many of which point to crimes that have not yet been investigated. Foreign partners send intelligence that "
      "cannot be followed up. And every wave of violence draws investigators away from the long-term investigations "
      "into the networks that commission it."),
    P("Police chiefs told us that they make choices every week about which leads to follow and which to leave, and "
      "that a large proportion of the intelligence on criminal networks is never acted upon. They estimated that "
      "several hundred additional investigators, including financial and digital specialists, would be needed to "
      "close the gap. We note that additional funding for the police has in recent years often been temporary, which "
      "makes it difficult to recruit and train specialists who take years to become fully effective.", footnotes=(
        "Oral evidence, 4 July 2024, Q 402-415; written evidence from the National Police (DOC 027).",)),
    H2("Crown witnesses"),
    P("Investigations into the leaders of criminal networks often depend on the testimony of people from inside "
      "those networks. Crown witnesses, who give evidence in exchange for a reduction of their sentence, have "
      "played a decisive role in several major trials. Their cooperation comes at great personal risk, and the "
      "State takes on a heavy responsibility for their safety and that of their families."),
    P("The evidence we received shows that this responsibility has not always been met. The protection of crown "
      "witnesses is organised within the police, by a unit that also carries out other protection tasks. Witnesses "
      "described a system that is overloaded, in which decisions take too long and the families concerned are not "
      "always informed of the risks they face. A number of witnesses argued that protection should be placed with an "
      "independent organisation, as in some other countries, in order to separate it clearly from the interests of "
      "the investigation. Others considered that such a move would create new interfaces at the moment when close "
      "cooperation is most needed."),
    H2("Threats against the professions of the rule of law"),
    P("Lawyers, journalists, prosecutors and judges who deal with organised crime are increasingly threatened. "
      "Some of them have lived under protection for years. The national system of surveillance and protection, "
      "which assesses threats and decides on security measures, has so far prevented the worst. But witnesses told "
      "us that those under threat often do not know why a measure is taken or withdrawn, and that the criminal "
      "cases against those who make the threats take many months to reach the court, which undermines the "
      "deterrent effect of prosecution."),
    H2("Recruitment of minors"),
    P("Criminal networks deliberately use minors for tasks that carry a high risk of arrest, in the knowledge that "
      "young offenders receive lighter sentences. Since 2024 the recruitment of minors for criminal purposes has "
      "been a separate offence. Several witnesses argued that the sentences imposed on adults who recruit minors "
      "remain too light to deter; others, including representatives of the judiciary, warned against fixed minimum "
      "sentences, which they considered incompatible with the Dutch tradition of judicial discretion."),
    H("6 The local front line"),
    H2("Administrative powers"),
    P("Over the past fifteen years mayors and municipalities have been given a wide range of powers to prevent and "
      "disrupt crime. Under the Opium Act the mayor may close a home or other premises where drugs are found. Under "
      "the Public Administration (Probity Screening) Act, known as the Bibob Act, a municipality may refuse or "
      "withdraw a licence or subsidy if there is a serious risk that it will be used for criminal purposes. "
      "Municipalities work together with the police, the Public Prosecution Service and the Tax Administration in "
      "ten Regional Information and Expertise Centres."),
    P("The use of these powers varies widely. Large cities have specialised teams; many smaller municipalities have "
      "one official who deals with Bibob screening alongside other tasks, and some have none at all. We heard that "
      "criminal networks are aware of these differences and establish their businesses in municipalities where "
      "they expect the least scrutiny. The same applies to the closure of premises: some mayors close a home as soon "
      "as a commercial quantity of drugs is found, while in a neighbouring municipality this happens only after a "
      "second offence. Witnesses from the Association of Netherlands Municipalities told us that these differences "
      "partly reflect local circumstances and partly a lack of capacity and guidance."),
    H2("Threats against local administrators"),
    P("Mayors who use their powers against criminal networks run personal risks. Of the mayors who responded to a "
      "survey by the Dutch Mayors' Association in 2024, more than a quarter had been threatened or intimidated in "
      "the previous year. Aldermen and councillors face similar threats. When security measures are needed, the "
      "costs fall largely on the municipality concerned. A mayor of a small municipality told us that the cost of "
      "his own protection had to be found by cutting other municipal spending, and that he had been asked by "
      "councillors whether his actions against a criminal network had been worth the money.", footnotes=(
        "Oral evidence (in private), 12 September 2024.",)),
    H("7 Young people and prevention"),
    P("Criminal networks depend on a constant supply of people who are willing to carry out the risky tasks: "
      "couriers, storage keepers, lookouts and, increasingly, young people who commit acts of violence. The study we "
      "commissioned shows how recruitment has moved from the street to social media, where offers of easy money "
      "are posted openly and contact is quickly moved to encrypted services. The young people who respond are often "
      "between fourteen and twenty years old, and many of them come from neighbourhoods with high rates of "
      "poverty, unemployment and early school leaving."),
    P("We visited two neighbourhood programmes that try to prevent young people from being drawn into crime, by "
      "combining intensive support from youth workers with school, sport, work experience and, where necessary, "
      "swift action by the police and the Public Prosecution Service. The first evaluations are promising. But the "
      "people who run these programmes told us that they spend a great deal of their time on applications for "
      "funding that is granted for one or two years at a time, and that they lose experienced staff because they "
      "cannot offer them permanent contracts. Trust between youth workers and young people takes years to build; "
      "short-term funding undermines it."),
    P("We have also considered the demand for drugs. The use of cocaine and synthetic drugs in the Netherlands is "
      "high by European standards and, according to the research we commissioned, increasingly normal in some "
      "social circles. The debate on the regulation of drug use lies outside our terms of reference, and we make no "
      "recommendation on it. We do observe that the public is too little aware of the violence and exploitation "
      "behind the drugs that are consumed."),
    PageBreak(),
    H("8 Conclusions and recommendations"),
    H2("The scale of the problem"),
    numbered(1, 3),
    H2("The ports"),
    numbered(4, 6),
    H2("Following the money"),
    numbered(7, 10),
    H2("Investigation, prosecution and protection"),
    numbered(11, 16),
    H2("The local front line"),
    numbered(17, 20),
    H2("Young people and prevention"),
    numbered(21, 22),
    PageBreak(),
    H("Formal minutes"),
    P("Wednesday 4 June 2025. Members present: Ms J.E. van Dalsum (Chair), Mr R. Achterberg, Ms S. Bouzian, Mr "
      "P.L. de Graaf, Ms M. Hoekstra-Lind, Mr T. Kuipers, Ms A. Nijenhuis, Mr D. Ramdin and Ms C. Vermeulen."),
    P("Draft report (Holding the Line: drug-related organised crime and the resilience of the rule of law), "
      "proposed by the Chair, brought up and read. Ordered, that the draft report be read a second time, paragraph "
      "by paragraph. Chapters 1 to 8 agreed to. Summary agreed to. Resolved, that the report be the final report of "
      "the Committee to the House. Ordered, that the Chair make the report to the House."),
)

REPORT = Document(
    title="Holding the Line",
    subtitle="Drug-related organised crime and the resilience of the rule of law. Final report of the Temporary "
             "Committee on Drug-Related Organised Crime",
    blocks=REPORT_BLOCKS,
    running_header="Temporary Committee on Drug-Related Organised Crime  |  Holding the Line",
    footer="{page}",
    font_family="sans",
    title_page=True,
    imprint=(
        "House of Representatives of the States General",
        "Session 2024–2025, 36 512, No. 3",
        "Ordered by the House to be printed on 12 June 2025",
    ),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------


def quoted(number: str) -> Paragraph:
    """The Committee's paragraph as quoted in the response: bold, with its number; it takes no position."""
    return P(f"{number}. {paragraph_text(number)}", bold=True)


EV12 = ("In the Spring Memorandum 2025 it set aside €118 million a year from 2026 in the Justice and Security budget "
        "for an additional 620 full-time posts for investigations into criminal networks, to be filled in full by "
        "the end of 2028.")
EV6 = ("The Minister of Justice and Security will therefore first commission an exploratory study of the legal and "
       "practical options for screening port workers, in consultation with the port companies and the social "
       "partners, and will inform the House of its outcome in the first half of 2026.")
EV9 = "The Government does not consider it opportune to lower the national limit below €3,000."
EV15 = "The recommendation in paragraph 15 is accepted."
EV16 = "The recommendation in paragraph 16 is not accepted."
EV22 = ("The programme for prevention in the most affected neighbourhoods, which currently runs until the end of "
        "2026, will be extended until the end of 2035.")

RESPONSE_BLOCKS = (
    H("Introduction"),
    P("The Government is grateful to the Temporary Committee on Drug-Related Organised Crime for its report "
      "'Holding the Line', which was published on 12 June 2025. The Committee heard 74 witnesses in public and many "
      "more in private, and visited the places where the consequences of the drug trade are most visible. The "
      "Government pays tribute to those who gave evidence, some of them at considerable personal risk, and to the "
      "members of the Committee and its staff."),
    P("Drug-related organised crime is one of the most serious threats to the security of the Netherlands and to "
      "the institutions of the rule of law. Since 2019 the Government has invested more than €1 billion in the "
      "approach to organised crime, through the police, the Public Prosecution Service, the judiciary, Customs, "
      "the FIOD and the Regional Information and Expertise Centres. The Multidisciplinary Intervention Team and "
      "the regional port teams were set up in that period, and the recruitment of minors for criminal purposes was "
      "made a separate offence. The Committee rightly observes that much of this investment was temporary and that "
      "the criminal networks have adapted at least as quickly as the State."),
    P("The Committee's findings about the capacity of the police for investigations into criminal networks are "
      "among the most urgent in its report, and the Government has not waited for this response to act on them. "
      + EV12 + " The National Police will give priority to financial and digital specialists, and will report on "
      "recruitment in its annual report.",
      answers=(Answer("12", "agree", EV12),)),
    P("This response has been prepared by the Minister of Justice and Security together with the Minister of "
      "Finance and the Minister of the Interior and Kingdom Relations. It follows the order of Chapter 8 of the "
      "Committee's report. The Committee's paragraphs are reproduced in bold, followed by the Government's "
      "response. Where it is helpful, the Government also responds to the Committee's conclusions."),
    H("The scale of the problem"),
    quoted("1"),
    P("The Government agrees with this conclusion. The most recent national picture drawn up by the police confirms "
      "that a limited number of networks control the import of cocaine and the production of synthetic drugs, and "
      "that these networks cooperate closely with partners in Belgium, Spain, the Balkans and South America. The "
      "Government therefore attaches great importance to international cooperation, including the coalition of "
      "European ports and the agreements with the countries of origin that were concluded in 2024."),
    quoted("3"),
    P("Accepted. The Minister of Justice and Security will publish the first national threat assessment of "
      "drug-related organised crime in the autumn of 2026, and every two years thereafter. The assessment will be "
      "drawn up jointly by the police, the Public Prosecution Service, the FIOD and Customs. A public version will be "
      "sent to the House; a classified annex will be made available for confidential inspection by the members of "
      "the standing committee for Justice and Security.",
      answers=(Answer("3", "agree", "Accepted."),)),
    H("The ports"),
    quoted("5"),
    P("Partially accepted. The Government will make €36 million available from 2026 for four additional scanners in "
      "the port of Rotterdam and for 90 additional Customs officers, so that the scanning capacity in the port will "
      "almost double by the end of 2027. The Government does not, however, accept the target of scanning every "
      "container from a port designated as high-risk. Customs selects containers on the basis of a risk analysis "
      "that takes account of far more than the port of origin, and criminal networks adjust their routes quickly to "
      "any fixed rule. A blanket obligation would tie up scarce scanning capacity on low-risk containers and "
      "lengthen waiting times in the port without a corresponding increase in seizures.",
      answers=(Answer("5", "partial", "Partially accepted."),)),
    quoted("6"),
    P("Accepted in principle. The Government shares the Committee's view that the integrity of people working in "
      "the ports is a weak point in the logistics chain. A statutory screening requirement would, however, apply to "
      "tens of thousands of workers employed by private companies, and raises questions of proportionality, privacy "
      "and enforcement that need careful consideration. " + EV6 + " The study will also consider a central "
      "register of access passes.",
      answers=(Answer("6", "partial", EV6),)),
    H("Following the money"),
    quoted("7"),
    P("The Government shares this conclusion. Institutions should be able to concentrate on the risks that matter "
      "rather than on the number of their reports. FIU-the Netherlands has begun to give institutions more "
      "systematic feedback on the reports that prove useful, and De Nederlandsche Bank has made clear in its "
      "supervisory guidance that a risk-based approach is expected rather than defensive reporting."),
    quoted("8"),
    P("Accepted. The Minister of Finance will submit a bill to the House before the end of 2025 that allows banks to "
      "monitor transactions jointly through a dedicated organisation and to share information about customers who "
      "present a high risk of money laundering. The bill is being prepared jointly with the Minister of Justice and "
      "Security; it will be accompanied by a data protection impact assessment, and the joint organisation will be "
      "supervised by De Nederlandsche Bank.",
      answers=(Answer("8", "agree", "Accepted."),)),
    quoted("9"),
    P("Noted. The Government recognises that cash plays a central role in the laundering of the proceeds of drug "
      "crime. From July 2027 the European anti-money laundering regulation will introduce a limit of €10,000 on cash "
      "payments throughout the Union; the national limit of €3,000 that has applied since 2024 is already "
      "considerably stricter. " + EV9 + " Many people, particularly older people and people on low incomes, still rely on "
      "cash, and a lower limit would shift payments to sectors that are harder to supervise rather than end them.",
      answers=(Answer("9", "disagree", EV9),)),
    quoted("10"),
    P("Accepted. Since 2021 each of the ten districts of the Public Prosecution Service has had a specialised asset "
      "recovery team, supported by the national Criminal Assets Deprivation Bureau and by the Central Fine "
      "Collection Agency, which collects the amounts ordered. The amounts ordered and the amounts actually collected "
      "are reported each year in the annual report of the Public Prosecution Service and in the annual report of the "
      "Ministry of Justice and Security.",
      answers=(Answer("10", "agree", "Accepted."),)),
    H("Investigation, prosecution and protection"),
    quoted("13"),
    P("Not accepted. The Government shares the Committee's analysis that the protection of crown witnesses and "
      "their families has fallen short at critical moments, and it deeply regrets the consequences. It does not, "
      "however, believe that moving this task to a new organisation outside the police is the right answer. "
      "Protection depends on close and constant contact with the investigation teams and on police powers that an "
      "organisation outside the police would not have; a reorganisation would, moreover, absorb the attention of the "
      "very people whose expertise is most needed in the coming years. The Government has instead strengthened the "
      "protection unit of the National Police with 45 additional officers and has placed its decisions under the "
      "independent review of the Inspectorate of Justice and Security.",
      answers=(Answer("13", "disagree", "Not accepted."),)),
    quoted("15"),
    quoted("16"),
    P("Paragraphs 15 and 16 both concern the criminal-law response to the intimidation and exploitation on which "
      "criminal networks rely. " + EV15 + " From 1 January 2026 the police and the Public Prosecution Service will "
      "handle threats and violence against public officials, lawyers and journalists under a fast-track procedure, "
      "with the aim of bringing a suspect before the court within six weeks of arrest. " + EV16 + " Since 2024 "
      "the recruitment of minors for criminal purposes has been a separate offence carrying a maximum sentence of "
      "six years' imprisonment, and the Public Prosecution Service has instructed its prosecutors to demand "
      "substantial sentences in these cases. The Government does not favour statutory minimum sentences, which "
      "limit the ability of the courts to tailor a sentence to the circumstances of the case.",
      answers=(Answer("15", "agree", EV15), Answer("16", "disagree", EV16))),
    H("The local front line"),
    quoted("17"),
    P("The Government agrees with this conclusion. Intimidation of mayors, aldermen and councillors is an attack "
      "on local democracy itself. Through the Resilient Administration programme, local administrators who are "
      "threatened can already call on advice and support, and the national system of surveillance and protection "
      "applies to them as it does to others. The Regional Information and Expertise Centres support municipalities "
      "in the use of their administrative powers."),
    quoted("18"),
    P("Accepted in part. The Government agrees that every municipality should have access to expert integrity "
      "screening, and that smaller municipalities cannot be expected to build this expertise on their own. The "
      "Minister of the Interior and Kingdom Relations will fund regional Bibob teams in two pilot regions, "
      "Zeeland-West-Brabant and Limburg, in 2026 and 2027, at a total cost of €4 million. Whether such teams are to "
      "be funded on a structural basis, and from which budget, will be decided in the light of the evaluation of the "
      "pilot, which will be sent to the House in 2028.",
      answers=(Answer("18", "partial", "Accepted in part."),)),
    quoted("19"),
    P("Noted. The closure of homes and premises under the Opium Act is a power of the mayor, who is accountable for "
      "its use to the municipal council. The Minister of the Interior and Kingdom Relations has forwarded this "
      "recommendation to all mayors through the Association of Netherlands Municipalities and the Dutch Mayors' "
      "Association, for them to consider."),
    H("Young people and prevention"),
    quoted("22"),
    P(EV22 + " The Minister of Justice and Security has reserved €52 million a year for this purpose in the Justice "
      "and Security budget from 2027 onwards, and multi-year agreements with the participating municipalities will "
      "be concluded in the course of 2026. The programme will be evaluated every three years.",
      answers=(Answer("22", "agree", EV22),)),
    H("Conclusion"),
    P("The Committee's report will remain a point of reference for the approach to drug-related organised crime in "
      "the years to come. The Government will report to the House on the implementation of this response in the "
      "annual progress report on the approach to organised crime, for the first time in the spring of 2026."),
    P("The Minister of Justice and Security, on behalf of the Government,"),
    P("D.J. Hooghiemstra"),
)

RESPONSE = Document(
    title="Government response to the Committee's report",
    subtitle="Holding the Line: drug-related organised crime and the resilience of the rule of law. Response of the "
             "Government to the final report of the Temporary Committee on Drug-Related Organised Crime (House of "
             "Representatives, session 2024–2025, 36 512, No. 3)",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response  |  Temporary Committee on Drug-Related Organised Crime",
    footer="Page {page} of {pages}",
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="drug_crime_committee_en",
    report=REPORT,
    response=RESPONSE,
    description="English committee report on drug-related organised crime: a final chapter of 22 numbered paragraphs "
                "mixing conclusions and 14 recommendations (gold numbers with gaps), and a UK-style Government "
                "response quoting each paragraph in bold followed by 'Accepted.' / 'Noted.' etc.; 12 answered by "
                "subject in the introduction, 19 passed to the mayors, 20 not answered.",
)
