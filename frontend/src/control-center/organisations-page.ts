/**
 * Organisations: the service providers the board lets use the building's doors (home care,
 * the newspaper, a caretaker company), each with its doors and key bundles, period, weekly
 * hours, and the managers who give and take keys for its own staff.
 *
 * The list shows what each holds and on what terms, who manages it, and how many staff
 * and keys it has; one dialog creates or changes an organisation with its staff and
 * managers (`organisation-dialog.ts`). Deleting one removes every key its managers gave,
 * so the confirmation says how many.
 */

import { css, html, nothing, type CSSResultGroup, type PropertyDeclarations } from "lit";
import { plural } from "../my-keys/text";
import type { OrganisationRow } from "../organisations";
import { formatWallClock } from "../wall-clock";
import "./confirm-dialog";
import "./organisation-dialog";
import type { OrganisationSaved } from "./organisation-dialog";
import { define } from "./page-base";
import { ToolsPage } from "./tools-page";
import type { Overview } from "./tools-types";

export class DkOrganisationsPage extends ToolsPage {
  static override properties: PropertyDeclarations = {
    organisations: { state: true },
    overview: { state: true },
    editing: { state: true },
    deleting: { state: true },
  };

  declare organisations: OrganisationRow[] | undefined;
  declare overview: Overview | undefined;
  /** The organisation in the dialog: null for a new one, undefined when it is closed. */
  declare editing: OrganisationRow | null | undefined;
  declare deleting: OrganisationRow | undefined;

  static override styles: CSSResultGroup = [
    ToolsPage.styles,
    css`
      .organisation {
        display: flex;
        gap: 12px;
        align-items: flex-start;
        justify-content: space-between;
        padding: 14px 0;
        border-bottom: 1px solid var(--divider-color);
        flex-wrap: wrap;
      }
      .organisation:last-child {
        border-bottom: none;
      }
      .organisation h3 {
        margin: 0 0 6px;
        font-size: 16px;
        font-weight: 500;
      }
      .organisation-main {
        flex: 1 1 320px;
        min-width: 0;
      }
      .chips {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin-bottom: 6px;
      }
      .chip.link {
        color: var(--primary-text-color);
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
        background: var(--secondary-background-color);
      }
      .chip.bundle {
        line-height: 28px;
        border-radius: 14px;
        padding: 0 10px;
      }
      .terms {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 2px 12px;
        margin: 0;
        font-size: 14px;
      }
      .terms dt {
        color: var(--secondary-text-color);
      }
      .terms dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .counts {
        margin: 8px 0 0;
      }
      :host([narrow]) .organisation .row {
        width: 100%;
      }
      :host([narrow]) .organisation .row button {
        flex: 1;
      }
    `,
  ];

  constructor() {
    super();
    this.organisations = undefined;
    this.overview = undefined;
    this.editing = undefined;
    this.deleting = undefined;
  }

  protected override async load(): Promise<void> {
    const [list, overview] = await Promise.all([
      this.api.call<{ organisations: OrganisationRow[] }>("organisations/list"),
      this.api.call<Overview>("overview/get"),
    ]);
    this.organisations = list.organisations;
    this.overview = overview;
  }

  private get locale(): string {
    return this.hass?.locale?.language ?? this.hass?.language ?? this.uiLanguage;
  }

  private count(key: string, value: number, placeholders: Record<string, string | number> = {}) {
    return plural(this.uiLanguage, this.locale, key, value, placeholders);
  }

  private periodText(organisation: OrganisationRow): string {
    const from = formatWallClock(this.locale, organisation.valid_from, this.zone);
    const until = formatWallClock(this.locale, organisation.valid_until, this.zone);
    if (from && until) return this.t("org.period_from_until", { from, until });
    if (until) return this.t("org.period_until", { until });
    if (from) return this.t("org.period_from", { from });
    return this.t("org.period_open");
  }

  private sharingText(organisation: OrganisationRow): string {
    // A limit of 0 lets no share be made (the limit counts active shares per door).
    return organisation.may_share && organisation.share_limit > 0
      ? this.count("org.sharing_limit", organisation.share_limit)
      : this.t("org.sharing_none");
  }

  private async saved(detail: OrganisationSaved): Promise<void> {
    this.editing = undefined;
    this.error = "";
    this.toast(
      this.t(detail.created ? "org.created" : "org.saved", { name: detail.name }),
    );
    try {
      await this.load();
    } catch (err) {
      this.fail(err);
    }
  }

  private async deleted(organisation: OrganisationRow): Promise<void> {
    this.deleting = undefined;
    this.toast(this.t("org.deleted", { name: organisation.name }));
    try {
      await this.load();
    } catch (err) {
      this.fail(err);
    }
  }

