/**
 * One door: where it is, its lock, battery and credential sync, who may open it and why,
 * and what happened there lately.
 *
 * Reads `digitalkey/door/get`: each holder with how they hold the key (their own key, a
 * bundle, a share, an emergency key) and the policy's own sentence for it, the one the
 * lock decides by. Access is given to many people at once (`digitalkey/grants/add` with
 * `person_ids`) and taken from the ticked rows: a key or emergency key by its grant
 * (`digitalkey/grants/remove`), a share by `digitalkey/shares/revoke`. A bundle cannot lose
 * one door for one person, so a ticked bundle row takes that person's whole bundle away; the
 * confirmation names the bundles and says so.
 */

import { html, nothing } from "lit";
import type { PropertyValues, TemplateResult } from "lit";
import { panelStyles } from "../styles";
import { formatWallClock } from "../wall-clock";
import { ccStyles } from "./cc-styles";
import { type BatteryReport, type BatteryRow, withReportedBattery } from "./battery-report";
import type { AccessRow, DoorPage, Overview } from "./data";
import {
  batteryChip,
  codeText,
  eventsTable,
  lockChip,
  namesOf,
  syncChip,
  windowText,
} from "./labels";
import { CcPage, define } from "./page-base";
import { foldText } from "./people-search";
import "./confirm-dialog";
import "./grant-dialog";

const PAGE_ROWS = 100;

type Dialog =
  | { kind: "grant" }
  | {
      kind: "confirm";
      heading: string;
      lines: string[];
      yes: string;
      action: () => Promise<unknown>;
    };

/** A row's key: how it is held and by which id (one person may hold a door twice). */
function rowKey(row: AccessRow): string {
  return `${row.via}:${row.key_id}`;
}

export class DkDoorPage extends CcPage {
  static override properties = {
    ...CcPage.properties,
    doorId: { attribute: false },
    data: { state: true },
    overview: { state: true },
    battery: { state: true },
    error: { state: true },
    dialog: { state: true },
    ticked: { state: true },
    query: { state: true },
    shown: { state: true },
  };

  static override styles = [panelStyles, ccStyles];

  declare doorId: string;
  declare data: DoorPage | null;
  declare overview: Overview | null;
  /** The door's row of the battery report (days left, probably dead); null when unknown. */
  declare battery: BatteryRow | null;
  declare error: string;
  declare dialog: Dialog | null;
  declare ticked: Set<string>;
  declare query: string;
  declare shown: number;

  private loading = 0;

