"""GATT layout and advertisement constants of protocol v2 (see docs/protocol.md §2)."""

from collections.abc import Mapping, Sequence
from typing import Final

SERVICE_UUID: Final = "6e4b0001-d16a-4c0e-9b1f-0d1617a1c0de"
RX_CHAR_UUID: Final = "6e4b0002-d16a-4c0e-9b1f-0d1617a1c0de"
"""Hub -> unit: write and write-without-response, one fragment per write."""
TX_CHAR_UUID: Final = "6e4b0003-d16a-4c0e-9b1f-0d1617a1c0de"
"""Unit -> hub: notify, one fragment per notification."""
INFO_CHAR_UUID: Final = "6e4b0004-d16a-4c0e-9b1f-0d1617a1c0de"
"""Read: plaintext unit information (protocol version, unit id, pairing state, limits)."""

MANUFACTURER_ID: Final = 0xFFFF
"""Company identifier the reference unit advertises under: 0xFFFF, the Bluetooth SIG's id
reserved for tests and development, which other products use too (§2.2)."""

DEFAULT_MANUFACTURER_IDS: Final[tuple[int, ...]] = (MANUFACTURER_ID,)
"""Company identifiers a hub reads advertisement payloads under unless configured otherwise.

A building lists its own (the installer adds a manufacturer's SIG-assigned id, keeping
0xFFFF only while units advertising it are in use); every reader of manufacturer data takes
that list as an argument, so no module holds a list that changes at run time."""


def manufacturer_payloads(
    manufacturer_data: Mapping[int, bytes],
    company_ids: Sequence[int] = DEFAULT_MANUFACTURER_IDS,
) -> list[bytes]:
    """The payloads under each accepted company id, in the order of `company_ids`.

    A payload under an accepted id may still be someone else's (0xFFFF is shared): callers
    decode each and keep the first that is a Digital Key advertisement.
    """
    return [manufacturer_data[cid] for cid in company_ids if cid in manufacturer_data]
