/**
 * The overview: the building's doors on one side, its people on the other.
 *
 * Doors show their lock state, battery (red when critical) and whether their PIN codes and
 * tags are in sync. People are found as one types (name, dwelling, e-mail or phone number
 * in any writing, `people-search.ts`) and narrowed by role, entrance, no consent, no
 * linked user and "shares at limit". A building of 600 people stays smooth because the
 * list shows the first 100 matches with the count of all of them and a "show more" button
 * (100 at a time): filtering 600 rows is instant, drawing 600 rows at each keystroke is not.
 * A row is a link: it opens the person's or door's page (or a new tab).
 */

import { html, nothing } from "lit";
import type { PropertyValues } from "lit";
import { panelStyles } from "../styles";
import { ccStyles } from "./cc-styles";
import { type BatteryReport, type BatteryRow, withReportedBattery } from "./battery-report";
import { ROLES } from "./data";
import type { Door, HaUser, Overview, PersonRow, Role } from "./data";
import { batteryChip, lockChip, syncChip } from "./labels";
import { CcPage, define } from "./page-base";
import { filterPeople, NO_FILTER, searchable } from "./people-search";
import type { PeopleFilter, Searchable } from "./people-search";
import { loadUsers } from "./users";
import "./person-dialog";

const PAGE_ROWS = 100;

export class DkOverviewPage extends CcPage {
  static override properties = {
    ...CcPage.properties,
    data: { state: true },
    error: { state: true },
    filter: { state: true },
    shown: { state: true },
    adding: { state: true },
    users: { state: true },
    batteries: { state: true },
  };

  static override styles = [panelStyles, ccStyles];

  declare data: Overview | null;
  declare error: string;
  declare filter: PeopleFilter;
  declare shown: number;
  declare adding: boolean;
  declare users: HaUser[] | null;
  /** Each door's row of the battery report, by door id: the level of a door out of reach. */
  declare batteries: Map<string, BatteryRow>;

  private searchables: Searchable[] = [];
  private loading = 0;
  /** The last filter's result: `hass` changes with every state in the house, the list not. */
  private found: { of: Searchable[]; filter: PeopleFilter; rows: PersonRow[] } | undefined;

  constructor() {
    super();
    this.data = null;
    this.error = "";
    this.filter = NO_FILTER;
    this.shown = PAGE_ROWS;
    this.adding = false;
    this.users = null;
    this.batteries = new Map();
  }

  override async load(_quiet: boolean): Promise<void> {
    if (!this.api) return;
    const ticket = ++this.loading;
    try {
      const [data, batteries] = await Promise.all([
        this.api.call<Overview>("overview/get"),
        this.batteryRows(),
      ]);
      if (ticket !== this.loading) return;
      this.data = data;
      this.batteries = batteries;
      this.error = "";
    } catch (error) {
      if (ticket === this.loading) this.error = this.refusal(error);
    }
  }

  /** The battery report's rows; none when it cannot be read (the chips then show less). */
  private async batteryRows(): Promise<Map<string, BatteryRow>> {
    try {
      const report = await this.api.call<BatteryReport>("battery/report", {
        all_doors: true,
        language: this.language,
      });
      return new Map(report.doors.map((row) => [row.door_id, row]));
    } catch {
      return new Map();
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("api") && this.api) this.load(false);
    if (changed.has("data") && this.data) {
      const byName = [...this.data.people].sort((a, b) =>
        a.name.localeCompare(b.name, this.locale, { sensitivity: "base" }),
      );
      this.searchables = byName.map(searchable);
    }
    if (changed.has("filter")) this.shown = PAGE_ROWS;
  }

  private peopleFound(): PersonRow[] {
    const cached = this.found;
    if (cached && cached.of === this.searchables && cached.filter === this.filter)
      return cached.rows;
    const rows = filterPeople(this.searchables, this.filter);
    this.found = { of: this.searchables, filter: this.filter, rows };
    return rows;
  }

  private setFilter(change: Partial<PeopleFilter>): void {
    this.filter = { ...this.filter, ...change };
  }

  private entrances(): string[] {
    const all = new Set<string>();
    for (const person of this.data?.people ?? []) if (person.entrance) all.add(person.entrance);
    for (const door of this.data?.doors ?? []) if (door.entrance) all.add(door.entrance);
    return [...all].sort((a, b) => a.localeCompare(b, this.locale, { numeric: true }));
  }

