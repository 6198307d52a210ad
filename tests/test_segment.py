from conftest import make_document

from pipeline.segment import join_quotes_to_answers, segment_recommendations, segment_response
from pipeline.types import Passage, Recommendation, Sentence

H, P, L = "heading", "paragraph", "list_item"


def report():
    return make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (P, "Amnesty doet onder meer de volgende aanbevelingen:", 1),
        (L, "Stop met het gebruik van etniciteit als selectiecriterium bij controles.", 1, {"marker": "•"}),
        (H, "3. Politie", 2, {"level": 1}),
        (P, "De politie controleert burgers vaak zonder objectieve grond.", 2),
        (P, "Amnesty roept de minister van Justitie en Veiligheid op om:", 3),
        (L, "Stop met het gebruik van etniciteit als selectiecriterium bij controles.", 3, {"marker": "1."}),
        (L, "Registreer bij elke proactieve controle de reden, en maak deze gegevens", 3, {"marker": "2."}),
        (L, "openbaar en toetsbaar voor de Kamer.", 4, {"continues": True}),
        (L, "Zorg voor een klachtenprocedure die:", 4, {"marker": "3."}),
        (L, "onafhankelijk is van de politie;", 4, {"marker": "a.", "level": 1}),
        (L, "binnen zes weken beslist.", 4, {"marker": "b.", "level": 1}),
        (H, "4. Koninklijke Marechaussee", 5, {"level": 1}),
        (P, "Amnesty roept de minister van Defensie en de minister van Financiën op om:", 5),
        (L, "Beëindig het MTV-toezicht in zijn huidige vorm totdat discriminatie is uitgesloten.", 5, {"marker": "4."}),
        (H, "8. Aanbevelingen", 7, {"level": 1}),
        (L, "Erken dat etnisch profileren overheidsbreed voorkomt en stel een actieplan op.", 7, {"marker": "5."}),
        (P, "Tot slot beveelt Amnesty de gemeenten aan om bij handhaving geen gebruik te maken van nationaliteit "
            "als risicofactor.", 7),
    )


def test_finds_every_recommendation_once_in_document_order():
    found = segment_recommendations(report())
    assert [r.number for r in found] == ["1", "2", "3", "4", "5", ""]
    assert [r.id for r in found] == ["R01", "R02", "R03", "R04", "R05", "R06"]


def test_summary_repeat_is_one_record_with_both_locations():
    first = segment_recommendations(report())[0]
    assert first.number == "1"
    assert [(loc.page, loc.section) for loc in first.locations] == [(1, "Samenvatting"), (3, "3. Politie")]
    assert first.page == 3  # the numbered printing is the one cited; the summary stays a location


def test_item_across_page_break_is_joined_and_sub_points_stay_in_their_parent():
    found = {r.number: r for r in segment_recommendations(report())}
    assert found["2"].text.endswith("maak deze gegevens openbaar en toetsbaar voor de Kamer.")
    assert "a. onafhankelijk is van de politie;" in found["3"].text
    assert "b. binnen zes weken beslist." in found["3"].text


def test_addressees_come_from_lead_in_then_heading_then_text():
    found = {r.number: r for r in segment_recommendations(report())}
    assert found["2"].departments == ("JenV",)
    assert found["4"].departments == ("Defensie", "FIN")
    assert found["4"].lead_in.startswith("Amnesty roept de minister van Defensie")
    assert found["5"].departments == ("KABINET",)
    inline = found[""]
    assert inline.text.startswith("Tot slot beveelt Amnesty de gemeenten aan")
    assert inline.departments == ("GEMEENTEN",)


def test_no_recommendation_section_and_no_lead_in_means_no_recommendations():
    document = make_document((H, "Inleiding", 1, {"level": 1}), (L, "Een opsomming van feiten.", 1, {"marker": "1."}))
    assert segment_recommendations(document) == []


def test_children_of_a_lead_in_item_are_the_recommendations():
    document = make_document(
        (H, "III. Conclusions and/or recommendations", 14, {"level": 1}),
        (L, "The following recommendations will be examined by the Netherlands:", 14, {"marker": "98."}),
        (L, "Ratify the optional protocol to the convention (Slovakia);", 14, {"marker": "98.1.", "level": 1}),
        (L, "Adopt a national action plan on human rights education (Slovenia);", 15, {"marker": "98.2.", "level": 1}),
    )
    found = segment_recommendations(document)
    assert [r.number for r in found] == ["98.1", "98.2"]
    assert all(r.lead_in.startswith("The following recommendations") for r in found)
    assert [r.page for r in found] == [14, 15]


def test_response_passages_keep_heading_pages_and_sentences(nlp):
    document = make_document(
        (P, "Geachte Voorzitter,", 1),
        (H, "Politie", 1, {"level": 1}),
        (P, "Het kabinet neemt de aanbeveling over om de reden van elke controle te registreren. De politie "
            "start daarmee op 1 jan. 2026 in alle eenheden", 1),
        (P, "en rapporteert jaarlijks aan de Kamer over de uitkomsten.", 2, {"continues": True}),
        (P, "De minister treft de volgende maatregelen:", 2),
        (L, "een landelijk klachtenloket voor burgers;", 2, {"marker": "•"}),
        (L, "scholing van alle agenten in de basisteams.", 2, {"marker": "•"}),
    )
    passages = segment_response(document, nlp)
    assert [p.id for p in passages] == ["P001", "P002"]
    first, second = passages
    assert first.heading == "Politie" and first.page == 1
    assert [s.text for s in first.sentences] == [
        "Het kabinet neemt de aanbeveling over om de reden van elke controle te registreren.",
        "De politie start daarmee op 1 jan. 2026 in alle eenheden en rapporteert jaarlijks aan de Kamer over de "
        "uitkomsten.",
    ]
    assert [s.page for s in first.sentences] == [1, 1]
    assert "landelijk klachtenloket" in second.text and "scholing" in second.text
    assert "JenV" in first.departments


def test_a_recommendation_to_the_cabinet_is_for_the_ministry_that_owns_its_policy_field():
    document = make_document(
        (H, "10. Aanbevelingen", 9, {"level": 1}),
        (P, "Amnesty roept het kabinet op om:", 9),
        (L, "gemeenten te ondersteunen bij het toetsen van hun risicoprofielen in de bijstand;", 9, {"marker": "1."}),
        (L, "een plicht in te voeren om gelijke behandeling actief te bevorderen;", 9, {"marker": "2."}),
        (L, "de Belastingdienst op te dragen de bijstand niet als risicofactor te gebruiken;", 9, {"marker": "3."}),
        (L, "een actieplan op te stellen.", 9, {"marker": "4."}),
        (P, "Amnesty roept de minister van Justitie en Veiligheid op om:", 10),
        (L, "de bijstand niet te betrekken bij politiecontroles.", 10, {"marker": "5."}),
    )
    found = {r.number: r for r in segment_recommendations(document)}
    assert found["1"].departments == ("GEMEENTEN", "SZW")
    assert found["2"].departments == ("BZK",)
    assert found["3"].departments == ("FIN", "SZW")  # a named agency comes first
    assert found["4"].departments == ("KABINET",)
    assert found["5"].departments == ("JenV",)  # a named minister is the addressee; the field does not add to it


def test_a_policy_field_does_not_make_a_response_passage_speak_for_a_ministry():
    from pipeline.departments import resolve_departments

    assert resolve_departments("Gemeenten voeren de bijstand uit.") == ("GEMEENTEN",)
    assert resolve_departments("De minister van SZW gaat over de bijstand.") == ("SZW",)


def test_a_reworded_summary_with_the_same_numbers_is_merged_but_per_chapter_numbering_is_not():
    document = make_document(
        (H, "Onze aanbevelingen", 2, {"level": 1}),
        (L, "Beoordeel binnen een jaar de toelating van gewasbeschermingsmiddelen in drinkwaterbronnen (IenW).", 2,
         {"marker": "1."}),
        (L, "Registreer alle grondwateronttrekkingen voor beregening (IenW en LVVN).", 2, {"marker": "2."}),
        (H, "3.4 Conclusies en aanbevelingen", 7, {"level": 2}),
        (P, "Wij bevelen de minister van Infrastructuur en Waterstaat aan:", 7),
        (L, "ervoor te zorgen dat de toelating van ieder gewasbeschermingsmiddel dat in een drinkwaterbron boven de "
            "signaleringswaarde wordt aangetroffen binnen een jaar opnieuw wordt beoordeeld;", 7, {"marker": "1."}),
        (L, "met de provincies alle onttrekkingen van grondwater voor beregening te laten registreren.", 7,
         {"marker": "2."}),
        (H, "4.4 Conclusies en aanbevelingen", 9, {"level": 2}),
        (P, "Wij bevelen de minister van Infrastructuur en Waterstaat aan:", 9),
        (L, "de subsidie voor waterbesparende apparaten te verhogen.", 9, {"marker": "1."}),
    )
    found = segment_recommendations(document)
    assert [(r.number, r.page, [loc.page for loc in r.locations]) for r in found] == [
        ("1", 7, [2, 7]), ("2", 7, [2, 7]), ("1", 9, [9])]
    assert found[0].text.startswith("ervoor te zorgen")  # the full printing is the one cited
    assert found[1].departments == ("IenW", "LNV", "OTHER")  # the summary's tag, and the provinces it must act with


def test_an_item_that_names_its_own_addressee_overrides_its_lists_lead_in():
    document = make_document(
        (H, "5. Conclusies en aanbevelingen", 9, {"level": 1}),
        (P, "Wij bevelen de minister van Infrastructuur en Waterstaat aan:", 9),
        (L, "de meetfrequentie vast te leggen;", 9, {"marker": "5."}),
        (L, "Wij bevelen de minister van IenW en de minister van LVVN aan om de kosten bij de vervuiler te leggen.", 9,
         {"marker": "6."}),
    )
    found = {r.number: r for r in segment_recommendations(document)}
    assert found["5"].departments == ("IenW",)
    assert found["6"].departments == ("IenW", "LNV")


def test_inline_requests_and_expectations_are_recommendations_but_a_request_about_them_is_not():
    document = make_document(
        (H, "4. Wachttijden", 4, {"level": 1}),
        (P, "De inspectie vraagt de Nederlandse Zorgautoriteit om per aanbieder te publiceren welk deel van de "
            "patiënten langer wacht dan de norm.", 4),
        (P, "De inspectie verwacht van gemeenten dat hun wijkteams wachtenden actief ondersteuning aanbieden bij "
            "geldzaken en huisvesting.", 5),
        (P, "De inspectie beveelt aan dat zorgverzekeraars wachtlijstbemiddeling zelf aanbieden aan iedere verzekerde "
            "die langer wacht.", 5),
        (P, "De inspectie vraagt de staatssecretaris om binnen zes weken te laten weten hoe zij de aanbevelingen "
            "opvolgt.", 6),
    )
    found = segment_recommendations(document)
    assert [r.departments for r in found] == [("VWS",), ("GEMEENTEN",), ("OTHER",)]
    assert found[0].text.startswith("De inspectie vraagt de Nederlandse Zorgautoriteit")


def test_sub_items_that_are_actions_are_recommendations_and_conditions_or_means_stay_in_their_parent():
    document = make_document(
        (H, "6. Aanbevelingen", 9, {"level": 1}),
        (P, "De inspectie beveelt gemeenten en zorgverzekeraars aan om gezamenlijk:", 9),
        (L, "per regio afspraken te maken over de toegang tot zorg, en daarbij in ieder geval:", 9, {"marker": "•"}),
        (L, "één centraal aanmeldpunt in te richten voor huisartsen en wijkteams;", 9, {"marker": "–", "level": 1}),
        (L, "sluitende afspraken te maken over de financiering op het snijvlak van de wetten.", 9,
         {"marker": "–", "level": 1}),
        (L, "overbruggingszorg beschikbaar te maken, waarbij:", 9, {"marker": "•"}),
        (L, "iedere patiënt die langer dan zes weken wacht, een vaste contactpersoon krijgt;", 9,
         {"marker": "–", "level": 1}),
        (L, "de aanvraag te vereenvoudigen:", 9, {"marker": "•"}),
        (L, "door een vooringevuld formulier te gebruiken.", 9, {"marker": "–", "level": 1}),
    )
    found = segment_recommendations(document)
    assert [r.text.split()[0] for r in found] == ["één", "sluitende", "overbruggingszorg", "de"]
    assert "vaste contactpersoon" in found[2].text and "vooringevuld formulier" in found[3].text
    assert found[0].departments == ("GEMEENTEN", "OTHER")


def test_a_lead_in_that_names_only_the_author_leaves_the_addressee_to_the_item():
    document = make_document(
        (H, "4 Leven in de inrichting", 6, {"level": 1}),
        (P, "De Inspectie beveelt de staatssecretaris van Justitie en Veiligheid aan om:", 6),
        (L, "het gebruik van meerpersoonscellen terug te dringen en geen gedetineerde op zo'n cel te plaatsen;", 6,
         {"marker": "4.1"}),
        (P, "Verder beveelt de Inspectie aan:", 6),
        (L, "DJI richt in elke inrichting een kindvriendelijke bezoekruimte in.", 6, {"marker": "4.4"}),
        (L, "De minister voor Medische Zorg en de staatssecretaris van Justitie en Veiligheid zorgen ervoor dat "
            "gedetineerden binnen vier weken een psychiater zien.", 6, {"marker": "4.5"}),
        (P, "De Inspectie beveelt de reclasseringsorganisaties aan om iedere cliënt binnen een week te spreken.", 7),
    )
    found = {r.number or "inline": r for r in segment_recommendations(document)}
    assert found["4.1"].departments == ("JenV",)  # "terug te dringen en ... op" is no "dringt ... aan/op" slot
    assert found["4.4"].departments == ("JenV",)
    assert found["4.5"].departments == ("VWS", "JenV")
    assert found["inline"].departments == ("JenV",)


def test_addressee_headings_group_the_recommendations_that_follow():
    document = make_document(
        (H, "6 Aanbevelingen", 16, {"level": 1}),
        (P, "Aan de minister van Infrastructuur en Waterstaat:", 16, {"bold": True}),
        (L, "Stel een landelijke doelstelling vast voor het opheffen van onbeveiligde overwegen. Neem daarin ten "
            "minste op:", 16, {"marker": "1."}),
        (L, "een volgorde van aanpak op basis van risico;", 16, {"marker": "a.", "level": 1}),
        (L, "een tussentijdse mijlpaal in 2027.", 16, {"marker": "b.", "level": 1}),
        (P, "Aan ProRail:", 16, {"bold": True}),
        (L, "Breng binnen anderhalf jaar het risico van elke overweg in beeld.", 16, {"marker": "2."}),
        (P, "Aan de minister van Infrastructuur en Waterstaat en ProRail gezamenlijk:", 17, {"bold": True}),
        (L, "Start een voorlichtingsprogramma voor de meest kwetsbare groepen.", 17, {"marker": "3."}),
    )
    found = segment_recommendations(document)
    assert [r.number for r in found] == ["1", "2", "3"]  # "Neem daarin ten minste op:" opens conditions, not recs
    assert "tussentijdse mijlpaal" in found[0].text
    assert [r.departments for r in found] == [("IenW",), ("OTHER",), ("IenW", "OTHER")]


