"""An in-memory GATT link between the hub-side client and a reference door unit.

Protocol tests use it to run thousands of exchanges quickly with a controllable clock; the
same client and unit code also run over the Bumble radio in tests/simulator.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
import itertools
from typing import Any

from custom_components.digitalkey.protocol.gatt import INFO_CHAR_UUID, RX_CHAR_UUID, TX_CHAR_UUID
from simulator.door_unit import DoorUnit

_ids = itertools.count(1)


class LoopbackLink:
    """The unit's view of one loopback connection."""

    def __init__(self, client: LoopbackClient, mtu: int) -> None:
        self.connection_id = next(_ids)
        self._client = client
        self._mtu = mtu

    @property
    def mtu(self) -> int:
        return self._mtu

    async def notify(self, data: bytes) -> None:
        if len(data) > self._mtu - 3:
            raise ValueError("notification larger than MTU - 3")
        if not self._client.is_connected:
            raise ConnectionError("not connected")
        self._client.deliver(bytes(data))

    async def disconnect(self) -> None:
        self._client.link_dropped()


class LoopbackClient:
    """Implements the part of bleak's client the protocol uses."""

    def __init__(
        self,
        unit: DoorUnit,
        *,
        mtu: int = 247,
        disconnected_callback: Callable[[LoopbackClient], None] | None = None,
    ) -> None:
        self.unit = unit
        self._mtu = mtu
        self._callback: Callable[[Any, bytearray], None] | None = None
        self._link: LoopbackLink | None = None
        self.disconnected_callback = disconnected_callback
        self.written: list[bytes] = []

    async def connect(self) -> None:
        self._link = LoopbackLink(self, self._mtu)
        self.unit.on_connect(self._link)

    async def disconnect(self) -> None:
        self.link_dropped()

    def link_dropped(self) -> None:
        link, self._link = self._link, None
        if link is None:
            return
        self.unit.on_disconnect(link)
        if self.disconnected_callback is not None:
            self.disconnected_callback(self)

    @property
    def mtu_size(self) -> int:
        return self._mtu

    @property
    def is_connected(self) -> bool:
        return self._link is not None

    async def read_gatt_char(self, char_specifier: str, **kwargs: Any) -> bytearray:
        assert char_specifier == INFO_CHAR_UUID
        if self._link is None:
            raise ConnectionError("not connected")
        return bytearray(self.unit.read_info())

    async def write_gatt_char(self, char_specifier: str, data: bytes, response: bool) -> None:
        assert char_specifier == RX_CHAR_UUID
        if self._link is None:
            raise ConnectionError("not connected")
        if len(data) > self._mtu - 3:
            raise ValueError("write larger than MTU - 3")
        self.written.append(bytes(data))
        self.unit.on_write(self._link, bytes(data), response)
        await asyncio.sleep(0)

    async def start_notify(
        self, char_specifier: str, callback: Callable[[Any, bytearray], None], **kwargs: Any
    ) -> None:
        assert char_specifier == TX_CHAR_UUID
        self._callback = callback

    async def stop_notify(self, char_specifier: str) -> None:
        self._callback = None

    def deliver(self, data: bytes) -> None:
        if self._callback is not None:
            self._callback(None, bytearray(data))
