"""The registry of document pairs: name -> where its report, response and gold are written.

The example pair goes to ``data/raw/`` under the names the pipeline uses by default; every other pair becomes a test
fixture under ``tests/data/pairs/<name>/``.  Pair modules are imported only when they exist, so the registry works
while they are still being written.
"""
from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from docgen.model import Pair

PROJECT_DIR = Path(__file__).resolve().parents[2]
RAW_DIR = PROJECT_DIR / "data" / "raw"
TEST_PAIRS_DIR = PROJECT_DIR / "tests" / "data" / "pairs"
FIXTURE_MODULES = ("ombudsman_debt", "youth_care", "school_segregation", "climate_subsidies", "court_of_audit_water",
                   "health_inspectorate_care", "rob_table_response", "justice_inspectorate_prisons",
                   "safety_board_level_crossings", "advisory_council_starter_housing", "childrens_ombudsman_asylum",
                   "gambling_addiction_audit", "consumer_credit_advice",
                   "education_inspectorate_reading", "energy_poverty_advice", "police_complaints_ombudsman",
                   "defence_recruitment_audit", "nitrogen_nature_council", "digital_access_ombudsman",
                   "care_homes_inspectorate", "flood_risk_delta_advice", "youth_unemployment_council",
                   "transport_accessibility_ombudsman", "cybersecurity_audit", "heritage_culture_council",
                   "loneliness_elderly_council", "labour_migrants_inspectorate", "grid_congestion_commission",
                   "algorithms_privacy_authority", "teacher_shortage_council", "heat_health_advice",
                   "mental_health_waiting_lists", "asylum_reception_audit", "manure_water_quality",
                   "local_democracy_council", "school_safety_inspectorate", "heat_networks_commission",
                   "gas_damage_inquiry", "benefits_recovery_ombudsman", "domestic_violence_inspectorate",
                   "pension_transition_supervisor", "election_council_evaluation", "food_safety_board",
                   "it_procurement_audit", "vocational_education_council", "aviation_noise_council",
                   "water_regulation_committee_en",
                   "energy_bills_ombudsman", "juvenile_detention_council", "emergency_care_inspectorate",
                   "prison_inspectorate_en", "broadband_rural_council", "child_benefit_audit", "museum_restitution_committee",
                   "human_trafficking_rapporteur", "animal_welfare_council", "fines_collection_ombudsman",
                   "development_aid_advice_en", "soil_subsidence_council", "city_audit_youth_care",
                   "chemical_safety_board_en", "sports_subsidy_audit", "veterans_ombudsman",
                   "public_broadcasting_council", "school_funding_review_en", "regional_airport_audit",
                   "child_poverty_ombudsman", "it_project_review_board", "court_of_audit_housing_en",
                   "ebike_safety_inspectorate", "dementia_care_council", "provincial_transit_audit",
                   "drinking_water_advice_en", "court_backlog_commission",
                   "childcare_bill_advice", "pfas_inquiry_committee", "education_review_en", "water_board_audit",
                   "human_rights_institute", "demography_state_commission", "municipal_ombudsman_blanket",
                   "expert_group_inline_en", "online_safety_committee_en", "law_evaluation_committee",
                   "care_home_fire_board", "school_ventilation_inspectorate",
                   "livestock_transport_audit_en", "asylum_reception_council", "pension_transition_audit",
                   "flood_safety_delta_advice", "social_housing_ombudsman_en", "prison_staffing_inspectorate",
                   "local_democracy_qa_council", "energy_poverty_commission", "rail_disruption_inquiry_en",
                   "tax_debt_ombudsman_cases", "ai_government_wrr_advice", "child_protection_improvement_plan",
                   "pandemic_preparedness_evaluation", "drug_crime_committee_en", "civic_integration_inspectorate",
                   "offshore_wind_spatial_council", "audit_office_reported_reaction", "two_reports_one_letter",
                   "caribbean_services_review_en", "student_wellbeing_ministries", "road_safety_board_en",
                   "dementia_home_care_inspectorate", "water_shortage_delta_committee", "public_procurement_audit_court",
                   "housing_regulator_progress_en", "youth_detention_decimal_numbers", "collective_letter_ombudsman",
                   "children_rights_two_letters", "greco_integrity_compliance_en",
                   "municipal_audit_council_proposal", "health_council_advice_headings",
                   "circular_economy_lettered_advice", "oecd_review_unnumbered_en", "safety_board_annex_reactions",
                   "inspectorate_verbeterpunten_inline", "enquiry_status_table", "policy_reaction_colliding_numbers",
                   "treasury_minute_style_en", "audit_report_with_embedded_reaction",
                   "rapporteur_blocks_restarting_numbers", "care_ombudsman_qa_letter", "climate_adaptation_advice_en",
                   "education_council_numbered_paragraphs", "prison_healthcare_inspectorate_boxes",
                   "legal_aid_commission_themes", "pesticides_two_ministers_lettered", "benefits_agency_board_reply",
                   "island_ferries_committee_en", "youth_mental_health_planning_table", "hospital_inspection_board_plan",
                   "aged_care_senate_committee_en", "regional_governance_advice_overview", "market_study_ad_answers",
                   "audit_table_reaction_bold_quotes", "child_agency_investigation_en", "social_council_pillars_summary",
                   "closed_youth_care_ombudsman_groups", "borders_inspection_home_office_en",
                   "provincial_audit_permits_college", "vaccination_advice_bold_inline")


@dataclass(frozen=True)
class PairTarget:
    """A pair and the files it is written to."""

    pair: Pair
    folder: Path
    report_file: str = "report.pdf"
    response_file: str = "response.pdf"
    gold_file: str = "gold.json"


def registered_pairs() -> dict[str, PairTarget]:
    """Every pair whose module exists, by pair name, example first."""
    from docgen.pairs.amnesty_example import PAIR as EXAMPLE

    targets = {EXAMPLE.name: PairTarget(EXAMPLE, RAW_DIR, "voorbeeld-rapport-etnisch-profileren.pdf",
                                        "voorbeeld-kabinetsreactie-etnisch-profileren.pdf", "voorbeeld-gold.json")}
    for module_name in FIXTURE_MODULES:
        if importlib.util.find_spec(f"docgen.pairs.{module_name}") is None:
            continue
        pair = importlib.import_module(f"docgen.pairs.{module_name}").PAIR
        targets[pair.name] = PairTarget(pair, TEST_PAIRS_DIR / pair.name)
    return targets
