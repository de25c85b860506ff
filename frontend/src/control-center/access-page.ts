/**
 * "Why can't she open the door?": the access policy's own explanation for a person.
 *
 * `get_access` with the person answers, door by door, the reasons the lock decides on: one
 * per key (her own key, a key bundle, an emergency key, a key shared with her Home
 * Assistant user), each a sentence in the admin's language, with when it opens next.
 * A door she holds no key to is absent from that answer, which is itself the explanation.
 * Without a door chosen, every door she holds a key to is shown. The time is the building's
 * wall clock; empty means now.
 */

import { css, html, nothing, type CSSResultGroup, type PropertyDeclarations } from "lit";
import "./person-picker";
import { ToolsPage } from "./tools-page";
import type { AccessReason, DoorKeys, Overview, PersonAccess } from "./tools-types";
import { formatWallClock } from "../wall-clock";

export class DkAccessPage extends ToolsPage {
  static override properties: PropertyDeclarations = {
    overview: { state: true },
    person: { state: true },
    door: { state: true },
    at: { state: true },
    result: { state: true },
    checking: { state: true },
  };

  declare overview: Overview | undefined;
  declare person: string;
  declare door: string;
  declare at: string;
  declare result: PersonAccess | undefined;
  declare checking: boolean;

  private checks = 0;

  static override styles: CSSResultGroup = [
    ToolsPage.styles,
    css`
      /* The time's hint sits under the time field, not under the whole row. */
      .filters {
        align-items: start;
      }
      .verdict {
        display: flex;
        align-items: center;
        gap: 8px;
        flex-wrap: wrap;
        font-size: 16px;
        margin: 4px 0 8px;
      }
      .door + .door {
        border-top: 1px solid var(--divider-color);
        margin-top: 12px;
        padding-top: 12px;
      }
      .door h3 {
        margin: 0 0 4px;
      }
      ul.reasons {
        margin: 4px 0 0;
        padding-inline-start: 20px;
      }
      ul.reasons li {
        margin: 6px 0;
      }
      .key {
        color: var(--secondary-text-color);
        font-size: 13px;
        display: block;
      }
    `,
  ];

  constructor() {
    super();
    this.overview = undefined;
    this.person = "";
    this.door = "";
    this.at = "";
    this.result = undefined;
    this.checking = false;
  }

  protected override async load(): Promise<void> {
    this.overview = await this.api.call<Overview>("overview/get");
    if (this.person) await this.check();
  }

  private async check(): Promise<void> {
    if (!this.person) {
      this.result = undefined;
      return;
    }
    const run = ++this.checks;
    this.checking = true;
    try {
      const data: Record<string, unknown> = { person_id: this.person };
      if (this.at) data["at"] = this.at;
      const result = await this.api.call<PersonAccess>("access/explain", data);
      if (run !== this.checks) return;
      this.result = result;
      this.error = "";
    } catch (err) {
      if (run !== this.checks) return;
      this.result = undefined;
      this.fail(err);
    } finally {
      if (run === this.checks) this.checking = false;
    }
  }

  private set(changes: Partial<Pick<DkAccessPage, "person" | "door" | "at">>): void {
    Object.assign(this, changes);
    if ("person" in changes || "at" in changes) void this.check();
  }

  private doorName(id: string): string {
    return this.overview?.doors.find((door) => door.id === id)?.name ?? id;
  }

  private bundleName(id: string | null): string {
    return this.overview?.bundles.find((bundle) => bundle.id === id)?.name ?? "";
  }

