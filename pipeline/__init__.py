"""reactiematrix: which recommendations of a report did the government answer, and how."""

__version__ = "0.1.0"
