/**
 * One person: their details, keys, PIN codes and tags, the keys they shared, and what they
 * did lately; with every action an administrator takes on a person.
 *
 * Reads `digitalkey/person/get` (and the overview, for door and bundle names and for the
 * choices in the dialogs). Destructive actions are confirmed in a dialog that says what
 * goes with them: removing a person takes the keys they shared; erasing says what is
 * erased and that the event log keeps its records under a pseudonym; blocking a credential
 * says it stops working at the doors before anything else syncs.
 */

import { html, nothing } from "lit";
import type { PropertyValues, TemplateResult } from "lit";
import { panelStyles } from "../styles";
import { formatWallClock } from "../wall-clock";
import { ccStyles } from "./cc-styles";
import type { Credential, Grant, HaUser, Overview, PersonPage, Share } from "./data";
import { codeText, eventsTable, namesOf, shareStatusChip, windowText } from "./labels";
import { CcPage, define } from "./page-base";
import { loadUsers } from "./users";
import "./confirm-dialog";
import "./credential-dialog";
import "./grant-dialog";
import "./key-dialogs";
import "./person-dialog";

type Dialog =
  | { kind: "edit" }
  | { kind: "grant" }
  | { kind: "edit-grant"; grant: Grant }
  | { kind: "sharing"; grant: Grant }
  | { kind: "credential" }
  | { kind: "emergency" }
  | {
      kind: "confirm";
      heading: string;
      lines: string[];
      yes: string;
      action: () => Promise<unknown>;
      done: (answer: unknown) => void;
    };

export class DkPersonPage extends CcPage {
  static override properties = {
    ...CcPage.properties,
    personId: { attribute: false },
    data: { state: true },
    overview: { state: true },
    users: { state: true },
    error: { state: true },
    dialog: { state: true },
    gone: { state: true },
  };

  static override styles = [panelStyles, ccStyles];

  declare personId: string;
  declare data: PersonPage | null;
  declare overview: Overview | null;
  declare users: HaUser[] | null;
  declare error: string;
  declare dialog: Dialog | null;
  /** The person was removed or erased here: the page no longer reloads them. */
  declare gone: boolean;

  private loading = 0;

