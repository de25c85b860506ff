"""The building's access model: people, doors, key bundles, grants, shares and the policy.

Pure Python: no Home Assistant or protocol import, no I/O, no clock (every function that
needs the time takes `now`). The Home Assistant layer uses it like this:

- load: `Registry.from_dict(stored, BuildingSettings(country, time_zone))` (or `Registry()`
  for a new building); save `registry.to_dict()` in the building's Store after a change;
- change: call an operation (`add_person`, `grant_access`, `share_key`, ...); on
  `AccessError` show the translation of `error.code` with `error.placeholders`; on success
  use the returned `Change` for events and to mark `Change.doors` for a credential sync;
- decide: `policy.decide(registry, actor, door_id, action, now, allow_unattributed=...)`
  (a guest link: `policy.decide_share(registry, share_id, door_id, action, now)`);
  on refusal translate `decision.reasons`; "My keys": `policy.may_open_now`;
  a refusal's schedule text: `schedules.describe(grant.schedule, language)`.

Modules: `model` (the records), `registry` (the operations), `sharing` (the sharing rule
and share operations), `view` (state and reads), `plan` (check first, then apply, and
`Change`), `policy` (decisions), `schedules` (weekly windows), `contact` (phone, e-mail,
language), `link_tokens` (guest link tokens and their digests), `schema` (stored layout
and migrations), `indexes` (lookups), `checks` (input checks), `errors`.
"""
