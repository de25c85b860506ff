"""A simulated building for integration tests: HA's real Bluetooth stack, proxies, units."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
import time
from typing import Any

import bleak_retry_connector
from homeassistant.components import bluetooth
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.const import (
    CONF_BUILDING_ID,
    CONF_HUB_KEY,
    DOMAIN,
    SUBENTRY_DOOR,
)
from custom_components.digitalkey.door_link import DoorLink
from custom_components.digitalkey.pairing import async_pair_unit, parse_advert, subentry_data
from custom_components.digitalkey.protocol.advertisement import (
    UnpairedAdvert,
    format_unit_id,
    resolve,
)
from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID
from custom_components.digitalkey.protocol.keys import StaticKey, advert_key
from simulator.door_unit import DoorUnit, UnitConfig
from simulator.ha_proxy import SimulatedProxy
from simulator.radio import Advertisement, RadioPeripheral, VirtualRadio

SETUP_CODE = "31415926"


@pytest.fixture(autouse=True)
def auto_enable_custom_integrations(enable_custom_integrations: None) -> None:
    """Let HA load this repository's integration."""


@pytest.fixture(autouse=True)
def fast_slot_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """bleak-retry-connector waits 4 s before retrying when every proxy slot is busy."""
    monkeypatch.setattr(bleak_retry_connector, "BLEAK_OUT_OF_SLOTS_BACKOFF_TIME", 0.05)


async def until(hass: HomeAssistant, condition: Callable[[], bool], timeout: float = 3.0) -> None:
    """Let HA run until `condition` holds (fails the test after `timeout` seconds)."""
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)
            await hass.async_block_till_done()


class FakeClock:
    """A monotonic clock tests move by hand (`building.runtime_data.clock = FakeClock()`)."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


@dataclass
class SimUnit:
    """A reference unit on the air."""

    name: str
    address: str
    unit: DoorUnit
    peripheral: RadioPeripheral


@dataclass
class Site:
    """The simulated building: air, proxies and units."""

    hass: HomeAssistant
    radio: VirtualRadio
    proxies: list[SimulatedProxy] = field(default_factory=list)
    units: dict[str, SimUnit] = field(default_factory=dict)

    async def add_proxy(self, slots: int = 3) -> SimulatedProxy:
        source = f"AA:BB:CC:00:00:{len(self.proxies) + 1:02X}"
        proxy = SimulatedProxy(self.hass, self.radio, source, connection_slots=slots)
        await proxy.async_start()
        self.proxies.append(proxy)
        return proxy

    async def add_unit(self, name: str, *, pairing: bool = False, **config: Any) -> SimUnit:
        index = len(self.units) + 1
        address = f"D0:0E:C4:00:03:{index:02X}"
        unit = DoorUnit(
            UnitConfig(
                unit_id=bytes.fromhex(f"D1C0FFEE30{index:02X}"), setup_code=SETUP_CODE, **config
            )
        )
        peripheral = await self.radio.add_peripheral(address, unit)
        unit.attach(peripheral)
        await peripheral.start_advertising()
        if pairing:
            unit.press_pairing_button()
        sim = SimUnit(name, address, unit, peripheral)
        self.units[name] = sim
        await self.wait_for_advert(sim)
        return sim

    async def wait_for_advert(
        self,
        sim: SimUnit,
        predicate: Callable[[bluetooth.BluetoothServiceInfoBleak], bool] | None = None,
        timeout: float = 3.0,
    ) -> bluetooth.BluetoothServiceInfoBleak:
        """Wait until HA's manager holds an advertisement of `sim` matching `predicate`."""
        wanted = predicate or (lambda _info: True)
        ids = company_ids(sim)
        async with asyncio.timeout(timeout):
            while True:
                info = bluetooth.async_last_service_info(self.hass, sim.address, connectable=True)
                if info is not None and parse_advert(info, ids) is not None and wanted(info):
                    return info
                await asyncio.sleep(0.02)

    async def wait_for_counter(self, sim: SimUnit, timeout: float = 3.0) -> None:
        """Wait until HA heard the unit's current change counter."""

        def current(info: bluetooth.BluetoothServiceInfoBleak) -> bool:
            advert = parse_advert(info, company_ids(sim))
            if isinstance(advert, UnpairedAdvert):
                return advert.change_counter == sim.unit.change_counter
            if advert is None:
                return False
            counter = resolve(advert, advert_key(sim.unit.flash.unit_secret))
            return counter == sim.unit.change_counter

        await self.wait_for_advert(sim, current, timeout)

    async def stop(self) -> None:
        """Unload what the test left loaded (door reads in flight first), then the air."""
        await self.hass.async_block_till_done(wait_background_tasks=True)
        for entry in self.hass.config_entries.async_entries(DOMAIN):
            if entry.state is ConfigEntryState.LOADED:
                await self.hass.config_entries.async_unload(entry.entry_id)
        await self.hass.async_block_till_done()
        for sim in self.units.values():
            sim.unit.detach()
        for proxy in self.proxies:
            await proxy.async_stop()


