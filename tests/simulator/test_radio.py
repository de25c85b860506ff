"""The virtual air: advertising, reachability, connections, MTU and notifications."""

import asyncio
from collections.abc import Awaitable
import time

from bumble.core import ProtocolError as BumbleProtocolError
import pytest

from custom_components.digitalkey.protocol.gatt import MANUFACTURER_ID, SERVICE_UUID
from simulator.radio import (
    Advertisement,
    NoFreeSlotError,
    NotConnectedError,
    RadioCentral,
    RadioPeripheral,
    VirtualRadio,
)

from .conftest import (
    CENTRAL_ADDRESS,
    ECHO_ADDRESS,
    ECHO_ADDRESS_2,
    ECHO_INFO,
    AdvertisementLog,
    EchoHandler,
    GattHandles,
    echo_advertisement,
)

CONNECTION_TIMEOUT = 0x08
REMOTE_USER_TERMINATED = 0x13


async def test_two_peripherals_are_heard_with_name_uuids_and_manufacturer_data(
    radio: VirtualRadio,
) -> None:
    first = await radio.add_peripheral(ECHO_ADDRESS, EchoHandler())
    second = await radio.add_peripheral(ECHO_ADDRESS_2, EchoHandler())
    first.set_advertisement(echo_advertisement("DK-0001", b"\x01" * 19))
    second.set_advertisement(
        Advertisement("DK-0002", [SERVICE_UUID], {MANUFACTURER_ID: b"\x02" * 19}, tx_power=4)
    )
    second.rssi = -72
    await first.start_advertising()
    await second.start_advertising()

    hub = await radio.add_central(CENTRAL_ADDRESS)
    log = AdvertisementLog(hub)
    await hub.start_scanning()

    rssi, adv = await log.wait_for(ECHO_ADDRESS)
    assert rssi == -60
    assert adv == Advertisement("DK-0001", [SERVICE_UUID], {MANUFACTURER_ID: b"\x01" * 19})
    rssi, adv = await log.wait_for(ECHO_ADDRESS_2)
    assert rssi == -72
    assert adv.local_name == "DK-0002"
    assert adv.service_uuids == [SERVICE_UUID]
    assert adv.manufacturer_data == {MANUFACTURER_ID: b"\x02" * 19}
    assert adv.tx_power == 4


async def test_passive_scan_gets_no_scan_response(
    radio: VirtualRadio, echo_peripheral: RadioPeripheral
) -> None:
    hub = await radio.add_central(CENTRAL_ADDRESS)
    log = AdvertisementLog(hub)
    await hub.start_scanning(active=False)

    _rssi, adv = await log.wait_for(ECHO_ADDRESS)
    assert adv.local_name == "DK-ECH0"
    assert adv.service_uuids == [SERVICE_UUID]
    assert adv.manufacturer_data == {}