def test_a_lead_in_broken_over_a_page_still_introduces_its_list():
    document = make_document(
        (H, "5 Onze adviezen", 10, {"level": 1}),
        (P, "De raad adviseert de minister van Financiën om:", 10),
        (L, "de startersvrijstelling af te schaffen.", 10, {"marker": "a."}),
        (P, "Daarnaast adviseert de raad de minister van Volkshuisvesting en Ruimtelijke Ordening en de minister", 11),
        (P, "van Onderwijs, Cultuur en Wetenschap om:", 12, {"continues": True}),
        (L, "de bouw van studentenwoningen bindend af te spreken.", 12, {"marker": "b."}),
    )
    found = segment_recommendations(document)
    assert [r.number for r in found] == ["a", "b"]
    assert found[0].departments == ("FIN",) and found[1].departments == ("BZK", "OCW")


def test_quoted_recommendations_and_their_answer_are_one_passage(nlp):
    document = make_document(
        (H, "Reactie op de aanbevelingen", 1, {"level": 1}),
        (P, "Aanbeveling: Verbied gerichte online reclame voor kansspelen volledig.", 1),
        (P, "Aanbeveling: Verbied bonussen aan spelers met risicovol speelgedrag.", 1),
        (P, "Bonussen verbied ik vanaf 1 juli 2026. Een volledig reclameverbod acht ik niet proportioneel.", 1),
        (P, "Aanbeveling: Meet jaarlijks hoeveel minderjarigen reclame zien.", 2),
        (P, "Het WODC meet dit sinds 2022 in een monitor voor jongeren.", 2),
    )
    passages = segment_response(document, nlp)
    assert len(passages) == 2
    assert passages[0].text.startswith("Aanbeveling: Verbied gerichte") and "niet proportioneel" in passages[0].text
    assert passages[1].text.endswith("monitor voor jongeren.")


def test_a_new_paragraph_starts_a_new_sentence_even_after_a_quote_without_a_full_stop(nlp):
    document = make_document(
        (H, "Reactie op de aanbevelingen", 1, {"level": 1}),
        (P, "Aanbeveling 3: Publiceer binnen een uur de gegevens van iedere overstort (Paragraaf 14)", 1),
        (P, "Overgenomen. Vanaf 1 januari 2026 publiceren de bedrijven deze gegevens.", 1),
        (P, "Een tweede alinea die doorloopt op de volgende", 1),
        (P, "pagina en daar eindigt.", 2, {"continues": True}),
    )
    sentences = [s.text for p in segment_response(document, nlp) for s in p.sentences]
    assert "Overgenomen." in sentences
    assert sentences[0].endswith("(Paragraaf 14)")
    # a paragraph that runs on over a page is still one sentence
    assert "Een tweede alinea die doorloopt op de volgende pagina en daar eindigt." in sentences


def test_the_author_of_a_lead_in_is_not_its_addressee_and_items_may_name_their_own():
    document = make_document(
        (H, "Samenvatting en aanbevelingen", 1, {"level": 1}),
        (P, "De Kinderombudsman beveelt aan:", 1),
        (L, "Zorg als minister van Onderwijs, Cultuur en Wetenschap dat ieder kind binnen vier weken naar school gaat.",
         1, {"marker": "1)"}),
        (L, "Gemeenten: zorg, samen met de schoolbesturen, dat er bij iedere locatie een school is.", 1,
         {"marker": "2)"}),
        (L, "Het COA moet gezinnen twee weken van tevoren laten weten dat zij verhuizen.", 1, {"marker": "3)"}),
        (P, "Aan de minister van Klimaat en Groene Groei en de staatssecretaris van Financiën bevelen wij aan:", 2),
        (L, "de regelingen zo aan te passen dat dezelfde investering niet dubbel wordt gestimuleerd.", 2,
         {"marker": "4)"}),
    )
    found = segment_recommendations(document)
    assert [r.departments for r in found] == [("OCW",), ("GEMEENTEN",), ("AenM",), ("EZ", "FIN")]


def test_a_bare_title_is_the_ministry_the_report_names_in_full_for_that_title():
    document = make_document(
        (H, "Aanbevelingen", 1, {"level": 1}),
        (L, "Wij bevelen de staatssecretaris van Justitie en Veiligheid aan de zorgplicht in regelgeving vast te leggen.",
         1, {"marker": "•"}),
        (L, "Wij bevelen de staatssecretaris aan vergunninghouders te verplichten jaarlijks te rapporteren.", 1,
         {"marker": "•"}),
        (L, "Wij bevelen de minister van Volksgezondheid, Welzijn en Sport aan de verslavingszorg te bekostigen.", 1,
         {"marker": "•"}),
    )
    assert [r.departments for r in segment_recommendations(document)] == [("JenV",), ("JenV",), ("VWS",)]


def test_sub_items_that_finish_the_parents_sentence_or_list_its_requirements_stay_in_it():
    document = make_document(
        (H, "7 Aanbevelingen", 13, {"level": 1}),
        (P, "De AFM beveelt de minister van Financiën aan:", 13),
        (L, "Breng achteraf betalen onder het kredietregime, en stel daarbij ten minste de volgende eisen:", 13,
         {"marker": "1)"}),
        (L, "aanbieders toetsen vooraf de kredietwaardigheid;", 13, {"marker": "a)", "level": 1}),
        (L, "aanbieders registreren achterstanden.", 13, {"marker": "b)", "level": 1}),
        (L, "Verplicht kredietaanbieders om een klant met een betalingsachterstand:", 13, {"marker": "2)"}),
        (L, "schriftelijk te wijzen op gratis schuldhulp;", 13, {"marker": "a)", "level": 1}),
        (L, "een betalingsregeling aan te bieden.", 13, {"marker": "b)", "level": 1}),
    )
    found = segment_recommendations(document)
    assert [r.number for r in found] == ["1", "2"]
    assert "registreren achterstanden" in found[0].text and "betalingsregeling" in found[1].text


def test_a_paragraph_that_only_says_what_the_report_recommends_joins_the_answer_after_it(nlp):
    document = make_document(
        (H, "Snel contact met de klager", 1, {"level": 2}),
        (P, "U beveelt aan om binnen vijf werkdagen contact op te nemen. Uit uw onderzoek blijkt dat dit helpt.", 1),
        (P, "De korpschef houdt aan deze werkwijze vast en rapporteert er vanaf 2026 elk kwartaal over.", 1),
        (P, "De ombudsman vraagt om een jaarlijkse rapportage. Die neem ik vanaf 2025 op in de voortgangsbrief.", 2),
        (P, "De uitvoerders herschrijven hun standaardbrieven over invordering voor de zomer.", 2),
    )
    passages = segment_response(document, nlp)
    assert [p.text.split()[0] for p in passages] == ["U", "De", "De"]
    assert "korpschef" in passages[0].text


def test_an_addressee_heading_with_a_bare_title_takes_the_ministry_the_report_names_with_it():
    document = make_document(
        (H, "Inleiding", 1, {"level": 1}),
        (P, "Dit rapport is aangeboden aan de minister voor Primair en Voortgezet Onderwijs.", 1),
        (H, "7 Aanbevelingen", 12, {"level": 1}),
        (P, "Aan de minister:", 12),
        (L, "Leg in de kerndoelen vast hoeveel tijd scholen aan lezen besteden.", 12, {"marker": "1."}),
        (P, "Aan schoolbesturen:", 12),
        (L, "Maak van lezen een vast onderdeel van het schoolplan.", 12, {"marker": "2."}),
    )
    assert [r.departments for r in segment_recommendations(document)] == [("OCW",), ("OTHER",)]


def test_an_items_subject_names_its_addressee_not_its_object():
    document = make_document(
        (H, "Adviezen", 13, {"level": 1}),
        (P, "De SER adviseert:", 13),
        (L, "De minister van Klimaat en Groene Groei moet energieleveranciers verplichten tot een sociaal tarief.", 13,
         {"marker": "A1."}),
        (L, "De ministers van Klimaat en Groene Groei en van Sociale Zaken en Werkgelegenheid moeten het Noodfonds "
            "structureel maken.", 13, {"marker": "A2."}),
    )
    assert [r.departments for r in segment_recommendations(document)] == [("EZ",), ("EZ", "SZW")]


def test_addressee_in_the_last_sentence_of_a_lead_in_and_agencies_listed_before_a_colon():
    document = make_document(
        (H, "5 Aanbevelingen", 10, {"level": 1}),
        (P, "Thema B – Perspectief voor boeren. Aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur:", 10),
        (L, "Bied boeren contracten voor groenblauwe diensten aan.", 10, {"marker": "1)"}),
        (P, "Thema D – Uitvoering in de regio. Aan de provincies:", 11),
        (L, "Versterk de omgevingsdiensten.", 11, {"marker": "2)"}),
        (L, "UWV, SVB en de Belastingdienst: bied een vast contactpunt voor hulpverleners.", 11, {"marker": "3)"}),
    )
    assert [r.departments for r in segment_recommendations(document)] == [("LNV",), ("OTHER",), ("SZW", "FIN")]


def test_imperatives_without_an_addressee_go_to_the_ministry_the_whole_report_speaks_to():
    document = make_document(
        (H, "Inleiding", 1, {"level": 1}),
        (P, "Defensie heeft moeite personeel te werven. Defensie wil groeien; de staatssecretaris van Defensie ook.", 1),
        (H, "Aanbevelingen", 2, {"level": 1}),
        (L, "Breng de doorlooptijd van de keuring terug tot zestig dagen.", 2, {"marker": "1."}),
    )
    assert segment_recommendations(document)[0].departments == ("Defensie",)


def test_recommendations_keep_reading_order_across_two_columns():
    from pipeline.types import Block, BlockKind, ExtractedDocument

    # the right column's first item sits higher on the page than the left column's last one
    specs = [("heading", "Aanbevelingen", 10, (50, 40, 500, 50), ""), ("paragraph", "De raad adviseert het kabinet:",
             10, (50, 60, 250, 70), ""), ("list_item", "Leg de natuurdoelen per gebied wettelijk vast.", 10,
             (50, 80, 250, 90), "1)"), ("list_item", "Richt een openbaar stikstofregister in.", 10,
             (50, 400, 250, 410), "2)"), ("list_item", "Bied boeren langjarige contracten aan.", 10,
             (300, 80, 500, 90), "3)")]
    blocks = tuple(Block(page=page, bbox=bbox, text=text, kind=BlockKind(kind), marker=marker, level=1 if kind ==
                         "heading" else 0) for kind, text, page, bbox, marker in specs)
    document = ExtractedDocument(path="r.pdf", sha256="0" * 64, page_count=10, blocks=blocks)
    assert [r.number for r in segment_recommendations(document)] == ["1", "2", "3"]


def test_an_expectation_lead_in_an_opening_subject_and_parliament_as_receiver():
    document = make_document(
        (H, "Aanbevelingen", 9, {"level": 1}),
        (P, "De inspectie verwacht van zorgaanbieders dat zij:", 9),
        (L, "een medicatieoverdracht binnen 24 uur verwerken in het eigen dossier;", 9, {"marker": "3.1"}),
        (P, "De raad adviseert:", 10),
        (L, "Gemeenten en mbo-instellingen spreken in iedere regio een warme overdracht af.", 10, {"marker": "•"}),
        (L, "Het kabinet verhoogt het minimumjeugdloon in drie stappen.", 10, {"marker": "•"}),
        (P, "De Rekenkamer beveelt aan:", 11),
        (L, "Stuur de Tweede Kamer jaarlijks een rapportage over werving en behoud.", 11, {"marker": "8."}),
    )
    found = segment_recommendations(document)
    assert [r.departments for r in found[:3]] == [("OTHER",), ("GEMEENTEN", "OTHER"), ("SZW",)]
    assert found[3].departments != ("OTHER",)  # parliament receives the report; it is not who must act


def test_a_bold_line_naming_a_recommendation_heads_the_answer_after_it(nlp):
    document = make_document(
        (H, "Medicatie", 1, {"level": 2}),
        (P, "Aanbeveling 4.1", 1, {"bold": True}),
        (P, "Ik neem de aanbeveling over en pas de handreiking voor 1 juli 2026 aan.", 1),
    )
    passages = segment_response(document, nlp)
    assert [(p.heading, p.text[:6]) for p in passages] == [("Aanbeveling 4.1", "Ik nee")]


def test_findings_after_a_request_to_advise_are_not_recommendations_and_all_ministers_are_the_cabinet():
    document = make_document(
        (H, "Samenvatting", 2, {"level": 1}),
        (P, "De minister vroeg de Raad om te adviseren over de toekomst van musea. De Raad stelt vast:", 2),
        (L, "De depots van musea raken vol.", 2, {"marker": "•"}),
        (H, "Aanbevelingen", 7, {"level": 1}),
        (P, "Aan alle ministers, ieder voor het eigen ministerie, bevelen wij aan:", 7),
        (L, "Test ieder jaar de beveiliging van de eigen systemen.", 7, {"marker": "11."}),
    )
    found = segment_recommendations(document)
    assert [(r.number, r.departments) for r in found] == [("11", ("KABINET",))]


def test_a_what_the_council_advises_chapter_addressee_headings_and_vragen_without_an_author():
    document = make_document(
        (H, "2 Wat we weten", 3, {"level": 1}),
        (P, "Er zijn drie vormen van eenzaamheid. Ze vragen om verschillende antwoorden:", 3),
        (L, "sociale eenzaamheid: het gemis aan een bredere kring van mensen met wie men contact heeft;", 3,
         {"marker": "1."}),
        (H, "5 Wat de raad adviseert", 10, {"level": 1}),
        (L, "Geef de aanpak van eenzaamheid een structurele basis.", 10, {"marker": "1."}),
        (H, "7 Aanbevelingen", 12, {"level": 1}),
        (H, "Aan de minister van Klimaat en Groene Groei", 12, {"level": 2}),
        (L, "Versnel de uitbreiding van het net.", 12, {"marker": "2."}),
    )
    found = segment_recommendations(document)
    assert [r.text.split()[0] for r in found] == ["Geef", "Versnel"]
    assert found[1].departments == ("EZ",)


