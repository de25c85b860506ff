"""PIN codes and tags: adding, blocking and removing them (part of `Registry`).

A credential opens doors at the door unit itself, without the app or the hub. It is held by
a person, and then opens every door their grants open, on the grants' terms; or by a PIN
share (`share_key(kind=ShareKind.PIN)` creates both at once), and then opens the share's
door on the share's terms. What a door unit gets is derived in `door_credentials.py`.

Rules kept here:
- **Values are checked** (`pins.check_pin` with the building's minimum length, or
  `tags.parse_tag_uid`) and then kept only sealed and as a lookup hash
  (`credential_vault.py`); nothing here stores or raises with a value in clear. A PIN the
  hub draws itself (`add_credential` without a value, a PIN share) is returned once, in
  `Change.secret`, for the one answer that shows it.
- **Unique in the building**: no two PIN credentials share a PIN and no two tag credentials
  a tag, blocked ones included (a blocked record stays on the units, disabled: a second
  record with the same secret would open). The refusal (`pin_in_use`, `tag_in_use`) names
  nobody. A blocked PIN stays refused even after it is removed (`retired_pins`): a leaked
  PIN is never handed to someone else. A removed tag may be added again (the tag itself is
  back in someone's hand).
- **Numbers** come from the registry's counter and are never reused, so a unit's log that
  names an old record never points at a new holder.
- **Blocking** (a lost tag, a leaked PIN) marks the credential blocked; its records stay on
  the units with the enabled flag off, so a unit logs "denied, disabled" with its id.
  Blocking twice does nothing the second time (as revoking a share twice).
- **Cascades**: removing or erasing a person removes their credentials; a share dropped or
  pruned takes its PIN along; removing a PIN share's credential removes the share (a PIN
  share without its PIN opens nothing and cannot get another).

Every operation returns a `Change` whose `doors` are the doors whose credential set may
differ, and whose `credentials` are the credentials touched.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from .checks import enum_member, optional_text
from .credential_vault import CredentialVault
from .errors import AccessError, ErrorCode
from .model import Credential, CredentialKind, ShareKind, utc
from .pins import (
    DEFAULT_MIN_PIN_LENGTH,
    RANDOM_PIN_LENGTH,
    check_min_length,
    check_pin,
    random_pin,
)
from .plan import Change, Plan
from .tags import check_tag_uid, parse_tag_uid, tag_hint
from .view import RegistryView


def credential_value(kind: CredentialKind, value: str | bytes, min_pin_length: int) -> bytes:
    """The bytes a credential keeps sealed: a PIN's ASCII digits, or a tag's UID.

    A PIN is given as text (`"583920"`); a tag as hex text (`"04:A2:3B:1C"`) or as the
    UID bytes a reader reported.
    """
    if kind is CredentialKind.PIN:
        if not isinstance(value, str):
            raise AccessError(ErrorCode.INVALID_PIN)
        return check_pin(value, min_pin_length).encode()
    if isinstance(value, str):
        return parse_tag_uid(value)
    return check_tag_uid(value)


class CredentialOperations(RegistryView):
    """Adding, blocking and removing PIN codes and tags."""

    def _check_free(self, kind: CredentialKind, lookup: str) -> None:
        if self.value_taken(kind, lookup):
            code = ErrorCode.PIN_IN_USE if kind is CredentialKind.PIN else ErrorCode.TAG_IN_USE
            raise AccessError(code)

    def _draw_pin(self, vault: CredentialVault, min_pin_length: int) -> str:
        """A random PIN that no credential of the building has (nor had, if retired).

        6 digits, or the building's minimum when that is longer.
        """
        return random_pin(
            max(RANDOM_PIN_LENGTH, min_pin_length),
            lambda candidate: self.value_taken(
                CredentialKind.PIN, vault.lookup(CredentialKind.PIN, candidate.encode())
            ),
        )

    def _plan_credential(
        self,
        plan: Plan,
        kind: CredentialKind,
        value: bytes,
        *,
        vault: CredentialVault,
        now: datetime,
        person_id: str | None = None,
        share_id: str | None = None,
        label: str | None = None,
        created_by: str | None = None,
    ) -> Credential:
        """Add a checked, free value to the plan as a new credential of its holder."""
        label = optional_text(label, "label")
        created_by = optional_text(created_by, "created_by")
        credential_id = self._new_id()
        number = plan.take_credential_number()
        credential = Credential(
            id=credential_id,
            number=number,
            kind=kind,
            person_id=person_id,
            share_id=share_id,
            sealed=vault.seal(kind, value, number=number, credential_id=credential_id),
            lookup=vault.lookup(kind, value),
            created_at=now,
            hint=tag_hint(value) if kind is CredentialKind.TAG else None,
            label=label,
            created_by=created_by,
        )
        plan.put_credentials[credential_id] = credential
        plan.created.append(credential_id)
        if person_id is not None:
            plan.people.add(person_id)
            plan.doors |= self.credential_doors(credential)
        return credential

    def add_credential(
        self,
        kind: CredentialKind,
        value: str | bytes | None,
        *,
        vault: CredentialVault,
        now: datetime,
        person_id: str | None = None,
        share_id: str | None = None,
        label: str | None = None,
        created_by: str | None = None,
        min_pin_length: int = DEFAULT_MIN_PIN_LENGTH,
    ) -> Change:
        """Give a person (or a PIN share without one) a PIN code or a tag.

        `created[0]` is the new credential's id. A PIN `value` None asks the hub to draw a
        random one (6 digits, or `min_pin_length` if longer), returned once in
        `Change.secret`; a tag always needs its value. A share may only get a PIN, only while it
        is not revoked, expired or used up, and only when it has none; its `target` becomes
        the PIN's lookup. Whether the caller may add it (an admin; a resident for their
        own PIN where the building allows it) is the caller's check, and so is limiting
        how often a resident may be told `pin_in_use`.
        """
        now = utc(now, "now")
        kind = enum_member(CredentialKind, kind, "kind")
        if (person_id is None) == (share_id is None):
            raise AccessError(ErrorCode.CREDENTIAL_HOLDER)
        plan = Plan(self, "add_credential")
        if person_id is not None:
            self.person(person_id)
        else:
            share = self.share(share_id or "")
            if kind is not CredentialKind.PIN or share.kind is not ShareKind.PIN:
                raise AccessError(ErrorCode.CREDENTIAL_HOLDER)
            if self.credential_of_share(share.id) is not None:
                raise AccessError(ErrorCode.SHARE_HAS_CREDENTIAL, share_id=share.id)
            if not share.counts_against_limit(now):
                raise AccessError(ErrorCode.SHARE_NOT_ACTIVE, share_id=share.id)
        secret: str | None = None
        if value is None:
            if kind is not CredentialKind.PIN:
                raise AccessError(ErrorCode.INVALID_TAG)
            secret = self._draw_pin(vault, check_min_length(min_pin_length))
            raw = secret.encode()
            lookup = vault.lookup(kind, raw)
        else:
            raw = credential_value(kind, value, min_pin_length)
            lookup = vault.lookup(kind, raw)
            self._check_free(kind, lookup)
        if share_id is not None:
            share = self._t.shares[share_id]
            plan.put_shares[share_id] = replace(share, target=lookup)
            plan.people.add(share.from_person_id)
            plan.doors.add(share.door_id)
        self._plan_credential(
            plan,
            kind,
            raw,
            vault=vault,
            now=now,
            person_id=person_id,
            share_id=share_id,
            label=label,
            created_by=created_by,
        )
        return replace(self._apply(plan), secret=secret)

    def remove_credential(self, credential_id: str) -> Change:
        """Remove a PIN code or tag; a PIN share's PIN goes with its share."""
        credential = self.credential(credential_id)
        plan = Plan(self, "remove_credential")
        if credential.share_id is not None:
            plan.drop_share(self._t.shares[credential.share_id])
        else:
            plan.drop_credential(credential)
        return self._apply(plan)

    def block_credential(self, credential_id: str, *, now: datetime) -> Change:
        """Block a lost tag or a leaked PIN at once; blocking twice changes nothing.

        The credential stays (disabled on the units, its value refused for anyone else)
        until it is removed.
        """
        now = utc(now, "now")
        credential = self.credential(credential_id)
        plan = Plan(self, "block_credential")
        if not credential.blocked:
            plan.put_credentials[credential_id] = replace(credential, blocked_at=now)
            plan.doors |= self.credential_doors(credential)
            if credential.person_id is not None:
                plan.people.add(credential.person_id)
            else:
                plan.people.add(self._t.shares[credential.share_id or ""].from_person_id)
        return self._apply(plan)