def company_ids(sim: SimUnit) -> tuple[int, ...]:
    """The company id `sim` advertises under, as the list a reader takes."""
    return (sim.unit.config.company_id,)


def door_link(entry: MockConfigEntry, name: str) -> DoorLink:
    """The loaded building's link to the door called `name`."""
    return next(d for d in entry.runtime_data.doors.values() if d.identity.name == name)


def hear_advert(site: Site, sim: SimUnit, payload: bytes, *, rssi: int) -> None:
    """Have the first proxy hear `payload` as manufacturer data from `sim`'s address.

    The name and services are the unit's own, so only the payload (forged, replayed or
    built with the real advert key) tells this advertisement from the unit's.
    """
    real = sim.unit.advertisement()
    site.proxies[0]._async_on_advertisement(
        sim.address,
        rssi,
        Advertisement(
            local_name=real.local_name,
            service_uuids=real.service_uuids,
            manufacturer_data={MANUFACTURER_ID: payload},
        ),
    )


class RefreshCounter:
    """Counts the reads (`async_refresh`) a door link starts; each read still runs.

    Tests of rate limits and back-off assert on how often the hub went to the unit, which
    the unit's state alone does not show.
    """

    def __init__(self, door: DoorLink) -> None:
        self.count = 0
        real = door.async_refresh

        async def counting() -> None:
            self.count += 1
            await real()

        door.async_refresh = counting  # type: ignore[method-assign]


@pytest.fixture
async def site(
    hass: HomeAssistant, enable_bluetooth: None, radio: VirtualRadio
) -> AsyncIterator[Site]:
    """Bluetooth set up with one 3-slot proxy and no units yet."""
    radio.advertising_interval = 0.2
    assert await async_setup_component(hass, "bluetooth", {})
    building = Site(hass, radio)
    await building.add_proxy()
    yield building
    await building.stop()


async def pair_into_entry(
    site: Site, names: list[str], *, title: str = "Solbakken borettslag"
) -> MockConfigEntry:
    """Pair units the way the flow does and build a building entry holding them."""
    hub_key = StaticKey.generate()
    subentries = []
    for name in names:
        sim = site.units[name]
        sim.unit.press_pairing_button()
        result = await async_pair_unit(site.hass, sim.address, SETUP_CODE, hub_key, title)
        subentries.append(
            {
                "data": subentry_data(sim.address, result, f"{name} entrance"),
                "subentry_type": SUBENTRY_DOOR,
                "title": name.capitalize(),
                "unique_id": format_unit_id(result.unit_id),
            }
        )
    entry = MockConfigEntry(
        domain=DOMAIN,
        title=title,
        unique_id="building-1",
        data={CONF_BUILDING_ID: "building-1", CONF_HUB_KEY: hub_key.private.hex()},
        subentries_data=subentries,
    )
    entry.add_to_hass(site.hass)
    return entry


@pytest.fixture
async def loaded(site: Site) -> AsyncIterator[MockConfigEntry]:
    """A building with three doors (entrance, garage, laundry), set up and read once."""
    for name in ("entrance", "garage", "laundry"):
        await site.add_unit(name)
    entry = await pair_into_entry(site, ["entrance", "garage", "laundry"])
    assert await site.hass.config_entries.async_setup(entry.entry_id)
    await site.hass.async_block_till_done()
    for door in entry.runtime_data.doors.values():
        await door.async_refresh()
    yield entry
    await site.hass.config_entries.async_unload(entry.entry_id)
    await site.hass.async_block_till_done()
