"""Simulated Bluetooth LE radio: door units and hubs on one in-process virtual link.

Every device gets its own Bumble ``Controller`` + ``Host`` + ``Device`` on a shared
``LocalLink`` subclass (the "air"), so connections, ATT MTU exchange, GATT discovery,
writes and notifications run through Bumble's real HCI, L2CAP and ATT code. Only the
air is simulated, and two parts of it are ours rather than Bumble's: the advertisement
channel and reachability (a peripheral out of range or powered off is cut off at the
link, and its live connections end with a supervision timeout on both sides).

Modules:

* ``virtual_radio``: ``VirtualRadio``, the air shared by all nodes, and the
  advertisement channel.
* ``peripheral``: ``RadioPeripheral`` (a door unit's GATT service, advertising, power
  and range) and ``PeripheralLink``.
* ``central``: ``RadioCentral`` (scanning and connecting within connection slots) and
  ``CentralLink``.
* ``advertising``: ``Advertisement`` and its legacy AD encoding.
* ``air``: Bumble's link and controller with reachability and fast connection setup.
* ``errors``: the radio's exceptions.

Everything public is importable from here.
"""

from .advertising import Advertisement
from .central import AdvertisementListener, CentralLink, RadioCentral
from .errors import NoFreeSlotError, NotConnectedError, RadioError
from .peripheral import (
    ATT_DEFAULT_MTU,
    DEFAULT_RSSI,
    PeripheralHandler,
    PeripheralLink,
    RadioPeripheral,
)
from .virtual_radio import ADVERTISING_INTERVAL, VirtualRadio

__all__ = [
    "ADVERTISING_INTERVAL",
    "ATT_DEFAULT_MTU",
    "DEFAULT_RSSI",
    "Advertisement",
    "AdvertisementListener",
    "CentralLink",
    "NoFreeSlotError",
    "NotConnectedError",
    "PeripheralHandler",
    "PeripheralLink",
    "RadioCentral",
    "RadioError",
    "RadioPeripheral",
    "VirtualRadio",
]
