/**
 * What the My keys panel works out from the server's answers, kept apart from the markup:
 * a share's status, whether a door can be locked, shared or unlatched, and the quick
 * choices of a share's end.
 *
 * The server decides every action again when it is asked (the access gate for a door,
 * the registry for a share); these only choose which buttons to offer, so a wrong guess
 * shows the server's translated refusal rather than doing anything.
 */

import type { HomeAssistant } from "../hass";
import {
  endOfWallDay,
  formatWallClock,
  formatWallTime,
  formatWallWeekday,
  toZoneInput,
  wallDate,
  wallDaysFrom,
} from "../wall-clock";
import type { DoorKey, ShareRow, ShareStatus } from "./keys-api";

/** Reasons that let their holder lock (`policy.Reason.may_lock`). */
const MAY_LOCK = new Set([
  "always",
  "in_window",
  "emergency",
  "outside_schedule",
  "use_limit_reached",
  "admin",
  "automation",
  "unattributed_allowed",
]);

/** `LockEntityFeature.OPEN` in a lock entity's `supported_features`. */
const LOCK_FEATURE_OPEN = 1;

/** A share's status at `now`, as the server's share status names it. */
export function shareStatus(share: ShareRow, now: Date): ShareStatus {
  if (share.status) return share.status;
  if (share.revoked_at) return "revoked";
  const at = now.getTime();
  if (share.valid_until && Date.parse(share.valid_until) <= at) return "expired";
  if (Date.parse(share.valid_from) > at) return "not_yet_valid";
  if (share.use_limit !== null && share.uses >= share.use_limit) return "used_up";
  return "active";
}

/** Whether revoking still changes anything: the share has not ended by itself or been revoked. */
export function isRevocable(status: ShareStatus): boolean {
  return status === "active" || status === "not_yet_valid" || status === "used_up";
}

/** Whether the caller's key lets them lock the door now (valid, even outside its hours). */
export function mayLock(door: DoorKey): boolean {
  return door.opens_now || door.reasons.some((reason) => MAY_LOCK.has(reason.code));
}

/**
 * Whether to offer sharing the door: the server's word when it sends one, else any key of
 * the caller's own (a grant or bundle; a key shared with them or an emergency key is not
 * theirs to pass on).
 */
export function mayShare(door: DoorKey): boolean {
  if (typeof door.may_share === "boolean") return door.may_share;
  return door.reasons.some(
    (reason) => reason.key !== null && (reason.key.kind === "grant" || reason.key.kind === "bundle"),
  );
}

/** Whether the door's lock entity can unlatch (Home Assistant's `lock.open`). */
export function canUnlatch(hass: HomeAssistant, door: DoorKey): boolean {
  if (!door.entity_id) return false;
  const features = hass.states?.[door.entity_id]?.attributes["supported_features"];
  return typeof features === "number" && (features & LOCK_FEATURE_OPEN) !== 0;
}

/** The lock entity's state ("locked", "unlocking", "jammed", ...), when the door has one. */
export function lockState(hass: HomeAssistant, door: DoorKey): string | undefined {
  return door.entity_id ? hass.states?.[door.entity_id]?.state : undefined;
}

/** Why a door that does not open now is closed: the first reason that does not open. */
export function closedReason(door: DoorKey): string | undefined {
  return door.reasons.find((reason) => !reason.opens)?.message || undefined;
}

export type UntilChoice = "today" | "day" | "week";

/** The end of a share for a quick choice: tonight 23:59 on the building's clock, in 24 hours, in a week. */
export function untilFor(choice: UntilChoice, now: Date, zone: string | undefined): Date {
  switch (choice) {
    case "today":
      return endOfWallDay(now, zone);
    case "day":
      return new Date(now.getTime() + 24 * 3600 * 1000);
    case "week":
      return new Date(now.getTime() + 7 * 24 * 3600 * 1000);
  }
}

/** A time as a `datetime-local` input's value (the building's wall clock, minutes). */
export function toLocalInput(date: Date, zone: string | undefined): string {
  return toZoneInput(date, zone);
}

/**
 * A time near `now` the way people say it: "today 07:00", a weekday within the week, the
 * date further away; in the user's locale, on the building's clock (a door's "07:00" is
 * 07:00 at the door, and "today" the building's today).
 */
export function formatWhen(
  locale: string,
  iso: string | null | undefined,
  now: Date,
  zone: string | undefined,
): string {
  if (!iso) return "";
  if (!wallDate(iso, zone)) return iso;
  // The locale's short time, as the dates beside it write it ("7:46 PM", "19:46", "07:05").
  const time = formatWallTime(locale, iso, zone);
  const days = wallDaysFrom(iso, now, zone);
  if (days === 0 || days === 1) {
    const word = new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(days, "day");
    return `${word} ${time}`;
  }
  if (days > 1 && days < 7) {
    return `${formatWallWeekday(locale, iso, zone)} ${time}`;
  }
  return formatWallClock(locale, iso, zone);
}

/** A guest link as the guest can open it: a bare path gets the address the user is on. */
export function absoluteUrl(url: string): string {
  const origin = window.location.origin;
  return url.startsWith("/") && origin && origin !== "null" ? `${origin}${url}` : url;
}
