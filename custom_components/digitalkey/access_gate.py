"""The access gate: every lock action asks it first, with the context of the call.

Who is calling, from the call's `Context`:
- a user id: that Home Assistant user. An administrator is an `AdminUser`; any other user
  is a `Resident`, who needs a key. Users Home Assistant made for itself (the cloud's
  voice assistants, the Supervisor) are no person: such a call is `Unattributed`.
- no user, but the context belongs to an automation's or script's run
  (`ContextOrigins`): an `Automation`, logged with the automation's entity id.
- neither: `Unattributed` (a bridge such as HomeKit, another integration).

Then `access.policy.decide` decides on the live registry, so a key revoked or a person
removed a moment ago no longer opens. Allowed: a `Permit` whose `KeyUse` travels with the
command, so the unit's log record of the open names the key in the event log. Refused: a
`denied` record in the event log and a `digitalkey_access` event (ids only), and a
translated `ServiceValidationError` saying why in the resident's words; nothing is sent
to the door unit, so the door stays locked.

An allowed action is sent with `async_operate_permitted`, which the lock entity and the
guest page both use: after an unlock or open, `async_opened` counts a share's use (and
tells its maker when they asked to be told; `share_uses`, which a PIN share at the keypad
goes through as well) and records an emergency key's use (and tells the board;
`emergency_uses`, which a PIN or tag opening on an emergency key alone goes through as
well). An unlock or open whose outcome is unknown is booked the same way: it may have
opened.

A guest link's holder is no Home Assistant user: `async_authorize_share` decides on the
share alone (`policy.decide_share`), and its refusals and opens are logged and counted by
the same code as a resident's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
import logging
from typing import TYPE_CHECKING, Any, Final

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from .access.contact import Language
from .access.policy import (
    Action,
    Actor,
    AdminUser,
    Automation,
    Decision,
    KeyKind,
    Reason,
    Resident,
    Unattributed,
    decide,
    decide_share,
)
from .access.registry import Registry
from .access_events import AccessEvent
from .attribution import KeyUse
from .building_options import allow_unattributed
from .const import DOMAIN, EVENT_ACCESS
from .context_origins import Origin
from .door_state import DoorIdentity
from .emergency_uses import EmergencyKeyUse, async_emergency_key_used
from .errors import OutcomeUnknown
from .event_log import EventLogError
from .event_records import EventKind, EventRecord, EventSource
from .notifications import reader_language
from .protocol.constants import OPENING_OPCODES, Opcode
from .refusal_text import refusal_key, refusal_placeholders, told_reason
from .runtime import DigitalKeyConfigEntry, DigitalKeyRuntime
from .share_uses import ShareUse, async_share_used, door_name

if TYPE_CHECKING:
    from .door_link import DoorLink

_LOGGER = logging.getLogger(__name__)

ADMIN: Final = "admin"
AUTOMATION: Final = "automation"
UNATTRIBUTED: Final = "unattributed"


@dataclass(frozen=True, slots=True)
class Caller:
    """Who a call is from, as the policy sees it, and what the log says of it."""

    actor: Actor
    user_id: str | None
    origin: Origin | None = None


@dataclass(frozen=True, slots=True)
class Permit:
    """An allowed action: the decision and the key it was allowed on."""

    decision: Decision
    key: KeyUse
    user_id: str | None
    at: datetime


def _now(runtime: DigitalKeyRuntime) -> datetime:
    return datetime.fromtimestamp(runtime.wall_clock(), UTC)


async def async_caller(hass: HomeAssistant, runtime: DigitalKeyRuntime, context: Context) -> Caller:
    """The actor behind a call (see the module docstring)."""
    user_id = context.user_id
    if user_id is not None:
        user = await hass.auth.async_get_user(user_id)
        if user is not None and user.system_generated:
            return Caller(Unattributed(), user_id)
        if user is not None and user.is_active and user.is_admin:
            return Caller(AdminUser(user_id), user_id)
        return Caller(Resident(user_id), user_id)
    origin = runtime.origins.origin(context)
    if origin is not None:
        return Caller(Automation(context.id), None, origin)
    return Caller(Unattributed(), None)


def _key_use(registry: Registry, caller: Caller, decision: Decision) -> KeyUse:
    """What the log records of the key an allowed decision was made on."""
    key = decision.key
    match caller.actor:
        case AdminUser():
            return KeyUse(ADMIN)
        case Automation():
            return KeyUse(
                AUTOMATION, origin=None if caller.origin is None else caller.origin.entity_id
            )
        case Unattributed():
            return KeyUse(UNATTRIBUTED)
        case Resident():
            assert key is not None  # an allowed resident always holds a key
            if key.kind is KeyKind.SHARE:
                return _share_key_use(registry, key.id, decision.person_id)
            return KeyUse(key.kind.value, decision.person_id, key.id)


def _share_key_use(registry: Registry, share_id: str, person_id: str | None) -> KeyUse:
    """A share's key use: the share, the grant it came from, the recipient's person if any."""
    share = registry.shares.get(share_id)
    grant_id = None if share is None else share.grant_id
    return KeyUse(KeyKind.SHARE.value, person_id, grant_id, share_id)


def _language(hass: HomeAssistant, registry: Registry, decision: Decision) -> Language:
    person = None if decision.person_id is None else registry.people.get(decision.person_id)
    return reader_language(hass, person)


async def async_authorize(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    door: DoorIdentity,
    action: Action,
    context: Context,
) -> Permit:
    """Allow `action` on the door for the caller of `context`, or refuse it (raises).

    Refused: `ServiceValidationError` with the reason, after the refusal was logged.
    """
    runtime = entry.runtime_data
    caller = await async_caller(hass, runtime, context)
    registry = runtime.access.registry
    now = _now(runtime)
    decision = decide(
        registry,
        caller.actor,
        door.subentry_id,
        action,
        now,
        allow_unattributed=allow_unattributed(entry.options),
    )
    if decision.allowed:
        return Permit(decision, _key_use(registry, caller, decision), caller.user_id, now)
    reason = await _async_log_refusal(
        hass,
        entry,
        door,
        action,
        context=context,
        user_id=caller.user_id,
        decision=decision,
        now=now,
    )
    _LOGGER.debug("Door %s: %s refused (%s)", door.name, action.value, reason.code.value)
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key=refusal_key(reason.code),
        translation_placeholders=refusal_placeholders(
            registry, reason, door_name(registry, door), _language(hass, registry, decision), now
        ),
    )


class ShareRefused(Exception):
    """The holder of a share was refused (and the refusal logged); `reason` says why."""

    def __init__(self, reason: Reason) -> None:
        """Keep the reason the refusal tells."""
        super().__init__(reason.code.value)
        self.reason = reason


async def async_authorize_share(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    door: DoorIdentity,
    action: Action,
    *,
    share_id: str,
    context: Context,
) -> Permit:
    """Allow `action` on the door for whoever holds share `share_id`, or refuse (raises).

    For a guest link, whose holder has no Home Assistant user: `decide_share` decides on
    the share alone, and a refusal is logged, announced and shown on the door's event
    entity like every other (`ShareRefused` then carries the reason told). An allowed
    permit names the share, its grant and its maker, so the unit's record of the open
    does too: the guest is nobody in the registry, and the maker stands for the link as
    for a PIN share (`credential_holders`), so the person's export and erasure find it.
    """
    registry = entry.runtime_data.access.registry
    now = _now(entry.runtime_data)
    decision = decide_share(registry, share_id, door.subentry_id, action, now)
    if decision.allowed:
        share = registry.shares.get(share_id)
        maker = None if share is None else share.from_person_id
        return Permit(decision, _share_key_use(registry, share_id, maker), None, now)
    reason = await _async_log_refusal(
        hass, entry, door, action, context=context, user_id=None, decision=decision, now=now
    )
    _LOGGER.debug(
        "Door %s: %s by share %s refused (%s)",
        door.name,
        action.value,
        share_id,
        reason.code.value,
    )
    raise ShareRefused(reason)


async def _async_log_refusal(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    door: DoorIdentity,
    action: Action,
    *,
    context: Context,
    user_id: str | None,
    decision: Decision,
    now: datetime,
) -> Reason:
    """Log the refusal, tell the bus and the door's event entity; the reason told."""
    runtime = entry.runtime_data
    registry = runtime.access.registry
    reason = told_reason(decision.reasons)
    key = reason.key
    share = registry.shares.get(key.id) if key is not None and key.kind is KeyKind.SHARE else None
    record = EventRecord(
        time=int(now.timestamp()),
        kind=EventKind.DENIED,
        door_id=door.subentry_id,
        person_id=decision.person_id,
        user_id=user_id,
        share_id=None if share is None else share.id,
        grant_id=share.grant_id if share is not None else None if key is None else key.id,
        source=EventSource.HUB,
        reason=reason.code.value,
        detail={"action": action.value},
    )
    try:
        await runtime.event_log.async_append([record])
    except EventLogError as err:
        _LOGGER.warning("Could not log a refusal at door %s: %s", door.name, err)
    event = AccessEvent(
        subentry_id=door.subentry_id,
        event_type="denied",
        source="app",
        seq=None,
        time=now,
        user_id=user_id,
        reason=reason.code.value,
        person_id=decision.person_id,
        share_id=record.share_id,
    )
    event_context = Context(user_id=user_id, parent_id=context.id)
    data: dict[str, Any] = {"config_entry_id": entry.entry_id, **event.bus_data()}
    hass.bus.async_fire(EVENT_ACCESS, data, context=event_context)
    runtime.events.dispatch(event, event_context)
    return reason