def test_a_worded_label_stays_in_the_response_passage_so_its_reference_is_kept(nlp):
    document = make_document(
        (H, "Achteraf betalen", 1, {"level": 1}),
        (L, "Deze aanbeveling is gericht aan de aanbieders. Ik onderschrijf deze aanbeveling.", 1, {"marker": "Ad 4."}),
        (L, "Een apart meldpunt richt ik niet in.", 1, {"marker": "Ad 5."}),
    )
    passages = segment_response(document, nlp)
    assert passages[0].text.startswith("Ad 4. Deze aanbeveling")


def test_expectations_an_imperative_title_and_ministers_named_in_full_give_the_addressees():
    found = segment_recommendations(make_document(
        (H, "3.4 Onze verwachting", 1, {"level": 2}),
        (P, "De inspectie verwacht daarom het volgende.", 1),
        (L, "De ministers van Sociale Zaken en Werkgelegenheid, van Onderwijs, Cultuur en Wetenschap en van "
            "Financiën sturen de Kamer jaarlijks een overzicht.", 1, {"marker": "R1."}),
        (L, "Verplicht iedere gemeente tot een hitteplan. De minister van Volksgezondheid, Welzijn en Sport neemt "
            "deze plicht op in de wet.", 1, {"marker": "R2."}),
    ))
    assert [r.number for r in found] == ["R1", "R2"]
    assert found[0].departments == ("SZW", "OCW", "FIN")
    assert found[1].departments == ("VWS",)


def test_a_lead_in_that_ends_on_het_volgende_introduces_its_list_like_a_colon():
    found = segment_recommendations(make_document(
        (H, "3 Conclusie", 1, {"level": 1}),
        (P, "De inspectie verwacht daarom het volgende.", 1),
        (L, "UWV neemt uiterlijk 1 juli 2026 al zijn modellen op in het register.", 1, {"marker": "1."}),
        (L, "De SVB toetst ieder model jaarlijks op onderscheid naar herkomst.", 1, {"marker": "2."}),
    ))
    assert [r.number for r in found] == ["1", "2"]


def test_a_summary_that_follows_the_chapters_numbering_pairs_up_even_when_one_item_is_reworded_tersely():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (L, "Breng achteraf betalen onder het kredietregime.", 1, {"marker": "1."}),
        (L, "Verbied reclame voor krediet via influencers.", 1, {"marker": "2."}),
        (L, "Laat jaarlijks de schulden van jongvolwassenen in beeld brengen.", 1, {"marker": "3."}),
        (H, "7 Aanbevelingen", 5, {"level": 1}),
        (L, "Breng achteraf betalen zo snel mogelijk onder het kredietregime van de Wft.", 5, {"marker": "1."}),
        (L, "Verbied reclame voor consumptief krediet via influencers en sociale media.", 5, {"marker": "2."}),
        (L, "Laat jaarlijks een openbare monitor opstellen van kredieten en betalingsachterstanden van "
            "jongvolwassenen.", 5, {"marker": "3."}),
    ))
    assert [r.number for r in found] == ["1", "2", "3"]
    assert [len(r.locations) for r in found] == [2, 2, 2]


def test_an_expectations_section_holds_recommendations_even_in_the_indicative():
    found = segment_recommendations(make_document(
        (H, "3.4 Onze verwachting", 1, {"level": 2}),
        (P, "Het gebruik van modellen moet zichtbaar zijn voor de burger.", 1),
        (L, "UWV neemt uiterlijk 1 juli 2026 al zijn modellen op in het register.", 1, {"marker": "R1."}),
        (L, "De SVB toetst ieder model jaarlijks op onderscheid naar herkomst.", 1, {"marker": "R2."}),
        (H, "4 Grondslag", 2, {"level": 1}),
        (L, "UWV gebruikt 23 modellen.", 2, {"marker": "•"}),
        (L, "De SVB gebruikt er 4.", 2, {"marker": "•"}),
    ))
    assert [r.number for r in found] == ["R1", "R2"]


def test_theme_titles_over_lettered_items_give_the_items_numbered_by_theme():
    found = segment_recommendations(make_document(
        (H, "7 Conclusie", 1, {"level": 1}),
        (P, "De voorgaande hoofdstukken laten zien dat het wachten niet door één partij kan worden opgelost.", 1),
        (L, "Snellere toegang", 1, {"marker": "1."}),
        (L, "De NZa verplicht aanbieders om hun wachttijden maandelijks per locatie te publiceren.", 1,
         {"marker": "a.", "level": 1}),
        (L, "Aanbieders bieden iedere cliënt binnen vier weken een eerste gesprek.", 1, {"marker": "b.", "level": 1}),
        (L, "Crisiszorg", 1, {"marker": "2."}),
        (L, "De minister van VWS zorgt ervoor dat in iedere regio een crisisdienst bereikbaar is.", 1,
         {"marker": "a.", "level": 1}),
        (H, "Bijlage", 2, {"level": 1}),
        (L, "72 procent van de melders is vrouw.", 2, {"marker": "•"}),
        (L, "De meeste melders wachtten langer dan de norm.", 2, {"marker": "•"}),
    ))
    assert [r.number for r in found] == ["1a", "1b", "2a"]
    assert [r.departments for r in found] == [("VWS",), ("OTHER",), ("VWS",)]


def test_main_lines_over_parts_that_each_name_their_addressee_give_the_parts_numbered_by_main_line():
    def numbers(tag_first_part):
        first = "Stel jaarlijks een raming vast van de benodigde opvangcapaciteit voor vijf jaar"
        return [r.number for r in segment_recommendations(make_document(
            (H, "8 Advies", 1, {"level": 1}),
            (P, "De Raad adviseert:", 1),
            (L, "Breng de opvang op een stabiele, meerjarige basis.", 1, {"marker": "1."}),
            (L, first + (". (minister van Asiel en Migratie)" if tag_first_part else "."), 1,
             {"marker": "a.", "level": 1}),
            (L, "Geef het COA de middelen om locaties voor tien jaar te contracteren. (COA)", 1,
             {"marker": "b.", "level": 1}),
            (L, "Beëindig uiterlijk in 2026 de inzet van noodopvang en crisisnoodopvang.", 1,
             {"marker": "c.", "level": 1}),
            (L, "Maak de kwaliteit van de opvang op alle locaties gelijkwaardig.", 1, {"marker": "2."}),
            (L, "Pas op alle locaties dezelfde minimumnormen voor woonruimte en privacy toe. (COA)", 1,
             {"marker": "a.", "level": 1}),
        ))]

    assert numbers(tag_first_part=True) == ["1a", "1b", "1c", "2a"]
    # a recommendation whose sub-points name no addressee keeps them as its own text
    assert numbers(tag_first_part=False) == ["1", "2a"]


def test_paragraphs_that_recommend_in_full_are_the_recommendations_a_short_summary_list_repeats():
    first = ("Wij bevelen de minister van SZW aan om de halfjaarlijkse voortgangsrapportage aan de Tweede Kamer uit te "
             "breiden met indicatoren over de uitkomsten van de transitie voor deelnemers.")
    second = ("Wij doen de minister de aanbeveling om in de monitor de gevolgen voor kwetsbare groepen, zoals "
              "deelnemers met een laag inkomen, afzonderlijk zichtbaar te maken.")
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (H, "Onze aanbevelingen in het kort", 1, {"level": 3}),
        (L, "Rapporteer over wat de overstap deelnemers oplevert (minister van SZW).", 1, {"marker": "•"}),
        (L, "Maak de gevolgen voor kwetsbare groepen zichtbaar in de monitor (minister van SZW).", 1, {"marker": "•"}),
        (H, "6 Conclusies en aanbevelingen", 5, {"level": 1}),
        # a recommendation restated inside a paragraph is no printing of its own
        (P, "De minister volgt de planning, maar niet wat de overstap deelnemers oplevert. Wij bevelen de minister "
            "van SZW daarom aan om te rapporteren over wat de overstap deelnemers oplevert, niet alleen over de "
            "planning van de fondsen.", 5),
        (P, first, 5),
        (P, second, 5),
    ))
    assert [r.text for r in found] == [first, second]
    assert [len(r.locations) for r in found] == [2, 2]
    assert [r.departments for r in found] == [("SZW",), ("SZW",)]


def test_a_numbered_heading_over_a_bold_title_and_a_recommending_paragraph_gives_the_paragraph():
    first = ("Het Adviescollege beveelt de minister van Infrastructuur en Waterstaat aan de evaluatie van de normen "
             "voor de primaire keringen naar voren te halen.")
    second = "Het Adviescollege beveelt de waterschappen aan voor iedere kering jaarlijks een openbaar oordeel te geven."
    found = segment_recommendations(make_document(
        (H, "1 Normen", 1, {"level": 1}),
        (P, "De normen gaan uit van klimaatscenario's die inmiddels zijn achterhaald.", 1),
        (H, "Aanbeveling 1", 1, {"level": 3}),
        (P, "Herijk de waterveiligheidsnormen eerder dan gepland", 1, {"bold": True}),
        # its first sentence runs on into the next column
        (P, first[:first.index(" de evaluatie")], 1),
        (P, first[first.index(" de evaluatie") + 1:], 1, {"continues": True}),
        (H, "Aanbeveling 2", 1, {"level": 3}),
        (P, "Geef jaarlijks een openbaar beheerdersoordeel", 1, {"bold": True}),
        (P, second, 1),
        (H, "Overzicht van de aanbevelingen", 2, {"level": 1}),
        (L, "Herijk de waterveiligheidsnormen eerder dan gepland", 2, {"marker": "1."}),
        (L, "Geef jaarlijks een openbaar beheerdersoordeel", 2, {"marker": "2."}),
    ))
    assert [(r.number, r.text) for r in found] == [("1", first), ("2", second)]
    assert [[location.page for location in r.locations] for r in found] == [[1, 2], [1, 2]]
    assert [r.departments for r in found] == [("IenW",), ("OTHER",)]


def test_unnumbered_labelled_paragraphs_in_the_findings_are_recommendations():
    found = segment_recommendations(make_document(
        (H, "3 Complaints", 1, {"level": 1}),
        (P, "Tenants wait months before anyone inspects their home.", 1),
        (P, "Recommendation: The Minister of Housing and Spatial Planning should lay down fixed terms in law.", 1),
        (P, "Recommendation: the label alone, with nothing asked of anyone here at all.", 1),
        (H, "4 Health", 2, {"level": 1}),
        (P, "Recommendation: Municipalities should use their enforcement powers under the Housing Act.", 2),
    ))
    assert [(r.number, r.text[:30], r.departments) for r in found] == [
        ("", "The Minister of Housing and Sp", ("BZK",)), ("", "Municipalities should use thei", ("GEMEENTEN",))]


def test_an_item_that_says_in_which_role_it_asks_picks_that_addressee_from_the_lead_in():
    found = segment_recommendations(make_document(
        (H, "6 Wat nu?", 1, {"level": 1}),
        (P, "Aan gemeenten en energieleveranciers:", 1, {"bold": True}),
        (L, "Zet als gemeente een vast energieteam in dat huishoudens met een laag inkomen thuis bezoekt.", 1,
         {"marker": "9."}),
        (L, "Bied als energieleverancier iedere klant met een achterstand een betalingsregeling aan.", 1,
         {"marker": "10."}),
        (L, "Maak als gemeenten en energieleveranciers regionale afspraken over een vast aanspreekpunt.", 1,
         {"marker": "11."}),
    ))
    assert [r.departments for r in found] == [("GEMEENTEN",), ("OTHER",), ("GEMEENTEN", "OTHER")]


def test_improvement_points_are_recommendations_by_another_name():
    found = segment_recommendations(make_document(
        (H, "3.5 Oordeel", 1, {"level": 2}),
        (P, "De Raad voor de Kinderbescherming voldoet niet aan de normen 1 en 2.", 1),
        (H, "Verbeterpunten", 1, {"level": 3}),
        (L, "De Raad voor de Kinderbescherming brengt de wachttijd tot de start van een onderzoek terug.", 1,
         {"marker": "1."}),
        (L, "De gemeenten in de regio zorgen ervoor dat jeugdhulp binnen vier weken start.", 1, {"marker": "2."}),
        (H, "4 De uitvoering", 2, {"level": 1}),
        (L, "Ieder kind krijgt binnen vijf werkdagen een jeugdbeschermer.", 2, {"marker": "1."}),  # a norm
        (L, "De jeugdbeschermer ziet het kind binnen tien dagen.", 2, {"marker": "2."}),
    ))
    assert [(r.number, r.departments) for r in found] == [("1", ("JenV",)), ("2", ("GEMEENTEN",))]


def test_recommendations_in_running_text_may_name_their_author_by_a_pronoun():
    found = segment_recommendations(make_document(
        (P, "Waar in dit rapport ‘de staatssecretaris’ staat, is de staatssecretaris van Financiën – Fiscaliteit en "
            "Belastingdienst bedoeld.", 1),
        (H, "Wat de ombudsman vindt", 1, {"level": 2}),
        (P, "De ombudsman beveelt de Belastingdienst aan om een betalingsregeling niet af te wijzen zonder contact. "
            "Hij beveelt de staatssecretaris daarnaast aan om de looptijd van de betalingsregeling te verlengen.", 1),
        (P, "De minister van Sociale Zaken en Werkgelegenheid beveelt hij aan om wettelijk te regelen dat een "
            "bedrag op de bankrekening beschermd blijft.", 1),
        (H, "Tot slot", 2, {"level": 1}),
        (P, "Hij beveelt aan deze partijen tijdig te betrekken bij de uitwerking van de nieuwe regels.", 2),
        (P, "Zij roept het kabinet op om binnen een jaar te laten weten welke adviezen het overneemt.", 2),
    ))
    assert [(r.text[:20], r.departments) for r in found] == [
        ("De ombudsman beveelt", ("FIN",)), ("Hij beveelt de staat", ("FIN",)), ("De minister van Soci", ("SZW",))]


def test_inverted_lead_ins_laws_and_unknown_bodies_give_who_must_act():
    found = segment_recommendations(make_document(
        (H, "4 Noodopvang", 1, {"level": 1}),
        (P, "De Inspectie verwacht van de minister van Asiel en Migratie en de gemeenten dat zij:", 1),
        (L, "wettelijk vastleggen dat iedere gemeente opvangplekken realiseert;", 1, {"marker": "4.1"}),
        (L, "ervoor zorgen dat iedere noodopvanglocatie binnen zes maanden aan de normen voldoet.", 1, {"marker": "4.2"}),
        (P, "Van gemeenten verwacht de Inspectie:", 1),
        (L, "dat zij vergunninghouders binnen veertien weken huisvesten.", 1, {"marker": "4.3"}),
        (H, "5 Aanbevelingen", 2, {"level": 1}),
        (L, "Drinkwaterbedrijven sluiten langjarige contracten met agrariërs over extensief grondgebruik.", 2,
         {"marker": "•"}),
    ))
    assert [r.departments for r in found] == [("AenM",), ("AenM", "GEMEENTEN"), ("GEMEENTEN",), ("OTHER",)]