  override render() {
    const doors = [...(this.overview?.doors ?? [])].sort((a, b) =>
      a.name.localeCompare(b.name, this.uiLanguage),
    );
    return html`<div class="content">
      <div class="card">
        <h2>${this.t("tools.access.title")}</h2>
        <p class="secondary">${this.t("tools.access.intro")}</p>
        <div class="filters">
          <div>
            <label>${this.t("tools.access.person")}</label>
            <dk-person-picker
              test="access-person"
              .people=${this.overview?.people ?? []}
              .language=${this.uiLanguage}
              .label=${this.t("tools.access.person")}
              .value=${this.person}
              @person-picked=${(e: CustomEvent<{ id: string }>) => this.set({ person: e.detail.id })}
            ></dk-person-picker>
          </div>
          <div>
            <label for="door">${this.t("tools.access.door")}</label>
            <select
              id="door"
              data-test="access-door"
              @change=${(e: Event) => this.set({ door: (e.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${!this.door}>${this.t("tools.access.all_doors")}</option>
              ${doors.map(
                (door) =>
                  html`<option value=${door.id} ?selected=${this.door === door.id}>
                    ${door.name}
                  </option>`,
              )}
            </select>
          </div>
          <div>
            <label for="at">${this.t("tools.access.at")}</label>
            <input
              id="at"
              type="datetime-local"
              data-test="access-at"
              .value=${this.at}
              @change=${(e: Event) => this.set({ at: (e.target as HTMLInputElement).value })}
            />
            <p class="hint">${this.t("tools.access.at_hint")}</p>
          </div>
        </div>
        ${this.error ? html`<p class="error" data-test="error" role="alert">${this.error}</p>` : nothing}
      </div>
      ${this.result ? this.renderResult(this.result) : nothing}
    </div>`;
  }

  private renderResult(result: PersonAccess) {
    const when = this.at
      ? formatWallClock(this.uiLanguage, this.at, this.zone)
      : this.t("tools.access.now");
    const shown = this.door
      ? result.doors.filter((keys) => keys.door_id === this.door)
      : result.doors;
    return html`<div class="card ${this.checking ? "stale" : ""}" data-test="access-result">
      <div class="card-head">
        <h2>
          <button class="link" @click=${() => this.navigate("person", result.person_id)}>
            ${result.name}
          </button>
        </h2>
        <span class="secondary">${when}</span>
      </div>
      ${shown.length === 0
        ? html`<div class="door" data-test="access-door-result" data-id=${this.door} data-opens="false">
            <div class="verdict">
              <span class="chip bad">${this.t("tools.access.no")}</span>
              ${this.door
                ? this.t("tools.access.no_key_door", { name: result.name, door: this.doorName(this.door) })
                : this.t("tools.access.no_keys", { name: result.name })}
            </div>
            <p class="hint">${this.t("tools.access.no_key_hint")}</p>
          </div>`
        : shown.map((keys) => this.renderDoor(keys))}
    </div>`;
  }

  private renderDoor(keys: DoorKeys) {
    return html`<div
      class="door"
      data-test="access-door-result"
      data-id=${keys.door_id}
      data-opens=${keys.opens_now ? "true" : "false"}
    >
      <h3>
        <button class="link" @click=${() => this.navigate("door", keys.door_id)}>
          ${keys.door_name}
        </button>
      </h3>
      <div class="verdict">
        ${keys.opens_now
          ? html`<span class="chip ok">${this.t("tools.access.yes")}</span>
              ${this.t("tools.access.opens_now")}`
          : html`<span class="chip bad">${this.t("tools.access.no")}</span>
              ${keys.opens_next
                ? this.t("tools.access.opens_next", { time: formatWallClock(this.uiLanguage, keys.opens_next, this.zone) })
                : this.t("tools.access.opens_never")}`}
      </div>
      <ul class="reasons">
        ${keys.reasons.map((reason) => this.renderReason(reason))}
      </ul>
    </div>`;
  }

  private renderReason(reason: AccessReason) {
    const kind = reason.key?.kind;
    const key =
      kind === "bundle"
        ? this.t("tools.access.key.bundle", { name: this.bundleName(reason.key?.bundle_id ?? null) })
        : kind === "grant" || kind === "emergency" || kind === "share"
          ? this.t(`tools.access.key.${kind}`)
          : "";
    return html`<li data-test="access-reason" data-code=${reason.code} data-opens=${reason.opens ? "true" : "false"}>
      ${key ? html`<span class="key">${key}</span>` : nothing} ${reason.message}
    </li>`;
  }
}
