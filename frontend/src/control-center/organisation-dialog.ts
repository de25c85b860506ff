/**
 * Creating or changing an organisation in one form: its name, the doors and key bundles it
 * holds, its period and weekly hours, whether its staff may share their keys, and its
 * staff and managers.
 *
 * The terms go in one `organisations/create` or `organisations/update` call, the staff in
 * one `organisations/staff` call after it (a new organisation has no id before). When that
 * second call is refused, the dialog stays open on the organisation just made, so saving
 * again changes it rather than making a second one. A manager is staff too: ticking
 * "manager" on someone is enough, the integration makes them staff.
 *
 * What goes with a change is said before it is saved: a door or bundle taken away removes
 * the keys its managers gave to it, staff who leave lose the organisation's keys, and
 * turning sharing off takes back what the staff shared.
 */

import { css, html, nothing } from "lit";
import type { PropertyValues } from "lit";
import type { OrganisationRow, StaffAnswer, WeeklyHours } from "../organisations";
import { scheduleForm } from "../organisations";
import { fromLocalInput } from "../styles";
import { checkList } from "./check-list";
import { CcDialog } from "./dialog-base";
import { define } from "./page-base";
import type { DkPersonPicker } from "./person-picker";
import { scheduleEditor } from "./schedule-editor";
import { toLocalInput } from "./time-input";
import type { OverviewBundle, OverviewDoor, OverviewPerson } from "./tools-types";
import { windowFields } from "./window-fields";

/** What the dialog answers with `dk-saved`. */
export interface OrganisationSaved {
  organisation_id: string;
  name: string;
  created: boolean;
}

