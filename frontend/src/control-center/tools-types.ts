/**
 * The answers the board pages read, typed as the integration sends them.
 *
 * `overview/get`, `door/get` are the panel reads of the control center; the others are the
 * responses of the actions they bridge (`import_residents`, `send_keys`, `query_events`,
 * `get_access`). Only the fields these pages use are listed.
 */

export interface OverviewDoor {
  id: string;
  name: string;
  address?: string | null;
  entrance?: string | null;
}

export interface OverviewPerson {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  dwelling: string | null;
  entrance: string | null;
  role: string;
  consent: boolean;
}

export interface OverviewBundle {
  id: string;
  name: string;
  door_ids: string[];
}

export interface Overview {
  doors: OverviewDoor[];
  people: OverviewPerson[];
  bundles: OverviewBundle[];
}

/** One row of `door/get`'s `access`: who holds a key to the door and through what. */
export interface DoorAccessRow {
  person_id: string | null;
  via: string;
  key_id: string;
  bundle_id: string | null;
}

export interface DoorPage {
  access: DoorAccessRow[];
}

/** A reason a line of a residents file was rejected, or a note on an accepted one. */
export interface ReportReason {
  code: string;
  placeholders: Record<string, string>;
  text: string;
}

export type LineOutcome = "created" | "updated" | "unchanged" | "rejected";

export interface ReportLine {
  line: number;
  outcome: LineOutcome;
  person_id: string | null;
  fields?: string[];
  grant_ids?: string[];
  reasons?: ReportReason[];
}

export interface ImportReport {
  dry_run: boolean;
  encoding: string;
  delimiter: string;
  /** Field → the file's column it was read from. */
  columns: Record<string, string>;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  grants: number;
  lines: ReportLine[];
}

export type NotNotifiedReason = "no_consent" | "no_contact" | "no_key" | "notify_failed";

export interface SendKeysAnswer {
  notified: string[];
  not_notified: { person_id: string; reason: NotNotifiedReason }[];
  /** The building's notify action; `null` when none is set (a preview still answers). */
  notify_target?: string | null;
}

export interface EventRow {
  id: number | null;
  time: string;
  kind: string;
  door_id: string | null;
  person_id: string | null;
  user_id: string | null;
  share_id: string | null;
  source: string | null;
  reason: string | null;
}

export interface EventsPage {
  events: EventRow[];
  cursor: string | null;
}

export interface AccessReason {
  code: string;
  message: string;
  opens: boolean;
  key: { kind: string; id: string; bundle_id: string | null } | null;
  opens_next: string | null;
}

export interface DoorKeys {
  door_id: string;
  door_name: string;
  opens_now: boolean;
  opens_next: string | null;
  reasons: AccessReason[];
}

export interface PersonAccess {
  person_id: string;
  name: string;
  at: string;
  doors: DoorKeys[];
}
