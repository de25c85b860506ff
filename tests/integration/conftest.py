"""A simulated building for integration tests: HA's real Bluetooth stack, proxies, units."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
import time
from typing import Any

import bleak_retry_connector
from homeassistant.auth.const import GROUP_ID_USER
from homeassistant.auth.models import User
from homeassistant.components import bluetooth
from homeassistant.config_entries import ConfigEntryState
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.access.contact import Language
from custom_components.digitalkey.access.model import Role
from custom_components.digitalkey.access.plan import Change
from custom_components.digitalkey.access.registry import Registry
from custom_components.digitalkey.const import (
    CONF_BUILDING_ID,
    CONF_HUB_KEY,
    DOMAIN,
    OPT_ALLOW_UNATTRIBUTED,
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
from custom_components.digitalkey.registry_store import AccessRuntime
from simulator.door_unit import DoorUnit, UnitConfig
from simulator.ha_proxy import SimulatedProxy
from simulator.radio import Advertisement, RadioPeripheral, VirtualRadio

from .resident_sockets import admin, kari, ola  # noqa: F401 - fixtures

SETUP_CODE = "31415926"

DOOR_MECHANICS_OPTIONS: dict[str, Any] = {OPT_ALLOW_UNATTRIBUTED: True}
"""Options of the buildings that test how doors work, not who may open them.

Their lock calls carry no user, which a building refuses by default (nothing says who is
at the door); these buildings allow such calls, so their tests reach the unit. Who may
open is tested on buildings with the default options (the `residents` fixture).
"""


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
        # A whole second, so whole steps add exactly: a test stepping 6 × 600 s onto a
        # 3,600 s threshold must land on it, not 1e-12 s short of it.
        self.now = float(int(time.monotonic()))

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
    site: Site,
    names: list[str],
    *,
    title: str = "Solbakken borettslag",
    options: dict[str, Any] | None = None,
    building_id: str = "building-1",
) -> MockConfigEntry:
    """Pair units the way the flow does and build a building entry holding them.

    `options` default to `DOOR_MECHANICS_OPTIONS`.
    """
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
        unique_id=building_id,
        data={CONF_BUILDING_ID: building_id, CONF_HUB_KEY: hub_key.private.hex()},
        options=dict(DOOR_MECHANICS_OPTIONS if options is None else options),
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


# A building that decides who may open ------------------------------------------------------


@dataclass
class Residents:
    """A building with the default options (unexplained calls refused) and its people.

    Kari (an owner, linked to a non-admin HA user) holds the key bundle "Entrance +
    laundry" and may share it; Ola (linked to another non-admin user) holds no key yet;
    `guest` is a non-admin user with no person. Doors are `entrance`, `garage`,
    `laundry`; `door_ids` maps those names to their subentry (door) ids.
    """

    hass: HomeAssistant
    entry: MockConfigEntry
    admin: User
    kari: User
    kari_id: str
    ola: User
    ola_id: str
    guest: User
    bundle_id: str
    bundle_grant_id: str
    door_ids: dict[str, str]

    @property
    def access(self) -> AccessRuntime:
        return self.entry.runtime_data.access

    def now(self) -> datetime:
        """The time the gate decides at (the building's wall clock)."""
        return datetime.fromtimestamp(self.entry.runtime_data.wall_clock(), UTC)

    async def apply(self, operation: Callable[[Registry], Change]) -> Change:
        """Change the registry as the actions do: through the registry store."""
        return await self.access.async_apply(operation)

    async def call(
        self,
        service: str,
        door: str,
        user: User | None = None,
        *,
        context: Context | None = None,
    ) -> None:
        """`lock.<service>` on a door's lock, as `user` (None: with no user at all)."""
        if context is None:
            context = Context(user_id=None if user is None else user.id)
        await self.hass.services.async_call(
            "lock", service, {ATTR_ENTITY_ID: f"lock.{door}"}, blocking=True, context=context
        )


@pytest.fixture
async def residents(site: Site, hass_admin_user: User) -> AsyncIterator[Residents]:
    """Three doors on the default options, with people, a bundle and a grant."""
    hass = site.hass
    for name in ("entrance", "garage", "laundry"):
        await site.add_unit(name)
    entry = await pair_into_entry(site, ["entrance", "garage", "laundry"], options={})
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    for door in entry.runtime_data.doors.values():
        await door.async_refresh()
    door_ids = {
        link.identity.name.lower(): subentry_id
        for subentry_id, link in entry.runtime_data.doors.items()
    }
    kari_user = await hass.auth.async_create_user("Kari", group_ids=[GROUP_ID_USER])
    ola_user = await hass.auth.async_create_user("Ola", group_ids=[GROUP_ID_USER])
    guest = await hass.auth.async_create_user("Guest", group_ids=[GROUP_ID_USER])
    access = entry.runtime_data.access
    now = datetime.fromtimestamp(entry.runtime_data.wall_clock(), UTC)

    async def person(name: str, user: User, dwelling: str) -> str:
        change = await access.async_apply(
            lambda r: r.add_person(
                name,
                role=Role.OWNER,
                now=now,
                phone="912 34 567" if name.startswith("Kari") else None,
                dwelling=dwelling,
                entrance="A",
                ha_user_id=user.id,
                consent=True,
                language=Language.ENGLISH,
            )
        )
        return change.created[0]

    kari_id = await person("Kari Nordmann", kari_user, "H0101")
    ola_id = await person("Ola Hansen", ola_user, "H0102")
    bundle = await access.async_apply(
        lambda r: r.create_bundle("Entrance + laundry", [door_ids["entrance"], door_ids["laundry"]])
    )
    bundle_id = bundle.created[0]
    grant = await access.async_apply(
        lambda r: r.grant_access(
            [kari_id],
            now=now,
            bundle_ids=[bundle_id],
            may_share=True,
            share_limit=2,
            created_by=hass_admin_user.id,
        )
    )
    yield Residents(
        hass=hass,
        entry=entry,
        admin=hass_admin_user,
        kari=kari_user,
        kari_id=kari_id,
        ola=ola_user,
        ola_id=ola_id,
        guest=guest,
        bundle_id=bundle_id,
        bundle_grant_id=grant.created[0],
        door_ids=door_ids,
    )
    await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()