  constructor() {
    super();
    this.data = null;
    this.overview = null;
    this.battery = null;
    this.error = "";
    this.dialog = null;
    this.ticked = new Set();
    this.query = "";
    this.shown = PAGE_ROWS;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("doorId") || (changed.has("api") && !this.data)) {
      this.data = null;
      this.ticked = new Set();
      this.load(false);
    }
    if (changed.has("query")) this.shown = PAGE_ROWS;
  }

  override async load(_quiet: boolean): Promise<void> {
    if (!this.api || !this.doorId) return;
    const ticket = ++this.loading;
    try {
      const [data, overview, battery] = await Promise.all([
        this.api.call<DoorPage>("door/get", { door: this.doorId, language: this.language }),
        this.api.call<Overview>("overview/get"),
        this.batteryRow(),
      ]);
      if (ticket !== this.loading) return;
      this.data = data;
      this.overview = overview;
      this.battery = battery;
      this.error = "";
      // Ticks on rows that are gone (removed elsewhere) are dropped.
      const keys = new Set(data.access.map(rowKey));
      this.ticked = new Set([...this.ticked].filter((key) => keys.has(key)));
    } catch (error) {
      if (ticket === this.loading) this.error = this.refusal(error);
    }
  }

  /** The battery line's extra facts; the page shows without them when they cannot be read. */
  private async batteryRow(): Promise<BatteryRow | null> {
    try {
      const report = await this.api.call<BatteryReport>("battery/report", {
        door: this.doorId,
        all_doors: true,
        language: this.language,
      });
      return report.doors.find((row) => row.door_id === this.doorId) ?? null;
    } catch {
      return null;
    }
  }

  private renderBatteryOutlook(): TemplateResult | typeof nothing {
    const row = this.battery;
    if (!row) return nothing;
    if (row.probably_dead) {
      return html`<div class="error" data-test="door-battery-dead">${this.t("batt.door.dead")}</div>`;
    }
    if (row.days_left === null) return nothing;
    return html`<div class="secondary" data-test="door-battery-days-left">
      ${this.tp("batt.door.days_left", row.days_left)}
    </div>`;
  }

  private rows(): AccessRow[] {
    const all = this.data?.access ?? [];
    const query = foldText(this.query.trim());
    if (!query) return all;
    return all.filter((row) =>
      foldText([row.name ?? "", row.bundle_name ?? ""].join(" ")).includes(query),
    );
  }

  private tick(key: string, on: boolean): void {
    const ticked = new Set(this.ticked);
    if (on) ticked.add(key);
    else ticked.delete(key);
    this.ticked = ticked;
  }

  private holderName(row: AccessRow): string {
    return row.name ?? (row.person_id ? this.t("cc.events.someone") : this.t("cc.door.guest"));
  }

  private removeTicked(): void {
    const data = this.data;
    if (!data) return;
    const rows = data.access.filter((row) => this.ticked.has(rowKey(row)));
    if (!rows.length) return;
    const grants = rows.filter((row) => row.via !== "share").map((row) => row.key_id);
    const shares = rows.filter((row) => row.via === "share").map((row) => row.key_id);
    const bundles = [
      ...new Set(rows.filter((row) => row.via === "bundle").map((row) => row.bundle_name ?? "")),
    ].filter(Boolean);
    const lines = [this.tp("cc.door.remove_text", rows.length, { door: data.door.name })];
    if (bundles.length)
      lines.push(this.t("cc.door.remove_bundles", { bundles: bundles.join(", ") }));
    if (grants.length) lines.push(this.t("cc.door.remove_shares_go"));
    this.dialog = {
      kind: "confirm",
      heading: this.tp("cc.door.remove_title", rows.length),
      lines,
      yes: this.t("cc.door.remove"),
      action: async () => {
        if (grants.length)
          await this.api.call("grants/remove", { grant_ids: [...new Set(grants)] });
        for (const share of shares) await this.api.call("shares/revoke", { share_id: share });
      },
    };
  }

  private renderFacts(data: DoorPage): TemplateResult {
    const door = withReportedBattery(data.door, this.battery);
    const sync = door.sync;
    const fact = (label: string, value: string | TemplateResult) =>
      html`<dt>${label}</dt>
        <dd>${value}</dd>`;
    const t = (key: string, placeholders?: Record<string, string | number>) =>
      this.t(key, placeholders);
    return html`<section class="card" aria-labelledby="door-facts">
      <h2 id="door-facts">${this.t("cc.door.details")}</h2>
      <dl class="facts">
        ${fact(this.t("cc.door.address"), door.address || "—")}
        ${fact(this.t("cc.person.entrance"), door.entrance || "—")}
        ${fact(this.t("cc.door.lock"), lockChip(this.language, this.lockState(door)))}
        ${fact(
          this.t("cc.battery.label"),
          door.battery === null || door.battery === undefined
            ? this.t("cc.battery.none")
            : html`${batteryChip(t, this.locale, door, true)}
              ${this.renderBatteryOutlook()}
              ${door.battery_critical && !this.battery?.probably_dead
                ? html`<div class="secondary">${this.t("cc.battery.critical_hint")}</div>`
                : nothing}`,
        )}
        ${fact(
          this.t("cc.door.sync"),
          html`${syncChip(t, this.language, this.locale, this.zone, door)}
          ${sync?.state === "pending"
            ? html`<div class="secondary">
                ${this.tp("cc.sync.pending_hint", sync.pending ?? 0)}
              </div>`
            : nothing}
          ${sync?.state === "failed" && sync.reason
            ? html`<div class="secondary" data-test="door-sync-reason">
                ${codeText(this.language, "cc.sync_reason", sync.reason)}
              </div>`
            : nothing}
          ${sync?.state !== "failed" && sync?.since
            ? html`<div class="secondary">
                ${this.t(sync.state === "pending" ? "cc.sync.pending_since" : "cc.sync.last_synced", {
                  time: formatWallClock(this.locale, sync.since, this.zone),
                })}
              </div>`
            : nothing}`,
        )}
        ${fact(this.t("cc.door.keypad"), door.has_keypad ? this.t("cc.yes") : this.t("cc.no"))}
        ${fact(this.t("cc.door.reader"), door.has_reader ? this.t("cc.yes") : this.t("cc.no"))}
      </dl>
    </section>`;
  }

  private renderVia(row: AccessRow): TemplateResult {
    if (row.organisation_name) {
      return html`<span class="chip"
        >${this.t("cc.via.organisation_named", { organisation: row.organisation_name })}</span
      >`;
    }
    if (row.via === "bundle") {
      return html`<span class="chip"
        >${this.t("cc.via.bundle_named", { bundle: row.bundle_name ?? "" })}</span
      >`;
    }
    const cls = row.via === "emergency" ? "bad" : "";
    return html`<span class="chip ${cls}">${codeText(this.language, "cc.via", row.via)}</span>`;
  }

  private renderRow(row: AccessRow): TemplateResult {
    const key = rowKey(row);
    const name = this.holderName(row);
    return html`<div
      class="entry"
      data-test="access-row"
      data-id=${row.key_id}
      data-via=${row.via}
      data-person=${row.person_id ?? ""}
    >
      <label class="entry-check">
        <input
          type="checkbox"
          data-test="access-check"
          data-id=${row.key_id}
          aria-label=${this.t("cc.door.tick", { name })}
          .checked=${this.ticked.has(key)}
          @change=${(event: Event) => this.tick(key, (event.target as HTMLInputElement).checked)}
        />
      </label>
      <div class="entry-main">
        <div class="item-title">
          ${row.person_id
            ? html`<a
                href=${this.href("person", row.person_id)}
                @click=${(event: MouseEvent) =>
                  this.follow(event, "person", row.person_id ?? undefined)}
                >${name}</a
              >`
            : name}
          <span class="title-chips">
            ${this.renderVia(row)}
            ${row.opens_now
              ? html`<span class="chip ok" data-test="access-opens" data-opens="true"
                  >${this.t("cc.door.opens_now")}</span
                >`
              : html`<span class="chip" data-test="access-opens" data-opens="false"
                  >${this.t("cc.door.not_now")}</span
                >`}
          </span>
        </div>
        <div class="secondary">
          ${windowText((k, p) => this.t(k, p), this.locale, this.zone, row.valid_from, row.valid_until)}
        </div>
        ${row.reason_text
          ? html`<div class="secondary" data-test="access-reason">${row.reason_text}</div>`
          : nothing}
      </div>
    </div>`;
  }

  private renderAccess(data: DoorPage): TemplateResult {
    const rows = this.rows();
    const visible = rows.slice(0, this.shown);
    const allTicked = rows.length > 0 && rows.every((row) => this.ticked.has(rowKey(row)));
    return html`<section class="card" aria-labelledby="door-access">
      <div class="head">
        <h2 id="door-access">${this.t("cc.door.access")}</h2>
        <div class="row">
          <button
            class="secondary-action"
            data-test="access-remove"
            ?disabled=${!this.ticked.size}
            @click=${() => this.removeTicked()}
          >
            ${this.ticked.size
              ? this.t("cc.door.remove_n", { count: this.num(this.ticked.size) })
              : this.t("cc.door.remove")}
          </button>
          <button
            data-test="door-grant"
            @click=${() => {
              this.error = "";
              this.dialog = { kind: "grant" };
            }}
          >
            ${this.t("cc.door.give")}
          </button>
        </div>
      </div>
      ${data.access.length
        ? html`<input
              type="search"
              data-test="access-search"
              aria-label=${this.t("cc.door.search")}
              placeholder=${this.t("cc.door.search")}
              .value=${this.query}
              @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
            />
            <div class="pager">
              <label class="check">
                <input
                  type="checkbox"
                  data-test="access-all"
                  .checked=${allTicked}
                  @change=${(event: Event) => {
                    const on = (event.target as HTMLInputElement).checked;
                    const ticked = new Set(this.ticked);
                    for (const row of rows) {
                      if (on) ticked.add(rowKey(row));
                      else ticked.delete(rowKey(row));
                    }
                    this.ticked = ticked;
                  }}
                />
                ${this.t("cc.door.tick_all")}
              </label>
              <span class="secondary count" role="status"
                >${this.tp("cc.door.holders", rows.length)}</span
              >
            </div>
            <div class="entries">${visible.map((row) => this.renderRow(row))}</div>
            ${rows.length > visible.length
              ? html`<div class="pager">
                  <span class="secondary count"
                    >${this.t("cc.overview.showing", {
                      shown: this.num(visible.length),
                      count: this.num(rows.length),
                    })}</span
                  >
                  <button class="secondary-action" @click=${() => (this.shown += PAGE_ROWS)}>
                    ${this.t("cc.overview.show_more", {
                      count: this.num(Math.min(PAGE_ROWS, rows.length - visible.length)),
                    })}
                  </button>
                </div>`
              : nothing}`
        : html`<p class="empty">${this.t("cc.door.no_access")}</p>`}
    </section>`;
  }

  private renderDialog(): TemplateResult | typeof nothing {
    const dialog = this.dialog;
    if (!dialog) return nothing;
    const close = () => (this.dialog = null);
    if (dialog.kind === "grant") {
      return html`<dk-grant-dialog
        .hass=${this.hass}
        .api=${this.api}
        .language=${this.language}
        .mode=${"people"}
        .doorId=${this.data?.door.id ?? this.doorId}
        .doors=${this.overview?.doors ?? (this.data ? [this.data.door] : [])}
        .people=${this.overview?.people ?? []}
        @dk-close=${close}
        @dk-saved=${() => {
          this.dialog = null;
          this.toast(this.t("cc.door.given"));
          this.load(true);
        }}
      ></dk-grant-dialog>`;
    }
    return html`<dk-confirm-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .heading=${dialog.heading}
      .lines=${dialog.lines}
      .yesLabel=${dialog.yes}
      .action=${dialog.action}
      @dk-close=${() => {
        // Some of the removals may have gone through before one was refused.
        this.dialog = null;
        this.load(true);
      }}
      @dk-saved=${() => {
        this.dialog = null;
        this.ticked = new Set();
        this.toast(this.t("cc.door.removed"));
        this.load(true);
      }}
    ></dk-confirm-dialog>`;
  }

  override render() {
    const data = this.data;
    const error =
      this.error && !this.dialog
        ? html`<p class="error" data-test="error" role="alert">${this.error}</p>`
        : nothing;
    const back = this.backToOverview();
    if (!data) {
      return html`${back}${error}${this.error
        ? nothing
        : html`<p class="empty">${this.t("cc.loading")}</p>`}`;
    }
    const door = data.door;
    const names = namesOf(
      this.overview?.doors ?? [door],
      this.overview?.people ?? [],
      this.hass?.user,
    );
    return html`${back}
      <div class="head page-head">
        <div>
          <h1 class="page-title" data-test="door-title">${door.name}</h1>
          ${door.address ? html`<div class="secondary">${door.address}</div>` : nothing}
        </div>
      </div>
      ${error}
      <div class="grid door-grid">
        <div>${this.renderFacts(data)}</div>
        <div>${this.renderAccess(data)}</div>
      </div>
      <section class="card" aria-labelledby="door-events">
        <h2 id="door-events">${this.t("cc.door.events")}</h2>
        ${eventsTable(
          (k, p) => this.t(k, p),
          this.language,
          data.events,
          names,
          "person",
          this.zone,
        )}
      </section>
      ${this.renderDialog()}`;
  }
}

define("dk-door-page", DkDoorPage);
