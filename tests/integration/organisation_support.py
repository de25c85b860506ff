"""Two organisations in the building of `services_support`, set up through the actions.

Home care holds the entrance and the garage for 30 days, lets its staff share once; Mona
manages it (the building's `resident` user) and Nils works for it. The newspaper holds the
laundry, with Per as its manager and Cato as its carrier. Kari is a resident, in no
organisation, with a key of her own to the entrance. Each is linked to a user of their own;
Nils has a phone number, which his manager is never shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from homeassistant.auth.models import User
from homeassistant.core import ServiceResponse
from homeassistant.util import dt as dt_util

from .services_support import Building


@dataclass
class Organisations:
    """Ids of the organisations and people, and the users behind them."""

    building: Building
    care: str
    paper: str
    mona: str
    nils: str
    per: str
    cato: str
    kari: str
    kari_key: str
    until: datetime
    mona_user: User
    nils_user: User
    per_user: User
    kari_user: User

    async def as_manager(
        self, action: str, data: dict[str, Any] | None = None, *, user: User | None = None
    ) -> ServiceResponse:
        """Call a manager's action as Mona (or `user`), asking for the answer."""
        return await self.building.call(
            action, data or {}, user=user or self.mona_user, response=True
        )


async def _person(building: Building, name: str, role: str, user: User) -> str:
    added = await building.call(
        "add_person",
        {"name": name, "role": role, "ha_user_id": user.id, "phone": "+4791234567"}
        if name.startswith("Nils")
        else {"name": name, "role": role, "ha_user_id": user.id},
        user=building.admin,
        response=True,
    )
    assert added
    return str(added["person_id"])


async def async_organisations(building: Building) -> Organisations:
    """Create both organisations, their staff and Kari, as the board does."""
    hass, admin = building.hass, building.admin
    users = {
        name: await hass.auth.async_create_user(name, group_ids=["system-users"])
        for name in ("Nils", "Per", "Cato", "Kari")
    }
    until = (dt_util.utcnow() + timedelta(days=30)).replace(microsecond=0)
    care = await building.call(
        "create_organisation",
        {
            "name": "Home care",
            "doors": [building.lock("entrance"), building.doors["garage"]],
            "valid_until": until.isoformat(),
            "may_share": True,
            "share_limit": 1,
        },
        user=admin,
        response=True,
    )
    paper = await building.call(
        "create_organisation",
        {"name": "Newspaper", "doors": [building.lock("laundry")]},
        user=admin,
        response=True,
    )
    assert care
    assert paper
    mona = await _person(building, "Mona Manager", "service_provider", building.resident)
    nils = await _person(building, "Nils Nurse", "service_provider", users["Nils"])
    per = await _person(building, "Per Paper", "service_provider", users["Per"])
    cato = await _person(building, "Cato Carrier", "service_provider", users["Cato"])
    kari = await _person(building, "Kari Nordmann", "owner", users["Kari"])
    kari_key = await building.call(
        "grant_access",
        {"person_ids": [kari], "doors": [building.lock("entrance")]},
        user=admin,
        response=True,
    )
    assert kari_key
    for organisation, staff, manager in ((care, nils, mona), (paper, cato, per)):
        await building.call(
            "set_organisation_staff",
            {
                "organisation_id": organisation["organisation_id"],
                "add": [staff],
                "managers": [manager],
            },
            user=admin,
        )
    return Organisations(
        building=building,
        care=str(care["organisation_id"]),
        paper=str(paper["organisation_id"]),
        mona=mona,
        nils=nils,
        per=per,
        cato=cato,
        kari=kari,
        kari_key=str(kari_key["created"][0]),  # type: ignore[index]
        until=until,
        mona_user=building.resident,
        nils_user=users["Nils"],
        per_user=users["Per"],
        kari_user=users["Kari"],
    )
