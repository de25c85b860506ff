"""The reference implementation's inputs are the published ones, and as §11 says they are.

`vectors.py` and `negative_vectors.py` take every input from `vector_inputs`; the document's
```vector-inputs``` block must be exactly those constants, so the reference computation
and what a reader is given cannot differ.
"""

from __future__ import annotations

import re

import pytest

from . import vector_inputs as given
from .spec_blocks import INPUTS, SPEC, VECTORS, entries

PUBLISHED = entries(INPUTS)
TEXT = SPEC.read_text()


def test_published_inputs_are_the_reference_implementations() -> None:
    assert list(PUBLISHED.items()) == [(k, v.hex()) for k, v in given.inputs().items()]


def test_every_value_is_lower_case_hex_bytes() -> None:
    for name, value in PUBLISHED.items():
        assert re.fullmatch(r"(?:[0-9a-f]{2})+", value), name


def test_inputs_and_results_are_in_separate_blocks() -> None:
    assert all(name.startswith("inputs.") for name in PUBLISHED)
    assert not any(name.startswith("inputs.") for name in entries(VECTORS))


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("inputs.hub_static_private", "dkp2 vector hub static"),
        ("inputs.unit_static_private", "dkp2 vector unit static"),
        ("inputs.hub_ephemeral_private", "dkp2 vector hub ephemeral"),
        ("inputs.unit_ephemeral_private", "dkp2 vector unit ephemeral"),
        ("inputs.unit_secret", "dkp2 vector unit secret"),
    ],
)
def test_private_values_are_sha256_of_the_labels_the_text_names(name: str, label: str) -> None:
    assert f"`{label}`" in TEXT
    assert given.labelled_secret(label).hex() == PUBLISHED[name]


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("inputs.spake_hub_random", "dkp2 vector spake hub"),
        ("inputs.spake_unit_random", "dkp2 vector spake unit"),
    ],
)
def test_spake_randomness_is_shake256_of_the_labels_the_text_names(name: str, label: str) -> None:
    assert f"`{label}/1`" in TEXT
    assert given.labelled_stream(label, 1, 64).hex() == PUBLISHED[name]


def test_the_examples_of_the_notation_are_the_published_values() -> None:
    section = TEXT[TEXT.index("## 11. Test vectors") : TEXT.index("```vector-inputs")]
    examples = re.findall(r"`([a-z_0-9]+(?:\.[a-z_0-9]+)+) = ([0-9a-f]+)`", section)
    published = PUBLISHED | entries(VECTORS)
    assert len(examples) >= 5
    for name, value in examples:
        assert published[name] == value, name
