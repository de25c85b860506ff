/**
 * "My organisation" in My keys: for a manager of a service provider (the home care's team
 * leader, the newspaper's route manager), the doors the board gave the organisation and on
 * what terms, its staff with the keys it gave them, and giving and taking those keys.
 *
 * The section reads `digitalkey/my_organisation/get`, which answers only for a manager
 * (for the person linked to the calling user, on the server): anyone else is refused, and
 * then the section shows nothing at all. A key a manager gives is bounded by the
 * organisation, whatever the form says: it opens only the organisation's doors, within its
 * hours, and ends with its period at the latest; the form says so, and the answer's own
 * window and hours (what the key really got) are what the confirmation repeats.
 *
 * The section keeps itself current: it listens to the building's change notices while it
 * is on screen and reads again (debounced), like the rest of the panel.
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import type { HomeAssistant } from "../hass";
import { localize, type Language } from "../i18n";
import type { MyOrganisation, StaffGrantAnswer, StaffKey, StaffMember } from "../organisations";
import { panelStyles } from "../styles";
import { ChangeNotices } from "../change-notices";
import { errorText, type Api } from "../ws";
import { buildingZone, fromZoneInput } from "../wall-clock";
import { formatWhen } from "./key-rules";
import { myKeysStyles } from "./my-keys-styles";
import { plural } from "./text";

interface Giving {
  person: string;
  doors: Set<string>;
  bundles: Set<string>;
  from: string;
  until: string;
  mayShare: boolean;
  shareLimit: string;
}

interface Taking {
  member: StaffMember;
  key: StaffKey;
}

export class DigitalKeyMyOrganisation extends LitElement {
  static override properties = {
    hass: { attribute: false },
    api: { attribute: false },
    language: { attribute: false },
    locale: { attribute: false },
    _organisation: { state: true },
    _giving: { state: true },
    _taking: { state: true },
    _busy: { state: true },
    _error: { state: true },
    _now: { state: true },
  };

  declare hass: HomeAssistant;
  declare api: Api;
  declare language: Language;
  declare locale: string;
  /** The caller's organisation; undefined when they manage none (nothing is shown). */
  declare _organisation: MyOrganisation | undefined;
  declare _giving: Giving | undefined;
  declare _taking: Taking | undefined;
  declare _busy: boolean;
  /** The refusal of the last give or take, shown in its dialog. */
  declare _error: string | undefined;
  declare _now: Date;

  private _watched: Api | undefined;
  private readonly _notices = new ChangeNotices(() => void this.load());
  private _loadSequence = 0;

  constructor() {
    super();
    this._busy = false;
    this._now = new Date();
  }

  static override styles = [
    panelStyles,
    myKeysStyles,
    css`
      :host {
        display: block;
        min-height: 0;
        background: transparent;
      }
      .org-name {
        font-size: 18px;
        font-weight: 500;
        margin: 0 0 8px;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0 0 10px;
      }
      .chips .chip {
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
        font-size: 14px;
      }
      .terms {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 12px;
        margin: 0 0 16px;
        font-size: 14px;
      }
      .terms dt {
        color: var(--secondary-text-color);
      }
      .terms dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .give {
        width: 100%;
      }
      h3 {
        font-size: 15px;
        font-weight: 500;
        margin: 20px 0 4px;
      }
      ul.staff {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li.member {
        padding: 12px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      li.member:last-child {
        border-bottom: none;
      }
      .member-head {
        display: flex;
        align-items: center;
        gap: 8px;
        flex-wrap: wrap;
        font-size: 16px;
        overflow-wrap: anywhere;
      }
      .member-head strong {
        flex: 1 1 auto;
        font-weight: 500;
      }
      .member-head button {
        min-height: 44px;
      }
      .key {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 8px 0 0;
      }
      .key-main {
        flex: 1;
        min-width: 0;
        display: grid;
        gap: 2px;
      }
      .key button {
        flex: none;
        min-height: 44px;
      }
      .no-key {
        margin: 4px 0 0;
      }
      .clip {
        font-size: 14px;
        line-height: 1.4;
        margin: 0 0 12px;
        padding: 10px 12px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--primary-color) 12%, transparent);
      }
      .hint {
        font-size: 13px;
        color: var(--secondary-text-color);
        margin: 4px 0 0;
      }
      .checks {
        display: grid;
        gap: 4px;
        margin: 4px 0 8px;
      }
      .checks label.inline {
        min-height: 44px;
        margin: 0;
        font-size: 16px;
      }
      .two {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 150px), 1fr));
        gap: 0 12px;
      }
    `,
  ];

  private t(key: string, placeholders: Record<string, string | number> = {}): string {
    return localize(this.language, key, placeholders);
  }

  private when(iso: string | null | undefined): string {
    return formatWhen(this.locale, iso, this._now, buildingZone(this.hass));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api) this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has("api") && this.api && this.isConnected && this.api !== this._watched) {
      this.stopWatching();
      this.watch();
    }
  }

  private watch(): void {
    this._watched = this.api;
    void this.load();
    this._notices.start(this.api);
  }

  private stopWatching(): void {
    this._notices.stop();
    this._watched = undefined;
  }

  /**
   * Read the caller's organisation. A refusal (not a manager, no person, no longer a
   * manager) hides the section: it is not an error for anyone who manages nothing.
   */
  private async load(): Promise<void> {
    const sequence = ++this._loadSequence;
    let organisation: MyOrganisation | undefined;
    try {
      organisation = await this.api.call<MyOrganisation>("my_organisation/get");
    } catch {
      organisation = undefined;
    }
    if (sequence !== this._loadSequence) return;
    this._organisation = organisation;
    this._now = new Date();
    if (!organisation) {
      this._giving = undefined;
      this._taking = undefined;
    }
  }

  /** Ask the panel to show a short confirmation; an empty one clears it (a dialog opens). */
  private toast(message: string): void {
    this.dispatchEvent(new CustomEvent("my-org-toast", { detail: message }));
  }

  /** The period in words: "until 31 Dec 2027, 23:59", "from … until …", or no end. */
  private periodText(from: string | null, until: string | null): string {
    if (from && Date.parse(from) > this._now.getTime()) {
      return until
        ? this.t("myorg.period_from_until", { from: this.when(from), until: this.when(until) })
        : this.t("myorg.period_from", { from: this.when(from) });
    }
    return until ? this.t("myorg.period_until", { until: this.when(until) }) : this.t("myorg.period_open");
  }

  override render() {
    const organisation = this._organisation;
    if (!organisation) return nothing;
    const staff = [...organisation.staff].sort((a, b) =>
      a.name.localeCompare(b.name, this.locale, { sensitivity: "base" }),
    );
    return html`
      <h2 class="section-title">${this.t("myorg.title")}</h2>
      <section class="card" data-test="my-org" data-id=${organisation.organisation_id}>
        <p class="org-name">${organisation.name}</p>
        <div class="chips" aria-label=${this.t("myorg.doors")}>
          ${organisation.doors.length
            ? organisation.doors.map(
                (door) => html`<span class="chip" data-test="my-org-door" data-id=${door.door_id}
                  >${door.name}</span>`,
              )
            : html`<span class="secondary">${this.t("myorg.no_doors")}</span>`}
        </div>
        <dl class="terms">
          <dt>${this.t("myorg.period")}</dt>
          <dd>${this.periodText(organisation.valid_from, organisation.valid_until)}</dd>
          <dt>${this.t("myorg.hours")}</dt>
          <dd>${organisation.schedule ? organisation.schedule_text : this.t("myorg.any_time")}</dd>
        </dl>
        <button type="button" class="big give" data-test="my-org-give"
          ?disabled=${!organisation.doors.length || !staff.length}
          @click=${() => this.startGiving("")}>${this.t("myorg.give")}</button>
        <h3>${plural(this.language, this.locale, "myorg.staff", staff.length)}</h3>
        ${staff.length
          ? html`<ul class="staff">${staff.map((member) => this.renderMember(member))}</ul>`
          : html`<p class="secondary">${this.t("myorg.no_staff")}</p>`}
      </section>
      ${this._giving ? this.renderGive(organisation, staff, this._giving) : nothing}
      ${this._taking ? this.renderTake(this._taking) : nothing}
    `;
  }

  private renderMember(member: StaffMember) {
    return html`<li class="member" data-test="my-org-staff" data-id=${member.person_id}>
      <div class="member-head">
        <strong>${member.name}</strong>
        ${member.manager ? html`<span class="chip">${this.t("myorg.manager")}</span>` : nothing}
        <button type="button" class="secondary-action" data-test="my-org-give-to"
          data-id=${member.person_id} ?disabled=${!this._organisation?.doors.length}
          aria-label=${this.t("myorg.give_to", { name: member.name })}
          @click=${() => this.startGiving(member.person_id)}>${this.t("myorg.give_short")}</button>
      </div>
      ${member.keys.length
        ? member.keys.map((key) => this.renderKey(member, key))
        : html`<p class="secondary no-key">${this.t("myorg.no_key")}</p>`}
    </li>`;
  }

  private renderKey(member: StaffMember, key: StaffKey) {
    const hours = key.schedule ? key.schedule_text : "";
    return html`<div class="key" data-test="my-org-key" data-id=${key.grant_id}
      data-door=${key.door_id ?? ""}>
      <div class="key-main">
        <span>${key.name ?? this.t("myorg.unknown_door")}</span>
        <span class="secondary">${this.periodText(key.valid_from, key.valid_until)}</span>
        ${hours ? html`<span class="secondary">${hours}</span>` : nothing}
      </div>
      <button type="button" class="secondary-action" data-test="my-org-take"
        data-id=${key.grant_id} aria-label=${this.t("myorg.take_named", { name: member.name, door: key.name ?? "" })}
        @click=${() => {
          this._error = undefined;
          this._taking = { member, key };
          this.toast("");
        }}>${this.t("myorg.take")}</button>
    </div>`;
  }

  private startGiving(person: string): void {
    this._error = undefined;
    const doors = this._organisation?.doors ?? [];
    // One door: nothing to choose.
    const only = doors.length === 1 && !this._organisation?.bundles.length ? doors[0] : undefined;
    this._giving = {
      person,
      doors: new Set(only ? [only.door_id] : []),
      bundles: new Set(),
      from: "",
      until: "",
      mayShare: false,
      shareLimit: "1",
    };
    this.toast("");
  }

  /** What the organisation bounds a key by, in one sentence for the form. */
  private clipText(organisation: MyOrganisation): string {
    const hours = organisation.schedule ? organisation.schedule_text : "";
    const until = organisation.valid_until ? this.when(organisation.valid_until) : "";
    if (until && hours) return this.t("myorg.clip_until_hours", { name: organisation.name, until, hours });
    if (until) return this.t("myorg.clip_until", { name: organisation.name, until });
    if (hours) return this.t("myorg.clip_hours", { name: organisation.name, hours });
    return this.t("myorg.clip_doors", { name: organisation.name });
  }

  private renderGive(organisation: MyOrganisation, staff: StaffMember[], giving: Giving) {
    const set = (change: Partial<Giving>) => (this._giving = { ...giving, ...change });
    const toggle = (ids: Set<string>, id: string, on: boolean) => {
      const next = new Set(ids);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    };
    return html`
      <div class="dialog-backdrop sheet" @click=${(event: Event) => {
        if (event.target === event.currentTarget && !this._busy) this._giving = undefined;
      }}>
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="give-title"
          data-test="my-org-give-dialog"
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === "Escape" && !this._busy) this._giving = undefined;
          }}>
          <h2 id="give-title">${this.t("myorg.give_title")}</h2>
          <p class="clip" data-test="my-org-clip">${this.clipText(organisation)}</p>
          <form novalidate @submit=${(event: Event) => {
            event.preventDefault();
            void this.give();
          }}>
            <label for="person">${this.t("myorg.person")}</label>
            <select id="person" data-test="my-org-person" .value=${giving.person}
              @change=${(event: Event) => set({ person: (event.target as HTMLSelectElement).value })}>
              <option value="" ?selected=${giving.person === ""}>${this.t("myorg.person_choose")}</option>
              ${staff.map(
                (member) => html`<option value=${member.person_id}
                  ?selected=${giving.person === member.person_id}>${member.name}</option>`,
              )}
            </select>
            <label>${this.t("myorg.doors")}</label>
            <div class="checks" role="group" aria-label=${this.t("myorg.doors")}>
              ${organisation.doors.map(
                (door) => html`<label class="inline">
                  <input type="checkbox" data-test="my-org-doors" data-id=${door.door_id}
                    .checked=${giving.doors.has(door.door_id)}
                    @change=${(event: Event) =>
                      set({ doors: toggle(giving.doors, door.door_id, (event.target as HTMLInputElement).checked) })} />
                  ${door.name}
                </label>`,
              )}
            </div>
            ${organisation.bundles.length
              ? html`<label>${this.t("myorg.bundles")}</label>
                  <div class="checks" role="group" aria-label=${this.t("myorg.bundles")}>
                    ${organisation.bundles.map(
                      (bundle) => html`<label class="inline">
                        <input type="checkbox" data-test="my-org-bundles" data-id=${bundle.bundle_id}
                          .checked=${giving.bundles.has(bundle.bundle_id)}
                          @change=${(event: Event) =>
                            set({ bundles: toggle(giving.bundles, bundle.bundle_id, (event.target as HTMLInputElement).checked) })} />
                        ${bundle.name}
                      </label>`,
                    )}
                  </div>`
              : nothing}
            <div class="two">
              <div>
                <label for="from">${this.t("myorg.from")}</label>
                <input id="from" type="datetime-local" data-test="my-org-from" .value=${giving.from}
                  @input=${(event: Event) => set({ from: (event.target as HTMLInputElement).value })} />
              </div>
              <div>
                <label for="until">${this.t("myorg.until")}</label>
                <input id="until" type="datetime-local" data-test="my-org-until" .value=${giving.until}
                  @input=${(event: Event) => set({ until: (event.target as HTMLInputElement).value })} />
              </div>
            </div>
            <p class="hint">
              ${organisation.valid_until
                ? this.t("myorg.window_hint_until", { until: this.when(organisation.valid_until) })
                : this.t("myorg.window_hint_open")}
            </p>
            ${this.renderSharing(organisation, giving, set)}
            ${this._error ? html`<p class="error" role="alert" data-test="error">${this._error}</p>` : nothing}
            <div class="actions">
              <button type="button" class="secondary-action big" ?disabled=${this._busy}
                @click=${() => (this._giving = undefined)}>${this.t("myorg.cancel")}</button>
              <button type="submit" class="big" data-test="my-org-save" ?disabled=${this._busy}>
                ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
                ${this.t("myorg.give_save")}
              </button>
            </div>
          </form>
        </div>
      </div>
    `;
  }

  /** Sharing the key on, offered only when the board lets the organisation's staff share. */
  private renderSharing(
    organisation: MyOrganisation,
    giving: Giving,
    set: (change: Partial<Giving>) => void,
  ) {
    if (!organisation.may_share || organisation.share_limit < 1) return nothing;
    return html`
      <div class="checks">
        <label class="inline">
          <input type="checkbox" data-test="my-org-may-share" .checked=${giving.mayShare}
            @change=${(event: Event) => set({ mayShare: (event.target as HTMLInputElement).checked })} />
          ${this.t("myorg.may_share")}
        </label>
      </div>
      ${giving.mayShare
        ? html`<label for="share-limit">${this.t("myorg.share_limit")}</label>
            <input id="share-limit" type="number" inputmode="numeric" min="1"
              max=${organisation.share_limit} data-test="my-org-share-limit" .value=${giving.shareLimit}
              @input=${(event: Event) => set({ shareLimit: (event.target as HTMLInputElement).value })} />
            <p class="hint">${plural(this.language, this.locale, "myorg.share_limit_hint", organisation.share_limit)}</p>`
        : nothing}
    `;
  }

  /** The key's terms from the form, or a sentence saying what to fix. */
  private giveMessage(giving: Giving): Record<string, unknown> | string {
    if (!giving.person) return this.t("myorg.person_needed");
    if (!giving.doors.size && !giving.bundles.size) return this.t("myorg.doors_needed");
    const data: Record<string, unknown> = { person_ids: [giving.person] };
    if (giving.doors.size) data["doors"] = [...giving.doors];
    if (giving.bundles.size) data["bundle_ids"] = [...giving.bundles];
    const zone = buildingZone(this.hass);
    const from = giving.from ? fromZoneInput(giving.from, zone) : undefined;
    const until = giving.until ? fromZoneInput(giving.until, zone) : undefined;
    if (giving.from && (!from || Number.isNaN(from.getTime()))) return this.t("myorg.invalid_from");
    if (giving.until && (!until || Number.isNaN(until.getTime()))) {
      return this.t("myorg.invalid_until");
    }
    if (until && until.getTime() <= Math.max(Date.now(), from?.getTime() ?? 0)) {
      return this.t("myorg.until_in_past");
    }
    if (from && from.getTime() > Date.now()) data["valid_from"] = from.toISOString();
    if (until) data["valid_until"] = until.toISOString();
    const organisation = this._organisation;
    if (organisation?.may_share && organisation.share_limit > 0) {
      data["may_share"] = giving.mayShare;
      if (giving.mayShare) {
        const limit = Number(giving.shareLimit);
        if (!Number.isInteger(limit) || limit < 1 || limit > organisation.share_limit) {
          return plural(this.language, this.locale, "myorg.share_limit_hint", organisation.share_limit);
        }
        data["share_limit"] = limit;
      }
    }
    return data;
  }

  private async give(): Promise<void> {
    const giving = this._giving;
    const organisation = this._organisation;
    if (!giving || !organisation || this._busy) return;
    const data = this.giveMessage(giving);
    if (typeof data === "string") {
      this._error = data;
      return;
    }
    this._busy = true;
    this._error = undefined;
    try {
      const answer = await this.api.call<StaffGrantAnswer>("my_organisation/grant", data);
      this._giving = undefined;
      const name = organisation.staff.find((member) => member.person_id === giving.person)?.name ?? "";
      this.toast(this.givenText(name, answer.keys));
      await this.load();
    } catch (error) {
      this._error = errorText(this.hass, error);
    } finally {
      this._busy = false;
    }
  }

  /** "Anna got a key to Entrance A: until 31 Dec, 23:59 · Monday–Friday 07:00–17:00". */
  private givenText(name: string, keys: StaffKey[]): string {
    const doors = keys.map((key) => key.name ?? "").filter(Boolean).join(", ");
    const first = keys[0];
    if (!first) return this.t("myorg.given_plain", { name });
    const terms = [this.periodText(first.valid_from, first.valid_until)];
    if (first.schedule) terms.push(first.schedule_text);
    return this.t("myorg.given", { name, doors, terms: terms.join(" · ") });
  }

  private renderTake(taking: Taking) {
    const door = taking.key.name ?? this.t("myorg.unknown_door");
    return html`
      <div class="dialog-backdrop sheet" @click=${(event: Event) => {
        if (event.target === event.currentTarget && !this._busy) this._taking = undefined;
      }}>
        <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="take-title"
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === "Escape" && !this._busy) this._taking = undefined;
          }}>
          <h2 id="take-title">${this.t("myorg.take_title", { name: taking.member.name, door })}</h2>
          <p>${this.t("myorg.take_body", { name: taking.member.name, door })}</p>
          ${this._error ? html`<p class="error" role="alert" data-test="error">${this._error}</p>` : nothing}
          <div class="actions">
            <button type="button" class="secondary-action big" ?disabled=${this._busy}
              @click=${() => (this._taking = undefined)}>${this.t("myorg.cancel")}</button>
            <button type="button" class="danger big" data-test="confirm-yes" ?disabled=${this._busy}
              @click=${() => void this.take()}>
              ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
              ${this.t("myorg.take")}
            </button>
          </div>
        </div>
      </div>
    `;
  }

  private async take(): Promise<void> {
    const taking = this._taking;
    if (!taking || this._busy) return;
    this._busy = true;
    this._error = undefined;
    try {
      await this.api.call("my_organisation/revoke", { grant_ids: [taking.key.grant_id] });
      this._taking = undefined;
      this.toast(this.t("myorg.taken", { name: taking.member.name, door: taking.key.name ?? "" }));
      await this.load();
    } catch (error) {
      this._error = errorText(this.hass, error);
    } finally {
      this._busy = false;
    }
  }
}

if (!customElements.get("digitalkey-my-organisation")) {
  customElements.define("digitalkey-my-organisation", DigitalKeyMyOrganisation);
}
