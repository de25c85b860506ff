"""`scripts/protocol-vectors` prints exactly the §11 blocks the document publishes."""

from __future__ import annotations

from . import section11
from .spec_blocks import INPUTS, NEGATIVE, SPEC, VECTORS, block, fenced


def test_render_is_the_documents_blocks() -> None:
    published = "\n\n".join(fenced(kind, block(kind)) for kind in (INPUTS, VECTORS, NEGATIVE))
    assert section11.render() == published


def test_the_blocks_are_in_section_11_in_this_order() -> None:
    text = SPEC.read_text()
    section = text.index("## 11. Test vectors")
    negatives = text.index("### 11.1 Negative vectors")
    positions = [text.index(f"```{kind}\n") for kind in (INPUTS, VECTORS, NEGATIVE)]
    assert section < positions[0] < positions[1] < negatives < positions[2]
    assert positions[2] < text.index("## 12.")
