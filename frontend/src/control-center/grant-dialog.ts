/**
 * Giving keys on the same terms: to one person for several doors and bundles (person page),
 * to many people for one door (door page), or changing one key's terms.
 *
 * One `digitalkey/grants/add` call either way (`person_ids` × `doors`/`bundle_ids`), with
 * the window (from/until), the weekly times, and the sharing right. A person who already
 * holds a key to one of these doors gets that key's terms replaced, which is also how one
 * key is edited. When adding, "may share" is sent only when ticked: a key someone already
 * holds then keeps the sharing it had (the action's own rule), so adding a door never takes
 * shares away by accident.
 */

import { html, nothing } from "lit";
import type { PropertyValues } from "lit";
import { fromLocalInput } from "../styles";
import type { Bundle, Door, Grant, PersonRow, ScheduleWindow } from "./data";
import { checkList } from "./check-list";
import { CcDialog } from "./dialog-base";
import { define } from "./page-base";
import { filterPeople, NO_FILTER, searchable } from "./people-search";
import type { Searchable } from "./people-search";
import { scheduleEditor } from "./schedule-editor";
import { toLocalInput } from "./time-input";
import { windowFields } from "./window-fields";

/** People listed at once in the picker; "select all" still takes every match. */
const PICKER_ROWS = 100;

export type GrantMode = "targets" | "people" | "edit";

