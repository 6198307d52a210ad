"""Every recommendation of every gold pair is found once; the real UN report's 119 come out whole."""
import json

import pytest

from benchmarks.evaluate_pairs import gold_pairs
from benchmarks.segmentation import UN_NUMBERS, UN_REPORT, inventory
from pipeline.extract import extract
from pipeline.segment import segment_recommendations


@pytest.fixture(scope="module")
def inventories():
    return {name: inventory(report, json.loads(gold_path.read_text(encoding="utf-8")))
            for name, report, _, gold_path in gold_pairs()}


# Known shortfalls, kept visible rather than hidden: strict, so they fail the day they start to pass.
# loneliness_elderly_council (round-6 held-out pair): its items are imperatives whose explanation names the bodies
# that must act, and its writer counts the minister of VWS in as well; 7 of 15 match.
# asylum_reception_audit (round-8 held-out pair): its lead-ins name three bodies ("van de minister van Asiel en
# Migratie, het COA en de gemeenten dat zij:") and its writer gives each item only the one that can do it, judged by
# content; the tool gives the lead-in's bodies; 10 of 16 match.
# gas_damage_inquiry (round-10 held-out pair): its claims institute, reinforcement agency and "staatssecretaris
# Herstel" are fictional bodies its writer places under BZK; the table does not know them, so the report's one named
# ministry (KGG) is given; 5 of 15 match.
# energy_bills_ombudsman (round-13): first-person recommendations inside paragraphs; "de minister" without its
# ministry, and bodies the item names as those it concerns ("dat gemeenten ...") added as partners; 7 of 13 match.
# juvenile_detention_council (round-13): imperatives with no addressee in a report to the minister voor
# Rechtsbescherming that also names OCW often, so no ministry has two thirds of the mentions; 6 of 15 match.
# child_benefit_audit (round-14, measured at first sight only, not tuned): "Wij bevelen de minister van SZW en de
# staatssecretaris aan" leaves the bare "staatssecretaris" (Financiën) unresolved; 9 of 14 match.
# museum_restitution_committee (round-14, first sight only): a summary lead-in gives all items to OCW "tenzij anders
# vermeld", and the items that name museums, a committee or BZ in their text keep OCW; 9 of 15 match.
# childcare_bill_advice (round 20): advice that names whom the minister is to consult or inform ("bestuurlijk overleg
# te voeren met de VNG", "welke gegevens de LTK aan de Dienst Toeslagen verstrekt", "een verslag aan de
# Staten-Generaal") is read as addressed to them; its writer gives all three to SZW, the minister who asked.
# Round-22 held-out pairs, measured at first sight and not yet tuned: school_ventilation_inspectorate (a lead-in
# under "Wat moet er gebeuren?" names one body, and each bullet's own actor, "De minister voor Primair en Voortgezet
# Onderwijs ...", does not override it; letting it do so everywhere lowered the shipped example); and
# online_safety_committee_en ("We recommend that the State Secretary for Digitalisation ...", a title the table does
# not know in English).
# Round-29 held-out pairs, measured at first sight and not tuned for departments: youth_detention_decimal_numbers
# ("Aan de jeugdinrichtingen:" is JenV in the table, its writer codes the institutions OTHER, and a partner named
# with "samen met de staatssecretaris van Jeugd" is not added); two_reports_one_letter (imperative items whose
# explanation names the other body: "Bel de aanvrager ..." is the gemeenten's, read as SZW's); 10 and 9 of 12 match.
# Round-30 held-out pairs: greco_integrity_compliance_en (its writer codes "the authorities" by subject, BZK for the
# integrity of ministers, where the tool gives the cabinet; 5 of 14 match) and circular_economy_lettered_advice (the
# lead-in above each lettered list names two or three ministries, and its writer gives each item the one whose field
# it is, FIN for a tax; 5 of 15 match).
# Round 31: oecd_review_unnumbered_en addresses no one ("Target the learning budget ..."); its writer codes each item
# by subject, and the tool reads the policy fields it knows (learning budget SZW, mbo OCW, tax deduction FIN); 11 of
# 14 match.
# Round-33 pairs, measured at first sight and not tuned: climate_adaptation_advice_en ("the Minister of Housing", a
# title the table does not know in English, read as the cabinet; 7 of 12 match), education_council_numbered_paragraphs
# (a lead-in naming the minister, school boards and municipalities gives all three to items its writer gives to OCW;
# 9 of 12) and prison_healthcare_inspectorate_boxes (its writer codes the prisons' medical services OTHER, where the
# tool reads them as DJI's, JenV; 9 of 13).
# Rounds 34 and 36: legal_aid_commission_themes (the summary's lead-in "gericht aan de minister ..., de Raad voor
# Rechtsbijstand, de Nederlandse orde van advocaten en gemeenten" gives its minister and gemeenten to items whose own
# subject is the Raad or the orde; 10 of 14), child_agency_investigation_en (an Irish "Minister for Children" read as
# the cabinet, coded OTHER by its writer; 10 of 14), market_study_ad_answers (imperatives under the Huurcommissie's and
# the landlords' sections read as the minister's; 8 of 13) and social_council_pillars_summary (items whose writer adds
# or drops partners named in the text; 10 of 13).
# Round 37 (measured at first sight; only its English verdict-line layout was read afterwards):
# borders_inspection_home_office_en ("The Home Office should:" over every item, a government body of another country
# that the tool reads as the cabinet and its writer codes OTHER; 0 of 13) and provincial_audit_permits_college
# (Gedeputeerde Staten and Provinciale Staten, coded OTHER by its writer, read as the cabinet where an item names no
# one; 8 of 11).
DEPARTMENTS_SHORT = {"loneliness_elderly_council", "asylum_reception_audit", "gas_damage_inquiry",
                     "energy_bills_ombudsman", "juvenile_detention_council",
                     "child_benefit_audit", "museum_restitution_committee", "childcare_bill_advice",
                     "school_ventilation_inspectorate", "online_safety_committee_en",
                     "two_reports_one_letter", "youth_detention_decimal_numbers", "greco_integrity_compliance_en",
                     "circular_economy_lettered_advice", "oecd_review_unnumbered_en", "climate_adaptation_advice_en",
                     "education_council_numbered_paragraphs", "prison_healthcare_inspectorate_boxes",
                     "legal_aid_commission_themes", "child_agency_investigation_en", "market_study_ad_answers",
                     "social_council_pillars_summary", "borders_inspection_home_office_en",
                     "provincial_audit_permits_college"}


