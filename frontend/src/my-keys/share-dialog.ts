/**
 * Sharing a key to one door: for whom, as what (a link, a PIN code or a key for another
 * Home Assistant user), for how long, how many times; then the link or the code, shown
 * this once, to copy or send with the phone's share sheet.
 *
 * A link's URL and a drawn PIN code exist only in the answer of the call that made them
 * (the hub keeps their digests), so the result stays on screen until the user closes the
 * dialog and is dropped then. A code the resident chose goes over the websocket command
 * made for it, never an action, since Home Assistant records every action's data.
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import type { HomeAssistant } from "../hass";
import { deepActiveElement, focusBack, keepTabInside } from "../dialog-focus";
import { localize, type Language } from "../i18n";
import { panelStyles } from "../styles";
import { buildingZone, fromZoneInput } from "../wall-clock";
import { errorText } from "../ws";
import { copyText, hasShareSheet, shareSheet } from "./clipboard";
import { copyIcon, shareIcon } from "./icons";
import { absoluteUrl, formatWhen, toLocalInput, untilFor, type UntilChoice } from "./key-rules";
import type { DoorKey, KeysApi, NewShare, ShareKindName, ShareTerms } from "./keys-api";
import { myKeysStyles } from "./my-keys-styles";
import { plural } from "./text";

/** The `share-kind` select's values (the design's names; the server calls a user share "user"). */
type KindChoice = "link" | "pin" | "ha_user";
const KIND_OF_CHOICE: Record<KindChoice, ShareKindName> = { link: "link", pin: "pin", ha_user: "user" };
type Until = UntilChoice | "none" | "custom";
const GUEST_LANGUAGES: Language[] = ["en", "nb", "da", "nl"];

interface Result {
  share: NewShare;
  kind: KindChoice;
  /** The code the resident chose: the answer does not repeat it, but they need to pass it on. */
  chosenPin?: string;
}

export class DigitalKeyShareDialog extends LitElement {
  static override properties = {
    hass: { attribute: false },
    api: { attribute: false },
    door: { attribute: false },
    language: { attribute: false },
    locale: { attribute: false },
    _kind: { state: true },
    _who: { state: true },
    _userId: { state: true },
    _pinChosen: { state: true },
    _pin: { state: true },
    _until: { state: true },
    _untilValue: { state: true },
    _startLater: { state: true },
    _fromValue: { state: true },
    _uses: { state: true },
    _notify: { state: true },
    _guestLanguage: { state: true },
    _busy: { state: true },
    _error: { state: true },
    _result: { state: true },
    _copied: { state: true },
  };

  declare hass: HomeAssistant;
  declare api: KeysApi;
  declare door: DoorKey;
  declare language: Language;
  declare locale: string;
  declare _kind: KindChoice;
  declare _who: string;
  declare _userId: string;
  declare _pinChosen: boolean;
  declare _pin: string;
  declare _until: Until;
  declare _untilValue: string;
  declare _startLater: boolean;
  declare _fromValue: string;
  declare _uses: string;
  declare _notify: boolean;
  declare _guestLanguage: string;
  declare _busy: boolean;
  declare _error: string | undefined;
  declare _result: Result | undefined;
  declare _copied: boolean;

  constructor() {
    super();
    this._kind = "link";
    this._who = "";
    this._userId = "";
    this._pinChosen = false;
    this._pin = "";
    this._until = "day";
    this._untilValue = "";
    this._startLater = false;
    this._fromValue = "";
    this._uses = "";
    this._notify = false;
    this._guestLanguage = "";
    this._busy = false;
    this._error = undefined;
    this._result = undefined;
    this._copied = false;
  }

