"""How an operation changes the registry: a plan collected first, applied at once.

An operation checks its input and collects what it will store and drop in a `Plan`,
following the cascades (`drop_grant` takes the grant's shares along, `fit_shares` clips or
drops shares when a grant changes, ...). Nothing is written until everything was checked;
then `RegistryView._apply` writes the plan, which cannot fail, and returns the `Change`.
That is why a refused operation leaves the registry exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from .errors import AccessError, ErrorCode
from .model import (
    MAX_CREDENTIAL_NUMBER,
    Bundle,
    Credential,
    CredentialKind,
    Door,
    Grant,
    Organisation,
    Person,
    Share,
)

if TYPE_CHECKING:
    from .view import RegistryView


@dataclass(frozen=True, slots=True)
class Change:
    """What an operation did, by id."""

    operation: str
    people: frozenset[str] = frozenset()
    doors: frozenset[str] = frozenset()
    bundles: frozenset[str] = frozenset()
    grants: frozenset[str] = frozenset()
    shares: frozenset[str] = frozenset()
    credentials: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    created: tuple[str, ...] = ()
    """Ids the operation created, in the order of its arguments."""
    pseudonym: str | None = None
    """`erase_person` only: the token that replaces the person's id in the event log."""
    secret: str | None = field(default=None, repr=False, compare=False)
    """A PIN the hub drew (`share_key` of a PIN share, `add_credential` without a value),
    for the one answer that shows it.

    The only place a PIN leaves the access model in clear. It is in no stored form, no
    `repr` and no comparison; the caller shows it once and does not keep or log it.
    """

    @property
    def empty(self) -> bool:
        """Whether nothing changed (an operation with nothing to do)."""
        return not (
            self.people
            or self.doors
            or self.bundles
            or self.grants
            or self.shares
            or self.credentials
            or self.organisations
        )


class Plan:
    """Values to store and ids to drop, collected while validating, applied at once."""

    def __init__(self, view: RegistryView, operation: str) -> None:
        """An empty plan for `operation` on the registry `view`."""
        self.view = view
        self.operation = operation
        self.put_people: dict[str, Person] = {}
        self.put_doors: dict[str, Door] = {}
        self.put_bundles: dict[str, Bundle] = {}
        self.put_grants: dict[str, Grant] = {}
        self.put_shares: dict[str, Share] = {}
        self.drop_people: set[str] = set()
        self.drop_doors: set[str] = set()
        self.drop_bundles: set[str] = set()
        self.drop_grants: set[str] = set()
        self.drop_shares: set[str] = set()
        self.put_credentials: dict[str, Credential] = {}
        self.drop_credentials: set[str] = set()
        self.put_organisations: dict[str, Organisation] = {}
        self.drop_organisations: set[str] = set()
        self.retire_pins: set[str] = set()
        """Lookups of blocked PINs removed by this plan (see `schema.Tables.retired_pins`)."""
        self.next_credential_number = view.next_credential_number
        self.people: set[str] = set()
        """People affected beyond those stored or dropped (holders, sharers)."""
        self.doors: set[str] = set()
        """Doors whose keys may change beyond those stored or dropped."""
        self.created: list[str] = []

    def drop_grant(self, grant: Grant) -> None:
        """Remove a grant and every share made from it."""
        self.drop_grants.add(grant.id)
        self.people.add(grant.person_id)
        self.doors |= self.view.doors_of(grant)
        for share in self.view.shares_of_grant(grant.id):
            self.drop_share(share)

    def drop_share(self, share: Share) -> None:
        """Remove a share and its credential (a PIN share's PIN)."""
        self.drop_shares.add(share.id)
        self.put_shares.pop(share.id, None)
        self.people.add(share.from_person_id)
        self.doors.add(share.door_id)
        credential = self.view.credential_of_share(share.id)
        if credential is not None:
            self.drop_credential(credential)

    def drop_credential(self, credential: Credential) -> None:
        """Remove a credential; a blocked PIN's value stays refused for good."""
        self.drop_credentials.add(credential.id)
        self.put_credentials.pop(credential.id, None)
        self.doors |= self.view.credential_doors(credential)
        if credential.person_id is not None:
            self.people.add(credential.person_id)
        if credential.blocked and credential.kind is CredentialKind.PIN:
            self.retire_pins.add(credential.lookup)

    def take_credential_number(self) -> int:
        """The next credential number from the building's counter (never reused)."""
        number = self.next_credential_number
        if number > MAX_CREDENTIAL_NUMBER:
            raise AccessError(ErrorCode.INVALID_FIELD, field="number", value=number)
        self.next_credential_number = number + 1
        return number

    def fit_shares(self, grant: Grant, doors: frozenset[str]) -> None:
        """Clip the grant's shares to its (new) window and doors; drop those left with none."""
        for share in self.view.shares_of_grant(grant.id):
            start = share.valid_from
            if grant.valid_from is not None and start < grant.valid_from:
                start = grant.valid_from
            end = share.valid_until
            if grant.valid_until is not None and (end is None or end > grant.valid_until):
                end = grant.valid_until
            if share.door_id not in doors or (end is not None and end <= start):
                self.drop_share(share)
            elif (start, end) != (share.valid_from, share.valid_until):
                self.put_shares[share.id] = replace(share, valid_from=start, valid_until=end)
                self.doors.add(share.door_id)

    def revoke_shares_of(self, grant_id: str, now: datetime) -> None:
        """Mark the grant's active shares revoked at `now` (those not already dropped)."""
        for stored in self.view.shares_of_grant(grant_id):
            if stored.id in self.drop_shares:
                continue
            share = self.put_shares.get(stored.id, stored)
            if share.revoked_at is None:
                self.put_shares[share.id] = replace(share, revoked_at=now)
                self.people.add(share.from_person_id)
                self.doors.add(share.door_id)