# school_safety_inspectorate (round-9 held-out pair): a finding says "Wij verwachten van besturen dat zij een afwijking
# van een advies zorgvuldig motiveren." Its writer counts that as a norm, not a recommendation; the tool reads an
# author's "verwacht van X dat" as one, as the writer of health_inspectorate_care does. 15 found, 14 in the gold.
# juvenile_detention_council (round-13): "De Raad vraagt de minister voor Rechtsbescherming om in overleg met de
# gemeenten vast te leggen wie ..." in the explanation under an advice is a request of its own to the tool; its writer
# counts only the labelled advices. 16 found, 15 in the gold.
# soil_subsidence_council (round 16): the summary's "Tot slot vraagt de raad het kabinet om een Bodemdalingsfonds in te
# stellen ..." restates advice 15 in too few of its words to be merged with it; 16 found, 15 in the gold.
# sports_subsidy_audit (round 16): the audit office's afterword asks something new ("Wij vragen de staatssecretaris
# daarom om in de jaarlijkse informatie aan de Kamer ..."), which its writer does not count; 15 found, 14 in the gold.
# Round-22 held-out pair, measured at first sight and not yet tuned: care_home_fire_board's summary bullets
# ("zelfsluitende deuren in bestaande zorggebouwen;") are too short to merge with their chapter texts (18 found, 14
# in the gold, one of them missed).
# local_democracy_qa_council (round 24): its writer does not count the framed "Kernadvies" ("De Raad roept het
# kabinet, de gemeenten en de politieke partijen op om de gemeenteraad weer in positie te brengen"), a general call
# that the tool reads as one more recommendation; 13 found, 12 in the gold.
# child_protection_improvement_plan (round 25): a finding tells the procedure ("Als vrijwillige hulp niet voldoende
# helpt, vraagt de melder de Raad voor de Kinderbescherming om een onderzoek"), which the tool reads as the
# inspectorate asking the Raad; 15 found, 14 in the gold.
# water_shortage_delta_committee (round 28): a research question under "De adviesvraag" is read as a recommendation;
# 16 found, 15 in the gold.
# circular_economy_lettered_advice (round 30): its two-column summary sums up each main recommendation in one
# sentence ("De Raad adviseert een heffing op primaire kunststof, een stapsgewijze verhoging van de
# afvalstoffenbelasting en het afbouwen van ..."), which shares too few words with any one lettered item to be merged
# with it; 17 found, 15 in the gold.
# policy_reaction_colliding_numbers (round 32): its summary sums up three recommendations in one sentence ("Op het
# terrein van werk en zekerheid vraagt de raad om betaalbare kinderopvang, om contracten met vaste uren ..."), read as
# one more; 15 found, 14 in the gold.
# education_council_numbered_paragraphs (round 33, first sight, not tuned): the summary's three bullets that name the
# main advices are read as three more; 15 found, 12 in the gold.
# audit_table_reaction_bold_quotes (round 36): the chapter text says in its own words what a listed recommendation asks
# ("Wij verwachten van Rijkswaterstaat dat het de vervolgaanbesteding ... plant"), read as one more; 14 found, 13 in
# the gold. youth_mental_health_planning_table (round 35): one more item from the explanation under a recommendation;
# 15 found, 14 in the gold.
# Round 37, first sight: provincial_audit_permits_college (the rows of a table of audit standards and findings, and
# the conclusions, read as recommendations; 24 found, 11 in the gold) and vaccination_advice_bold_inline (unlabelled
# one-sentence recommendations standing alone between paragraphs; 8 of 12 found, 2 extra).
INVENTORY_SHORT = {"school_safety_inspectorate", "juvenile_detention_council", "soil_subsidence_council",
                   "sports_subsidy_audit", "care_home_fire_board", "local_democracy_qa_council",
                   "child_protection_improvement_plan", "water_shortage_delta_committee",
                   "circular_economy_lettered_advice", "policy_reaction_colliding_numbers",
                   "education_council_numbered_paragraphs", "audit_table_reaction_bold_quotes",
                   "youth_mental_health_planning_table", "provincial_audit_permits_college",
                   "vaccination_advice_bold_inline"}


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known shortfall, see INVENTORY_SHORT"))
    if name in INVENTORY_SHORT else name for name, *_ in gold_pairs()])
