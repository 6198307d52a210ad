"""Generate realistic test document pairs (report PDF, response PDF, gold JSON) from plain specs."""