export class DkOrganisationDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    organisation: { attribute: false },
    doors: { attribute: false },
    bundles: { attribute: false },
    people: { attribute: false },
    organisationId: { state: true },
    name: { state: true },
    chosenDoors: { state: true },
    chosenBundles: { state: true },
    from: { state: true },
    until: { state: true },
    schedule: { state: true },
    mayShare: { state: true },
    shareLimit: { state: true },
    staffBefore: { state: true },
    managersBefore: { state: true },
    staff: { state: true },
    managers: { state: true },
  };

  /** The organisation changed; null for a new one. */
  declare organisation: OrganisationRow | null;
  declare doors: OverviewDoor[];
  declare bundles: OverviewBundle[];
  declare people: OverviewPerson[];
  /** The organisation saved: the one changed, or the one made by a first save. */
  declare organisationId: string | undefined;
  declare name: string;
  declare chosenDoors: Set<string>;
  declare chosenBundles: Set<string>;
  declare from: string;
  declare until: string;
  declare schedule: WeeklyHours[] | null;
  declare mayShare: boolean;
  declare shareLimit: string;
  /** Its staff as saved (person ids); undefined while they are read. */
  declare staffBefore: string[] | undefined;
  declare managersBefore: Set<string>;
  /** Its staff as the form has them now, in the order shown. */
  declare staff: string[];
  declare managers: Set<string>;

  static override styles = [
    ...CcDialog.styles,
    css`
      .staff-list {
        display: flex;
        flex-direction: column;
        margin: 4px 0 8px;
      }
      .staff-row {
        display: flex;
        align-items: center;
        gap: 8px 12px;
        flex-wrap: wrap;
        padding: 6px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      .staff-row:last-child {
        border-bottom: none;
      }
      .staff-name {
        flex: 1 1 96px;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .staff-row label.check {
        min-height: 40px;
        font-size: 14px;
      }
      .warning {
        color: var(--warning-color, #ffa600);
        font-size: 14px;
        margin: 8px 0 0;
      }
      dk-person-picker {
        margin-bottom: 8px;
      }
    `,
  ];

  constructor() {
    super();
    this.organisation = null;
    this.doors = [];
    this.bundles = [];
    this.people = [];
    this.organisationId = undefined;
    this.name = "";
    this.chosenDoors = new Set();
    this.chosenBundles = new Set();
    this.from = "";
    this.until = "";
    this.schedule = null;
    this.mayShare = false;
    this.shareLimit = "";
    this.staffBefore = [];
    this.managersBefore = new Set();
    this.staff = [];
    this.managers = new Set();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("organisation") && this.organisation) {
      const organisation = this.organisation;
      this.organisationId = organisation.organisation_id;
      this.name = organisation.name;
      this.chosenDoors = new Set(organisation.door_ids);
      this.chosenBundles = new Set(organisation.bundles.map((bundle) => bundle.bundle_id));
      this.from = toLocalInput(organisation.valid_from, this.zone);
      this.until = toLocalInput(organisation.valid_until, this.zone);
      this.schedule = scheduleForm(organisation.schedule);
      this.mayShare = organisation.may_share;
      this.shareLimit = organisation.may_share ? String(organisation.share_limit) : "";
      this.staffBefore = undefined;
      void this.readStaff(organisation.organisation_id);
    }
  }

  /**
   * The staff and managers as saved. `organisations/staff` with nobody to add or remove
   * changes nothing and answers with them (the list row only counts them).
   */
  private async readStaff(organisationId: string): Promise<void> {
    try {
      const answer = await this.api.call<StaffAnswer>("organisations/staff", {
        organisation_id: organisationId,
      });
      const byName = (ids: string[]) =>
        [...ids].sort((a, b) =>
          this.personName(a).localeCompare(this.personName(b), this.locale, { sensitivity: "base" }),
        );
      this.staffBefore = byName(answer.staff);
      this.staff = [...this.staffBefore];
      this.managersBefore = new Set(answer.managers);
      this.managers = new Set(answer.managers);
    } catch (error) {
      this.error = this.refusal(error);
    }
  }

  /**
   * A refusal naming a person by id (`in_other_organisation`, `not_staff`) names them as
   * the board knows them.
   */
  override refusal(error: unknown): string {
    const err = error as { translation_placeholders?: Record<string, string> } | undefined;
    const placeholders = err?.translation_placeholders;
    const id = placeholders?.["person_id"];
    if (!placeholders || id === undefined) return super.refusal(error);
    const named = { ...placeholders, person_id: this.personName(id) };
    return super.refusal({ ...(error as object), translation_placeholders: named });
  }

  private personName(id: string): string {
    return this.people.find((person) => person.id === id)?.name ?? id;
  }

  private doorName(id: string): string {
    return this.doors.find((door) => door.id === id)?.name ?? id;
  }

  private toggle(set: Set<string>, id: string, on: boolean): Set<string> {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  }

  private addStaff(id: string, picker: DkPersonPicker): void {
    picker.value = "";
    if (!id || this.staff.includes(id)) return;
    this.staff = [...this.staff, id];
  }

  private removeStaff(id: string): void {
    this.staff = this.staff.filter((person) => person !== id);
    this.managers = this.toggle(this.managers, id, false);
  }

  /** The terms as `create_organisation`/`update_organisation` take them, or what to fix. */
  private terms(): Record<string, unknown> | string {
    const name = this.name.trim();
    if (!name) return this.t("org.name_needed");
    const creating = this.organisationId === undefined;
    const data: Record<string, unknown> = {
      name,
      doors: [...this.chosenDoors],
      bundle_ids: [...this.chosenBundles],
      may_share: this.mayShare,
    };
    const from = fromLocalInput(this.from, this.zone);
    const until = fromLocalInput(this.until, this.zone);
    if (from && until && Date.parse(until) <= Date.parse(from)) return this.t("org.until_before_from");
    // Left empty: none. A change sends null so that a period end or the hours are cleared.
    if (from || !creating) data["valid_from"] = from ?? null;
    if (until || !creating) data["valid_until"] = until ?? null;
    if (this.schedule !== null || !creating) data["schedule"] = this.schedule;
    const limit = this.shareLimit.trim();
    if (this.mayShare) {
      const value = limit === "" ? 1 : Number(limit);
      if (!Number.isInteger(value) || value < 1 || value > 100) return this.t("org.share_limit_invalid");
      data["share_limit"] = value;
    }
    return data;
  }

  /** The staff change (`set_organisation_staff`), or undefined when there is none. */
  private staffChange(organisationId: string): Record<string, unknown> | undefined {
    const before = this.staffBefore ?? [];
    const add = this.staff.filter((id) => !before.includes(id));
    const remove = before.filter((id) => !this.staff.includes(id));
    const managers = [...this.managers].filter((id) => this.staff.includes(id));
    const managersChanged =
      managers.length !== this.managersBefore.size ||
      managers.some((id) => !this.managersBefore.has(id));
    if (!add.length && !remove.length && !managersChanged) return undefined;
    const data: Record<string, unknown> = { organisation_id: organisationId, add, remove };
    if (managersChanged) data["managers"] = managers;
    return data;
  }

  private async save(): Promise<void> {
    const terms = this.terms();
    if (typeof terms === "string") {
      this.error = terms;
      return;
    }
    let created = false;
    const done = await this.attempt(async () => {
      let id = this.organisationId;
      if (id === undefined) {
        const answer = await this.api.call<{ organisation_id: string }>(
          "organisations/create",
          terms,
        );
        id = answer.organisation_id;
        // From here on this form changes the organisation made, whatever happens next.
        this.organisationId = id;
        created = true;
      } else {
        await this.api.call("organisations/update", { organisation_id: id, ...terms });
      }
      const staff = this.staffChange(id);
      if (staff) {
        const answer = await this.api.call<StaffAnswer>("organisations/staff", staff);
        this.staffBefore = answer.staff;
        this.managersBefore = new Set(answer.managers);
      }
    });
    if (!done && created) {
      // Made, but its staff were refused: say so, so that the next save only sets the staff.
      this.error = `${this.t("org.created_staff_refused", { name: this.name.trim() })} ${this.error}`;
    }
    if (done && this.organisationId !== undefined) {
      const saved: OrganisationSaved = {
        organisation_id: this.organisationId,
        name: this.name.trim(),
        created: created || this.organisation === null,
      };
      this.saved(saved);
    }
  }

  private renderTargets() {
    const bundleDoors = (bundle: OverviewBundle) =>
      bundle.door_ids.map((id) => this.doorName(id)).join(", ");
    return html`<h3>${this.t("org.doors")}</h3>
      ${this.doors.length === 0
        ? html`<p class="hint">${this.t("org.no_doors_yet")}</p>`
        : checkList({
            label: this.t("org.doors"),
            test: "org-doors",
            items: this.doors,
            checked: (id) => this.chosenDoors.has(id),
            toggle: (id, on) => (this.chosenDoors = this.toggle(this.chosenDoors, id, on)),
          })}
      ${this.bundles.length
        ? html`<h3>${this.t("org.bundles")}</h3>
            ${checkList({
              label: this.t("org.bundles"),
              test: "org-bundles",
              items: this.bundles.map((bundle) => ({ ...bundle, detail: bundleDoors(bundle) })),
              checked: (id) => this.chosenBundles.has(id),
              toggle: (id, on) => (this.chosenBundles = this.toggle(this.chosenBundles, id, on)),
            })}`
        : nothing}
      ${this.renderDropped()}`;
  }

  /** Doors and bundles unticked that the organisation's managers gave keys to. */
  private renderDropped() {
    const before = this.organisation;
    if (!before || before.keys === 0) return nothing;
    const doors = before.door_ids
      .filter((id) => !this.chosenDoors.has(id))
      .map((id) => this.doorName(id));
    const bundles = before.bundles
      .filter((bundle) => !this.chosenBundles.has(bundle.bundle_id))
      .map((bundle) => bundle.name);
    const dropped = [...doors, ...bundles];
    if (!dropped.length) return nothing;
    return html`<p class="warning" data-test="org-dropping">
      ${this.t("org.dropping", { doors: dropped.join(", ") })}
    </p>`;
  }

  private renderTerms() {
    const sharingOff = this.organisation?.may_share === true && !this.mayShare;
    return html`<h3>${this.t("org.period")}</h3>
      ${windowFields(
        {
          id: "org-from",
          test: "org-from",
          label: this.t("org.from"),
          value: this.from,
          set: (value) => (this.from = value),
        },
        {
          id: "org-until",
          test: "org-until",
          label: this.t("org.until"),
          value: this.until,
          set: (value) => (this.until = value),
        },
      )}
      <p class="hint">${this.t("org.period_hint")}</p>
      <h3>${this.t("org.hours")}</h3>
      ${scheduleEditor(
        (key, placeholders) => this.t(key, placeholders),
        this.locale,
        this.schedule,
        (schedule) => (this.schedule = schedule),
      )}
      <h3>${this.t("org.sharing")}</h3>
      <label class="check">
        <input
          type="checkbox"
          data-test="org-may-share"
          .checked=${this.mayShare}
          @change=${(event: Event) => {
            this.mayShare = (event.target as HTMLInputElement).checked;
            if (this.mayShare && !this.shareLimit.trim()) this.shareLimit = "1";
          }}
        />
        ${this.t("org.may_share")}
      </label>
      ${this.mayShare
        ? html`<label for="org-share-limit">${this.t("org.share_limit")}</label>
            <input
              id="org-share-limit"
              type="number"
              min="1"
              max="100"
              inputmode="numeric"
              data-test="org-share-limit"
              placeholder="1"
              .value=${this.shareLimit}
              @input=${(event: Event) =>
                (this.shareLimit = (event.target as HTMLInputElement).value)}
            />
            <p class="hint">${this.t("org.share_limit_hint")}</p>`
        : html`<p class="hint">${this.t("org.no_sharing_hint")}</p>`}
      ${sharingOff ? html`<p class="warning">${this.t("org.sharing_off")}</p>` : nothing}`;
  }

  private renderStaff() {
    if (this.staffBefore === undefined) {
      return html`<h3>${this.t("org.staff")}</h3>
        <p class="secondary">${this.t("common.loading")}</p>`;
    }
    const leaving = this.staffBefore.filter((id) => !this.staff.includes(id));
    const others = this.people.filter((person) => !this.staff.includes(person.id));
    return html`<h3>${this.t("org.staff")}</h3>
      <p class="hint">${this.t("org.staff_hint")}</p>
      ${this.staff.length
        ? html`<div class="staff-list">
            ${this.staff.map(
              (id) =>
                html`<div class="staff-row" data-test="org-staff" data-id=${id}>
                  <span class="staff-name">${this.personName(id)}</span>
                  <label class="check">
                    <input
                      type="checkbox"
                      data-test="org-manager"
                      data-id=${id}
                      .checked=${this.managers.has(id)}
                      @change=${(event: Event) =>
                        (this.managers = this.toggle(
                          this.managers,
                          id,
                          (event.target as HTMLInputElement).checked,
                        ))}
                    />
                    ${this.t("org.manager")}
                  </label>
                  <button
                    type="button"
                    class="secondary-action small"
                    data-test="org-staff-remove"
                    data-id=${id}
                    @click=${() => this.removeStaff(id)}
                  >
                    ${this.t("org.staff_remove")}
                  </button>
                </div>`,
            )}
          </div>`
        : html`<p class="secondary">${this.t("org.no_staff")}</p>`}
      <label>${this.t("org.staff_add")}</label>
      <dk-person-picker
        .people=${others}
        .language=${this.language}
        label=${this.t("org.staff_add")}
        test="org-staff-add"
        @person-picked=${(event: CustomEvent<{ id: string }>) =>
          this.addStaff(event.detail.id, event.target as DkPersonPicker)}
      ></dk-person-picker>
      ${leaving.length
        ? html`<p class="warning" data-test="org-leaving">
            ${this.t("org.leaving", { names: leaving.map((id) => this.personName(id)).join(", ") })}
          </p>`
        : nothing}`;
  }

  override render() {
    const heading =
      this.organisation === null && this.organisationId === undefined
        ? this.t("org.add")
        : this.t("org.edit_title", { name: this.organisation?.name ?? this.name });
    return this.frame(
      heading,
      html`<label for="org-name">${this.t("org.name")}</label>
        <input
          id="org-name"
          data-test="org-name"
          maxlength="200"
          placeholder=${this.t("org.name_placeholder")}
          .value=${this.name}
          @input=${(event: Event) => (this.name = (event.target as HTMLInputElement).value)}
        />
        ${this.renderTargets()} ${this.renderTerms()} ${this.renderStaff()}`,
      html`${this.cancelButton()}
        <button
          data-test="org-save"
          ?disabled=${this.busy || !this.name.trim() || this.staffBefore === undefined}
          @click=${() => void this.save()}
        >
          ${this.t("org.save")}
        </button>`,
      "org-dialog",
    );
  }
}

define("dk-organisation-dialog", DkOrganisationDialog);