def test_a_list_that_counts_on_from_a_recommendations_list_holds_recommendations_too():
    found = segment_recommendations(make_document(
        (H, "7 Agenda voor de komende jaren", 1, {"level": 1}),
        (H, "Publieke zeggenschap", 1, {"level": 2}),
        (L, "De minister van KGG legt uiterlijk in 2035 vast dat alle warmtebedrijven publiek zijn.", 1,
         {"marker": "Actie 1."}),
        (L, "De minister van KGG richt uiterlijk in 2026 een nationale deelneming voor warmte op.", 1,
         {"marker": "Actie 2."}),
        (H, "Tarieven", 1, {"level": 2}),
        (L, "De ACM werkt een tariefmethode uit die op de werkelijke kosten is gebaseerd.", 1, {"marker": "Actie 3."}),
        (L, "Warmtebedrijven maken hun rendement per net openbaar.", 1, {"marker": "Actie 4."}),
        (P, "De Commissie kan de minister adviseren om de acties aan te passen wanneer de uitvoering daar over "
            "twee jaar om vraagt.", 2),  # a power to advise, not advice
        (P, "De commissie heeft de opdracht zo opgevat dat zij ook mocht adviseren aan partijen buiten het Rijk.", 2),
    ))
    assert [r.number for r in found] == ["1", "2", "3", "4"]  # "Actie 3" is recommendation 3


def test_quoted_recommendations_set_as_labelled_items_join_the_answer_after_them(nlp):
    document = make_document(
        (H, "Aanbevelingen aan mij", 1, {"level": 2}),
        (L, "Stel structureel middelen beschikbaar voor scholing.", 1, {"marker": "Aanbeveling 10:"}),
        (L, "Geef de inspectie de bevoegdheid om een boete op te leggen wanneer een bestuur de", 1,
         {"marker": "Aanbeveling 11:"}),
        (L, "veiligheid niet herstelt.", 2, {"continues": True}),
        (P, "Vanaf 2026 stel ik jaarlijks 9 miljoen euro beschikbaar. Aanbeveling 11 neem ik niet over.", 2),
    )
    passages = segment_response(document, nlp)
    assert len(passages) == 1 and passages[0].text.startswith("Aanbeveling 10: Stel structureel")


def test_a_what_must_happen_now_chapter_holds_recommendations_in_any_form():
    found = segment_recommendations(make_document(
        (H, "7 Wat nu moet gebeuren", 1, {"level": 1}),
        (L, "Een publiek warmtebedrijf in iedere regio.", 1, {"marker": "1."}),
        (L, "Een tariefmethode op basis van de werkelijke kosten.", 1, {"marker": "2."}),
    ))
    assert [r.number for r in found] == ["1", "2"]


def test_addressee_lines_group_a_summary_list_even_without_colon_or_recommendations_heading():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (P, "Op grond hiervan doen wij de volgende aanbevelingen:", 1),
        (H, "Aan de schoolbesturen in het voortgezet onderwijs", 1, {"level": 3}),
        (L, "Monitor jaarlijks de sociale veiligheid op iedere schoollocatie.", 1, {"marker": "1."}),
        (P, "Aan de minister voor Primair en Voortgezet Onderwijs en de minister van OCW", 1, {"bold": True}),
        (L, "Richt een landelijk expertisepunt online veiligheid in.", 1, {"marker": "2."}),
        (H, "Aan de politie", 1, {"level": 3}),
        (L, "Wijs in ieder basisteam een vaste contactpersoon voor scholen aan.", 1, {"marker": "3."}),
    ))
    assert [r.departments for r in found] == [("OTHER",), ("OCW",), ("JenV",)]


def test_conclusions_labelled_like_items_are_not_recommendations_and_what_the_ombudsman_asks_is():
    found = segment_recommendations(make_document(
        (H, "6 Conclusies en aanbevelingen", 1, {"level": 1}),
        (L, "De Staat heeft de belangen van de bewoners te lang ondergeschikt gemaakt.", 1, {"marker": "Conclusie 1."}),
        (L, "Het kabinet erkent namens de Staat dat de belangen van de bewoners ondergeschikt waren.", 1,
         {"marker": "1."}),
        (H, "7 Herstel", 2, {"level": 1}),
        (H, "Wat ouders vertelden", 2, {"level": 3}),
        (L, "Ik wacht al drie jaar op een besluit.", 2, {"marker": "•"}),
        (L, "Niemand belt mij terug als ik een vraag heb.", 2, {"marker": "•"}),
        (H, "Wat de ombudsman vraagt", 2, {"level": 3}),
        (L, "Dat gemeenten iedere ouder binnen vier weken een gesprek aanbieden.", 2, {"marker": "•"}),
    ))
    assert [r.text[:20] for r in found] == ["Het kabinet erkent n", "Dat gemeenten iedere"]


def test_a_line_that_labels_the_paragraph_under_it_makes_that_paragraph_a_recommendation():
    found = segment_recommendations(make_document(
        (H, "Advies", 1, {"level": 1}),
        (P, "Op grond van de analyse komt de Adviesraad tot vijf adviezen, die hieronder worden toegelicht.", 1),
        (H, "2.1 Plannen op papier", 1, {"level": 2}),
        (P, "Alle fondsen beschikken over een communicatieplan, maar de meeste maken geen onderscheid naar groepen.", 1),
        (P, "Aanbeveling aan de minister van SZW.", 1, {"bold": True}),
        (P, "Regel dat iedere deelnemer het transitieoverzicht drie maanden voor de transitiedatum ontvangt.", 1),
        (P, "Voor een goed begrip van de planning is daarnaast openheid nodig bij de fondsen.", 1),
        (P, "Advies aan de sector:", 2, {"bold": True}),
        (P, "Stel onder regie van de Pensioenfederatie één begrippenlijst op voor alle brieven.", 2),
        (P, "Tot slot vragen wij de minister van SZW", 2, {"bold": True}),
        (P, "om de transitiecommunicatie na de eerste overgangsronde onafhankelijk te laten evalueren.", 2),
        (P, "Verschillende bestuurders vinden dat de overheid de campagne zou moeten verlengen.", 2),
        (H, "Wij bevelen de minister van OCW aan", 3, {"level": 3}),
        (P, "om de kosten van de overgang voor scholen volledig te vergoeden.", 3),
        (P, "De Raad beveelt de minister van OCW aan:", 3, {"bold": True}),
        (P, "Deze adviezen bouwen voort op het advies dat de Raad in 2022 uitbracht.", 3),  # over the list, not one
        (L, "Geef scholen vijf jaar de tijd voor de overgang.", 3, {"marker": "1."}),
    ))
    assert [r.text[:20] for r in found] == ["Regel dat iedere dee", "Stel onder regie van", "om de transitiecommu",
                                            "om de kosten van de ", "Geef scholen vijf ja"]
    # the label names whom it asks; a sector the table does not know is OTHER, not the ministry of the subject
    assert [r.departments for r in found] == [("SZW",), ("OTHER",), ("SZW",), ("OCW",), ("OCW",)]


def test_a_list_that_sums_up_the_chapters_joins_each_bullet_to_the_recommendation_it_repeats():
    found = segment_recommendations(make_document(
        (H, "3 Begrippen", 1, {"level": 1}),
        (P, "Advies aan de sector:", 1, {"bold": True}),
        (P, "Stel onder regie van de Pensioenfederatie één begrippenlijst en standaardformuleringen op.", 1),
        (H, "4 Het pensioenloket", 2, {"level": 1}),
        (P, "Aanbeveling aan de minister van SZW.", 2, {"bold": True}),
        (P, "Maak structureel financiering vrij voor een onafhankelijk en kosteloos pensioenloket.", 2),
        (H, "7 Tot slot", 3, {"level": 1}),
        (P, "In de voorgaande hoofdstukken doen wij aanbevelingen aan de fondsen en de minister. De belangrijkste "
            "daarvan zijn:", 3),
        (L, "zorg voor een onafhankelijk en kosteloos pensioenloket;", 3, {"marker": "•"}),
        (L, "gebruik in de hele sector dezelfde begrippen voor dezelfde zaken.", 3, {"marker": "•"}),
    ))
    assert [r.text[:10] for r in found] == ["Stel onder", "Maak struc"]
    assert [[location.page for location in r.locations] for r in found] == [[1, 3], [2, 3]]


def test_an_item_that_opens_with_a_body_the_table_does_not_know_is_addressed_to_other():
    found = segment_recommendations(make_document(
        (H, "7 Wat de raad adviseert", 1, {"level": 1}),
        (L, "Minister van IenW: verlaag het maximum aantal nachtvluchten naar 25.000 per jaar.", 1, {"marker": "1."}),
        (L, "Luchthaven Schiphol: publiceer per vlucht binnen 48 uur de gemeten geluidsniveaus.", 1, {"marker": "2."}),
        (L, "Toelichting: leg de geluidsnormen voor vliegtuigen vast in het luchthavenverkeerbesluit.", 1,
         {"marker": "3."}),
    ))
    assert [r.departments for r in found] == [("IenW",), ("OTHER",), ("IenW",)]
    assert found[1].addressees == ("Luchthaven Schiphol",)


def test_an_english_list_of_conclusions_and_recommendations_keeps_the_recommendations_and_their_addressees():
    found = segment_recommendations(make_document(
        (H, "Conclusions and recommendations", 1, {"level": 1}),
        (H, "Storm overflows", 1, {"level": 3}),
        (L, "Discharges from storm overflows have become routine rather than exceptional. (Paragraph 9)", 1,
         {"marker": "1."}),
        (L, "The Government should bring the deadline for all overflows forward to 2035. (Paragraph 12)", 1,
         {"marker": "2."}),
        (L, "We recommend that the Office of Water Regulation and the Rivers and Environment Agency require "
            "companies to publish data within one hour. (Paragraph 14)", 1, {"marker": "3."}),
        (L, "Enforcement against water companies has fallen away over the past decade. (Paragraph 20)", 1,
         {"marker": "4."}),
        (L, "The Department should fund a national monitoring programme. (Paragraph 22)", 1, {"marker": "5."}),
    ))
    assert [r.number for r in found] == ["2", "3", "5"]
    assert [r.departments for r in found] == [("KABINET",), ("OTHER",), ("KABINET",)]
    assert found[1].addressees == ("the Office of Water Regulation", "the Rivers and Environment Agency")


def test_english_addressees_after_a_conclusion_jointly_or_through_what_the_government_must_change():
    found = segment_recommendations(make_document(
        (H, "Conclusions and recommendations", 1, {"level": 1}),
        (L, "Crown witnesses are indispensable, yet their protection fails at critical moments. We recommend that "
            "the Minister of Justice and Security place their protection with one independent organisation.", 1,
         {"marker": "3."}),
        (L, "We recommend that the Minister of Finance, together with the Minister of Justice and Security, bring "
            "forward a bill on transaction monitoring.", 1, {"marker": "5."}),
        (L, "The Government should amend the Criminal Code to introduce a minimum sentence for recruiting minors.", 1,
         {"marker": "6."}),
        (L, "We recommend that every mayor adopt and publish a policy on closing drug premises.", 1, {"marker": "8."}),
        (L, "We recommend that the Public Prosecution Service and the police introduce a fast-track procedure.", 1,
         {"marker": "9."}),
        (L, "The safety regions should exercise a stranded-train scenario once a year together with ProRail.", 1,
         {"marker": "10."}),
    ))
    assert [r.departments for r in found] == [("JenV",), ("FIN", "JenV"), ("JenV",), ("GEMEENTEN",), ("JenV",),
                                              ("GEMEENTEN",)]
    assert found[4].addressees == ("the Public Prosecution Service", "the police")


def test_an_english_recommendation_that_opens_with_an_imperative_names_its_ministers_in_the_next_sentence():
    found = segment_recommendations(make_document(
        (H, "Summary", 1, {"level": 1}),
        (P, "The council makes the following recommendations:", 1),
        (L, "Set out a growth path for public climate finance up to 2030. The Minister for Foreign Trade and "
            "Development Cooperation and the Minister of Finance should agree it with the House.", 1, {"marker": "1."}),
        (L, "Report climate finance in grant equivalents. The Minister of Climate and Green Growth, who is "
            "responsible for reporting under the UN climate convention, should switch from 2026.", 1, {"marker": "2."}),
        (L, "Shift new investments towards the poorest countries. FMO should raise that share to half.", 1,
         {"marker": "3."}),
        (L, "Adopt one strategy for international climate finance. The government should adopt it in 2026.", 1,
         {"marker": "4."}),
        (L, "The Minister of Education, Culture and Science should fold the grants into the lump sum.", 1,
         {"marker": "5."}),
        (L, "School boards whose reserves exceed the signalling value should bring them below it.", 1,
         {"marker": "6."}),
        (L, "The Education Inspectorate should publish an overview of boards at risk.", 1, {"marker": "7."}),
    ))
    assert [r.departments for r in found] == [("BZ", "FIN"), ("EZ",), ("OTHER",), ("KABINET",), ("OCW",), ("OTHER",),
                                              ("OCW",)]
    assert found[4].addressees == ("The Minister of Education, Culture and Science",)
    assert found[5].addressees == ("School boards",)
    assert found[1].addressees == ("The Minister of Climate and Green Growth",)


def test_an_ombudsman_writing_in_the_first_person_recommends_inside_running_paragraphs():
    found = segment_recommendations(make_document(
        (H, "Het noodfonds", 1, {"level": 2}),
        (P, "Een tijdelijk fonds past niet bij een blijvend probleem. Mijn aanbeveling aan de minister van KGG is om "
            "het noodfonds om te vormen tot een vaste voorziening met een eigen budget.", 1),
        (P, "Aan de energieleveranciers vraag ik om een vordering niet uit handen te geven zolang er hulp loopt.", 1),
        (P, "De ombudsman beveelt de minister daarom aan om het afsluitverbod voor een vaste periode te laten gelden. "
            "Ik vraag de minister daarnaast om leveranciers te verplichten vóór iedere afsluiting persoonlijk", 1),
        (P, "contact te zoeken met het huishouden.", 2, {"continues": True}),
        (P, "De minister vroeg de ombudsman om te onderzoeken wat de vraag van huishoudens is om hulp bij schulden.", 2),
    ))
    assert [r.text[:30] for r in found] == ["Mijn aanbeveling aan de minist", "Aan de energieleveranciers vra",
                                            "De ombudsman beveelt de minist", "Ik vraag de minister daarnaast"]
    assert found[-1].text.endswith("persoonlijk contact te zoeken met het huishouden.")


