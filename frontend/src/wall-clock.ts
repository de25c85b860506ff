/**
 * Times as the building's clocks show them: every date and time the panels show or take.
 *
 * A door's "07:00" means 07:00 at the door, so the panels write every time in the
 * building's time zone, whatever zone the browser is in: a caretaker on holiday abroad
 * reads "opens next 07:00" as the door's own notice says it, and a key "valid until 23:59"
 * ends when the building's day does. The building's zone is Home Assistant's
 * (`hass.config.time_zone`, which the integration keeps its building in); the words and
 * the order of day, month and hour are the user's language.
 *
 * The server sends times with an offset, some in UTC (`…Z`), some in the building's zone
 * (`2026-03-02T07:15:00+01:00`); both are instants, shown here in the building's zone. A
 * time without an offset (typed, or from an older server) is taken as the building's wall
 * clock already, as the server reads one; so is every time when no zone is known.
 *
 * The `datetime-local` inputs hold the building's wall clock too (`toZoneInput`,
 * `fromZoneInput`), so what is typed is what the pages show afterwards.
 */

import type { HomeAssistant } from "./hass";

const ISO_WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DAY_MS = 24 * 3600 * 1000;

/** The building's time zone (an IANA name), when Home Assistant has told the panel. */
export function buildingZone(hass: HomeAssistant | undefined): string | undefined {
  return hass?.config?.time_zone || undefined;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();

function partFormat(zone: string): Intl.DateTimeFormat {
  let format = partFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormats.set(zone, format);
  }
  return format;
}

/**
 * The wall clock of `instant` in `zone` as a Date whose UTC fields are that wall clock
 * (formatted with `timeZone: "UTC"`); undefined for a zone the browser does not know.
 */
function inZone(instant: Date, zone: string): Date | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = partFormat(zone).formatToParts(instant);
  } catch {
    return undefined;
  }
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return new Date(
    Date.UTC(
      value("year"),
      value("month") - 1,
      value("day"),
      value("hour") % 24,
      value("minute"),
      value("second"),
    ),
  );
}

/** The building's wall clock of `when` (see `inZone`); undefined when it is no time. */
export function wallDate(when: string | Date, zone: string | undefined): Date | undefined {
  if (when instanceof Date) {
    if (Number.isNaN(when.getTime())) return undefined;
    return (zone ? inZone(when, zone) : undefined) ?? localWall(when);
  }
  if (zone && HAS_OFFSET.test(when)) {
    const instant = new Date(when);
    if (!Number.isNaN(instant.getTime())) {
      const shown = inZone(instant, zone);
      if (shown) return shown;
    }
  }
  const match = ISO_WALL_CLOCK.exec(when);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  return new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
}

/** The browser's wall clock of `date`, where no building zone is known. */
function localWall(date: Date): Date {
  return new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
    ),
  );
}

/** `2026-03-02T07:15:00+01:00` → `2026-03-02 07:15:00` (for files). */
export function wallClock(iso: string): string {
  const match = ISO_WALL_CLOCK.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute, second] = match;
  return `${year}-${month}-${day} ${hour}:${minute}:${second ?? "00"}`;
}

function format(
  language: string,
  iso: string | null | undefined,
  zone: string | undefined,
  options: Intl.DateTimeFormatOptions,
): string {
  if (!iso) return "";
  const date = wallDate(iso, zone);
  if (!date) return iso;
  return date.toLocaleString(language, { ...options, timeZone: "UTC" });
}

/** The date and time of `iso` on the building's clock, as the user's language writes it. */
export function formatWallClock(
  language: string,
  iso: string | null | undefined,
  zone: string | undefined,
): string {
  return format(language, iso, zone, { dateStyle: "medium", timeStyle: "short" });
}

/** The building's date of `iso` alone ("2 Mar 2026"). */
export function formatWallDate(
  language: string,
  iso: string | null | undefined,
  zone: string | undefined,
): string {
  return format(language, iso, zone, { dateStyle: "medium" });
}

/** The building's time of day of `iso` alone ("07:15", "7:15 AM"). */
export function formatWallTime(
  language: string,
  iso: string | null | undefined,
  zone: string | undefined,
): string {
  return format(language, iso, zone, { timeStyle: "short" });
}

/** The building's weekday of `iso` ("Monday"). */
export function formatWallWeekday(language: string, iso: string, zone: string | undefined): string {
  return format(language, iso, zone, { weekday: "long" });
}

/** Whether `iso` is at midnight on the building's clock (a window given as whole days). */
export function atWallMidnight(iso: string, zone: string | undefined): boolean {
  const date = wallDate(iso, zone);
  return date !== undefined && date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
}

/** Days from the building's today (`now`) to the building's day of `when`: 0, 1, -1… */
export function wallDaysFrom(when: string | Date, now: Date, zone: string | undefined): number {
  const day = wallDate(when, zone);
  const today = wallDate(now, zone);
  if (!day || !today) return NaN;
  return Math.floor(day.getTime() / DAY_MS) - Math.floor(today.getTime() / DAY_MS);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** A time as a `datetime-local` value on the building's clock ("" for none). */
export function toZoneInput(when: string | Date | null | undefined, zone: string | undefined): string {
  if (!when) return "";
  const date = wallDate(when, zone);
  if (!date) return "";
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
  );
}

/**
 * The instant a `datetime-local` value means on the building's clock (undefined for none).
 *
 * The zone's offset at that wall time is found by trying: the offset at the wall time read
 * as UTC, then at the instant that gives (right across a change of summer time).
 */
export function fromZoneInput(value: string, zone: string | undefined): Date | undefined {
  const match = ISO_WALL_CLOCK.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!zone) {
    const local = new Date(year, month - 1, day, hour, minute);
    return Number.isNaN(local.getTime()) ? undefined : local;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetAt = (instant: number) => {
    const shown = inZone(new Date(instant), zone);
    return shown === undefined ? undefined : shown.getTime() - Math.floor(instant / 1000) * 1000;
  };
  const first = offsetAt(wall);
  if (first === undefined) return new Date(year, month - 1, day, hour, minute);
  const second = offsetAt(wall - first) ?? first;
  return new Date(wall - second);
}

/** 23:59 of the building's today at `now`: a share "until tonight" ends with its day. */
export function endOfWallDay(now: Date, zone: string | undefined): Date {
  const wall = wallDate(now, zone) ?? localWall(now);
  const value = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T23:59`;
  return fromZoneInput(value, zone) ?? now;
}
