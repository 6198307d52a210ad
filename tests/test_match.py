import numpy as np
import pytest

from pipeline.match import LinkModel, link_features, match, part_numbers, referenced_numbers, FEATURES
from pipeline.types import Passage, Recommendation, Sentence


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Met aanbeveling 3 stemt het kabinet in.", {"3"}),
        ("De aanbevelingen 2, 4 en 7 worden overgenomen.", {"2", "4", "7"}),
        ("Aanbevelingen 5 t/m 8 gaan over de Douane.", {"5", "6", "7", "8"}),
        ("Recommendation 98.13 is accepted.", {"98.13"}),
        ("Het kabinet heeft 3 aanbevelingen gelezen.", set()),
        ("Ad 5 en 6. Beide adviezen neemt het kabinet over.", {"5", "6"}),  # answering point by point
        ("Een landelijke pool, zoals de commissie in advies iii voorstelt, voegt weinig toe.", {"iii"}),
        ("Het kabinet neemt de adviezen VI en VII over.", {"VI", "VII"}),
        ("Dit advies in de brief en het advies vijf jaar later.", set()),  # words, not numerals
        ("Het kabinet werkt niet ad hoc: in 5 gevallen ...", set()),
        ("Op advies B3 ga ik gedeeltelijk in; de adviezen A2 en A3 neem ik over.", {"B3", "A2", "A3"}),
        ("Aanbeveling R-3 en aanbevelingen 4-6 neem ik over.", {"R-3", "4", "5", "6"}),  # a code keeps its hyphen
        ("Zie verbeterpunt 3; de verbeterpunten 5 en 6 en het tweede verbeterpunt.", {"3", "5", "6", "2"}),
        # a report that numbers its paragraphs: the number is the paragraph's, not a section of the letter
        ("The recommendation in paragraph 15 is accepted.", {"15"}),
        ("Voor mijn reactie verwijs ik naar paragraaf 2 van deze brief.", set()),
        # a range of sub-advices counts up its last number
        ("De adviezen 1.1 tot en met 1.3 neem ik over.", {"1.1", "1.2", "1.3"}),
        ("De aanbevelingen 2.1 tot en met 3.2 neem ik over.", {"2.1", "3.2"}),  # no count between 2.x and 3.x
    ],
)
def test_referenced_numbers(text, expected):
    assert referenced_numbers(text) == expected


def _recommendation(identifier, number, text, departments=()):
    return Recommendation(identifier, number, text, 1, "", departments=departments)


def _passage(identifier, text, departments=()):
    return Passage(identifier, 1, "", text, (Sentence(text, 1),), departments)


RECOMMENDATIONS = [
    _recommendation("R01", "1", "Registreer bij elke politiecontrole de reden van de controle.", ("JenV",)),
    _recommendation("R02", "2", "Schaf de risicoselectie op nationaliteit bij de Belastingdienst af.", ("FIN",)),
]
PASSAGES = [
    _passage("P001", "De Belastingdienst gebruikt nationaliteit niet langer in de risicoselectie.", ("FIN",)),
    _passage("P002", "Het kabinet bedankt Amnesty voor het rapport en de gesprekken."),
    _passage("P003", "De politie gaat de reden van iedere controle registreren.", ("JenV",)),
]


def test_features_are_standardised_per_recommendation(fake_encoder):
    features = link_features(RECOMMENDATIONS, PASSAGES, fake_encoder)
    assert features.shape == (2, 3, len(FEATURES))
    dense_z = features[:, :, FEATURES.index("dense_z")]
    assert np.allclose(dense_z.mean(axis=1), 0.0, atol=1e-6)
    assert features[0, 2, FEATURES.index("department")] == 1.0
    assert features[0, 0, FEATURES.index("department")] == 0.0


