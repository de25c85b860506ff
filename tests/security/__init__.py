"""Attacks on the reference door unit that an attack review found (docs/protocol.md §10)."""
