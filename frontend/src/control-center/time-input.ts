/**
 * `datetime-local` inputs and the ISO 8601 times the server speaks, both ways.
 *
 * The input holds the building's wall time without an offset (wall-clock.ts), as every
 * page shows times; what is sent is an ISO time with the offset (`fromLocalInput` in
 * styles.ts), so the server never guesses.
 */

import { toZoneInput } from "../wall-clock";

/** An ISO time as a `datetime-local` value on the building's clock ("" for none). */
export function toLocalInput(iso: string | null | undefined, zone: string | undefined): string {
  return toZoneInput(iso, zone);
}

/** `hours` from now as a `datetime-local` value, on the minute. */
export function hoursFromNow(hours: number, zone: string | undefined): string {
  return toZoneInput(new Date(Date.now() + hours * 3_600_000), zone);
}