  private async openAdd(): Promise<void> {
    this.adding = true;
    this.error = "";
    if (this.users === null) {
      try {
        this.users = await loadUsers(this.hass);
      } catch (error) {
        this.users = [];
        this.error = this.refusal(error);
      }
    }
  }

  private renderDoor(door: Door) {
    const sub = [
      door.address,
      door.entrance ? this.t("cc.door.entrance_x", { entrance: door.entrance }) : "",
    ]
      .filter(Boolean)
      .join(" · ");
    return html`<a
      class="item"
      data-test="door-row"
      data-id=${door.id}
      href=${this.href("door", door.id)}
      @click=${(event: MouseEvent) => this.follow(event, "door", door.id)}
    >
      <div class="item-main">
        <div class="item-title">${door.name}</div>
        ${sub ? html`<div class="item-sub">${sub}</div>` : nothing}
        <div class="chips-line">
          ${lockChip(this.language, this.lockState(door))}
          ${batteryChip(
            (k, p) => this.t(k, p),
            this.locale,
            withReportedBattery(door, this.batteries.get(door.id)),
          )}
          ${syncChip((k, p) => this.t(k, p), this.language, this.locale, this.zone, door)}
        </div>
      </div>
    </a>`;
  }

  private renderPerson(person: PersonRow) {
    const sub = [
      person.dwelling,
      person.entrance ? this.t("cc.door.entrance_x", { entrance: person.entrance }) : "",
      person.phone,
    ]
      .filter(Boolean)
      .join(" · ");
    return html`<a
      class="item"
      data-test="person-row"
      data-id=${person.id}
      href=${this.href("person", person.id)}
      @click=${(event: MouseEvent) => this.follow(event, "person", person.id)}
    >
      <div class="item-main">
        <div class="item-title">${person.name}</div>
        <div class="item-sub">${sub || "\u00a0"}</div>
      </div>
      <div class="item-side">
        <span class="chip">${this.t(`cc.role.${person.role}`)}</span>
        <span class="chip count" title=${this.t("cc.overview.keys_hint")}
          >${this.tp("cc.overview.keys", person.keys)}</span
        >
        ${person.shares || person.shares_at_limit
          ? html`<span
              class="chip count ${person.shares_at_limit ? "warn" : ""}"
              title=${person.shares_at_limit
                ? this.t("cc.overview.at_limit")
                : this.t("cc.overview.shares_hint")}
              >${this.t("cc.overview.shares", { count: this.num(person.shares) })}</span
            >`
          : nothing}
        ${person.consent
          ? nothing
          : html`<span class="chip">${this.t("cc.overview.no_consent")}</span>`}
        ${person.linked
          ? nothing
          : html`<span class="chip">${this.t("cc.overview.no_user")}</span>`}
      </div>
    </a>`;
  }

  private renderFilters() {
    const f = this.filter;
    return html`<input
        type="search"
        data-test="people-search"
        aria-label=${this.t("cc.overview.search")}
        placeholder=${this.t("cc.overview.search_placeholder")}
        .value=${f.query}
        @input=${(event: Event) =>
          this.setFilter({ query: (event.target as HTMLInputElement).value })}
      />
      <div class="field-row">
        <div>
          <label for="role">${this.t("cc.person.role")}</label>
          <select
            id="role"
            data-test="filter-role"
            @change=${(event: Event) =>
              this.setFilter({ role: (event.target as HTMLSelectElement).value as Role | "" })}
          >
            <option value="" ?selected=${f.role === ""}>${this.t("cc.overview.any_role")}</option>
            ${ROLES.map(
              (role) =>
                html`<option value=${role} ?selected=${f.role === role}>
                  ${this.t(`cc.role.${role}`)}
                </option>`,
            )}
          </select>
        </div>
        <div>
          <label for="entrance">${this.t("cc.person.entrance")}</label>
          <select
            id="entrance"
            data-test="filter-entrance"
            @change=${(event: Event) =>
              this.setFilter({ entrance: (event.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${f.entrance === ""}>
              ${this.t("cc.overview.any_entrance")}
            </option>
            ${this.entrances().map(
              (entrance) =>
                html`<option value=${entrance} ?selected=${f.entrance === entrance}>
                  ${entrance}
                </option>`,
            )}
          </select>
        </div>
      </div>
      <div class="row">
        ${this.flag("noConsent", "filter-no-consent", this.t("cc.overview.filter_no_consent"))}
        ${this.flag("noUser", "filter-no-user", this.t("cc.overview.filter_no_user"))}
        ${this.flag("atLimit", "filter-at-limit", this.t("cc.overview.filter_at_limit"))}
      </div>`;
  }

