"""Pair: a fictional Joint Committee on Children's Online Safety report (English, UK-select-committee style) and the
government response letter of the Minister of Justice and Security.

Layout traits this pair tests: a serif report with a title page, an unnumbered summary and committee page, and a
body in which EVERY paragraph is a numbered list item ("1." ... "75."), numbered continuously across the chapter
headings.  List items cannot be bold in the renderer, so the fourteen recommendations are body paragraphs that begin
"We recommend that"; in the body they are annotated as duplicates (printed number = their paragraph number,
duplicate_of = the recommendation number).  At the end, "Conclusions and recommendations" repeats them as a
separately numbered list 1-14, each ending "(Paragraph N)"; these are the gold numbers.  So the printed labels of the
body recommendations (e.g. "14.", "29.") look like recommendation numbers but are paragraph numbers.

The response is a letter (no title page, sans) from the Minister of Justice and Security on behalf of the
Government.  Context paragraphs (thanks, existing DSA policy, "welcomes") take no position.  Each recommendation has a
level-2 heading "Recommendation N (paragraph P)" followed by the recommendation quoted in bold and the answer;
recommendations 7 and 8 share one heading and one paragraph with different positions; recommendation 12 has no
heading and is never mentioned.

Gold positions:
 1 minimum age 15 in law (KR&D, JenV): disagree, polite ("does not fit within the European framework").
 2 public age verification app (KR&D): agree without cue word (EUR 7.5 million, available 1 October 2026).
 3 ACM priority + EUR 4 million a year (EZ, KABINET): partial (EUR 2 million now, more only to be considered).
 4 Data Protection Authority guidance (JenV): not addressed (passed on to the independent AP, no position).
 5 police capacity online child sexual exploitation (JenV): agree ("The Government accepts this recommendation").
 6 safe chat defaults in games (KR&D): partial (only explores a voluntary code).
 7 loot boxes under the Betting and Gaming Act (JenV): disagree, blunt ("does not accept").
 8 EU ban on paid loot boxes (KABINET): agree (same paragraph as 7; committed joint proposal in autumn 2025).
 9 statutory attainment targets on online safety (OCW): agree ("accepts", date).
10 school protocol for online incidents (OTHER, schools): not addressed ("notes" plus existing policy).
11 teacher training programme (OCW): agree without cue word (EUR 3.2 million a year from 2025-26).
12 municipalities and online youth work (GEMEENTEN): not addressed (never mentioned).
13 structural funding of a helpline (JenV, OCW): partial ("accepts this recommendation in part").
14 annual Children's Online Safety Monitor (JenV): disagree, polite ("does not consider it opportune").
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


def bullets(*texts: str) -> ItemList:
    return ItemList(items=tuple(ListItem(text) for text in texts), style="•")


class _Body:
    """Collects the numbered body paragraphs; every paragraph is a list item, numbered through the headings."""

    def __init__(self) -> None:
        self.blocks: list = []
        self.items: list[ListItem] = []
        self.start = 1
        self.count = 0
        self.recs: list[tuple[str, tuple[str, ...], int]] = []  # (text, departments, paragraph number)

    def _flush(self) -> None:
        if self.items:
            self.blocks.append(ItemList(items=tuple(self.items), style="1.", start=self.start))
            self.items = []
        self.start = self.count + 1

    def h(self, text: str, level: int = 1) -> None:
        self._flush()
        self.blocks.append(Heading(text, level=level))

    def p(self, text: str) -> None:
        self.count += 1
        self.items.append(ListItem(text))

    def rec(self, text: str, *departments: str) -> None:
        self.count += 1
        number = str(len(self.recs) + 1)
        self.recs.append((text, tuple(departments), self.count))
        self.items.append(ListItem(text, recommendation=Recommendation(str(self.count), tuple(departments),
                                                                       duplicate_of=number)))

    def finish(self) -> list:
        self._flush()
        return self.blocks


B = _Body()

# --------------------------------------------------------------------------------------------------------------
# Report body
# --------------------------------------------------------------------------------------------------------------

B.h("1 Introduction")
B.p("Children in the Netherlands grow up online. Nine out of ten children between the ages of ten and twelve use at "
    "least one social media or video platform, and by the age of fourteen almost every child does. Most of them also "
    "play online games, often for several hours a week and often together with people they have never met. For "
    "many children these platforms are where they keep in touch with friends, find information, relax and discover "
    "who they are.")
B.p("The benefits are real, and children told us so with some force. But so are the risks. In the past two years "
    "the police, schools, youth workers and parents have reported a steep rise in online grooming, sextortion and "
    "bullying, and researchers have raised concerns about the design of platforms that are built to hold the "
    "attention of users for as long as possible. Many parents told us that they feel they are fighting a battle "
    "they cannot win.")
B.p("The House of Representatives and the Senate established this Joint Committee in March 2024, following a motion "
    "adopted by both Houses that called for a parliamentary inquiry into the safety of children on social media and "
    "gaming platforms. Our terms of reference asked us to examine the nature and scale of the risks, the "
    "effectiveness of the current legal framework, the role of platforms, regulators, schools and local "
    "authorities, and what more the Government should do.")
B.p("We received 143 written submissions and held nine public evidence sessions between May and December 2024. We "
    "heard from the Minister of Justice and Security, the State Secretary for Digitalisation, officials of the "
    "Ministry of Education, Culture and Science, the Authority for Consumers and Markets, the Dutch Data Protection "
    "Authority, the police, platform companies, game developers, researchers, teachers, youth workers and parents. "
    "The full list of witnesses is published on the Committee's website.")
B.p("We also wanted to hear directly from children. In October 2024 we held a closed session with a youth panel of "
    "36 pupils aged between eleven and seventeen from schools in Almere, Enschede, Rotterdam and Maastricht, and we "
    "visited two secondary schools and a youth centre. We are grateful to all of them for their candour. Where we "
    "quote children in this report, we do so anonymously and with their permission.")
B.p("In this report we use the term 'platforms' for social media services, video-sharing services and online games "
    "that allow users to communicate with each other, including the chat functions built into games. We do not "
    "address screen time in general, nor the use of smartphones in class, except where they bear directly on the "
    "safety of children on these platforms.")
B.p("Much of the relevant law is European. Since 17 February 2024 the Digital Services Act has applied in full to "
    "all online platforms that serve users in the European Union. It requires providers of online platforms that "
    "are accessible to minors to put in place appropriate and proportionate measures to ensure a high level of "
    "privacy, safety and security for them, and it prohibits advertising based on profiling where the provider knows "
    "with reasonable certainty that the user is a minor. The largest platforms are supervised by the European "
    "Commission; others by the regulator of the Member State in which they are established.")
B.p("Chapter 2 of this report describes the risks children face. Chapter 3 deals with age limits, age assurance "
    "and the design of platforms, and Chapter 4 with online games. Chapter 5 turns to schools, families and "
    "municipalities, and Chapter 6 to the support available to children and to accountability. Our recommendations "
    "are set out in the relevant chapters and brought together at the end of the report.")

B.h("2 The risks children face online")
B.p("Researchers commonly group online risks into four categories: content, contact, conduct and contract. Content "
    "risks arise when children see material that is harmful to them; contact risks when adults or other children "
    "seek them out with harmful intent; conduct risks when children themselves behave in ways that harm others; and "
    "contract risks when children are drawn into commercial relationships they do not understand. We found evidence "
    "of all four.")
B.h("Harmful content", 2)
B.p("Several witnesses described how recommender systems can lead children from ordinary content to material about "
    "self-harm, extreme dieting or suicide within a short time. A researcher who set up test accounts for fictional "
    "thirteen-year-olds told us that on one platform, after less than an hour of watching videos about feeling "
    "unhappy, more than half of the recommended videos concerned self-harm or depression.")
B.p("A youth worker from Enschede told us that the girls she works with 'are not looking for this content; it finds "
    "them'. Children on our youth panel recognised this. Several said they had learned to 'retrain' their feed by "
    "deliberately scrolling past certain videos, but most agreed that it was difficult to escape once a platform had "
    "decided what they were interested in.")
B.h("Grooming and sextortion", 2)
B.p("The police told us that reports of online grooming of children rose by more than forty per cent between 2022 "
    "and 2024. The typical pattern is that an adult makes contact on a gaming or social media platform, builds "
    "trust over weeks or months, and then moves the conversation to a private messaging service where it cannot be "
    "seen by moderators.")
B.p("Financial sextortion is a newer and fast-growing form of abuse. Victims, most often boys between fourteen and "
    "seventeen, are persuaded to share intimate images and then threatened with publication unless they pay. The "
    "police told us that much of this activity is carried out by organised groups outside the European Union, that "
    "a single group may target hundreds of children at the same time, and that victims are often too ashamed to "
    "tell anyone.")
B.p("We heard moving evidence from the parents of a sixteen-year-old boy who was blackmailed in this way. Within "
    "three hours of the first message he had paid everything he had saved and was being asked for more. His parents "
    "told us that he had not known that he could report the blackmail, and that they themselves had not known where "
    "to turn.")
B.h("Bullying and commercial pressure", 2)
B.p("Online bullying remains widespread. In a survey of secondary school pupils presented to us, one in five said "
    "they had been bullied online in the past year, and one in ten said that an image of them had been shared "
    "without their consent. Teachers told us that conflicts that begin online frequently continue in the classroom "
    "and the other way round.")
B.p("Contract risks are less visible but no less real. Children are exposed to targeted marketing, influencers who "
    "do not disclose paid content, and in-game purchases designed to encourage repeated spending. We return to the "
    "specific issue of loot boxes in Chapter 4.")
B.h("Mental health and the state of the evidence", 2)
B.p("The relationship between social media use and the mental health of children is contested. Some researchers "
    "told us that the rise in anxiety and depression among teenagers since the early 2010s is closely linked to the "
    "spread of smartphones and social media. Others argued that the evidence for a causal link is weak, that effects "
    "differ greatly between children, and that the debate risks distracting attention from the specific harms that "
    "can be clearly demonstrated.")
B.p("We do not need to resolve that debate to reach our conclusions. Whatever the overall effect of social media "
    "on well-being, the evidence of specific and serious harm to individual children is compelling. It is also "
    "clear that the risks are not evenly spread: children who are already vulnerable, because of problems at home, "
    "mental health difficulties or a disability, are more likely to encounter harm online and less likely to have "
    "someone to turn to.")
B.p("Parents who gave evidence told us that they feel powerless. They are told to supervise their children's online "
    "lives, but the tools platforms offer them are complicated, change often and are easy for children to get "
    "around. Several parents told us that they had given their child a smartphone earlier than they wanted to "
    "because 'everyone else in the class already had one'.")
B.p("Children, for their part, were clear that they did not want to be excluded from platforms that matter to their "
    "social lives. 'I don't want to leave,' a fifteen-year-old from Almere told us, 'I want it to be less toxic.' We "
    "have kept that message in mind throughout this inquiry: the aim must be to make platforms safer for children, "
    "not merely to keep children off them.")

B.h("3 Age limits, age assurance and platform design")
B.h("A minimum age for social media", 2)
B.p("Almost all major social media platforms set a minimum age of thirteen in their terms of service. In practice "
    "this limit is not enforced: a user only has to enter a date of birth. Figures presented to us suggest that "
    "around seven in ten children aged ten to twelve have at least one social media account, and that most of them "
    "created it themselves.")
B.p("A growing number of parents and professionals are calling for a statutory minimum age. The parents' campaign "
    "'Offline until Fifteen', which gave evidence to us, has collected more than 80,000 signatures for a law that "
    "would prohibit platforms from offering accounts to children under fifteen. Several school leaders supported "
    "the campaign, arguing that a legal norm would make it easier for individual families to say no.")
B.p("Other countries are moving in this direction. Australia adopted legislation in late 2024 that sets a minimum "
    "age of sixteen for certain social media platforms, and France requires parental consent for children under "
    "fifteen. Several other Member States are considering similar measures, and the European Parliament has called "
    "for a harmonised digital minimum age.")
B.p("The State Secretary for Digitalisation told us that a national minimum age would sit uneasily with the Digital "
    "Services Act, which harmonises the obligations of online platforms throughout the Union. She argued that "
    "progress would be faster through European guidelines and through better age assurance. Legal experts who gave "
    "evidence were divided on how much room the Digital Services Act leaves to Member States; two of them considered "
    "that a national rule aimed at protecting minors could be justified.")
B.p("We accept that a minimum age in law will not by itself keep young children off social media. But the law also "
    "sets a norm. A clear statutory minimum age would support parents and schools, shift the burden of proof to the "
    "platforms and give regulators a firm basis for enforcement. We are not persuaded that the Netherlands must wait "
    "for a European consensus that may take years to emerge.")
B.rec("We recommend that the Minister of Justice and Security and the State Secretary for Digitalisation bring "
      "forward legislation, to take effect no later than 1 January 2026, establishing a statutory minimum age of "
      "fifteen for holding an account on a social media platform, and that the Government defend this approach in "
      "the European Union if its compatibility with the Digital Services Act is challenged.", "KR&D", "JenV")
B.h("Age assurance", 2)
B.p("Any age limit, whether set by law or by a platform, depends on the ability to establish a user's age. Witnesses "
    "described three broad methods: self-declaration, which is easily circumvented; age estimation, for example by "
    "analysing a photograph of the user's face; and age verification on the basis of an identity document or a "
    "trusted digital identity.")
B.p("Each method has drawbacks. Age estimation is not accurate enough around the threshold that matters most, and "
    "raises questions about the processing of biometric data. Verification on the basis of identity documents "
    "requires users to hand over more personal data to platforms than is necessary, which privacy experts and the "
    "Dutch Data Protection Authority warned against.")
B.p("The European Commission is developing an age verification solution based on the European digital identity "
    "framework, and the Netherlands is one of the Member States taking part in the pilot. Officials told us that the "
    "underlying technology allows a user to prove that they are above a certain age without revealing their name, "
    "date of birth or any other information to the platform.")
B.p("We consider that such a 'double-blind' approach offers the best prospect of reconciling effective age checks "
    "with privacy. But it will only make a difference if it is available to everyone, free of charge, and easy enough "
    "to use that platforms cannot claim it is impractical. That requires the Government to take the lead rather "
    "than to wait for the market.")
B.rec("We recommend that the State Secretary for Digitalisation develop, in line with the European digital identity "
      "framework, a free and privacy-preserving age verification app that allows users to prove their age without "
      "disclosing their identity, and make it available to the public by the end of 2026.", "KR&D")
B.h("Safety by design", 2)
B.p("Many of the harms we heard about are linked to design choices: endless feeds, autoplay, streaks that reward "
    "daily use, notifications late at night, public profiles by default and recommender systems that optimise for "
    "engagement. Witnesses from the platforms told us that they offer extensive safety settings for teenagers. "
    "Children on our youth panel told us that they rarely use them and that many are switched off with one tap.")
B.p("Article 28 of the Digital Services Act requires providers to take appropriate and proportionate measures to "
    "protect minors, and the European Commission has published guidelines setting out what it expects, including "
    "private accounts by default for minors and limits on features that encourage excessive use. The effect of "
    "these guidelines will depend on how rigorously they are enforced.")
B.p("The Authority for Consumers and Markets (ACM) is the Digital Services Coordinator for the Netherlands. Because "
    "most large platforms are established in Ireland or supervised directly by the European Commission, the ACM's "
    "direct supervisory role concerns mainly smaller platforms established in the Netherlands, including several "
    "gaming and video platforms popular with children. It also passes on complaints from Dutch users and takes part "
    "in European cooperation.")
B.p("The ACM told us that it has around twelve full-time staff for all its tasks under the Digital Services Act, and "
    "that the protection of minors is one of many competing priorities. It has so far opened no investigation "
    "specifically concerning minors. We do not regard that as a criticism of the ACM, which has had to build up a "
    "new supervisory task from scratch, but it shows that the present resources are not equal to the task.")
B.rec("We recommend that the Authority for Consumers and Markets make the protection of minors under Article 28 of "
      "the Digital Services Act an explicit supervisory priority, and that the Government provide the Authority with "
      "dedicated structural funding of at least €4 million a year for this task from 2026.", "EZ", "KABINET")
B.h("Children's personal data", 2)
B.p("Under the General Data Protection Regulation and the Dutch implementing act, children under sixteen need the "
    "consent of a parent for the processing of their personal data on the basis of consent. In practice, many "
    "platforms rely on other legal grounds, and the data of children are used to personalise content in ways that "
    "children and parents do not understand.")
B.p("The Dutch Data Protection Authority told us that it has issued little specific guidance on the processing of "
    "children's data by platforms, and that its enforcement capacity in this area is limited. Other regulators have "
    "gone further: the age-appropriate design code in the United Kingdom, for example, sets out fifteen standards "
    "that online services likely to be accessed by children are expected to meet.")
B.rec("We recommend that the Dutch Data Protection Authority publish, before the end of 2025, guidance for platforms "
      "on the processing of children's personal data, modelled on an age-appropriate design code, and report to "
      "Parliament annually on its enforcement activities in this area.", "JenV")

B.h("4 Online games")
B.p("Gaming is part of everyday life for most Dutch children. Around 85 per cent of children aged eight to "
    "seventeen play online games, and many of the most popular games are as much social spaces as games: players "
    "build worlds together, talk to each other while playing and form friendships that continue outside the game.")
B.h("Contact with strangers", 2)
B.p("The police told us that a large share of grooming cases they investigate begin in online games. Offenders use "
    "the chat and voice functions of games to make contact, often posing as children of the same age, and offer "
    "in-game currency or items to build trust. Once trust is established, they move the conversation to a private "
    "messaging service.")
B.p("The police teams responsible for investigating online child sexual exploitation receive tens of thousands of "
    "referrals a year, many of them from platforms via the American National Center for Missing and Exploited "
    "Children. Senior officers told us frankly that they are unable to assess all referrals in good time, and that "
    "cases involving a child in immediate danger are prioritised at the expense of others.")
B.p("We find it unacceptable that reports of the sexual exploitation of children lie unassessed for months because "
    "of a lack of capacity. Every unassessed referral may concern a child who is being abused now. The teams "
    "concerned have been expanded modestly in recent years, but the growth in referrals has far outpaced that "
    "expansion.")
B.rec("We recommend that the Minister of Justice and Security expand the capacity of the police teams investigating "
      "online child sexual exploitation, including grooming and sextortion, by at least 50 FTE by 2027, so that "
      "every referral can be assessed within one month of receipt.", "JenV")
B.p("Prevention matters as much as investigation. Game developers who gave evidence told us that it is technically "
    "straightforward to switch off voice and text chat with strangers by default for younger players, or to limit "
    "chat to players on a friends list approved by a parent. Some games already do this; others leave chat open to "
    "everyone unless a parent changes the settings.")
B.p("The age labels of the Pan European Game Information system tell parents about violence, language and other "
    "content in a game, but say nothing about whether a child can be contacted by strangers. The label 'in-game "
    "interactions' tells parents that contact is possible, not how it is controlled.")
B.rec("We recommend that the State Secretary for Digitalisation agree with the games industry, within twelve months, "
      "binding default settings for players under sixteen under which voice and text chat with unknown players is "
      "switched off unless a parent enables it, and that legislation follow if no such agreement is reached.",
      "KR&D")
B.h("Loot boxes and in-game spending", 2)
B.p("Loot boxes are virtual containers that a player can buy, with real money or in-game currency, without knowing "
    "what they contain. Researchers told us that the mechanism closely resembles gambling and that there is a "
    "consistent association between spending on loot boxes and problem gambling among young people, although the "
    "direction of causality has not been established.")
B.p("In 2018 the Netherlands Gambling Authority concluded that some loot boxes fell within the scope of the Betting "
    "and Gaming Act, but a later judgment of the Council of State narrowed the scope for enforcement considerably. "
    "Belgium, by contrast, has treated paid loot boxes as games of chance since 2018, although research suggests "
    "that enforcement there has been patchy.")
B.p("We consider that paid loot boxes have no place in games that are played by children. The clearest way to "
    "achieve this in the Netherlands is to bring them explicitly within the scope of the Betting and Gaming Act, so "
    "that they can only be offered under a licence, which would in practice not be granted for games aimed at "
    "minors.")
B.rec("We recommend that the Minister of Justice and Security amend the Betting and Gaming Act so that paid loot "
      "boxes are explicitly treated as games of chance.", "JenV")
B.p("Because the games market is international, a national measure will be most effective if it is part of a wider "
    "European approach. The European Commission is preparing a Digital Fairness Act that may address in-game "
    "currencies and loot boxes, and several Member States have called for action.")
B.rec("We recommend that the Government press within the European Union for a ban on paid loot boxes in all games "
      "that are accessible to minors, and take the initiative for a joint proposal with like-minded Member States.",
      "KABINET")

B.h("5 Schools, families and municipalities")
B.h("Education", 2)
B.p("Children need to learn how to deal with risks online, just as they learn to cross the road. Teachers told us "
    "that they address online safety when an incident occurs, but that there is little structured attention for it "
    "in the curriculum. The quality and amount of teaching depend heavily on the interest of individual teachers.")
B.p("The revised attainment targets for digital literacy, which have been under development since 2019, include "
    "elements of online safety. They have not yet been made statutory, and schools told us that they are waiting for "
    "clarity before investing in new teaching materials. We regard further delay as harmful.")
B.rec("We recommend that the Minister of Education, Culture and Science make the attainment targets for digital "
      "literacy, including online safety, statutory for primary and secondary schools as soon as possible and in "
      "any case no later than the 2027–28 school year.", "OCW")
B.p("When something goes wrong online, schools are often the first to find out. We heard of schools that acted "
    "swiftly and with great care when intimate images of a pupil were circulated, and of others that did not know "
    "whether they should contact the police, whether they could look at the images, or how to inform parents. The "
    "difference lay not in goodwill but in preparation.")
B.p("Schools are responsible for the safety of their pupils, including their social safety, and many schools "
    "already have an anti-bullying protocol. Few of these protocols deal with sextortion or the sharing of intimate "
    "images, which require a different response.")
B.rec("We recommend that every primary and secondary school adopt, by the start of the 2025–26 school year, a "
      "written protocol for responding to online incidents involving pupils, including sextortion and the sharing "
      "of intimate images, and designate a trained member of staff as the point of contact.", "OTHER")
B.p("Teachers cannot be expected to deal with these situations without training. Teacher training colleges pay "
    "little attention to online safety, and the in-service training on offer is fragmented and often paid for by "
    "individual schools. A national programme would give every school access to the same basic knowledge.")
B.rec("We recommend that the Minister of Education, Culture and Science fund a national training programme on "
      "online safety for teachers and school staff, so that every school has at least two trained members of staff "
      "by 2028.", "OCW")
B.h("Parents", 2)
B.p("Parents are the first line of protection for most children, but they cannot protect their children from "
    "dangers they do not understand. Many parents who gave evidence said they had learned about sextortion or loot "
    "boxes only when their own child was affected. Information for parents is available from many sources, but it "
    "is scattered, and the parents who most need it are the least likely to find it.")
B.p("We welcome the public information campaigns run by the Government in recent years, but we note that they "
    "have not been evaluated. Information for parents should be practical, available in several languages and "
    "offered through channels that parents already use, such as schools, child health clinics and libraries.")
B.h("Municipalities", 2)
B.p("Municipalities are responsible for youth policy, youth care and youth work. Yet the online world rarely features "
    "in local youth policy. Youth workers told us that they see young people on the street and in youth centres, "
    "but that much of what happens in young people's lives now takes place on platforms where no adult professional "
    "is present.")
B.p("Some municipalities, including Rotterdam and Zwolle, have started projects in which youth workers are active on "
    "the platforms young people use, answering questions and referring young people to help where needed. These "
    "projects are promising but small and depend on temporary funding.")
B.rec("We recommend that municipalities include online safety in their local youth policy and, together with the "
      "Association of Netherlands Municipalities, ensure that youth workers are also present on the platforms where "
      "young people spend their time.", "GEMEENTEN")

B.h("6 Support for children and accountability")
B.h("Help when things go wrong", 2)
B.p("Children who are harmed online need somewhere to turn. The national helpline for online abuse, which advises "
    "children and parents and helps them to have images removed, told us that the number of requests for help "
    "doubled between 2022 and 2024. Its funding is provided through annual project subsidies from two ministries, "
    "which means that it cannot plan or recruit staff for more than a year ahead.")
B.p("The police also stressed the importance of the helpline. Many children do not want to go to the police, and "
    "the helpline can help them to have images removed quickly and, where appropriate, encourage them to report a "
    "crime. Removing images within hours rather than days makes a real difference to the harm suffered.")
B.rec("We recommend that the Minister of Justice and Security and the Minister of Education, Culture and Science "
      "provide structural funding for the national helpline for online abuse from 2026, at a level that allows it to "
      "answer every request for help within 24 hours.", "JenV", "OCW")
B.h("Accountability", 2)
B.p("Responsibility for children's online safety is divided between several ministers. The Minister of Justice and "
    "Security is responsible for criminal law and for gambling policy; the State Secretary for Digitalisation for "
    "the Digital Services Act and digital identity; the Minister of Education, Culture and Science for education; "
    "and the Minister of Health, Welfare and Sport for youth policy. We were struck by how often each of them "
    "referred us to the others.")
B.p("We welcome the fact that the Minister of Justice and Security has been asked to coordinate the Government's "
    "policy in this area. But coordination requires a shared picture of what is happening. At present, data on "
    "online harm to children are collected by many organisations, using different definitions, and nobody brings "
    "them together.")
B.p("A regular, independent overview would allow Parliament and the public to see whether the measures taken are "
    "working. It should combine data from the police, the helpline, regulators and research among children, and "
    "should be published every year.")
B.rec("We recommend that the Minister of Justice and Security establish an independent Children's Online Safety "
      "Monitor, published every year and sent to Parliament, that brings together data on online harm to children "
      "and on the effect of the measures taken.", "JenV")
B.h("Conclusion", 2)
B.p("The internet is not going away, and neither are the platforms on which children spend so much of their lives. "
    "The question is not whether children should be online, but on what terms. For too long those terms have been "
    "set by companies whose business models reward attention rather than safety.")
B.p("Our recommendations ask something of everyone: of the Government, of regulators, of schools and of "
    "municipalities. Taken together, they would give children in the Netherlands a safer digital childhood without "
    "shutting them out of the spaces that matter to them. We look forward to the Government's response within the "
    "customary period of two months.")

BODY_BLOCKS = B.finish()
RECS = B.recs
PARA = {str(i + 1): para for i, (_, _, para) in enumerate(RECS)}

CONCLUSIONS = ItemList(
    items=tuple(ListItem(f"{text} (Paragraph {para})", recommendation=Recommendation(str(i + 1), depts))
                for i, (text, depts, para) in enumerate(RECS)),
    style="1.",
)

REPORT_BLOCKS = (
    H("The Joint Committee on Children's Online Safety"),
    P("The Joint Committee on Children's Online Safety was appointed by the House of Representatives and the Senate "
      "on 12 March 2024 to inquire into the safety of children on social media and gaming platforms and to report to "
      "both Houses with recommendations."),
    P("Current membership", bold=True),
    bullets(
        "Marieke van Oosterhout (Chair, House of Representatives)",
        "Jeroen Hazelhoff (House of Representatives)",
        "Samira El Bouazzaoui (House of Representatives)",
        "Pieter-Jan de Wilde (House of Representatives)",
        "Anneloes Brinkman (Senate)",
        "Hendrik Oudeman (Senate)",
        "Fleur Tjoa (Senate)",
    ),
    P("Powers", bold=True),
    P("The Committee may take evidence in public and in private, appoint specialist advisers and publish the written "
      "evidence it receives. Its report is laid before both Houses, and the Government is asked to respond within two "
      "months."),
    P("Committee staff", bold=True),
    P("The staff of the Committee during this inquiry were Ruben Kamphuis (Clerk), Lotte Verschuur (Second Clerk), "
      "Dr Ingrid Maas (Specialist Adviser) and Yusuf Demir (Committee Assistant)."),
    PageBreak(),
    H("Summary"),
    P("Children in the Netherlands spend a large part of their social lives on social media and in online games. These "
      "platforms bring them friendship, creativity and information, but they also expose them to harmful content, to "
      "adults who seek to exploit them, to bullying and to commercial practices designed to keep them playing and "
      "paying. The evidence we received leaves no doubt that the harm done to some children is serious, and that it "
      "falls hardest on those who are already vulnerable."),
    P("The rules that should protect children online are largely European. The Digital Services Act places real "
      "obligations on platforms, but enforcement has barely begun, and the Dutch regulators lack the people and the "
      "focus to make the most of it. Age limits set by the platforms themselves are not enforced, and the tools "
      "needed to check a user's age in a way that respects privacy are not yet available."),
    P("We call on the Government to set a statutory minimum age of fifteen for social media accounts, to provide a "
      "free and privacy-preserving way of proving one's age, and to give the Authority for Consumers and Markets the "
      "means to enforce the protection of minors. In online games, we want chat with strangers switched off by "
      "default for younger players and paid loot boxes treated as gambling, in the Netherlands and throughout the "
      "European Union. The police must be able to assess every report of online child sexual exploitation promptly."),
    P("Schools, parents and municipalities also have a part to play. We recommend statutory attainment targets on "
      "online safety, a protocol for online incidents in every school, a national training programme for teachers, "
      "online youth work in every municipality and secure funding for the national helpline. Finally, we propose an "
      "annual independent monitor so that Parliament can see whether children are in fact becoming safer online."),
    PageBreak(),
    *BODY_BLOCKS,
    PageBreak(),
    H("Conclusions and recommendations"),
    P("The recommendations of the Committee are numbered below in the order in which they appear in the report. The "
      "paragraph of the report in which each recommendation is made is given in brackets."),
    CONCLUSIONS,
    H("Formal minutes"),
    P("Tuesday 11 March 2025. Members present: Marieke van Oosterhout, in the Chair; Anneloes Brinkman, Samira El "
      "Bouazzaoui, Jeroen Hazelhoff, Hendrik Oudeman, Fleur Tjoa and Pieter-Jan de Wilde. Draft Report (Safe to "
      "Play? Children's safety on social media and gaming platforms), proposed by the Chair, brought up and read. "
      "Ordered, That the draft Report be read a second time, paragraph by paragraph. Paragraphs 1 to "
      f"{B.count} read and agreed to. Resolved, That the Report be the First Report of the Committee to both Houses."),
)

REPORT = Document(
    title="Safe to Play? Children's safety on social media and gaming platforms",
    subtitle="First Report of the Joint Committee on Children's Online Safety, Session 2024–25",
    blocks=REPORT_BLOCKS,
    running_header="Safe to Play? Children's safety on social media and gaming platforms",
    footer="{page}",
    font_family="serif",
    font_size=10.5,
    title_page=True,
    imprint=("Report, together with formal minutes relating to the report",
             "Ordered by the House of Representatives and the Senate to be printed 11 March 2025",
             "The Hague"),
)

# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------


def rec_heading(number: str) -> Heading:
    return H2(f"Recommendation {number} (paragraph {PARA[number]})")


def quoted(number: str) -> Paragraph:
    return P(RECS[int(number) - 1][0], bold=True)


EV1 = ("A national statutory minimum age for social media accounts does not, in the Government's view, fit within "
       "the European framework, and the Government will therefore not bring forward the legislation the Committee "
       "proposes.")
EV2 = ("The State Secretary for Digitalisation has set aside €7.5 million for the development of a public age "
       "verification app, which will be available free of charge to all residents of the Netherlands from "
       "1 October 2026.")
EV3 = ("The Government will make an additional €2 million a year available to the Authority for its supervision of "
       "the protection of minors from 2026; whether a further increase is needed will be considered in the light of "
       "the Authority's first annual report on its supervision under the Digital Services Act.")
EV5 = "The Government accepts this recommendation."
EV6 = ("The State Secretary will therefore explore with the games industry whether such default settings can be laid "
       "down in a voluntary code of conduct.")
EV7 = "The Government does not accept recommendation 7."
EV8 = ("The Minister of Justice and Security will, together with like-minded Member States, present a joint proposal "
       "for an EU-wide ban on paid loot boxes in games accessible to minors to the Competitiveness Council in the "
       "autumn of 2025.")
EV9 = ("The Government accepts this recommendation: the revised attainment targets for digital literacy, including "
       "online safety, will become statutory for primary and secondary schools on 1 August 2027.")
EV11 = ("From the 2025–26 school year the Minister of Education, Culture and Science will fund a national training "
        "programme on online safety for teachers and school staff, with a budget of €3.2 million a year for four "
        "years, designed so that every school can train at least two members of staff by 2028.")
EV13 = "The Government accepts this recommendation in part."
EV14 = ("The Government does not consider it opportune to set up a separate monitor alongside the research and "
        "reporting that already exist.")

RESPONSE_BLOCKS = (
    P("To the Chair of the Joint Committee on Children's Online Safety"),
    P("Date: 13 May 2025          Reference: 5981204          Subject: Government response to the report 'Safe to "
      "Play?'"),
    P("Dear Chair,"),
    P("On 11 March 2025 the Joint Committee on Children's Online Safety published its first report, 'Safe to Play? "
      "Children's safety on social media and gaming platforms'. On behalf of the Government, and in agreement with "
      "the Minister of Education, Culture and Science and the State Secretary for Digitalisation, I hereby send you "
      "the Government's response to the report."),
    P("The Government is grateful to the Committee for its thorough and carefully argued report, and to the many "
      "people who gave evidence. The Government is particularly grateful to the children and young people of the "
      "youth panel, whose contributions give the report much of its force. The Government welcomes the Committee's "
      "report and shares its central message: the aim is to make platforms safer for children, not to shut children "
      "out of the online world."),
    H("The Government's approach"),
    P("The protection of children online is a shared responsibility of several members of the Government. Since "
      "January 2025 I have coordinated the Government's policy in this area, with the State Secretary for "
      "Digitalisation responsible for the implementation of the Digital Services Act and digital identity, and the "
      "Minister of Education, Culture and Science for education. The Government's policy rests on three pillars: "
      "European rules that hold platforms to account, effective enforcement of criminal law, and support for "
      "children, parents and schools."),
    P("The Digital Services Act has applied in full since 17 February 2024. The Authority for Consumers and Markets "
      "has been designated as the Digital Services Coordinator for the Netherlands, and the Dutch Data Protection "
      "Authority supervises compliance with the rules on personal data. The European Commission supervises the "
      "largest platforms and has opened formal proceedings against several of them concerning the protection of "
      "minors. The Government regards rigorous European enforcement as the most effective lever available."),
    P("The Committee's recommendations are reproduced below in bold, followed by the Government's response. Where "
      "this response refers to a paragraph, it refers to the paragraph numbering of the Committee's report."),
    H("Response to the recommendations"),
    rec_heading("1"),
    quoted("1"),
    P("The Government shares the Committee's concern that the minimum age set by platforms is not enforced, and it "
      "understands the wish of many parents for a clear norm. The Digital Services Act, however, fully harmonises "
      "the obligations of online platforms in respect of the protection of minors, and the European Commission has "
      "made clear that Member States may not impose additional obligations on platforms in the areas it covers. "
      + EV1,
      answers=(Answer("1", "disagree", EV1),)),
    P("The Government will instead continue to argue in the European Union for a harmonised digital minimum age, as "
      "set out in the joint declaration that the Netherlands signed with several other Member States in 2024. In "
      "the meantime, the Government supports the guidance for parents that advises against social media use before "
      "the age of fifteen."),
    rec_heading("2"),
    quoted("2"),
    P("The Government welcomes this recommendation. The Netherlands is taking part in the European pilot for age "
      "verification based on the European digital identity framework, and the results of the first tests are "
      "encouraging. " + EV2 + " The app will allow users to prove that they have reached a certain age without "
      "sharing any other personal data with the platform, and it will be developed with the Dutch Data Protection "
      "Authority and tested with parents and young people before it is launched.",
      answers=(Answer("2", "agree", EV2),)),
    rec_heading("3"),
    quoted("3"),
    P("The Government agrees with the Committee that the protection of minors deserves a prominent place in the "
      "supervision of the Digital Services Act. The Authority for Consumers and Markets is, however, an independent "
      "regulator that sets its own supervisory priorities, and it is not for the Government to determine them. "
      + EV3,
      answers=(Answer("3", "partial", EV3),)),
    rec_heading("4"),
    quoted("4"),
    P("The Dutch Data Protection Authority is an independent supervisory authority within the meaning of the General "
      "Data Protection Regulation. The choice of which guidance to publish and which enforcement action to take is "
      "for the Authority alone. I have forwarded the Committee's report to the Authority, which has informed me that "
      "it will respond to the Committee directly."),
    rec_heading("5"),
    quoted("5"),
    P(EV5 + " The police teams investigating online child sexual exploitation will grow by 60 FTE by the end of "
      "2027, for which €18 million a year has been reserved from 2026 onwards in the budget of the Ministry of "
      "Justice and Security. The police will also introduce an automated triage system to ensure that every referral "
      "is assessed within one month of receipt, and I will inform Parliament of progress each year.",
      answers=(Answer("5", "agree", EV5),)),
    rec_heading("6"),
    quoted("6"),
    P("The Government agrees that safe default settings can prevent much harm, and welcomes the fact that some games "
      "already switch off chat with strangers for younger players. Obligations for providers of online platforms "
      "are, however, laid down at European level, and national legislation on default settings would run into the "
      "same objections as those set out under recommendation 1. " + EV6 + " The State Secretary will report on "
      "the outcome of these talks in the Digital Society progress letter at the end of 2025.",
      answers=(Answer("6", "partial", EV6),)),
    H2("Recommendations 7 and 8 (paragraphs "
       f"{PARA['7']} and {PARA['8']})"),
    quoted("7"),
    quoted("8"),
    P("The Government recognises the concerns about loot boxes described by the Committee. " + EV7 + " The Betting "
      "and Gaming Act is designed for the regulated gambling market, and bringing loot boxes within its scope would "
      "require a licensing regime for games that the Netherlands Gambling Authority is neither designed nor equipped "
      "to supervise, while games offered from abroad would remain largely out of reach. The Government does, "
      "however, agree that the problem calls for a European answer. " + EV8 + " The Government will also ask the "
      "European Commission to address loot boxes in its forthcoming proposal for a Digital Fairness Act.",
      answers=(Answer("7", "disagree", EV7), Answer("8", "agree", EV8))),
    rec_heading("9"),
    quoted("9"),
    P(EV9 + " The bill laying down the new targets will be submitted to Parliament before the summer of 2025. "
      "Schools will receive support in preparing for the new targets through the national curriculum expertise "
      "centre, and teaching materials will be available from the 2026–27 school year.",
      answers=(Answer("9", "agree", EV9),)),
    rec_heading("10"),
    quoted("10"),
    P("The Government notes this recommendation. Schools are required by law to pursue a policy on the social safety "
      "of pupils, to monitor that safety and to designate a contact person for bullying. Since 2024, schools have "
      "also been able to use the model protocol on the sharing of intimate images published by the sector councils "
      "for primary and secondary education. The Education Inspectorate assesses whether schools fulfil their duty of "
      "care for social safety as part of its regular supervision."),
    rec_heading("11"),
    quoted("11"),
    P(EV11 + " The programme will be developed with the teacher training colleges and the national helpline for "
      "online abuse and will be offered free of charge to schools. Participation will be voluntary, but the Minister "
      "will ask school boards to report on it in their annual reports.",
      answers=(Answer("11", "agree", EV11),)),
    rec_heading("13"),
    quoted("13"),
    P(EV13 + " The Government recognises the importance of the helpline and the increase in requests for help that "
      "the Committee describes. The Minister of Education, Culture and Science and I will provide the helpline with "
      "a multi-year grant for 2026 and 2027 of €2.4 million a year, which will allow it to recruit staff on "
      "permanent contracts and to extend its opening hours. A decision on structural funding after 2027 will be "
      "taken in the light of an evaluation of the helpline's work, and the Government does not wish to commit now to "
      "a response time of 24 hours for every request.",
      answers=(Answer("13", "partial", EV13),)),
    rec_heading("14"),
    quoted("14"),
    P("The Government agrees with the Committee that Parliament should have a clear picture of online harm to "
      "children. Data on this subject are, however, already collected and published in the annual crime figures of "
      "the police, the youth health monitor, the international study on the health behaviour of school-aged children "
      "and the annual reports of the helpline and the regulators. " + EV14 + " I will ensure that the progress "
      "letter on the Government's policy refers to the most recent figures from these sources.",
      answers=(Answer("14", "disagree", EV14),)),
    H("Finally"),
    P("The Committee's report comes at a moment when the European rules are beginning to bite and public concern about "
      "children's safety online is greater than ever. The Government will continue to work with the Committee, with "
      "Parliament and with all the parties concerned to ensure that children in the Netherlands can grow up safely "
      "in a digital world."),
    P("I am sending a copy of this letter to the President of the House of Representatives and to the President of "
      "the Senate."),
    P("Yours sincerely,"),
    P("The Minister of Justice and Security,"),
    P("mr. D.H.M. van Leeuwaarden-Strik"),
)

RESPONSE = Document(
    title="Government response to the First Report of the Joint Committee on Children's Online Safety",
    subtitle="Letter from the Minister of Justice and Security, on behalf of the Government",
    blocks=RESPONSE_BLOCKS,
    running_header="Government response – Safe to Play?",
    footer="Page {page} of {pages}",
    font_family="sans",
    font_size=10.0,
    title_page=False,
)

PAIR = Pair(
    name="online_safety_committee_en",
    report=REPORT,
    response=RESPONSE,
    description="English joint-committee report in UK select-committee style (every body paragraph numbered, 14 "
                "'We recommend that' paragraphs repeated as a separately numbered 'Conclusions and recommendations' "
                "list 1-14) and the Minister of Justice and Security's response with 'Recommendation N (paragraph P)' "
                "headings; 4 passed to the Data Protection Authority, 10 only noted, 12 not mentioned.",
)