def test_best_passage_ranks_first_and_scores_are_probabilities(fake_encoder):
    links = match(RECOMMENDATIONS, PASSAGES, fake_encoder, top_k=2)
    best = {link.recommendation_id: link.passage_id for link in links if link.rank == 1}
    assert best == {"R01": "P003", "R02": "P001"}
    assert all(0.0 <= link.score <= 1.0 for link in links)
    assert len(links) == 4


def test_an_explicit_reference_outweighs_wording(fake_encoder):
    passages = PASSAGES + [_passage("P004", "Over aanbeveling 1 is het kabinet kort: dat gebeurt al.")]
    weights = {"dense_z": 0.5, "sentence_z": 0.5, "lexical_z": 0.5, "reference": 5.0}
    model = LinkModel(weights=tuple(weights.get(name, 0.0) for name in FEATURES), bias=-2.0, threshold=0.5)
    links = match(RECOMMENDATIONS, passages, fake_encoder, link_model=model, top_k=1)
    assert {l.recommendation_id: l.passage_id for l in links}["R01"] == "P004"


def test_a_bare_code_is_an_explicit_reference_in_a_report_that_codes_its_recommendations(fake_encoder):
    from dataclasses import replace

    coded = [replace(RECOMMENDATIONS[0], number="S1"), replace(RECOMMENDATIONS[1], number="S2")]
    passages = PASSAGES + [_passage("P004", "Het kabinet is kort (S1): dat gebeurt al.")]
    weights = {"dense_z": 0.5, "sentence_z": 0.5, "lexical_z": 0.5, "reference": 5.0}
    model = LinkModel(weights=tuple(weights.get(name, 0.0) for name in FEATURES), bias=-2.0, threshold=0.5)
    links = match(coded, passages, fake_encoder, link_model=model, top_k=1)
    assert {l.recommendation_id: l.passage_id for l in links}["R01"] == "P004"


def test_no_passages_gives_no_links(fake_encoder):
    assert match(RECOMMENDATIONS, [], fake_encoder) == []


def test_a_heading_that_names_one_recommendation_is_a_stronger_reference_than_a_mention(fake_encoder):
    titled = Passage("P004", 1, "Aanbeveling 1: reden registreren", "Wordt overgenomen.", (Sentence("Wordt overgenomen.", 1),))
    mention = _passage("P005", "Net als bij aanbeveling 1 geldt dit ook voor aanbeveling 2.")
    shared = Passage("P006", 1, "Aanbevelingen 1 en 2", "Beide worden overgenomen.", (Sentence("Beide.", 1),))
    features = link_features(RECOMMENDATIONS, PASSAGES + [titled, mention, shared], fake_encoder)
    reference = features[0, 3:, FEATURES.index("reference")]
    assert reference[0] > reference[1] == reference[2] == 1.0
    assert features[1, 3, FEATURES.index("reference")] == 0.0


def test_a_label_that_opens_the_paragraph_names_it_like_a_heading_unless_it_is_another_reports(fake_encoder):
    opened = _passage("P004", "Aanbeveling 1. Deze aanbeveling neem ik over.")
    others = _passage("P005", "Aanbeveling 1 van de Inspectie, om de intake te versnellen, neem ik over.")
    mention = _passage("P006", "Net als bij aanbeveling 1 geldt dit ook hier.")
    features = link_features(RECOMMENDATIONS, PASSAGES + [opened, others, mention], fake_encoder)
    reference = features[0, 3:, FEATURES.index("reference")]
    assert reference[0] > reference[1] == reference[2] == 1.0


@pytest.mark.parametrize("text, heading, expected", [
    ("De onderdelen a en b neem ik over.", "Advies 1: Een stabiele basis", {"1a", "1b"}),
    ("Onderdeel c acht ik niet haalbaar.", "Advies 3", {"3c"}),
    ("Part (b) is accepted; parts c and d are not.", "Recommendation 4", {"4b", "4c", "4d"}),
    ("De onderdelen a tot en met c neemt het kabinet over.", "Aanbeveling 2 – productbeleid", {"2a", "2b", "2c"}),
    ("Parts a to c are accepted.", "Recommendation 3", {"3a", "3b", "3c"}),
    ("Onderdeel b neem ik over.", "Inleiding", set()),  # whose part: the heading names no recommendation
    ("Dit is een onderdeel van het plan.", "Advies 2", set()),
])
def test_parts_are_numbered_by_the_recommendation_their_heading_names(text, heading, expected):
    assert part_numbers(text, heading) == expected