def test_a_line_under_an_item_that_says_whom_it_is_for_names_its_addressees():
    found = segment_recommendations(make_document(
        (H, "Wat de Raad adviseert", 1, {"level": 2}),
        (L, "Verplicht schoolbesturen om een jongere tijdens het verblijf ingeschreven te houden.", 1,
         {"marker": "Advies 5:"}),
        (P, "Dit advies is gericht aan de minister van Onderwijs, Cultuur en Wetenschap.", 1),
        (L, "Neem afzonderingsruimten zonder daglicht uiterlijk in 2027 buiten gebruik.", 1, {"marker": "Advies 6:"}),
        (P, "Dit advies is gericht aan de minister voor Rechtsbescherming en de DJI. Een kamer met daglicht helpt.", 1),
    ))
    assert [r.departments for r in found] == [("OCW",), ("JenV",)]


def test_a_list_introduced_as_conclusions_holds_no_recommendations_even_under_a_recommendations_heading():
    found = segment_recommendations(make_document(
        (H, "4 Conclusies en aanbevelingen", 1, {"level": 1}),
        (P, "De inspectie vat haar bevindingen samen in twee conclusies:", 1),
        (L, "De ambulancediensten halen de responstijdnorm steeds minder vaak.", 1, {"marker": "1."}),
        (L, "Patiënten die 's nachts naar huis mogen, kunnen vaak niet thuiskomen.", 1, {"marker": "2."}),
        (P, "De inspectie verwacht het volgende:", 1),
        (L, "Leg wettelijk vast dat een ziekenhuis zijn SEH niet zonder toets sluit.", 1, {"marker": "1."}),
    ))
    assert [r.text[:10] for r in found] == ["Leg wettel"]


def test_labelled_paragraphs_take_their_labels_number_and_earlier_recommendations_are_not_new_ones():
    found = segment_recommendations(make_document(
        (H, "3 Safety", 1, {"level": 1}),
        (H, "Key concern and recommendation 3.1", 1, {"level": 4, "bold": True}),
        (P, "Violence had risen by 43% since our last inspection and was poorly analysed.", 1),
        (P, "The governor should introduce a violence reduction strategy based on local data.", 1),
        (H, "Recommendation 3.2", 1, {"level": 4, "bold": True}),
        (P, "The governor should ensure that body-worn cameras are switched on during every use of force.", 1),
        (H, "Appendix I Progress on recommendations from the last report", 2, {"level": 1}),
        (L, "The governor should ensure that every new arrival has a private interview on the first night.", 2,
         {"marker": "•"}),
    ))
    assert [(r.number, r.text[:30]) for r in found] == [("3.1", "The governor should introduce "),
                                                          ("3.2", "The governor should ensure tha")]


def test_a_paragraph_that_opens_with_its_own_label_is_the_recommendation_and_its_explanation_is_not():
    found = segment_recommendations(make_document(
        (H, "5 Aanbevelingen", 8, {"level": 1}),
        (H, "Aan het CJIB", 8, {"level": 3}),
        (P, "Aanbeveling 1 – Schrijf brieven en aanmaningen in eenvoudige taal en test ze met mensen.", 8),
        (P, "Een aanmaning moet in de eerste alinea laten zien hoeveel iemand moet betalen en wanneer.", 8),
        (P, "Aanbeveling 2 – Wees ook 's avonds en op zaterdag telefonisch bereikbaar.", 8),
        (P, "Veel mensen met een laag inkomen werken op tijden waarop zij niet kunnen bellen.", 8),
        (H, "Aan gemeenten", 9, {"level": 3}),
        (P, "Aanbeveling 3 – Neem vorderingen van het CJIB actief mee in de schuldhulpverlening.", 9),
        (P, "Ook dan moet de schuldhulpverlener er een oplossing voor zoeken.", 9),
        (P, "Aanbeveling 4 – Wijs inwoners op de mogelijkheid van een betalingsregeling bij het CJIB.", 9),
        (H, "Aan de minister van Sociale Zaken en Werkgelegenheid", 9, {"level": 3}),
        (P, "Aanbeveling 5: Onderzoek hoe boetes een plaats krijgen in de minnelijke schuldregeling.", 9),
    ))
    assert [(r.number, r.text[:20]) for r in found] == [
        ("1", "Schrijf brieven en a"), ("2", "Wees ook 's avonds e"), ("3", "Neem vorderingen van"),
        ("4", "Wijs inwoners op de "), ("5", "Onderzoek hoe boetes")]
    # the addressee heading holds for every labelled paragraph under it, over a body the text names
    assert [r.departments for r in found] == [("JenV",), ("JenV",), ("GEMEENTEN",), ("GEMEENTEN",), ("SZW",)]


def test_a_labelled_paragraph_in_running_text_counts_only_when_it_asks():
    found = segment_recommendations(make_document(
        (H, "2 Bevindingen", 3, {"level": 1}),
        (P, "Aanbeveling 4 – Maak een betalingsregeling mogelijk vanaf de eerste aanmaning.", 3),
        (P, "Aanbeveling 5: die wij in 2019 deden, is inmiddels grotendeels uitgevoerd door het CJIB.", 3),
    ))
    assert [r.number for r in found] == ["4"]


def test_a_labelled_summary_of_a_group_of_lettered_recommendations_is_not_one_of_them():
    found = segment_recommendations(make_document(
        (H, "Kern van het advies", 2, {"level": 2}),
        (P, "Aanbeveling 1 – Zorg voor stages zonder discriminatie. Iedere student moet een stage kunnen vinden.", 2,
         {"bold": True}),
        (H, "Aanbeveling 1: stages zonder discriminatie", 6, {"level": 2}),
        (L, "Minister van OCW: leg in de wet vast dat een leerbedrijf zijn erkenning verliest bij discriminatie.", 6,
         {"marker": "1a"}),
        (L, "Mbo-instellingen: registreer iedere melding van stagediscriminatie op een uniforme manier.", 6,
         {"marker": "1b"}),
    ))
    assert [r.number for r in found] == ["1a", "1b"]


def test_letters_that_start_again_in_every_chapter_are_numbered_by_chapter_and_merge_with_the_overview():
    found = segment_recommendations(make_document(
        (H, "2 Transportduur", 5, {"level": 2}),
        (H, "Aanbevelingen", 6, {"level": 4}),
        (L, "Beperk de transportduur van slachtdieren binnen Nederland tot ten hoogste vier uur.", 6, {"marker": "a."}),
        (L, "Verbied het vervoer van kalveren jonger dan vier weken over meer dan honderd kilometer.", 6,
         {"marker": "b."}),
        (H, "3 Hitte", 7, {"level": 2}),
        (H, "Aanbevelingen", 8, {"level": 4}),
        (L, "Stel een landelijke temperatuurgrens vast voor transport over lange afstand.", 8, {"marker": "a."}),
        (H, "Overzicht van aanbevelingen", 15, {"level": 2}),
        (L, "Maximaal vier uur transport voor slachtdieren binnen Nederland.", 15, {"marker": "2a"}),
        (L, "Nationaal verbod op vervoer van jonge kalveren over meer dan 100 km.", 15, {"marker": "2b"}),
        (L, "Landelijke temperatuurgrens voor lang transport.", 15, {"marker": "3a"}),
    ))
    assert [r.number for r in found] == ["2a", "2b", "3a"]
    assert [len(r.locations) for r in found] == [2, 2, 2]


def test_english_addressee_lines_over_a_list_name_bodies_the_table_may_not_know():
    found = segment_recommendations(make_document(
        (H, "6 Recommendations", 14, {"level": 2}),
        (P, "To the State Secretary for Infrastructure and Water Management:", 14, {"bold": True}),
        (L, "Lay down a binding maximum period within which serious violations must be remedied.", 14,
         {"marker": "1."}),
        (L, "Lay down in law that every safety region must have an adviser on site within 30 minutes.", 14,
         {"marker": "1a."}),
        (P, "To the safety regions:", 15, {"bold": True}),
        (L, "Draw up a site-specific attack plan for each storage facility.", 15, {"marker": "2."}),
        (P, "To the Dutch Association of Chemical Storage Companies:", 15, {"bold": True}),
        (L, "Set up a sector-wide system in which member companies share incidents.", 15, {"marker": "3."}),
    ))
    # a clause with "must" inside the imperative does not name who is asked; the line above the list does
    assert [r.departments for r in found] == [("IenW",), ("IenW",), ("GEMEENTEN",), ("OTHER",)]
    assert found[3].addressees == ("the Dutch Association of Chemical Storage Companies",)


def test_bodies_a_recommendation_to_the_cabinet_acts_on_are_not_who_acts():
    found = segment_recommendations(make_document(
        (H, "6 Financiering", 15, {"level": 1}),
        (P, "Aan het kabinet:", 15),
        (L, "Stel een Bodemdalingsfonds in, waaruit gemeenten en waterschappen hun maatregelen kunnen betalen.", 15,
         {"marker": "•"}),
        (L, "Geef de minister van VRO de regie over het funderingsherstel.", 15, {"marker": "•"}),
    ))
    assert [r.departments for r in found] == [("KABINET",), ("BZK",)]


def test_a_lead_in_that_announces_the_recommendations_before_saying_how_they_are_ordered():
    found = segment_recommendations(make_document(
        (H, "5.2 Aanbevelingen", 8, {"level": 4}),
        (P, "Wij doen de staatssecretaris van Jeugd, Preventie en Sport de volgende aanbevelingen. Waar een "
            "aanbeveling zich tot een ander richt, vermelden wij dat.", 8, {"bold": True}),
        (L, "Maak de regeling voorspelbaar", 8, {"marker": "1."}),
        (L, "Leg een looptijd van vijf jaar vast, zodat verenigingen en gemeenten kunnen plannen.", 8,
         {"marker": "a.", "level": 1}),
        (L, "Wij bevelen de minister van Financiën aan om onbestede middelen mee te nemen naar het volgende jaar.",
         8, {"marker": "b.", "level": 1}),
    ))
    assert [(r.number, r.departments) for r in found] == [("1a", ("VWS",)), ("1b", ("FIN",))]


def test_a_summary_that_names_numbered_advice_in_running_text_adds_no_recommendation():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 2, {"level": 1}),
        (P, "In advies 1 vraagt de raad de minister om het budget van de regionale omroepen meerjarig vast te "
            "stellen. Daarnaast beveelt de raad in advies 3 aan om een ondergrens voor regionaal nieuws vast te leggen.", 2),
        (H, "5 Advies", 9, {"level": 1}),
        (P, "Aan de minister van OCW:", 9, {"bold": True}),
        (L, "Stel het budget van de regionale publieke omroep voortaan voor vijf jaar vast en indexeer het jaarlijks.", 9,
         {"marker": "–"}),
        (L, "Leg in de prestatieafspraken een ondergrens vast voor eigen regionaal nieuws en actualiteiten.", 9,
         {"marker": "–"}),
    ))
    assert [r.text[:20] for r in found] == ["Stel het budget van ", "Leg in de prestatiea"]


def test_a_kernadvies_list_under_a_lead_in_to_several_bodies_takes_each_items_own_actor():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 2, {"level": 2}),
        (P, "Wij zien de volgende risico's:", 2),
        (L, "De planning rust op aannames die het programma nooit heeft gehaald.", 2, {"marker": "1."}),
        (H, "Kernadvies", 2, {"level": 2}),
        (P, "Het College geeft de minister van Sociale Zaken en Werkgelegenheid, de raad van bestuur van UWV en de "
            "staatssecretaris van Koninkrijksrelaties en Digitalisering de volgende adviezen:", 2, {"bold": True}),
        (L, "UWV knipt het resterende werk op in releases van hoogstens zes maanden.", 2, {"marker": "•"}),
        (L, "De minister van SZW informeert de Tweede Kamer elk kwartaal over de voortgang.", 3, {"marker": "•"}),
    ))
    assert [r.text[:12] for r in found] == ["UWV knipt he", "De minister "]
    assert [r.departments for r in found] == [("SZW",), ("SZW",)]


def test_bullets_under_a_kernadvies_heading_are_recommendations():
    found = segment_recommendations(make_document(
        (H, "Kernadvies", 2, {"level": 2}),
        (L, "UWV knipt het resterende werk op in releases van hoogstens zes maanden.", 2, {"marker": "•"}),
        (L, "De minister van SZW informeert de Tweede Kamer elk kwartaal over de voortgang.", 3, {"marker": "•"}),
        (H, "1 Inleiding", 4, {"level": 2}),
        (L, "Het programma loopt sinds 2019.", 4, {"marker": "•"}),
    ))
    assert [r.text[:12] for r in found] == ["UWV knipt he", "De minister "]


def test_a_lead_in_that_gives_the_following_adviezen_introduces_its_list():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 2, {"level": 2}),
        (P, "Het College geeft de minister van Sociale Zaken en Werkgelegenheid de volgende adviezen:", 2),
        (L, "Bevries de bouw van de WIA-voorziening totdat er een haalbare planning ligt.", 2, {"marker": "•"}),
    ))
    assert [r.departments for r in found] == [("SZW",)]


def test_a_heading_with_a_label_and_a_title_makes_the_paragraph_under_it_the_recommendation():
    found = segment_recommendations(make_document(
        (H, "Executive summary", 1, {"level": 1}),
        (P, "Unless stated otherwise, ‘the Minister’ refers to the Minister of Infrastructure and Water Management.", 1),
        (P, "The Committee's recommendations are:", 1),
        (L, "Secure reserve sources", 1, {"marker": "•"}),
        (L, "Give water works priority on the electricity grid", 1, {"marker": "•"}),
        (H, "6 Recommendations", 5, {"level": 1}),
        (H, "Recommendation 1: Secure reserve sources", 5, {"level": 3}),
        (P, "The Minister should, together with the provinces, designate additional strategic groundwater reserves.",
         5),
        (P, "The reserves are the insurance policy of the drinking water supply in dry years.", 5),
        (H, "Recommendation 2: Give water works priority on the electricity grid", 5, {"level": 3}),
        (P, "The Minister and the Minister of Climate and Green Growth should ensure that new production sites are "
            "connected first.", 5),
    ))
    assert [(r.number, r.text[:22]) for r in found] == [("1", "The Minister should, t"), ("2", "The Minister and the M")]
    # the summary lists the headings' titles: the same recommendations, printed twice
    assert [[location.page for location in r.locations] for r in found] == [[1, 5], [1, 5]]
    # the report says whom a bare "the Minister" means; a minister named in full is kept
    assert [r.departments for r in found] == [("IenW",), ("IenW", "EZ")]


