"""All the material of docs/protocol.md §11 as the reference implementation computes it.

`scripts/protocol-vectors` prints `render()`; `test_section11.py` checks that it is, block
for block, what the document publishes.
"""

from __future__ import annotations

from . import negative_vectors, vector_inputs, vectors
from .spec_blocks import INPUTS, NEGATIVE, VECTORS, fenced


def blocks() -> dict[str, str]:
    """The lines of each §11 block by its kind, in the document's order."""
    return {
        INPUTS: vector_inputs.render(),
        VECTORS: vectors.render(),
        NEGATIVE: negative_vectors.render(),
    }


def render() -> str:
    """The three blocks, fenced, as they appear in the document."""
    return "\n\n".join(fenced(kind, lines) for kind, lines in blocks().items())
