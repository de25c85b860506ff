"""PIN codes and tags in the registry: adding, uniqueness, blocking, removal and cascades."""

from __future__ import annotations

from datetime import timedelta
import itertools
import json

import pytest

from custom_components.digitalkey.access import pins
from custom_components.digitalkey.access.credential_vault import CredentialVault
from custom_components.digitalkey.access.errors import AccessError, ErrorCode
from custom_components.digitalkey.access.model import CredentialKind, ShareKind
from custom_components.digitalkey.access.pins import check_pin
from custom_components.digitalkey.access.registry import Registry

from .conftest import NOW, Building, raises_unchanged, sharing_grant

VAULT = CredentialVault.from_hub_key(bytes(range(32)))
HOUR = timedelta(hours=1)
PIN = "583920"
OTHER_PIN = "740163"
TAG = "04:A2:3B:1C"


def _add_pin(building: Building, person: str, pin: str = PIN) -> str:
    return building.registry.add_credential(
        CredentialKind.PIN, pin, vault=VAULT, person_id=person, now=NOW
    ).created[0]


def _pin_share(building: Building, pin: str | None = None, **terms: object) -> tuple[str, str]:
    """A PIN share of the front door made by Kari: (share id, the PIN it got)."""
    change = building.registry.share_key(
        building.kari,
        "front",
        kind=ShareKind.PIN,
        pin=pin,
        vault=VAULT,
        now=NOW,
        **terms,  # type: ignore[arg-type]
    )
    assert change.secret is not None
    return change.created[0], change.secret


def _stored_text(registry: Registry) -> str:
    return json.dumps(registry.to_dict())


# Adding -------------------------------------------------------------------------------------


def test_a_persons_pin_is_kept_sealed_and_opens_their_doors(building: Building) -> None:
    registry = building.registry
    registry.grant_access(
        [building.kari], door_ids=["front"], bundle_ids=[building.common], now=NOW
    )
    change = registry.add_credential(
        CredentialKind.PIN,
        f" {PIN} ",
        vault=VAULT,
        person_id=building.kari,
        label="Main code",
        created_by="admin-user",
        now=NOW,
    )
    credential = registry.credentials[change.created[0]]
    assert change.credentials == {credential.id}
    assert change.doors == {"front", "laundry"}
    assert change.people == {building.kari}
    assert change.secret is None
    assert (credential.number, credential.kind, credential.person_id) == (
        1,
        CredentialKind.PIN,
        building.kari,
    )
    assert (credential.label, credential.created_by, credential.hint) == (
        "Main code",
        "admin-user",
        None,
    )
    assert VAULT.unseal(credential) == PIN.encode()
    assert registry.credentials_of_person(building.kari) == [credential]
    assert registry.credential_by_number(1) == credential
    assert PIN not in _stored_text(registry)
    assert registry.problems() == []


def test_a_tag_is_kept_as_its_uid_with_a_hint(building: Building) -> None:
    registry = building.registry
    typed = registry.add_credential(
        CredentialKind.TAG, TAG, vault=VAULT, person_id=building.ola, now=NOW
    ).created[0]
    read = registry.add_credential(
        CredentialKind.TAG,
        bytes.fromhex("04112233445566"),
        vault=VAULT,
        person_id=building.ola,
        now=NOW,
    ).created[0]
    assert VAULT.unseal(registry.credentials[typed]) == bytes.fromhex("04a23b1c")
    assert registry.credentials[typed].hint == "3B1C"
    assert registry.credentials[read].hint == "5566"
    assert [c.number for c in registry.credentials_of_person(building.ola)] == [1, 2]


@pytest.mark.parametrize(
    ("kind", "value", "code"),
    [
        (CredentialKind.PIN, "12345", ErrorCode.PIN_TOO_SHORT),
        (CredentialKind.PIN, "123456", ErrorCode.TRIVIAL_PIN),
        (CredentialKind.PIN, "58a920", ErrorCode.INVALID_PIN),
        (CredentialKind.PIN, b"583920", ErrorCode.INVALID_PIN),
        (CredentialKind.TAG, "04:A2:3B", ErrorCode.INVALID_TAG),
        (CredentialKind.TAG, bytes(4), ErrorCode.INVALID_TAG),
        ("face", "x", ErrorCode.INVALID_FIELD),
    ],
)
def test_bad_values_are_refused_and_never_echoed(
    building: Building, kind: CredentialKind, value: str | bytes, code: ErrorCode
) -> None:
    registry = building.registry
    error = raises_unchanged(
        code,
        registry,
        lambda: registry.add_credential(kind, value, vault=VAULT, person_id=building.kari, now=NOW),
    )
    if kind is CredentialKind.PIN:
        shown = str(error) + repr(error) + "".join(error.placeholders.values())
        assert str(value) not in shown


