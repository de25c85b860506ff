/**
 * Organisations as both panels read them: the board's list (`digitalkey/organisations/list`)
 * and a manager's own organisation (`digitalkey/my_organisation/get`).
 *
 * An organisation is a service provider the board lets use some doors (home care, the
 * newspaper): its doors and key bundles, a period and weekly hours, and managers who give
 * and take keys for its own staff. The answers write weekly hours one weekday per item
 * (`{weekday, start, end}`); the actions take weekdays with the same hours together
 * (`{weekdays, start, end}`), which is also what the schedule editor edits, so
 * `scheduleForm` turns the one into the other.
 */

/** One window of a weekly schedule as the actions take it (and the schedule editor edits). */
export interface WeeklyHours {
  weekdays: string[];
  start: string;
  end: string;
}

/** One window as an answer writes it: one weekday (older or other answers: several). */
export interface HoursItem {
  weekday?: string;
  weekdays?: string[];
  start: string;
  end: string;
}

export interface OrganisationDoor {
  door_id: string;
  name: string;
}

export interface OrganisationBundle {
  bundle_id: string;
  name: string;
  door_ids: string[];
}

/** What an organisation holds (`organisation_answers.terms_data`). */
export interface OrganisationTerms {
  organisation_id: string;
  name: string;
  /** The doors given to it directly. */
  door_ids: string[];
  bundles: OrganisationBundle[];
  /** Every door it holds: its own and its bundles', by name. */
  doors: OrganisationDoor[];
  valid_from: string | null;
  valid_until: string | null;
  /** Null: at any time. */
  schedule: HoursItem[] | null;
  /** The hours in words, in the reader's language. */
  schedule_text: string;
  may_share: boolean;
  share_limit: number;
}

/** One organisation in the board's list (`organisation_answers.list_row`). */
export interface OrganisationRow extends OrganisationTerms {
  managers: { person_id: string; name: string }[];
  /** How many people are its staff. */
  staff: number;
  /** How many keys its managers gave. */
  keys: number;
  created_at: string | null;
}

/** A key a manager gave (`organisation_answers.key_data`), with the terms it really got. */
export interface StaffKey {
  grant_id: string;
  door_id: string | null;
  bundle_id: string | null;
  name: string | null;
  door_ids: string[];
  valid_from: string | null;
  valid_until: string | null;
  schedule: HoursItem[] | null;
  schedule_text: string;
  may_share: boolean;
  share_limit: number;
}

export interface StaffMember {
  person_id: string;
  name: string;
  role: string;
  manager: boolean;
  keys: StaffKey[];
}

/** A manager's view of their organisation (`services_staff.async_organisation_staff`). */
export interface MyOrganisation extends OrganisationTerms {
  managers: string[];
  staff: StaffMember[];
}

/** The answer of `set_organisation_staff`: the staff and managers after the change. */
export interface StaffAnswer {
  staff: string[];
  managers: string[];
}

/** The answer of `grant_staff_access`: each key with the window and hours it really got. */
export interface StaffGrantAnswer {
  grant_ids: string[];
  created: string[];
  keys: StaffKey[];
}

const WEEKDAY_ORDER = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/**
 * Hours from an answer as the actions (and the schedule editor) take them: weekdays with
 * the same start and end together, Monday first; null stays null (at any time).
 */
export function scheduleForm(items: HoursItem[] | null | undefined): WeeklyHours[] | null {
  if (!items) return null;
  const byHours = new Map<string, WeeklyHours>();
  for (const item of items) {
    const days = item.weekdays ?? (item.weekday ? [item.weekday] : []);
    const key = `${item.start}-${item.end}`;
    const window = byHours.get(key) ?? { weekdays: [], start: item.start, end: item.end };
    for (const day of days) if (!window.weekdays.includes(day)) window.weekdays.push(day);
    byHours.set(key, window);
  }
  const windows = [...byHours.values()];
  for (const window of windows) {
    window.weekdays.sort((a, b) => WEEKDAY_ORDER.indexOf(a) - WEEKDAY_ORDER.indexOf(b));
  }
  return windows;
}
