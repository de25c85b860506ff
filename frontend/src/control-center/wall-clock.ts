/**
 * Times as the building's clocks show them.
 *
 * The integration sends times in the building's time zone with its offset
 * (`2026-03-02T07:15:00+01:00`), and reads times typed without an offset in that zone too.
 * The board pages show the wall-clock part as it is, whatever zone the browser is in, so a
 * caretaker on holiday abroad reads "opens next 07:00" as the door's own notice says it,
 * and the event log matches the from/until filters typed beside it.
 */

const ISO_WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/** `2026-03-02T07:15:00+01:00` → `2026-03-02 07:15:00` (for files). */
export function wallClock(iso: string): string {
  const match = ISO_WALL_CLOCK.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute, second] = match;
  return `${year}-${month}-${day} ${hour}:${minute}:${second ?? "00"}`;
}

/** The wall-clock date and time of `iso` as the user's language writes it. */
export function formatWallClock(language: string, iso: string | null | undefined): string {
  if (!iso) return "";
  const match = ISO_WALL_CLOCK.exec(iso);
  if (!match) return iso;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return date.toLocaleString(language, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
}