  static override styles = [
    panelStyles,
    myKeysStyles,
    css`
      :host {
        display: contents;
        min-height: 0;
      }
      .kinds {
        margin-bottom: 4px;
      }
      /* A hint belongs to the field above it: a gap before the next field's label. */
      .hint {
        font-size: 13px;
        color: var(--secondary-text-color);
        margin: 4px 0 12px;
      }
      .quick {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin: 4px 0 8px;
      }
      .quick button {
        min-height: 40px;
        background: transparent;
        color: var(--primary-text-color);
        border-color: var(--divider-color);
      }
      .quick button[aria-pressed="true"] {
        background: color-mix(in srgb, var(--primary-color) 18%, transparent);
        border-color: var(--primary-color);
        color: var(--primary-text-color);
      }
      .two {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 12px;
      }
      .checks {
        display: grid;
        gap: 12px;
        margin: 16px 0 4px;
      }
      .left {
        font-size: 14px;
        margin: 0 0 12px;
        padding: 10px 12px;
        border-radius: 8px;
        background: var(--secondary-background-color);
      }
      .left.none {
        background: color-mix(in srgb, var(--error-color, #db4437) 15%, transparent);
      }
      .url {
        font-family: var(--code-font-family, monospace);
        font-size: 14px;
        word-break: break-all;
        padding: 12px;
        border-radius: 8px;
        background: var(--secondary-background-color);
        user-select: all;
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
        user-select: all;
      }
      .once {
        font-weight: 500;
      }
      .note {
        font-size: 14px;
        padding: 10px 12px;
        border-radius: 8px;
        background: color-mix(in srgb, var(--warning-color, #ffa600) 20%, transparent);
        margin: 12px 0 0;
      }
      .result-actions {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(120px, 1fr));
        gap: 8px;
        margin-top: 16px;
      }
      .result-actions button {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: 8px;
      }
    `,
  ];

  private t(key: string, placeholders: Record<string, string | number> = {}): string {
    return localize(this.language, key, placeholders);
  }

  /** The building's time zone: the until and from inputs hold its wall clock. */
  private get zone(): string | undefined {
    return buildingZone(this.hass);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The default end (in 24 hours) once `hass` says the building's zone to write it in.
    if (!this._untilValue && this._until !== "none" && this._until !== "custom" && this.hass) {
      this._untilValue = toLocalInput(untilFor(this._until, new Date(), this.zone), this.zone);
    }
  }

