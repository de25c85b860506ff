/**
 * Batteries: every door's battery, so the caretaker plans the changes before a door dies.
 *
 * Reads `digitalkey/battery/report` with `all_doors` (every door that has reported a
 * level) in the panel's language, and again on each change notice. The threshold field
 * starts at the building's own threshold; a different one is sent to the server, which
 * decides what is critical and writes the summaries, and "Only at or below" narrows the
 * table to those doors. A dead battery (critical and not heard for an hour) is listed first,
 * as the server orders the rows. "Battery changed…" records a change by hand; the CSV and
 * "Copy as text" take the rows shown, so what is sent on is what the caretaker looked at.
 */

import { css, html, nothing } from "lit";
import type { PropertyValues, TemplateResult } from "lit";
import { panelStyles } from "../styles";
import { formatWallClock, formatWallDate } from "../wall-clock";
import "./battery-change-dialog";
import { batteryCsv, batteryStatus, isLow } from "./battery-report";
import type { BatteryReport, BatteryRow } from "./battery-report";
import { ccStyles } from "./cc-styles";
import { download } from "./events-csv";
import { CcPage, define } from "./page-base";

/** How long the threshold field waits for the typing to stop before it asks again. */
const THRESHOLD_DELAY_MS = 400;

export class DkBatteriesPage extends CcPage {
  static override properties = {
    ...CcPage.properties,
    report: { state: true },
    error: { state: true },
    threshold: { state: true },
    onlyLow: { state: true },
    changing: { state: true },
  };

