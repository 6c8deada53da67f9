"""The console report's own word wrapping: no line wider than asked, no word lost or reordered."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from fourlayer.reporting.wrap import wrap_cells


@pytest.mark.parametrize(
    ("text", "width", "first", "expected"),
    [
        ("", 10, None, [""]),
        ("một hai ba", 20, None, ["một hai ba"]),
        ("một hai ba bốn năm", 8, None, ["một hai", "ba bốn", "năm"]),
        ("một hai ba", 7, 3, ["một", "hai ba"]),
        ("abcdefghij", 4, None, ["abcd", "efgh", "ij"]),
        ("Cần làm: ký hợp đồng", 9, None, ["Cần làm:", "ký hợp", "đồng"]),
        ("全角全角", 4, None, ["全角", "全角"]),  # wide characters count two cells
        ("a  b", 10, None, ["a  b"]),  # spaces inside a line are kept
    ],
)
def test_wrap_table(text, width, first, expected):
    assert wrap_cells(text, width, first) == expected


words = st.text(alphabet=st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ全"), min_size=1, max_size=30)


@given(
    st.lists(words, min_size=1, max_size=40),
    st.integers(min_value=1, max_value=60),
    st.one_of(st.none(), st.integers(min_value=1, max_value=60)),
)
def test_lines_fit_and_words_survive_in_order(parts, width, first):
    text = " ".join(parts)
    lines = wrap_cells(text, width, first)
    for index, line in enumerate(lines):
        limit = (first if first is not None else width) if index == 0 else width
        # a single wide character may exceed a one-cell line: nothing smaller can be printed
        assert cell_len(line) <= max(limit, 2)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