def test_summary_bullets_worded_apart_from_their_chapter_texts_pair_by_order_and_not_with_each_other():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (P, "De aanbevelingen op een rij:", 1),
        (L, "Maak het zorgverlof flexibeler (minister van SZW).", 1, {"marker": "•"}),
        (L, "Voer een landelijke mantelzorgvergoeding in (minister van VWS).", 1, {"marker": "•"}),
        (L, "Zorg voor een landelijk dekkend trainingsaanbod voor mantelzorgers (minister van VWS).", 1,
         {"marker": "•"}),
        (H, "2 Mantelzorg", 3, {"level": 1}),
        (H, "Aanbevelingen", 3, {"level": 2}),
        (L, "De minister van Sociale Zaken en Werkgelegenheid verruimt het langdurend zorgverlof voor werknemers die "
            "voor een naaste met dementie zorgen.", 3, {"marker": "2.1"}),
        (L, "De minister van VWS voert een landelijke, inkomensonafhankelijke mantelzorgvergoeding in.", 3,
         {"marker": "2.2"}),
        (L, "De minister van VWS zorgt voor een landelijk dekkend aanbod van trainingen voor mantelzorgers.", 3,
         {"marker": "2.3"}),
    ))
    assert [r.number for r in found] == ["2.1", "2.2", "2.3"]
    assert [[location.page for location in r.locations] for r in found] == [[1, 3], [1, 3], [1, 3]]


def test_a_question_and_answer_response_joins_the_restated_advice_and_its_answer(nlp):
    passages = segment_response(make_document(
        (H, "Ondersteuning van raad en fracties", 1, {"level": 3}),
        (H, "Wat adviseert de Raad?", 1, {"level": 4}),
        (P, "In advies A vraagt de Raad het kabinet om gemeenten structureel extra geld te geven voor de griffie. "
            "Volgens de Raad is de ondersteuning nu te klein. Dat geldt vooral voor kleine gemeenten.", 1),
        (H, "Wat is de reactie van het kabinet?", 1, {"level": 4}),
        (P, "Met ingang van 1 januari 2027 stelt het kabinet jaarlijks 32 miljoen euro beschikbaar.", 1),
        (P, "De verdeling over de gemeenten wordt bekendgemaakt in de meicirculaire van het gemeentefonds.", 1),
        (H, "Vergoeding van raadsleden", 2, {"level": 3}),
        (P, "Het kabinet erkent dat de verschillen in vergoeding tussen de inwonersklassen groot zijn.", 2),
    ), nlp)
    assert [(p.heading, p.text[:25]) for p in passages] == [
        ("Ondersteuning van raad en fracties", "In advies A vraagt de Raa"),
        ("Ondersteuning van raad en fracties", "De verdeling over de geme"),
        ("Vergoeding van raadsleden", "Het kabinet erkent dat de")]
    assert "32 miljoen euro" in passages[0].text and "Wat is de reactie" not in passages[0].text


def test_the_reviewing_bodys_afterword_is_not_part_of_the_response(nlp):
    passages = segment_response(make_document(
        (H, "7 Reactie van de minister en nawoord", 1, {"level": 1}),
        (H, "7.1 Reactie van de minister van SZW", 1, {"level": 2}),
        (P, "Uw aanbeveling om een landelijke publiekscampagne te voeren, neem ik over.", 1),
        (H, "7.2 Nawoord Rekenkamer", 2, {"level": 2}),
        (P, "Wij zijn verheugd dat de minister onze aanbeveling over de campagne overneemt.", 2),
        (H, "Geschillen", 2, {"level": 3}),
        (P, "Wij betreuren dat de minister niet ingaat op onze aanbeveling over het loket.", 2),
        (H, "Bijlage: reactie van de minister van Financiën", 3, {"level": 2}),
        (P, "De bekostiging van het toezicht stel ik tot en met 2028 zeker.", 3),
    ), nlp)
    assert [p.text[:30] for p in passages] == ["Uw aanbeveling om een landelij", "De bekostiging van het toezich"]


def test_a_quoted_recommendation_its_verdict_line_and_the_answer_are_one_passage(nlp):
    passages = segment_response(make_document(
        (H, "Enough water in dry years", 1, {"level": 1}),
        (P, "“The Minister should designate additional strategic groundwater reserves for drinking water and", 1,
         {"bold": True}),
        (H, "protect them in the provincial environmental regulations.”", 2, {"level": 3}),
        (H, "Partially accepted", 2, {"level": 3}),
        (P, "Response: I will designate the reserves in 2026. Protection by the provinces is for them to decide.", 2),
        (H, "Clean sources", 2, {"level": 1}),
        (P, "The quality of the sources is in the first place a matter of preventing pollution at the source.", 2),
    ), nlp)
    assert [p.heading for p in passages] == ["Enough water in dry years", "Clean sources"]
    answer = passages[0]
    assert answer.text.startswith("“The Minister should") and "Partially accepted" in answer.text
    assert "Response: I will designate" in answer.text
    assert any(sentence.text == "Partially accepted" for sentence in answer.sentences)


def test_a_chapter_text_joins_the_summary_bullet_closest_to_it_not_the_first_close_enough():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (L, "Voer een landelijke mantelzorgvergoeding in voor intensieve mantelzorgers (minister van VWS).", 1,
         {"marker": "•"}),
        (L, "Zorg voor een landelijk dekkend en structureel gefinancierd trainingsaanbod voor mantelzorgers "
            "(minister van VWS).", 1, {"marker": "•"}),
        (H, "2 Vergoeding", 3, {"level": 1}),
        (P, "De Raad beveelt aan:", 3),
        (L, "De minister van VWS voert een landelijke, inkomensonafhankelijke mantelzorgvergoeding in voor naasten "
            "die lang en intensief zorgen.", 3, {"marker": "1."}),
        (H, "3 Training", 4, {"level": 1}),
        (P, "De Raad beveelt aan:", 4),
        (L, "De minister van VWS zorgt voor een landelijk dekkend aanbod van trainingen voor mantelzorgers over het "
            "omgaan met dementie, en stelt daarvoor structureel middelen beschikbaar.", 4, {"marker": "2."}),
    ))
    assert [(r.number, [location.page for location in r.locations]) for r in found] == [("1", [1, 3]), ("2", [1, 4])]


def test_advice_in_running_text_without_a_list_goes_to_the_minister_who_asked_for_it():
    found = segment_recommendations(make_document(
        (P, "Bij Kabinetsmissive van 11 februari 2025 heeft Uwe Majesteit, op voordracht van de Minister van Sociale "
            "Zaken en Werkgelegenheid, het voorstel van wet aanhangig gemaakt.", 1),
        (H, "3. Kwaliteitseisen", 2, {"level": 1}),
        (P, "De kwaliteitseisen vormen de kern van het stelsel en horen daarom niet in een ministeriële regeling.", 2),
        (P, "De Afdeling adviseert de beroepskracht-kindratio en de maximale groepsgrootte in de wet zelf op te nemen "
            "en de overige kwaliteitseisen bij algemene maatregel van bestuur vast te stellen.", 2),
        (P, "De Afdeling adviseert voor de algemene maatregel van bestuur waarin de kwaliteitseisen worden "
            "vastgesteld een voorhangprocedure op te nemen.", 2),
        (H, "4. Voorschoolse educatie", 3, {"level": 1}),
        (P, "De Afdeling adviseert de Minister van Onderwijs, Cultuur en Wetenschap de specifieke uitkering aan "
            "gemeenten te verhogen.", 3),
        (P, "De Afdeling heeft bezwaren en adviseert het voorstel niet bij de Tweede Kamer in te dienen dan nadat met "
            "het vorenstaande rekening is gehouden.", 4),
    ))
    # two asks that share many words are both advice; the closing formula over the whole advice is not
    assert [r.text[:30] for r in found] == ["De Afdeling adviseert de beroe", "De Afdeling adviseert voor de ",
                                            "De Afdeling adviseert de Minis"]
    # what is to be put in the law is not whom the advice is for; that is the minister who asked, unless it names one
    assert [r.departments for r in found] == [("SZW",), ("SZW",), ("OCW",)]


def test_advice_to_in_running_text_is_not_read_next_to_a_list_of_recommendations():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (P, "De raad adviseert de minister van IenW om het grondwaterpeil in veenweidegebieden stapsgewijs te "
            "verhogen.", 1),
        (H, "5 Aanbevelingen", 4, {"level": 1}),
        (L, "Wijs uiterlijk in 2027 de veenweidegebieden aan waar het peil omhooggaat.", 4, {"marker": "1."}),
    ))
    assert [r.number for r in found] == ["1"]


def test_a_nader_rapport_restating_the_advice_in_the_bodys_words_joins_the_answer_after_it(nlp):
    passages = segment_response(make_document(
        (H, "b. Handhaving", 1, {"level": 3}),
        (P, "De Afdeling merkt op dat het voorstel het college en de LTK beide bevoegd maakt tot handhaving. Dat leidt "
            "tot onduidelijkheid voor houders. Zij adviseert de bevoegdheid tot het opleggen van een boete bij één "
            "bestuursorgaan te beleggen.", 1),
        (P, "Aan dit advies is gevolg gegeven. De boetebevoegdheid berust in het gewijzigde voorstel bij de LTK.", 1),
        (P, "Ik heb daarnaast de toelichting aangevuld.", 1),
    ), nlp)
    assert [p.text[:24] for p in passages] == ["De Afdeling merkt op dat", "Ik heb daarnaast de toel"]


def test_bullets_that_recommend_in_their_own_words_are_recommendations_and_a_recap_cites_the_first_printing():
    found = segment_recommendations(make_document(
        (H, "1.2 How we worked", 1, {"level": 2}),
        (P, "We spoke with a wide range of parties:", 1),
        (L, "ProRail, including its capacity management department;", 1, {"marker": "•"}),
        (H, "3.2 Timetabling", 4, {"level": 2}),
        (P, "Freight operators told us that what they miss most is certainty about paths.", 4),
        (L, "We recommend that ProRail guarantee freight operators a fixed minimum number of freight paths per hour "
            "on the Betuweroute.", 4, {"marker": "•"}),
        (H, "7 Conclusion", 9, {"level": 1}),
        (L, "As set out above, we recommend that ProRail guarantee freight operators a fixed minimum number of freight "
            "paths per hour on the Betuweroute.", 9, {"marker": "•"}),
    ))
    assert [(r.text[:20], r.page, r.departments) for r in found] == [("We recommend that Pr", 4, ("OTHER",))]


def test_a_recommendation_set_in_bold_under_its_label_joins_the_plain_answer_after_it(nlp):
    passages = segment_response(make_document(
        (H, "Aanbeveling 2", 1, {"level": 3}),
        (P, "De minister stelt wettelijke emissiegrenswaarden vast voor lozingen op oppervlaktewater.", 1,
         {"bold": True}),
        (P, "Het kabinet stelt een wettelijke grenswaarde vast voor lozingen van PFAS op oppervlaktewater.", 1),
        (H, "Aanbeveling 3", 1, {"level": 3}),
        (P, "Het kabinet neemt deze aanbeveling over.", 1),
        (P, "De vergunningen worden in 2026 herzien.", 1),
    ), nlp)
    assert [p.text[:20] for p in passages] == ["De minister stelt we", "Het kabinet neemt de", "De vergunningen word"]


def test_of_several_unpaired_recommendations_a_short_summary_bullet_pairs_with_the_one_sharing_its_words():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (H, "Digitale uitsluiting", 1, {"level": 3}),
        (P, "Het Instituut beveelt onder meer aan:", 1),
        (L, "wettelijk vast te leggen dat iedereen bij alle overheidsdiensten kan kiezen voor een niet-digitaal "
            "alternatief (regering);", 1, {"marker": "•"}),
        (L, "laat ouderen een naaste machtigen (regering);", 1, {"marker": "•"}),
        (L, "zorgverzekeraars te verplichten een alternatief voor patiëntportalen te bieden (minister van VWS).", 1,
         {"marker": "•"}),
        (H, "3 Digitale uitsluiting", 5, {"level": 1}),
        (H, "Aanbevelingen van het Instituut", 6, {"level": 2}),
        (L, "Het Instituut beveelt de regering aan wettelijk vast te leggen dat iedereen bij alle overheidsdiensten kan "
            "kiezen voor een niet-digitaal alternatief.", 6, {"marker": "–"}),
        (L, "Het Instituut beveelt de regering aan het mogelijk te maken dat iemand zonder eigen DigiD een naaste "
            "machtigt om namens hem zaken met de overheid te doen.", 6, {"marker": "–"}),
        (L, "Het Instituut beveelt de minister van VWS aan gemeenten geld te geven voor digitale hulppunten.", 6,
         {"marker": "–"}),
        (L, "Het Instituut beveelt de minister van VWS aan zorgverzekeraars te verplichten een alternatief voor "
            "patiëntportalen te bieden.", 6, {"marker": "–"}),
        (P, "De commissie vraagt het kabinet om in zijn reactie per aanbeveling aan te geven of het deze overneemt.", 7),
        (P, "De commissie vraagt zowel het kabinet als de Kamer zelf om de uitvoering van dit rapport de komende jaren "
            "nauwgezet te volgen.", 7),
        (P, "De inspectie vraagt de minister om binnen drie maanden te reageren op dit rapport en daarbij aan te geven "
            "welke stappen zij zet.", 7),
    ))
    pages = {r.text.split(" aan ", 1)[1][:25]: [location.page for location in r.locations] for r in found}
    assert pages == {"wettelijk vast te leggen ": [1, 6], "het mogelijk te maken dat": [1, 6],
                     "gemeenten geld te geven v": [6], "zorgverzekeraars te verpl": [1, 6]}


def test_a_report_that_numbers_every_paragraph_gives_only_its_recommendations_under_their_listed_numbers():
    found = segment_recommendations(make_document(
        (H, "3 Age assurance", 3, {"level": 1}),
        (L, "Platforms ask users for their age but rarely check it.", 3, {"marker": "30."}),
        (L, "We recommend that the State Secretary for Digitalisation develop a free age-verification app for "
            "every platform used by children.", 3, {"marker": "31."}),
        (L, "Several witnesses told us that parents do not know which platforms their children use.", 3,
         {"marker": "32."}),
        (L, "Schools see the consequences of online bullying every day.", 4, {"marker": "33."}),
        (H, "Conclusions and recommendations", 9, {"level": 1}),
        (L, "We recommend that the State Secretary for Digitalisation develop a free age-verification app for "
            "every platform used by children. (Paragraph 31)", 9, {"marker": "2."}),
    ))
    assert [(r.number, r.page) for r in found] == [("2", 9)]