  static override styles = [
    panelStyles,
    ccStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 8px 16px;
        margin-bottom: 8px;
      }
      .filters .threshold {
        width: 8em;
      }
      .filters label.check {
        min-height: 40px;
      }
      .level {
        display: inline-flex;
        vertical-align: middle;
        align-items: center;
        gap: 8px;
        white-space: nowrap;
      }
      .bar {
        flex: none;
        width: 64px;
        height: 8px;
        border-radius: 4px;
        background: var(--divider-color);
        overflow: hidden;
      }
      .bar span {
        display: block;
        height: 100%;
        background: var(--success-color, #43a047);
      }
      tr[data-critical="true"] .bar span {
        background: var(--error-color, #db4437);
      }
      tr[data-critical="true"] .level strong {
        color: var(--error-color, #db4437);
      }
      .chip.dead {
        background: var(--error-color, #db4437);
        color: #fff;
      }
      .source {
        display: block;
      }
      td.num {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      /* A phone (or a narrow window): each door is a block of labelled lines. */
      @container (max-width: 720px) {
        table.stack thead {
          display: none;
        }
        table.stack tr {
          display: block;
          border-bottom: 1px solid var(--divider-color);
          padding: 8px 0;
        }
        table.stack td {
          display: block;
          border: none;
          padding: 3px 4px;
        }
        table.stack td[data-label]::before {
          content: attr(data-label) ": ";
          color: var(--secondary-text-color);
        }
        table.stack .source {
          display: inline;
          margin-inline-start: 4px;
        }
        table.stack td.blank {
          display: none;
        }
        table.stack td.door {
          font-size: 16px;
          font-weight: 500;
        }
        table.stack td.actions-cell {
          text-align: start;
          padding-top: 8px;
        }
        table.stack td.actions-cell button {
          margin: 0;
          min-height: 44px;
        }
      }
    `,
  ];

  declare report: BatteryReport | null;
  declare error: string;
  /** The threshold field as typed; "" until the first answer fills in the building's. */
  declare threshold: string;
  declare onlyLow: boolean;
  /** The door whose "Battery changed…" dialog is open. */
  declare changing: BatteryRow | null;

  private loading = 0;
  private thresholdTimer: ReturnType<typeof setTimeout> | undefined;
  /** The threshold the building has (what the server answers when none is sent). */
  private buildingThreshold: number | undefined;

  constructor() {
    super();
    this.report = null;
    this.error = "";
    this.threshold = "";
    this.onlyLow = true;
    this.changing = null;
  }

  override disconnectedCallback(): void {
    clearTimeout(this.thresholdTimer);
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("api") || changed.has("language")) this.load(this.report !== null);
  }

  /** The threshold to ask for: the field's when it is a level other than the building's. */
  private wantedThreshold(): number | undefined {
    const text = this.threshold.trim();
    if (!text) return undefined;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > 100) return undefined;
    return value === this.buildingThreshold ? undefined : value;
  }

  override async load(_quiet: boolean): Promise<void> {
    if (!this.api) return;
    const ticket = ++this.loading;
    const data: Record<string, unknown> = { all_doors: true, language: this.language };
    const threshold = this.wantedThreshold();
    if (threshold !== undefined) data["threshold"] = threshold;
    try {
      const report = await this.api.call<BatteryReport>("battery/report", data);
      if (ticket !== this.loading) return;
      if (threshold === undefined) this.buildingThreshold = report.threshold;
      if (!this.threshold) this.threshold = String(report.threshold);
      this.report = report;
      this.error = "";
    } catch (error) {
      if (ticket === this.loading) this.error = this.refusal(error);
    }
  }

  private setThreshold(value: string): void {
    this.threshold = value;
    clearTimeout(this.thresholdTimer);
    this.thresholdTimer = setTimeout(() => this.load(true), THRESHOLD_DELAY_MS);
  }

  private rows(): BatteryRow[] {
    const doors = this.report?.doors ?? [];
    return this.onlyLow ? doors.filter(isLow) : doors;
  }

  private downloadCsv(): void {
    const today = new Date().toISOString().slice(0, 10);
    download(
      `digitalkey-batteries-${today}.csv`,
      batteryCsv((k, p) => this.t(k, p), this.language, this.rows()),
    );
    this.toast(this.t("batt.downloaded"));
  }

  /** The rows shown as the server's one-line sentences, one a line. */
  private async copyText(): Promise<void> {
    const rows = this.rows();
    const threshold = this.report?.threshold ?? 0;
    const text = rows.length
      ? rows.map((row) => row.summary).join("\n")
      : this.t("batt.none", { threshold: this.num(threshold) });
    try {
      await copyToClipboard(text);
      this.toast(this.t("batt.copied"));
    } catch {
      this.error = this.t("batt.copy_failed");
    }
  }

  private percent(value: number): string {
    return (value / 100).toLocaleString(this.locale, { style: "percent" });
  }

  private renderLevel(row: BatteryRow): TemplateResult | string {
    if (row.battery === null) return "—";
    const width = Math.max(0, Math.min(100, row.battery));
    return html`<span class="level">
      <span class="bar" aria-hidden="true"><span style="width: ${width}%"></span></span>
      <strong>${this.percent(row.battery)}</strong>
    </span>`;
  }

  private renderStatus(row: BatteryRow): TemplateResult | typeof nothing {
    const status = batteryStatus(row);
    if (status === "dead") {
      return html`<span class="chip dead" data-test="battery-dead"
        >${this.t("batt.status.dead")}</span
      >`;
    }
    if (status === "silent") {
      return html`<span class="chip" data-test="battery-silent">${this.t("batt.status.silent")}</span>`;
    }
    if (status === "low") {
      return html`<span class="chip bad" data-test="battery-low">${this.t("batt.status.low")}</span>`;
    }
    return nothing;
  }

  private renderRow(row: BatteryRow): TemplateResult {
    const label = (key: string) => this.t(`batt.col.${key}`);
    const voltage =
      row.voltage === null
        ? "—"
        : this.t("batt.volts", {
            volts: row.voltage.toLocaleString(this.locale, {
              minimumFractionDigits: 2,
              maximumFractionDigits: 2,
            }),
          });
    return html`<tr
      data-test="battery-row"
      data-door-id=${row.door_id}
      data-critical=${row.critical ? "true" : "false"}
      data-dead=${row.probably_dead ? "true" : "false"}
    >
      <td class="door">
        <a
          href=${this.href("door", row.door_id)}
          @click=${(event: MouseEvent) => this.follow(event, "door", row.door_id)}
          >${row.name}</a
        >
      </td>
      <td data-label=${label("address")}>${row.address || "—"}</td>
      <td data-label=${label("battery")} data-test="battery-level">${this.renderLevel(row)}</td>
      <td class="num" data-label=${label("voltage")}>${voltage}</td>
      <td data-label=${label("changed")}>
        ${row.battery_changed
          ? html`<span class="nowrap">${formatWallDate(this.locale, row.battery_changed, this.zone)}</span>
              ${row.change_source
                ? html`<span class="secondary source"
                    >${this.t(`batt.source.${row.change_source}`)}</span
                  >`
                : nothing}`
          : "—"}
      </td>
      <td class="num" data-label=${label("days_since")}>
        ${row.days_since_change === null ? "—" : this.num(row.days_since_change)}
      </td>
      <td class="num" data-label=${label("days_left")} data-test="battery-days-left">
        ${row.days_left === null ? this.t("batt.unknown") : this.num(row.days_left)}
      </td>
      <td class="nowrap" data-label=${label("last_contact")}>
        ${row.last_contact ? formatWallClock(this.locale, row.last_contact, this.zone) : "—"}
      </td>
      <td
        class=${batteryStatus(row) === "ok" ? "blank" : ""}
        data-label=${label("status")}
      >
        ${this.renderStatus(row)}
      </td>
      <td class="actions-cell">
        <button
          class="secondary-action small"
          data-test="battery-record"
          @click=${() => {
            this.error = "";
            this.changing = row;
          }}
        >
          ${this.t("batt.record")}
        </button>
      </td>
    </tr>`;
  }

  private renderTable(report: BatteryReport): TemplateResult {
    const rows = this.rows();
    if (!report.doors.length) return html`<p class="empty">${this.t("batt.no_doors")}</p>`;
    if (!rows.length) {
      return html`<p class="empty" data-test="battery-none">
        ${this.t("batt.none", { threshold: this.num(report.threshold) })}
      </p>`;
    }
    const head = (key: string) => html`<th>${this.t(`batt.col.${key}`)}</th>`;
    return html`<table class="stack" data-test="battery-table">
      <thead>
        <tr>
          ${head("door")} ${head("address")} ${head("battery")} ${head("voltage")}
          ${head("changed")} ${head("days_since")} ${head("days_left")} ${head("last_contact")}
          ${head("status")}
          <th><span class="visually-hidden">${this.t("batt.col.actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => this.renderRow(row))}
      </tbody>
    </table>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const door = this.changing;
    if (!door) return nothing;
    return html`<dk-battery-change-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .door=${door}
      @dk-close=${() => (this.changing = null)}
      @dk-saved=${() => {
        this.changing = null;
        this.toast(this.t("batt.change.done", { door: door.name }));
        this.load(true);
      }}
    ></dk-battery-change-dialog>`;
  }

  override render() {
    const report = this.report;
    const rows = this.rows();
    const low = report?.doors.filter(isLow).length ?? 0;
    return html`<section class="card" data-test="battery-page" aria-labelledby="battery-title">
        <div class="head">
          <h2 id="battery-title">${this.t("batt.title")}</h2>
          <div class="row">
            <button
              class="secondary-action"
              data-test="battery-copy"
              ?disabled=${!report}
              @click=${() => void this.copyText()}
            >
              ${this.t("batt.copy")}
            </button>
            <button
              class="secondary-action"
              data-test="battery-csv"
              ?disabled=${!rows.length}
              @click=${() => this.downloadCsv()}
            >
              ${this.t("batt.csv")}
            </button>
          </div>
        </div>
        <div class="filters">
          <div>
            <label for="battery-threshold">${this.t("batt.threshold")}</label>
            <input
              id="battery-threshold"
              class="threshold"
              type="number"
              inputmode="numeric"
              min="0"
              max="100"
              step="1"
              data-test="battery-threshold"
              .value=${this.threshold}
              @input=${(event: Event) => this.setThreshold((event.target as HTMLInputElement).value)}
            />
          </div>
          <label class="check">
            <input
              type="checkbox"
              data-test="battery-only-low"
              .checked=${this.onlyLow}
              @change=${(event: Event) => (this.onlyLow = (event.target as HTMLInputElement).checked)}
            />
            ${this.t("batt.only_low")}
          </label>
        </div>
        ${report
          ? html`<p class="secondary count" role="status" data-test="battery-count">
              ${this.t("batt.count", {
                low: this.num(low),
                count: this.num(report.doors.length),
                threshold: this.num(report.threshold),
              })}
            </p>`
          : nothing}
        ${this.error && !this.changing
          ? html`<p class="error" data-test="error" role="alert">${this.error}</p>`
          : nothing}
        ${report
          ? this.renderTable(report)
          : this.error
            ? nothing
            : html`<p class="empty">${this.t("cc.loading")}</p>`}
      </section>
      ${this.renderDialog()}`;
  }
}


/**
 * Put `text` on the clipboard. Home Assistant is often reached over plain http on the
 * home network, where the browser offers no `navigator.clipboard`; a selected text area
 * and the older copy command work there.
 */
async function copyToClipboard(text: string): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  const copied = document.execCommand("copy");
  area.remove();
  if (!copied) throw new Error("copy refused");
}

define("dk-batteries-page", DkBatteriesPage);
