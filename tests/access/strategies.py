"""Random registries, operations and instants for the access model's property tests.

Operations are drawn as plain tuples of small indexes and resolved against the registry's
ids when applied, so a sequence shrinks well and also hits unknown ids (index -1) and
every refusal path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
import contextlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
import itertools
from typing import Any

from hypothesis import strategies as st

from custom_components.digitalkey.access.checks import UNSET
from custom_components.digitalkey.access.contact import Country
from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.errors import AccessError
from custom_components.digitalkey.access.holds import held_doors
from custom_components.digitalkey.access.model import CredentialKind, Role, ShareKind
from custom_components.digitalkey.access.registry import BuildingSettings, Change, Registry
from custom_components.digitalkey.access.schedules import WeeklySchedule

BASE = datetime(2026, 3, 23, tzinfo=UTC)
"""A Monday, six days before the clocks go forward in Oslo, Copenhagen and Amsterdam."""
SPAN_S = 45 * 86400
ZONES = ("Europe/Oslo", "Europe/Copenhagen", "Europe/Amsterdam")
USERS = ("u0", "u1", "u2", "u3", "u4")
DOORS = ("door0", "door1", "door2", "door3")
VAULT = CredentialVault.from_hub_key(bytes(range(32)))
"""The vault every random registry's credentials are sealed in."""
PINS = ("583920", "740163", "291847")
"""Few PINs, so random operations also meet `pin_in_use`."""
TAGS = ("04:A2:3B:1C", "04a23b1c5d6e7f", "DE AD BE EF")


def id_counter() -> Iterator[str]:
    """Ids `id0`, `id1`, ... so examples replay identically."""
    return (f"id{n}" for n in itertools.count())


def registry_for(zone: str = "Europe/Oslo") -> Registry:
    """An empty registry with deterministic ids."""
    counter = id_counter()
    return Registry(BuildingSettings(Country.NORWAY, zone), id_factory=lambda: next(counter))


instants = st.integers(0, SPAN_S).map(lambda s: BASE + timedelta(seconds=s))
window_triples = st.tuples(st.integers(0, 6), st.integers(0, 1439), st.integers(1, 1440)).filter(
    lambda t: t[1] != t[2]
)
schedules = st.one_of(
    st.none(),
    st.lists(window_triples, min_size=1, max_size=4).map(lambda ws: WeeklySchedule.of(*ws)),
)
index = st.integers(-1, 8)
"""An index into the current ids; -1 names an id that does not exist."""
indexes = st.lists(index, max_size=3)
offset_h = st.one_of(st.none(), st.integers(-48, 24 * 30))


def _ops() -> st.SearchStrategy[tuple[Any, ...]]:
    return st.one_of(
        st.tuples(st.just("add_person"), st.sampled_from(Role), st.none() | st.sampled_from(USERS)),
        st.tuples(st.just("update_person"), index, st.none() | st.sampled_from(USERS)),
        st.tuples(st.just("remove_person"), index),
        st.tuples(st.just("erase_person"), index),
        st.tuples(st.just("forget_ha_user"), st.sampled_from(USERS)),
        st.tuples(st.just("add_door"), st.sampled_from(DOORS)),
        st.tuples(st.just("remove_door"), index),
        st.tuples(st.just("create_bundle"), indexes),
        st.tuples(st.just("update_bundle"), index, indexes),
        st.tuples(st.just("delete_bundle"), index, st.booleans()),
        st.tuples(
            st.just("grant_access"),
            indexes,
            indexes,
            indexes,
            offset_h,
            offset_h,
            schedules,
            st.booleans(),
            st.integers(-1, 3),
        ),
        st.tuples(st.just("revoke_access"), indexes),
        st.tuples(st.just("set_sharing"), indexes, st.booleans(), st.integers(0, 3)),
        st.tuples(st.just("issue_emergency_key"), index, indexes, indexes, st.integers(-1, 72)),
        st.tuples(
            st.just("share_key"),
            index,
            index,
            st.sampled_from(USERS),
            offset_h,
            offset_h,
            st.none() | st.integers(0, 3),
        ),
        st.tuples(st.just("revoke_share"), index),
        st.tuples(st.just("record_share_use"), index),
        st.tuples(st.just("prune_shares"), st.integers(-48, 24 * 30)),
        st.tuples(
            st.just("add_credential"),
            index,
            st.sampled_from(CredentialKind),
            st.integers(0, len(PINS) - 1),
        ),
        st.tuples(st.just("add_share_pin"), index, st.integers(0, len(PINS) - 1)),
        st.tuples(st.just("block_credential"), index),
        st.tuples(st.just("remove_credential"), index),
        st.tuples(
            st.just("share_pin"),
            index,
            index,
            st.none() | st.integers(0, len(PINS) - 1),
            offset_h,
            st.none() | st.integers(0, 3),
        ),
        *_organisation_ops(),
    )