def test_the_building_minimum_applies(building: Building) -> None:
    registry = building.registry
    raises_unchanged(
        ErrorCode.PIN_TOO_SHORT,
        registry,
        lambda: registry.add_credential(
            CredentialKind.PIN, PIN, vault=VAULT, person_id=building.kari, min_pin_length=8, now=NOW
        ),
    )
    registry.add_credential(
        CredentialKind.PIN, "5839", vault=VAULT, person_id=building.kari, min_pin_length=4, now=NOW
    )


class _Digits:
    """Stands in for `secrets` in `pins`: hands out the digits of the given PINs in turn."""

    def __init__(self, *pins: str) -> None:
        self._digits = iter("".join(pins))

    def choice(self, _alphabet: str) -> str:
        return next(self._digits)


def test_a_pin_the_hub_draws_is_shown_once_and_kept_like_any(building: Building) -> None:
    registry = building.registry
    change = registry.add_credential(
        CredentialKind.PIN, None, vault=VAULT, person_id=building.kari, now=NOW
    )
    pin = change.secret
    assert pin is not None
    assert len(pin) == 6
    assert check_pin(pin, 6) == pin  # digits, and not an easy one
    credential = registry.credentials[change.created[0]]
    assert VAULT.unseal(credential) == pin.encode()
    assert pin not in repr(change) + repr(credential) + _stored_text(registry)
    longer = registry.add_credential(
        CredentialKind.PIN, None, vault=VAULT, person_id=building.ola, min_pin_length=8, now=NOW
    )
    assert longer.secret is not None
    assert len(longer.secret) == 8
    raises_unchanged(
        ErrorCode.PIN_IN_USE,
        registry,
        lambda: registry.add_credential(
            CredentialKind.PIN, pin, vault=VAULT, person_id=building.ola, now=NOW
        ),
    )


def test_a_drawn_pin_is_never_one_in_use_or_easy(
    monkeypatch: pytest.MonkeyPatch, building: Building
) -> None:
    """The draws are taken, easy, then free: the free one is given, checked by the registry."""
    registry = building.registry
    _add_pin(building, building.ola)
    monkeypatch.setattr(pins, "secrets", _Digits(PIN, "123456", OTHER_PIN))
    change = registry.add_credential(
        CredentialKind.PIN, None, vault=VAULT, person_id=building.kari, now=NOW
    )
    assert change.secret == OTHER_PIN


def test_only_a_pin_may_be_drawn(building: Building) -> None:
    registry = building.registry
    raises_unchanged(
        ErrorCode.INVALID_TAG,
        registry,
        lambda: registry.add_credential(
            CredentialKind.TAG, None, vault=VAULT, person_id=building.kari, now=NOW
        ),
    )


def test_a_chosen_pin_is_not_repeated_in_the_change(building: Building) -> None:
    change = building.registry.add_credential(
        CredentialKind.PIN, PIN, vault=VAULT, person_id=building.kari, now=NOW
    )
    assert change.secret is None


