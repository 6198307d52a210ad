"""Pair: a fictional parliamentary inquiry into PFAS pollution around a chemical plant, and the cabinet's response.

Layout traits this pair tests: the report "Wat niet zichtbaar was" of the Parlementaire enquêtecommissie
Onzichtbare Stoffen is a sans document with a title page and a running header.  A foreword by the chair contains the
trap sentence "Wij doen vijftien aanbevelingen, waarvan de belangrijkste is dat ..." (and a second "Daarnaast vragen
wij om ..." sentence); the findings chapters 1-4 are set in TWO columns (level-2 headings, footnotes, a lettered list
of research questions and bulleted lists that are not recommendations, bold interim conclusions).  The final chapter
"5 Conclusies en aanbevelingen" is single-column: five level-2 theme headings, each with a short conclusion, a bold
lead-in "De commissie beveelt aan:" and a "1." list numbered continuously 1-15 across the themes; each theme ends
with a paragraph "Deze aanbeveling sluit aan bij ..." that is not a recommendation.  An annex table lists the
hearings.

The response is a kabinetsreactie letter (serif, letterhead, no title page) of the minister of IenW on behalf of the
cabinet.  It opens with thanks, apologies and a general "Het kabinet herkent zich in de analyse" (no position), then
follows the report's themes; before each answer the recommendation is quoted in a one-cell table (a header-only
Table: one grey, bold, ruled cell "Aanbeveling N" + text; the box of 1 ends page 1 and its answer opens page 2).
It ends with an annex table "Overzicht toezeggingen" (Toezegging | Wanneer) that repeats dated measures without
recommendation numbers; the annex cells are NOT annotated as answers (the deciding sentences are in the letter).
Gold positions:
  1 (IenW, 5-yearly update of ZZS permits) agree: "Het kabinet omarmt deze aanbeveling."
  2 (IenW, legal emission limits for water and air) partial: limit for water, not for air (waits for the EU).
  3 (provinces, replace permits with collective substance names) not addressed: never mentioned, no box.
  4 (IenW, one national omgevingsdienst for the top ZZS emitters) disagree: shares analysis, "ziet ... geen heil".
  5 (omgevingsdiensten, unannounced inspections and own measurements) agree: "ter harte" plus a dated deal and money.
  6 (IenW/ILT, power of the ILT to step in) partial: "zal in overleg met het IPO en de VNG bezien".
  7 (IenW, turnover-related administrative fines) disagree, polite: existing WED, "acht ... niet opportuun".
  8 (VWS, RIVM cohort study) agree without cue words (start date and money); one paragraph with 9.
  9 (VWS, free blood test for every resident) disagree in the same paragraph: "kiest ... een andere weg".
 10 (VWS, Gezondheidsraad advice on total exposure) agree without cue words (request sent, date of advice).
 11 (KABINET, damage desk with reversed burden of proof) partial: desk yes, reversed burden no.
 12 (IenW, public register of measurements) agree: "gaat hiermee aan de slag" with a date.
 13 (provinces and omgevingsdiensten, contact person and active information) not addressed: "herkent zich in de
    analyse", passes it to the provinces and describes existing practice only.
 14 (KABINET, yearly progress report and evaluation after five years) agree: "staat achter deze aanbeveling".
 15 (Tweede Kamer, rapporteur in the vaste commissie voor Infrastructuur en Waterstaat: OTHER, not IenW) not
    addressed: "Deze aanbeveling is aan uw Kamer."
All prose is fictional and written for this test set.
"""
from __future__ import annotations