def _passages(*texts, heading="The ports"):
    return [Passage(f"P{i:03d}", 2, heading, text, (Sentence(text, 2),)) for i, text in enumerate(texts, start=1)]


SCANNING = Recommendation("R01", "5", "We recommend that the Customs Administration scan every container arriving from "
                                      "a port designated as high-risk.", 12, "Conclusions")
SEALS = Recommendation("R02", "6", "We recommend that the Minister make tamper-proof seals compulsory for every "
                                   "container leaving a terminal.", 12, "Conclusions")


def test_a_quoted_recommendation_joins_the_answer_printed_under_it():
    passages = _passages("The ports handle more containers every year.",
                         "5. We recommend that the Customs Administration scan every container arriving from a port "
                         "designated as high-risk.",
                         "Partially accepted. The Government will fund four additional scanners.",
                         "Criminal networks depend on insiders.")
    joined = join_quotes_to_answers(passages, [SCANNING, SEALS])
    assert [p.id for p in joined] == ["P001", "P002", "P003"]
    assert joined[1].text.startswith("5. We recommend") and joined[1].text.endswith("four additional scanners.")
    assert [s.text for s in joined[1].sentences][-1] == "Partially accepted. The Government will fund four additional scanners."
    introduced = _passages("Ook adviseert de inspectie: ‘We recommend that the Customs Administration scan every "
                           "container arriving from a port designated as high-risk.’", "Reactie: dat doe ik.")
    assert len(join_quotes_to_answers(introduced, [SCANNING, SEALS])) == 1


def test_two_quotes_answered_together_join_their_answer_but_an_answer_under_another_heading_does_not():
    quotes = ("We recommend that the Customs Administration scan every container arriving from a port designated as "
              "high-risk.", "We recommend that the Minister make tamper-proof seals compulsory for every container "
              "leaving a terminal.")
    together = join_quotes_to_answers(_passages(*quotes, "The first is accepted; the second is not."), [SCANNING, SEALS])
    assert len(together) == 1 and together[0].text.endswith("the second is not.")
    apart = _passages(quotes[0]) + _passages("Accepted.", heading="Following the money")
    assert len(join_quotes_to_answers(apart, [SCANNING, SEALS])) == 2


def test_a_table_row_that_quotes_a_recommendation_and_adds_its_answer_cells_joins_nothing():
    passages = _passages("We recommend that the Customs Administration scan every container arriving from a port "
                         "designated as high-risk. (Agreed, Customs.)",
                         "From 2026 every terminal will be checked weekly.")
    assert len(join_quotes_to_answers(passages, [SCANNING, SEALS])) == 2


def test_an_answer_that_repeats_some_words_of_the_recommendation_is_no_quote():
    # all its words are the recommendation's, but it gives too little of it to be a quote
    passages = _passages("A port designated as high-risk: the Customs Administration.", "From 2026 we scan more.")
    assert len(join_quotes_to_answers(passages, [SCANNING, SEALS])) == 2
    passages = _passages("The Customs Administration will scan every container from a high-risk port from 2026, "
                         "with four additional scanners and forty more officers.", "Criminal networks depend on insiders.")
    assert len(join_quotes_to_answers(passages, [SCANNING, SEALS])) == 2


def test_advice_headings_number_the_item_under_them_and_the_lettered_parts_of_each():
    found = segment_recommendations(make_document(
        (H, "4 Adviezen", 10, {"level": 1}),
        (H, "Advies 1", 10, {"level": 3}),
        (L, "De raad adviseert de minister van Infrastructuur en Waterstaat om één integrale afweging te maken.", 10,
         {"marker": "–"}),
        (H, "Advies 2", 10, {"level": 3}),
        (P, "De raad adviseert de minister van Klimaat en Groene Groei om in de tenders:", 10),
        (L, "medegebruik door passieve visserij als voorwaarde op te nemen;", 10, {"marker": "a."}),
        (L, "natuurinclusief bouwen verplicht te stellen.", 10, {"marker": "b."}),
        (H, "Advies 3", 10, {"level": 3}),
        (P, "De raad adviseert de minister van Landbouw, Visserij, Voedselzekerheid en Natuur om:", 10),
        (L, "vóór 2027 een saneringsregeling voor kottervissers open te stellen;", 10, {"marker": "a."}),
        (L, "bodemberoerende visserij vóór 2030 te verbieden in alle natuurgebieden op zee.", 10, {"marker": "b."}),
        (H, "Aanbeveling 4.2", 11, {"level": 3}),
        (P, "De raad adviseert de minister van Binnenlandse Zaken en Koninkrijksrelaties om:", 11),
        (L, "alle stembureauleden vóór iedere verkiezing een training te laten volgen;", 11, {"marker": "a."}),
    ))
    assert [r.number for r in found] == ["1", "2a", "2b", "3a", "3b", "4.2a"]


def test_sentences_set_apart_after_conclusions_are_recommendations_printed_short_in_the_summary():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (H, "Wat wij adviseren", 1, {"level": 3}),
        (L, "Maak het keurmerk ook verplicht voor aanbieders van de Z-route. (Minister van SZW)", 1, {"marker": "•"}),
        # worded too differently to match by words: paired by order
        (L, "Waarschuw vooraf voor sancties. (DUO)", 1, {"marker": "•"}),
        (L, "Deel elke maand de stand van zaken. (DUO)", 1, {"marker": "•"}),
        (H, "4 Bevindingen: leerroutes", 5, {"level": 1}),
        (H, "4.4 Conclusie", 5, {"level": 3}),
        (P, "Aanbieders van de Z-route hoeven geen keurmerk te hebben, en de kwaliteit van hun lessen loopt uiteen.", 5),
        (L, "De inspectie adviseert de minister om het keurmerk voor taalaanbieders ook verplicht te stellen voor "
            "aanbieders van de Z-route.", 5, {"marker": "–"}),
        (P, "Veel inburgeraars weten niet dat zij een boete kunnen krijgen of een lening moeten terugbetalen.", 6),
        (L, "DUO zou inburgeraars vooraf, in eenvoudige taal, moeten informeren over een boete en over de "
            "terugvordering van hun lening.", 6, {"marker": "–"}),
        (P, "Gemeenten missen gegevens over wie er inburgert en hoe ver die is.", 6),
        (L, "DUO zou gemeenten maandelijks een volledig overzicht moeten leveren van hun inburgeraars en hun "
            "voortgang.", 6, {"marker": "–"}),
    ))
    assert [r.text[:20] for r in found] == ["De inspectie advisee", "DUO zou inburgeraars", "DUO zou gemeenten ma"]
    assert [sorted(location.page for location in r.locations) for r in found] == [[1, 5], [1, 6], [1, 6]]
    assert [r.departments for r in found] == [("SZW",), ("OCW",), ("OCW",)]


def test_a_numbered_item_alone_between_explanations_is_read_once():
    found = segment_recommendations(make_document(
        (H, "Aanbevelingen", 10, {"level": 3}),
        (L, "Opschaalbare ic-capaciteit voor een volgende pandemie. In de coronacrisis moesten operaties massaal "
            "worden uitgesteld en patiënten naar Duitsland worden overgebracht. De commissie adviseert de minister "
            "van VWS om structureel te bekostigen dat ziekenhuizen binnen twee weken kunnen opschalen.", 10,
         {"marker": "B1."}),
        (P, "Toelichting. Een flexibele pool kan bestaan uit verpleegkundigen met een verkorte opleiding.", 10),
        (L, "Patiëntenspreiding verankeren. De commissie adviseert de minister van VWS om het coördinatiecentrum een "
            "wettelijke taak te geven.", 10, {"marker": "B2."}),
        (P, "Toelichting. Een wettelijke taak geeft het centrum een positie in een crisis.", 10),
    ))
    assert [r.number for r in found] == ["B1", "B2"]
    assert [len(r.locations) for r in found] == [1, 1]  # printed once, read once


def test_coded_english_recommendations_set_apart_under_their_titles_pair_with_an_annex_of_titles():
    found = segment_recommendations(make_document(
        (H, "3 Social security", 7, {"level": 1}),
        (P, "The panel believes the benchmark should be a floor rather than a distant goal.", 7),
        (H, "A decent floor", 7, {"level": 5}),
        (L, "The Minister of Social Affairs and Employment should raise the minimum wage and the benefits to the "
            "benchmark by 2028.", 7, {"marker": "S1:"}),
        (P, "The panel recognises that a higher minimum wage raises labour costs.", 7),
        (H, "Lower port charges on food", 12, {"level": 5}),
        (L, "The executive councils of Bonaire, Sint Eustatius and Saba should lower the port charges on basic "
            "foodstuffs.", 12, {"marker": "P3:"}),
        (P, "Lower charges would reach every household.", 12),
        (H, "Annex A Summary of recommendations", 14, {"level": 1}),
        (L, "A decent floor (3)", 14, {"marker": "S1."}),  # shares no word with the text, only its title
        (L, "Lower port charges on food (6)", 14, {"marker": "P3."}),
    ))
    assert [r.number for r in found] == ["S1", "P3"]
    assert [r.text[:30] for r in found] == ["The Minister of Social Affairs", "The executive councils of Bona"]
    assert [sorted(location.page for location in r.locations) for r in found] == [[7, 14], [12, 14]]
    assert [r.departments for r in found] == [("SZW",), ("OTHER",)]


def test_items_that_open_with_aan_and_their_addressee_name_whom_they_ask():
    found = segment_recommendations(make_document(
        (H, "7 Conclusies en aanbevelingen", 12, {"level": 1}),
        (P, "Wij bevelen daarom aan:", 12, {"bold": True}),
        (L, "Aan GS: Actualiseer het inkoopbeleid vóór 1 januari 2026.", 12, {"marker": "1."}),
        (L, "Aan PS: Vraag jaarlijks een inkoopverantwoording.", 12, {"marker": "2."}),
        (L, "Aan de minister van BZK: Pas de regels voor interprovinciale inkoop aan.", 12, {"marker": "3."}),
    ))
    assert [r.departments for r in found] == [("OTHER",), ("OTHER",), ("BZK",)]
    assert [r.addressees for r in found][:2] == [("GS",), ("PS",)]


def test_a_long_run_of_quotes_lists_the_recommendations_and_joins_no_answer():
    recommendations = [Recommendation(f"R0{i}", str(i), f"We recommend that the Minister fund {word} teams in every "
                                                        f"region from next year.", 12, "")
                       for i, word in enumerate(["scanning", "sealing", "tracing", "auditing"], start=1)]
    quotes = [f"We recommend that the Minister fund {word} teams in every region from next year."
              for word in ["scanning", "sealing", "tracing", "auditing"]]
    passages = _passages(*quotes, "We accept all four.")
    assert len(join_quotes_to_answers(passages, recommendations)) == 5
    assert len(join_quotes_to_answers(passages[2:], recommendations)) == 1


def test_what_a_treaty_asks_is_not_a_recommendations_section():
    found = segment_recommendations(make_document(
        (H, "2.3 Wat het Kinderrechtenverdrag vraagt", 6, {"level": 2}),
        (L, "het recht op onderwijs, op basis van gelijke kansen (artikel 28);", 6, {"marker": "•"}),
        (L, "het recht om deel te nemen aan het culturele leven (artikel 31).", 6, {"marker": "•"}),
        (H, "Wat de commissaris vraagt", 13, {"level": 1}),
        (L, "Verhoog het kindgebonden budget voor gezinnen met de laagste inkomens.", 13, {"marker": "•"}),
        (L, "Maak de schoolkosten voor ouders vrijwillig en begrensd.", 13, {"marker": "•"}),
    ))
    assert [r.text[:8] for r in found] == ["Verhoog ", "Maak de "]


def test_titled_advice_headings_number_their_items_and_the_explanation_under_them_is_no_new_recommendation():
    found = segment_recommendations(make_document(
        (H, "Kern van het advies", 2, {"level": 1}),
        (L, "Test ouderen jaarlijks op valrisico.", 2, {"marker": "•"}),
        (L, "Informeer de huisarts na een val.", 2, {"marker": "•"}),
        (H, "3 Signaleren", 7, {"level": 1}),
        (H, "Advies 1 Zorg voor een valrisicotest in de huisartsenpraktijk", 7, {"level": 2}),
        (L, "De raad adviseert huisartsen om alle thuiswonende 75-plussers eenmaal per jaar op valrisico te "
            "testen, en adviseert de minister van VWS om die test als aparte prestatie te", 7, {"marker": "•"}),
        (L, "bekostigen.", 8, {"continues": True}),
        (H, "Toelichting", 8, {"level": 3}),
        (P, "Een jaarlijkse test vindt de ouderen die nog niet gevallen zijn. De commissie adviseert daarom om de "
            "test op te nemen in de richtlijn van de beroepsgroep en zo de huisartsen te ondersteunen.", 8),
        (H, "Advies 2: Laat geen oudere na een val ongezien naar huis gaan", 8, {"level": 2}),
        (L, "De raad adviseert de minister van VWS om in de afspraken over de acute zorg vast te leggen dat de "
            "huisarts binnen twee werkdagen hoort van iedere val.", 8, {"marker": "•"}),
    ))
    assert [r.number for r in found] == ["1", "2"]
    assert found[0].text.endswith("als aparte prestatie te bekostigen.")
    assert found[0].departments == ("OTHER", "VWS")  # huisartsen, then the minister asked in the same sentence
    assert found[1].departments == ("VWS",)


def test_lettered_items_under_a_titled_recommendation_heading_carry_its_number():
    found = segment_recommendations(make_document(
        (H, "5 Aanbevelingen", 11, {"level": 1}),
        (H, "Aanbeveling 1: Beprijs primaire grondstoffen", 11, {"level": 2}),
        (P, "De Raad adviseert de minister van Financiën:", 11),
        (L, "Voer uiterlijk in 2028 een heffing in op primaire kunststof.", 11, {"marker": "a."}),
        (L, "Verhoog de afvalstoffenbelasting stapsgewijs.", 11, {"marker": "b."}),
        (H, "Aanbeveling 2 – Stuur op circulair productbeleid", 12, {"level": 2}),
        (P, "De Raad adviseert de staatssecretaris van Infrastructuur en Waterstaat:", 12),
        (L, "Voer producentenverantwoordelijkheid in voor meubels.", 12, {"marker": "a."}),
    ))
    assert [r.number for r in found] == ["1a", "1b", "2a"]