def test_inventory_is_complete_and_exact(inventories, name):
    row = inventories[name]
    assert (row["recall"], row["precision"]) == (1.0, 1.0), name


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="known shortfall, see DEPARTMENTS_SHORT"))
    if name in DEPARTMENTS_SHORT else name for name, *_ in gold_pairs()])
def test_departments_per_pair(inventories, name):
    row = inventories[name]
    # a floor per pair catches a layout whose addressees are all missed (0.00 and 0.13 were seen); single misses
    # are mostly gold conventions for "het kabinet" and joint partners, which differ between the pairs' writers
    assert row["department_hits"] / row["matched"] >= 0.80, row["department_errors"]


@pytest.mark.xfail(strict=True, reason="0.896 over the 147 pairs (target 0.95); 0.950 without the twenty-four "
                                       "pairs in DEPARTMENTS_SHORT")
def test_department_accuracy_over_all_pairs_meets_the_target(inventories):
    hits = sum(row["department_hits"] for row in inventories.values())
    assert hits / sum(row["matched"] for row in inventories.values()) >= 0.95


def test_real_un_report_recommendations_are_found_whole():
    if not UN_REPORT.exists():
        pytest.skip(f"{UN_REPORT} is not here (it lies in ../shared beside the checkout)")
    found = {r.number: r for r in segment_recommendations(extract(UN_REPORT))}
    assert set(found) == UN_NUMBERS
    crossing = found["98.61"]  # starts on page 17, ends on page 18
    assert crossing.page == 17 and crossing.text.endswith("electoral campaigns (Uruguay);")
    assert all(r.departments == ("KABINET",) for r in found.values())
