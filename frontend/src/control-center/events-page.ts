/**
 * The event log: who opened which door, when and how; refusals and door faults.
 *
 * Filters (door, person, kind, from, until) are sent to `query_events`, which answers a
 * page of 100, newest first, and a cursor for "Load more". The log holds ids only; door
 * and person names come from the overview. A change notice reads the rows shown again (as
 * many as were loaded), so a door opened while the log is open appears at the top.
 * "Export CSV" fetches every page of the same filters and builds the file in the browser.
 * From and until are the building's wall clock (Home Assistant reads a time without
 * offset in its own time zone), so a caretaker abroad still filters by the building's day.
 */

import { css, html, nothing, type CSSResultGroup, type PropertyDeclarations } from "lit";
import { eventSource } from "./event-source";
import { buildCsv, csvDelimiter, download } from "./events-csv";
import "./person-picker";
import { ToolsPage } from "./tools-page";
import type { EventRow, EventsPage, Overview } from "./tools-types";
import { formatWallClock, wallClock } from "../wall-clock";

const PAGE = 100;
const EXPORT_PAGE = 1000;
const FILTER_DELAY_MS = 300;
export const EVENT_KINDS = [
  "unlocked",
  "unlatched",
  "locked",
  "denied",
  "blocked_credential_presented",
  "share_used",
  "emergency_key_used",
  "door_opened",
  "door_closed",
  "jammed",
  "tamper",
  "battery_low",
  "rebooted",
  "clock_set",
  "paired",
  "credentials_updated",
  "door_removed",
  "registry_changed",
  "import",
  "erasure",
] as const;
const GOOD = new Set(["unlocked", "unlatched", "share_used", "emergency_key_used"]);
const BAD = new Set(["denied", "blocked_credential_presented", "jammed", "tamper"]);
const KNOWN_REASONS = new Set([
  "no_key",
  "outside_schedule",
  "not_yet_valid",
  "expired",
  "use_limit_reached",
  "share_revoked",
  "unknown_door",
  "unattributed_refused",
  "unknown_credential",
  "disabled",
  "keypad_locked",
]);
const KNOWN_SOURCES = new Set([
  "ble",
  "pin",
  "tag",
  "button",
  "auto_relock",
  "hub_relock",
  "manual",
  "system",
  "hub",
  "guest_link",
]);

interface Filters {
  door: string;
  person: string;
  kind: string;
  since: string;
  until: string;
}

export class DkEventsPage extends ToolsPage {
  static override properties: PropertyDeclarations = {
    overview: { state: true },
    filters: { state: true },
    events: { state: true },
    cursor: { state: true },
    loading: { state: true },
    exporting: { state: true },
  };

  declare overview: Overview | undefined;
  declare filters: Filters;
  declare events: EventRow[] | undefined;
  declare cursor: string | null;
  declare loading: boolean;
  /** Events fetched so far by a running export; undefined when none runs. */
  declare exporting: number | undefined;

  private queries = 0;
  private filterTimer: number | undefined;

  static override styles: CSSResultGroup = [
    ToolsPage.styles,
    css`
      td.time {
        white-space: nowrap;
      }
      .filters input[type="datetime-local"] {
        min-width: 0;
      }
      .tail {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
        flex-wrap: wrap;
        margin-top: 12px;
      }
    `,
  ];

