/**
 * `datetime-local` inputs and the ISO 8601 times the server speaks, both ways.
 *
 * The input holds the browser's local wall time without an offset; what is sent is an
 * ISO time with the offset (`fromLocalInput` in styles.ts), so the server never guesses.
 */

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** An ISO time as a `datetime-local` value in the browser's time zone ("" for none). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** `hours` from now as a `datetime-local` value, on the minute. */
export function hoursFromNow(hours: number): string {
  const date = new Date(Date.now() + hours * 3_600_000);
  date.setSeconds(0, 0);
  return toLocalInput(date.toISOString());
}