from docgen.model import (
    Answer,
    Columns,
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


LEAD = P("De commissie beveelt aan:", bold=True)

# --------------------------------------------------------------------------------------------------------------
# Recommendations (text as printed; quoted verbatim in the boxes of the response)
# --------------------------------------------------------------------------------------------------------------

REC = {
    "1": "De minister van Infrastructuur en Waterstaat verplicht het bevoegd gezag wettelijk om omgevingsvergunningen "
         "voor de uitstoot en lozing van zeer zorgwekkende stoffen ten minste eens in de vijf jaar te actualiseren "
         "aan de stand van de wetenschap en de beste beschikbare technieken.",
    "2": "De minister van Infrastructuur en Waterstaat stelt voor PFAS wettelijke emissiegrenswaarden vast voor "
         "lozingen op oppervlaktewater en voor uitstoot naar de lucht, in plaats van te volstaan met indicatieve "
         "waarden en maatwerk per vergunning.",
    "3": "Gedeputeerde Staten trekken binnen twee jaar alle vergunningen in waarin stoffen onder een verzamelnaam "
         "zoals ‘overige fluorverbindingen’ zijn vergund, en vervangen die door vergunningen waarin iedere zeer "
         "zorgwekkende stof afzonderlijk is benoemd en begrensd.",
    "4": "De minister van Infrastructuur en Waterstaat brengt vergunningverlening, toezicht en handhaving bij de circa "
         "dertig bedrijven met de grootste uitstoot van zeer zorgwekkende stoffen onder bij één landelijke "
         "omgevingsdienst.",
    "5": "Omgevingsdiensten controleren bedrijven die zeer zorgwekkende stoffen uitstoten ten minste eenmaal per jaar "
         "onaangekondigd en laten daarbij eigen emissiemetingen uitvoeren, in plaats van uitsluitend te steunen op de "
         "meetgegevens van het bedrijf zelf.",
    "6": "De staatssecretaris van Infrastructuur en Waterstaat geeft de Inspectie Leefomgeving en Transport de "
         "bevoegdheid om in te grijpen wanneer een omgevingsdienst of provincie ernstig tekortschiet in het toezicht "
         "op zeer zorgwekkende stoffen, zo nodig door zelf handhavend op te treden.",
    "7": "De minister van Infrastructuur en Waterstaat verhoogt de maximale bestuurlijke boete voor overtreding van "
         "vergunningvoorschriften over zeer zorgwekkende stoffen en maakt het mogelijk die boete te relateren aan de "
         "jaaromzet van het bedrijf.",
    "8": "De minister van Volksgezondheid, Welzijn en Sport laat het RIVM een langjarig gezondheidsonderzoek opzetten "
         "onder omwonenden en oud-werknemers van Fluorpolymeren Merwestein, waarin bloedwaarden van PFAS worden "
         "gekoppeld aan gezondheidsuitkomsten.",
    "9": "De minister van Volksgezondheid, Welzijn en Sport biedt iedere omwonende binnen een straal van drie "
         "kilometer rond de fabriek die dat wil een kosteloze bloedtest op PFAS aan, met een persoonlijk gesprek over de "
         "uitslag.",
    "10": "De minister van Volksgezondheid, Welzijn en Sport vraagt de Gezondheidsraad binnen een jaar te adviseren "
          "over een gezondheidskundige grenswaarde voor de totale blootstelling aan PFAS via voedsel, drinkwater, "
          "bodem en lucht.",
    "11": "Het kabinet richt een onafhankelijk schadeloket in voor omwonenden van Fluorpolymeren Merwestein, hanteert "
          "daarbij een omgekeerde bewijslast en verhaalt de kosten op het bedrijf.",
    "12": "De minister van Infrastructuur en Waterstaat zorgt dat alle meetgegevens over emissies van zeer "
          "zorgwekkende stoffen en over concentraties in de omgeving van de betrokken bedrijven uiterlijk in 2027 in "
          "één openbaar, landelijk register beschikbaar zijn.",
    "13": "Provincies en omgevingsdiensten wijzen voor ieder bedrijf dat zeer zorgwekkende stoffen uitstoot een vast "
          "aanspreekpunt voor omwonenden aan en informeren omwonenden actief en in begrijpelijke taal over "
          "meetresultaten, overtredingen en vergunningswijzigingen.",
    "14": "Het kabinet rapporteert jaarlijks aan de Tweede Kamer over de uitvoering van de aanbevelingen van deze "
          "commissie, voor het eerst uiterlijk een jaar na het verschijnen van dit rapport, en laat de uitvoering na "
          "vijf jaar onafhankelijk evalueren.",
    "15": "De Tweede Kamer wijst in de vaste commissie voor Infrastructuur en Waterstaat een rapporteur aan die de "
          "uitvoering van deze aanbevelingen volgt, en organiseert drie jaar na dit rapport een rondetafelgesprek met "
          "omwonenden, oud-werknemers en toezichthouders.",
}

DEPTS = {
    "1": ("IenW",), "2": ("IenW",), "3": ("OTHER",), "4": ("IenW",), "5": ("GEMEENTEN",), "6": ("IenW",),
    "7": ("IenW",), "8": ("VWS",), "9": ("VWS",), "10": ("VWS",), "11": ("KABINET",), "12": ("IenW",),
    "13": ("OTHER", "GEMEENTEN"), "14": ("KABINET",), "15": ("OTHER",),
}


def rec_list(*numbers: int) -> ItemList:
    return recs(numbers[0], *((REC[str(n)], DEPTS[str(n)]) for n in numbers))


# --------------------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------------------

FOREWORD = (
    H("Voorwoord"),
    P("Op een zaterdagochtend in maart 2024 stond de commissie in een moestuin aan de Dijkstraat in Merwestein. De "
      "eigenaar, een gepensioneerde procesoperator die 31 jaar in de fabriek aan de overkant van de dijk had "
      "gewerkt, liet ons zien waar hij vroeger andijvie en boerenkool teelde. Sinds 2021 staat er gras. ‘Ik heb het "
      "zelf nooit gezien, en niemand heeft het mij verteld,’ zei hij. Die zin is de commissie de rest van het "
      "onderzoek bijgebleven."),
    P("Dit rapport gaat over wat niet zichtbaar was: stoffen die je niet ruikt of proeft, die zich ophopen in bodem, "
      "water en bloed, en die decennialang konden worden uitgestoten met een vergunning die daar nauwelijks iets over "
      "zei. Maar het gaat vooral over wat wél zichtbaar had kunnen zijn. De commissie heeft gezien dat signalen er "
      "waren, soms al vroeg, en dat die signalen telkens ergens bleven liggen tussen het bedrijf, de "
      "omgevingsdienst, de provincie en het ministerie."),
    P("Niemand heeft in deze geschiedenis bewust de gezondheid van omwonenden op het spel gezet. Dat maakt haar niet "
      "minder ernstig. Het stelsel van vergunningverlening, toezicht en handhaving ging ervan uit dat het bedrijf "
      "zelf zou melden wat het uitstootte en dat de overheid zou ingrijpen als dat nodig was. Beide veronderstellingen "
      "bleken niet te kloppen, en niemand in dat stelsel voelde zich geroepen om ze te toetsen."),
    P("De commissie heeft 38 getuigen in het openbaar verhoord en ruim 60.000 documenten bestudeerd. Wij danken "
      "iedereen die heeft meegewerkt, en in het bijzonder de omwonenden en oud-werknemers die bereid waren hun "
      "verhaal te doen, ook als dat pijn deed. Wij danken ook de staf van de commissie, die onder grote druk "
      "zorgvuldig werk heeft geleverd."),
    P("Wij doen vijftien aanbevelingen, waarvan de belangrijkste is dat vergunningen voor de uitstoot van zeer "
      "zorgwekkende stoffen voortaan regelmatig worden geactualiseerd, zodat nieuwe kennis niet langer jaren op de "
      "plank blijft liggen. Daarnaast vragen wij om toezicht dat zelf meet in plaats van te vertrouwen, en om een "
      "overheid die omwonenden informeert voordat zij het in de krant lezen."),
    P("Namens de Parlementaire enquêtecommissie Onzichtbare Stoffen,"),
    P("Marieke Oosterhuis-Dral, voorzitter"),
    PageBreak(),
)

SUMMARY = (
    H("Samenvatting"),
    P("Fluorpolymeren Merwestein B.V. produceert sinds 1968 fluorhoudende kunststoffen aan de oever van de Beneden-"
      "Merwede. Tot 2012 gebruikte de fabriek daarbij PFOA, daarna de vervangende stof HFPO-DA. Beide stoffen behoren "
      "tot de groep van per- en polyfluoralkylstoffen (PFAS): stoffen die in het milieu vrijwel niet afbreken en zich "
      "in het menselijk lichaam ophopen. Onderzoek van het RIVM liet in 2016 en opnieuw in 2022 zien dat omwonenden "
      "en vooral oud-werknemers verhoogde concentraties PFOA in hun bloed hebben."),
    P("De commissie concludeert dat de overheid de uitstoot van PFAS door de fabriek tientallen jaren onvoldoende "
      "heeft beperkt en gecontroleerd. De vergunning uit 1987 noemde PFOA niet bij naam; de stof viel onder de "
      "verzamelnaam ‘overige fluorverbindingen’. Toen vanaf het begin van deze eeuw internationaal duidelijk werd "
      "hoe schadelijk PFOA is, werd de vergunning niet aangepast. Pas in 2015 kwam er een afzonderlijke "
      "emissiegrens, die in de jaren daarna vooral op basis van de eigen metingen van het bedrijf werd bewaakt."),
    P("Het toezicht was versnipperd over de provincie als bevoegd gezag, de omgevingsdienst als uitvoerder en de "
      "Inspectie Leefomgeving en Transport als interbestuurlijk toezichthouder. Ieder van hen had een deel van het "
      "beeld, niemand het geheel. Waar overtredingen werden vastgesteld, waren de sancties zo licht dat zij het "
      "bedrijf nauwelijks tot ander gedrag aanzetten."),
    P("Omwonenden zijn laat en gebrekkig geïnformeerd. Het moestuinadvies van 2021 kwam zes jaar nadat de eerste "
      "metingen in de bodem verhoogde waarden lieten zien. Vragen van omwonenden over hun gezondheid bleven lang "
      "onbeantwoord, en wie schade leed, kon nergens terecht. Het vertrouwen van omwonenden in de overheid is daardoor "
      "ernstig beschadigd."),
    P("De commissie doet vijftien aanbevelingen, verdeeld over vijf thema's: vergunningen die meegroeien met de "
      "kennis, toezicht dat zelf meet, gezondheid voorop, omwonenden serieus nemen, en sturing en verantwoording. "
      "Zij zijn gericht aan het kabinet, de minister en de staatssecretaris van Infrastructuur en Waterstaat, de "
      "minister van Volksgezondheid, Welzijn en Sport, de provincies, de omgevingsdiensten en de Tweede Kamer zelf. "
      "De aanbevelingen staan in hoofdstuk 5."),
    PageBreak(),
)

CHAPTER_1 = (
    H("1 Inleiding"),
    Columns(blocks=(
        H2("1.1 Aanleiding"),
        P("In oktober 2022 publiceerde het RIVM de uitkomsten van een tweede bloedonderzoek onder omwonenden van "
          "Fluorpolymeren Merwestein. Daaruit bleek dat de concentratie PFOA in het bloed van omwonenden die voor 2000 "
          "binnen een kilometer van de fabriek woonden, gemiddeld drie keer zo hoog was als die van de gemiddelde "
          "Nederlander. Bij een groep oud-werknemers lagen de waarden tot dertig keer hoger."),
        P("De publicatie leidde tot onrust in Merwestein en omliggende gemeenten en tot vragen in de Tweede Kamer. "
          "Een motie die om een parlementaire enquête vroeg, werd in maart 2023 met brede steun aangenomen. De Kamer "
          "stelde de enquêtecommissie in juni 2023 in en gaf haar de opdracht te onderzoeken hoe de overheid sinds "
          "1968 met de uitstoot van PFAS door de fabriek is omgegaan.",
          footnotes=("Motie van de leden Koster en Van Dalen, Kamerstuk 36 200 XII, nr. 47.",)),
        H2("1.2 Onderzoeksvragen"),
        P("De centrale vraag van de enquête luidt: waarom heeft de overheid de uitstoot van PFAS door Fluorpolymeren "
          "Merwestein niet eerder en niet beter beperkt, en wat betekent dat voor omwonenden? De commissie heeft deze "
          "vraag uitgewerkt in vier deelvragen:"),
        ItemList(style="a.", items=(
            ListItem("Hoe zijn de vergunningen voor de fabriek tot stand gekomen en in hoeverre zijn zij aangepast "
                     "aan nieuwe kennis over PFAS?"),
            ListItem("Hoe hebben de betrokken overheden toezicht gehouden en gehandhaafd?"),
            ListItem("Wat wisten de overheden over de gezondheidsrisico's, en wat hebben zij met die kennis gedaan?"),
            ListItem("Hoe zijn omwonenden geïnformeerd en betrokken, en hoe is omgegaan met hun zorgen en schade?"),
        )),
        H2("1.3 Werkwijze"),
        P("De commissie heeft haar onderzoek in drie fasen uitgevoerd. In de voorbereidende fase liet zij een "
          "feitenreconstructie opstellen door een onderzoeksbureau. In de tweede fase vorderde zij documenten bij het "
          "Rijk, de provincie, de omgevingsdienst en het bedrijf en voerde zij besloten voorgesprekken. De derde fase "
          "bestond uit de openbare verhoren in september en oktober 2024."),
        P("Het onderzoek steunt op de volgende bronnen:"),
        bullets(
            "ruim 60.000 documenten, waaronder vergunningen, inspectierapporten, interne notities en correspondentie;",
            "114 besloten voorgesprekken met betrokkenen;",
            "38 openbare verhoren (zie bijlage 1);",
            "twee bijeenkomsten met omwonenden in Merwestein, met in totaal ruim 400 deelnemers;",
            "deskundigenbijeenkomsten over toxicologie, milieurecht en risicocommunicatie.",
        ),
        P("Het bedrijf heeft volledig meegewerkt aan het vorderen van documenten. De commissie heeft geen oordeel "
          "gegeven over de aansprakelijkheid van het bedrijf; dat is aan de rechter, bij wie verschillende procedures "
          "aanhangig zijn."),
        H2("1.4 Afbakening en leeswijzer"),
        P("Het onderzoek richt zich op het handelen van de overheid. De commissie beschrijft het handelen van het "
          "bedrijf alleen voor zover dat nodig is om het overheidsoptreden te begrijpen. Andere bronnen van PFAS, "
          "zoals blusschuim en consumentenproducten, vallen buiten het onderzoek."),
        P("Hoofdstuk 2 beschrijft de vergunningverlening, hoofdstuk 3 het toezicht en de handhaving en hoofdstuk 4 de "
          "gevolgen voor de gezondheid en de positie van omwonenden. Hoofdstuk 5 bevat de conclusies en "
          "aanbevelingen van de commissie."),
    )),
    PageBreak(),
)

CHAPTER_2 = (
    H("2 Een vergunning uit een andere tijd"),
    Columns(blocks=(
        H2("2.1 De fabriek"),
        P("De fabriek werd in 1968 gebouwd op een voormalig scheepswerfterrein aan de Beneden-Merwede, op vierhonderd "
          "meter van de eerste woningen van Merwestein. Zij maakt fluorpolymeren: kunststoffen die bestand zijn tegen "
          "hitte, vuil en chemicaliën en die onder meer worden gebruikt in kabels, pakkingen en coatings. Voor de "
          "productie was tot 2012 PFOA nodig als hulpstof."),
        P("De fabriek is altijd een belangrijke werkgever in de regio geweest. Op haar hoogtepunt, rond 1990, werkten "
          "er ruim 1.100 mensen. Veel omwonenden hadden familie of buren die er werkten. Verschillende getuigen "
          "beschreven hoe dat de bereidheid om vragen te stellen verminderde, ook bij het gemeentebestuur."),
        H2("2.2 De vergunning van 1987"),
        P("Tot 1987 werkte de fabriek met vergunningen op grond van de Hinderwet en de Wet verontreiniging "
          "oppervlaktewateren. In 1987 verleende de provincie een nieuwe, integrale vergunning. Daarin werd de "
          "uitstoot van PFOA niet afzonderlijk geregeld. De stof viel onder de categorie ‘overige "
          "fluorverbindingen’, waarvoor een gezamenlijke jaarvracht gold van 40 ton naar de lucht."),
        P("Uit de documenten blijkt dat de provincie destijds wist dat PFOA in het proces werd gebruikt. Een "
          "ambtelijke notitie uit 1986 noemt de stof, maar merkt op dat ‘er geen aanwijzingen zijn voor schadelijke "
          "effecten bij de te verwachten concentraties’. Die inschatting was naar de kennis van toen verdedigbaar. "
          "De commissie stelt wel vast dat niemand in de jaren daarna heeft nagegaan of zij nog klopte."),
        P("De commissie constateert dat het gebruik van verzamelnamen in vergunningen tot op de dag van vandaag "
          "voorkomt. Uit een steekproef van de commissie onder twintig vergunningen van chemische bedrijven bleek dat "
          "er in elf nog stoffen onder een verzamelnaam zijn vergund.",
          bold=True),
        H2("2.3 Nieuwe kennis, oude vergunning"),
        P("Vanaf het begin van deze eeuw nam de kennis over PFOA snel toe. In de Verenigde Staten leidden "
          "rechtszaken tegen een producent tot grootschalig gezondheidsonderzoek, dat verbanden liet zien met onder "
          "meer verhoogd cholesterol, schildklierziekten en bepaalde vormen van kanker. In 2006 sprak een "
          "internationaal programma de ambitie uit het gebruik van PFOA voor 2015 uit te faseren. In 2013 werd PFOA "
          "in Europa aangemerkt als zeer zorgwekkende stof.",
          footnotes=("De commissie baseert dit overzicht op een literatuurstudie die zij in 2024 liet uitvoeren "
                     "(bijlage 3 bij dit rapport, afzonderlijk gepubliceerd).",)),
        P("In Merwestein leidde die nieuwe kennis jarenlang niet tot een aanpassing van de vergunning. Een "
          "medewerker van de omgevingsdienst wees in 2007 in een interne e-mail op de Amerikaanse rechtszaken en "
          "vroeg of de vergunning niet ‘eens tegen het licht moest worden gehouden’. Op die e-mail is, voor zover de "
          "commissie heeft kunnen nagaan, nooit gereageerd. In de verhoren verklaarden betrokkenen dat een "
          "vergunning in die tijd pas werd herzien als het bedrijf zelf een wijziging aanvroeg."),
        P("Dat beeld klopt met de regelgeving. Het bevoegd gezag had weliswaar de plicht om vergunningen ‘regelmatig’ "
          "te bezien, maar die plicht kende geen termijn en geen sanctie. In de praktijk werd zij zelden "
          "nageleefd. Bij Fluorpolymeren Merwestein duurde het 28 jaar, tot 2015, voordat een afzonderlijke "
          "emissiegrens voor PFOA werd opgenomen; toen had het bedrijf het gebruik van de stof al drie jaar eerder "
          "beëindigd."),
        H2("2.4 De vervangende stof"),
        P("In 2012 stapte de fabriek over op HFPO-DA. Deze stof werd destijds gepresenteerd als veiliger alternatief. "
          "De vergunning voor de nieuwe stof kwam tot stand in overleg tussen het bedrijf en de omgevingsdienst. De "
          "toegestane uitstoot werd gebaseerd op de verwachte emissie die het bedrijf had opgegeven, niet op een "
          "toets aan wat voor de gezondheid aanvaardbaar is. Daarvoor ontbrak volgens de betrokkenen destijds een "
          "norm."),
        P("In 2017 stelde het RIVM een indicatieve advieswaarde op voor HFPO-DA in drinkwater, en in 2019 een "
          "risicogrens voor de lucht. Die waarden hebben geen wettelijke status. Of zij in een vergunning worden "
          "betrokken, is aan het bevoegd gezag. De commissie stelt vast dat daardoor per bedrijf en per provincie "
          "andere eisen gelden voor dezelfde stof.",
          footnotes=("Indicatieve waarden worden door het RIVM op verzoek van het ministerie afgeleid als er nog "
                     "geen wettelijke norm is; zij dienen als hulpmiddel voor het bevoegd gezag.",)),
        P("Tussenconclusie. De vergunningen voor de fabriek hielden geen gelijke tred met de kennis over PFAS. Het "
          "stelsel legde het initiatief tot aanpassing in feite bij het bedrijf, en er was geen wettelijke norm "
          "waaraan het bevoegd gezag de uitstoot kon toetsen.",
          bold=True),
    )),
    PageBreak(),
)

CHAPTER_3 = (
    H("3 Toezicht op afstand"),
    Columns(blocks=(
        H2("3.1 Wie was waarvoor verantwoordelijk?"),
        P("De provincie is voor grote chemische bedrijven het bevoegd gezag: zij verleent de vergunning en is "
          "verantwoordelijk voor toezicht en handhaving. Sinds 2013 voert de Omgevingsdienst Merwe-Lek die taken "
          "namens de provincie uit. De Inspectie Leefomgeving en Transport (ILT) houdt interbestuurlijk toezicht: zij "
          "kan beoordelen of de provincie haar taken goed uitvoert, maar kan niet zelf handhaven. De minister van "
          "Infrastructuur en Waterstaat is verantwoordelijk voor het stelsel als geheel."),
        P("In de verhoren wezen betrokkenen regelmatig naar elkaar. De omgevingsdienst wees erop dat zij uitvoert wat "
          "de provincie opdraagt; de provincie verwees naar de deskundigheid van de omgevingsdienst; de ILT "
          "benadrukte dat zij geen uitvoerende taken heeft; en het ministerie wees erop dat vergunningverlening een "
          "decentrale taak is. De commissie vindt dat ieder van hen een punt heeft, en dat juist dat het probleem is."),
        H2("3.2 Meten is vertrouwen"),
        P("Het toezicht op de uitstoot steunde vrijwel volledig op metingen van het bedrijf zelf. Het bedrijf "
          "rapporteerde jaarlijks een emissiejaarverslag, dat de omgevingsdienst op volledigheid en plausibiliteit "
          "controleerde. Eigen metingen aan de schoorstenen of het afvalwater liet de omgevingsdienst tussen 2013 en "
          "2022 twee keer uitvoeren."),
        P("Toen de omgevingsdienst in 2022 op verzoek van de provincie een eigen meetcampagne uitvoerde, bleek de "
          "werkelijke uitstoot van HFPO-DA naar de lucht ruim twee keer zo hoog als het bedrijf had gerapporteerd. "
          "Het verschil kwam vooral door diffuse emissies uit afdichtingen en opslagtanks, die in de eigen "
          "rapportage niet waren meegenomen.",
          footnotes=("Omgevingsdienst Merwe-Lek, Meetrapport emissies HFPO-DA, december 2022.",)),
        P("Controles waren bijna altijd aangekondigd. Van de 46 controlebezoeken tussen 2013 en 2023 waren er drie "
          "onaangekondigd. Een oud-toezichthouder verklaarde dat aankondigen ‘de gewoonte was, omdat je anders voor "
          "een dichte poort stond’."),
        H2("3.3 Handhaving"),
        P("Waar de omgevingsdienst overtredingen vaststelde, volgde meestal een waarschuwingsbrief. In 2019 legde de "
          "provincie een last onder dwangsom op van ten hoogste 45.000 euro wegens het overschrijden van de "
          "emissiegrens voor HFPO-DA. Het bedrijf verbeurde 15.000 euro. Afgezet tegen een jaaromzet van enkele "
          "honderden miljoenen euro's had dat volgens de commissie geen afschrikwekkende werking."),
        P("Strafrechtelijke handhaving kwam pas in 2023 op gang, nadat de ILT en het Openbaar Ministerie een "
          "gezamenlijk onderzoek begonnen. Dat onderzoek loopt nog. Getuigen van de omgevingsdienst verklaarden dat "
          "zij het strafrecht lange tijd zagen als ‘een laatste middel voor evidente gevallen’, en dat zij de "
          "bewijslast bij complexe emissies te zwaar achtten."),
        H2("3.4 De rol van de inspectie"),
        P("De ILT signaleerde in 2018 en 2021 in rapporten over het interbestuurlijk toezicht dat de kwaliteit van "
          "het toezicht op grote chemische bedrijven tussen de omgevingsdiensten sterk verschilt. Zij deed "
          "aanbevelingen aan de provincies, maar had geen middelen om die af te dwingen. In het verhoor zei de "
          "inspecteur-generaal dat zij ‘kon blaffen maar niet bijten’."),
        P("De versnippering van kennis is een terugkerend thema. Het landelijk netwerk van omgevingsdiensten die "
          "toezicht houden op de zwaarste chemische bedrijven deelt wel kennis, maar deskundigheid op het gebied van "
          "zeer zorgwekkende stoffen is dun gezaaid. Bij de Omgevingsdienst Merwe-Lek was er tot 2020 één "
          "medewerker met specifieke kennis van PFAS."),
        P("Tussenconclusie. Het toezicht op de fabriek was te afhankelijk van het bedrijf zelf, de handhaving was te "
          "licht en de ILT had onvoldoende middelen om in te grijpen toen zij tekortkomingen signaleerde.",
          bold=True),
    )),
    PageBreak(),
)

CHAPTER_4 = (
    H("4 Gezondheid en omwonenden"),
    Columns(blocks=(
        H2("4.1 Wat weten we over de gezondheid?"),
        P("Het RIVM onderzocht in 2016 en in 2022 het bloed van omwonenden en oud-werknemers. Beide onderzoeken "
          "lieten verhoogde waarden zien, vooral van PFOA. Over de gevolgen voor de gezondheid van individuele "
          "omwonenden kon het RIVM geen uitspraken doen: daarvoor was het onderzoek niet opgezet en is de "
          "wetenschappelijke kennis over de relatie tussen bloedwaarden en ziekte op individueel niveau te beperkt."),
        P("Omwonenden ervoeren dat als een gebrek aan antwoorden. ‘We weten nu dat het in ons bloed zit, maar niet "
          "wat het met ons doet,’ zei een omwonende tijdens de bijeenkomst in Merwestein. Een langjarig onderzoek "
          "dat gezondheidsuitkomsten volgt, zoals in andere landen is gedaan, is in Nederland nooit opgezet."),
        P("De Europese voedselautoriteit stelde in 2020 een grenswaarde vast voor de wekelijkse inname van vier PFAS "
          "via voedsel. Een Nederlandse waarde voor de totale blootstelling aan PFAS, via voedsel, drinkwater, bodem "
          "en lucht samen, ontbreekt. Daardoor is niet te zeggen of omwonenden die bijvoorbeeld groenten uit eigen "
          "tuin eten, boven een veilige grens uitkomen."),
        H2("4.2 Het moestuinadvies"),
        P("In 2015 lieten bodemmonsters uit tuinen in Merwestein voor het eerst verhoogde waarden van PFOA zien. Het "
          "duurde tot 2021 voordat de GGD, op basis van een risicobeoordeling van het RIVM, omwonenden adviseerde "
          "geen groenten uit eigen tuin meer te eten en geen eieren van eigen kippen. Het advies werd in een "
          "persbericht bekendgemaakt; veel omwonenden hoorden het van de regionale omroep."),
        P("De commissie heeft gezien dat de vertraging vooral ontstond doordat de betrokken organisaties het niet eens "
          "werden over wie het advies moest geven. De gemeente verwees naar de GGD, de GGD naar het RIVM en het RIVM "
          "naar zijn adviserende rol. Ondertussen aten omwonenden zes jaar lang groenten uit hun tuin."),
        H2("4.3 Informeren en betrekken"),
        P("Omwonenden hadden geen vast aanspreekpunt. Wie vragen had over de uitstoot, kon bellen met de algemene "
          "klachtenlijn van de omgevingsdienst, die vooral was ingericht voor stank- en geluidsoverlast. Meetgegevens "
          "waren wel openbaar, maar alleen op verzoek en in de vorm van technische rapporten."),
        P("Verschillende getuigen van de overheid verklaarden dat zij bewust terughoudend waren met informatie, om "
          "‘geen onnodige onrust te veroorzaken’. De commissie begrijpt die overweging, maar stelt vast dat zij het "
          "omgekeerde effect had: de onrust was groter omdat omwonenden het gevoel kregen dat informatie werd "
          "achtergehouden.",
          footnotes=("Zie de verhoren van de voormalige gedeputeerde voor milieu en van de directeur van de "
                     "omgevingsdienst (bijlage 1).",)),
        H2("4.4 Schade en vertrouwen"),
        P("Omwonenden lijden ook materiële schade. Woningen in de directe omgeving van de fabriek zijn volgens een "
          "taxatie in opdracht van de gemeente 5 tot 8 procent minder waard dan vergelijkbare woningen elders in de "
          "regio. Moestuinders en kippenhouders konden hun tuin niet meer gebruiken. Voor die schade bestaat geen "
          "regeling. Wie een vergoeding wil, moet zelf naar de rechter en moet daar aantonen dat de schade door de "
          "fabriek is veroorzaakt."),
        P("Het vertrouwen van omwonenden in de overheid is ernstig beschadigd. In een enquête onder omwonenden die de "
          "commissie liet uitvoeren, gaf 71 procent aan weinig of geen vertrouwen te hebben in de informatie van de "
          "overheid over de fabriek. Bij oud-werknemers lag dat percentage nog hoger."),
        P("Tussenconclusie. De overheid had te weinig aandacht voor de gezondheidsvragen van omwonenden, informeerde "
          "hen te laat en liet hen met hun schade alleen.",
          bold=True),
    )),
    PageBreak(),
)

CHAPTER_5 = (
    H("5 Conclusies en aanbevelingen"),
    H2("5.1 Hoofdconclusie"),
    P("De overheid heeft de uitstoot van PFAS door Fluorpolymeren Merwestein tientallen jaren onvoldoende beperkt en "
      "gecontroleerd. Dat lag niet aan één persoon of één organisatie, maar aan een stelsel waarin vergunningen niet "
      "meegroeiden met de kennis, het toezicht op het bedrijf zelf leunde, de handhaving weinig voorstelde en "
      "niemand zich verantwoordelijk voelde voor het geheel. Omwonenden zijn daarvan de dupe geworden: zij werden "
      "blootgesteld aan stoffen waarvan de overheid de risico's had kunnen kennen, en zij werden te laat en te "
      "weinig geïnformeerd."),
    P("De commissie richt haar aanbevelingen op het voorkomen van herhaling, bij deze fabriek en bij de andere "
      "bedrijven die zeer zorgwekkende stoffen uitstoten, en op het herstel van de positie van omwonenden. Zij zijn "
      "hieronder per thema geordend."),
    H2("5.2 Vergunningen die meegroeien met de kennis"),
    P("De vergunning van de fabriek bleef 28 jaar in wezen ongewijzigd, terwijl de kennis over PFOA ingrijpend "
      "veranderde. Het bevoegd gezag had geen wettelijke termijn om de vergunning te herzien en geen wettelijke norm "
      "om de uitstoot aan te toetsen. Verzamelnamen maakten het mogelijk dat een zeer zorgwekkende stof nergens "
      "afzonderlijk werd begrensd."),
    LEAD,
    rec_list(1, 2, 3),
    P("Deze aanbeveling sluit aan bij het advies ‘Stoffen in beeld’ van de Raad voor de leefomgeving uit 2023, dat "
      "eveneens pleitte voor een periodieke herziening van vergunningen voor zeer zorgwekkende stoffen."),
    H2("5.3 Toezicht dat zelf meet"),
    P("Het toezicht vertrouwde te veel op de eigen metingen van het bedrijf, controles werden vrijwel altijd "
      "aangekondigd en de kennis over zeer zorgwekkende stoffen was versnipperd over een groot aantal "
      "omgevingsdiensten. Sancties waren te licht om effect te hebben, en de ILT kon tekortkomingen signaleren maar "
      "niet verhelpen."),
    LEAD,
    rec_list(4, 5, 6, 7),
    P("Deze aanbeveling sluit aan bij eerdere bevindingen van de Onderzoeksraad voor Veiligheid over het toezicht op "
      "risicovolle bedrijven en bij de evaluatie van het stelsel van omgevingsdiensten uit 2021."),
    H2("5.4 Gezondheid voorop"),
    P("Omwonenden weten dat PFAS in hun bloed zit, maar niet wat dat voor hun gezondheid betekent. Een langjarig "
      "onderzoek ontbreekt, individuele vragen blijven onbeantwoord en er is geen norm voor de totale blootstelling "
      "aan PFAS via alle routes samen."),
    LEAD,
    rec_list(8, 9, 10),
    P("Deze aanbeveling sluit aan bij de wens die omwonenden tijdens beide bijeenkomsten in Merwestein herhaaldelijk "
      "uitspraken, en bij de internationale praktijk van gezondheidsonderzoek rond fabrieken die PFAS uitstoten."),
    H2("5.5 Omwonenden serieus nemen"),
    P("Omwonenden werden te laat geïnformeerd, hadden geen aanspreekpunt en konden met hun schade nergens terecht. "
      "Meetgegevens waren alleen op verzoek beschikbaar en voor leken nauwelijks te begrijpen. Het herstel van "
      "vertrouwen vraagt om meer dan betere communicatie: omwonenden moeten erop kunnen rekenen dat zij worden "
      "gehoord en dat hun schade wordt vergoed."),
    LEAD,
    rec_list(11, 12, 13),
    P("Deze aanbeveling sluit aan bij het beginsel dat de vervuiler betaalt, zoals dat in het Europese milieurecht "
      "is verankerd, en bij de ervaringen met onafhankelijke schadeafhandeling elders in Nederland."),
    H2("5.6 Sturing en verantwoording"),
    P("Enquêtes leveren lessen op, maar die lessen beklijven alleen als iemand blijft volgen of zij worden "
      "opgevolgd. De commissie vraagt daarom zowel het kabinet als de Kamer zelf om de uitvoering van dit rapport "
      "de komende jaren te blijven volgen."),
    LEAD,
    rec_list(14, 15),
    P("Deze aanbeveling sluit aan bij de werkwijze die de Kamer na eerdere parlementaire enquêtes heeft gevolgd, "
      "waarbij een rapporteur de opvolging van de aanbevelingen bewaakte."),
    PageBreak(),
)

ANNEX = (
    H("Bijlage 1 Openbare verhoren"),
    P("De commissie heeft in september en oktober 2024 de volgende getuigen in het openbaar verhoord (selectie). De "
      "volledige verslagen zijn als Kamerstuk gepubliceerd."),
    Table(
        header=("Datum", "Getuige (functie ten tijde van de gebeurtenissen)"),
        rows=(
            ("9 september 2024", "omwonende en oud-procesoperator Fluorpolymeren Merwestein"),
            ("9 september 2024", "voorzitter bewonersvereniging Merwestein-Oost"),
            ("10 september 2024", "toxicoloog, voormalig medewerker RIVM"),
            ("12 september 2024", "medewerker vergunningverlening, Omgevingsdienst Merwe-Lek"),
            ("16 september 2024", "directeur Omgevingsdienst Merwe-Lek (2013-2021)"),
            ("17 september 2024", "voormalig gedeputeerde voor milieu"),
            ("23 september 2024", "directeur GGD regio Merwe en Lek"),
            ("24 september 2024", "inspecteur-generaal Leefomgeving en Transport"),
            ("30 september 2024", "directeur-generaal Milieu en Internationaal, ministerie van IenW"),
            ("1 oktober 2024", "algemeen directeur Fluorpolymeren Merwestein B.V."),
            ("7 oktober 2024", "burgemeester van Merwestein"),
            ("8 oktober 2024", "voormalig staatssecretaris van Infrastructuur en Waterstaat"),
            ("10 oktober 2024", "minister van Infrastructuur en Waterstaat"),
        ),
        widths=(1.0, 3.0),
        rules="rows",
    ),
)

REPORT = Document(
    title="Wat niet zichtbaar was",
    subtitle="Eindrapport van de Parlementaire enquêtecommissie Onzichtbare Stoffen over het overheidsoptreden "
             "rond de PFAS-verontreiniging bij Fluorpolymeren Merwestein",
    blocks=FOREWORD + SUMMARY + CHAPTER_1 + CHAPTER_2 + CHAPTER_3 + CHAPTER_4 + CHAPTER_5 + ANNEX,
    running_header="Parlementaire enquête Onzichtbare Stoffen · Eindrapport ‘Wat niet zichtbaar was’",
    footer="– {page} –",
    font_size=10.0,
    font_family="sans",
    title_page=True,
    imprint=("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2025–2026, 36 874, nr. 2",
             "Den Haag, 13 november 2025"),
)


# --------------------------------------------------------------------------------------------------------------
# Response
# --------------------------------------------------------------------------------------------------------------

def box(number: str) -> Table:
    """The recommendation quoted in a grey one-cell box before its answer."""
    return Table(header=(f"Aanbeveling {number}\n{REC[number]}",), rows=(), widths=(1.0,))


EV1 = "Het kabinet omarmt deze aanbeveling."
EV2 = ("Het kabinet stelt een wettelijke emissiegrenswaarde vast voor lozingen van PFAS op oppervlaktewater, maar "
       "ziet voor de uitstoot naar de lucht geen ruimte voor een nationale grenswaarde zolang de Europese "
       "normstelling loopt.")
EV4 = "In een aparte landelijke omgevingsdienst ziet het kabinet echter geen heil."
EV5 = ("Het kabinet heeft met het IPO en de VNG afgesproken dat de omgevingsdiensten vanaf 1 januari 2027 ieder "
       "bedrijf dat zeer zorgwekkende stoffen uitstoot ten minste eenmaal per jaar onaangekondigd controleren en "
       "daarbij zelf emissiemetingen laten uitvoeren.")
EV6 = ("Het kabinet zal in overleg met het IPO en de VNG bezien of de ILT in uitzonderlijke gevallen een "
       "aanwijzingsbevoegdheid kan krijgen.")
EV7 = "Het kabinet acht een afzonderlijke, omzetgerelateerde bestuurlijke boete daarom niet opportuun."
EV8 = ("Het RIVM start in april 2026 met een gezondheidsonderzoek onder ruim 4.000 omwonenden en oud-werknemers, "
       "dat ten minste twintig jaar loopt en waarvoor het kabinet de komende tien jaar 16 miljoen euro uittrekt.")
EV9 = "Voor een bloedtest voor iedere omwonende die dat wil, kiest het kabinet echter een andere weg."
EV9B = ("Het kabinet kiest daarom voor een PFAS-spreekuur van de GGD, waar omwonenden met gezondheidsvragen terecht "
        "kunnen en waar de huisarts naar kan verwijzen.")
EV10 = ("De minister van VWS heeft de Gezondheidsraad op 3 februari 2026 gevraagd hierover te adviseren, met het "
        "verzoek het advies uiterlijk in februari 2027 uit te brengen.")
EV11 = ("Het kabinet richt het schadeloket in, maar neemt de omgekeerde bewijslast niet over.")
EV12 = ("Het kabinet gaat hiermee aan de slag: vanaf 1 juli 2027 zijn alle emissie- en omgevingsmetingen van zeer "
        "zorgwekkende stoffen te raadplegen in het openbare Register Zeer Zorgwekkende Stoffen.")
EV14 = "Het kabinet staat achter deze aanbeveling."

RESPONSE_BLOCKS = (
    P("Geachte voorzitter,"),
    P("Op 13 november 2025 heeft de Parlementaire enquêtecommissie Onzichtbare Stoffen haar eindrapport ‘Wat niet "
      "zichtbaar was’ aan uw Kamer aangeboden. Hierbij ontvangt u, mede namens de minister van Volksgezondheid, "
      "Welzijn en Sport en de staatssecretaris van Infrastructuur en Waterstaat, de reactie van het kabinet op dit "
      "rapport."),
    P("Het kabinet dankt de commissie voor haar grondige en indringende onderzoek. De openbare verhoren hebben "
      "pijnlijk zichtbaar gemaakt hoe omwonenden en oud-werknemers van Fluorpolymeren Merwestein jarenlang zijn "
      "blootgesteld aan stoffen waarvan de risico's steeds duidelijker werden, terwijl de overheid te weinig deed. "
      "Het kabinet biedt hun daarvoor, ook namens de eerdere kabinetten, zijn excuses aan."),
    P("Het kabinet herkent zich in de analyse van de commissie. Het stelsel van vergunningverlening, toezicht en "
      "handhaving heeft te lang gesteund op het vertrouwen dat bedrijven zelf melden wat zij uitstoten, en de "
      "verantwoordelijkheden waren zo verdeeld dat niemand het geheel overzag. Dat geldt ook voor het Rijk, dat als "
      "stelselverantwoordelijke eerder had moeten ingrijpen."),
    P("Sinds de eerste signalen is er ook het nodige veranderd. De uitstoot van HFPO-DA door de fabriek is sinds "
      "2019 met ruim negentig procent gedaald. Voor zeer zorgwekkende stoffen geldt sinds 2016 een "
      "minimalisatieplicht, en Nederland heeft in 2023 samen met vier andere lidstaten bij het Europees "
      "Agentschap voor chemische stoffen een voorstel ingediend voor een brede Europese restrictie van PFAS. Het "
      "kabinet zet die inzet onverminderd voort."),
    P("Het kabinet volgt hieronder de indeling van het rapport in vijf thema's. Bij ieder thema zijn de "
      "aanbevelingen van de commissie in een kader weergegeven, gevolgd door de reactie van het kabinet. In de "
      "bijlage bij deze brief vindt u een overzicht van de toezeggingen."),

    H("1. Vergunningen die meegroeien met de kennis"),
    box("1"),
    P(EV1 + " Een vergunning die decennia ongewijzigd blijft terwijl de kennis over een stof ingrijpend verandert, "
      "biedt omwonenden onvoldoende bescherming. De staatssecretaris van Infrastructuur en Waterstaat zal in het "
      "Besluit activiteiten leefomgeving een plicht opnemen om vergunningen voor de uitstoot en lozing van zeer "
      "zorgwekkende stoffen ten minste eens in de vijf jaar te actualiseren. Het ontwerpbesluit wordt in het "
      "najaar van 2026 voorgehangen bij uw Kamer.",
      answers=(Answer("1", "agree", EV1),)),
    box("2"),
    P("Het kabinet deelt de opvatting van de commissie dat indicatieve waarden het bevoegd gezag te weinig houvast "
      "bieden. " + EV2 + " De grenswaarde voor water wordt in 2027 opgenomen in het Besluit kwaliteit "
      "leefomgeving. Voor de lucht werkt de Europese Commissie aan een herziening van de richtlijn industriële "
      "emissies waarin PFAS worden meegenomen; een afwijkende nationale norm zou Nederlandse bedrijven op "
      "achterstand zetten zonder dat de uitstoot in de omliggende landen afneemt.",
      answers=(Answer("2", "partial", EV2),)),

    H("2. Toezicht dat zelf meet"),
    P("Het toezicht op de zwaarste chemische bedrijven is belegd bij zes omgevingsdiensten, die sinds 2024 "
      "samenwerken in een landelijk kennisnetwerk voor zeer zorgwekkende stoffen. Het Rijk financiert dat netwerk "
      "met 3 miljoen euro per jaar. Het kabinet bouwt hierop voort, zoals hieronder uiteengezet."),
    box("4"),
    P("Het kabinet deelt de analyse dat de kennis over zeer zorgwekkende stoffen versnipperd is en dat kleine "
      "omgevingsdiensten die kennis moeilijk op peil kunnen houden. " + EV4 + " Het afsplitsen van dertig bedrijven "
      "zou het stelsel verder versnipperen en de band tussen toezicht en de regionale omgeving verzwakken. Het "
      "kabinet kiest ervoor het bestaande kennisnetwerk te versterken.",
      answers=(Answer("4", "disagree", EV4),)),
    box("5"),
    P("Het kabinet neemt deze aanbeveling ter harte. " + EV5 + " Het Rijk stelt daarvoor vanaf 2027 structureel "
      "7,5 miljoen euro per jaar beschikbaar. De afspraak wordt vastgelegd in de landelijke "
      "uitvoeringsstrategie voor het toezicht op zeer zorgwekkende stoffen.",
      answers=(Answer("5", "agree", EV5),)),
    box("6"),
    P("De staatssecretaris van Infrastructuur en Waterstaat, die verantwoordelijk is voor de ILT, erkent dat de "
      "inspectie tekortkomingen in het toezicht wel kon signaleren, maar niet kon verhelpen. Tegelijk raakt een "
      "bevoegdheid om zelf handhavend op te treden aan de verdeling van taken tussen Rijk en provincies, zoals "
      "vastgelegd in de Omgevingswet. " + EV6 + " Het kabinet informeert uw Kamer over de uitkomst voor het einde "
      "van 2026.",
      answers=(Answer("6", "partial", EV6),)),
    box("7"),
    P("De commissie constateert terecht dat de last onder dwangsom in 2019 het bedrijf nauwelijks tot ander gedrag "
      "heeft aangezet. Op grond van de Wet op de economische delicten kan de strafrechter echter nu al een geldboete "
      "opleggen van ten hoogste tien procent van de jaaromzet van een onderneming, en het strafrechtelijk onderzoek "
      "dat de ILT en het Openbaar Ministerie in 2023 begonnen, laat zien dat dit instrument ook wordt ingezet. " + EV7
      + " Wel zullen de ILT en het Openbaar Ministerie vaker en eerder met de omgevingsdiensten afstemmen over "
      "strafrechtelijke handhaving.",
      answers=(Answer("7", "disagree", EV7),)),

    H("3. Gezondheid voorop"),
    box("8"),
    box("9"),
    P("Omwonenden willen weten wat PFAS in hun bloed voor hun gezondheid betekent, en het kabinet vindt dat zij op "
      "die vraag een zo goed mogelijk antwoord verdienen. " + EV8 + " " + EV9 + " Een individuele uitslag zegt "
      "weinig over de eigen gezondheid en kan onrust veroorzaken zonder dat er een handelingsperspectief is; "
      "deskundigen van het RIVM en de GGD raden een grootschalige bloedtest daarom af.",
      answers=(Answer("8", "agree", EV8), Answer("9", "disagree", EV9))),
    P(EV9B + " Het spreekuur start in januari 2026 en wordt gefinancierd door het ministerie van VWS. Wie aan het "
      "gezondheidsonderzoek deelneemt, krijgt de eigen bloedwaarden desgewenst wel te horen.",
      answers=(Answer("9", "disagree", EV9B),)),
    box("10"),
    P("Een norm voor de totale blootstelling ontbreekt inderdaad. " + EV10 + " Het kabinet zal het advies gebruiken "
      "bij het vaststellen van emissie-eisen en bij adviezen over het eten van groenten uit eigen tuin.",
      answers=(Answer("10", "agree", EV10),)),

    H("4. Omwonenden serieus nemen"),
    box("11"),
    P("Het kabinet vindt het onaanvaardbaar dat omwonenden met hun schade nergens terecht kunnen. In overleg met de "
      "gemeente Merwestein wordt een onafhankelijk schadeloket ingericht dat in het najaar van 2026 opengaat en dat "
      "schade aan woningen en tuinen beoordeelt. " + EV11 + " Een omgekeerde bewijslast zou een breuk betekenen met "
      "het aansprakelijkheidsrecht en precedentwerking hebben voor andere milieuschade. Het kabinet zal de kosten "
      "waar mogelijk op het bedrijf verhalen.",
      answers=(Answer("11", "partial", EV11),)),
    box("12"),
    P(EV12 + " Het register wordt beheerd door de Inspectie Leefomgeving en Transport en bevat ook een toelichting "
      "in begrijpelijke taal. Provincies en omgevingsdiensten leveren hun meetgegevens daarvoor aan.",
      answers=(Answer("12", "agree", EV12),)),
    box("13"),
    P("Het kabinet herkent zich in de analyse dat omwonenden te lang geen vast aanspreekpunt hadden en informatie "
      "vaak uit de media moesten halen. Deze aanbeveling richt zich tot de provincies en omgevingsdiensten. De "
      "Omgevingsdienst Merwe-Lek heeft in 2024 een omgevingsmanager aangesteld, en de provincie organiseert sinds "
      "vorig jaar ieder kwartaal een informatieavond in Merwestein. Ook in andere regio's werken omgevingsdiensten "
      "met een vaste contactpersoon voor omwonenden van grote bedrijven."),

    H("5. Sturing en verantwoording"),
    box("14"),
    P(EV14 + " Uw Kamer ontvangt in november 2026 de eerste voortgangsrapportage over de uitvoering van de "
      "aanbevelingen, en daarna jaarlijks. In 2030 laat het kabinet de uitvoering onafhankelijk evalueren.",
      answers=(Answer("14", "agree", EV14),)),
    box("15"),
    P("Deze aanbeveling is aan uw Kamer. Het kabinet wacht de besluitvorming van uw Kamer hierover af."),

    H("Tot slot"),
    P("Het rapport van de commissie laat zien hoe lang het kan duren voordat nieuwe kennis over een stof leidt tot "
      "bescherming van de mensen die eraan worden blootgesteld. Het kabinet gaat voortvarend aan de slag met de "
      "lessen uit dit rapport, niet alleen voor Merwestein, maar voor alle bedrijven die zeer zorgwekkende stoffen "
      "uitstoten. Het vertrouwen van omwonenden herstelt niet met een brief; het kabinet wil het terugwinnen met "
      "daden."),
    P("De minister van Infrastructuur en Waterstaat,"),
    P("mr. A.J.M. Verschoor-Tan"),
    PageBreak(),
    H("Bijlage: Overzicht toezeggingen"),
    Table(
        header=("Toezegging", "Wanneer"),
        rows=(
            ("Voorhang ontwerpbesluit actualisatieplicht vergunningen zeer zorgwekkende stoffen", "najaar 2026"),
            ("Wettelijke emissiegrenswaarde PFAS voor lozingen op oppervlaktewater in het Besluit kwaliteit "
             "leefomgeving", "2027"),
            ("Jaarlijkse onaangekondigde controle en eigen emissiemetingen door omgevingsdiensten; 7,5 miljoen euro "
             "per jaar", "vanaf 1 januari 2027"),
            ("Brief over de uitkomst van het overleg over een aanwijzingsbevoegdheid voor de ILT", "eind 2026"),
            ("PFAS-spreekuur GGD voor omwonenden", "januari 2026"),
            ("Start gezondheidsonderzoek RIVM onder omwonenden en oud-werknemers; 16 miljoen euro", "april 2026"),
            ("Advies Gezondheidsraad over totale blootstelling aan PFAS", "februari 2027"),
            ("Opening onafhankelijk schadeloket Merwestein", "najaar 2026"),
            ("Openbaar Register Zeer Zorgwekkende Stoffen", "1 juli 2027"),
            ("Eerste voortgangsrapportage over de uitvoering van de aanbevelingen", "november 2026"),
            ("Onafhankelijke evaluatie van de uitvoering", "2030"),
        ),
        widths=(3.2, 1.0),
        rules="grid",
    ),
)

RESPONSE = Document(
    title="Kabinetsreactie op het eindrapport ‘Wat niet zichtbaar was’ van de Parlementaire enquêtecommissie "
          "Onzichtbare Stoffen",
    subtitle="Brief van de minister van Infrastructuur en Waterstaat aan de Voorzitter van de Tweede Kamer der "
             "Staten-Generaal · Den Haag, 10 maart 2026 · Kenmerk IENW/BSK-2026/41172",
    blocks=RESPONSE_BLOCKS,
    running_header="Kabinetsreactie parlementaire enquête Onzichtbare Stoffen",
    footer="{page}/{pages}",
    font_size=10.5,
    font_family="serif",
    title_page=False,
)

PAIR = Pair(
    name="pfas_inquiry_committee",
    report=REPORT,
    response=RESPONSE,
    description="Parliamentary inquiry into PFAS around a chemical plant (two-column findings, 15 recommendations "
                "under five theme headings in a single-column final chapter) and the cabinet's response quoting each "
                "recommendation in a one-cell box; 3 never mentioned, 13 passed to the provinces, 15 'aan uw Kamer'.",
)