  private flag(key: "noConsent" | "noUser" | "atLimit", test: string, label: string) {
    return html`<label class="check" style="margin-inline-end: 16px">
      <input
        type="checkbox"
        data-test=${test}
        .checked=${this.filter[key]}
        @change=${(event: Event) =>
          this.setFilter({ [key]: (event.target as HTMLInputElement).checked })}
      />
      ${label}
    </label>`;
  }

  override render() {
    const data = this.data;
    const error =
      this.error && !this.adding
        ? html`<p class="error" data-test="error" role="alert">${this.error}</p>`
        : nothing;
    if (!data) {
      return html`${error}${this.error
        ? nothing
        : html`<p class="empty">${this.t("cc.loading")}</p>`}`;
    }
    const found = this.peopleFound();
    const rows = found.slice(0, this.shown);
    const filtered = found.length !== data.people.length;
    return html`${error}
      <div class="grid overview">
        <section class="card doors" aria-labelledby="doors-title">
          <div class="head">
            <h2 id="doors-title">${this.t("cc.overview.doors")}</h2>
            <span class="secondary count">${this.num(data.doors.length)}</span>
          </div>
          ${data.doors.length
            ? html`<div class="list">${data.doors.map((door) => this.renderDoor(door))}</div>`
            : html`<p class="empty">${this.t("cc.overview.no_doors")}</p>`}
        </section>
        <section class="card people" aria-labelledby="people-title">
          <div class="head">
            <h2 id="people-title">${this.t("cc.overview.people")}</h2>
            <button data-test="add-person" @click=${() => this.openAdd()}>
              ${this.t("cc.overview.add_person")}
            </button>
          </div>
          ${this.renderFilters()}
          <p class="secondary count" data-test="people-count" role="status">
            ${filtered
              ? this.tp("cc.overview.count_filtered", data.people.length, {
                  count: this.num(found.length),
                  total: this.num(data.people.length),
                })
              : this.tp("cc.overview.count", data.people.length)}
          </p>
          ${rows.length
            ? html`<div class="list">${rows.map((person) => this.renderPerson(person))}</div>`
            : html`<p class="empty">
                ${data.people.length
                  ? this.t("cc.overview.no_match")
                  : this.t("cc.overview.no_people")}
              </p>`}
          ${found.length > rows.length
            ? html`<div class="pager">
                <span class="secondary count">
                  ${this.t("cc.overview.showing", {
                    shown: this.num(rows.length),
                    count: this.num(found.length),
                  })}
                </span>
                <button
                  class="secondary-action"
                  data-test="people-more"
                  @click=${() => (this.shown += PAGE_ROWS)}
                >
                  ${this.t("cc.overview.show_more", {
                    count: this.num(Math.min(PAGE_ROWS, found.length - rows.length)),
                  })}
                </button>
              </div>`
            : nothing}
        </section>
      </div>
      ${this.adding ? this.renderAdd(data) : nothing}`;
  }

  private renderAdd(data: Overview) {
    const linked = new Map<string, string>();
    for (const person of data.people)
      if (person.ha_user_id) linked.set(person.ha_user_id, person.name);
    return html`<dk-person-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.language}
      .users=${this.users}
      .linkedTo=${linked}
      .entrances=${this.entrances()}
      .buildingLanguage=${data.settings?.language ?? ""}
      @dk-close=${() => (this.adding = false)}
      @dk-saved=${(event: CustomEvent<{ person_id?: string }>) => {
        this.adding = false;
        this.toast(this.t("cc.person.added"));
        const id = event.detail?.person_id;
        if (id) this.navigate("person", id);
        else this.load(true);
      }}
    ></dk-person-dialog>`;
  }
}

define("dk-overview-page", DkOverviewPage);
