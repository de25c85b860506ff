"""The Bluetooth company identifiers of a building, as an installer writes them.

Units advertise their payload as manufacturer data under a company identifier: the
reference unit under 0xFFFF, the Bluetooth SIG's id for tests, a unit sold as a product
under its manufacturer's own SIG-assigned id (docs/protocol.md §2.2). The installer lists
the ids in the building's options as hex text ("0xFFFF, 0x0A1B" or "FFFF 0a1b"); this module
turns that text into ids and back, and reads the stored option. It does not import Home
Assistant, so its rules are tested on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
import re
from typing import Any, Final

from .const import OPT_COMPANY_IDS
from .protocol.gatt import DEFAULT_MANUFACTURER_IDS

COMPANY_ID_MAX: Final = 0xFFFF
"""Company identifiers are 16 bits."""
_SEPARATORS: Final = re.compile(r"[\s,;]+")
_HEX: Final = re.compile(r"(?:0x)?([0-9a-f]+)", re.IGNORECASE)

ERROR_NOT_HEX: Final = "company_id_not_hex"
ERROR_OUT_OF_RANGE: Final = "company_id_out_of_range"
ERROR_EMPTY: Final = "company_ids_empty"


@dataclass(slots=True)
class CompanyIdsInvalid(ValueError):
    """The text is no list of company ids; `error` is a translation key of the form errors.

    `value` is the word that was refused (empty when the list was): the form quotes it, so
    the installer sees which one to correct in a list of several.
    """

    error: str
    value: str = ""


def parse_company_ids(text: str) -> tuple[int, ...]:
    """The ids in `text`, in the order written, each once.

    Ids are hex with or without "0x", separated by commas, semicolons or spaces. Writing an
    id twice is no mistake worth an error, so the repeat is dropped.
    """
    ids: dict[int, None] = {}
    for word in _SEPARATORS.split(text.strip()):
        if not word:
            continue  # nothing at all was written
        match = _HEX.fullmatch(word)
        if match is None:
            raise CompanyIdsInvalid(ERROR_NOT_HEX, word)
        value = int(match.group(1), 16)
        if value > COMPANY_ID_MAX:
            raise CompanyIdsInvalid(ERROR_OUT_OF_RANGE, word)
        ids[value] = None
    if not ids:
        raise CompanyIdsInvalid(ERROR_EMPTY)
    return tuple(ids)


def format_company_ids(ids: Iterable[int]) -> str:
    """The ids as the form shows them: "0xFFFF, 0x0A1B" (`parse_company_ids` reads it back)."""
    return ", ".join(f"0x{cid:04X}" for cid in ids)


def configured_company_ids(options: Mapping[str, Any]) -> tuple[int, ...]:
    """The ids a building's options list, or the protocol's default when they list none."""
    stored = options.get(OPT_COMPANY_IDS)
    return tuple(int(cid) for cid in stored) if stored else DEFAULT_MANUFACTURER_IDS