  constructor() {
    super();
    this.data = null;
    this.overview = null;
    this.users = null;
    this.error = "";
    this.dialog = null;
    this.gone = false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("personId") || (changed.has("api") && !this.data)) {
      this.data = null;
      this.gone = false;
      this.load(false);
    }
  }

  override async load(_quiet: boolean): Promise<void> {
    if (!this.api || !this.personId || this.gone) return;
    const ticket = ++this.loading;
    try {
      const [data, overview] = await Promise.all([
        this.api.call<PersonPage>("person/get", {
          person_id: this.personId,
          language: this.language,
        }),
        this.api.call<Overview>("overview/get"),
      ]);
      if (ticket !== this.loading) return;
      this.data = data;
      this.overview = overview;
      this.error = "";
    } catch (error) {
      if (ticket === this.loading) this.error = this.refusal(error);
    }
    if (this.users === null) {
      try {
        this.users = await loadUsers(this.hass);
      } catch {
        this.users = [];
      }
    }
  }

  private open(dialog: Dialog): void {
    this.error = "";
    this.dialog = dialog;
  }

  private closed(message?: string): void {
    this.dialog = null;
    if (message) this.toast(message);
    this.load(true);
  }

  private confirm(
    heading: string,
    lines: string[],
    yes: string,
    action: () => Promise<unknown>,
    done: (answer: unknown) => void,
  ): void {
    this.open({ kind: "confirm", heading, lines, yes, action, done });
  }

  // -- actions ----------------------------------------------------------------------------

  private removeGrant(grant: Grant): void {
    const lines = [
      this.t("cc.key.remove_text", { name: grant.name, person: this.data?.person.name ?? "" }),
    ];
    if (grant.shares_used) lines.push(this.tp("cc.key.remove_shares", grant.shares_used));
    this.confirm(
      this.t("cc.key.remove_title"),
      lines,
      this.t("cc.key.remove"),
      () => this.api.call("grants/remove", { grant_ids: [grant.id] }),
      () => this.closed(this.t("cc.key.removed")),
    );
  }

  private blockCredential(credential: Credential): void {
    this.confirm(
      credential.kind === "pin"
        ? this.t("cc.credential.block_pin_title")
        : this.t("cc.credential.block_tag_title"),
      [this.t("cc.credential.block_text"), this.t("cc.credential.block_keep")],
      this.t("cc.credential.block"),
      () => this.api.call("credentials/block", { credential_id: credential.credential_id }),
      () => this.closed(this.t("cc.credential.blocked_toast")),
    );
  }

  private removeCredential(credential: Credential): void {
    this.confirm(
      credential.kind === "pin"
        ? this.t("cc.credential.remove_pin_title")
        : this.t("cc.credential.remove_tag_title"),
      [this.t("cc.credential.remove_text")],
      this.t("cc.remove"),
      () => this.api.call("credentials/remove", { credential_id: credential.credential_id }),
      () => this.closed(this.t("cc.credential.removed")),
    );
  }

  private revokeShare(share: Share): void {
    this.confirm(
      this.t("cc.share.revoke_title"),
      [this.t("cc.share.revoke_text", { door: share.door_name ?? "" })],
      this.t("cc.share.revoke"),
      () => this.api.call("shares/revoke", { share_id: share.id }),
      () => this.closed(this.t("cc.share.revoked")),
    );
  }

  private removePerson(): void {
    const data = this.data;
    if (!data) return;
    const person = data.person;
    // The shares listed on this page that still open (the row count may lag behind).
    const shares = data.shares.filter(
      (share) => share.status === "active" || share.status === "not_yet_valid",
    ).length;
    this.confirm(
      this.t("cc.person.remove_title", { name: person.name }),
      [
        this.t("cc.person.remove_text", {
          keys: this.num(data.grants.length),
          credentials: this.num(data.credentials.length),
        }),
        shares ? this.tp("cc.person.remove_shares", shares) : this.t("cc.person.remove_no_shares"),
        this.t("cc.person.remove_log"),
      ],
      this.t("cc.person.remove"),
      () => this.api.call("people/remove", { person_id: person.id }),
      () => {
        this.gone = true;
        this.dialog = null;
        this.toast(this.t("cc.person.removed", { name: person.name }));
        this.navigate("overview");
      },
    );
  }

  private erasePerson(): void {
    const data = this.data;
    if (!data) return;
    const person = data.person;
    this.confirm(
      this.t("cc.person.erase_title", { name: person.name }),
      [
        this.t("cc.person.erase_text"),
        this.t("cc.person.erase_log"),
        this.t("cc.person.erase_final"),
      ],
      this.t("cc.person.erase"),
      () => this.api.call("people/erase", { person_id: person.id }),
      () => {
        this.gone = true;
        this.dialog = null;
        this.toast(this.t("cc.person.erased"));
        this.navigate("overview");
      },
    );
  }

  private async exportData(): Promise<void> {
    const person = this.data?.person;
    if (!person) return;
    this.error = "";
    try {
      const answer = await this.api.call<Record<string, unknown>>("people/export", {
        person_id: person.id,
      });
      // The answer holds the data twice, as JSON and as CSV texts for automations; the
      // file a person receives is the JSON, readable and whole, not CSV quoted into JSON.
      const { csv: _csv, json, ...rest } = answer;
      const data = json && typeof json === "object" ? { ...rest, ...json } : answer;
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      const day = new Date().toISOString().slice(0, 10);
      const safe = person.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "person";
      link.href = url;
      link.download = `digitalkey-${safe}-${day}.json`;
      link.style.display = "none";
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      this.toast(this.t("cc.person.exported"));
    } catch (error) {
      this.error = this.refusal(error);
    }
  }

  // -- rendering ----------------------------------------------------------------------------

  private userName(id: string | null): string {
    if (!id) return this.t("cc.person.no_user");
    return this.users?.find((user) => user.id === id)?.name ?? this.t("cc.person.user_unknown");
  }

  private renderDetails(data: PersonPage): TemplateResult {
    const p = data.person;
    const fact = (label: string, value: string | TemplateResult) =>
      html`<dt>${label}</dt>
        <dd>${value}</dd>`;
    return html`<section class="card" aria-labelledby="details">
      <div class="head">
        <h2 id="details">${this.t("cc.person.details")}</h2>
        <button
          class="secondary-action"
          data-test="person-edit"
          @click=${() => this.open({ kind: "edit" })}
        >
          ${this.t("cc.edit")}
        </button>
      </div>
      <dl class="facts">
        ${fact(this.t("cc.person.role"), this.t(`cc.role.${p.role}`))}
        ${fact(this.t("cc.person.phone"), p.phone ?? "—")}
        ${fact(this.t("cc.person.email"), p.email ?? "—")}
        ${fact(this.t("cc.person.dwelling"), p.dwelling ?? "—")}
        ${fact(this.t("cc.person.entrance"), p.entrance ?? "—")}
        ${fact(
          this.t("cc.person.language"),
          p.language ? this.t(`cc.language.${p.language}`) : "—",
        )}
        ${fact(
          this.t("cc.person.consent_short"),
          p.consent ? this.t("cc.yes") : html`<span class="chip warn">${this.t("cc.no")}</span>`,
        )}
        ${fact(this.t("cc.person.user"), this.userName(p.ha_user_id))}
      </dl>
    </section>`;
  }

  private grantDoors(grant: Grant): string {
    if (!grant.bundle_id) return "";
    const names = namesOf(this.overview?.doors ?? [], []).doors;
    return grant.door_ids
      .map((id) => names.get(id) ?? "")
      .filter(Boolean)
      .join(", ");
  }

  private scheduleText(grant: Grant): string {
    const text = grant.schedule_text;
    if (Array.isArray(text)) return text.join("; ");
    return text ?? "";
  }

  private renderGrant(grant: Grant): TemplateResult {
    const emergency = grant.kind === "emergency";
    const doors = this.grantDoors(grant);
    const schedule = this.scheduleText(grant);
    const full = grant.may_share && grant.shares_used >= grant.share_limit;
    return html`<div class="entry" data-test="grant-row" data-id=${grant.id}>
      <div class="entry-main">
        <div class="item-title">
          ${grant.name}
          <span class="title-chips">
            ${emergency
              ? html`<span class="chip bad">${this.t("cc.key.emergency")}</span>`
              : grant.may_share
                ? html`<span class="chip ${full ? "warn" : "ok"}" data-test="grant-sharing"
                    >${this.t("cc.key.sharing_used", {
                      used: this.num(grant.shares_used),
                      limit: this.num(grant.share_limit),
                    })}</span
                  >`
                : html`<span class="chip" data-test="grant-sharing"
                    >${this.t("cc.key.no_sharing")}</span
                  >`}
          </span>
        </div>
        ${doors
          ? html`<div class="secondary">${this.t("cc.key.bundle_of", { doors })}</div>`
          : nothing}
        <div class="secondary">
          ${windowText((k, p) => this.t(k, p), this.locale, this.zone, grant.valid_from, grant.valid_until)} ·
          ${schedule || this.t("cc.schedule.any_time_short")}
        </div>
        ${emergency && grant.reason ? html`<div class="secondary">${grant.reason}</div>` : nothing}
      </div>
      <div class="entry-side">
        ${emergency
          ? nothing
          : html`<button
                class="secondary-action"
                data-test="grant-edit"
                @click=${() => this.open({ kind: "edit-grant", grant })}
              >
                ${this.t("cc.edit")}
              </button>
              <button
                class="secondary-action"
                data-test="grant-sharing-edit"
                @click=${() => this.open({ kind: "sharing", grant })}
              >
                ${this.t("cc.key.sharing")}
              </button>`}
        <button
          class="secondary-action"
          data-test="grant-remove"
          @click=${() => this.removeGrant(grant)}
        >
          ${this.t("cc.remove")}
        </button>
      </div>
    </div>`;
  }

  private renderKeys(data: PersonPage): TemplateResult {
    return html`<section class="card" aria-labelledby="keys">
      <div class="head">
        <h2 id="keys">${this.t("cc.person.keys")}</h2>
        <div class="row">
          <button
            class="secondary-action"
            data-test="emergency-open"
            @click=${() => this.open({ kind: "emergency" })}
          >
            ${this.t("cc.emergency.open")}
          </button>
          <button data-test="grant-add" @click=${() => this.open({ kind: "grant" })}>
            ${this.t("cc.grant.open")}
          </button>
        </div>
      </div>
      ${data.grants.length
        ? html`<div class="entries">${data.grants.map((grant) => this.renderGrant(grant))}</div>`
        : html`<p class="empty">${this.t("cc.person.no_keys")}</p>`}
    </section>`;
  }

  private renderCredential(credential: Credential): TemplateResult {
    const title =
      credential.kind === "pin"
        ? this.t("cc.credential.a_pin")
        : credential.hint
          ? this.t("cc.credential.a_tag_hint", { hint: credential.hint })
          : this.t("cc.credential.a_tag");
    return html`<div class="entry" data-test="credential-row" data-id=${credential.credential_id}>
      <div class="entry-main">
        <div class="item-title">
          ${title}
          <span class="title-chips">
            ${credential.blocked_at
              ? html`<span class="chip bad"
                  >${this.t("cc.credential.blocked_at", {
                    time: formatWallClock(this.locale, credential.blocked_at, this.zone),
                  })}</span
                >`
              : html`<span class="chip ok">${this.t("cc.credential.active")}</span>`}
          </span>
        </div>
        <div class="secondary">
          ${[
            credential.label,
            this.t("cc.credential.since", { time: formatWallClock(this.locale, credential.created_at, this.zone) }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </div>
      </div>
      <div class="entry-side">
        ${credential.blocked_at
          ? nothing
          : html`<button
              class="secondary-action"
              data-test="credential-block"
              @click=${() => this.blockCredential(credential)}
            >
              ${this.t("cc.credential.block")}
            </button>`}
        <button
          class="secondary-action"
          data-test="credential-remove"
          @click=${() => this.removeCredential(credential)}
        >
          ${this.t("cc.remove")}
        </button>
      </div>
    </div>`;
  }

  private renderCredentials(data: PersonPage): TemplateResult {
    const own = data.credentials.filter((credential) => !credential.share_id);
    // An active PIN code's row says it has one; only its absence beside tags is worth a line.
    const hasPin = own.some((credential) => credential.kind === "pin" && !credential.blocked_at);
    return html`<section class="card" aria-labelledby="credentials">
      <div class="head">
        <h2 id="credentials">${this.t("cc.person.credentials")}</h2>
        <button data-test="credential-add" @click=${() => this.open({ kind: "credential" })}>
          ${this.t("cc.credential.open")}
        </button>
      </div>
      ${own.length && !hasPin
        ? html`<p data-test="pin-set" data-set="false">${this.t("cc.credential.pin_not_set")}</p>`
        : nothing}
      ${own.length
        ? html`<div class="entries">
            ${own.map((credential) => this.renderCredential(credential))}
          </div>`
        : html`<p class="empty">${this.t("cc.person.no_credentials")}</p>`}
    </section>`;
  }

  private renderShare(share: Share): TemplateResult {
    const uses =
      share.use_limit === null
        ? this.tp("cc.share.uses_n", share.uses, { uses: this.num(share.uses) })
        : this.t("cc.share.uses_of", {
            uses: this.num(share.uses),
            limit: this.num(share.use_limit),
          });
    return html`<div class="entry" data-test="person-share-row" data-id=${share.id}>
      <div class="entry-main">
        <div class="item-title">
          ${share.door_name ?? "—"}
          <span class="title-chips">${shareStatusChip(this.language, share.status)}</span>
        </div>
        <div class="secondary">
          ${[codeText(this.language, "cc.share_kind", share.kind), share.label]
            .filter(Boolean)
            .join(" · ")}
        </div>
        <div class="secondary">
          ${windowText((k, p) => this.t(k, p), this.locale, this.zone, share.valid_from, share.valid_until)}
        </div>
        <div class="secondary count">
          ${share.last_used
            ? `${uses} · ${this.t("cc.share.last_used", { time: formatWallClock(this.locale, share.last_used, this.zone) })}`
            : uses}
        </div>
      </div>
      <div class="entry-side">
        ${share.status === "active" || share.status === "not_yet_valid"
          ? html`<button
              class="secondary-action"
              data-test="person-share-revoke"
              @click=${() => this.revokeShare(share)}
            >
              ${this.t("cc.share.revoke")}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderShares(data: PersonPage): TemplateResult {
    return html`<section class="card" aria-labelledby="shares">
      <h2 id="shares">${this.t("cc.person.shares")}</h2>
      ${data.shares.length
        ? html`<div class="entries">${data.shares.map((share) => this.renderShare(share))}</div>`
        : html`<p class="empty">${this.t("cc.person.no_shares")}</p>`}
    </section>`;
  }

  private renderDialog(data: PersonPage): TemplateResult | typeof nothing {
    const dialog = this.dialog;
    if (!dialog) return nothing;
    const common = { hass: this.hass, api: this.api, language: this.language };
    const overview = this.overview;
    const close = () => (this.dialog = null);
    switch (dialog.kind) {
      case "edit": {
        const linked = new Map<string, string>();
        for (const person of overview?.people ?? []) {
          if (person.ha_user_id && person.id !== data.person.id)
            linked.set(person.ha_user_id, person.name);
        }
        const entrances = [
          ...new Set(
            (overview?.people ?? []).map((p) => p.entrance).filter((e): e is string => !!e),
          ),
        ].sort();
        return html`<dk-person-dialog
          .hass=${common.hass}
          .api=${common.api}
          .language=${common.language}
          .person=${data.person}
          .users=${this.users}
          .linkedTo=${linked}
          .entrances=${entrances}
          .buildingLanguage=${overview?.settings?.language ?? ""}
          @dk-close=${close}
          @dk-saved=${() => this.closed(this.t("cc.person.saved"))}
        ></dk-person-dialog>`;
      }
      case "grant":
      case "edit-grant":
        return html`<dk-grant-dialog
          .hass=${common.hass}
          .api=${common.api}
          .language=${common.language}
          .mode=${dialog.kind === "grant" ? "targets" : "edit"}
          .grant=${dialog.kind === "edit-grant" ? dialog.grant : null}
          .personId=${data.person.id}
          .doors=${overview?.doors ?? []}
          .bundles=${overview?.bundles ?? []}
          @dk-close=${close}
          @dk-saved=${() =>
            this.closed(
              dialog.kind === "grant" ? this.t("cc.grant.added") : this.t("cc.key.saved"),
            )}
        ></dk-grant-dialog>`;
      case "sharing":
        return html`<dk-sharing-dialog
          .hass=${common.hass}
          .api=${common.api}
          .language=${common.language}
          .grant=${dialog.grant}
          @dk-close=${close}
          @dk-saved=${() => this.closed(this.t("cc.key.saved"))}
        ></dk-sharing-dialog>`;
      case "credential":
        return html`<dk-credential-dialog
          .hass=${common.hass}
          .api=${common.api}
          .language=${common.language}
          .personId=${data.person.id}
          .personName=${data.person.name}
          .doors=${overview?.doors ?? []}
          .pinMinLength=${overview?.settings?.pin_min_length ?? 4}
          @dk-added=${() => this.load(true)}
          @dk-close=${() => this.closed()}
          @dk-saved=${() => this.closed(this.t("cc.credential.added"))}
        ></dk-credential-dialog>`;
      case "emergency":
        return html`<dk-emergency-dialog
          .hass=${common.hass}
          .api=${common.api}
          .language=${common.language}
          .personId=${data.person.id}
          .personName=${data.person.name}
          .doors=${overview?.doors ?? []}
          .bundles=${overview?.bundles ?? []}
          @dk-close=${close}
          @dk-saved=${() => this.closed(this.t("cc.emergency.issued"))}
        ></dk-emergency-dialog>`;
      case "confirm":
        return html`<dk-confirm-dialog
          .hass=${common.hass}
          .api=${common.api}
          .language=${common.language}
          .heading=${dialog.heading}
          .lines=${dialog.lines}
          .yesLabel=${dialog.yes}
          .action=${dialog.action}
          @dk-close=${close}
          @dk-saved=${(event: CustomEvent) => dialog.done(event.detail)}
        ></dk-confirm-dialog>`;
    }
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
    const p = data.person;
    const names = namesOf(this.overview?.doors ?? [], this.overview?.people ?? []);
    return html`${back}
      <div class="head page-head">
        <div>
          <h1 class="page-title" data-test="person-title">${p.name}</h1>
          <div class="secondary">
            ${[
              this.t(`cc.role.${p.role}`),
              p.dwelling,
              p.entrance ? this.t("cc.door.entrance_x", { entrance: p.entrance }) : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </div>
        </div>
        <div class="row">
          <button
            class="secondary-action"
            data-test="person-export"
            @click=${() => this.exportData()}
          >
            ${this.t("cc.person.export")}
          </button>
          <button
            class="secondary-action"
            data-test="person-erase"
            @click=${() => this.erasePerson()}
          >
            ${this.t("cc.person.erase")}
          </button>
          <button class="danger" data-test="person-remove" @click=${() => this.removePerson()}>
            ${this.t("cc.person.remove")}
          </button>
        </div>
      </div>
      ${error}
      <div class="grid">
        <div>${this.renderDetails(data)} ${this.renderCredentials(data)}</div>
        <div>${this.renderKeys(data)} ${this.renderShares(data)}</div>
      </div>
      <section class="card" aria-labelledby="events">
        <h2 id="events">${this.t("cc.person.events")}</h2>
        ${eventsTable(
          (k, ph) => this.t(k, ph),
          this.language,
          data.events,
          names,
          "door",
          this.zone,
        )}
      </section>
      ${this.renderDialog(data)}`;
  }
}

define("dk-person-page", DkPersonPage);
