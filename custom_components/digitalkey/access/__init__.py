"""The building's access model: people, doors, bundles, grants, shares, PINs, tags, policy.

Pure Python: no Home Assistant or protocol import, no I/O, no clock (every function that
needs the time takes `now`); `cryptography` for the credential vault only. The Home
Assistant layer uses it like this:

- load: `Registry.from_dict(stored, BuildingSettings(country, time_zone))` (or `Registry()`
  for a new building); save `registry.to_dict()` in the building's Store after a change;
- change: call an operation (`add_person`, `grant_access`, `share_key`, ...); on
  `AccessError` show the translation of `error.code` with `error.placeholders`; on success
  use the returned `Change` for events and to mark `Change.doors` for a credential sync;
- decide: `policy.decide(registry, actor, door_id, action, now, allow_unattributed=...)`
  (a guest link: `policy.decide_share(registry, share_id, door_id, action, now)`);
  on refusal translate `decision.reasons`; "My keys": `policy.may_open_now`;
  a refusal's schedule text: `schedules.describe(grant.schedule, language)`;
- PIN codes and tags: `CredentialVault.from_hub_key(hub private key)` once per building,
  passed to `add_credential` and `share_key(kind=ShareKind.PIN)`; a door unit's records:
  `door_credentials(registry, door_id, now, kinds=...)`, unsealing each credential's value
  with the vault to compute the unit's secret; re-derive at `next_change(...)`; a unit's
  log names a credential by `holder_of_record(registry, record_id)`;
- organisations: the board's `create_organisation`, `update_organisation`,
  `delete_organisation`, `update_staff` (`add_staff`, `remove_staff`, `set_managers`); a
  manager's `grant_staff_access`, `revoke_staff_access`, `staff_grants`, called with the
  manager's person id (the HA layer's caller, never a person id from the call).

Modules: `model` (the records), `registry` (the operations), `sharing` (the sharing rule
and share operations), `organisations` (organisations, staff, managers), `staff_keys` (a
manager's keys for their staff), `holds` (what an organisation holds, and its staff's
keys' real terms), `credentials` (PIN and tag operations), `credential_vault` (sealing
and lookup hashes), `pins` and `tags` (checking values), `door_credentials` (a door unit's
records), `view` (state and reads), `plan` (check first, then apply, and `Change`),
`policy` (decisions), `schedules` (weekly windows), `contact` (phone, e-mail, language),
`link_tokens` (guest link tokens and their digests), `schema` (stored layout and
migrations), `indexes` (lookups), `checks` (input checks), `errors`.
"""
