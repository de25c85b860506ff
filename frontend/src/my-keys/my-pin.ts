/**
 * "My PIN code" in My keys: the resident's own PIN code and tags for the doors' keypads and
 * readers, and, where the board allows it (the building option "Residents may choose their
 * own PIN code"), choosing a PIN code or having the hub draw one, and removing it to change
 * it.
 *
 * The section shows only what `my_keys` answers: the credentials of the caller's own
 * person (never a code: the hub keeps none it could show) and whether `add_my_pin` would
 * take one (`own_pin_allowed`, with the building's shortest length). A chosen code goes
 * over the websocket (`digitalkey/my_pin/add`), never as an action, which Home Assistant
 * would record with its data; a drawn one comes back once in the action's answer and is
 * shown here once. Removing goes through `remove_my_credential`; the server refuses what
 * is not the caller's, or what the board blocked. The panel reads again after a change
 * (its change notices do too).
 */

import { LitElement, css, html, nothing } from "lit";
import type { HomeAssistant } from "../hass";
import { localize, type Language } from "../i18n";
import { panelStyles } from "../styles";
import { errorText, type Api } from "../ws";
import type { MyCredential } from "./keys-api";
import { buildingZone } from "../wall-clock";
import { formatWhen } from "./key-rules";
import { myKeysStyles } from "./my-keys-styles";

const DIGITS = /^[0-9]+$/;

export class DigitalKeyMyPin extends LitElement {
  static override properties = {
    hass: { attribute: false },
    api: { attribute: false },
    language: { attribute: false },
    locale: { attribute: false },
    credentials: { attribute: false },
    allowed: { attribute: false },
    minLength: { attribute: false },
    _pin: { state: true },
    _shown: { state: true },
    _removing: { state: true },
    _busy: { state: true },
    _error: { state: true },
  };

  declare hass: HomeAssistant;
  declare api: Api;
  declare language: Language;
  declare locale: string;
  declare credentials: MyCredential[];
  /** Whether the board lets residents give themselves a PIN code. */
  declare allowed: boolean;
  declare minLength: number;
  /** The code being typed; cleared as soon as it is sent. */
  declare _pin: string;
  /** A code the hub drew, shown once until Done. */
  declare _shown: string;
  declare _removing: MyCredential | undefined;
  declare _busy: boolean;
  declare _error: string;