  override render() {
    const organisations = this.organisations;
    return html`<div class="content">
      <div class="card">
        <div class="card-head">
          <h2>${this.t("org.title")}</h2>
          <button
            data-test="org-add"
            ?disabled=${!this.overview}
            @click=${() => {
              this.error = "";
              this.editing = null;
            }}
          >
            ${this.t("org.add")}
          </button>
        </div>
        <p class="secondary">${this.t("org.intro")}</p>
        ${this.error && this.editing === undefined && !this.deleting
          ? html`<p class="error" data-test="error" role="alert">${this.error}</p>`
          : nothing}
        ${!organisations
          ? html`<p class="empty">${this.t("common.loading")}</p>`
          : organisations.length === 0
            ? html`<p class="empty">${this.t("org.none")}</p>`
            : organisations.map((organisation) => this.renderOrganisation(organisation))}
      </div>
      ${this.editing !== undefined ? this.renderEdit(this.editing) : nothing}
      ${this.deleting ? this.renderDelete(this.deleting) : nothing}
    </div>`;
  }

  private renderOrganisation(organisation: OrganisationRow) {
    const direct = new Set(organisation.door_ids);
    const doors = organisation.doors.filter((door) => direct.has(door.door_id));
    const managers = organisation.managers.map((manager) => manager.name).join(", ");
    return html`<div class="organisation" data-test="org-row" data-id=${organisation.organisation_id}>
      <div class="organisation-main">
        <h3>${organisation.name}</h3>
        <div class="chips">
          ${doors.length === 0 && organisation.bundles.length === 0
            ? html`<span class="secondary">${this.t("org.holds_nothing")}</span>`
            : nothing}
          ${doors.map(
            (door) =>
              html`<button class="link chip" @click=${() => this.navigate("door", door.door_id)}>
                ${door.name}
              </button>`,
          )}
          ${organisation.bundles.map(
            (bundle) =>
              html`<span class="chip bundle" title=${this.t("org.bundle")}
                >${this.t("org.bundle_chip", { name: bundle.name })}</span
              >`,
          )}
        </div>
        <dl class="terms">
          <dt>${this.t("org.period")}</dt>
          <dd data-test="org-period">${this.periodText(organisation)}</dd>
          <dt>${this.t("org.hours")}</dt>
          <dd data-test="org-hours">
            ${organisation.schedule
              ? organisation.schedule_text
              : this.t("cc.schedule.any_time_short")}
          </dd>
          <dt>${this.t("org.sharing")}</dt>
          <dd>${this.sharingText(organisation)}</dd>
          <dt>${this.t("org.managers")}</dt>
          <dd data-test="org-managers">${managers || this.t("org.no_manager")}</dd>
        </dl>
        <div class="counts">
          <div class="count">
            <strong data-test="org-staff-count">${this.num(organisation.staff)}</strong>
            <span>${this.t("org.staff")}</span>
          </div>
          <div class="count">
            <strong data-test="org-key-count">${this.num(organisation.keys)}</strong>
            <span>${this.t("org.keys")}</span>
          </div>
        </div>
      </div>
      <div class="row">
        <button
          class="secondary-action"
          data-test="org-edit"
          ?disabled=${!this.overview}
          @click=${() => {
            this.error = "";
            this.editing = organisation;
          }}
        >
          ${this.t("org.edit")}
        </button>
        <button
          class="secondary-action"
          data-test="org-delete"
          @click=${() => {
            this.error = "";
            this.deleting = organisation;
          }}
        >
          ${this.t("org.delete")}
        </button>
      </div>
    </div>`;
  }

  private renderEdit(organisation: OrganisationRow | null) {
    const overview = this.overview;
    const byName = <T extends { name: string }>(items: readonly T[]) =>
      [...items].sort((a, b) => a.name.localeCompare(b.name, this.locale));
    return html`<dk-organisation-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.uiLanguage}
      .narrow=${this.narrow}
      .organisation=${organisation}
      .doors=${byName(overview?.doors ?? [])}
      .bundles=${byName(overview?.bundles ?? [])}
      .people=${overview?.people ?? []}
      @dk-close=${() => {
        this.editing = undefined;
        // A first save may have made the organisation before its staff were refused.
        void this.load().catch((err: unknown) => this.fail(err));
      }}
      @dk-saved=${(event: CustomEvent<OrganisationSaved>) => void this.saved(event.detail)}
    ></dk-organisation-dialog>`;
  }

  private renderDelete(organisation: OrganisationRow) {
    const lines = [
      organisation.keys > 0
        ? this.count("org.delete_keys", organisation.keys)
        : this.t("org.delete_no_keys"),
      organisation.staff > 0
        ? this.count("org.delete_staff", organisation.staff)
        : this.t("org.delete_no_staff"),
    ];
    return html`<dk-confirm-dialog
      .hass=${this.hass}
      .api=${this.api}
      .language=${this.uiLanguage}
      .heading=${this.t("org.delete_title", { name: organisation.name })}
      .lines=${lines}
      .yesLabel=${this.t("org.delete_yes")}
      .action=${() =>
        this.api.call("organisations/delete", { organisation_id: organisation.organisation_id })}
      @dk-close=${() => (this.deleting = undefined)}
      @dk-saved=${() => void this.deleted(organisation)}
    ></dk-confirm-dialog>`;
  }
}

define("dk-organisations-page", DkOrganisationsPage);
