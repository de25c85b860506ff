"""Sharing: who may pass a key on, how many times, and the operations on shares.

A person may share a door when they hold a normal grant covering it with `may_share`, and
fewer active shares of that door than the grant's `share_limit` (the board's "how many
keys per resident"). Emergency keys are never shared. A share:

- is for one door, to one target (`ShareKind`): an HA user; a PIN, which `share_key` checks
  (or draws at random), keeps as the share's credential and names by its lookup hash; or a
  link, by the hash of its token;
- lives inside the grant it came from: its window is clipped to the grant's validity
  when made (refused only if nothing is left), it follows the grant's weekly schedule at
  every decision, and it is removed with the grant;
- may carry a use limit (`record_share_use` counts opens) and `notify_on_use`, and, for
  a link share, the language of its guest page;
- is revoked by its maker or an admin (`policy.may_manage_share`), and stays listed as
  revoked until `prune_shares`.

Active shares (counted against the limit) are those neither revoked, expired nor used
up; a share that starts later already holds its place.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
import re
from typing import Final

from .checks import enum_member, optional_text, optional_utc, required_text
from .contact import Language
from .credential_vault import CredentialVault
from .credentials import CredentialOperations
from .errors import AccessError, ErrorCode
from .model import CredentialKind, GrantKind, Share, ShareKind, check_window, utc
from .pins import DEFAULT_MIN_PIN_LENGTH, check_min_length, check_pin
from .plan import Change, Plan

_HASH: Final = re.compile(r"[0-9a-f]{32,128}")


@dataclass(frozen=True, slots=True)
class ShareAllowance:
    """Whether a person may share a door now, from which grant, and how many more times."""

    allowed: bool
    grant_id: str | None
    """The grant a new share would come from (the sharing one with the highest limit)."""
    limit: int
    active: int
    """Shares of that door by that person that count against the limit now."""
    refusal: ErrorCode | None

    @property
    def remaining(self) -> int:
        """Shares still allowed."""
        return max(self.limit - self.active, 0)


class SharingOperations(CredentialOperations):
    """The registry's sharing rule and share operations (part of `Registry`)."""

    def share_allowance(self, person_id: str, door_id: str, now: datetime) -> ShareAllowance:
        """Whether the person may make one more share of the door now.

        The person needs a normal grant covering the door that allows sharing and has not
        expired (it may start later: the share is then clipped to start with it). With
        several, the one with the highest `share_limit` is used. Active shares are the
        person's shares of this door that are neither revoked, expired nor used up,
        whichever grant they came from; lowering a limit keeps the shares already made.
        """
        now = utc(now, "now")
        grants = self.grants_of_person_for_door(person_id, door_id)
        if not grants:
            return ShareAllowance(False, None, 0, 0, ErrorCode.NO_KEY)
        sharing = [
            grant
            for grant in grants
            if grant.kind is GrantKind.NORMAL
            and grant.may_share
            and (grant.valid_until is None or now < grant.valid_until)
        ]
        if not sharing:
            return ShareAllowance(False, None, 0, 0, ErrorCode.SHARING_NOT_ALLOWED)
        best = max(sharing, key=lambda grant: grant.share_limit)
        active = sum(
            1
            for share_id in self._ix.shares_by_person.get(person_id, ())
            if (share := self._t.shares[share_id]).door_id == door_id
            and share.counts_against_limit(now)
        )
        if active >= best.share_limit:
            return ShareAllowance(
                False, best.id, best.share_limit, active, ErrorCode.SHARE_LIMIT_REACHED
            )
        return ShareAllowance(True, best.id, best.share_limit, active, None)

    def share_key(
        self,
        person_id: str,
        door_id: str,
        *,
        now: datetime,
        target: str | None = None,
        kind: ShareKind = ShareKind.HA_USER,
        valid_from: datetime | None = None,
        valid_until: datetime | None = None,
        use_limit: int | None = None,
        notify_on_use: bool = False,
        label: str | None = None,
        language: Language | None = None,
        pin: str | None = None,
        vault: CredentialVault | None = None,
        min_pin_length: int = DEFAULT_MIN_PIN_LENGTH,
    ) -> Change:
        """The person passes their key to one door on to `target`.

        Allowed by `share_allowance`. The window defaults to from now, open-ended, and is
        clipped to the grant's validity; a share with nothing left is refused. `created[0]`
        is the share's id.

        - `ha_user`: `target` is the Home Assistant user id.
        - `link`: `target` is the token's hash, lower-case hex (32-128 digits): this refuses
          a token passed by mistake instead of its hash.
        - `pin`: no `target`; the share and its PIN credential (`created[1]`) are made in
          one operation, so no PIN share is ever without its PIN. `pin` is checked like any
          PIN (`min_pin_length`, trivial, unique); without it the hub draws a random one of
          6 digits (or `min_pin_length` if longer). Either way the PIN is returned once, in
          `Change.secret`, and the share's `target` is its lookup hash.

        `language` is the guest page's, for a link share (a share to a Home Assistant user
        is read in that user's own language, so it takes none).
        """
        now = utc(now, "now")
        person = self.person(person_id)
        self.door(door_id)
        kind = enum_member(ShareKind, kind, "kind")
        if kind is ShareKind.PIN:
            if target is not None:
                raise AccessError(ErrorCode.INVALID_SHARE_TARGET, kind=kind.value)
            if vault is None:
                raise AccessError(ErrorCode.INVALID_FIELD, field="vault")
            min_pin_length = check_min_length(min_pin_length)
        else:
            if pin is not None:
                raise AccessError(ErrorCode.INVALID_FIELD, field="pin")
            target = (target or "").strip()
            if kind is ShareKind.HA_USER:
                target = required_text(target, "target")
                if target == person.ha_user_id:
                    raise AccessError(ErrorCode.SHARE_TO_SELF)
            elif not _HASH.fullmatch(target):
                raise AccessError(ErrorCode.INVALID_SHARE_TARGET, kind=kind.value)
        if language is not None:
            if kind is not ShareKind.LINK:
                raise AccessError(ErrorCode.INVALID_FIELD, field="language")
            language = enum_member(Language, language, "language")
        if use_limit is not None and (isinstance(use_limit, bool) or use_limit < 1):
            raise AccessError(ErrorCode.INVALID_FIELD, field="use_limit", value=use_limit)
        start = optional_utc(valid_from, "valid_from") or now
        end = optional_utc(valid_until, "valid_until")
        check_window(start, end)
        if end is not None and end <= now:
            raise AccessError(ErrorCode.INVALID_WINDOW, field="valid_until")
        allowance = self.share_allowance(person_id, door_id, now)
        if not allowance.allowed:
            assert allowance.refusal is not None
            raise AccessError(allowance.refusal, limit=allowance.limit, door_id=door_id)
        grant = self._t.grants[allowance.grant_id or ""]
        if grant.valid_from is not None and start < grant.valid_from:
            start = grant.valid_from
        if grant.valid_until is not None and (end is None or end > grant.valid_until):
            end = grant.valid_until
        if end is not None and end <= start:
            raise AccessError(ErrorCode.SHARE_OUTSIDE_GRANT)
        secret: str | None = None
        if kind is ShareKind.PIN:
            assert vault is not None
            secret = self._share_pin(pin, vault, min_pin_length)
            target = vault.lookup(CredentialKind.PIN, secret.encode())
        assert target is not None
        share = Share(
            id=self._new_id(),
            grant_id=grant.id,
            from_person_id=person_id,
            door_id=door_id,
            kind=kind,
            target=target,
            created_at=now,
            valid_from=start,
            valid_until=end,
            use_limit=use_limit,
            notify_on_use=bool(notify_on_use),
            label=optional_text(label, "label"),
            language=language,
        )
        plan = Plan(self, "share_key")
        plan.put_shares[share.id] = share
        plan.people.add(person_id)
        plan.doors.add(door_id)
        plan.created.append(share.id)
        if secret is None:
            return self._apply(plan)
        assert vault is not None
        self._plan_credential(
            plan, CredentialKind.PIN, secret.encode(), vault=vault, now=now, share_id=share.id
        )
        return replace(self._apply(plan), secret=secret)

    def _share_pin(self, pin: str | None, vault: CredentialVault, min_pin_length: int) -> str:
        """The PIN a new PIN share gets: the one asked for (checked and free), or a random one.

        Checked only once the sharer is known to be allowed to share, so the uniqueness
        refusal is no oracle for someone who may not share at all.
        """
        if pin is None:
            return self._draw_pin(vault, min_pin_length)
        chosen = check_pin(pin, min_pin_length)
        self._check_free(CredentialKind.PIN, vault.lookup(CredentialKind.PIN, chosen.encode()))
        return chosen

    def revoke_share(self, share_id: str, *, now: datetime) -> Change:
        """Revoke a share (kept, marked revoked, until pruned). Revoking twice does nothing.

        Who may revoke (the sharer or an admin) is the caller's check.
        """
        now = utc(now, "now")
        share = self.share(share_id)
        plan = Plan(self, "revoke_share")
        if share.revoked_at is None:
            plan.put_shares[share_id] = replace(share, revoked_at=now)
            plan.people.add(share.from_person_id)
            plan.doors.add(share.door_id)
        return self._apply(plan)

    def record_share_use(self, share_id: str, *, now: datetime) -> Change:
        """Count one open made with the share; refused if the share cannot be used now."""
        now = utc(now, "now")
        share = self.share(share_id)
        grant = self._t.grants[share.grant_id]
        if not share.usable_at(now) or not grant.valid_at(now):
            raise AccessError(ErrorCode.SHARE_NOT_ACTIVE, share_id=share_id)
        plan = Plan(self, "record_share_use")
        plan.put_shares[share_id] = replace(share, uses=share.uses + 1)
        plan.people.add(share.from_person_id)
        if share.use_limit is not None and share.uses + 1 >= share.use_limit:
            plan.doors.add(share.door_id)
        return self._apply(plan)

    def prune_shares(self, before: datetime) -> Change:
        """Remove shares revoked or expired before `before` (history kept in the event log)."""
        before = utc(before, "before")
        plan = Plan(self, "prune_shares")
        for share in self._t.shares.values():
            if (share.revoked_at is not None and share.revoked_at < before) or (
                share.valid_until is not None and share.valid_until <= before
            ):
                plan.drop_share(share)
        return self._apply(plan)
