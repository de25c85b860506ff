"""GATT layout and advertisement constants of protocol v2 (see docs/protocol.md §2)."""

from typing import Final

SERVICE_UUID: Final = "6e4b0001-d16a-4c0e-9b1f-0d1617a1c0de"
RX_CHAR_UUID: Final = "6e4b0002-d16a-4c0e-9b1f-0d1617a1c0de"
"""Hub -> unit: write and write-without-response, one fragment per write."""
TX_CHAR_UUID: Final = "6e4b0003-d16a-4c0e-9b1f-0d1617a1c0de"
"""Unit -> hub: notify, one fragment per notification."""
INFO_CHAR_UUID: Final = "6e4b0004-d16a-4c0e-9b1f-0d1617a1c0de"
"""Read: plaintext unit information (protocol version, unit id, pairing state, limits)."""

MANUFACTURER_ID: Final = 0xFFFF
"""Company identifier of the advertisement payload (0xFFFF: not assigned to a company)."""
