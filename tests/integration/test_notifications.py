"""How a person is reached: their phone apps, else the building's target with their consent.

`person_channel` is the one decision both sending and the `share_key` warning rely on;
`async_notify_person` is checked here to write through what it decides.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from homeassistant.core import HomeAssistant, ServiceCall
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from custom_components.digitalkey.access.model import Person, Role
from custom_components.digitalkey.notifications import (
    Gateway,
    PhoneApps,
    Text,
    Unreachable,
    async_notify_person,
    person_channel,
)

from .conftest import Residents

AT = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
KARI = Person(
    "p1",
    "Kari",
    Role.OWNER,
    AT,
    AT,
    phone="+4790000000",
    email="kari@example.org",
    consent=True,
)
APPS = ["mobile_app_kari_s_phone"]


def test_a_phone_app_reaches_a_person_whatever_else_is_missing() -> None:
    bare = replace(KARI, phone=None, email=None, consent=False)
    assert person_channel(bare, APPS, None) == PhoneApps(("mobile_app_kari_s_phone",))
    assert person_channel(KARI, APPS, "notify.sms") == PhoneApps(("mobile_app_kari_s_phone",))


def test_without_an_app_the_target_writes_to_their_phone_and_e_mail() -> None:
    assert person_channel(KARI, [], "notify.sms") == Gateway(
        "notify.sms", ("+4790000000", "kari@example.org")
    )
    assert person_channel(replace(KARI, phone=None), [], "notify.sms") == Gateway(
        "notify.sms", ("kari@example.org",)
    )


@pytest.mark.parametrize(
    ("changes", "target", "why"),
    [
        ({}, None, Unreachable.NO_NOTIFY_TARGET),
        ({"consent": False}, None, Unreachable.NO_NOTIFY_TARGET),
        ({"consent": False}, "notify.sms", Unreachable.NO_CONSENT),
        ({"consent": False, "phone": None, "email": None}, "notify.sms", Unreachable.NO_CONSENT),
        ({"phone": None, "email": None}, "notify.sms", Unreachable.NO_ADDRESS),
        ({"phone": "", "email": None}, "notify.sms", Unreachable.NO_ADDRESS),
    ],
)
def test_without_an_app_the_first_missing_piece_is_why_no_one_is_reached(
    changes: dict[str, Any], target: str | None, why: Unreachable
) -> None:
    assert person_channel(replace(KARI, **changes), [], target) is why


async def test_notify_person_writes_through_the_channel_it_decides(
    hass: HomeAssistant, residents: Residents
) -> None:
    """Kari (no app, and the building has no target): nothing is sent; then her phone app."""
    runtime = residents.entry.runtime_data
    title, message = Text("notify_share_used_title", {"door": "Entrance"}), Text("x")
    assert not await async_notify_person(hass, runtime, residents.kari_id, title, message)
    MockConfigEntry(
        domain="mobile_app", data={"user_id": residents.kari.id, "device_name": "Kari's phone"}
    ).add_to_hass(hass)
    sent: list[dict[str, Any]] = []

    async def handler(call: ServiceCall) -> None:
        sent.append(dict(call.data))

    hass.services.async_register("notify", "mobile_app_kari_s_phone", handler)
    assert await async_notify_person(hass, runtime, residents.kari_id, title, message)
    assert [note["title"] for note in sent] == ["Your key to Entrance was used"]