def _organisation_ops() -> tuple[st.SearchStrategy[tuple[Any, ...]], ...]:
    """The board's organisation operations, and a manager's."""
    return (
        st.tuples(
            st.just("create_organisation"),
            indexes,
            indexes,
            offset_h,
            offset_h,
            schedules,
            st.booleans(),
            st.integers(0, 3),
        ),
        st.tuples(
            st.just("update_organisation"),
            index,
            st.none() | indexes,
            st.none() | indexes,
            offset_h,
            offset_h,
            schedules,
            st.booleans(),
            st.integers(0, 3),
        ),
        st.tuples(st.just("delete_organisation"), index),
        st.tuples(st.just("update_staff"), index, indexes, indexes, st.none() | indexes),
        *_manager_ops(),
    )


def _manager_ops(at_least: int = 0) -> tuple[st.SearchStrategy[tuple[Any, ...]], ...]:
    """A manager's operations: the first index picks one of the building's managers.

    `at_least`: how many people and doors (and keys to revoke) an operation names at least.
    """
    some = st.lists(index, min_size=at_least, max_size=3)
    return (
        st.tuples(
            st.just("grant_staff_access"),
            index,
            some,
            some,
            indexes,
            offset_h,
            offset_h,
            schedules,
            st.none() | st.booleans(),
            st.none() | st.integers(0, 3),
        ),
        st.tuples(st.just("revoke_staff_access"), index, some),
    )


@dataclass(frozen=True)
class Step:
    """One operation and the hour (from `BASE`) it happens at."""

    op: tuple[Any, ...]
    hour: int


def _setup(
    schedule: WeeklySchedule | None,
    until: int | None,
    limit: int,
    bundle_schedule: WeeklySchedule | None,
    org_schedule: WeeklySchedule | None,
    narrowed: tuple[int | None, int | None, WeeklySchedule | None] | None,
) -> list[Step]:
    """Doors, people with HA users, a bundle, grants and shares, an organisation with two
    staff (one its manager) and keys they were given, to start from; `narrowed`: the
    board changes the organisation's window and hours afterwards."""
    later = (
        []
        if narrowed is None
        else [Step(("update_organisation", 0, None, None, *narrowed, True, 2), 2)]
    )
    return [
        *(Step(("add_door", door), 0) for door in DOORS),
        *(Step(("add_person", Role.OWNER, user), 0) for user in USERS[:4]),
        Step(("create_bundle", [0, 1]), 0),
        Step(("grant_access", [0, 1, 2], [2], [], None, until, schedule, True, limit), 0),
        Step(("grant_access", [1, 3], [], [0], -2, until, bundle_schedule, True, limit), 0),
        Step(("share_key", 0, 2, "u4", None, None, None), 1),
        Step(("share_key", 1, 0, "u2", None, 48, 2), 1),
        Step(("add_credential", 0, CredentialKind.PIN, 0), 1),
        Step(("add_credential", 1, CredentialKind.TAG, 1), 1),
        Step(("share_pin", 1, 0, 1, 24, None), 1),
        Step(("create_organisation", [2], [0], None, None, org_schedule, True, 2), 0),
        Step(("update_staff", 0, [2], [], [3]), 0),
        Step(("add_credential", 3, CredentialKind.PIN, 2), 1),
        Step(("grant_staff_access", 0, [0, 1], [2], [], None, until, schedule, True, 1), 1),
        Step(("grant_staff_access", 0, [1], [], [0], None, None, None, None, None), 1),
        *later,
    ]