async def test_advertisement_change_reaches_central_promptly(
    central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    log = AdvertisementLog(central)
    for round_ in range(1, 4):
        payload = bytes([round_]) * 19

        def carries_payload(adv: Advertisement, payload: bytes = payload) -> bool:
            return adv.manufacturer_data[MANUFACTURER_ID] == payload

        started = time.perf_counter()
        echo_peripheral.set_advertisement(echo_advertisement(payload=payload))
        await log.wait_for(ECHO_ADDRESS, carries_payload)
        assert time.perf_counter() - started < 0.1


async def test_unchanged_advertisement_repeats_every_interval(
    radio: VirtualRadio, central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    log = AdvertisementLog(central)
    radio.advertising_interval = 0.02
    started = time.perf_counter()
    await log.wait_for_count(ECHO_ADDRESS, 3)
    assert time.perf_counter() - started >= 0.035


async def test_stop_advertising_silences_and_refuses_connections(
    radio: VirtualRadio, central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    log = AdvertisementLog(central)
    radio.advertising_interval = 0.01
    await log.wait_for(ECHO_ADDRESS)
    await echo_peripheral.stop_advertising()
    heard = log.count(ECHO_ADDRESS)
    await asyncio.sleep(0.05)
    assert log.count(ECHO_ADDRESS) == heard
    with pytest.raises(TimeoutError):
        await central.connect(ECHO_ADDRESS, timeout=0.05)


async def test_oversized_advertisement_is_rejected(echo_peripheral: RadioPeripheral) -> None:
    with pytest.raises(ValueError, match="scan response"):
        echo_peripheral.set_advertisement(echo_advertisement(payload=bytes(28)))
    with pytest.raises(ValueError, match="advertising data"):
        echo_peripheral.set_advertisement(
            Advertisement("DK", [SERVICE_UUID, SERVICE_UUID], {MANUFACTURER_ID: b""})
        )


async def test_long_local_name_is_shortened(
    central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    log = AdvertisementLog(central)
    echo_peripheral.set_advertisement(echo_advertisement(name="Front door of building 7"))
    _rssi, adv = await log.wait_for(ECHO_ADDRESS, lambda adv: adv.local_name != "DK-ECH0")
    assert adv.local_name == "Front do"


async def test_unreachable_peripheral_stops_advertising_drops_and_refuses_connections(
    radio: VirtualRadio,
    central: RadioCentral,
    echo_peripheral: RadioPeripheral,
    echo_handler: EchoHandler,
) -> None:
    log = AdvertisementLog(central)
    radio.advertising_interval = 0.01
    await log.wait_for(ECHO_ADDRESS)
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    await echo_handler.wait_for("connect")
    lost: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    link.add_disconnect_listener(lost.set_result)

    echo_peripheral.set_reachable(False)

    assert await asyncio.wait_for(lost, 1) == CONNECTION_TIMEOUT
    await echo_handler.wait_for("disconnect")
    assert not echo_peripheral.links
    assert central.links == []
    heard = log.count(ECHO_ADDRESS)
    await asyncio.sleep(0.05)
    assert log.count(ECHO_ADDRESS) == heard
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        await central.connect(ECHO_ADDRESS, timeout=0.1)
    assert time.perf_counter() - started >= 0.09

    echo_peripheral.set_reachable(True)
    await log.wait_for(ECHO_ADDRESS, timeout=0.5)
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    assert link.is_connected


async def test_connection_attempt_completes_when_peripheral_comes_into_range(
    central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    echo_peripheral.set_reachable(False)
    attempt = asyncio.ensure_future(central.connect(ECHO_ADDRESS, timeout=2))
    await asyncio.sleep(0.02)
    assert not attempt.done()
    echo_peripheral.set_reachable(True)
    link = await asyncio.wait_for(attempt, 0.5)
    assert link.is_connected


async def _cancelled_connect(
    central: RadioCentral, echo_peripheral: RadioPeripheral, wait: Awaitable[None]
) -> list[dict[str, object]]:
    """Connect to the echo peripheral out of range, cancel once `wait` is over; what the
    loop's exception handler was handed meanwhile (nothing, when the stack is quiet)."""
    loop = asyncio.get_running_loop()
    failures: list[dict[str, object]] = []
    previous_handler = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: failures.append(context))
    try:
        echo_peripheral.set_reachable(False)
        attempt = asyncio.ensure_future(central.connect(ECHO_ADDRESS, timeout=2))
        await wait
        attempt.cancel()
        with pytest.raises(asyncio.CancelledError):
            await attempt
        for _ in range(5):
            await asyncio.sleep(0)
    finally:
        loop.set_exception_handler(previous_handler)
    return failures


async def _turns(count: int) -> None:
    """Let the loop run `count` turns."""
    for _ in range(count):
        await asyncio.sleep(0)


async def test_cancelled_connection_attempt_is_aborted_cleanly(
    central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    """A caller giving up (bleak-retry-connector's timeout) ends the initiation quietly."""
    assert await _cancelled_connect(central, echo_peripheral, asyncio.sleep(0.02)) == []
    assert central.links == []

    echo_peripheral.set_reachable(True)
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    assert link.is_connected


@pytest.mark.parametrize("turns", range(8))
async def test_a_connect_cancelled_at_any_early_turn_raises_nothing_in_the_host(
    central: RadioCentral, echo_peripheral: RadioPeripheral, turns: int
) -> None:
    """Cancelled while the controller's answer to a command is on its way (as when Home
    Assistant stops mid-connect), the host stack drops the late answer quietly."""
    assert await _cancelled_connect(central, echo_peripheral, _turns(turns)) == []
    echo_peripheral.set_reachable(True)
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    assert link.is_connected


async def test_max_connect_wait_caps_timeouts(
    radio: VirtualRadio, central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    radio.max_connect_wait = 0.05
    echo_peripheral.set_reachable(False)
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        await central.connect(ECHO_ADDRESS, timeout=30)
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    ("central_mtu", "peripheral_mtu", "expected"),
    [(23, 247, 23), (185, 247, 185), (247, 247, 247), (247, 185, 185), (517, 247, 247)],
)
async def test_mtu_negotiation(
    radio: VirtualRadio, central_mtu: int, peripheral_mtu: int, expected: int
) -> None:
    handler = EchoHandler()
    peripheral = await radio.add_peripheral(ECHO_ADDRESS, handler, max_mtu=peripheral_mtu)
    await peripheral.start_advertising()
    hub = await radio.add_central(CENTRAL_ADDRESS, max_mtu=central_mtu)

    link = await hub.connect(ECHO_ADDRESS, timeout=1)

    assert link.mtu == expected
    assert handler.links[0].mtu == expected


async def test_notification_size_is_limited_by_mtu(
    radio: VirtualRadio, echo_peripheral: RadioPeripheral, echo_handler: EchoHandler
) -> None:
    hub = await radio.add_central(CENTRAL_ADDRESS, max_mtu=23)
    link = await hub.connect(ECHO_ADDRESS, timeout=1)
    gatt = await GattHandles(link).discover()
    (peripheral_link,) = echo_handler.links
    assert peripheral_link.subscribed

    await peripheral_link.notify(bytes(20))
    assert await gatt.next_notification() == bytes(20)
    with pytest.raises(ValueError, match="exceeds MTU"):
        await peripheral_link.notify(bytes(21))


async def test_writes_reach_handler_and_notifications_come_back(
    central: RadioCentral, echo_peripheral: RadioPeripheral, echo_handler: EchoHandler
) -> None:
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    gatt = await GattHandles(link).discover()

    assert await gatt.read_info() == ECHO_INFO
    await gatt.write(b"request", with_response=True)
    assert await gatt.next_notification() == b"request"
    await gatt.write(b"command", with_response=False)
    assert await gatt.next_notification() == b"command"
    assert echo_handler.writes == [(b"request", True), (b"command", False)]

    long_value = bytes(range(200))
    await gatt.write(long_value, with_response=True)
    assert echo_handler.writes[-1] == (long_value, True)


async def test_handler_failure_becomes_att_error(
    central: RadioCentral,
    echo_peripheral: RadioPeripheral,
    echo_handler: EchoHandler,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    gatt = await GattHandles(link).discover()

    def broken(*_args: object) -> None:
        raise RuntimeError("firmware bug")

    monkeypatch.setattr(echo_handler, "on_write", broken)
    with pytest.raises(BumbleProtocolError, match="UNLIKELY_ERROR"):
        await gatt.write(b"x", with_response=True)
    assert link.is_connected


async def test_disconnect_from_central_reaches_peripheral(
    central: RadioCentral, echo_peripheral: RadioPeripheral, echo_handler: EchoHandler
) -> None:
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    await echo_handler.wait_for("connect")
    (peripheral_link,) = echo_handler.links

    await link.disconnect()

    await echo_handler.wait_for("disconnect")
    assert echo_handler.disconnected == [peripheral_link]
    assert not peripheral_link.connected
    assert not link.is_connected
    assert central.links == []
    await link.disconnect()  # idempotent


async def test_disconnect_from_peripheral_reaches_central(
    central: RadioCentral, echo_peripheral: RadioPeripheral, echo_handler: EchoHandler
) -> None:
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    await echo_handler.wait_for("connect")
    lost: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    link.add_disconnect_listener(lost.set_result)

    await echo_handler.links[0].disconnect()

    assert await asyncio.wait_for(lost, 1) == REMOTE_USER_TERMINATED
    assert central.links == []
    with pytest.raises(NotConnectedError):
        await echo_handler.links[0].notify(b"late")
    with pytest.raises(NotConnectedError):
        await GattHandles(link).discover()


async def test_requests_in_flight_fail_fast_when_link_drops(
    central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    gatt = await GattHandles(link).discover()
    reads = [asyncio.ensure_future(gatt.read_info()) for _ in range(3)]
    await asyncio.sleep(0)

    echo_peripheral.set_reachable(False)

    async with asyncio.timeout(1):
        results = await asyncio.gather(*reads, return_exceptions=True)
    assert all(isinstance(result, NotConnectedError) for result in results)


async def test_peripheral_accepts_a_new_connection_after_disconnect(
    central: RadioCentral, echo_peripheral: RadioPeripheral, echo_handler: EchoHandler
) -> None:
    for _ in range(3):
        link = await central.connect(ECHO_ADDRESS, timeout=1)
        await link.disconnect()
        await echo_handler.wait_for("disconnect")
    ids = [link.connection_id for link in echo_handler.links]
    assert len(set(ids)) == 3


async def test_single_connection_peripheral_lets_one_of_two_centrals_win(
    radio: VirtualRadio, echo_peripheral: RadioPeripheral
) -> None:
    first = await radio.add_central("AA:BB:CC:00:00:21")
    second = await radio.add_central("AA:BB:CC:00:00:22")

    results = await asyncio.gather(
        first.connect(ECHO_ADDRESS, timeout=0.1),
        second.connect(ECHO_ADDRESS, timeout=0.1),
        return_exceptions=True,
    )

    assert sum(1 for result in results if isinstance(result, TimeoutError)) == 1
    assert len(echo_peripheral.links) == 1


async def test_max_connections_refuses_extra_connections(
    radio: VirtualRadio, central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    other = await radio.add_peripheral(ECHO_ADDRESS_2, EchoHandler())
    await other.start_advertising()
    central.max_connections = 1
    await central.connect(ECHO_ADDRESS, timeout=1)

    with pytest.raises(NoFreeSlotError, match="connection slot"):
        await central.connect(ECHO_ADDRESS_2, timeout=1)
    assert central.connections_in_use == 1


async def test_power_cycle_drops_connections_and_comes_back_advertising(
    central: RadioCentral, echo_peripheral: RadioPeripheral, echo_handler: EchoHandler
) -> None:
    log = AdvertisementLog(central)
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    await echo_handler.wait_for("connect")

    await echo_peripheral.power_off()

    assert echo_handler.disconnected == echo_handler.links
    assert not echo_peripheral.on_air
    with pytest.raises(TimeoutError):
        await central.connect(ECHO_ADDRESS, timeout=0.05)
    assert not link.is_connected
    assert link.disconnect_reason == CONNECTION_TIMEOUT

    heard = log.count(ECHO_ADDRESS)
    await echo_peripheral.power_on()
    await log.wait_for(ECHO_ADDRESS)
    assert log.count(ECHO_ADDRESS) > heard
    assert (await central.connect(ECHO_ADDRESS, timeout=1)).is_connected


async def test_duplicate_address_is_rejected(
    radio: VirtualRadio, echo_peripheral: RadioPeripheral
) -> None:
    with pytest.raises(ValueError, match="already on the air"):
        await radio.add_central(ECHO_ADDRESS.lower())


async def test_close_is_idempotent_and_ends_connections(
    radio: VirtualRadio, central: RadioCentral, echo_peripheral: RadioPeripheral
) -> None:
    link = await central.connect(ECHO_ADDRESS, timeout=1)
    await radio.close()
    await radio.close()
    assert not link.is_connected
    assert radio.peripherals == {}
    assert radio.centrals == {}