def test_a_credential_has_exactly_one_holder(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    share = registry.share_key(building.kari, "front", target="guest", now=NOW).created[0]
    for holders in ({}, {"person_id": building.kari, "share_id": share}):
        raises_unchanged(
            ErrorCode.CREDENTIAL_HOLDER,
            registry,
            lambda holders=holders: registry.add_credential(  # type: ignore[misc]
                CredentialKind.PIN, PIN, vault=VAULT, now=NOW, **holders
            ),
        )
    raises_unchanged(
        ErrorCode.CREDENTIAL_HOLDER,
        registry,
        lambda: registry.add_credential(
            CredentialKind.PIN, PIN, vault=VAULT, share_id=share, now=NOW
        ),
    )  # an HA user's share holds no PIN
    raises_unchanged(
        ErrorCode.UNKNOWN_PERSON,
        registry,
        lambda: registry.add_credential(
            CredentialKind.PIN, PIN, vault=VAULT, person_id="ghost", now=NOW
        ),
    )


# Uniqueness ---------------------------------------------------------------------------------


def test_a_pin_in_use_is_refused_without_saying_whose(building: Building) -> None:
    registry = building.registry
    _add_pin(building, building.kari)
    error = raises_unchanged(
        ErrorCode.PIN_IN_USE, registry, lambda: _add_pin(building, building.ola)
    )
    assert error.placeholders == {}
    assert building.kari not in str(error)
    assert "Kari" not in str(error)
    assert PIN not in str(error)
    raises_unchanged(ErrorCode.PIN_IN_USE, registry, lambda: _add_pin(building, building.kari))


def test_a_tag_in_use_is_refused_in_any_spelling(building: Building) -> None:
    registry = building.registry
    registry.add_credential(CredentialKind.TAG, TAG, vault=VAULT, person_id=building.kari, now=NOW)
    error = raises_unchanged(
        ErrorCode.TAG_IN_USE,
        registry,
        lambda: registry.add_credential(
            CredentialKind.TAG, "04a23b1c", vault=VAULT, person_id=building.ola, now=NOW
        ),
    )
    assert error.placeholders == {}
    assert building.kari not in str(error)


def test_the_same_digits_as_pin_and_as_tag_are_two_credentials(building: Building) -> None:
    _add_pin(building, building.kari, "58392011")
    building.registry.add_credential(
        CredentialKind.TAG, "58392011", vault=VAULT, person_id=building.kari, now=NOW
    )
    assert len(building.registry.credentials) == 2


def test_a_blocked_pin_is_never_handed_out_again(building: Building) -> None:
    registry = building.registry
    leaked = _add_pin(building, building.kari)
    registry.block_credential(leaked, now=NOW)
    raises_unchanged(ErrorCode.PIN_IN_USE, registry, lambda: _add_pin(building, building.ola))
    registry.remove_credential(leaked)
    raises_unchanged(ErrorCode.PIN_IN_USE, registry, lambda: _add_pin(building, building.ola))
    sharing_grant(building)
    raises_unchanged(ErrorCode.PIN_IN_USE, registry, lambda: _pin_share(building, PIN))
    stored = registry.to_dict()
    assert len(stored["retired_pins"]) == 1
    assert PIN not in json.dumps(stored)
    again = Registry.from_dict(stored)
    with pytest.raises(AccessError) as err:
        again.add_credential(CredentialKind.PIN, PIN, vault=VAULT, person_id=building.ola, now=NOW)
    assert err.value.code is ErrorCode.PIN_IN_USE


def test_a_blocked_pin_stays_refused_when_its_holder_moves_out(building: Building) -> None:
    registry = building.registry
    registry.block_credential(_add_pin(building, building.kari), now=NOW)
    registry.erase_person(building.kari)
    raises_unchanged(ErrorCode.PIN_IN_USE, registry, lambda: _add_pin(building, building.ola))


def test_a_pin_removed_unblocked_may_be_chosen_again(building: Building) -> None:
    registry = building.registry
    registry.remove_credential(_add_pin(building, building.kari))
    assert registry.credentials[_add_pin(building, building.ola)].number == 2


def test_a_removed_tag_may_be_added_again_even_if_it_was_blocked(building: Building) -> None:
    """A found tag is back in its owner's hand; only leaked PINs stay refused."""
    registry = building.registry
    lost = registry.add_credential(
        CredentialKind.TAG, TAG, vault=VAULT, person_id=building.kari, now=NOW
    ).created[0]
    registry.block_credential(lost, now=NOW)
    registry.remove_credential(lost)
    registry.add_credential(CredentialKind.TAG, TAG, vault=VAULT, person_id=building.kari, now=NOW)


# Blocking and removing ----------------------------------------------------------------------


def test_blocking_keeps_the_credential_and_blocking_twice_does_nothing(
    building: Building,
) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["front"], now=NOW)
    credential_id = _add_pin(building, building.kari)
    change = registry.block_credential(credential_id, now=NOW + HOUR)
    assert change.credentials == {credential_id}
    assert change.doors == {"front"}
    assert registry.credentials[credential_id].blocked_at == NOW + HOUR
    assert registry.credentials[credential_id].blocked
    assert registry.block_credential(credential_id, now=NOW + 2 * HOUR).empty
    assert registry.credentials[credential_id].blocked_at == NOW + HOUR


