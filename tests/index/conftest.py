"""Fixtures of the index tests: a small English article in BM25-only mode (no
model), so that its figures are the same on every machine."""
import pytest

from index.article import parse_article
from index.qa import QA

MILLBROOK = """Millbrook council backs new library

The Millbrook Town Council voted 5 to 2 on Tuesday to build a new library.

Millbrook has a population of 18,500 people.

Mayor Linda Carter said the library would open in March 2027.
"""


@pytest.fixture(scope="module")
def millbrook():
    """QA of MILLBROOK without e5: a title, then sentences 2-4."""
    return QA(parse_article(MILLBROOK.encode(), "millbrook.txt"), None)