# Sending an allowed action, and after an open -------------------------------------------


async def async_operate_permitted(
    hass: HomeAssistant,
    entry: DigitalKeyConfigEntry,
    link: DoorLink,
    opcode: Opcode,
    *,
    context: Context | None,
    permit: Permit,
) -> None:
    """Send the command `permit` allowed; book an unlock or open that went through.

    One whose outcome is unknown (`OutcomeUnknown`: no authenticated answer said what the
    unit did) is booked too before the error goes on to the caller, who says it was not
    confirmed: it may have opened, so a share's use is spent and an emergency key's use
    booked, or a refusal anyone can forge would open a used-up share again and again.
    Any other error books nothing: the unit did not act on the command.
    """
    opening = opcode in OPENING_OPCODES
    try:
        await link.async_operate(opcode, context, permit.key)
    except OutcomeUnknown:
        if opening:
            await async_opened(hass, entry, link.identity, permit)
        raise
    if opening:
        await async_opened(hass, entry, link.identity, permit)


async def async_opened(
    hass: HomeAssistant, entry: DigitalKeyConfigEntry, door: DoorIdentity, permit: Permit
) -> None:
    """Book-keeping after an unlock or open went through: share uses, emergency keys."""
    if permit.key.kind == KeyKind.SHARE.value:
        assert permit.key.share_id is not None
        use = ShareUse(
            permit.key.share_id,
            permit.at,
            user_id=permit.user_id,
            recipient_person_id=permit.decision.person_id,
        )
        await async_share_used(hass, entry, door, use)
    elif permit.key.kind == KeyKind.EMERGENCY.value:
        emergency = EmergencyKeyUse(
            permit.key.grant_id, permit.key.person_id, permit.at, user_id=permit.user_id
        )
        await async_emergency_key_used(hass, entry, door, emergency)
