"""Whose PIN code or tag a door unit's log record names, by id only.

A unit logs a PIN or tag by its record id (`number << 6 | slot`, protocol §8.1); the
registry maps the number back to the credential (`door_credentials.holder_of_record`), and
the credential to its holder: a person, or a PIN share (then the share's maker stands for
it, and no recipient is known: a guest at a keypad is nobody in the registry).

A record is attributed only when that answer is one this hub can stand behind:

- the credential still exists (numbers are never reused, so a record of a removed
  credential names nobody rather than a newer holder);
- it is of the kind the record's source says (a PIN record never names a tag);
- it may be on this door at all (`RegistryView.credential_doors`: a share's door, or any
  door of its person's grants, ended ones included). A unit that holds a record this hub
  did not put there (another building's hub paired to it too) cannot pin it on someone
  of this building who has no key to the door. The price: a record read after its holder's
  last key to the door was revoked stays unattributed.

Pure: no Home Assistant import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .access.door_credentials import holder_of_record
from .access.model import CredentialKind
from .access.view import RegistryView
from .protocol.constants import LogSource
from .protocol.records import LogRecord

_KIND_OF_SOURCE: Final = {LogSource.PIN: CredentialKind.PIN, LogSource.TAG: CredentialKind.TAG}


@dataclass(frozen=True, slots=True)
class CredentialHolder:
    """The credential a record names and who holds it (ids only, never names or values)."""

    credential_id: str
    kind: CredentialKind
    person_id: str | None
    """The holder; for a PIN share its maker."""
    share_id: str | None
    grant_id: str | None
    """The grant a share came from (a person's own credential opens on any of theirs)."""
    blocked: bool
    hint: str | None
    """A tag's last four hex digits (what the board is told); None for a PIN."""


def credential_holder(
    registry: RegistryView, door_id: str, record: LogRecord
) -> CredentialHolder | None:
    """Whose credential `record` names at `door_id`; None when no answer can be trusted."""
    kind = _KIND_OF_SOURCE.get(record.source)
    if kind is None or not record.subject:
        return None
    credential = holder_of_record(registry, record.subject)
    if credential is None or credential.kind is not kind:
        return None
    if door_id not in registry.credential_doors(credential):
        return None
    person_id, grant_id = credential.person_id, None
    if credential.share_id is not None:
        share = registry.shares.get(credential.share_id)
        if share is None:
            return None
        person_id, grant_id = share.from_person_id, share.grant_id
    return CredentialHolder(
        credential_id=credential.id,
        kind=kind,
        person_id=person_id,
        share_id=credential.share_id,
        grant_id=grant_id,
        blocked=credential.blocked,
        hint=credential.hint,
    )
