"""Pair: a fictional advice of the "Raad voor Gezondheid en Leefomgeving" (a Gezondheidsraad-like advisory council)
on plant protection products and the health of people living next to fields, answered in one joint letter of the
minister of LVVN and the staatssecretaris of VWS.

Report layout: sans, title page with imprint, running header, "Pagina x" footer, a one-page "Aanbiedingsbrief" to
both bewindspersonen, then "Samenvatting": one paragraph on the questions and method, a framed one-cell box (a ruled
one-column table headed "Kernadvies" with the gist of the advice; the renderer cannot frame a list, so the box holds
the gist and the lettered lists follow right under it) and the fourteen recommendations, lettered a to n in three "a." lists under bold
lead-ins ("Toelating en Europese inzet", "Gebruik, afstand en toezicht", "Monitoring, onderzoek en voorlichting");
the second and third list continue the lettering (start=4, start=11).  The recommendations are printed only there:
chapters 4-6 explain them in prose ("Daarom adviseert de raad ...") without repeating them as a list.  Lists that are
not recommendations: the "1." list of the five questions of the adviesaanvraag (chapter 1), bullet lists of
working methods, exposure routes, findings and conclusions on health effects, an "a." list of the three weighing
categories of the council (lettered like the recommendations, not recommendations), a bullet list of current
measures (chapter 5), "–" lists of committee members and abbreviations in the annexes.  Chapter 2 holds a grid
table of measured exposure figures (air, house dust, urine), chapter 3 a small table with row rules of
epidemiological studies.  Footnotes throughout.

Response layout: serif letter without title page (letterhead), running header with kenmerk, "Pagina x van y".
"Geachte Voorzitter," then "1. Inleiding" (thanks, what the council concludes, a bullet list of measures since 2019
that are not answers, how the letter is built), "2. Reactie van de minister van LVVN" and "3. Reactie van de
staatssecretaris van VWS", each with level-2 subsections in which the bewindspersoon answers the recommendations in
his or her field in prose, in the first person; "4. Tot slot" and the two signatures.  Letters are cited in
parentheses ("(aanbeveling b)"), in the running text ("Over de aanbevelingen e en f ...", "aanbeveling m") or not
at all (h, n answered by subject only).

  ltr recommendation (departments)                                  gold position / why
  a   Ctgb: residents' exposure via volatilisation and house dust   not_addressed - passed on: the Ctgb is independent
      in the authorisation risk assessment; EFSA 2022 guidance        and will inform the Kamer itself; the minister
      (OTHER)                                                          takes no position
  b   LVVN: EU method for combined exposure, priority in the          agree     - committed: put on the agenda of the
      Agriculture and Fisheries Council (LNV)                          AGRIFISH Council of March 2026 with others
  c   LVVN: ask the Ctgb for a priority national re-assessment of     partial   - three substances re-assessed with
      products with neurotoxic indications (LNV)                       priority, the rest waits for the EU review
  d   LVVN: statutory 50 m spray-free zone around homes, schools,    partial   - 50 m for schools, childcare and care
      childcare, care homes; inside only 95% drift reduction (LNV)     homes; 25 m and 90% around homes (two
                                                                      paragraphs; the first decides)
  e   LVVN: oblige growers to notify residents within 250 m 24 h    disagree  - "neem ik niet over"; supports a
      in advance (LNV)                                                 voluntary sector app instead
  f   LVVN: mandatory digital registration, data open for research   partial   - same paragraph as e: registration
      and per field for residents (LNV)                                (EU duty) and research access yes, per-field
                                                                      access for residents "niet verantwoord"
  g   provinces: instruction rules for a screening zone at new       not_addressed - never mentioned
      housing, schools and childcare next to intensive crops (OTHER)
  h   LVVN: NVWA checks compliance near homes and schools more       agree     - by subject only: NVWA instructed to
      often, with the capacity needed (LNV)                            check 600 farms a year, 2,1 million euro
  i   LVVN: lay down the goals of the Toekomstvisie 2030 in law,      disagree  - "acht ik niet wenselijk"
      interim goals, yearly report to the Tweede Kamer (LNV)
  j   LVVN: stimulate resilient cropping systems (investment          not_addressed - the response only describes the
      scheme, practice networks) (LNV)                                 existing subsidy scheme and networks, without
                                                                      a position
  k   VWS: RIVM national monitoring network air and house dust,      agree     - "neem ik over"
      published yearly (VWS)
  l   VWS: research programme of at least ten years (Parkinson,      partial   - four-year programme funded, a
      child development) (VWS)                                         ten-year commitment declined for now
  m   RIVM: yearly geographical analysis of Parkinson and childhood  disagree  - "zie ik geen aanleiding"; the
      leukaemia near fields (VWS)                                      staatssecretaris does not ask the RIVM for it
  n   VWS with the GGD'en: one national information point for        agree     - by subject only: funded at GGD GHOR
      residents (VWS, GEMEENTEN)                                       Nederland from 1 July 2026

Totals: agree 4 (b, h, k, n), partial 4 (c, d, f, l), disagree 3 (e, i, m), not_addressed 3 (a, g, j).
The Ctgb has no code of its own in departments.csv; it is coded OTHER.  The introduction of the letter agrees with
the council's findings ("Wij onderschrijven de conclusie ...") and says a part of the advice is adopted: neither is
an answer to a recommendation.  All prose, names and figures are fictional and written for this test set.
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


def lettered(start: int, *items: tuple[str, str, tuple[str, ...]]) -> ItemList:
    """A piece of the Kernadvies: (letter, text, departments); the list continues the lettering at ``start``."""
    return ItemList(
        items=tuple(ListItem(text, recommendation=Recommendation(letter, depts)) for letter, text, depts in items),
        style="a.",
        start=start,
    )


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

REPORT_BLOCKS = (
    H("Aanbiedingsbrief"),
    P("Aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur en de staatssecretaris van "
      "Volksgezondheid, Welzijn en Sport"),
    P("Onderwerp: aanbieding advies Gewasbeschermingsmiddelen en de gezondheid van omwonenden"),
    P("Uw kenmerk: DGA-PAV / 27301145  |  Ons kenmerk: RGL-2025/11"),
    P("Den Haag, 24 juni 2025"),
    P("Geachte minister, geachte staatssecretaris,"),
    P("Op 14 november 2023 vroegen uw ambtsvoorgangers de Raad voor Gezondheid en Leefomgeving om advies over de "
      "risico's van gewasbeschermingsmiddelen voor de gezondheid van mensen die in de buurt van landbouwpercelen "
      "wonen. Aanleiding waren de uitkomsten van het Blootstellingsonderzoek Teeltgebieden, nieuwe "
      "epidemiologische studies over de ziekte van Parkinson en de aanhoudende zorgen van omwonenden in de "
      "bollenstreek, de fruitteeltgebieden en de akkerbouwgebieden in het noorden en zuidwesten van het land. "
      "Hierbij bied ik u het advies aan dat de commissie Gewasbescherming en Omwonenden van de raad heeft "
      "opgesteld."),
    P("De raad concludeert dat omwonenden aantoonbaar worden blootgesteld aan gewasbeschermingsmiddelen, ook in "
      "huis en ook buiten het spuitseizoen. Voor de meeste stoffen liggen de gemeten concentraties ruim onder de "
      "grenzen die bij de toelating als veilig gelden. Tegelijk neemt de toelating een deel van de "
      "blootstelling niet mee, en wijzen epidemiologische studies op een verhoogd risico op de ziekte van "
      "Parkinson bij langdurige blootstelling. Die onzekerheid rechtvaardigt naar het oordeel van de raad "
      "voorzorg: maatregelen die de blootstelling beperken zonder te wachten tot de wetenschap uitsluitsel geeft."),
    P("De raad doet veertien aanbevelingen, gericht aan u beiden, aan het College voor de toelating van "
      "gewasbeschermingsmiddelen en biociden, aan het RIVM en aan de provincies. Zij zijn samengevat in het "
      "Kernadvies dat op deze brief volgt. Omdat de aanbevelingen samenhangen, vraagt de raad u om er in één "
      "gezamenlijke reactie op in te gaan."),
    P("Met vriendelijke groet,"),
    P("prof. dr. M.A. van Heeswijk, voorzitter van de Raad voor Gezondheid en Leefomgeving"),
    PageBreak(),
    H("Samenvatting"),
    P("De minister van LVVN en de staatssecretaris van VWS hebben de raad gevraagd wat bekend is over de "
      "blootstelling van omwonenden van landbouwpercelen aan gewasbeschermingsmiddelen, welke gevolgen dat kan "
      "hebben voor hun gezondheid en welke maatregelen doelmatig zijn. De raad baseert zich op een systematische "
      "weging van de wetenschappelijke literatuur, een heranalyse van de meetgegevens uit het "
      "Blootstellingsonderzoek Teeltgebieden en gesprekken met toezichthouders, telers en omwonenden."),
    Table(
        header=("Kernadvies",),
        rows=((
            "Omwonenden van landbouwpercelen worden blootgesteld aan gewasbeschermingsmiddelen via drift, via "
            "verdamping na het spuiten en via stof dat in huis terechtkomt. De toelating houdt met de laatste twee "
            "routes en met de gelijktijdige blootstelling aan meerdere stoffen onvoldoende rekening. Er zijn "
            "aanwijzingen, geen bewijs, dat langdurige blootstelling het risico op de ziekte van Parkinson "
            "verhoogt.\n"
            "De raad adviseert daarom voorzorg: de risicobeoordeling verbreden, de blootstelling dicht bij huizen en "
            "scholen beperken, omwonenden beter informeren, en monitoring en onderzoek zo inrichten dat over tien "
            "jaar wel een antwoord kan worden gegeven. De aanbevelingen staan hieronder; de hoofdstukken 4 tot en "
            "met 6 lichten ze toe.",
        ),),
        rules="grid",
    ),
    P("Toelating en Europese inzet", bold=True),
    lettered(
        1,
        ("a", "Het Ctgb neemt bij de beoordeling van aanvragen voor toelating de blootstelling van omwonenden via "
              "vervluchtiging na het spuiten en via huisstof mee, naast de blootstelling door drift. Het past "
              "daarbij de EFSA-leidraad voor de beoordeling van de blootstelling van omwonenden uit 2022 volledig "
              "toe.", ("OTHER",)),
        ("b", "De minister van LVVN zet zich in Europees verband in voor een geharmoniseerde methode om de "
              "gecombineerde blootstelling aan meerdere werkzame stoffen te beoordelen, en maakt dit tot een "
              "prioriteit in de Landbouw- en Visserijraad.", ("LNV",)),
        ("c", "De minister van LVVN vraagt het Ctgb om toegelaten middelen met werkzame stoffen waarvoor "
              "aanwijzingen bestaan voor neurotoxische effecten, met voorrang opnieuw te beoordelen, zonder de "
              "Europese herbeoordeling van die stoffen af te wachten.", ("LNV",)),
    ),
    P("Gebruik, afstand en toezicht", bold=True),
    lettered(
        4,
        ("d", "De minister van LVVN legt wettelijk een spuitvrije zone vast van ten minste 50 meter rond woningen, "
              "scholen, kinderopvang en zorginstellingen. Binnen die zone is spuiten alleen toegestaan met "
              "technieken die de drift met ten minste 95 procent verminderen.", ("LNV",)),
        ("e", "De minister van LVVN verplicht telers om omwonenden binnen 250 meter uiterlijk 24 uur van tevoren "
              "te informeren over een voorgenomen bespuiting, met vermelding van het middel dat zal worden "
              "gebruikt.", ("LNV",)),
        ("f", "De minister van LVVN verplicht telers om elke toepassing van een gewasbeschermingsmiddel digitaal "
              "te registreren, met middel, dosering, perceel en tijdstip. Deze gegevens worden beschikbaar gesteld "
              "voor wetenschappelijk onderzoek en, op perceelniveau, voor omwonenden die daarom vragen.",
         ("LNV",)),
        ("g", "De provincies nemen in hun omgevingsverordening instructieregels op die gemeenten verplichten om "
              "bij nieuwe woningbouw, scholen en kinderopvang naast percelen met intensieve teelten een "
              "afschermende zone in te richten.", ("OTHER",)),
        ("h", "De minister van LVVN zorgt ervoor dat de NVWA de naleving van de gebruiksvoorschriften en de "
              "driftreducerende maatregelen nabij woningen en scholen gericht en vaker controleert, en geeft de "
              "NVWA daarvoor de benodigde capaciteit.", ("LNV",)),
        ("i", "De minister van LVVN legt de doelen van de Toekomstvisie gewasbescherming 2030 wettelijk vast, met "
              "tussendoelen voor 2027 en een jaarlijkse voortgangsrapportage aan de Tweede Kamer.", ("LNV",)),
        ("j", "De minister van LVVN stimuleert de omschakeling naar weerbare teeltsystemen die met minder middelen "
              "toekomen, onder meer met een investeringsregeling voor precisietechniek en mechanische "
              "onkruidbestrijding en met kennisoverdracht via praktijknetwerken van telers.", ("LNV",)),
    ),
    P("Monitoring, onderzoek en voorlichting", bold=True),
    lettered(
        11,
        ("k", "De staatssecretaris van VWS laat het RIVM een landelijk meetnet opzetten dat de concentraties van "
              "gewasbeschermingsmiddelen in buitenlucht en huisstof in de belangrijkste teeltgebieden structureel "
              "meet, en maakt de resultaten jaarlijks openbaar.", ("VWS",)),
        ("l", "De staatssecretaris van VWS financiert een onderzoeksprogramma van ten minste tien jaar naar de "
              "relatie tussen langdurige blootstelling aan gewasbeschermingsmiddelen en de ziekte van Parkinson, "
              "en naar effecten op de neurologische ontwikkeling van kinderen.", ("VWS",)),
        ("m", "Het RIVM maakt jaarlijks een geografische analyse van het vóórkomen van de ziekte van Parkinson en "
              "van leukemie bij kinderen in relatie tot de nabijheid van teeltgebieden.", ("VWS",)),
        ("n", "De staatssecretaris van VWS richt samen met de GGD'en één landelijk informatiepunt in waar "
              "omwonenden terechtkunnen met vragen en gezondheidsklachten, en zorgt voor eenduidige informatie over "
              "risico's en handelingsperspectief.", ("VWS", "GEMEENTEN")),
    ),
    PageBreak(),
    H("1 Inleiding"),
    H2("1.1 Aanleiding"),
    P("In Nederland wordt op ongeveer 1,1 miljoen hectare landbouwgrond gewasbeschermingsmiddelen gebruikt. Een "
      "groot deel van die grond ligt dicht bij woonkernen: volgens een analyse van het Kadaster wonen ruim "
      "780.000 mensen binnen 250 meter van een perceel met akkerbouw, bollenteelt, fruitteelt of boomteelt. Voor "
      "hen is de toepassing van middelen geen abstract vraagstuk. Zij ruiken het als er gespoten wordt, zien de "
      "spuitmachine langs de tuin rijden en vragen zich af wat dat betekent voor de gezondheid van hun kinderen."),
    P("Het debat over dit onderwerp is niet nieuw. In 2019 verscheen het Onderzoek Bestrijdingsmiddelen en "
      "Omwonenden, dat voor het eerst systematisch mat in welke mate omwonenden van bollenpercelen worden "
      "blootgesteld. In 2023 volgde het Blootstellingsonderzoek Teeltgebieden, dat het onderzoek uitbreidde naar "
      "fruit- en akkerbouwgebieden en ook huisstof en urine van kinderen onderzocht. Tegelijk verschenen in "
      "binnen- en buitenland studies die een verband leggen tussen blootstelling aan bepaalde middelen en de "
      "ziekte van Parkinson. De Tweede Kamer nam in 2023 een motie aan die de regering verzocht om een "
      "onafhankelijk advies over de gezondheidsrisico's voor omwonenden.", footnotes=(
        "Motie van het lid Wijnberg-Oudshoorn over een onafhankelijk advies over gewasbescherming en "
        "gezondheid (fictief), aangenomen op 4 oktober 2023.",)),
    H2("1.2 De adviesaanvraag"),
    P("In hun adviesaanvraag van 14 november 2023 legden de minister van Landbouw, Natuur en Voedselkwaliteit en de "
      "minister van Volksgezondheid, Welzijn en Sport de raad de volgende vragen voor:"),
    ItemList(items=(
        ListItem("Wat is bekend over de blootstelling van omwonenden van landbouwpercelen aan "
                 "gewasbeschermingsmiddelen, en welke routes dragen daar het meest aan bij?"),
        ListItem("Welke aanwijzingen zijn er voor gezondheidseffecten bij omwonenden, in het bijzonder voor de "
                 "ziekte van Parkinson en voor effecten op kinderen?"),
        ListItem("Is de Europese en nationale risicobeoordeling bij de toelating van middelen toereikend om "
                 "omwonenden te beschermen?"),
        ListItem("Welke aanvullende maatregelen zijn doelmatig om de blootstelling van omwonenden te beperken?"),
        ListItem("Hoe kunnen monitoring en onderzoek zo worden ingericht dat over de gezondheidsrisico's op termijn "
                 "meer zekerheid ontstaat?"),
    ), style="1."),
    P("De vragen 1 en 2 worden beantwoord in de hoofdstukken 2 en 3. Vraag 3 komt aan de orde in hoofdstuk 4, "
      "vraag 4 in hoofdstuk 5 en vraag 5 in hoofdstuk 6."),
    H2("1.3 Afbakening"),
    P("Dit advies gaat over omwonenden: mensen die wonen, werken of naar school gaan in de buurt van percelen "
      "waarop gewasbeschermingsmiddelen worden toegepast, maar die zelf niet met die middelen werken. De "
      "blootstelling van telers en loonwerkers, die onder het arbeidsomstandighedenbeleid valt, blijft buiten "
      "beschouwing, evenals de blootstelling via voedsel en drinkwater. Ook de gevolgen voor biodiversiteit en "
      "waterkwaliteit, hoe belangrijk ook, vallen buiten de vraag die de raad is gesteld."),
    P("Het advies beperkt zich tot middelen die in de open teelten worden gebruikt. Gebruik in kassen leidt tot "
      "een veel geringere blootstelling van de omgeving en is daarom niet apart onderzocht. Biociden, zoals "
      "middelen tegen houtrot of ongedierte in gebouwen, vallen onder een ander wettelijk kader en zijn evenmin "
      "meegenomen."),
    H2("1.4 Werkwijze"),
    P("De raad heeft voor dit advies een commissie ingesteld met deskundigen op het gebied van toxicologie, "
      "epidemiologie, neurologie, blootstellingsmodellering, landbouwkunde en risicocommunicatie. De samenstelling "
      "staat in bijlage A. De commissie vergaderde tussen februari 2024 en april 2025 elf keer en heeft:"),
    bullets(
        "de wetenschappelijke literatuur over blootstelling van omwonenden en gezondheidseffecten systematisch "
        "doorzocht en gewogen, met een peildatum van 1 december 2024;",
        "de gegevens van het Blootstellingsonderzoek Teeltgebieden opnieuw geanalyseerd, met toestemming van de "
        "onderzoekers;",
        "gesprekken gevoerd met het Ctgb, het RIVM, de NVWA, GGD GHOR Nederland, LTO Nederland, de Nederlandse "
        "Fruittelers Organisatie, de KAVB en drie bewonersorganisaties;",
        "werkbezoeken afgelegd in de Bollenstreek, de Betuwe en Noordoost-Groningen;",
        "het conceptadvies laten toetsen door de vaste commissie Gezondheid en Omgeving van de raad.",
    ),
    P("De raad is als enige verantwoordelijk voor de inhoud van dit advies. Waar het advies cijfers uit eerdere "
      "onderzoeken gebruikt, is de bron vermeld. De weging van het wetenschappelijk bewijs volgt de werkwijze die "
      "de raad in eerdere adviezen over milieufactoren heeft gehanteerd."),
    H("2 Hoe omwonenden worden blootgesteld"),
    H2("2.1 Routes van blootstelling"),
    P("Een gewasbeschermingsmiddel dat op een perceel wordt gespoten, blijft niet volledig op het gewas. Een deel "
      "waait tijdens het spuiten weg, een deel verdampt in de uren en dagen erna, en een deel hecht zich aan "
      "bodemdeeltjes die later opwaaien. Voor omwonenden zijn de volgende routes van belang:"),
    bullets(
        "spuitdrift: fijne druppels die tijdens het spuiten buiten het perceel terechtkomen, vooral bij wind en "
        "bij het spuiten van hoge teelten zoals fruitbomen;",
        "vervluchtiging: verdamping van de werkzame stof van gewas en bodem na het spuiten, waardoor de stof in "
        "de lucht kan blijven tot enkele dagen na de toepassing;",
        "stof en bodemdeeltjes: middelen die aan gronddeeltjes gebonden zijn en door wind, schoenen, huisdieren of "
        "open ramen in huis terechtkomen, waar zij in huisstof lang behouden blijven;",
        "direct contact: met gewassen, bermen of tuinen waarop drift is neergekomen, vooral van belang voor "
        "spelende kinderen.",
    ),
    P("De toelating richt zich vooral op de eerste route. Het Blootstellingsonderzoek Teeltgebieden laat echter "
      "zien dat voor omwonenden de tweede en de derde route niet minder belangrijk zijn. Bij stoffen die "
      "gemakkelijk verdampen, zoals sommige herbiciden, wordt de hoogste concentratie in de lucht vaak pas in de "
      "avond of de nacht na het spuiten gemeten, als de spuitmachine al lang weg is. En in huisstof worden "
      "stoffen aangetroffen die al jaren niet meer zijn toegelaten."),
    H2("2.2 Meetgegevens"),
    P("Tabel 2.1 vat de belangrijkste meetgegevens samen. Het gaat om acht stoffen die in het "
      "Blootstellingsonderzoek Teeltgebieden het vaakst werden aangetroffen, gemeten in het teeltseizoen 2023 op "
      "42 locaties binnen 250 meter van een perceel en op twaalf locaties in referentiegebieden zonder teelten "
      "binnen een kilometer.", footnotes=(
        "Blootstellingsonderzoek Teeltgebieden, eindrapport (fictief), RIVM, Utrecht University en Wageningen "
        "University & Research, oktober 2023. Heranalyse door de commissie.",)),
    Table(
        header=("Werkzame stof (soort)", "Teelt", "Lucht mediaan (ng/m³)", "Lucht P95 (ng/m³)",
                "Huisstof mediaan (µg/kg)", "Urine kinderen (%)"),
        rows=(
            ("Captan (fungicide)", "fruit", "1,8", "24,6", "310", "41"),
            ("Chloorprofam (kiemremmer)*", "akkerbouw", "0,9", "6,2", "95", "12"),
            ("Pendimethalin (herbicide)", "bollen, akkerbouw", "2,4", "19,8", "140", "18"),
            ("Prosulfocarb (herbicide)", "akkerbouw", "3,1", "41,0", "62", "9"),
            ("Fluazinam (fungicide)", "aardappel, bollen", "0,6", "7,7", "210", "n.b."),
            ("Tebuconazool (fungicide)", "bollen, fruit", "0,3", "3,9", "480", "27"),
            ("Glyfosaat (herbicide)", "diverse", "< 0,1", "0,4", "1.150", "33"),
            ("Flonicamid (insecticide)", "bollen", "0,2", "2,1", "35", "15"),
            ("Referentiegebied (som)", "geen teelt < 1 km", "0,4", "2,0", "120", "8"),
        ),
        widths=(2.5, 1.8, 1.2, 1.2, 1.3, 1.2),
        rules="grid",
    ),
    P("Tabel 2.1 Concentraties in buitenlucht (mediaan en 95e percentiel over het teeltseizoen), in huisstof en "
      "het aandeel kinderen van 4 tot 12 jaar bij wie de stof of een afbraakproduct in de urine aantoonbaar was. "
      "* Sinds oktober 2020 niet meer toegelaten; n.b. = niet bepaald.", footnotes=(
        "De urinemetingen betroffen 186 kinderen op de meetlocaties en 44 kinderen in de referentiegebieden. Een "
        "aantoonbare hoeveelheid zegt op zichzelf niets over een gezondheidsrisico.",)),
    P("Drie uitkomsten springen eruit. Ten eerste liggen de gemiddelde concentraties in de lucht voor alle "
      "gemeten stoffen ruim onder de waarden die bij de toelating als aanvaardbaar zijn aangemerkt; ook het 95e "
      "percentiel overschrijdt die waarden niet. Ten tweede zijn de hoogste waarden in de lucht aangetroffen "
      "bij prosulfocarb, een vluchtig herbicide, op dagen zonder wind: precies de omstandigheden waarin drift "
      "gering is en vervluchtiging groot. Ten derde bevat huisstof in teeltgebieden beduidend hogere "
      "concentraties dan in de referentiegebieden, en blijven sommige stoffen daarin jaren aantoonbaar, "
      "zoals chloorprofam, dat sinds 2020 niet meer mag worden gebruikt."),
    P("Bij kinderen in teeltgebieden worden stoffen vaker in de urine aangetroffen dan bij kinderen in de "
      "referentiegebieden. De verschillen zijn het grootst in de weken na het spuiten en bij kinderen die binnen "
      "honderd meter van een perceel wonen. Voor captan en glyfosaat vond het onderzoek ook bij kinderen in de "
      "referentiegebieden meetbare waarden, wat erop wijst dat voeding eveneens een rol speelt."),
    H2("2.3 Conclusies over de blootstelling"),
    P("De raad trekt uit de beschikbare gegevens de volgende conclusies:"),
    bullets(
        "Omwonenden worden in teeltgebieden aantoonbaar vaker en hoger blootgesteld dan mensen die verder van "
        "percelen wonen.",
        "De blootstelling hangt sterk af van de afstand: binnen honderd meter van een perceel is zij het hoogst, "
        "op meer dan 250 meter verschilt zij nauwelijks nog van die in de referentiegebieden.",
        "Vervluchtiging en huisstof dragen voor een deel van de stoffen meer bij aan de totale blootstelling dan "
        "drift.",
        "Omwonenden worden in een seizoen aan een mengsel van stoffen blootgesteld; in 90 procent van de "
        "huisstofmonsters werden vijf of meer werkzame stoffen aangetroffen.",
        "De gemeten concentraties liggen voor afzonderlijke stoffen onder de toelatingsnormen, maar die normen "
        "zeggen niets over het mengsel.",
    ),
    H("3 Gezondheidseffecten"),
    H2("3.1 De ziekte van Parkinson"),
    P("De ziekte van Parkinson is een aandoening van het zenuwstelsel waarbij zenuwcellen die dopamine maken "
      "geleidelijk afsterven. In Nederland leven ongeveer 65.000 mensen met de ziekte; door de vergrijzing neemt "
      "dat aantal toe. De oorzaak is bij de meeste patiënten onbekend. Erfelijke factoren spelen een rol, maar "
      "verklaren slechts een klein deel van de gevallen."),
    P("Dat blootstelling aan bepaalde gewasbeschermingsmiddelen het risico op de ziekte verhoogt, staat voor "
      "beroepsmatig blootgestelde telers inmiddels vrij vast. Voor omwonenden is het beeld minder duidelijk. De "
      "commissie vond elf studies waarin het risico bij omwonenden is onderzocht. De belangrijkste staan in tabel "
      "3.1."),
    Table(
        header=("Studie", "Land", "Deelnemers", "Maat voor blootstelling", "Uitkomst (relatief risico)"),
        rows=(
            ("Californische cohortstudie", "Verenigde Staten", "1.480", "afstand tot percelen, "
             "registratie", "1,8 (1,3-2,5)"),
            ("Deens registeronderzoek", "Denemarken", "12.200", "gewastype binnen 500 m", "1,2 (1,0-1,4)"),
            ("Franse geografische studie", "Frankrijk", "69.000", "aandeel akkerbouw in gemeente", "1,1 (1,0-1,2)"),
            ("Nederlandse casus-controlestudie", "Nederland", "2.300", "teeltgegevens binnen 300 m",
             "1,3 (0,9-1,8)"),
        ),
        widths=(2.3, 1.5, 1.7, 2.2, 1.6),
        rules="rows",
    ),
    P("De studies wijzen in dezelfde richting, maar verschillen sterk in opzet en kwaliteit. In de meeste is de "
      "blootstelling geschat op basis van de afstand tot percelen of het soort gewas, niet gemeten. Het "
      "Amerikaanse onderzoek kon wel gebruikmaken van gedetailleerde registraties van toepassingen, en vond "
      "daarin het sterkste verband, vooral voor middelen met paraquat en maneb, die in Europa niet meer zijn "
      "toegelaten. Het Nederlandse onderzoek vond een verhoogd risico dat statistisch niet significant was; het "
      "had te weinig gegevens over de afzonderlijke stoffen om verder te kunnen gaan."),
    H2("3.2 Kinderen"),
    P("Het zenuwstelsel van het ongeboren kind en het jonge kind ontwikkelt zich snel en is daardoor gevoeliger "
      "voor stoffen die het zenuwstelsel beïnvloeden. Studies naar kinderen van moeders die tijdens de "
      "zwangerschap dicht bij percelen woonden, laten voor organofosfaten een verband zien met een lager IQ en "
      "met aandachtsproblemen. Organofosfaten worden in Nederland vrijwel niet meer gebruikt. Voor de middelen "
      "die nu worden gebruikt, ontbreken vergelijkbare studies grotendeels."),
    P("Enkele studies vonden bij kinderen die dicht bij akkers wonen, een licht verhoogd risico op leukemie. "
      "Het gaat om kleine aantallen, en de resultaten zijn niet consistent. Leukemie bij kinderen is zeldzaam; in "
      "Nederland krijgen jaarlijks ongeveer 130 kinderen de diagnose."),
    H2("3.3 Weging"),
    P("De raad weegt het bewijs voor een verband tussen blootstelling en gezondheidseffecten in drie "
      "categorieën:"),
    ItemList(items=(
        ListItem("aangetoond: meerdere studies van goede kwaliteit wijzen consistent in dezelfde richting, en er is "
                 "een plausibel biologisch mechanisme;"),
        ListItem("aannemelijk: de studies wijzen overwegend in dezelfde richting, maar kwaliteit of aantal laat een "
                 "stellige conclusie niet toe;"),
        ListItem("onvoldoende onderzocht: er zijn te weinig studies, of de uitkomsten spreken elkaar tegen."),
    ), style="a."),
    P("Toegepast op de gegevens leidt dat tot de volgende conclusies:"),
    bullets(
        "Een verband tussen langdurige blootstelling van omwonenden en de ziekte van Parkinson is aannemelijk, maar "
        "niet aangetoond; het is niet duidelijk welke van de huidige middelen daarbij een rol spelen.",
        "Een verband tussen blootstelling tijdens de zwangerschap aan organofosfaten en de neurologische "
        "ontwikkeling van kinderen is aannemelijk; voor de huidige middelen is het onvoldoende onderzocht.",
        "Een verband met leukemie bij kinderen is onvoldoende onderzocht.",
        "Voor luchtwegklachten, hoofdpijn en irritatie van ogen en huid direct na het spuiten, die omwonenden "
        "vaak melden, is het verband met een concrete bespuiting in enkele gevallen aangetoond.",
    ),
    P("Dat een verband niet is aangetoond, betekent niet dat er geen risico is. Het betekent ook niet dat het "
      "risico groot is. Het betekent dat er onzekerheid is, en dat die onzekerheid met de huidige gegevens niet "
      "kan worden weggenomen. De raad acht het in die situatie gerechtvaardigd om voorzorgsmaatregelen te nemen "
      "die de blootstelling beperken, in verhouding tot de kosten daarvan, en tegelijk te investeren in "
      "onderzoek dat de onzekerheid verkleint."),
    H("4 Toelating en risicobeoordeling"),
    H2("4.1 Het Europese kader"),
    P("Gewasbeschermingsmiddelen worden in twee stappen toegelaten. De werkzame stof wordt op Europees niveau "
      "beoordeeld door de Europese Autoriteit voor Voedselveiligheid (EFSA) en goedgekeurd door de Europese "
      "Commissie en de lidstaten. Het middel waarin de stof is verwerkt, wordt vervolgens per lidstaat toegelaten; "
      "in Nederland doet het College voor de toelating van gewasbeschermingsmiddelen en biociden (Ctgb) dat. Het "
      "Ctgb is een zelfstandig bestuursorgaan en beslist onafhankelijk, binnen de kaders van de Europese "
      "verordening en de Wet gewasbeschermingsmiddelen en biociden.", footnotes=(
        "Verordening (EG) nr. 1107/2009 betreffende het op de markt brengen van gewasbeschermingsmiddelen.",)),
    P("Bij de toelating van een middel beoordeelt het Ctgb onder meer of de blootstelling van omwonenden "
      "aanvaardbaar is. Daarvoor wordt een rekenmodel gebruikt dat uitgaat van drift bij de toepassing en van "
      "een volwassene of kind dat op korte afstand van het perceel verblijft. Sinds 2022 is er een nieuwe "
      "Europese leidraad, die ook de blootstelling door vervluchtiging en door het betreden van behandelde "
      "oppervlakken meeneemt. Lidstaten passen die leidraad nog verschillend toe; in Nederland gebeurt dat "
      "voor nieuwe aanvragen, maar nog niet voor de herbeoordeling van bestaande toelatingen."),
    H2("4.2 Wat de beoordeling mist"),
    P("De raad stelt vast dat de risicobeoordeling voor omwonenden op drie punten tekortschiet. Ten eerste "
      "blijft huisstof buiten beschouwing, terwijl hoofdstuk 2 laat zien dat juist daarin stoffen lang "
      "aanwezig blijven. Ten tweede wordt vervluchtiging nog niet bij alle beoordelingen meegenomen. Ten derde "
      "wordt elke stof afzonderlijk beoordeeld. Een methode om de gecombineerde blootstelling aan meerdere "
      "stoffen te beoordelen, bestaat wel voor residuen in voedsel, maar nog niet voor omwonenden."),
    P("Het eerste en het tweede punt kan het Ctgb binnen de bestaande regels zelf oppakken. De raad adviseert "
      "het college daarom om beide routes in de beoordeling op te nemen en de leidraad uit 2022 ook bij "
      "herbeoordelingen toe te passen. Voor het derde punt is een Europese aanpak nodig: een methode die per "
      "lidstaat verschilt, zou tot ongelijke toelatingen leiden. De raad vraagt de minister van LVVN om zich "
      "daar in Brussel hard voor te maken en het onderwerp niet alleen ambtelijk, maar ook in de Raad zelf te "
      "agenderen."),
    H2("4.3 Stoffen met aanwijzingen voor neurotoxiciteit"),
    P("Voor een aantal werkzame stoffen die nu in Nederland zijn toegelaten, zijn er sinds hun laatste "
      "beoordeling nieuwe aanwijzingen verschenen voor effecten op het zenuwstelsel, uit dierproeven of uit "
      "celonderzoek. De Europese herbeoordeling van die stoffen staat voor een deel pas na 2030 gepland. De "
      "verordening biedt een lidstaat de mogelijkheid om een toelating eerder te heroverwegen als er nieuwe "
      "wetenschappelijke kennis is. De raad adviseert de minister om het Ctgb te vragen van die mogelijkheid "
      "gebruik te maken, te beginnen bij de stoffen die in Nederland het meest worden gebruikt.", footnotes=(
        "Artikel 44 van Verordening (EG) nr. 1107/2009.",)),
    H("5 Bescherming in de praktijk"),
    H2("5.1 Huidige maatregelen"),
    P("Om de blootstelling van de omgeving te beperken, gelden nu onder meer de volgende regels:"),
    bullets(
        "telers moeten bij het spuiten langs watergangen technieken gebruiken die de drift met ten minste 75 "
        "procent verminderen, en in de fruitteelt met 90 procent;",
        "langs watergangen geldt afhankelijk van de teelt een teeltvrije zone van 0,5 tot 9 meter;",
        "er is een verbod op het gebruik van middelen buiten de landbouw, zoals in openbaar groen en particuliere "
        "tuinen, met uitzonderingen;",
        "op grond van het Activiteitenbesluit moeten telers registreren welke middelen zij gebruiken.",
    ),
    P("Voor de afstand tot woningen bestaan geen landelijke regels. Enkele gemeenten hebben in het "
      "bestemmingsplan of omgevingsplan een afstand opgenomen voor nieuwe fruitpercelen of nieuwe woningen, "
      "meestal van 50 meter; de rechter heeft zulke afstanden aanvaard als zij goed waren onderbouwd. Andere "
      "gemeenten doen niets, of treffen maatregelen per geval."),
    H2("5.2 Afstand en driftreductie"),
    P("De gegevens in hoofdstuk 2 laten zien dat afstand de meest effectieve manier is om de blootstelling te "
      "beperken. De raad adviseert daarom een wettelijke spuitvrije zone van 50 meter rond gevoelige bestemmingen, "
      "met de mogelijkheid om binnen die zone toch te spuiten met de meest driftarme technieken. Een zone van 50 "
      "meter sluit aan bij wat rechters in de ruimtelijke ordening al als redelijk hebben aanvaard. Door de "
      "uitzondering voor technieken met 95 procent driftreductie blijft een groot deel van de grond binnen de "
      "zone bruikbaar; de raad schat dat in de fruitteelt ongeveer 6 procent en in de bollenteelt ongeveer 4 "
      "procent van het areaal binnen 50 meter van een woning, school of zorginstelling ligt."),
    P("Voor nieuwe situaties ligt de sleutel bij de ruimtelijke ordening. Nog altijd worden nieuwe woonwijken en "
      "zelfs scholen direct naast percelen met intensieve teelten gebouwd, zonder dat ruimte is gereserveerd voor "
      "een afschermende zone met bijvoorbeeld een haag. Provincies kunnen met instructieregels voorkomen dat "
      "gemeenten dat per geval verschillend afwegen. De raad richt zich hier daarom tot de provincies.",
      footnotes=("Zie artikel 2.22 van de Omgevingswet.",)),
    H2("5.3 Informatie voor omwonenden"),
    P("Omwonenden weten meestal niet wanneer er gespoten wordt en met welk middel. Dat voedt onrust en maakt het "
      "onmogelijk om zelf eenvoudige maatregelen te nemen, zoals ramen sluiten, de was binnenhalen of kinderen "
      "binnen laten spelen. In de fruitteelt in de Betuwe werkt een aantal telers met een app die omwonenden een "
      "dag van tevoren waarschuwt; de ervaringen daarmee zijn positief, maar het bereik is klein. De raad is van "
      "oordeel dat omwonenden recht hebben op die informatie en adviseert een wettelijke meldplicht."),
    P("Daarnaast is meer bekend over de toepassing van middelen nodig, voor onderzoek en voor omwonenden. Telers "
      "registreren nu al wat zij gebruiken, maar vaak op papier en niet op een manier die het mogelijk maakt om "
      "de gegevens te koppelen aan de plaats waar mensen wonen. Een Europese verordening verplicht vanaf 2026 tot "
      "elektronische registratie. De raad adviseert om die gegevens beschikbaar te stellen voor onderzoek en, "
      "op verzoek, ook voor omwonenden.", footnotes=(
        "Uitvoeringsverordening (EU) 2023/564 van de Commissie over de inhoud en het formaat van de registers van "
        "gewasbeschermingsmiddelen.",)),
    H2("5.4 Toezicht"),
    P("De NVWA houdt toezicht op het gebruik van gewasbeschermingsmiddelen. In 2024 controleerde zij ongeveer 270 "
      "bedrijven in de open teelten, iets minder dan twee procent van het totaal. Bij een derde van die controles "
      "werd een overtreding vastgesteld, meestal van administratieve aard, maar in 14 procent van de gevallen "
      "van de gebruiksvoorschriften of de driftregels. Een teler kan er nu op rekenen dat hij eens in de vijftig "
      "jaar wordt gecontroleerd. De raad vindt dat te weinig, en adviseert meer en gerichter toezicht waar de "
      "risico's voor omwonenden het grootst zijn."),
    H2("5.5 Minder afhankelijkheid van middelen"),
    P("De beste bescherming voor omwonenden is een landbouw die minder middelen nodig heeft. In de Toekomstvisie "
      "gewasbescherming 2030 heeft het kabinet die richting gekozen, met het doel dat plagen, ziekten en onkruid "
      "in 2030 vooral worden voorkomen en zo min mogelijk met middelen worden bestreden. De doelen zijn echter "
      "niet wettelijk vastgelegd, en de voortgang wordt niet op een vaste manier gemeten. Uit de laatste "
      "evaluatie blijkt dat het gebruik van middelen sinds 2019 nauwelijks is gedaald.", footnotes=(
        "Toekomstvisie gewasbescherming 2030, Kamerstukken II 2019/20, 27858, nr. 479 (zoals aangehaald).",)),
    P("De raad adviseert de doelen wettelijk te verankeren, zodat zij niet afhangen van de samenstelling van het "
      "volgende kabinet, en de omschakeling van telers actief te ondersteunen. Veel telers willen wel, maar "
      "kunnen de investering in precisiespuiten, camerasystemen of schoffelmachines niet alleen dragen, en missen "
      "de kennis om een teeltsysteem om te bouwen."),
    H("6 Monitoring, onderzoek en voorlichting"),
    H2("6.1 Een landelijk meetnet"),
    P("Het Blootstellingsonderzoek Teeltgebieden was een momentopname. Of de blootstelling daalt door nieuwe "
      "maatregelen, kan alleen worden vastgesteld als er structureel wordt gemeten. Voor luchtkwaliteit bestaat "
      "een landelijk meetnet, maar gewasbeschermingsmiddelen worden daarin niet gemeten. De raad adviseert om het "
      "RIVM een meetnet te laten opzetten in de belangrijkste teeltgebieden, met metingen in buitenlucht en "
      "huisstof, en de resultaten jaarlijks te publiceren."),
    H2("6.2 Langjarig onderzoek"),
    P("De vraag of blootstelling van omwonenden tot de ziekte van Parkinson leidt, is niet met een enkel "
      "onderzoek te beantwoorden. De ziekte ontwikkelt zich over tientallen jaren, en de blootstelling van nu "
      "bepaalt mogelijk pas over twintig jaar het aantal patiënten. Daarvoor is onderzoek nodig dat lang genoeg "
      "loopt en dat blootstelling en gezondheid bij dezelfde mensen volgt. De raad adviseert een programma van "
      "ten minste tien jaar, met financiering die niet elk jaar opnieuw ter discussie staat."),
    H2("6.3 Geografische analyse"),
    P("Omwonenden en gemeenten vragen regelmatig of de ziekte van Parkinson of kinderleukemie in hun omgeving "
      "vaker voorkomt. Op die vraag kan nu geen antwoord worden gegeven, omdat de gegevens verspreid liggen. Een "
      "jaarlijkse analyse door het RIVM, op basis van gegevens van zorgverzekeraars en de kankerregistratie, kan "
      "laten zien of er gebieden zijn waar de ziekte vaker voorkomt dan verwacht. De raad is zich ervan bewust dat "
      "zo'n analyse geen oorzaak aantoont, maar meent dat zij kan helpen om signalen vroeg op te pikken."),
    H2("6.4 Voorlichting"),
    P("Wie nu met vragen zit, wordt van het kastje naar de muur gestuurd. De gemeente verwijst naar de GGD, de GGD "
      "naar de NVWA, en de NVWA naar het Ctgb. GGD'en geven verschillende antwoorden op dezelfde vragen, en op "
      "websites van overheden staan tegenstrijdige teksten. De raad adviseert één landelijk informatiepunt, "
      "ondergebracht bij de GGD'en, dat vragen beantwoordt, meldingen van klachten registreert en eenduidige "
      "informatie geeft over wat omwonenden zelf kunnen doen."),
    PageBreak(),
    H("Bijlage A Samenstelling van de commissie"),
    bullets(
        "prof. dr. R.J. Tjalsma, hoogleraar toxicologie, voorzitter;",
        "dr. S. el Amrani, epidemioloog;",
        "prof. dr. W.F. Verbeek-Nooteboom, neuroloog;",
        "dr. ir. P.H. de Graaf, blootstellingsmodellering;",
        "ir. J.K. Okkema, landbouwkundige, teeltsystemen;",
        "dr. L. Brouwer-Sanchez, risicocommunicatie;",
        "drs. H.M. Tuinstra, arts maatschappij en gezondheid, adviseur;",
        "dr. A.E. Kleinjan, secretaris.",
        style="–",
    ),
    H("Bijlage B Afkortingen"),
    bullets(
        "Ctgb: College voor de toelating van gewasbeschermingsmiddelen en biociden;",
        "EFSA: Europese Autoriteit voor Voedselveiligheid;",
        "GGD: gemeentelijke gezondheidsdienst;",
        "NVWA: Nederlandse Voedsel- en Warenautoriteit;",
        "RIVM: Rijksinstituut voor Volksgezondheid en Milieu;",
        "P95: 95e percentiel, de waarde die in 95 procent van de metingen niet wordt overschreden.",
        style="–",
    ),
)

REPORT = Document(
    title="Gewasbeschermingsmiddelen en de gezondheid van omwonenden",
    subtitle="Advies van de Raad voor Gezondheid en Leefomgeving",
    blocks=REPORT_BLOCKS,
    running_header="Raad voor Gezondheid en Leefomgeving  |  Gewasbeschermingsmiddelen en omwonenden  |  "
                   "Advies 2025/11",
    footer="Pagina {page}",
    font_family="sans",
    font_size=10.5,
    imprint=("Raad voor Gezondheid en Leefomgeving", "Advies nr. 2025/11, Den Haag, 24 juni 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

EV_B = ("Ik zal de gecombineerde blootstelling van omwonenden agenderen in de Landbouw- en Visserijraad van maart "
        "2026 en daar samen met België, Denemarken en Frankrijk aandringen op een geharmoniseerde Europese "
        "beoordelingsmethode (aanbeveling b).")
EV_C = ("Het Ctgb zal op mijn verzoek de drie stoffen waarvoor de sterkste nieuwe aanwijzingen bestaan, met voorrang "
        "opnieuw beoordelen; voor de overige stoffen wacht ik de Europese herbeoordeling af.")
EV_D = ("Rond scholen, kinderopvang en zorginstellingen neem ik de zone van 50 meter over; rond woningen kies ik "
        "voor een zone van 25 meter, waarbinnen alleen met ten minste 90 procent driftreducerende techniek mag "
        "worden gespoten.")
EV_D2 = ("Tegen een zone van 50 meter rond alle woningen met een eis van 95 procent driftreductie heb ik "
         "uiteindelijk niet gekozen.")
EV_E = "Een wettelijke plicht om iedere bespuiting 24 uur van tevoren aan te kondigen, neem ik niet over."
EV_F = ("Ik zorg ervoor dat onderzoekers via een beveiligde omgeving bij het RIVM toegang krijgen tot deze "
        "gegevens, maar openbaarmaking op perceelniveau aan individuele omwonenden vind ik niet verantwoord.")
EV_H = ("Ik heb de NVWA daarom opdracht gegeven om vanaf 2026 jaarlijks ten minste 600 bedrijven in de open "
        "teelten te controleren, met voorrang voor percelen binnen 100 meter van woningen en scholen.")
EV_I = ("Het wettelijk vastleggen van de doelen van de Toekomstvisie, zoals de raad in aanbeveling i voorstelt, "
        "acht ik niet wenselijk.")
EV_K = "Het advies om een landelijk meetnet in te richten (aanbeveling k) neem ik over."
EV_L = ("Een verplichting voor tien jaar kan ik op dit moment niet aangaan; over voortzetting na 2029 besluit ik "
        "op basis van een tussentijdse evaluatie.")
EV_M = ("Voor een jaarlijkse geografische analyse, zoals de raad in aanbeveling m voorstelt, zie ik geen "
        "aanleiding.")
EV_N = ("Vanaf 1 juli 2026 financier ik bij GGD GHOR Nederland een landelijk informatiepunt gewasbescherming en "
        "gezondheid, waar omwonenden telefonisch en via een website terechtkunnen met vragen en klachten.")

RESPONSE_BLOCKS = (
    P("Geachte Voorzitter,"),
    P("Hierbij ontvangt u de reactie van het kabinet op het advies ‘Gewasbeschermingsmiddelen en de gezondheid van "
      "omwonenden’ van de Raad voor Gezondheid en Leefomgeving van 24 juni 2025. Wij sturen u deze reactie "
      "gezamenlijk, omdat het advies zowel de toelating en het gebruik van gewasbeschermingsmiddelen raakt, "
      "waarvoor de minister van Landbouw, Visserij, Voedselzekerheid en Natuur verantwoordelijk is, als de "
      "bescherming van de volksgezondheid, waarvoor de staatssecretaris van Volksgezondheid, Welzijn en Sport "
      "verantwoordelijk is. Met deze brief geven wij ook invulling aan de toezegging in het commissiedebat "
      "Gewasbescherming van 2 oktober 2025 om u voor het einde van het jaar te informeren."),
    H("1. Inleiding"),
    P("Allereerst danken wij de raad voor het zorgvuldige en evenwichtige advies. De raad heeft de beschikbare "
      "kennis over een onderwerp dat veel mensen raakt, helder op een rij gezet, en daarbij niet alleen met "
      "wetenschappers maar ook met telers en omwonenden gesproken. Dat is in een debat dat vaak gepolariseerd "
      "verloopt, van grote waarde."),
    P("Wij onderschrijven de conclusie van de raad dat omwonenden van landbouwpercelen aantoonbaar worden "
      "blootgesteld aan gewasbeschermingsmiddelen, en dat er over de gezondheidsgevolgen op lange termijn "
      "onzekerheid bestaat die niet op korte termijn zal verdwijnen. Wij delen ook het uitgangspunt dat die "
      "onzekerheid geen reden is om af te wachten. Tegelijk merken wij op dat de gemeten concentraties voor "
      "afzonderlijke stoffen onder de toelatingsnormen blijven, en dat maatregelen in verhouding moeten staan tot "
      "de risico's en tot de gevolgen voor telers, die ook zelf in deze gebieden wonen."),
    P("Het advies verschijnt niet in het luchtledige. Sinds 2019 is al een aantal stappen gezet om de "
      "blootstelling van omwonenden te beperken:"),
    bullets(
        "de Toekomstvisie gewasbescherming 2030 en het bijbehorende Uitvoeringsprogramma, met afspraken met de "
        "sector over weerbare teelten en emissiereductie;",
        "de verplichting om langs watergangen driftreducerende technieken te gebruiken, die sinds 2023 in de "
        "fruitteelt is aangescherpt tot 90 procent;",
        "het verbod op het gebruik van middelen in openbaar groen en particuliere tuinen;",
        "het Blootstellingsonderzoek Teeltgebieden, waarvan de uitkomsten in 2023 aan uw Kamer zijn gestuurd;",
        "een pilot met een meldapp voor omwonenden in de fruitteelt in de Betuwe en in West-Brabant.",
    ),
    P("Een deel van de aanbevelingen van de raad nemen wij over; bij andere kiezen wij een andere route of "
      "wachten wij Europese besluitvorming af. In hoofdstuk 2 reageert de minister van LVVN op de aanbevelingen "
      "over de toelating, het gebruik en het toezicht. In hoofdstuk 3 gaat de staatssecretaris van VWS in op "
      "monitoring, onderzoek en voorlichting. Hoofdstuk 4 beschrijft het vervolg."),
    H("2. Reactie van de minister van LVVN"),
    H2("2.1 Toelating en Europese inzet"),
    P("Het systeem van toelating is Europees geregeld. Werkzame stoffen worden in de Europese Unie goedgekeurd; "
      "middelen worden per lidstaat toegelaten door een onafhankelijke autoriteit, in Nederland het Ctgb. Dat "
      "stelsel heeft als voordeel dat de beoordeling op wetenschappelijke gronden plaatsvindt en niet afhangt van "
      "politieke afwegingen. Het betekent ook dat ik als minister niet over individuele toelatingen beslis en "
      "dat ik de beoordelingsmethode van het college niet kan voorschrijven."),
    P("De raad richt zich met zijn aanbeveling over vervluchtiging en huisstof rechtstreeks tot het Ctgb. Het "
      "college heeft mij laten weten dat het de aanbeveling bestudeert in samenhang met de wijze waarop andere "
      "lidstaten de EFSA-leidraad uit 2022 toepassen. Het Ctgb zal u zelf voor 1 april 2026 informeren over zijn "
      "reactie op aanbeveling a."),
    P("Een goede beoordeling van de gecombineerde blootstelling aan meerdere stoffen is alleen op Europees "
      "niveau mogelijk. Ik deel de opvatting van de raad dat hier meer vaart nodig is; de Europese Commissie "
      "heeft EFSA in 2021 gevraagd een methode te ontwikkelen, maar die is voor omwonenden nog niet in zicht. "
      + EV_B + " Nederland heeft daartoe al een non-paper voorbereid, dat ik u na de bespreking in de Raad zal "
      "toesturen.",
      answers=(Answer("b", "agree", EV_B),)),
    P("Dan de stoffen waarvoor aanwijzingen bestaan voor neurotoxische effecten (aanbeveling c). De verordening "
      "biedt de mogelijkheid om een toelating tussentijds te heroverwegen, maar alleen als er nieuwe "
      "wetenschappelijke gegevens zijn die daartoe aanleiding geven. Ik heb het Ctgb gevraagd na te gaan voor "
      "welke stoffen dat het geval is. " + EV_C + " Voor een nationale herbeoordeling van alle stoffen uit "
      "de lijst van de raad ontbreekt in de meeste gevallen de wettelijke grondslag, en zou Nederland bovendien "
      "werk doen dat in Europees verband binnen enkele jaren toch plaatsvindt.",
      answers=(Answer("c", "partial", EV_C),)),
    H2("2.2 Afstand tot woningen, scholen en zorginstellingen"),
    P("De raad adviseert een wettelijke spuitvrije zone van 50 meter rond woningen, scholen, kinderopvang en "
      "zorginstellingen, waarbinnen alleen met de meest driftarme technieken mag worden gespoten (aanbeveling d). "
      "Ik heb dit advies besproken met de sector, met de bewonersorganisaties en met de VNG. Kinderen zijn "
      "gevoeliger voor blootstelling en kunnen zich minder goed beschermen, en zorginstellingen huisvesten "
      "mensen die kwetsbaar zijn. " + EV_D + " Daarmee worden de meest kwetsbare groepen het best beschermd, "
      "terwijl het areaal dat in de praktijk beperkingen ondervindt, beheersbaar blijft.",
      answers=(Answer("d", "partial", EV_D),)),
    P("Ik zal de Regeling gewasbeschermingsmiddelen en biociden hiervoor wijzigen; het ontwerp gaat in het "
      "voorjaar van 2026 in internetconsultatie en de nieuwe regels gaan op 1 januari 2027 in. " + EV_D2 + " Een "
      "analyse van Wageningen University & Research laat zien dat de techniek die 95 procent driftreductie "
      "haalt, in de bollenteelt en de akkerbouw nog nauwelijks beschikbaar is, zodat een dergelijke zone rond "
      "alle woningen in de praktijk neerkomt op een verbod. Bij de evaluatie in 2030 bezie ik of de eisen "
      "kunnen worden aangescherpt als de techniek verder is.",
      answers=(Answer("d", "partial", EV_D2),)),
    H2("2.3 Informatie voor omwonenden"),
    P("Over de aanbevelingen e en f, die beide gaan over de informatie die omwonenden krijgen, het volgende. "
      + EV_E + " Telers moeten hun bespuitingen afstemmen op het weer en op de ontwikkeling van ziekten en "
      "plagen, en een aankondiging een dag vooraf zou in de praktijk vaak achterhaald zijn of leiden tot "
      "meldingen voor de zekerheid, waar omwonenden weinig aan hebben. Ik steun wel de afspraak van LTO Nederland "
      "en de Nederlandse Fruittelers Organisatie om de meldapp uit de pilot in 2026 landelijk beschikbaar te "
      "maken. Het elektronisch registreren van iedere toepassing is vanaf 1 januari 2026 op grond van Europese "
      "regels verplicht. " + EV_F + " Zulke gegevens zeggen zonder toelichting weinig over het risico, en "
      "openbaarmaking per perceel raakt aan de privacy en de bedrijfsgegevens van individuele telers.",
      answers=(Answer("e", "disagree", EV_E), Answer("f", "partial", EV_F))),
    H2("2.4 Toezicht en handhaving"),
    P("Regels beschermen omwonenden alleen als zij worden nageleefd. Ik herken het beeld dat de raad schetst: "
      "de kans dat een bedrijf in de open teelten wordt gecontroleerd, is klein, en de NVWA moet haar capaciteit "
      "verdelen over veel taken. " + EV_H + " Daarvoor komt vanaf 2026 structureel 2,1 miljoen euro beschikbaar, "
      "waarmee de NVWA veertien inspecteurs extra aanneemt. De NVWA zal in het teeltseizoen ook onaangekondigd "
      "controleren op de inzet van driftreducerende technieken en op het spuiten bij te veel wind.",
      answers=(Answer("h", "agree", EV_H),)),
    P("Daarnaast maak ik met de NVWA afspraken over het delen van informatie met gemeenten en omgevingsdiensten, "
      "zodat signalen van omwonenden sneller bij de juiste toezichthouder terechtkomen. Over de resultaten van het "
      "toezicht rapporteert de NVWA jaarlijks in haar jaarverslag."),
    H2("2.5 Minder afhankelijkheid van middelen"),
    P("De raad wijst terecht op het belang van een landbouw die minder middelen nodig heeft. Dat is ook de kern "
      "van de Toekomstvisie gewasbescherming 2030. " + EV_I + " De Toekomstvisie berust op afspraken met de "
      "sector en de ketenpartijen, en juist die gezamenlijke inzet is nodig om de omslag te maken. Een "
      "wettelijke plicht voegt daar naar mijn oordeel weinig aan toe en kan het draagvlak bij telers aantasten. "
      "Over de voortgang rapporteer ik u al jaarlijks via de voortgangsbrief over het Uitvoeringsprogramma.",
      answers=(Answer("i", "disagree", EV_I),)),
    P("Sinds 2023 kunnen telers via de Subsidiemodule verduurzaming gewasbescherming een bijdrage krijgen voor "
      "investeringen in precisiespuittechniek, camerageleide schoffelmachines en andere technieken om het gebruik "
      "van middelen te verminderen. In 2024 zijn ruim 1.100 aanvragen gehonoreerd, voor een bedrag van 18 miljoen "
      "euro. Daarnaast zijn er in het kader van het Uitvoeringsprogramma twaalf praktijknetwerken actief, waarin "
      "telers met onderzoekers en adviseurs ervaring opdoen met weerbare teeltsystemen."),
    H("3. Reactie van de staatssecretaris van VWS"),
    H2("3.1 Meten en monitoren"),
    P("Ik deel de analyse van de raad dat het Blootstellingsonderzoek Teeltgebieden een momentopname was, en dat "
      "alleen structurele metingen kunnen laten zien of de blootstelling van omwonenden daalt. " + EV_K + " Het "
      "RIVM start in 2026 met metingen in buitenlucht en huisstof op vaste locaties in acht teeltgebieden, "
      "verspreid over de bollenteelt, de fruitteelt, de akkerbouw en de boomteelt, en vergelijkt die met twee "
      "referentiegebieden. De eerste jaarrapportage verschijnt in het voorjaar van 2027 en wordt openbaar "
      "gemaakt.",
      answers=(Answer("k", "agree", EV_K),)),
    P("Het meetnet wordt gefinancierd uit het budget van VWS voor het RIVM, met een bijdrage van LVVN. Bij de "
      "keuze van de stoffen en de locaties betrekt het RIVM de GGD'en en bewonersorganisaties, zodat het meetnet "
      "aansluit bij de vragen die in de gebieden leven."),
    H2("3.2 Onderzoek naar gezondheidseffecten"),
    P("De raad laat zien dat de vraag of blootstelling van omwonenden bijdraagt aan de ziekte van Parkinson, alleen "
      "met langjarig onderzoek kan worden beantwoord. Ik stel daarom via ZonMw 9 miljoen euro beschikbaar voor een "
      "onderzoeksprogramma van vier jaar, dat in 2026 van start gaat en zich richt op de ziekte van Parkinson en "
      "op de neurologische ontwikkeling van kinderen. " + EV_L + " Het programma wordt zo opgezet dat de "
      "cohorten die erin worden gevormd, ook daarna kunnen worden gevolgd.",
      answers=(Answer("l", "partial", EV_L),)),
    P(EV_M + " Het RIVM heeft mij erop gewezen dat de aantallen per gebied te klein zijn om jaarlijks betrouwbare "
      "verschillen te kunnen vaststellen, en dat toevallige uitschieters tot onrust kunnen leiden zonder dat er "
      "iets over de oorzaak kan worden gezegd. Wel kan het RIVM op verzoek van een GGD een analyse maken als er in "
      "een gebied een concreet signaal is; die mogelijkheid bestaat nu al en zal ik beter bekendmaken.",
      answers=(Answer("m", "disagree", EV_M),)),
    H2("3.3 Informatie en ondersteuning voor omwonenden"),
    P("Omwonenden met vragen of klachten moeten weten waar zij terechtkunnen, en overal hetzelfde antwoord "
      "krijgen. Dat is nu niet het geval. " + EV_N + " Het informatiepunt werkt met één set teksten die samen "
      "met het RIVM, het Ctgb en de NVWA wordt opgesteld, registreert de meldingen die binnenkomen en stuurt "
      "signalen door naar de NVWA. De GGD'en in de teeltgebieden gebruiken dezelfde informatie in hun eigen "
      "voorlichting.",
      answers=(Answer("n", "agree", EV_N),)),
    P("GGD'en hebben daarnaast een eigen taak bij vragen over gezondheid en milieu. Ik bespreek met GGD GHOR "
      "Nederland hoe de medische milieukundigen in de regio's die taak voor gewasbescherming kunnen blijven "
      "vervullen als het aantal vragen door het informatiepunt toeneemt."),
    H("4. Tot slot"),
    P("Met de maatregelen in deze brief willen wij de blootstelling van omwonenden beperken waar dat het meest "
      "nodig is, en tegelijk zorgen dat over tien jaar meer bekend is over de gezondheidsrisico's dan nu. Wij "
      "realiseren ons dat niet alle aanbevelingen van de raad worden overgenomen, en dat omwonenden op sommige "
      "punten meer hadden gehoopt. Wij zullen de uitvoering van de maatregelen nauwgezet volgen en u over de "
      "voortgang jaarlijks informeren in de voortgangsbrief gewasbescherming, voor het eerst in het najaar van "
      "2026."),
    P("De minister van Landbouw, Visserij, Voedselzekerheid en Natuur,"),
    P("ir. H.J. Brandsma"),
    P("De staatssecretaris van Volksgezondheid, Welzijn en Sport,"),
    P("mr. E.A. Koster-Veldhuis"),
)

RESPONSE = Document(
    title="Reactie op het advies ‘Gewasbeschermingsmiddelen en de gezondheid van omwonenden’",
    subtitle="Brief van de minister van Landbouw, Visserij, Voedselzekerheid en Natuur en de staatssecretaris van "
             "Volksgezondheid, Welzijn en Sport aan de Voorzitter van de Tweede Kamer der Staten-Generaal  |  "
             "Den Haag, 5 december 2025",
    blocks=RESPONSE_BLOCKS,
    running_header="Kenmerk DGA-PAV / 27874410  |  Reactie advies gewasbescherming en omwonenden",
    footer="Pagina {page} van {pages}",
    font_family="serif",
    font_size=10.5,
    title_page=False,
)

PAIR = Pair(
    name="pesticides_two_ministers_lettered",
    report=REPORT,
    response=RESPONSE,
    description="Gezondheidsraad-like advice on pesticides and residents with a framed 'Kernadvies' of fourteen "
                "lettered recommendations (a-n) to LVVN, VWS, the Ctgb, the RIVM and the provinces, answered in one "
                "joint letter with a section per bewindspersoon, citing letters in parentheses or in the text or "
                "answering by subject; one passed on to the Ctgb, one never mentioned, one met with existing "
                "policy only.",
)