def test_unknown_credentials(building: Building) -> None:
    registry = building.registry
    error = raises_unchanged(
        ErrorCode.UNKNOWN_CREDENTIAL, registry, lambda: registry.remove_credential("ghost")
    )
    assert error.placeholders == {"credential_id": "ghost"}
    raises_unchanged(
        ErrorCode.UNKNOWN_CREDENTIAL,
        registry,
        lambda: registry.block_credential("ghost", now=NOW),
    )


def test_numbers_are_never_reused(building: Building) -> None:
    registry = building.registry
    first = _add_pin(building, building.kari)
    registry.remove_credential(first)
    second = _add_pin(building, building.ola, OTHER_PIN)
    assert registry.credentials[second].number == 2
    assert registry.credential_by_number(1) is None
    assert Registry.from_dict(registry.to_dict()).next_credential_number == 3


def test_removing_a_person_removes_their_credentials(building: Building) -> None:
    registry = building.registry
    registry.grant_access([building.kari], door_ids=["garage"], now=NOW)
    pin = _add_pin(building, building.kari)
    kept = _add_pin(building, building.ola, OTHER_PIN)
    change = registry.remove_person(building.kari)
    assert pin in change.credentials
    assert "garage" in change.doors
    assert set(registry.credentials) == {kept}
    assert registry.credentials_of_person(building.kari) == []
    _add_pin(building, building.ola)  # the PIN is free again: it was never leaked


def test_erasing_a_person_leaves_no_credential(building: Building) -> None:
    registry = building.registry
    registry.add_credential(CredentialKind.TAG, TAG, vault=VAULT, person_id=building.kari, now=NOW)
    registry.erase_person(building.kari)
    assert registry.credentials == {}
    assert registry.problems() == []


# PIN shares ---------------------------------------------------------------------------------