export class DkGrantDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    mode: { attribute: false },
    doors: { attribute: false },
    bundles: { attribute: false },
    people: { attribute: false },
    personId: { attribute: false },
    doorId: { attribute: false },
    grant: { attribute: false },
    chosen: { state: true },
    from: { state: true },
    until: { state: true },
    schedule: { state: true },
    mayShare: { state: true },
    shareLimit: { state: true },
    query: { state: true },
  };

  declare mode: GrantMode;
  declare doors: Door[];
  declare bundles: Bundle[];
  declare people: PersonRow[];
  /** "targets" and "edit": whose keys. */
  declare personId: string;
  /** "people": the door. */
  declare doorId: string;
  /** "edit": the key whose terms change. */
  declare grant: Grant | null;
  /** Ticked ids: doors and bundles (prefixed `door:`/`bundle:`) or people. */
  declare chosen: Set<string>;
  declare from: string;
  declare until: string;
  declare schedule: ScheduleWindow[] | null;
  declare mayShare: boolean;
  declare shareLimit: string;
  declare query: string;

  private searchables: Searchable[] = [];

  constructor() {
    super();
    this.mode = "targets";
    this.doors = [];
    this.bundles = [];
    this.people = [];
    this.personId = "";
    this.doorId = "";
    this.grant = null;
    this.chosen = new Set();
    this.from = "";
    this.until = "";
    this.schedule = null;
    this.mayShare = false;
    this.shareLimit = "";
    this.query = "";
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("people")) {
      const byName = [...this.people].sort((a, b) =>
        a.name.localeCompare(b.name, this.locale, { sensitivity: "base" }),
      );
      this.searchables = byName.map(searchable);
    }
    if (changed.has("grant") && this.grant) {
      const grant = this.grant;
      this.from = toLocalInput(grant.valid_from, this.zone);
      this.until = toLocalInput(grant.valid_until, this.zone);
      this.schedule = grant.schedule ? grant.schedule.map((w) => ({ ...w })) : null;
      this.mayShare = grant.may_share;
      this.shareLimit = String(grant.share_limit);
    }
  }

  private toggle(id: string, on: boolean): void {
    const chosen = new Set(this.chosen);
    if (on) chosen.add(id);
    else chosen.delete(id);
    this.chosen = chosen;
  }

  private message(): Record<string, unknown> | string {
    const data: Record<string, unknown> = {};
    if (this.mode === "edit" && this.grant) {
      data["person_ids"] = [this.personId];
      if (this.grant.bundle_id) data["bundle_ids"] = [this.grant.bundle_id];
      else if (this.grant.door_id) data["doors"] = [this.grant.door_id];
    } else if (this.mode === "people") {
      if (!this.chosen.size) return this.t("cc.grant.choose_people");
      data["person_ids"] = [...this.chosen];
      data["doors"] = [this.doorId];
    } else {
      const doors = [...this.chosen]
        .filter((id) => id.startsWith("door:"))
        .map((id) => id.slice(5));
      const bundles = [...this.chosen]
        .filter((id) => id.startsWith("bundle:"))
        .map((id) => id.slice(7));
      if (!doors.length && !bundles.length) return this.t("cc.grant.choose_doors");
      data["person_ids"] = [this.personId];
      if (doors.length) data["doors"] = doors;
      if (bundles.length) data["bundle_ids"] = bundles;
    }
    const from = fromLocalInput(this.from, this.zone);
    const until = fromLocalInput(this.until, this.zone);
    if (from) data["valid_from"] = from;
    if (until) data["valid_until"] = until;
    if (this.schedule !== null) data["schedule"] = this.schedule;
    if (this.mode === "edit" || this.mayShare) data["may_share"] = this.mayShare;
    const limit = this.shareLimit.trim();
    if (limit !== "") data["share_limit"] = Number(limit);
    return data;
  }

  private async save(): Promise<void> {
    const data = this.message();
    if (typeof data === "string") {
      this.error = data;
      return;
    }
    let answer: unknown;
    if (await this.attempt(async () => void (answer = await this.api.call("grants/add", data)))) {
      this.saved(answer);
    }
  }

  private renderTargets() {
    const bundleDoors = (bundle: Bundle) =>
      bundle.door_ids
        .map((id) => this.doors.find((door) => door.id === id)?.name)
        .filter(Boolean)
        .join(", ");
    return html`<h3>${this.t("cc.grant.doors")}</h3>
      ${checkList({
        label: this.t("cc.grant.doors"),
        test: "grant-doors",
        items: this.doors,
        checked: (id) => this.chosen.has(`door:${id}`),
        toggle: (id, on) => this.toggle(`door:${id}`, on),
      })}
      ${this.bundles.length
        ? html`<h3>${this.t("cc.grant.bundles")}</h3>
            ${checkList({
              label: this.t("cc.grant.bundles"),
              test: "grant-bundles",
              items: this.bundles.map((bundle) => ({ ...bundle, detail: bundleDoors(bundle) })),
              checked: (id) => this.chosen.has(`bundle:${id}`),
              toggle: (id, on) => this.toggle(`bundle:${id}`, on),
            })}`
        : nothing}`;
  }

  private renderPeople() {
    const found = filterPeople(this.searchables, { ...NO_FILTER, query: this.query });
    const shown = found.slice(0, PICKER_ROWS);
    const allChosen = found.length > 0 && found.every((person) => this.chosen.has(person.id));
    return html`<label for="people-search">${this.t("cc.grant.people")}</label>
      <input
        id="people-search"
        type="search"
        data-test="grant-people-search"
        placeholder=${this.t("cc.overview.search_placeholder")}
        .value=${this.query}
        @input=${(event: Event) => (this.query = (event.target as HTMLInputElement).value)}
      />
      <div class="pager">
        <span class="secondary count">
          ${this.t("cc.grant.chosen", { count: this.num(this.chosen.size) })}
        </span>
        <button
          type="button"
          class="secondary-action small"
          data-test="grant-people-all"
          ?disabled=${!found.length}
          @click=${() => {
            const chosen = new Set(this.chosen);
            for (const person of found) {
              if (allChosen) chosen.delete(person.id);
              else chosen.add(person.id);
            }
            this.chosen = chosen;
          }}
        >
          ${allChosen
            ? this.t("cc.grant.none_of", { count: this.num(found.length) })
            : this.t("cc.grant.all_of", { count: this.num(found.length) })}
        </button>
      </div>
      <div class="checks pick-list" role="group" aria-label=${this.t("cc.grant.people")}>
        ${shown.map(
          (person) =>
            html`<label class="inline">
              <input
                type="checkbox"
                data-test="grant-people"
                data-id=${person.id}
                .checked=${this.chosen.has(person.id)}
                @change=${(event: Event) =>
                  this.toggle(person.id, (event.target as HTMLInputElement).checked)}
              />
              <span
                >${person.name}
                <div class="secondary">
                  ${[person.dwelling, this.t(`cc.role.${person.role}`)].filter(Boolean).join(" · ")}
                </div></span
              >
            </label>`,
        )}
      </div>
      ${found.length > shown.length
        ? html`<p class="hint">
            ${this.t("cc.grant.more_people", {
              shown: this.num(shown.length),
              count: this.num(found.length),
            })}
          </p>`
        : nothing}`;
  }

  override render() {
    const heading =
      this.mode === "edit"
        ? this.t("cc.grant.edit_title", { name: this.grant?.name ?? "" })
        : this.mode === "people"
          ? this.t("cc.grant.people_title", {
              door: this.doors.find((door) => door.id === this.doorId)?.name ?? "",
            })
          : this.t("cc.grant.add_title");
    return this.frame(
      heading,
      html`${this.mode === "targets" ? this.renderTargets() : nothing}
        ${this.mode === "people" ? this.renderPeople() : nothing}
        <h3>${this.t("cc.grant.window")}</h3>
        ${windowFields(
          {
            id: "from",
            test: "grant-from",
            label: this.t("cc.grant.from"),
            value: this.from,
            set: (value) => (this.from = value),
          },
          {
            id: "until",
            test: "grant-until",
            label: this.t("cc.grant.until"),
            value: this.until,
            set: (value) => (this.until = value),
          },
        )}
        <p class="hint">${this.t("cc.grant.window_hint")}</p>
        ${scheduleEditor(
          (key, placeholders) => this.t(key, placeholders),
          this.locale,
          this.schedule,
          (schedule) => (this.schedule = schedule),
        )}
        <h3>${this.t("cc.grant.sharing")}</h3>
        <label class="check">
          <input
            type="checkbox"
            data-test="grant-may-share"
            .checked=${this.mayShare}
            @change=${(event: Event) =>
              (this.mayShare = (event.target as HTMLInputElement).checked)}
          />
          ${this.t("cc.grant.may_share")}
        </label>
        <label for="share-limit">${this.t("cc.grant.share_limit")}</label>
        <input
          id="share-limit"
          type="number"
          min="0"
          max="100"
          inputmode="numeric"
          data-test="grant-share-limit"
          placeholder=${this.t("cc.grant.share_limit_placeholder")}
          .value=${this.shareLimit}
          @input=${(event: Event) => (this.shareLimit = (event.target as HTMLInputElement).value)}
        />
        <p class="hint">
          ${this.mode === "edit"
            ? this.t("cc.grant.share_hint_edit")
            : this.t("cc.grant.share_hint")}
        </p>`,
      html`${this.cancelButton()}
        <button data-test="grant-save" ?disabled=${this.busy} @click=${() => this.save()}>
          ${this.mode === "edit" ? this.t("cc.save") : this.t("cc.grant.save")}
        </button>`,
      "grant-dialog",
    );
  }
}

define("dk-grant-dialog", DkGrantDialog);