  constructor() {
    super();
    this.overview = undefined;
    this.filters = { door: "", person: "", kind: "", since: "", until: "" };
    this.events = undefined;
    this.cursor = null;
    this.loading = false;
    this.exporting = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.filterTimer);
  }

  protected override async load(): Promise<void> {
    const [overview] = await Promise.all([
      this.api.call<Overview>("overview/get"),
      this.query(Math.min(Math.max(PAGE, this.events?.length ?? 0), EXPORT_PAGE)),
    ]);
    this.overview = overview;
  }

  /** The query's fields for the filters set. */
  private criteria(): Record<string, unknown> {
    const { door, person, kind, since, until } = this.filters;
    const data: Record<string, unknown> = {};
    if (door) data["door"] = door;
    if (person) data["person_id"] = person;
    if (kind) data["kinds"] = [kind];
    if (since) data["since"] = since;
    if (until) data["until"] = until;
    return data;
  }

  /** Read the newest `limit` events of the filters, replacing the rows shown. */
  private async query(limit = PAGE): Promise<void> {
    const run = ++this.queries;
    this.loading = true;
    try {
      const page = await this.api.call<EventsPage>("events/query", { ...this.criteria(), limit });
      if (run !== this.queries) return;
      this.events = page.events;
      this.cursor = page.cursor;
      this.error = "";
    } catch (err) {
      if (run === this.queries) this.fail(err);
    } finally {
      if (run === this.queries) this.loading = false;
    }
  }

  private async more(): Promise<void> {
    if (!this.cursor) return;
    const run = ++this.queries;
    this.loading = true;
    try {
      const page = await this.api.call<EventsPage>("events/query", {
        ...this.criteria(),
        limit: PAGE,
        cursor: this.cursor,
      });
      if (run !== this.queries) return;
      this.events = [...(this.events ?? []), ...page.events];
      this.cursor = page.cursor;
    } catch (err) {
      if (run === this.queries) this.fail(err);
    } finally {
      if (run === this.queries) this.loading = false;
    }
  }

  private setFilter(name: keyof Filters, value: string): void {
    this.filters = { ...this.filters, [name]: value };
    window.clearTimeout(this.filterTimer);
    this.filterTimer = window.setTimeout(() => void this.query(), FILTER_DELAY_MS);
  }

  private doorName(id: string | null): string {
    if (!id) return "";
    return this.overview?.doors.find((door) => door.id === id)?.name ?? id;
  }

  /** Who the event is about: the person, a guest's shared key, or a Home Assistant user. */
  private who(event: EventRow): string {
    if (event.person_id) {
      return this.overview?.people.find((p) => p.id === event.person_id)?.name ?? event.person_id;
    }
    if (event.share_id) return this.t("tools.events.guest");
    if (event.user_id) {
      return event.user_id === this.hass?.user?.id
        ? this.hass.user.name
        : this.t("tools.events.ha_user");
    }
    return "";
  }

  private kindText(kind: string): string {
    return (EVENT_KINDS as readonly string[]).includes(kind) ? this.t(`tools.kind.${kind}`) : kind;
  }

  /** How it happened (the source) or, for a refusal, why. */
  private outcome(event: EventRow): string {
    if (event.kind === "denied") {
      const reason = event.reason ?? "";
      return KNOWN_REASONS.has(reason)
        ? this.t(`tools.events.reason.${reason}`)
        : this.t("tools.events.refused");
    }
    const source = eventSource(event);
    if (source && KNOWN_SOURCES.has(source)) return this.t(`tools.events.source.${source}`);
    return source ?? "";
  }

  private async exportCsv(): Promise<void> {
    this.exporting = 0;
    try {
      const rows: EventRow[] = [];
      let cursor: string | null = null;
      do {
        const data: Record<string, unknown> = { ...this.criteria(), limit: EXPORT_PAGE };
        if (cursor) data["cursor"] = cursor;
        const page: EventsPage = await this.api.call<EventsPage>("events/query", data);
        rows.push(...page.events);
        cursor = page.cursor;
        this.exporting = rows.length;
      } while (cursor);
      const header = ["time", "door", "person", "kind", "outcome", "door_id", "person_id"].map(
        (name) => this.t(`tools.events.csv.${name}`),
      );
      const csv = buildCsv(
        header,
        rows.map((event) => [
          wallClock(event.time),
          this.doorName(event.door_id),
          this.who(event),
          this.kindText(event.kind),
          this.outcome(event),
          event.door_id ?? "",
          event.person_id ?? "",
        ]),
        csvDelimiter(this.uiLanguage),
      );
      const today = new Date().toISOString().slice(0, 10);
      download(`digitalkey-events-${today}.csv`, csv);
      this.toast(this.t("tools.events.exported", { count: this.num(rows.length) }));
    } catch (err) {
      this.fail(err);
    } finally {
      this.exporting = undefined;
    }
  }

  override render() {
    const doors = [...(this.overview?.doors ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, this.uiLanguage),
    );
    const kinds = [...EVENT_KINDS].sort((a, b) =>
      this.kindText(a).localeCompare(this.kindText(b), this.uiLanguage),
    );
    return html`<div class="content">
      <div class="card">
        <div class="card-head">
          <h2>${this.t("tools.events.title")}</h2>
          <button
            class="secondary-action"
            data-test="events-export"
            ?disabled=${this.exporting !== undefined || !this.events?.length}
            @click=${() => void this.exportCsv()}
          >
            ${this.exporting !== undefined
              ? this.t("tools.events.exporting", { count: this.num(this.exporting) })
              : this.t("tools.events.export")}
          </button>
        </div>
        <div class="filters">
          <div>
            <label for="door">${this.t("tools.events.door")}</label>
            <select
              id="door"
              data-test="events-door"
              @change=${(e: Event) => this.setFilter("door", (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!this.filters.door}>${this.t("tools.events.all_doors")}</option>
              ${doors.map(
                (door) =>
                  html`<option value=${door.id} ?selected=${this.filters.door === door.id}>
                    ${door.name}
                  </option>`,
              )}
            </select>
          </div>
          <div>
            <label>${this.t("tools.events.person")}</label>
            <dk-person-picker
              test="events-person"
              .people=${this.overview?.people ?? []}
              .language=${this.uiLanguage}
              .label=${this.t("tools.events.person")}
              .value=${this.filters.person}
              @person-picked=${(e: CustomEvent<{ id: string }>) => this.setFilter("person", e.detail.id)}
            ></dk-person-picker>
          </div>
          <div>
            <label for="kind">${this.t("tools.events.kind")}</label>
            <select
              id="kind"
              data-test="events-kind"
              @change=${(e: Event) => this.setFilter("kind", (e.target as HTMLSelectElement).value)}
            >
              <option value="" ?selected=${!this.filters.kind}>${this.t("tools.events.all_kinds")}</option>
              ${kinds.map(
                (kind) =>
                  html`<option value=${kind} ?selected=${this.filters.kind === kind}>
                    ${this.kindText(kind)}
                  </option>`,
              )}
            </select>
          </div>
          <div>
            <label for="since">${this.t("tools.events.since")}</label>
            <input
              id="since"
              type="datetime-local"
              data-test="events-since"
              .value=${this.filters.since}
              @change=${(e: Event) => this.setFilter("since", (e.target as HTMLInputElement).value)}
            />
          </div>
          <div>
            <label for="until">${this.t("tools.events.until")}</label>
            <input
              id="until"
              type="datetime-local"
              data-test="events-until"
              .value=${this.filters.until}
              @change=${(e: Event) => this.setFilter("until", (e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        ${this.error ? html`<p class="error" data-test="error" role="alert">${this.error}</p>` : nothing}
        ${this.renderRows()}
      </div>
    </div>`;
  }

  private renderRows() {
    const events = this.events;
    if (events === undefined) return html`<p class="empty">${this.t("common.loading")}</p>`;
    if (events.length === 0) return html`<p class="empty">${this.t("tools.events.none")}</p>`;
    return html`<table class="stack" data-test="events-table">
        <thead>
          <tr>
            <th>${this.t("tools.events.time")}</th>
            <th>${this.t("tools.events.door")}</th>
            <th>${this.t("tools.events.person")}</th>
            <th>${this.t("tools.events.kind")}</th>
            <th>${this.t("tools.events.outcome")}</th>
          </tr>
        </thead>
        <tbody>
          ${events.map((event) => this.renderRow(event))}
        </tbody>
      </table>
      <div class="tail">
        <span class="secondary">${this.t("tools.events.shown", { count: this.num(events.length) })}</span>
        ${this.cursor
          ? html`<button
              class="secondary-action"
              data-test="events-more"
              ?disabled=${this.loading}
              @click=${() => void this.more()}
            >
              ${this.t("tools.events.more")}
            </button>`
          : nothing}
      </div>`;
  }

  private renderRow(event: EventRow) {
    const chip = GOOD.has(event.kind) ? "ok" : BAD.has(event.kind) ? "bad" : event.kind === "battery_low" ? "warn" : "";
    const who = this.who(event);
    const outcome = this.outcome(event);
    return html`<tr data-test="event-row" data-id=${String(event.id ?? "")} data-kind=${event.kind}>
      <td class="time inline">${formatWallClock(this.uiLanguage, event.time, this.zone)}</td>
      <td class="inline">
        ${event.door_id
          ? html`<button class="link" @click=${() => this.navigate("door", event.door_id as string)}>
              ${this.doorName(event.door_id)}
            </button>`
          : nothing}
      </td>
      <td class="inline">
        ${event.person_id
          ? html`<button
              class="link"
              @click=${() => this.navigate("person", event.person_id as string)}
            >
              ${who}
            </button>`
          : who}
      </td>
      <td class="inline"><span class="chip ${chip}">${this.kindText(event.kind)}</span></td>
      <td class="inline">${outcome}</td>
    </tr>`;
  }
}
