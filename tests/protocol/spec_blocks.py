"""The fenced blocks of docs/protocol.md that tests read: §11's inputs and vectors.

A block is written ```<kind> … ``` with one `name = value` line per entry; each kind
occurs once in the document.
"""

from __future__ import annotations

from pathlib import Path
import re

SPEC = Path(__file__).parents[2] / "docs" / "protocol.md"
INPUTS = "vector-inputs"
VECTORS = "vectors"
NEGATIVE = "negative-vectors"


def block(kind: str) -> str:
    """The lines of the one ```<kind> block, without its fences."""
    found = re.findall(rf"^```{re.escape(kind)}\n(.*?)^```$", SPEC.read_text(), re.M | re.S)
    assert len(found) == 1, f"docs/protocol.md has {len(found)} {kind} blocks, not one"
    text: str = found[0]
    return text.rstrip("\n")


def entries(kind: str) -> dict[str, str]:
    """The `name = value` lines of a block, in order (a name may occur only once)."""
    pairs = [line.split(" = ", 1) for line in block(kind).splitlines()]
    result = dict(pairs)
    assert len(result) == len(pairs), f"a name occurs twice in the {kind} block"
    return result


def fenced(kind: str, lines: str) -> str:
    """`lines` as a ```<kind> block, the way the document writes it."""
    return f"```{kind}\n{lines}\n```"