  constructor() {
    super();
    this.credentials = [];
    this.allowed = false;
    this.minLength = 6;
    this._pin = "";
    this._shown = "";
    this._busy = false;
    this._error = "";
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
      ul {
        list-style: none;
        margin: 0 0 8px;
        padding: 0;
      }
      li {
        display: flex;
        gap: 12px;
        align-items: center;
        justify-content: space-between;
        padding: 8px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      li:last-child {
        border-bottom: 0;
      }
      .blocked {
        color: var(--error-color, #b3261e);
      }
      .pin {
        font-family: var(--code-font-family, monospace);
        font-size: 44px;
        font-weight: 500;
        letter-spacing: 0.18em;
        text-align: center;
        padding: 16px 0;
        border-radius: 8px;
        background: var(--secondary-background-color);
        margin: 8px 0 12px;
      }
      .choose {
        display: grid;
        gap: 8px;
        margin-top: 8px;
      }
      .choose p {
        margin: 0;
      }
      .choose input {
        font-size: 20px;
        letter-spacing: 0.1em;
      }
      .row {
        display: flex;
        gap: 8px;
        flex-wrap: wrap;
      }
      .row button {
        flex: 1 1 140px;
        min-height: 44px;
      }
    `,
  ];

  private t(key: string, placeholders: Record<string, string | number> = {}): string {
    return localize(this.language, key, placeholders);
  }

  private get pins(): MyCredential[] {
    return this.credentials.filter((credential) => credential.kind === "pin");
  }

  /** The PIN code that opens: one a resident has at most (the server keeps it so). */
  private get usablePin(): MyCredential | undefined {
    return this.pins.find((credential) => !credential.blocked_at);
  }

  override render() {
    if (!this.allowed && !this.credentials.length) return nothing;
    const hasTags = this.credentials.some((credential) => credential.kind === "tag");
    return html`
      <h2 class="section-title">${this.t(hasTags ? "keys.pin.title_tags" : "keys.pin.title")}</h2>
      <section class="card" data-test="my-pin">
        ${this.credentials.length
          ? html`<ul>
              ${this.credentials.map((credential) => this.renderCredential(credential))}
            </ul>`
          : nothing}
        ${this._shown ? this.renderShown() : this.renderAdd()}
        ${this._error ? html`<p class="error" role="alert" data-test="error">${this._error}</p>` : nothing}
      </section>
    `;
  }

  private renderCredential(credential: MyCredential) {
    const name =
      credential.kind === "pin"
        ? this.t("keys.pin.pin")
        : this.t("keys.pin.tag", { hint: credential.hint ?? "" });
    const added = this.t("keys.pin.added_at", {
      when: formatWhen(this.locale, credential.created_at, new Date(), buildingZone(this.hass)),
    });
    const details = [credential.label, added].filter(Boolean).join(" · ");
    const removing = this._removing?.credential_id === credential.credential_id;
    return html`<li data-test="my-credential" data-kind=${credential.kind}>
      <div>
        <div>${name}</div>
        <div class="secondary">${details}</div>
        ${credential.blocked_at
          ? html`<div class="secondary blocked">
              ${this.t("keys.pin.blocked", {
                when: formatWhen(this.locale, credential.blocked_at, new Date(), buildingZone(this.hass)),
              })}
            </div>`
          : nothing}
        ${removing
          ? html`<p>${this.t(this.allowed ? "keys.pin.remove_confirm" : "keys.pin.remove_confirm_board")}</p>`
          : nothing}
      </div>
      ${credential.kind === "pin" && !credential.blocked_at
        ? removing
          ? html`<div class="row">
              <button type="button" class="secondary-action" ?disabled=${this._busy}
                @click=${() => (this._removing = undefined)}>${this.t("keys.cancel")}</button>
              <button type="button" class="danger" data-test="my-pin-remove-yes" ?disabled=${this._busy}
                @click=${() => void this.removeCredential(credential)}>${this.t("keys.pin.remove")}</button>
            </div>`
          : html`<button type="button" class="secondary-action" data-test="my-pin-remove"
              @click=${() => {
                this._error = "";
                this._removing = credential;
              }}>${this.t("keys.pin.remove")}</button>`
        : nothing}
    </li>`;
  }

  private renderAdd() {
    if (this.usablePin) {
      return this.allowed ? html`<p class="secondary">${this.t("keys.pin.change_hint")}</p>` : nothing;
    }
    if (!this.allowed) {
      return this.pins.length ? html`<p class="secondary">${this.t("keys.pin.ask_board")}</p>` : nothing;
    }
    return html`<div class="choose">
      <p>${this.t("keys.pin.none")}</p>
      <label for="my-pin">${this.t("keys.pin.choose_label")}</label>
      <input id="my-pin" data-test="my-pin-input" type="password" inputmode="numeric"
        autocomplete="off" minlength=${this.minLength} maxlength="12" .value=${this._pin}
        @input=${(event: Event) => (this._pin = (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === "Enter") void this.addChosen();
        }} />
      <p class="secondary">${this.t("keys.pin.hint", { min: this.minLength })}</p>
      <div class="row">
        <button type="button" data-test="my-pin-save" ?disabled=${this._busy || !this._pin}
          @click=${() => void this.addChosen()}>${this.t("keys.pin.use")}</button>
        <button type="button" class="secondary-action" data-test="my-pin-random" ?disabled=${this._busy}
          @click=${() => void this.addRandom()}>${this.t("keys.pin.random")}</button>
      </div>
    </div>`;
  }

  private renderShown() {
    return html`<p>${this.t("keys.pin.shown")}</p>
      <div class="pin" data-test="my-pin-shown" aria-label=${this._shown.split("").join(" ")}>${this._shown}</div>
      <div class="row">
        <button type="button" data-test="my-pin-done" @click=${() => {
          this._shown = "";
        }}>${this.t("keys.pin.done")}</button>
      </div>`;
  }

  private async addChosen(): Promise<void> {
    const pin = this._pin.trim();
    if (this._busy || !pin) return;
    if (!DIGITS.test(pin) || pin.length < this.minLength) {
      this._error = this.t("keys.pin.bad", { min: this.minLength });
      return;
    }
    await this.run(async () => {
      await this.api.call("my_pin/add", { pin });
      this.toast(this.t("keys.pin.added"));
    });
    // A chosen code leaves the page's memory as soon as it is sent, refused or not.
    this._pin = "";
  }

  private async addRandom(): Promise<void> {
    if (this._busy) return;
    await this.run(async () => {
      const data: Record<string, unknown> = {};
      if (this.api.entry !== undefined) data["config_entry_id"] = this.api.entry;
      const answer = await this.hass.callWS<{ response?: { pin?: string } }>({
        type: "call_service",
        domain: "digitalkey",
        service: "add_my_pin",
        service_data: data,
        return_response: true,
      });
      this._shown = answer.response?.pin ?? "";
    });
  }

  private async removeCredential(credential: MyCredential): Promise<void> {
    await this.run(async () => {
      await this.api.call("my_credentials/remove", { credential_id: credential.credential_id });
      this._removing = undefined;
      this.toast(this.t("keys.pin.removed"));
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this._busy = true;
    this._error = "";
    try {
      await work();
      this.dispatchEvent(new CustomEvent("my-pin-changed", { bubbles: true, composed: true }));
    } catch (error) {
      this._error = errorText(this.hass, error);
    } finally {
      this._busy = false;
    }
  }

  private toast(text: string): void {
    this.dispatchEvent(new CustomEvent("my-pin-toast", { detail: text, bubbles: true, composed: true }));
  }
}

if (!customElements.get("digitalkey-my-pin")) customElements.define("digitalkey-my-pin", DigitalKeyMyPin);
