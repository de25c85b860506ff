"""The blocks of docs/protocol.md, and the stated inputs as the builder may use them.

The builder gets its inputs only through `Inputs`, which fails with `MissingInput` for a
name the block does not state and records what was read, so the tests can prove both that
every vector needs only stated inputs and that every stated input is needed.
"""

from __future__ import annotations

from pathlib import Path
import re

SPEC = Path(__file__).parents[3] / "docs" / "protocol.md"
_HEX = re.compile(r"(?:[0-9a-f]{2})*")


class MissingInput(KeyError):
    """The builder needed an input the ```vector-inputs``` block does not state."""


def block(text: str, kind: str) -> str:
    """The lines of the one ```<kind> fenced block of `text`, without the fences."""
    found = re.findall(rf"^```{re.escape(kind)}\n(.*?)^```$", text, re.M | re.S)
    if len(found) != 1:
        raise ValueError(f"the document has {len(found)} {kind} blocks, not one")
    lines: str = found[0]
    return lines.rstrip("\n")


def entries(text: str, kind: str) -> dict[str, str]:
    """The `name = value` lines of a block, in order."""
    result: dict[str, str] = {}
    for line in block(text, kind).splitlines():
        name, sep, value = line.partition(" = ")
        if not sep or name in result:
            raise ValueError(f"not one `name = value` line per name: {line!r}")
        result[name] = value
    return result


class Inputs:
    """The stated inputs: lower-case hex bytes, integers big-endian in their field's width."""

    def __init__(self, values: dict[str, str]) -> None:
        """Check the notation of §11 and keep the values as bytes."""
        for name, value in values.items():
            if not _HEX.fullmatch(value):
                raise ValueError(f"{name} is not lower-case hex bytes: {value!r}")
        self._values = {name: bytes.fromhex(value) for name, value in values.items()}
        self._read: set[str] = set()

    @classmethod
    def from_document(cls, text: str | None = None) -> Inputs:
        """The ```vector-inputs``` block of the document (or of `text`)."""
        return cls(entries(SPEC.read_text() if text is None else text, "vector-inputs"))

    def __getitem__(self, name: str) -> bytes:
        """The bytes of one input, as the field that carries it holds them."""
        if name not in self._values:
            raise MissingInput(name)
        self._read.add(name)
        return self._values[name]

    def sized(self, name: str, size: int) -> bytes:
        """An input that must fill a field of `size` bytes."""
        value = self[name]
        if len(value) != size:
            raise ValueError(f"{name} has {len(value)} bytes, its field {size}")
        return value

    def number(self, name: str) -> int:
        """An input as the unsigned big-endian integer it writes."""
        return int.from_bytes(self[name])

    def unread(self) -> list[str]:
        """Inputs stated but never used (a stale line, or a vector without its builder)."""
        return [name for name in self._values if name not in self._read]
