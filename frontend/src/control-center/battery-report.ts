/**
 * The battery report as `digitalkey/battery/report` answers it, and the report's rows as
 * a CSV file.
 *
 * The server is the authority on every figure (days left comes from the unit's own
 * history, "probably dead" from its silence); the panel only filters, formats and exports
 * the rows. The CSV follows the event log's file (`events-csv.ts`): a byte-order mark, the
 * list separator of the panel language, formulas neutralised, headers translated, times as
 * the building's wall clock; voltages carry the language's decimal mark so that Excel in
 * Norway, Denmark and the Netherlands reads them as numbers.
 */

import { buildCsv, csvDelimiter } from "./events-csv";
import { wallClock } from "../wall-clock";

export type ChangeSource = "detected" | "manual";

/** One door of the report (`doors[]` of the answer). */
export interface BatteryRow {
  door_id: string;
  name: string;
  address: string;
  battery: number | null;
  voltage: number | null;
  critical: boolean;
  battery_changed: string | null;
  change_source: ChangeSource | null;
  days_since_change: number | null;
  last_contact: string | null;
  days_left: number | null;
  critical_since: string | null;
  probably_dead: boolean;
  available: boolean;
  entity_id: string | null;
  summary: string;
}

export interface BatteryReport {
  config_entry_id: string;
  building: string;
  threshold: number;
  generated_at: string;
  language: string;
  count: number;
  doors: BatteryRow[];
  title: string;
  markdown: string;
  text: string;
}

/**
 * What a row's status column says: probably dead (red), not heard (grey), low (at or below
 * the threshold and still answering: change it soon), or nothing.
 *
 * "Low" is said in words too, not only by the red bar: the CSV file has no colours, and a
 * low door whose status cell said "OK" would read as nothing to do.
 */
export type BatteryStatus = "dead" | "silent" | "low" | "ok";

export function batteryStatus(row: BatteryRow): BatteryStatus {
  if (row.probably_dead) return "dead";
  if (!row.available) return "silent";
  if (row.critical) return "low";
  return "ok";
}

/** The battery facts of a door as the overview and the door page get them. */
interface DoorBattery {
  battery: number | null;
  battery_critical: boolean | null;
}

/**
 * The door with the level from its report row when Home Assistant's battery sensor has none.
 *
 * A unit that stops answering makes its battery sensor unavailable, which is exactly when
 * its last reported level matters most (a battery that is probably dead); the report keeps
 * that level from the unit's history.
 */
export function withReportedBattery<D extends DoorBattery>(
  door: D,
  row: BatteryRow | null | undefined,
): D {
  if (door.battery !== null && door.battery !== undefined) return door;
  if (!row || row.battery === null) return door;
  return { ...door, battery: row.battery, battery_critical: row.critical };
}

/** Whether a row is at or below the report's threshold (a dead battery always is). */
export function isLow(row: BatteryRow): boolean {
  return row.critical || row.probably_dead;
}

type Translate = (key: string, placeholders?: Record<string, string | number>) => string;

const CSV_COLUMNS = [
  "door",
  "address",
  "battery",
  "voltage",
  "changed",
  "change_source",
  "days_since_change",
  "days_left",
  "last_contact",
  "status",
] as const;

/** A number for a spreadsheet cell: no thousands separator, the language's decimal mark. */
function cellNumber(language: string, value: number | null, digits = 0): string {
  if (value === null || value === undefined) return "";
  return value.toLocaleString(language, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });
}

/** The CSV text of `rows` with headers and words in the panel language. */
export function batteryCsv(t: Translate, language: string, rows: readonly BatteryRow[]): string {
  const header = CSV_COLUMNS.map((name) => t(`batt.csv.${name}`));
  const lines = rows.map((row) => [
    row.name,
    row.address,
    cellNumber(language, row.battery),
    cellNumber(language, row.voltage, 2),
    row.battery_changed ? wallClock(row.battery_changed) : "",
    row.change_source ? t(`batt.source.${row.change_source}`) : "",
    cellNumber(language, row.days_since_change),
    row.days_left === null ? t("batt.unknown") : cellNumber(language, row.days_left),
    row.last_contact ? wallClock(row.last_contact) : "",
    t(`batt.status.${batteryStatus(row)}`),
  ]);
  return buildCsv(header, lines, csvDelimiter(language));
}
