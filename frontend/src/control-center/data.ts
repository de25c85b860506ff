/**
 * The shapes the control center reads from the integration's panel commands.
 *
 * These mirror the answers of `digitalkey/overview/get`, `digitalkey/person/get` and
 * `digitalkey/door/get` (the issue 11 contract) and of the bridged actions the pages call.
 * The server is the authority: fields the panel does not use are left out, and a field
 * the server may leave empty is typed as nullable so that the pages handle it.
 */

export type Role = "owner" | "tenant" | "board" | "caretaker" | "service_provider";
export const ROLES: readonly Role[] = ["owner", "tenant", "board", "caretaker", "service_provider"];

export type PersonLanguage = "en" | "nb" | "da" | "nl";
export const PERSON_LANGUAGES: readonly PersonLanguage[] = ["nb", "da", "nl", "en"];

export interface DoorSync {
  state: "in_sync" | "pending" | "failed" | null;
  pending: number | null;
  since: string | null;
  reason: string | null;
}

export interface Door {
  id: string;
  name: string;
  address: string | null;
  entrance: string | null;
  entity_id: string | null;
  lock_state: string | null;
  battery: number | null;
  battery_critical: boolean | null;
  sync: DoorSync | null;
  has_keypad: boolean;
  has_reader: boolean;
}

export interface PersonRow {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  dwelling: string | null;
  entrance: string | null;
  role: Role;
  consent: boolean;
  linked: boolean;
  ha_user_id: string | null;
  keys: number;
  shares: number;
  shares_at_limit: boolean;
  credentials: number;
}

export interface Bundle {
  id: string;
  name: string;
  door_ids: string[];
}

export interface Settings {
  allow_resident_pins: boolean;
  pin_min_length: number;
  language: string;
}

export interface Overview {
  doors: Door[];
  people: PersonRow[];
  bundles: Bundle[];
  settings: Settings;
}

/** One window of a weekly schedule, as the actions take it. */
export interface ScheduleWindow {
  weekdays: string[];
  start: string;
  end: string;
}

export interface Grant {
  id: string;
  kind: "normal" | "emergency";
  door_id: string | null;
  bundle_id: string | null;
  name: string;
  door_ids: string[];
  valid_from: string | null;
  valid_until: string | null;
  schedule: ScheduleWindow[] | null;
  schedule_text: string | string[] | null;
  may_share: boolean;
  share_limit: number;
  shares_used: number;
  reason: string | null;
}

/** A PIN code or tag as `list_credentials` shows it: never its value. */
export interface Credential {
  credential_id: string;
  kind: "pin" | "tag";
  hint: string | null;
  label: string | null;
  person_id: string | null;
  share_id: string | null;
  created_at: string;
  blocked_at: string | null;
}

export type ShareStatus = "active" | "used_up" | "expired" | "revoked" | "not_yet_valid";

export interface Share {
  id: string;
  door_id: string;
  door_name: string | null;
  kind: string;
  label: string | null;
  valid_from: string | null;
  valid_until: string | null;
  use_limit: number | null;
  uses: number;
  status: ShareStatus;
  last_used: string | null;
}

/** One record of the event log (ids only; the page looks the names up). */
export interface EventRow {
  id: number | null;
  time: string;
  kind: string;
  door_id: string | null;
  person_id: string | null;
  user_id: string | null;
  share_id: string | null;
  grant_id: string | null;
  credential_id: string | null;
  source: string | null;
  reason: string | null;
}

export interface PersonDetail extends PersonRow {
  language: PersonLanguage | null;
}

export interface PersonPage {
  person: PersonDetail;
  grants: Grant[];
  credentials: Credential[];
  shares: Share[];
  events: EventRow[];
}

export type AccessVia = "grant" | "bundle" | "share" | "emergency";

export interface AccessRow {
  person_id: string | null;
  name: string | null;
  via: AccessVia;
  key_id: string;
  bundle_id: string | null;
  bundle_name: string | null;
  /** The organisation behind a staff key (its manager gave it). */
  organisation_id?: string | null;
  organisation_name?: string | null;
  valid_from: string | null;
  valid_until: string | null;
  opens_now: boolean;
  reason_text: string | null;
}

export interface DoorPage {
  door: Door;
  access: AccessRow[];
  events: EventRow[];
}

/** A Home Assistant user as `config/auth/list` answers (administrators only). */
export interface HaUser {
  id: string;
  name: string;
  username?: string | null;
  is_active?: boolean;
  system_generated: boolean;
}

/** The answer of `add_credential` with `new_pin`: the one place the PIN code shows. */
export interface AddedCredential {
  credential_id: string;
  kind: "pin" | "tag";
  hint: string | null;
  pin?: string;
}