def test_a_pin_share_gets_a_random_pin_shown_once(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    change = registry.share_key(
        building.kari, "front", kind=ShareKind.PIN, vault=VAULT, use_limit=3, now=NOW
    )
    share_id, credential_id = change.created
    pin = change.secret
    assert pin is not None
    assert len(pin) == 6
    assert check_pin(pin, 6) == pin
    credential = registry.credentials[credential_id]
    assert registry.credential_of_share(share_id) == credential
    assert (credential.share_id, credential.person_id) == (share_id, None)
    assert registry.shares[share_id].target == credential.lookup
    assert VAULT.unseal(credential) == pin.encode()
    assert change.credentials == {credential_id}
    assert change.doors == {"front"}
    assert pin not in repr(change)
    assert pin not in _stored_text(registry)
    assert registry.problems() == []


def test_a_random_pin_follows_a_longer_building_minimum(building: Building) -> None:
    sharing_grant(building)
    change = building.registry.share_key(
        building.kari, "front", kind=ShareKind.PIN, vault=VAULT, min_pin_length=8, now=NOW
    )
    assert change.secret is not None
    assert len(change.secret) == 8


def test_a_chosen_share_pin_is_checked_like_any_pin(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    _add_pin(building, building.ola)
    raises_unchanged(ErrorCode.PIN_IN_USE, registry, lambda: _pin_share(building, PIN))
    raises_unchanged(ErrorCode.TRIVIAL_PIN, registry, lambda: _pin_share(building, "111111"))
    raises_unchanged(
        ErrorCode.PIN_TOO_SHORT,
        registry,
        lambda: _pin_share(building, "5839", min_pin_length=6),
    )
    share, pin = _pin_share(building, OTHER_PIN)
    assert pin == OTHER_PIN
    assert VAULT.unseal(registry.credential_of_share(share)) == OTHER_PIN.encode()  # type: ignore[arg-type]


def test_a_pin_share_takes_no_target_and_needs_the_vault(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    raises_unchanged(
        ErrorCode.INVALID_SHARE_TARGET,
        registry,
        lambda: registry.share_key(
            building.kari, "front", kind=ShareKind.PIN, target="ab" * 32, vault=VAULT, now=NOW
        ),
    )
    raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.share_key(building.kari, "front", kind=ShareKind.PIN, now=NOW),
    )
    error = raises_unchanged(
        ErrorCode.INVALID_FIELD,
        registry,
        lambda: registry.share_key(building.kari, "front", target="guest", pin=PIN, now=NOW),
    )
    assert error.placeholders == {"field": "pin"}


def test_someone_who_may_not_share_learns_nothing_about_pins_in_use(building: Building) -> None:
    registry = building.registry
    _add_pin(building, building.kari)
    registry.grant_access([building.ola], door_ids=["front"], now=NOW)
    raises_unchanged(
        ErrorCode.SHARING_NOT_ALLOWED,
        registry,
        lambda: registry.share_key(
            building.ola, "front", kind=ShareKind.PIN, pin=PIN, vault=VAULT, now=NOW
        ),
    )


def test_a_share_that_goes_takes_its_pin_along(building: Building) -> None:
    registry = building.registry
    grant = sharing_grant(building, limit=3)
    revoked, _ = _pin_share(building)
    registry.revoke_share(revoked, now=NOW)
    assert registry.credential_of_share(revoked) is not None, "kept until pruned"
    change = registry.prune_shares(NOW + HOUR)
    assert revoked not in registry.shares
    assert len(change.credentials) == 1
    assert registry.credentials == {}
    _pin_share(building)
    change = registry.revoke_access([grant])
    assert len(change.credentials) == 1
    assert registry.credentials == {}
    assert registry.problems() == []


def test_removing_a_door_removes_its_pin_shares_not_peoples_pins(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    _pin_share(building)
    own = _add_pin(building, building.kari, OTHER_PIN)
    registry.remove_door("front")
    assert set(registry.credentials) == {own}


def test_removing_a_share_pin_removes_the_share(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    share, _ = _pin_share(building)
    credential = registry.credential_of_share(share)
    assert credential is not None
    change = registry.remove_credential(credential.id)
    assert share in change.shares
    assert share not in registry.shares
    assert registry.problems() == []


def test_a_blocked_share_pin_names_the_sharer(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    share, _ = _pin_share(building)
    credential = registry.credential_of_share(share)
    assert credential is not None
    change = registry.block_credential(credential.id, now=NOW)
    assert change.people == {building.kari}
    assert change.doors == {"front"}


def _legacy_pin_share(building: Building) -> Registry:
    """A version-1 file with a PIN share made before shares held their PIN."""
    registry = building.registry
    sharing_grant(building, limit=3)
    registry.share_key(building.kari, "front", kind=ShareKind.LINK, target="ab" * 32, now=NOW)
    stored = registry.to_dict()
    stored["shares"][0]["kind"] = "pin"
    stored["schema_version"] = 1
    for key in ("credentials", "next_credential_number", "retired_pins"):
        del stored[key]
    fresh = (f"new{n}" for n in itertools.count())
    return Registry.from_dict(stored, id_factory=lambda: next(fresh))


def test_a_pin_share_without_its_pin_can_get_one(building: Building) -> None:
    registry = _legacy_pin_share(building)
    share = next(iter(registry.shares))
    change = registry.add_credential(CredentialKind.PIN, PIN, vault=VAULT, share_id=share, now=NOW)
    credential = registry.credentials[change.created[0]]
    assert registry.shares[share].target == credential.lookup
    assert change.doors == {"front"}
    assert registry.problems() == []
    raises_unchanged(
        ErrorCode.SHARE_HAS_CREDENTIAL,
        registry,
        lambda: registry.add_credential(
            CredentialKind.PIN, OTHER_PIN, vault=VAULT, share_id=share, now=NOW
        ),
    )


def test_a_revoked_pin_share_gets_no_pin(building: Building) -> None:
    registry = _legacy_pin_share(building)
    share = next(iter(registry.shares))
    registry.revoke_share(share, now=NOW)
    raises_unchanged(
        ErrorCode.SHARE_NOT_ACTIVE,
        registry,
        lambda: registry.add_credential(
            CredentialKind.PIN, PIN, vault=VAULT, share_id=share, now=NOW
        ),
    )


# What may never show a PIN ------------------------------------------------------------------


def test_no_pin_in_stored_form_repr_or_errors(building: Building) -> None:
    registry = building.registry
    sharing_grant(building)
    _add_pin(building, building.kari)
    change = registry.share_key(
        building.kari, "front", kind=ShareKind.PIN, pin=OTHER_PIN, vault=VAULT, now=NOW
    )
    credentials = list(registry.credentials.values())
    shown = _stored_text(registry) + repr(change) + repr(credentials) + repr(registry._ix)
    assert PIN not in shown
    assert OTHER_PIN not in shown
    for credential in credentials:
        assert credential.sealed not in repr(credential)
        assert credential.lookup not in repr(credential)
    for pin in (PIN, OTHER_PIN):
        with pytest.raises(AccessError) as err:
            _add_pin(building, building.ola, pin)
        assert pin not in str(err.value) + repr(err.value) + json.dumps(err.value.placeholders)