def test_a_municipal_reports_council_and_college_are_the_municipality():
    def report(opening: str):
        return make_document(
            (P, opening, 1),
            (H, "Aanbevelingen", 4, {"level": 1}),
            (H, "Aan de raad", 4, {"level": 3}),
            (L, "Stel meetbare doelen vast voor het bereik van de schuldhulpverlening.", 4, {"marker": "1."}),
            (H, "Aan het college", 4, {"level": 3}),
            (L, "Breng de wachttijd tot het eerste gesprek terug tot vier weken.", 4, {"marker": "2."}),
        )

    municipal = segment_recommendations(report("De rekenkamer van de gemeente Zaanwijk onderzocht de schuldhulp."))
    assert [r.departments for r in municipal] == [("GEMEENTEN",), ("GEMEENTEN",)]
    assert municipal[0].addressees == ("de raad",)
    # an advisory council's "Aan de raad" in a national report names no municipality
    national = segment_recommendations(report("Dit advies gaat over de schuldhulp in Nederland."))
    assert all(r.departments != ("GEMEENTEN",) for r in national)


def test_the_procedure_at_the_end_of_a_report_that_numbers_its_paragraphs_is_no_recommendation():
    found = segment_recommendations(make_document(
        (H, "V. Recommendations and follow-up", 18, {"level": 1}),
        (L, "In view of the findings of the present report, GIE addresses the following recommendations to the "
            "Netherlands:", 18, {"marker": "81."}),
        (P, "Regarding central government", 18, {"bold": True}),
        (L, "that a code of conduct for ministers be adopted and made public (paragraph 27);", 18, {"marker": "i)"}),
        (L, "that the agendas of ministers be published systematically (paragraph 41);", 18, {"marker": "ii)"}),
        (L, "Pursuant to Rule 30.2 of its Rules of Procedure, GIE invites the authorities of the Netherlands to submit "
            "a report on the measures taken to implement the above-mentioned recommendations by 30 September 2025.",
         19, {"marker": "82."}),
        (L, "GIE invites the authorities of the Netherlands to authorise, at their earliest convenience, the "
            "publication of this report.", 19, {"marker": "83."}),
    ))
    assert [r.number for r in found] == ["i", "ii"]


def test_items_under_a_findings_heading_are_findings_even_in_an_assessment_and_recommendations_chapter():
    found = segment_recommendations(make_document(
        (H, "1. Assessment and recommendations", 3, {"level": 1}),
        (H, "Main findings", 4, {"level": 3}),
        (L, "The learning budget has been taken up widely, but two in three budgets go to graduates.", 4,
         {"marker": "•"}),
        (L, "Small firms face higher costs and less capacity to organise training.", 4, {"marker": "•"}),
        (H, "Key recommendations", 4, {"level": 3}),
        (L, "Target the learning budget on adults without a starting qualification.", 4, {"marker": "•"}),
    ))
    assert [r.text[:10] for r in found] == ["Target the"]


def test_asking_for_a_response_within_months_of_publication_is_no_recommendation():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 3, {"level": 1}),
        (P, "De commissie verzoekt het kabinet om binnen drie maanden na het verschijnen van dit verslag te "
            "reageren.", 3),
        (H, "5 Aanbevelingen", 15, {"level": 1}),
        (L, "Laat twee jaar na de publicatie van dit rapport onafhankelijk onderzoeken of de klachtbehandeling is "
            "verbeterd.", 15, {"marker": "1."}),
        (P, "De Raad vraagt de minister van Infrastructuur en Waterstaat om de reacties van de andere geadresseerden "
            "te bundelen en uiterlijk zes maanden na publicatie van dit rapport aan de Raad te zenden.", 15),
    ))
    assert [r.number for r in found] == ["1"]


def test_lettered_recommendations_under_numbered_conclusions_are_the_recommendations():
    found = segment_recommendations(make_document(
        (H, "Conclusions and recommendations", 5, {"level": 1}),
        (L, "The Public Works Department does not know the condition of the roads and bridges it is responsible "
            "for.", 5, {"marker": "1."}),
        (L, "Recommendation: The Public Works Department should complete a survey of the network within eighteen "
            "months.", 5, {"marker": "a.", "level": 1}),
        (L, "The island's bridges have not been inspected for more than ten years.", 5, {"marker": "2."}),
        (L, "Recommendation: The Executive Council should have every bridge inspected by 2026.", 5,
         {"marker": "a.", "level": 1}),
        (L, "Recommendation: The Executive Council should restrict every bridge found unsafe to light vehicles.", 5,
         {"marker": "b.", "level": 1}),
    ))
    assert [r.number for r in found] == ["1a", "2a", "2b"]
    # whom each asks stands after the label: bodies the table does not know
    assert [r.departments for r in found] == [("OTHER",), ("OTHER",), ("OTHER",)]


def test_numbers_that_start_again_in_each_lettered_addressee_block_carry_the_blocks_letter():
    found = segment_recommendations(make_document(
        (H, "9 Aanbevelingen", 14, {"level": 1}),
        (H, "A. Aan het kabinet", 14, {"level": 2}),
        (L, "Stel een nationale aanpak van online uitbuiting op.", 14, {"marker": "1."}),
        (L, "Financier de meld- en hulplijnen structureel.", 14, {"marker": "2."}),
        (H, "B. Aan de minister van Justitie en Veiligheid", 14, {"level": 2}),
        (L, "Breid de capaciteit van de politie uit.", 14, {"marker": "1."}),
        (H, "D. Aan online platforms", 15, {"level": 2}),
        (L, "Beoordeel meldingen van sextortion binnen 24 uur.", 15, {"marker": "1."}),
    ))
    assert [r.number for r in found] == ["A1", "A2", "B1", "D1"]
    assert [r.departments for r in found] == [("KABINET",), ("KABINET",), ("JenV",), ("OTHER",)]


def test_an_item_that_names_the_role_its_addressee_acts_in_is_that_ministrys():
    found = segment_recommendations(make_document(
        (H, "Aanbevelingen", 10, {"level": 3}),
        (P, "Wij adviseren de staatssecretaris van Financiën:", 10),
        (L, "Verhoog als minister van Sociale Zaken en Werkgelegenheid het wettelijk minimumloon in twee stappen.", 10,
         {"marker": "1."}),
        (L, "Leg, als minister van Sociale Zaken en Werkgelegenheid en staatssecretaris van Financiën samen, een "
            "norm voor de marginale druk vast.", 10, {"marker": "2."}),
        (L, "Waarschuw werkenden ieder kwartaal voor een terugvordering.", 10, {"marker": "3."}),
    ))
    assert [r.departments for r in found] == [("SZW",), ("SZW", "FIN"), ("FIN",)]


def test_a_paragraph_saying_the_recommendations_follow_opens_the_next_list_across_its_theme_headings():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 2}),
        (H, "Kernadvies", 1, {"level": 6}),
        (P, "De raad adviseert voorzorg. De aanbevelingen staan hieronder; de hoofdstukken lichten ze toe.", 1),
        (H, "Toelating", 1, {"level": 5}),
        (L, "Het Ctgb neemt de blootstelling via huisstof mee bij de beoordeling van aanvragen.", 1, {"marker": "a."}),
        (L, "De minister van LVVN zet zich in Europa in voor een geharmoniseerde methode.", 1, {"marker": "b."}),
        (H, "Toezicht", 1, {"level": 5}),
        (L, "De minister van LVVN legt wettelijk een spuitvrije zone van ten minste 50 meter vast.", 1,
         {"marker": "c."}),
        (H, "1 Inleiding", 2, {"level": 2}),
        (L, "De raad sprak voor dit advies met omwonenden, telers en toezichthouders.", 2, {"marker": "•"}),
        (P, "De ministers vroegen de raad om advies over de volgende vragen:", 2),
        (L, "Wat is bekend over de blootstelling van omwonenden?", 2, {"marker": "1."}),
        (H, "4 Toelating", 3, {"level": 2}),
        (P, "De raad adviseert het Ctgb daarom om beide routes van blootstelling in de beoordeling op te nemen en de "
            "leidraad uit 2022 ook bij herbeoordelingen toe te passen.", 3),
    ))
    # the explanation in chapter 4 advises in other words what item a. asks: it is no recommendation of its own
    assert [r.number for r in found] == ["a", "b", "c"]


def test_what_the_author_concludes_and_a_summing_up_of_whom_the_recommendations_ask_are_not_recommendations():
    found = segment_recommendations(make_document(
        (H, "5 Conclusie en aanbevelingen", 1, {"level": 2}),
        (H, "5.1 Conclusie", 1, {"level": 4}),
        (P, "Samengevat concludeert de ombudsman:", 1),
        (L, "UWV gebruikt de ruimte die de regels bieden om te matigen nauwelijks.", 1, {"marker": "•"}),
        (H, "5.2 Aanbevelingen", 1, {"level": 4}),
        (P, "Aan UWV:", 1),
        (L, "Neem contact op met de uitkeringsgerechtigde voordat u een maatregel oplegt.", 1, {"marker": "1."}),
        (H, "6 Tot slot", 2, {"level": 2}),
        (P, "De aanbevelingen vragen van iedere betrokkene een eigen inzet:", 2),
        (L, "van UWV: een zorgvuldiger afweging bij iedere maatregel;", 2, {"marker": "•"}),
    ))
    assert [r.text[:10] for r in found] == ["Neem conta"]


def test_a_judgement_of_the_committee_is_a_conclusion_next_to_items_that_recommend_even_if_it_says_must():
    found = segment_recommendations(make_document(
        (H, "Conclusions and recommendations", 1, {"level": 1}),
        (L, "The Committee considers that the delays have damaged confidence, and that rebuilding it must be a "
            "priority for the Scottish Government.", 1, {"marker": "38."}),
        (L, "The Committee recommends that the Scottish Government publish a 20-year vessel plan.", 1,
         {"marker": "43."}),
        (L, "The Committee recommends that the vessel owner adopt a standard design for small vessels.", 1,
         {"marker": "48."}),
    ))
    assert [r.number for r in found] == ["43", "48"]


def test_the_committees_words_under_a_recommendation_heading_its_verdict_and_the_explanation_are_one_passage(nlp):
    passages = segment_response(make_document(
        (H, "Recommendation 3", 1, {"level": 5, "bold": True}),
        (P, "The committee recommends that the Australian Government fund the wage increases in full.", 1),
        (H, "Recommendation 4", 1, {"level": 5, "bold": True}),
        (P, "The committee recommends that the Australian Government establish a portable leave scheme.", 1),
        (H, "Not supported", 1, {"level": 4, "bold": True}),
        (P, "The Government recognises that workers who change employers can lose their leave.", 1),
        (P, "However, the Government does not support a national portable scheme.", 1),
        (H, "Recommendation 5", 1, {"level": 5, "bold": True}),
        (P, "The committee recommends that the Government seek a variation to the Award.", 1),
        (H, "Noted", 1, {"level": 4, "bold": True}),
        (P, "The Award is set by the independent Fair Work Commission.", 1),
    ), nlp)
    # the next recommendation's heading right after a quote is no verdict line
    assert [p.heading for p in passages] == ["Recommendation 3", "Recommendation 4", "Recommendation 5"]
    assert "Not supported" in passages[1].text and passages[1].text.endswith("a national portable scheme.")
    assert passages[2].text.endswith("Fair Work Commission.")


def test_a_body_the_table_does_not_know_acting_itself_is_other_not_the_cabinet():
    found = segment_recommendations(make_document(
        (H, "7 Wat de inspectie verwacht", 1, {"level": 1}),
        (L, "De raad van bestuur zorgt ervoor dat iedere patiënt binnen tien minuten wordt getrieerd.", 1,
         {"marker": "1."}),
        (L, "De minister van VWS zorgt ervoor dat de regionale spreiding van SEH's wordt gemonitord.", 1,
         {"marker": "2."}),
    ))
    assert [r.departments for r in found] == [("OTHER",), ("VWS",)]


def test_lists_of_principles_pillars_measures_taken_and_the_authors_own_steps_are_not_recommendations():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 1}),
        (P, "De minister van Sociale Zaken en Werkgelegenheid heeft de Raad gevraagd te adviseren over de vraag hoe "
            "Nederland de voordelen van arbeidsmigratie kan behouden en tegelijk de misstanden kan terugdringen en de "
            "druk op wonen en voorzieningen in gemeenten kan beheersen. Dit advies is unaniem vastgesteld.", 1),
        (P, "De Raad doet vijf aanbevelingen, verdeeld over drie pijlers:", 1),
        (L, "Pijler 1 - Goed werkgeverschap: de positie van de arbeidsmigrant wordt versterkt.", 1, {"marker": "•"}),
        (H, "2 Beleid sinds 2020", 2, {"level": 1}),
        (P, "Het kabinet nam de meeste aanbevelingen over. Sindsdien zijn de volgende maatregelen genomen:", 2),
        (L, "de invoering van een verplicht toelatingsstelsel voor uitzendbureaus;", 2, {"marker": "•"}),
        (H, "4 Uitgangspunten", 3, {"level": 1}),
        (P, "Bij het formuleren van zijn aanbevelingen heeft de Raad zich laten leiden door de volgende "
            "uitgangspunten:", 3),
        (L, "Arbeidsmigranten hebben dezelfde rechten als andere werknemers.", 3, {"marker": "a)"}),
        (H, "5 Aanbevelingen", 4, {"level": 1}),
        (L, "Beperk de periode met een uitzendbeding tot 26 weken.", 4, {"marker": "1a."}),
        (H, "5.5 Wat de Raad zelf doet", 4, {"level": 2}),
        (P, "Binnen zijn eigen taken neemt de Raad de volgende stappen:", 4),
        (L, "De Raad start in 2026 een monitor van de positie van arbeidsmigranten.", 4, {"marker": "•"}),
        (P, "De Raad vraagt de minister om uiterlijk zes maanden na het verschijnen van dit advies een "
            "kabinetsreactie aan de Tweede Kamer te sturen.", 4),
    ))
    assert [r.text[:12] for r in found] == ["Beperk de pe"]


def test_recommendations_announced_in_short_form_are_not_opened_as_the_list():
    found = segment_recommendations(make_document(
        (H, "Samenvatting", 1, {"level": 2}),
        (P, "De aanbevelingen zijn hieronder verkort weergegeven; de volledige tekst staat in de hoofdstukken.", 1),
        (H, "Tellen", 1, {"level": 5}),
        (L, "Centraal tellen op de dag na de stemming als wettelijke standaard.", 1, {"marker": "a."}),
    ))
    assert found == []


def test_a_recommendation_restated_as_whom_it_asks_before_the_verdict_line_is_one_passage_with_the_answer(nlp):
    passages = segment_response(make_document(
        (H, "Recommendation 2", 1, {"level": 4, "bold": True}),
        (P, "The Home Office should: Within six months, audit a sample of at least 200 initial age decisions.", 1),
        (H, "Accepted", 1, {"level": 4, "bold": True}),
        (P, "Response: The audit team began the audit in January 2026 and will report by July.", 1),
    ), nlp)
    assert len(passages) == 1 and passages[0].text.endswith("will report by July.")