def test_a_named_part_references_its_recommendation(fake_encoder):
    parts = [Recommendation("R01", "1a", "Registreer de reden van iedere controle.", 1, ""),
             Recommendation("R02", "1b", "Publiceer de cijfers per eenheid.", 1, "")]
    answer = Passage("P004", 1, "Advies 1: Registratie", "Onderdeel b neem ik niet over.",
                     (Sentence("Onderdeel b neem ik niet over.", 1),))
    features = link_features(parts, PASSAGES + [answer], fake_encoder)
    assert features[:, 3, FEATURES.index("reference")].tolist() == [0.0, 1.0]


@pytest.mark.parametrize("heading, summarises", [
    ("Advies 3: Laat GGD'en belrondes opzetten", True),
    ("Een ggz-crisisdienst die in iedere regio dag en nacht bereikbaar is – 2026", True),
    ("8. De beslagvrije voet bij verrekening", False),  # a theme, not a restatement
    ("Ministerie van Volksgezondheid, Welzijn en Sport", False),
])
def test_a_heading_that_restates_what_is_answered_counts_in_matching(heading, summarises):
    from pipeline.match import _summarises

    assert _summarises(heading) is summarises


def test_an_unnumbered_report_takes_the_numbers_its_response_counts_it_by():
    from pipeline.run import _numbered_in_order

    recommendations = [_recommendation(f"R0{n}", "", f"Aanbeveling over onderwerp {n}.") for n in (1, 2, 3)]
    counted = _numbered_in_order(recommendations, [_passage("P001", "De aanbevelingen 1 tot en met 3 neem ik over.")])
    assert [r.number for r in counted] == ["1", "2", "3"]
    # a response that names numbers the report cannot have, or none at all, leaves the report as printed
    assert _numbered_in_order(recommendations, [_passage("P001", "Aanbeveling 7 neem ik over.")]) == recommendations
    assert _numbered_in_order(recommendations, [_passage("P001", "Ik neem alles over.")]) == recommendations
    numbered = [_recommendation("R01", "A", "Eerste."), _recommendation("R02", "", "Tweede.")]
    assert _numbered_in_order(numbered, [_passage("P001", "Aanbeveling 2 neem ik over.")]) == numbered


def test_recommendations_named_by_ordinal_words_are_referenced():
    from pipeline.match import referenced_numbers

    assert referenced_numbers("Het tweede en derde advies gaan over de planning.") == {"2", "3"}
    assert referenced_numbers("Wat betreft de vierde aanbeveling: die neem ik over.") == {"4"}
    assert referenced_numbers("Ten eerste wil ik de raad bedanken; in de eerste helft van 2026 volgt meer.") == set()


def test_a_report_that_codes_its_recommendations_is_cited_by_the_bare_code():
    from pipeline.match import named_numbers, recommendation_codes

    recommendations = [Recommendation(f"R0{i}", code, "Raise the minimum wage.", 7, "") for i, code in
                       enumerate(["S1", "S2", "P2"], start=1)]
    codes = recommendation_codes(recommendations)
    assert named_numbers("We accept S2. We do not support a separate tariff (P2).", "", codes) == {"S2", "P2"}
    # a report numbered 1, 2, 3 has no codes: a language level is no reference
    plain = recommendation_codes([Recommendation("R01", "1", "Raise the minimum wage.", 7, "")])
    assert named_numbers("Inburgeraars leren de taal op niveau B1 of S2.", "", plain) == set()
    assert named_numbers("The S2-route stays.", "", codes) == set()