setups = st.builds(
    _setup,
    schedules,
    st.none() | st.integers(24, 24 * 30),
    st.integers(0, 3),
    schedules,
    schedules,
    st.none() | st.tuples(offset_h, offset_h, schedules),
)
random_steps = st.lists(
    st.builds(Step, _ops(), st.integers(1, 24 * 40)), min_size=1, max_size=25
).map(lambda s: sorted(s, key=lambda step: step.hour))
steps = st.builds(lambda setup, rest: [*setup, *rest], setups, random_steps)
"""A seeded building, then random operations in time order."""
manager_steps = st.builds(Step, st.one_of(*_manager_ops(1)), st.integers(24 * 40, 24 * 41))
"""One operation of a manager (a random one of the building's managers), after `steps`."""


def _pick(ids: Sequence[str], i: int) -> str:
    if i < 0 or not ids:
        return "missing"
    return ids[i % len(ids)]


def _picks(ids: Sequence[str], idx: Sequence[int]) -> list[str]:
    return [_pick(ids, i) for i in idx]


def _at(now: datetime, hours: int | None) -> datetime | None:
    return None if hours is None else now + timedelta(hours=hours)


def apply(registry: Registry, step: Step) -> Change:
    """Run one drawn operation; raises what the registry raises."""
    now = BASE + timedelta(hours=step.hour)
    name, *args = step.op
    people = sorted(registry.people)
    doors = sorted(registry.doors)
    bundles = sorted(registry.bundles)
    grants = sorted(registry.grants)
    shares = sorted(registry.shares)
    credentials = sorted(registry.credentials)
    organisations = sorted(registry.organisations)
    managers = sorted(
        manager for item in registry.organisations.values() for manager in item.manager_ids
    )
    match name:
        case "add_person":
            role, user = args
            return registry.add_person("Person", role=role, ha_user_id=user, now=now)
        case "update_person":
            return registry.update_person(_pick(people, args[0]), ha_user_id=args[1], now=now)
        case "remove_person":
            return registry.remove_person(_pick(people, args[0]))
        case "erase_person":
            return registry.erase_person(_pick(people, args[0]))
        case "forget_ha_user":
            return registry.forget_ha_user(args[0])
        case "add_door":
            return registry.add_door(args[0], f"Door {args[0]}")
        case "remove_door":
            return registry.remove_door(_pick(doors, args[0]))
        case "create_bundle":
            return registry.create_bundle("Bundle", _picks(doors, args[0]))
        case "update_bundle":
            return registry.update_bundle(_pick(bundles, args[0]), door_ids=_picks(doors, args[1]))
        case "delete_bundle":
            return registry.delete_bundle(_pick(bundles, args[0]), revoke_grants=args[1])
        case "grant_access":
            who, to_doors, to_bundles, start, end, schedule, may_share, limit = args
            return registry.grant_access(
                _picks(people, who),
                door_ids=_picks(doors, to_doors),
                bundle_ids=_picks(bundles, to_bundles),
                valid_from=_at(now, start),
                valid_until=_at(now, end),
                schedule=schedule,
                may_share=may_share,
                share_limit=limit,
                now=now,
            )
        case "revoke_access":
            return registry.revoke_access(_picks(grants, args[0]))
        case "set_sharing":
            return registry.set_sharing(
                _picks(grants, args[0]), may_share=args[1], share_limit=args[2], now=now
            )
        case "issue_emergency_key":
            person, to_doors, to_bundles, hours = args
            return registry.issue_emergency_key(
                _pick(people, person),
                reason="Water leak",
                admin_user_id="admin",
                door_ids=_picks(doors, to_doors),
                bundle_ids=_picks(bundles, to_bundles),
                valid_until=now + timedelta(hours=hours),
                now=now,
            )
        case "share_key":
            person, door, user, start, end, limit = args
            return registry.share_key(
                _pick(people, person),
                _pick(doors, door),
                kind=ShareKind.HA_USER,
                target=user,
                valid_from=_at(now, start),
                valid_until=_at(now, end),
                use_limit=limit,
                now=now,
            )
        case "revoke_share":
            return registry.revoke_share(_pick(shares, args[0]), now=now)
        case "record_share_use":
            return registry.record_share_use(_pick(shares, args[0]), now=now)
        case "prune_shares":
            return registry.prune_shares(now + timedelta(hours=args[0]))
        case "add_credential":
            person, kind, value = args
            return registry.add_credential(
                kind,
                PINS[value] if kind is CredentialKind.PIN else TAGS[value],
                vault=VAULT,
                person_id=_pick(people, person),
                now=now,
            )
        case "add_share_pin":
            return registry.add_credential(
                CredentialKind.PIN,
                PINS[args[1]],
                vault=VAULT,
                share_id=_pick(shares, args[0]),
                now=now,
            )
        case "block_credential":
            return registry.block_credential(_pick(credentials, args[0]), now=now)
        case "remove_credential":
            return registry.remove_credential(_pick(credentials, args[0]))
        case "share_pin":
            person, door, pin, end, limit = args
            return registry.share_key(
                _pick(people, person),
                _pick(doors, door),
                kind=ShareKind.PIN,
                pin=None if pin is None else PINS[pin],
                vault=VAULT,
                valid_until=_at(now, end),
                use_limit=limit,
                now=now,
            )
        case _:
            return _apply_organisation(registry, name, args, now, organisations, managers)
    raise AssertionError(name)


