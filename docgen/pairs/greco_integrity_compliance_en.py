"""Pair (English): a fictional fifth-round evaluation report of the "Group of Integrity Evaluators (GIE)", a
Council-of-Europe-style anti-corruption peer-review body, on the Netherlands ("Preventing corruption and promoting
integrity in central government (top executive functions) and law enforcement agencies"), and the "Situation report
of the Netherlands" submitted eighteen months later by the Ministry of the Interior and Kingdom Relations.

Report layout: sans, title page with imprint, running header with the document symbol.  An unnumbered "Executive
summary" (which already states the main reform needs in prose, without numbers), then chapters "I. Introduction and
methodology", "II. Context", "III. Central government (top executive functions)", "IV. Law enforcement agencies" and
"V. Recommendations and follow-up", with level-2 section headings.  The body text is a running series of numbered
paragraphs 1-83, printed as "1." lists with continuing start numbers (these are NOT recommendations), interrupted by
headings, bullet lists (interlocutors, priority issues, risk areas), an "a." list of the categories of persons with
top executive functions, and two ruled tables (staff figures; police integrity cases).  The recommendations are
not in a separate list in chapters III and IV: an analysis paragraph ends "GIE therefore recommends" / "GIE
recommends" and is followed by an "i)"-style list with the roman numbers continuing across the whole report
(i-xiv), two per paragraph where the recommendation reads "(i) ...; and (ii) ...".  Chapter V repeats all fourteen
as one roman list split by the lead-ins "Regarding central government (top executive functions)" and "Regarding law
enforcement agencies", each item ending with "(paragraph N)"; those repeats carry duplicate_of.  The model has no
bold list items, so the lead-in sentence is part of the regular numbered paragraph.  Addressees are implicit ("the
authorities"): coded by subject, BZK for the integrity of members of government, JenV for the National Police,
JenV and Defensie where the Royal Netherlands Marechaussee is concerned as a military body (training, rotation,
statistics), Defensie alone for the whistleblower channels of the Marechaussee.

Response layout: serif, no title page, headed "Situation report of the Netherlands".  Two introductory paragraphs
(context, no positions), then "Central government" and "Law enforcement agencies" with level-2 headings
"Recommendation i." ... Each section first quotes the recommendation ("GIE recommended that ...", no position), then
answers in the compliance-report tone.  Recommendations iv and v are answered together under one heading;
recommendation xiii (statistics) is left out entirely; recommendation xiv is referred to the next report without a
position.  A closing paragraph ends the report.

Gold positions:
  i    code of conduct for ministers, state secretaries and political assistants (BZK)  partial - code adopted for
       ministers and state secretaries, political assistants deliberately left out
  ii   integrity briefing on taking office and a confidential counsellor (BZK)  agree - both in place, no cue word
  iii  analysis of integrity risks of top executive functions (BZK)  agree - study asked, study done and repeated
  iv   rules on contacts with lobbyists and a public lobby register (BZK)  partial - rules in the code, register refused
       (answered together with v)
  v    systematic publication of agendas (BZK)  agree - amended instruction, weekly publication since January 2025
  vi   clarified gift rules and a public register of gifts (BZK)  agree - central register published quarterly
  vii  binding post-employment rules with an independent assessing body (BZK)  partial - binding two-year lobbying ban,
       no independent body
  viii public declarations of assets and interests (BZK)  disagree - "The Government does not intend to introduce ..."
  ix   revised police code of conduct with practical guidance (JenV)  agree - new code adopted January 2025
  x    periodic re-screening of police staff (JenV)  agree - bill submitted to Parliament, interim re-screening begun
  xi   rotation in posts exposed to corruption, police and Marechaussee (JenV, Defensie)  disagree - existing controls
       considered adequate, no rotation policy
  xii  periodic integrity training for police and Marechaussee (JenV, Defensie)  partial - introduced for the police,
       not for the Marechaussee
  xiii annual statistics on integrity violations (JenV, Defensie)  not_addressed - omitted from the situation report
  xiv  whistleblower channels outside the chain of command in the Marechaussee (Defensie)  not_addressed - a review is
       under way and the authorities "will report ... in the next situation report", no position
Count: agree 6, partial 4, disagree 2, not_addressed 2.
All prose is fictional and written for this test set; the GIE, its members and all figures are invented.
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


def bullets(*texts: str, style: str = "•") -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style=style)


ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv")


class Recs:
    """A run of recommendations printed right after a numbered analysis paragraph (roman, continuing numbering)."""

    def __init__(self, *items: tuple[str, str, tuple[str, ...]]):
        self.items = items


REC_TEXT: dict[str, str] = {}
REC_DEPTS: dict[str, tuple[str, ...]] = {}
REC_PARAGRAPH: dict[str, int] = {}


def numbered(parts, counter: list[int]) -> tuple:
    """Turn strings into numbered paragraphs ("1." lists with continuing start numbers); pass other blocks on."""
    blocks: list = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            blocks.append(ItemList(items=tuple(ListItem(t) for t in pending), style="1.",
                                   start=counter[0] - len(pending) + 1))
            pending.clear()

    for part in parts:
        if isinstance(part, str):
            counter[0] += 1
            pending.append(part)
        elif isinstance(part, Recs):
            flush()
            first = ROMAN.index(part.items[0][0]) + 1
            items = []
            for number, text, depts in part.items:
                REC_TEXT[number] = text
                REC_DEPTS[number] = depts
                REC_PARAGRAPH[number] = counter[0]
                items.append(ListItem(text, recommendation=Recommendation(number, depts)))
            blocks.append(ItemList(items=tuple(items), style="i)", start=first))
        else:
            flush()
            blocks.append(part)
    flush()
    return tuple(blocks)


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

COUNTER = [0]

SUMMARY = (
    H("Executive summary"),
    P("This report evaluates the effectiveness of the framework in place in the Netherlands to prevent corruption "
      "among persons with top executive functions – ministers, state secretaries and political assistants – and "
      "among members of the National Police and the Royal Netherlands Marechaussee. It aims to support the ongoing "
      "reflection in the country on how to strengthen transparency, integrity and accountability in public life."),
    P("The Netherlands is consistently perceived as one of the least corrupt countries in Europe, and public trust "
      "in central government and in the police is comparatively high. This reputation rests to a large extent on a "
      "culture of consensus and mutual confidence rather than on written rules. The evaluation team found that this "
      "culture, valuable as it is, can no longer carry the system on its own. Several incidents in recent years – "
      "among them a former member of government who joined a consultancy working for his former ministry within "
      "months of leaving office, and the leaking of police information to organised crime groups – have shown the "
      "limits of an approach that relies mainly on individual judgement."),
    P("As regards top executive functions, the integrity framework consists essentially of a handbook for "
      "prospective members of government, which is not binding, and of unwritten conventions. There is no code of "
      "conduct, no systematic induction on integrity and no confidential counselling. Contacts with lobbyists are "
      "unregulated, and the publication of ministers' agendas is patchy. The rules on gifts are vague, there is no "
      "obligation to declare financial interests, and the restrictions on the period after leaving office are "
      "neither binding nor monitored."),
    P("As regards law enforcement, the National Police has developed an elaborate integrity infrastructure, but its "
      "code of conduct is dated and little known to staff, and staff are screened at entry but hardly ever "
      "afterwards. The Royal Netherlands Marechaussee, as a military body with police tasks, follows the integrity "
      "framework of the Ministry of Defence, which is not fully adapted to its law enforcement functions. Both "
      "bodies would benefit from periodic integrity training, from additional safeguards in posts particularly "
      "exposed to corruption at airports and seaports, and from more openness about integrity violations and their "
      "outcome. Staff of the Marechaussee need reporting channels they trust."),
    PageBreak(),
)

CHAPTER_I = (
    H("I. Introduction and methodology"),
    "The Netherlands joined GIE in 2001 and has been evaluated in the framework of GIE's First (in 2003), Second "
    "(in 2006), Third (in 2009) and Fourth (in 2014) Evaluation Rounds. The relevant evaluation reports, as well as "
    "the subsequent compliance reports, are available on GIE's website.",
    "The Fifth Evaluation Round was launched on 1 January 2022. Its theme is “Preventing corruption and promoting "
    "integrity in central government (top executive functions) and law enforcement agencies”. By choosing this "
    "topic, GIE addresses the persons who take the most important decisions of the executive and the bodies that "
    "hold the power to use force on behalf of the State. The theme has clear links with GIE's earlier work, notably "
    "the Fourth Evaluation Round, which dealt with members of parliament, judges and prosecutors.",
    "Within this round, the same priority issues are examined for every category of persons under review, namely:",
    bullets(
        "ethical principles and rules of conduct;",
        "conflicts of interest;",
        "prohibition or restriction of certain activities, including gifts and post-employment;",
        "declaration of assets, income, liabilities and interests;",
        "enforcement of the applicable rules;",
        "awareness, training and advice.",
    ),
    "The evaluation team (hereafter the “GET”) was composed of Ms Liesl Amberger, Head of Unit, Federal Bureau for "
    "Integrity Policy (Austria); Mr Tomasz Wielgosz, Senior Inspector, Internal Affairs Bureau of the Police "
    "(Poland); Ms Saoirse Nic Gearailt, Principal Officer, Department of Public Expenditure (Ireland); and Mr Eero "
    "Lindqvist, Chief Superintendent, National Police Board (Finland). The GET was supported by Mr Jean-Baptiste "
    "Ravel of the GIE Secretariat.",
    "The GET visited The Hague from 6 to 10 November 2023, after it had received the replies of the Netherlands to "
    "the evaluation questionnaire. At the time of the visit, the Government was in a caretaker capacity pending the "
    "general elections of 22 November 2023. The GET held meetings with representatives of:",
    bullets(
        "the Ministry of General Affairs, including the secretariat of the Council of Ministers;",
        "the Ministry of the Interior and Kingdom Relations, including the Directorate-General for Public "
        "Administration and the central government integrity office;",
        "the Ministry of Justice and Security, including the Directorate-General for Police and Security Regions;",
        "the Ministry of Defence and the staff of the Royal Netherlands Marechaussee;",
        "the National Police, including the Department of Security, Integrity and Complaints, the regional units "
        "of Rotterdam and Amsterdam and the Police Academy;",
        "the Public Prosecution Service and the National Police Internal Investigations Department "
        "(Rijksrecherche);",
        "the Whistleblowers Authority, the Netherlands Court of Audit and the National Ombudsman;",
        "police and military trade unions, academics, investigative journalists and two civil society "
        "organisations working on open government and anti-corruption.",
    ),
    "The present report was prepared on the basis of the replies to the questionnaire and the information obtained "
    "during the visit. Its main objective is to evaluate the effectiveness of the measures adopted by the Dutch "
    "authorities to prevent corruption and promote integrity in central government and law enforcement agencies. "
    "The report contains a critical analysis of the situation, reflecting on the efforts made by the actors "
    "concerned and on the results achieved. It identifies possible shortcomings and makes recommendations for "
    "improvement.",
    "In keeping with the practice of GIE, the recommendations are addressed to the authorities of the Netherlands, "
    "which determine the relevant institutions and bodies to take the requisite action. Within 18 months of the "
    "adoption of this report, the Netherlands shall report back on the action taken in response to the "
    "recommendations contained herein.",
)

CHAPTER_II = (
    H("II. Context"),
    "The Netherlands has a long-standing reputation for low levels of corruption. In the 2022 edition of a widely "
    "cited international perception index, it ranked eighth of 180 countries. The GET's interlocutors, including "
    "those outside government, generally shared the view that bribery in the classic sense – money changing hands in "
    "exchange for an official decision – is rare in the Dutch public sector.",
    "Perceptions among citizens are more nuanced. In an EU-wide survey conducted in 2022, 49% of Dutch respondents "
    "considered corruption to be widespread in their country, compared with an average of 68% across the Union, "
    "and 38% considered that close ties between business and politics lead to corruption. Only a small share of "
    "respondents (4%) said that they had personally been affected by corruption in their daily lives.",
    "As regards the Fourth Evaluation Round, the Netherlands had implemented satisfactorily four of the seven "
    "recommendations issued by GIE by the time the compliance procedure was closed in 2020; the remaining three, "
    "which concerned the integrity rules for members of parliament, had been partly implemented. The GET notes that "
    "some of the themes of that round, such as the absence of an obligation to declare financial interests, "
    "reappear in the present report with regard to members of government.",
    "Public debate on integrity at the top of government has intensified in recent years. Several former members of "
    "government moved to positions in consultancy, lobbying or the private sector shortly after leaving office, in "
    "one case to a firm advising the ministry the person had led. The handling of text messages by members of "
    "government, which came to light in 2022, triggered a broader discussion about the recording and disclosure of "
    "government decision-making. The House of Representatives adopted a number of motions asking the Government to "
    "regulate lobbying and the “revolving door”.",
    "In the law enforcement sector, the main concern expressed to the GET relates to the infiltration of public "
    "bodies by organised crime, in particular drug-trafficking networks operating through the seaport of Rotterdam "
    "and Amsterdam Schiphol Airport. Between 2019 and 2023, criminal proceedings were brought against a number of "
    "police officers for unlawfully querying police systems and passing information to criminal groups, and "
    "several members of the Royal Netherlands Marechaussee stationed at Schiphol were convicted of facilitating the "
    "smuggling of cocaine. These cases have led to a reinforcement of security measures at both locations.",
    "The Minister of the Interior and Kingdom Relations is responsible for the integrity policy of public "
    "administration as a whole. The policy is decentralised: each ministry and each public body is responsible for "
    "its own integrity policy within the framework of the Civil Servants Act 2017, which requires employers to "
    "pursue an integrity policy, to adopt a code of conduct and to have staff take the oath or affirmation. These "
    "obligations apply to civil servants, including police officers, but not to ministers and state secretaries, "
    "who are political office-holders and not employees.",
    "The Netherlands does not have a national anti-corruption strategy. The authorities consider that corruption is "
    "adequately addressed through the general integrity policy of public administration, criminal law, and the "
    "policies of the bodies concerned. The GET was told that the need for a strategy would be reconsidered in the "
    "light of forthcoming EU legislation on combating corruption.",
    "Since 2016, the Whistleblowers Authority has advised and supported persons who report wrongdoing and has been "
    "competent to investigate reports and the treatment of whistleblowers. The Whistleblower Protection Act, which "
    "entered into force in February 2023 and transposes the EU Whistleblower Directive, strengthened the "
    "protection against reprisals and obliges employers with 50 or more staff to have an internal reporting "
    "procedure. The Act applies to the National Police and to the armed forces, including the Marechaussee.",
)

CHAPTER_III = (
    H("III. Central government (top executive functions)"),
    H2("System of government and top executive functions"),
    "The Netherlands is a constitutional monarchy with a parliamentary system of government. Under the Constitution, "
    "the Government consists of the King and the ministers. The King is inviolable and the ministers are responsible "
    "(Article 42 of the Constitution). The King's functions are largely ceremonial and are exercised under the "
    "political responsibility of the ministers; in line with GIE's approach in this round, the Head of State does "
    "not fall within the scope of this report.",
    "Executive power is exercised by the Council of Ministers, chaired by the Prime Minister, who is also Minister "
    "of General Affairs. At the time of the visit, the caretaker Council consisted of 18 ministers, including two "
    "ministers without portfolio. The Council decides on general government policy and promotes its coherence. "
    "Ministers are individually responsible to Parliament for the policy of their ministry and for their own "
    "conduct.",
    "State secretaries are appointed to a ministry and are responsible for a part of its portfolio designated by "
    "the minister. They are not members of the Council of Ministers but may attend its meetings when matters within "
    "their remit are discussed. In respect of their portfolio they are politically accountable to Parliament in "
    "the same way as ministers. At the time of the visit there were nine state secretaries.",
    "Each minister and state secretary may appoint one political assistant. Political assistants are recruited "
    "from the political party of the member of government, are employed as temporary civil servants for the "
    "duration of the term of their principal and advise him or her on the political aspects of policy. They act as "
    "a link with the parliamentary group and the party, attend meetings of senior officials and have access to "
    "confidential, including price-sensitive, information. Several interlocutors described their influence on "
    "decision-making as considerable and growing.",
    "For the purposes of this report, the following categories are considered to be persons with top executive "
    "functions (hereafter “PTEF”):",
    ItemList(items=(
        ListItem("the Prime Minister and the other ministers, including ministers without portfolio;"),
        ListItem("the state secretaries;"),
        ListItem("the political assistants of ministers and state secretaries."),
    ), style="a."),
    "Ministers and state secretaries are appointed and dismissed by Royal Decree. In practice, they are selected "
    "during the formation of a new government by the formateur in consultation with the parties forming the "
    "coalition. Before appointment, each candidate undergoes a screening which consists of a security screening by "
    "the General Intelligence and Security Service, a check of judicial records, a check by the Tax and Customs "
    "Administration of the candidate's tax affairs, and an interview with the formateur on possible integrity "
    "risks. The screening is not regulated by law; its main features are described in a letter to Parliament of "
    "2017.",
    "The GET welcomes the existence of a pre-appointment screening, which appears to be taken seriously by all "
    "involved. It notes, however, that the interview with the formateur is not recorded, that its questions are "
    "not known to the candidates in advance and that political assistants undergo only the security screening. The "
    "GET invites the authorities to document the procedure more fully, including the issues covered by the "
    "integrity interview.",
    "Ministers receive a gross salary of approximately €15,700 per month and state secretaries of approximately "
    "€14,300 per month, both with a holiday allowance and an end-of-year payment. Political assistants are paid "
    "according to the salary scales of the civil service, in most cases scale 14 or 15. Former members of "
    "government are entitled to a severance allowance for a maximum of three years and two months, reduced by any "
    "income from new employment.",
    H2("Ethical principles and rules of conduct"),
    "Before taking office, ministers and state secretaries take an oath or affirmation of allegiance to the "
    "Constitution and of faithful performance of their duties, together with the so-called purity oath, by which "
    "they declare that they have not given or promised anything in order to be appointed and will not accept gifts "
    "or promises from anyone in return for doing or refraining from anything in office.",
    "The main source of guidance for members of government is the Handbook for prospective ministers and state "
    "secretaries, drawn up by the Ministry of General Affairs and the Ministry of the Interior and Kingdom Relations "
    "and updated at each formation. The Handbook has been public since 2017. Its chapter on integrity deals with "
    "side activities, financial interests, gifts, the use of official facilities and the period after leaving "
    "office. The Handbook describes itself as a set of “agreements and customs”; it is not binding and contains no "
    "provisions on supervision or consequences of non-compliance.",
    "Political assistants fall under the Central Government Code of Conduct on Integrity, which applies to all "
    "civil servants of central government. The GET heard from several interlocutors that this code, which is "
    "written for career civil servants, does not address the specific position of political assistants, for "
    "instance their contacts with party members, donors and interest groups, or their involvement in the "
    "preparation of decisions on which their principal has a political stake.",
    "The GET recalls that, under the Municipalities Act and the Provinces Act, mayors, aldermen and provincial "
    "executives are obliged to have a code of conduct. It is striking that the members of central government, who "
    "take the most far-reaching decisions, are not. The GET is of the firm opinion that a code of conduct for PTEF "
    "is required, adopted and made public by the Government, which would give ministers, state secretaries and "
    "political assistants clear guidance and inform the public about the standards they can expect. Such a code "
    "should go beyond stating general principles: it should be accompanied by explanations and concrete examples "
    "on conflicts of interest (including ad hoc situations), gifts and hospitality, contacts with third parties and "
    "lobbyists, the handling of confidential information and post-employment. For a code to be effective, it must "
    "also be clear who monitors compliance and what happens in case of breach.",
    "The GET further notes that members of government receive no induction on integrity when taking office, apart "
    "from a short meeting with the secretary-general of their ministry in which the Handbook is presented, and that "
    "there is no person or body to whom they can turn confidentially for advice on an integrity question, other "
    "than the Prime Minister. The GET considers that a confidential adviser, independent of the political "
    "hierarchy, would lower the threshold for seeking advice early. GIE therefore recommends",
    Recs(
        ("i", "that a code of conduct for persons with top executive functions – ministers, state secretaries and "
              "political assistants – be adopted and made public, complemented by explanatory guidance and concrete "
              "examples on conflicts of interest, gifts, contacts with third parties and lobbyists, the handling of "
              "confidential information and post-employment, and coupled with a mechanism of supervision and "
              "enforcement; and", ("BZK",)),
        ("ii", "that persons with top executive functions receive a briefing on integrity upon taking office and "
               "at regular intervals thereafter, and that a confidential counsellor be made available to them for "
               "advice on integrity matters.", ("BZK",)),
    ),
    H2("Institutional framework and risk management"),
    "The Ministry of the Interior and Kingdom Relations coordinates integrity policy for public administration and "
    "houses the central government integrity office, which supports ministries in developing their policies, "
    "maintains the Central Government Code of Conduct and runs a network of integrity coordinators. The office has "
    "no role with regard to members of government. Within each ministry, the secretary-general plays an informal "
    "advisory role towards the minister; in case of doubt about financial interests or side activities, the "
    "Prime Minister decides.",
    "Members of government are politically accountable to Parliament, which may question them about their conduct "
    "and, ultimately, withdraw its confidence. The GET heard that this political control operates effectively when "
    "incidents become public, but it is reactive by nature and does not replace preventive arrangements.",
    "The authorities have not carried out a systematic assessment of the integrity risks to which PTEF are exposed. "
    "On the basis of its interviews, the GET identified in particular the following risk areas:",
    bullets(
        "conflicts of interest resulting from previous positions, family relations or investments;",
        "informal contacts with lobbyists and interest groups outside the official channels of the ministry;",
        "moves to the private sector after leaving office, and contacts with former colleagues;",
        "gifts, invitations and trips offered by third parties;",
        "the use of confidential information, including by political assistants, during transitions between "
        "governments.",
    ),
    "The GET considers that a risk-based approach is the necessary starting point for any meaningful integrity "
    "policy. A systematic analysis, carried out with the involvement of former members of government, political "
    "assistants and senior officials, would allow the authorities to identify where the existing rules fall short "
    "and to target guidance at the situations that matter most in practice. Consequently, GIE recommends",
    Recs(
        ("iii", "that a systematic analysis be carried out of the integrity risks to which persons with top "
                "executive functions are exposed, and that its results be used to review the rules and guidance "
                "applicable to them.", ("BZK",)),
    ),
    H2("Transparency and oversight of executive activities of central government"),
    "Access to information is governed by the Open Government Act, which entered into force on 1 May 2022 and "
    "replaced the Government Information (Public Access) Act of 1991. The Act provides for a right of access to "
    "public information on request, subject to exceptions, and introduces obligations to disclose certain "
    "categories of information actively. These obligations enter into force in stages. An advisory board on public "
    "access and information management monitors the implementation of the Act.",
    "Interlocutors from the media and civil society pointed to considerable delays in the handling of requests. "
    "According to the figures provided, the statutory time limit of four weeks, which may be extended by two weeks, "
    "was met in fewer than half of the cases handled by ministries in 2022. The authorities acknowledged the "
    "problem and attributed it to the state of information management in ministries, which is being addressed "
    "through a multi-year improvement programme. The GET encourages the authorities to pursue these efforts.",
    "Draft legislation is in principle submitted for public internet consultation for a period of at least four "
    "weeks, and the explanatory memorandum accompanying a bill reports on the results. Consultation is not "
    "mandatory, however, and exceptions are frequent for urgent bills and for amendments introduced late in the "
    "process. The GET was told that the Government intends to lay down the consultation practice in a directive.",
    "There are no rules governing the contacts of members of government with lobbyists and other third parties "
    "seeking to influence government decisions. The House of Representatives keeps a register of lobbyists who "
    "hold an access pass to its building, but the register contains no information on the subjects or clients "
    "represented and has no equivalent for the executive. Several interlocutors stressed that influence is exerted "
    "mostly through informal channels, including contacts with political assistants and meetings at party events.",
    "Since 2016, following a motion of the House of Representatives, ministers and state secretaries publish their "
    "agendas on the government website. The GET was informed of a study carried out in 2022 by a civil society "
    "organisation, which compared published agendas with other sources and found that fewer than half of the "
    "external meetings of members of government had been published, and that the subject and the participants were "
    "often not mentioned. The practice differs considerably between ministries.",
    "The GET considers that the current situation provides neither the public nor the members of government "
    "themselves with sufficient certainty about how contacts with lobbyists are to be handled. Rules should "
    "establish, for example, when an official is to be present, how the content of a meeting is recorded and how "
    "information obtained is shared with the ministry. A public register of lobbyists, covering the executive, "
    "would show who seeks to influence government and on whose behalf. Transparency also requires that the "
    "agendas of members of government be published systematically and in sufficient detail. In view of the "
    "foregoing, GIE recommends",
    Recs(
        ("iv", "that rules be introduced on how persons with top executive functions engage in contacts with "
               "lobbyists and other third parties who seek to influence governmental decision-making, and that a "
               "public register of lobbyists be established; and", ("BZK",)),
        ("v", "that the agendas of ministers and state secretaries be published systematically, including the "
              "subject of external meetings and the persons and organisations met.", ("BZK",)),
    ),
    H2("Conflicts of interest"),
    "The Handbook defines a conflict of interest as a situation in which a personal interest of a member of "
    "government may influence, or appear to influence, the performance of his or her duties. Candidates discuss "
    "their interests with the formateur before appointment. Ministers and state secretaries must give up all paid "
    "and unpaid side activities on taking office.",
    "Financial interests that may conflict with the portfolio, such as shareholdings in companies, must be sold or "
    "placed under management at arm's length, with instructions that exclude any influence of the member of "
    "government. The arrangement is submitted to the Prime Minister for approval. The GET notes that there is no "
    "verification of whether these arrangements are complied with during the term of office.",
    "There is no formal procedure for the disclosure of conflicts of interest that arise ad hoc during the term of "
    "office. In practice, a member of government who considers that he or she has a conflict of interest in a "
    "particular matter consults the Prime Minister and may transfer the file to another member of government. Such "
    "transfers are not recorded in a way accessible to the public. The GET considers that the code of conduct "
    "recommended above should provide for an obligation of ad hoc disclosure and for the recording of the action "
    "taken.",
    H2("Prohibition or restriction of certain activities"),
    "Under Article 57 of the Constitution, a minister or state secretary cannot be a member of Parliament, except "
    "during a short transitional period after elections. Membership of the Council of State, the Court of Audit and "
    "other high offices is also incompatible with office in government. As noted, all side activities must be "
    "given up on taking office.",
    "The Handbook provides that gifts with a value of more than €50 are to be handed over to the ministry, which "
    "keeps them or passes them on to a charity. Ministries keep internal registers of gifts received, but only two "
    "ministries publish them. The rules do not clearly cover hospitality, such as invitations to sporting or "
    "cultural events, or travel and accommodation paid by third parties. Political assistants fall under the gift "
    "rules of the civil service, which leave the assessment largely to the line manager.",
    "The GET considers that the rules on gifts and other benefits need to be clarified and brought together, with a "
    "clear threshold and clear rules on hospitality and travel. Registration and publication of gifts and benefits "
    "above the threshold would protect members of government against suspicion and enable public scrutiny. GIE "
    "recommends",
    Recs(
        ("vi", "that the rules on gifts, hospitality and other benefits for persons with top executive functions be "
               "clarified, and that gifts and benefits above the applicable threshold be recorded in a register "
               "that is published at regular intervals.", ("BZK",)),
    ),
    "The disclosure of confidential information by members of government or political assistants is punishable "
    "under Article 272 of the Criminal Code. The use of State property and official facilities is regulated in the "
    "Handbook and in the financial rules of the ministries. The GET did not hear of particular problems in these "
    "areas.",
    "There are no binding rules on the activities of former members of government. The Handbook states that former "
    "ministers and state secretaries should, for a period of two years, refrain from lobbying contacts with their "
    "former ministry and that the ministry should not hire them as consultants or interim managers during that "
    "period. Compliance is not monitored, and the GET was informed of at least two cases since 2020 in which former "
    "members of government had contacts with their former ministry on behalf of private clients within that "
    "period. No restrictions apply to political assistants after the end of their employment.",
    "The GET considers that the revolving door is the area in which the gap between public expectations and the "
    "existing framework is widest. A non-binding arrangement which nobody monitors cannot be expected to prevent "
    "conflicts of interest after leaving office. The GET is of the opinion that the restrictions should be made "
    "binding, should also cover the acceptance of positions in sectors for which the person was responsible, and "
    "should apply to political assistants. An independent body should assess proposed new positions during the "
    "cooling-off period and publish its advice. GIE therefore recommends",
    Recs(
        ("vii", "that binding rules on post-employment be adopted for persons with top executive functions, "
                "including a cooling-off period for lobbying contacts with their former ministry and for positions in "
                "sectors for which they were responsible, and that an independent body be entrusted with assessing "
                "proposed new positions and publishing its advice.", ("BZK",)),
    ),
    H2("Declaration of assets, income, liabilities and interests"),
    "Members of government are not required to declare their assets, income, liabilities or interests, either on "
    "taking office or during their term. The only information made public is a curriculum vitae listing previous "
    "positions, published on the government website. Information on the arrangements for the management of "
    "financial interests is shared with the Prime Minister only.",
    "The authorities explained that the absence of a declaration system reflects the importance attached in the "
    "Netherlands to the protection of private life, and that the pre-appointment screening and the divestment of "
    "conflicting interests achieve the same purpose. The GET is not convinced. Screening takes place once, "
    "before appointment, and its results are not known to anyone outside a small circle. Declarations, by contrast, "
    "allow for continuous scrutiny, including by the public and the media, and protect members of government "
    "against unfounded allegations.",
    "GIE has consistently held that financial declarations are an essential tool for preventing conflicts of "
    "interest at the top of the executive. The declarations should cover financial interests, assets and "
    "significant liabilities, be updated when changes occur, and be subject to some form of verification. "
    "Information on spouses and dependent family members should be included as well, it being understood that "
    "such information would not necessarily need to be made public. GIE recommends",
    Recs(
        ("viii", "that persons with top executive functions be required to declare their financial interests, assets "
                 "and significant liabilities publicly upon taking office and at regular intervals thereafter, that "
                 "such declarations include information on spouses and dependent family members (it being understood "
                 "that the latter information would not necessarily need to be made public), and that they be "
                 "subject to appropriate verification.", ("BZK",)),
    ),
    H2("Accountability and enforcement mechanisms"),
    "Members of government have no immunity from criminal proceedings. For offences committed in office, Article 119 "
    "of the Constitution provides that present and former ministers and state secretaries are tried by the Supreme "
    "Court; proceedings are instituted by Royal Decree or by a resolution of the House of Representatives. Offences "
    "committed outside office are prosecuted under ordinary rules. Active and passive bribery of public officials "
    "are criminal offences under Articles 177 and 363 of the Criminal Code.",
    "No criminal proceedings for corruption offences have been brought against members of government in the last "
    "two decades. Political assistants, as civil servants, are subject to disciplinary law and to ordinary criminal "
    "law. The GET considers the criminal framework adequate. It is in the preventive field, as set out above, that "
    "the main gaps lie.",
)

CHAPTER_IV = (
    H("IV. Law enforcement agencies"),
    H2("Organisation and accountability of law enforcement agencies"),
    "The National Police was established on 1 January 2013 by the Police Act 2012, which merged the 25 regional "
    "police forces and the national police services into a single force. It consists of ten regional units, a "
    "national unit and a police services centre, headed by a chief commissioner. The Minister of Justice and "
    "Security is responsible for the management of the police, including its budget, organisation and personnel "
    "policy.",
    "Authority over the deployment of the police lies with the mayor for the maintenance of public order and with "
    "the public prosecutor for the enforcement of criminal law. Priorities are set locally in consultation between "
    "the mayors, the public prosecutor and the head of the regional unit. The police are accountable to the "
    "Minister, who in turn is accountable to Parliament; the Inspectorate of Justice and Security supervises the "
    "performance of police tasks.",
    "The Royal Netherlands Marechaussee is one of the four services of the armed forces. Its tasks include border "
    "control, including at Amsterdam Schiphol Airport, security at airports and royal residences, military police "
    "tasks for the armed forces, the fight against cross-border crime, and support to the National Police. The "
    "Minister of Defence is responsible for the management of the Marechaussee, including personnel and equipment, "
    "while the performance of its police tasks falls under the authority of the Minister of Justice and Security "
    "and the public prosecutor. Marechaussee staff are military personnel.",
    "Other bodies with law enforcement powers, such as the special investigation services, fall outside the scope "
    "of this report. The staff of the two agencies under review was as follows:",
    Table(
        header=("", "National Police", "Royal Netherlands Marechaussee"),
        rows=(
            ("Operational staff", "51,800", "6,620 (military)"),
            ("Administrative and technical staff", "13,900", "780 (civilian)"),
            ("Total", "65,700", "7,400"),
            ("Share of women", "36%", "21%"),
            ("Staff leaving the organisation in 2022", "3,950", "510"),
        ),
        widths=(2.2, 1.4, 1.8),
        rules="rows",
    ),
    P("Source: Ministry of Justice and Security and Ministry of Defence, position on 1 January 2023."),
    "Public trust in the police is high: according to a survey by the national statistical office, around 70% of "
    "the population expressed trust in the police in 2022. No comparable data exist for the Marechaussee. The "
    "police have four trade unions, which are consulted on personnel matters at national level; the Marechaussee "
    "has its own association within the military trade union structure.",
    H2("Anti-corruption and integrity policy"),
    "The integrity policy of the National Police is based on the Civil Servants Act 2017 and the Police Act 2012 "
    "and on the general legal status decree for police personnel. It is coordinated by the Department of Security, "
    "Integrity and Complaints at national level, with a corresponding department in each regional unit. These "
    "departments conduct preliminary investigations into suspected integrity violations, advise managers, and "
    "maintain a network of confidential counsellors.",
    "The police adopted a professional code in 2013, which sets out four core values – integrity, reliability, "
    "connectedness and courage – in a brochure of six pages. The GET found that the code is hardly known: few of "
    "the officers it met could describe its content, and none had used it to resolve a concrete dilemma. The code "
    "gives no practical guidance on the situations which the police themselves identify as the main integrity "
    "risks, such as the use of police information systems, contacts with persons from criminal circles, secondary "
    "activities and the use of social media.",
    "On the basis of their own risk analyses, the police and the Marechaussee identified the following main areas "
    "of integrity risk, which the GET discussed with them:",
    bullets(
        "unauthorised consultation of police databases and the leaking of information to third parties;",
        "contacts with criminals, including through family members, friends or sports clubs;",
        "corruption at the external border and at airports and seaports, in particular the facilitation of drug "
        "smuggling;",
        "secondary activities in the private security sector and in the hospitality industry;",
        "improper use of powers and of force;",
        "the use of drugs and gambling debts, which may make staff vulnerable to pressure.",
    ),
    "The GET takes the view that a code of conduct is only useful if it is known and used. The police's code should "
    "be revised into a practical instrument which explains how the core values apply to the situations officers "
    "actually face and which is regularly discussed within teams. GIE recommends",
    Recs(
        ("ix", "that the code of conduct of the National Police be revised and complemented with practical guidance "
               "and examples, covering in particular conflicts of interest, gifts, secondary activities, the use of "
               "police information systems and contacts with criminal circles, and that it be brought to the "
               "attention of all staff.", ("JenV",)),
    ),
    "The Marechaussee applies the Defence Code of Conduct, which is supplemented by instructions of the Commander "
    "of the Marechaussee. Integrity matters are handled by the integrity bureau of the Marechaussee under the "
    "coordination of the central integrity organisation of the Ministry of Defence. Following the Schiphol cases, "
    "the Marechaussee carried out a specific risk analysis in 2022 and introduced additional security measures in "
    "the baggage and freight areas. The GET welcomes these measures.",
    H2("Recruitment, career and conditions of service"),
    "Candidates for the police are recruited centrally and trained at the Police Academy. Before appointment, they "
    "undergo a background check carried out by the screening unit of the police, which includes a check of police "
    "and judicial records on the candidate and, with the candidate's consent, on persons in his or her immediate "
    "environment. They must also produce a certificate of conduct. Positions designated as positions of trust, "
    "for instance in criminal intelligence units, require an additional security screening by the General "
    "Intelligence and Security Service.",
    "Once appointed, police officers are not screened again, apart from staff in positions of trust, whose "
    "clearance is renewed every five years. The GET heard that the background of officers can change considerably "
    "during a career of thirty or forty years, and that several of the officers recently convicted of leaking "
    "information had developed contacts with criminal circles long after they had joined the police. The police "
    "themselves have called for periodic re-screening, but this requires a legal basis.",
    "All Marechaussee staff hold a security clearance for a position of trust within the armed forces and are "
    "re-screened by the Military Intelligence and Security Service every five years. The GET considers that a "
    "comparable regime is needed for the police. GIE recommends",
    Recs(
        ("x", "that regular re-screening of the staff of the National Police at appropriate intervals throughout "
              "their careers be introduced.", ("JenV",)),
    ),
    "Neither the police nor the Marechaussee have a policy of rotation for staff in functions particularly exposed "
    "to corruption. The GET met officers who had worked in the same team at the seaport or at the airport for more "
    "than fifteen years. It heard from the prosecution service that long periods in the same post make staff "
    "known to criminal networks, which deliberately cultivate relations with them, sometimes over many years.",
    "The authorities pointed out that staff shortages and the specialised knowledge required in these posts make "
    "rotation difficult. The GET acknowledges these constraints but considers that they can be addressed by "
    "longer rotation periods and by planning; they do not justify the absence of any policy. GIE recommends",
    Recs(
        ("xi", "that a policy of rotation be introduced for staff of the National Police and the Royal Netherlands "
               "Marechaussee in positions particularly exposed to corruption risks, such as those at airports and "
               "seaports.", ("JenV", "Defensie")),
    ),
    "Salaries in the police and the Marechaussee are set by collective agreement and are generally regarded as "
    "adequate. Promotion is based on vacancies and selection procedures; integrity is an element of the annual "
    "performance interview. Dismissal is possible as a disciplinary measure for serious misconduct.",
    H2("Training and awareness"),
    "Integrity forms part of the initial training of police officers at the Police Academy, which includes a module "
    "on professional ethics. After appointment, integrity training is not mandatory. A number of regional units "
    "organise sessions of “moral deliberation”, in which teams discuss a dilemma from their own practice under the "
    "guidance of a trained facilitator, and an e-learning course is available on a voluntary basis. Managers "
    "receive a module on integrity leadership when they are appointed to their first management position.",
    "In the Marechaussee, integrity is part of the initial military and police training at its training centre. "
    "Later in their careers, staff follow the general integrity module of the Ministry of Defence, which does not "
    "address the specific risks of border control and police work.",
    "The GET was impressed by the method of moral deliberation, which staff described as useful and relevant. It "
    "is, however, used unevenly and reaches only part of the staff. The GET considers that integrity training "
    "should accompany staff throughout their careers and be adapted to the risks of their posts. GIE recommends",
    Recs(
        ("xii", "that mandatory in-service integrity training at regular intervals be introduced for all staff of "
                "the National Police and the Royal Netherlands Marechaussee, including managers, adapted to the risks "
                "of their functions.", ("JenV", "Defensie")),
    ),
    H2("Conflicts of interest, secondary activities and gifts"),
    "Police officers must avoid conflicts of interest and report a potential conflict to their superior. Secondary "
    "activities must be reported and may be prohibited if they are incompatible with the proper performance of "
    "duties; secondary activities in the private security and investigation sector are prohibited. The regional "
    "units keep registers of secondary activities, which contained approximately 9,200 entries at the time of the "
    "visit. The GET heard that the registers are rarely checked against other sources.",
    "Gifts with a value of more than €50 must be refused or reported; invitations must be approved by the superior. "
    "Similar rules apply in the Marechaussee under the Defence Code of Conduct. There are no restrictions on the "
    "employment of former police officers, who frequently move to private security firms, banks and insurance "
    "companies. The GET invites the authorities to consider whether restrictions are needed for officers leaving "
    "posts with access to sensitive information.",
    H2("Oversight and enforcement"),
    "Suspected integrity violations by police officers are investigated internally by the Department of Security, "
    "Integrity and Complaints of the unit concerned. Where there is a suspicion of a criminal offence, the matter "
    "is reported to the public prosecutor, and serious cases are investigated by the National Police Internal "
    "Investigations Department, which operates under the authority of the Board of Procurators General. The same "
    "department investigates suspected offences by members of the Marechaussee. Members of the public can file "
    "complaints about police conduct under chapter 7 of the Police Act 2012, with the National Ombudsman as second "
    "instance.",
    "The police provided the GET with the following figures on internal integrity investigations:",
    Table(
        header=("Year", "Investigations opened", "Dismissals", "Other disciplinary measures",
                "Referred to Rijksrecherche"),
        rows=(
            ("2019", "1,104", "71", "412", "38"),
            ("2020", "1,188", "64", "455", "41"),
            ("2021", "1,243", "82", "470", "47"),
            ("2022", "1,317", "79", "503", "52"),
        ),
        widths=(0.8, 1.4, 1.1, 1.5, 1.5),
    ),
    "These figures are not published in this form. The annual report of the police mentions only the total number "
    "of investigations, without a breakdown by type of violation or outcome, and the Marechaussee publishes no "
    "figures at all; the Ministry of Defence reports on integrity for the armed forces as a whole. The GET was "
    "unable to obtain figures on the outcome of criminal proceedings against police officers.",
    "The GET considers that the publication of detailed statistics serves several purposes: it shows the public "
    "that violations are detected and sanctioned, it gives staff an idea of the consequences of misconduct, and it "
    "allows the authorities to identify trends and target their policies. GIE recommends",
    Recs(
        ("xiii", "that detailed statistics on integrity violations, disciplinary proceedings and criminal "
                 "investigations concerning staff of the National Police and the Royal Netherlands Marechaussee be "
                 "compiled and published annually.", ("JenV", "Defensie")),
    ),
    H2("Reporting obligations and whistleblower protection"),
    "Police officers, like all public servants, are obliged to report crimes committed by colleagues of which they "
    "become aware in the course of their duties (Article 162 of the Code of Criminal Procedure). Internal "
    "regulations require them to report integrity violations to their superior or to the integrity department. "
    "Under the Whistleblower Protection Act, they may also report to a confidential counsellor, to an external "
    "authority or to the Whistleblowers Authority. The police have a network of some 170 confidential "
    "counsellors.",
    "Members of the Marechaussee are bound by the reporting procedure of the Ministry of Defence, under which a "
    "report of suspected wrongdoing is in principle made through the chain of command. The confidential "
    "counsellors available to them are part of the Defence-wide network and are themselves military personnel. "
    "The GET heard from staff and from the union that the hierarchical culture of the Marechaussee deters staff "
    "from reporting, and that the fear of reprisals is widespread. Only eleven reports of suspected wrongdoing "
    "were made by Marechaussee staff in 2022.",
    "The GET considers that the low number of reports in an organisation of this size, with the known risks at "
    "the border and at airports, is a cause for concern. Staff must have the possibility of reporting outside the "
    "chain of command, to persons they trust, and must be confident that they will be protected. GIE recommends",
    Recs(
        ("xiv", "that the protection of whistleblowers within the Royal Netherlands Marechaussee be strengthened, in "
                "particular by providing for reporting channels outside the chain of command and by raising "
                "awareness of the protection available.", ("Defensie",)),
    ),
)

REPORT_BODY = numbered(CHAPTER_I + CHAPTER_II + CHAPTER_III + CHAPTER_IV, COUNTER)


def _repeat(numbers: tuple[str, ...], last: bool) -> ItemList:
    items = []
    for k, number in enumerate(numbers):
        text = REC_TEXT[number]
        for tail in ("; and", "."):
            if text.endswith(tail):
                text = text[: -len(tail)]
        end = "." if (last and k == len(numbers) - 1) else ";"
        text = f"{text} (paragraph {REC_PARAGRAPH[number]}){end}"
        items.append(ListItem(text, recommendation=Recommendation(number, REC_DEPTS[number],
                                                                  duplicate_of=number)))
    return ItemList(items=tuple(items), style="i)", start=ROMAN.index(numbers[0]) + 1)


CHAPTER_V = numbered((
    H("V. Recommendations and follow-up"),
    "In view of the findings of the present report, GIE addresses the following recommendations to the "
    "Netherlands:",
    P("Regarding central government (top executive functions)", bold=True),
    _repeat(ROMAN[:8], last=False),
    P("Regarding law enforcement agencies", bold=True),
    _repeat(ROMAN[8:], last=True),
    "Pursuant to Rule 30.2 of its Rules of Procedure, GIE invites the authorities of the Netherlands to submit a "
    "report on the measures taken to implement the above-mentioned recommendations by 30 September 2025. These "
    "measures will be assessed by GIE through its specific compliance procedure.",
    "GIE invites the authorities of the Netherlands to authorise, at their earliest convenience, the publication "
    "of this report, to translate the report into the national language and to make the translation publicly "
    "available.",
), COUNTER)

REPORT = Document(
    title="FIFTH EVALUATION ROUND",
    subtitle="Preventing corruption and promoting integrity in central government (top executive functions) and "
             "law enforcement agencies\nEVALUATION REPORT – THE NETHERLANDS",
    blocks=SUMMARY + REPORT_BODY + CHAPTER_V,
    running_header="GieEval V Rep (2023) 4E  |  Fifth Evaluation Round  |  The Netherlands",
    footer="{page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Group of Integrity Evaluators (GIE)",
             "Adopted by GIE at its 61st Plenary Meeting (Strasbourg, 18-22 March 2024)",
             "Public  |  GieEval V Rep (2023) 4E  |  Published on 17 May 2024"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV1 = "The code applies to all ministers and state secretaries, but not to their political assistants."
EV1B = ("The Government has chosen to keep political assistants under the Central Government Code of Conduct on "
        "Integrity, which applies to them as civil servants, rather than to bring them under the code for members "
        "of government.")
EV2 = ("Since July 2024, every new minister and state secretary has received an integrity briefing within the first "
       "month of taking office, and a follow-up session is organised for all members of government halfway through "
       "their term.")
EV3 = ("The analysis will be repeated at the start of each new government term, and its findings have already been "
       "used to revise the Handbook for prospective ministers and state secretaries and the explanatory guide to the "
       "code.")
EV4 = ("The Government does not, however, intend to establish a register of lobbyists, because such a register would "
       "require a legal definition of lobbying that cannot be drawn without restricting the freedom of citizens and "
       "organisations to approach their government.")
EV5 = ("All external appointments of ministers and state secretaries are now published weekly on the government "
       "website, stating the date, the persons and organisations met and the subject discussed.")
EV6 = ("Since January 2025, the Ministry of General Affairs has kept a central register of gifts, hospitality and "
       "travel offered to members of government, which is published on the government website every quarter.")
EV7 = ("The two-year ban on lobbying contacts and on commissions from the former ministry thus has a binding basis, "
       "but the Government has not set up an independent body to assess new positions of former members of "
       "government.")
EV8 = ("The Government does not intend to introduce a system of public declarations of assets, income and "
       "liabilities for members of government, because it considers such a system disproportionate to the risks "
       "identified in the Netherlands and an unjustified intrusion into the private life of members of government "
       "and their families.")
EV8B = ("The Government has informed the House of Representatives of its position in its letter of 4 June 2024 and "
        "again during the debate on the budget of the Ministry of the Interior and Kingdom Relations in November 2024.")
EV9 = ("The National Police adopted a new Code of Conduct on 14 January 2025, which replaces the professional code "
       "of 2013 and contains practical guidance and examples on each of the subjects mentioned by GIE.")
EV10 = ("A bill amending the Police Act 2012 to introduce periodic re-screening of all police staff was submitted to "
        "Parliament in March 2025.")
EV11 = ("The Government sees no reason to introduce a mandatory rotation policy for these positions.")
EV12 = ("Periodic integrity training has thus been made mandatory for all police staff, while for the Royal "
        "Netherlands Marechaussee no such training has been introduced.")
EV12B = ("The Ministry of Defence has decided not to introduce a separate periodic training for the Marechaussee for "
         "the time being.")

RESPONSE_BLOCKS = (
    H("Introduction"),
    P("In its Fifth Round Evaluation Report on the Netherlands, adopted at its 61st Plenary Meeting (18-22 March "
      "2024) and published on 17 May 2024, the Group of Integrity Evaluators (GIE) addressed fourteen "
      "recommendations to the Netherlands. In accordance with Rule 30.2 of its Rules of Procedure, GIE invited the "
      "authorities of the Netherlands to submit a report on the measures taken to implement these recommendations "
      "by 30 September 2025. The present situation report has been prepared by the Ministry of the Interior and "
      "Kingdom Relations in cooperation with the Ministry of General Affairs, the Ministry of Justice and Security, "
      "the Ministry of Defence, the National Police and the Royal Netherlands Marechaussee."),
    P("The Netherlands welcomed the evaluation report as a valuable contribution to the national debate on integrity "
      "in public office. Its publication coincided with the formation of a new government after the elections of "
      "November 2023, which made it possible to take several recommendations into account when the new members of "
      "government prepared to take office. The Dutch translation of the report was sent to the House of "
      "Representatives on 4 June 2024, together with a letter in which the Minister of the Interior and Kingdom "
      "Relations set out the first reactions of the Government. The sections below describe the measures taken "
      "since then. Where recommendations concern the same subject, they are dealt with together."),
    H("Central government (top executive functions)"),
    H2("Recommendation i."),
    P("GIE recommended that a code of conduct for persons with top executive functions – ministers, state "
      "secretaries and political assistants – be adopted and made public, complemented by explanatory guidance and "
      "concrete examples on conflicts of interest, gifts, contacts with third parties and lobbyists, the handling of "
      "confidential information and post-employment, and coupled with a mechanism of supervision and enforcement."),
    P("The Dutch authorities have drawn up a Code of Conduct on Integrity for Members of Government, which was "
      "adopted by the Council of Ministers on 2 July 2024, the day on which the new government took office, and "
      "published in the Government Gazette. " + EV1 + " The code sets out the core principles of integrity in "
      "office and contains separate chapters on conflicts of interest, including an obligation to report an ad hoc "
      "conflict to the Prime Minister and to record the transfer of the file to another member of government; on "
      "gifts, hospitality and travel; on contacts with lobbyists and other third parties; on confidential "
      "information; and on the period after leaving office. An explanatory guide with twenty-four practical "
      "examples, drawn partly from the risk analysis described under recommendation iii, accompanies the code.",
      answers=(Answer("i", "partial", EV1),)),
    P("Compliance with the code is overseen by the Prime Minister, who may seek the advice of the Secretary-General "
      "of the Ministry of General Affairs. Where the Prime Minister establishes that the code has been breached, "
      "Parliament is informed. The members of government of the current Council signed a statement that they "
      "will observe the code. " + EV1B + " Political assistants have a different legal position from that of "
      "members of government: they are employees, subject to disciplinary law, and the Central Government Code "
      "already covers conflicts of interest, gifts and confidential information. The Ministry of the Interior and "
      "Kingdom Relations has, however, added a section on the specific position of political assistants to the "
      "guidance accompanying the Central Government Code.",
      answers=(Answer("i", "partial", EV1B),)),
    H2("Recommendation ii."),
    P("GIE recommended that persons with top executive functions receive a briefing on integrity upon taking office "
      "and at regular intervals thereafter, and that a confidential counsellor be made available to them for advice "
      "on integrity matters."),
    P(EV2 + " The briefing is given by the secretary-general of the ministry concerned together with the central "
      "government integrity office and covers the code of conduct, the arrangements for financial interests and the "
      "rules on contacts with third parties. Political assistants take part in a separate session organised by the "
      "Ministry of General Affairs. In addition, a former Vice-President of the Council of State was appointed on "
      "1 October 2024 as confidential integrity adviser to members of government. Members of government can consult "
      "the adviser in confidence on any integrity question; the adviser reports annually to the Prime Minister on "
      "the number and nature of consultations, without naming individuals. In the first year, the adviser was "
      "consulted 31 times.",
      answers=(Answer("ii", "agree", EV2),)),
    H2("Recommendation iii."),
    P("GIE recommended that a systematic analysis be carried out of the integrity risks to which persons with top "
      "executive functions are exposed, and that its results be used to review the rules and guidance applicable to "
      "them."),
    P("At the request of the Ministry of the Interior and Kingdom Relations, an independent research institute carried "
      "out an analysis of the integrity risks associated with the positions of minister, state secretary and "
      "political assistant between April and November 2024. The researchers interviewed 26 former members of "
      "government, 19 current and former political assistants and 30 senior officials, and analysed integrity "
      "incidents reported in the media since 2000. The report was sent to the House of Representatives on 12 "
      "February 2025. It confirms the risk areas identified by GIE and adds the growing role of social media and the "
      "risks arising from the period between elections and the formation of a new government. " + EV3,
      answers=(Answer("iii", "agree", EV3),)),
    H2("Recommendations iv and v."),
    P("GIE recommended (iv) that rules be introduced on how persons with top executive functions engage in contacts "
      "with lobbyists and other third parties who seek to influence governmental decision-making, and that a public "
      "register of lobbyists be established; and (v) that the agendas of ministers and state secretaries be "
      "published systematically, including the subject of external meetings and the persons and organisations "
      "met."),
    P("The Government shares the view of GIE that openness about contacts between members of government and those "
      "who seek to influence their decisions strengthens public trust, and that it protects members of government "
      "themselves. As the two recommendations are closely related, they are answered together."),
    P("Chapter 5 of the code lays down rules for contacts with lobbyists and other third parties. A member of "
      "government who meets a representative of an interest group on a matter on which a decision is pending is "
      "accompanied by an official of the ministry, and a short record of the meeting is kept in the file. Written "
      "contributions received outside a meeting are forwarded to the ministry. Political assistants are bound by "
      "corresponding rules in the guidance to the Central Government Code. " + EV4 + " In the view of the "
      "Government, the publication of agendas described below already shows the public who members of government "
      "meet and on which subject.",
      answers=(Answer("iv", "partial", EV4),)),
    P("As regards the agendas, the instruction on the publication of the agendas of members of government was "
      "amended with effect from 1 January 2025. " + EV5 + " Exceptions are limited to meetings whose disclosure "
      "would endanger the safety of persons or harm the relations of the Netherlands with other States, and are "
      "recorded internally. A review by the Ministry of the Interior and Kingdom Relations of the first six months "
      "showed that 93% of the external meetings recorded in the internal diaries had been published.",
      answers=(Answer("v", "agree", EV5),)),
    H2("Recommendation vi."),
    P("GIE recommended that the rules on gifts, hospitality and other benefits for persons with top executive "
      "functions be clarified, and that gifts and benefits above the applicable threshold be recorded in a register "
      "that is published at regular intervals."),
    P("Chapter 4 of the Code of Conduct brings the rules on gifts and other benefits together. Members of government "
      "do not accept gifts with a value of more than €50; gifts that cannot be refused without causing offence are "
      "handed over to the ministry. Invitations to events and offers of travel or accommodation paid for by third "
      "parties are accepted only where attendance is in the interest of the office and with the approval of the "
      "secretary-general, and the costs of travel are in principle borne by the ministry. " + EV6 + " The register "
      "states the date, the donor, a description and the estimated value, as well as whether the gift or invitation "
      "was accepted. The first publication, in April 2025, covered the first quarter of 2025.",
      answers=(Answer("vi", "agree", EV6),)),
    H2("Recommendation vii."),
    P("GIE recommended that binding rules on post-employment be adopted for persons with top executive functions, "
      "including a cooling-off period for lobbying contacts with their former ministry and for positions in sectors "
      "for which they were responsible, and that an independent body be entrusted with assessing proposed new "
      "positions and publishing its advice."),
    P("Chapter 7 of the Code of Conduct provides that former ministers and state secretaries may not, for two years "
      "after leaving office, engage in lobbying contacts with their former ministry on behalf of third parties, and "
      "that the ministry may not engage them as consultants, interim managers or otherwise on a commercial basis "
      "during that period. Members of government undertake, by signing the code, to observe these rules after they "
      "leave office, and the Government Accounts Decree was amended on 1 March 2025 so that ministries may not enter "
      "into contracts with former members of government within the two-year period. Former members of government "
      "who take up a new position during that period are asked to inform the Secretary-General of the Ministry of "
      "General Affairs, whose advice is made public. " + EV7 + " The Government considers that the assessment of "
      "new positions is best left to the person concerned and, ultimately, to public and parliamentary scrutiny. No "
      "restrictions have been introduced for the acceptance of positions in sectors for which the former member of "
      "government was responsible.",
      answers=(Answer("vii", "partial", EV7),)),
    H2("Recommendation viii."),
    P("GIE recommended that persons with top executive functions be required to declare their financial interests, "
      "assets and significant liabilities publicly upon taking office and at regular intervals thereafter, that such "
      "declarations include information on spouses and dependent family members, and that they be subject to "
      "appropriate verification."),
    P("The Government has carefully considered this recommendation, also in the light of the risk analysis carried "
      "out in 2024, which did not identify undeclared financial interests as a significant source of integrity "
      "incidents at the top of government. " + EV8 + " The existing safeguards remain in place: candidates discuss "
      "their interests during the pre-appointment screening, conflicting financial interests must be divested or "
      "placed under management at arm's length before taking office, and the arrangement is approved by the Prime "
      "Minister. The Code of Conduct now also obliges members of government to report any change in their financial "
      "interests to the Prime Minister without delay. The curricula vitae of members of government, including their "
      "previous positions, continue to be published on the government website.",
      answers=(Answer("viii", "disagree", EV8),)),
    P("The Government has informed the House of Representatives of its position in its letter of 4 June 2024 and "
      "again during the debate on the budget of the Ministry of the Interior and Kingdom Relations in November "
      "2024. A motion calling for a public register of financial interests of members of government was rejected by "
      "the House on 26 November 2024.",
      answers=(Answer("viii", "disagree", EV8B),)),
    H("Law enforcement agencies"),
    H2("Recommendation ix."),
    P("GIE recommended that the code of conduct of the National Police be revised and complemented with practical "
      "guidance and examples, covering in particular conflicts of interest, gifts, secondary activities, the use of "
      "police information systems and contacts with criminal circles, and that it be brought to the attention of all "
      "staff."),
    P(EV9 + " The code was drawn up with a group of 120 officers from all units and discussed with the central works "
      "council and the police unions. It is organised around thirty dilemmas from daily practice, among them the "
      "consultation of police systems for private purposes, contacts with acquaintances who have a criminal record, "
      "secondary activities in the hospitality sector and the use of social media. All staff received the code "
      "personally in February 2025, and from 2025 onwards the code is discussed in every annual performance "
      "interview. The code is published on the website of the police.",
      answers=(Answer("ix", "agree", EV9),)),
    H2("Recommendation x."),
    P("GIE recommended that regular re-screening of the staff of the National Police at appropriate intervals "
      "throughout their careers be introduced."),
    P(EV10 + " Under the bill, all police staff will be re-screened every five years, and in the interim whenever "
      "there are indications that a member of staff may have become vulnerable to improper influence. The "
      "re-screening will include a check of police and judicial records and, where necessary, of the financial "
      "situation of the member of staff. The Council of State gave its opinion on the bill in January 2025, and the "
      "House of Representatives is expected to debate it before the end of 2025. Pending the entry into force of "
      "the bill, the police began in April 2025 with the re-screening, on a voluntary basis, of staff working in "
      "the seaport of Rotterdam and at Schiphol; by 1 September 2025, 1,480 officers had been re-screened.",
      answers=(Answer("x", "agree", EV10),)),
    H2("Recommendation xi."),
    P("GIE recommended that a policy of rotation be introduced for staff of the National Police and the Royal "
      "Netherlands Marechaussee in positions particularly exposed to corruption risks, such as those at airports and "
      "seaports."),
    P("The authorities share the concern of GIE about the attempts of criminal networks to recruit staff at the "
      "airports and seaports. " + EV11 + " The staff concerned have specialised knowledge of the port and airport "
      "processes which takes years to acquire, and both the police and the Marechaussee face a structural shortage "
      "of staff; mandatory rotation would weaken the operational capacity precisely where it is most needed. The "
      "risks are addressed by the measures already in place, such as the logging and monitoring of queries in "
      "police systems, the four-eyes principle for sensitive tasks, the security clearances of Marechaussee staff "
      "and the integrity checks carried out by managers. The police and the Marechaussee consider these measures "
      "adequate.",
      answers=(Answer("xi", "disagree", EV11),)),
    H2("Recommendation xii."),
    P("GIE recommended that mandatory in-service integrity training at regular intervals be introduced for all staff "
      "of the National Police and the Royal Netherlands Marechaussee, including managers, adapted to the risks of "
      "their functions."),
    P("Since 1 January 2025, every member of the police has been required to take part at least once a year in a "
      "session of moral deliberation within his or her team, and to complete every two years an e-learning module "
      "on the new Code of Conduct. Staff in integrity-sensitive positions, including those at the seaports and "
      "airports, follow an additional annual module on recognising and resisting attempts at recruitment by "
      "criminals. Managers are trained as facilitators of moral deliberation. Participation is recorded and "
      "reviewed in the annual performance interview. " + EV12,
      answers=(Answer("xii", "partial", EV12),)),
    P("Marechaussee staff continue to follow the integrity training of the Ministry of Defence at the start of "
      "their career and when they are promoted. " + EV12B + " The Ministry will consider the need for additional "
      "training for the specific tasks of the Marechaussee as part of the evaluation of the Defence integrity "
      "policy, which is planned for 2026.",
      answers=(Answer("xii", "partial", EV12B),)),
    H2("Recommendation xiv."),
    P("GIE recommended that the protection of whistleblowers within the Royal Netherlands Marechaussee be "
      "strengthened, in particular by providing for reporting channels outside the chain of command and by raising "
      "awareness of the protection available."),
    P("The Ministry of Defence is reviewing the procedures for reporting suspected wrongdoing within the armed forces "
      "as a whole, including the Royal Netherlands Marechaussee, in the light of the evaluation of the "
      "Whistleblower Protection Act that is currently being carried out for the Ministry of the Interior and "
      "Kingdom Relations. The outcome of this review is expected in the first half of 2026. The authorities will "
      "report on the follow-up given to this recommendation in the next situation report."),
    H("Concluding remarks"),
    P("The Netherlands trusts that the information provided above demonstrates the efforts made since the adoption "
      "of the evaluation report, in particular the adoption of the first code of conduct for members of government "
      "and the new code of conduct of the National Police. The authorities remain at the disposal of GIE for any "
      "further information and will keep GIE informed of further developments, in particular as regards the bill on "
      "the re-screening of police staff that is pending before Parliament."),
    P("The Hague, 26 September 2025"),
)

RESPONSE = Document(
    title="Situation report of the Netherlands",
    subtitle="GIE Fifth Evaluation Round – Preventing corruption and promoting integrity in central government (top "
             "executive functions) and law enforcement agencies  |  Submitted by the Ministry of the Interior and "
             "Kingdom Relations",
    blocks=RESPONSE_BLOCKS,
    running_header="Situation report of the Netherlands  |  GIE Fifth Evaluation Round",
    footer="Page {page} of {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="greco_integrity_compliance_en",
    report=REPORT,
    response=RESPONSE,
    description="GIE (GRECO-like) fifth-round evaluation report on the Netherlands with numbered paragraphs and 14 "
                "roman-numbered recommendations embedded after analysis paragraphs, repeated in a closing chapter; "
                "answered by a situation report of BZK per recommendation, iv and v together, xiii omitted, xiv "
                "deferred to the next report.",
)
