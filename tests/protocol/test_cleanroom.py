"""Someone with only docs/protocol.md rebuilds every §11 vector: the clean-room builder.

The builder (`cleanroom/`) reads the ```vector-inputs``` block and nothing else of ours.
Every published vector must come out of it byte for byte; every stated input must be
needed (delete any one line and the builder fails); and it must not import the protocol
package or the simulator.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from .cleanroom.build import build
from .cleanroom.document import SPEC, Inputs, MissingInput, block, entries

TEXT = SPEC.read_text()
PUBLISHED = entries(TEXT, "vectors")
INPUT_BLOCK = block(TEXT, "vector-inputs")
INPUT_LINES = INPUT_BLOCK.splitlines()


@pytest.fixture(scope="module")
def built() -> dict[str, str]:
    return {name: value.hex() for name, value in build(Inputs.from_document(TEXT)).items()}


def test_no_published_vector_lacks_a_builder(built: dict[str, str]) -> None:
    assert [name for name in PUBLISHED if name not in built] == []


def test_the_builder_makes_only_published_vectors(built: dict[str, str]) -> None:
    assert [name for name in built if name not in PUBLISHED] == []


@pytest.mark.parametrize("name", list(PUBLISHED))
def test_published_vector_is_rebuilt_from_the_inputs_alone(
    name: str, built: dict[str, str]
) -> None:
    assert built[name] == PUBLISHED[name]


def test_every_stated_input_is_used() -> None:
    inputs = Inputs.from_document(TEXT)
    build(inputs)
    assert inputs.unread() == []


@pytest.mark.parametrize("line", INPUT_LINES, ids=[line.split(" = ")[0] for line in INPUT_LINES])
def test_without_any_one_input_the_builder_fails(line: str) -> None:
    shortened = "\n".join(other for other in INPUT_LINES if other != line)
    text = TEXT.replace(INPUT_BLOCK, shortened, 1)
    with pytest.raises(MissingInput, match=line.split(" = ", maxsplit=1)[0]):
        build(Inputs.from_document(text))


def test_inputs_must_be_lower_case_hex() -> None:
    upper = TEXT.replace(INPUT_LINES[0], INPUT_LINES[0].upper().replace("INPUTS.", "inputs."))
    with pytest.raises(ValueError, match="lower-case hex"):
        Inputs.from_document(upper)


def test_the_builder_imports_neither_the_protocol_package_nor_the_simulator() -> None:
    script = (
        "import sys\n"
        "import tests.protocol.cleanroom.build\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'custom_components', 'simulator',"
        " 'noise', 'spake2'}))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=SPEC.parents[1],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == "[]"