def _apply_organisation(
    registry: Registry,
    name: str,
    args: Sequence[Any],
    now: datetime,
    organisations: Sequence[str],
    managers: Sequence[str],
) -> Change:
    """An organisation operation; a manager's picks a manager (or `missing`)."""
    people = sorted(registry.people)
    doors = sorted(registry.doors)
    bundles = sorted(registry.bundles)
    match name:
        case "create_organisation":
            to_doors, to_bundles, start, end, schedule, may_share, limit = args
            return registry.create_organisation(
                "Home care",
                door_ids=_picks(doors, to_doors),
                bundle_ids=_picks(bundles, to_bundles),
                valid_from=_at(now, start),
                valid_until=_at(now, end),
                schedule=schedule,
                may_share=may_share,
                share_limit=limit,
                now=now,
            )
        case "update_organisation":
            which, to_doors, to_bundles, start, end, schedule, may_share, limit = args
            return registry.update_organisation(
                _pick(organisations, which),
                door_ids=UNSET if to_doors is None else _picks(doors, to_doors),
                bundle_ids=UNSET if to_bundles is None else _picks(bundles, to_bundles),
                valid_from=_at(now, start),
                valid_until=_at(now, end),
                schedule=schedule,
                may_share=may_share,
                share_limit=limit,
                now=now,
            )
        case "delete_organisation":
            return registry.delete_organisation(_pick(organisations, args[0]), now=now)
        case "update_staff":
            which, add, remove, leading = args
            return registry.update_staff(
                _pick(organisations, which),
                add=_picks(people, add),
                remove=_picks(people, remove),
                managers=UNSET if leading is None else _picks(people, leading),
                now=now,
            )
        case "grant_staff_access":
            manager, who, to_doors, to_bundles, start, end, schedule, may_share, limit = args
            chosen = _pick(managers, manager)
            own = registry.organisation_managed_by(chosen) if chosen in registry.people else None
            # Its staff and doors first, so a low index names one; then everyone and all.
            staff = [] if own is None else [p.id for p in registry.staff_of(own.id)]
            held = [] if own is None else sorted(held_doors(registry, own))
            own_bundles = [] if own is None else sorted(own.bundle_ids)
            return registry.grant_staff_access(
                chosen,
                _picks([*staff, *people], who),
                door_ids=_picks([*held, *doors], to_doors),
                bundle_ids=_picks([*own_bundles, *bundles], to_bundles),
                valid_from=_at(now, start),
                valid_until=_at(now, end),
                schedule=schedule,
                may_share=UNSET if may_share is None else may_share,
                share_limit=UNSET if limit is None else limit,
                created_by="manager-user",
                now=now,
            )
        case "revoke_staff_access":
            manager, which = args
            chosen = _pick(managers, manager)
            own = registry.organisation_managed_by(chosen) if chosen in registry.people else None
            keys = [] if own is None else [g.id for g in registry.grants_of_organisation(own.id)]
            return registry.revoke_staff_access(
                chosen, _picks([*keys, *sorted(registry.grants)], which)
            )
    raise AssertionError(name)


def build(registry: Registry, drawn: Sequence[Step]) -> Registry:
    """Apply every step, ignoring refusals (the registry is unchanged by those)."""
    for step in drawn:
        with contextlib.suppress(AccessError):
            apply(registry, step)
    return registry