  /** What had the focus when the dialog opened (the door's Share button). */
  private opener: HTMLElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.opener = deepActiveElement();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    focusBack(this.opener);
    this.opener = null;
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.renderRoot.querySelector<HTMLElement>("[data-test=share-kind]")?.focus();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The Create button is gone with the form: the focus goes to Copy, the next step.
    if (changed.has("_result") && this._result) {
      this.renderRoot.querySelector<HTMLElement>("[data-test=share-copy]")?.focus();
    }
  }

  override render() {
    const title = this._result
      ? this.t("keys.share_result_title", { door: this.door.door_name })
      : this.t("keys.share_title", { door: this.door.door_name });
    return html`
      <div class="dialog-backdrop sheet" @click=${this.backdropClick}>
        <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="share-title"
          @keydown=${this.keydown}>
          <h2 id="share-title">${title}</h2>
          ${this._result ? this.renderResult(this._result) : this.renderForm()}
        </div>
      </div>
    `;
  }

  private renderForm() {
    const door = this.door;
    const keypad = door.has_keypad !== false;
    const left = door.shares_left;
    const none = typeof left === "number" && left <= 0;
    return html`
      ${typeof left === "number"
        ? html`<p class="left ${none ? "none" : ""}" data-test="shares-left" data-left=${left}>
            ${none
              ? plural(this.language, this.locale, "keys.shares_none_left", door.share_limit ?? 0)
              : plural(this.language, this.locale, "keys.shares_left", left)}
          </p>`
        : nothing}
      <form @submit=${this.submit} novalidate>
        <label for="kind">${this.t("keys.share_kind")}</label>
        <select id="kind" class="kinds" data-test="share-kind" .value=${this._kind}
          @change=${(e: Event) => (this._kind = (e.target as HTMLSelectElement).value as KindChoice)}>
          <option value="link" ?selected=${this._kind === "link"}>${this.t("keys.kind_link")}</option>
          ${keypad
            ? html`<option value="pin" ?selected=${this._kind === "pin"}>${this.t("keys.kind_pin")}</option>`
            : nothing}
          <option value="ha_user" ?selected=${this._kind === "ha_user"}>${this.t("keys.kind_user")}</option>
        </select>
        <p class="hint">${this.t(`keys.kind_${this._kind === "ha_user" ? "user" : this._kind}_hint`)}</p>

        <label for="who">${this.t("keys.share_who")}</label>
        <input id="who" data-test="share-who" maxlength="200" autocomplete="off"
          placeholder=${this.t("keys.share_who_placeholder")} .value=${this._who}
          @input=${(e: Event) => (this._who = (e.target as HTMLInputElement).value)} />
        <p class="hint">${this.t("keys.share_who_hint")}</p>

        ${this._kind === "ha_user" ? this.renderUserField() : nothing}
        ${this._kind === "pin" ? this.renderPinFields() : nothing}
        ${this.renderWindow()}

        <label for="uses">${this.t("keys.share_uses")}</label>
        <input id="uses" data-test="share-uses" type="number" inputmode="numeric" min="1" max="1000"
          step="1" placeholder=${this.t("keys.share_uses_placeholder")} .value=${this._uses}
          @input=${(e: Event) => (this._uses = (e.target as HTMLInputElement).value)} />

        ${this._kind === "link" ? this.renderGuestLanguage() : nothing}

        <div class="checks">
          <label class="inline">
            <input type="checkbox" data-test="share-notify" .checked=${this._notify}
              @change=${(e: Event) => (this._notify = (e.target as HTMLInputElement).checked)} />
            ${this.t("keys.share_notify")}
          </label>
        </div>

        ${this._error ? html`<p class="error" role="alert" data-test="error">${this._error}</p>` : nothing}
        <div class="actions">
          <button type="button" class="secondary-action big" @click=${this.close}>
            ${this.t("keys.cancel")}
          </button>
          <button type="submit" class="big" data-test="share-create" ?disabled=${this._busy || none}>
            ${this._busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
            ${this.t(this._kind === "pin" ? "keys.share_create_pin" : this._kind === "link"
              ? "keys.share_create_link" : "keys.share_create_user")}
          </button>
        </div>
      </form>
    `;
  }

  private renderUserField() {
    return html`
      <label for="user">${this.t("keys.share_user")}</label>
      <input id="user" data-test="share-user" autocomplete="off" autocapitalize="off"
        spellcheck="false" .value=${this._userId}
        @input=${(e: Event) => (this._userId = (e.target as HTMLInputElement).value.trim())} />
      <p class="hint">${this.t("keys.share_user_hint")}</p>
    `;
  }

  private renderPinFields() {
    return html`
      <div class="checks">
        <label class="inline">
          <input type="radio" name="pin" data-test="share-pin-random" .checked=${!this._pinChosen}
            @change=${() => (this._pinChosen = false)} />
          ${this.t("keys.share_pin_random")}
        </label>
        <label class="inline">
          <input type="radio" name="pin" data-test="share-pin-chosen" .checked=${this._pinChosen}
            @change=${() => (this._pinChosen = true)} />
          ${this.t("keys.share_pin_chosen")}
        </label>
      </div>
      ${this._pinChosen
        ? html`<label for="pin">${this.t("keys.share_pin")}</label>
            <input id="pin" data-test="share-pin" inputmode="numeric" autocomplete="off"
              maxlength="8" pattern="[0-9]*" .value=${this._pin}
              @input=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                this._pin = input.value.replace(/\D/g, "");
                input.value = this._pin;
              }} />
            <p class="hint">${this.t("keys.share_pin_hint")}</p>`
        : nothing}
    `;
  }

  private renderWindow() {
    const choices: [Until, string][] = [
      ["today", "keys.until_today"],
      ["day", "keys.until_day"],
      ["week", "keys.until_week"],
      ["none", "keys.until_none"],
    ];
    return html`
      <label for="until">${this.t("keys.share_until")}</label>
      <div class="quick" role="group" aria-label=${this.t("keys.share_until")}>
        ${choices.map(
          ([choice, key]) => html`<button type="button" data-test="share-until-${choice}"
            aria-pressed=${this._until === choice ? "true" : "false"}
            @click=${() => this.chooseUntil(choice)}>${this.t(key)}</button>`,
        )}
      </div>
      ${this._until === "none"
        ? html`<p class="hint">${this.t("keys.until_none_hint")}</p>`
        : html`<input id="until" data-test="share-until" type="datetime-local"
            .value=${this._untilValue}
            @input=${(e: Event) => {
              this._untilValue = (e.target as HTMLInputElement).value;
              this._until = "custom";
            }} />`}
      <div class="checks">
        <label class="inline">
          <input type="checkbox" data-test="share-later" .checked=${this._startLater}
            @change=${(e: Event) => {
              this._startLater = (e.target as HTMLInputElement).checked;
              if (this._startLater && !this._fromValue) this._fromValue = toLocalInput(new Date(), this.zone);
            }} />
          ${this.t("keys.share_later")}
        </label>
      </div>
      ${this._startLater
        ? html`<label for="from">${this.t("keys.share_from")}</label>
            <input id="from" data-test="share-from" type="datetime-local" .value=${this._fromValue}
              @input=${(e: Event) => (this._fromValue = (e.target as HTMLInputElement).value)} />`
        : nothing}
    `;
  }

  private renderGuestLanguage() {
    return html`
      <label for="guest-language">${this.t("keys.share_language")}</label>
      <select id="guest-language" data-test="share-language" .value=${this._guestLanguage}
        @change=${(e: Event) => (this._guestLanguage = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this._guestLanguage === ""}>${this.t("keys.share_language_building")}</option>
        ${GUEST_LANGUAGES.map(
          (code) => html`<option value=${code} ?selected=${this._guestLanguage === code}>
            ${this.t(`keys.language_${code}`)}</option>`,
        )}
      </select>
    `;
  }

  private renderResult(result: Result) {
    const share = result.share;
    const who = share.label?.trim();
    /** "Send this link to Anna", or "to your guest" when the user named nobody. */
    const told = (key: string) => (who ? this.t(key, { who }) : this.t(`${key}_anon`));
    const validity = this.windowText(share);
    const secret = this.secretOf(result);
    return html`
      <div data-test="share-result">
        ${result.kind === "link" && secret
          ? html`<p class="once">${told("keys.result_link")}</p>
              <div class="url" data-test="share-url">${secret}</div>`
          : nothing}
        ${result.kind === "pin" && secret
          ? html`<p class="once">${told("keys.result_pin")}</p>
              <div class="pin" data-test="share-pin-shown" aria-label=${secret.split("").join(" ")}>${secret}</div>`
          : nothing}
        ${result.kind === "pin" && !secret ? html`<p>${this.t("keys.result_pin_chosen")}</p>` : nothing}
        ${result.kind === "ha_user" ? html`<p>${told("keys.result_user")}</p>` : nothing}
        ${secret ? this.renderHandOn(result, secret) : nothing}
        <p class="secondary">${validity}</p>
        ${share.use_limit
          ? html`<p class="secondary">${plural(this.language, this.locale, "keys.result_uses", share.use_limit)}</p>`
          : nothing}
        ${secret && result.kind !== "ha_user"
          ? html`<p class="secondary">${this.t("keys.result_once")}</p>`
          : nothing}
        ${share.key_note
          ? html`<p class="note" data-test="share-key-note">${share.key_note}</p>`
          : nothing}
        ${share.url_note ? html`<p class="note">${share.url_note}</p>` : nothing}
        ${share.notify_on_use
          ? share.notify_note
            ? html`<p class="note" data-test="share-notify-note">${share.notify_note}</p>`
            : html`<p class="secondary" data-test="share-notifies">${this.t("keys.result_notifies")}</p>`
          : nothing}
      </div>
      <div class="actions">
        <button type="button" class="big" data-test="share-done" @click=${this.close}>
          ${this.t("keys.done")}
        </button>
      </div>
    `;
  }

  private renderHandOn(result: Result, secret: string) {
    return html`
      <div class="result-actions">
        <button type="button" class="big secondary-action" data-test="share-copy" @click=${() => this.copy(secret)}>
          ${copyIcon(20)} ${this._copied ? this.t("keys.copied") : this.t("keys.copy")}
        </button>
        ${hasShareSheet()
          ? html`<button type="button" class="big" data-test="share-send" @click=${() => this.send(result, secret)}>
              ${shareIcon(20)} ${this.t("keys.send")}
            </button>`
          : nothing}
      </div>
    `;
  }

  /** The link or PIN code to hand on: a drawn one from the answer, or the one the user chose. */
  private secretOf(result: Result): string | undefined {
    if (result.share.url) return absoluteUrl(result.share.url);
    return result.share.pin ?? result.chosenPin;
  }

  private windowText(share: NewShare): string {
    const now = new Date();
    const from = Date.parse(share.valid_from) > now.getTime() + 60_000
      ? formatWhen(this.locale, share.valid_from, now, this.zone)
      : undefined;
    const until = share.valid_until ? formatWhen(this.locale, share.valid_until, now, this.zone) : undefined;
    if (from && until) return this.t("keys.window_from_until", { from, until });
    if (from) return this.t("keys.window_from", { from });
    if (until) return this.t("keys.window_until", { until });
    return this.t("keys.window_open");
  }

  private chooseUntil(choice: Until): void {
    this._until = choice;
    if (choice !== "none" && choice !== "custom") {
      this._untilValue = toLocalInput(untilFor(choice, new Date(), this.zone), this.zone);
    }
  }

  /** The share's terms from the form, or a sentence saying what to fix. */
  private terms(): ShareTerms | string {
    const terms: ShareTerms = { door: this.door.door_id, notify_on_use: this._notify };
    const label = this._who.trim();
    if (label) terms.label = label;
    let from: Date | undefined;
    if (this._startLater && this._fromValue) {
      from = fromZoneInput(this._fromValue, this.zone);
      if (!from || Number.isNaN(from.getTime())) return this.t("keys.invalid_from");
      if (from.getTime() > Date.now()) terms.valid_from = from.toISOString();
    }
    if (this._until !== "none") {
      const until = fromZoneInput(this._untilValue, this.zone);
      if (!until || Number.isNaN(until.getTime())) return this.t("keys.invalid_until");
      if (until.getTime() <= Math.max(Date.now(), from?.getTime() ?? 0)) {
        return this.t("keys.until_in_past");
      }
      terms.valid_until = until.toISOString();
    }
    if (this._uses.trim()) {
      const uses = Number(this._uses);
      if (!Number.isInteger(uses) || uses < 1 || uses > 1000) return this.t("keys.invalid_uses");
      terms.use_limit = uses;
    }
    if (this._kind === "ha_user" && !this._userId) return this.t("keys.user_needed");
    if (this._kind === "pin" && this._pinChosen && !/^\d{4,8}$/.test(this._pin)) {
      return this.t("keys.pin_needed");
    }
    return terms;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this._busy) return;
    const terms = this.terms();
    if (typeof terms === "string") {
      this._error = terms;
      return;
    }
    this._busy = true;
    this._error = undefined;
    const kind = this._kind;
    try {
      let share: NewShare;
      let chosenPin: string | undefined;
      if (kind === "pin" && this._pinChosen) {
        chosenPin = this._pin;
        share = await this.api.sharePin(terms, chosenPin);
      } else {
        const data = kind === "link" && this._guestLanguage
          ? { ...terms, language: this._guestLanguage }
          : terms;
        share = await this.api.share(data, KIND_OF_CHOICE[kind], this._userId);
      }
      this._pin = "";
      this._result = chosenPin === undefined ? { share, kind } : { share, kind, chosenPin };
      this.dispatchEvent(new CustomEvent("share-created", { detail: share }));
    } catch (error) {
      this._error = errorText(this.hass, error);
    } finally {
      this._busy = false;
    }
  }

  private async copy(secret: string): Promise<void> {
    this._copied = await copyText(secret);
    if (!this._copied) this._error = this.t("keys.copy_failed");
  }

  private async send(result: Result, secret: string): Promise<void> {
    const door = this.door.door_name;
    if (result.kind === "link") {
      await shareSheet({ title: door, text: this.t("keys.send_link_text", { door }), url: secret });
    } else {
      await shareSheet({ title: door, text: this.t("keys.send_pin_text", { door, pin: secret }) });
    }
  }

  private backdropClick(event: Event): void {
    // Closing by a tap beside the sheet would lose a link shown only once: only before.
    if (event.target === event.currentTarget && !this._result && !this._busy) this.close();
  }

  private keydown(event: KeyboardEvent): void {
    if (event.key === "Escape" && !this._busy) this.close();
    else keepTabInside(event, this.renderRoot as ShadowRoot, event.currentTarget as Element);
  }

  private close(): void {
    this._result = undefined;
    this.dispatchEvent(new CustomEvent("share-closed"));
  }
}

if (!customElements.get("digitalkey-share-dialog")) {
  customElements.define("digitalkey-share-dialog", DigitalKeyShareDialog);
}
