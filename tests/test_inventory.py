"""Every recommendation of every gold pair is found once; the real UN report's 119 come out whole."""
import json

import pytest

from benchmarks.evaluate_pairs import gold_pairs
from benchmarks.segmentation import UN_NUMBERS, UN_REPORT, inventory
from pipeline.extract import extract
from pipeline.segment import segment_recommendations


@pytest.mark.parametrize("name, report, gold_path", [(n, r, g) for n, r, _, g in gold_pairs()], ids=lambda v: str(v)[-30:])
def test_inventory_is_complete_and_exact(name, report, gold_path):
    row = inventory(report, json.loads(gold_path.read_text(encoding="utf-8")))
    assert (row["recall"], row["precision"]) == (1.0, 1.0), name
    assert row["department_hits"] / row["matched"] >= 0.85, row["department_errors"]


def test_real_un_report_recommendations_are_found_whole():
    if not UN_REPORT.exists():
        pytest.skip(f"{UN_REPORT} is not here (it lies in ../shared beside the checkout)")
    found = {r.number: r for r in segment_recommendations(extract(UN_REPORT))}
    assert set(found) == UN_NUMBERS
    crossing = found["98.61"]  # starts on page 17, ends on page 18
    assert crossing.page == 17 and crossing.text.endswith("electoral campaigns (Uruguay);")
    assert all(r.departments == ("KABINET",) for r in found.values())
