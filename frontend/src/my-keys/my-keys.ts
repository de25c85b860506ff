/**
 * Every user's panel: the doors they hold a key to, each with its own Unlock and Lock
 * buttons, sharing a key, and the keys they shared.
 *
 * The server answers for the calling user only (their person, or the keys shared with
 * their Home Assistant user), and decides every action again; the panel shows what it
 * is told and re-reads it on each change notice, and when a key's hours begin or end.
 */

import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import type { HomeAssistant, PanelInfo } from "../hass";
import { deepActiveElement, focusBack, focusDialog, keepTabInside } from "../dialog-focus";
import { localize, panelLanguage, type Language } from "../i18n";
import { MENU_ICON, panelStyles, toggleMenu } from "../styles";
import { ChangeNotices } from "../change-notices";
import { Api, errorText, loadErrorTexts } from "../ws";
import { buildingZone, endOfWallDay } from "../wall-clock";
import { copyText } from "./clipboard";
import { doorCard, doorCardStyles } from "./door-card";
import { keyIcon } from "./icons";
import {
  KeysApi,
  type DoorAction,
  type DoorKey,
  type MyKeys,
  type NewShare,
  type ShareRow,
} from "./keys-api";
import { myKeysStyles } from "./my-keys-styles";
import "./my-organisation";
import "./my-pin";
import "./share-dialog";
import { shareList, shareListStyles, shareWho } from "./share-list";

const TOAST_MS = 4000;
/** The longest wait before re-reading on the clock alone (a key's hours may begin). */
const MAX_CLOCK_WAIT_MS = 15 * 60 * 1000;

interface DoorError {
  door: string;
  text: string;
}

export class DigitalKeyMyKeys extends LitElement {
  static override properties = {
    hass: { attribute: false },
    narrow: { type: Boolean },
    panel: { attribute: false },
    _doors: { state: true },
    _keys: { state: true },
    _shares: { state: true },
    _sharing: { state: true },
    _loadError: { state: true },
    _busy: { state: true },
    _doorError: { state: true },
    _error: { state: true },
    _toast: { state: true },
    _shareDoor: { state: true },
    _revoking: { state: true },
    _revokeBusy: { state: true },
    _showEnded: { state: true },
    _now: { state: true },
  };

  declare hass: HomeAssistant;
  declare narrow: boolean;
  declare panel: PanelInfo;
  declare _doors: DoorKey[] | undefined;
  /** The whole answer of `my_keys`: the own PIN codes and tags, and whether one may be chosen. */
  declare _keys: MyKeys | undefined;
  declare _shares: ShareRow[] | undefined;
  /** Whether the user is a person of the building (who may share); false for a guest user. */
  declare _sharing: boolean;
  declare _loadError: string | undefined;
  declare _busy: Record<string, DoorAction>;
  declare _doorError: DoorError | undefined;
  declare _error: string | undefined;
  declare _toast: string | undefined;
  declare _shareDoor: DoorKey | undefined;
  declare _revoking: ShareRow | undefined;
  declare _revokeBusy: boolean;
  declare _showEnded: boolean;
  declare _now: Date;

  private _ws: Api | undefined;
  private _api: KeysApi | undefined;
  private readonly _notices = new ChangeNotices(() => void this.load());
  private _clockTimer: number | undefined;
  private _toastTimer: number | undefined;
  private _loadSequence = 0;
  private readonly _onVisible = () => {
    if (document.visibilityState === "visible") this.scheduleRefresh();
  };

  constructor() {
    super();
    this.narrow = false;
    this._sharing = true;
    this._busy = {};
    this._revokeBusy = false;
    this._showEnded = false;
    this._now = new Date();
  }

  static override styles = [
    panelStyles,
    myKeysStyles,
    doorCardStyles,
    shareListStyles,
    css`
      .content {
        padding-bottom: 96px;
      }
      .section-title:first-child {
        margin-top: 4px;
      }
      .doors {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr));
        gap: 16px;
        align-items: start;
      }
      .welcome {
        text-align: center;
        padding: 32px 20px;
      }
      .welcome .big-icon {
        display: inline-flex;
        width: 72px;
        height: 72px;
        border-radius: 50%;
        align-items: center;
        justify-content: center;
        color: var(--primary-color);
        background: color-mix(in srgb, var(--primary-color) 14%, transparent);
        margin-bottom: 12px;
      }
      .welcome h2 {
        font-size: 20px;
        margin: 0 0 8px;
      }
      .welcome p {
        color: var(--secondary-text-color);
        margin: 8px auto;
        max-width: 440px;
        line-height: 1.45;
      }
      .receive-hint {
        margin: 0 0 12px;
      }
      .receive {
        display: flex;
        gap: 12px;
        align-items: center;
        flex-wrap: wrap;
      }
      .receive code {
        font-family: var(--code-font-family, monospace);
        font-size: 14px;
        padding: 8px 10px;
        border-radius: 6px;
        background: var(--secondary-background-color);
        word-break: break-all;
        user-select: all;
        flex: 1 1 220px;
      }
      .receive button {
        min-height: 44px;
      }
      .banner {
        display: flex;
        gap: 12px;
        align-items: center;
        justify-content: space-between;
        flex-wrap: wrap;
      }
      .loading {
        color: var(--secondary-text-color);
        padding: 32px 0;
        text-align: center;
      }
    `,
  ];

  private get language(): Language {
    return panelLanguage(this.hass?.language);
  }

  /** Dates and numbers as the user's own locale writes them (`en-GB` rather than `en`). */
  private get locale(): string {
    return this.hass?.locale?.language || this.hass?.language || "en";
  }

  private t(key: string, placeholders: Record<string, string | number> = {}): string {
    return localize(this.language, key, placeholders);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("visibilitychange", this._onVisible);
    if (this.hass && this._api) {
      this.subscribe();
      this.scheduleRefresh();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("visibilitychange", this._onVisible);
    this._notices.stop();
    window.clearTimeout(this._clockTimer);
    window.clearTimeout(this._toastTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hass && !this._api) {
      this._ws = new Api(() => this.hass, this.panel?.config?.entry_id);
      this._api = new KeysApi(this._ws);
      void loadErrorTexts(this.hass).then(() => this.requestUpdate());
      void this.load();
      if (this.isConnected) this.subscribe();
    } else if (this._api && this._loadedLanguage && this._loadedLanguage !== this.language) {
      void this.load(); // the server's sentences follow the user's new language
    }
  }

  /** The language the doors' sentences were last asked in. */
  private _loadedLanguage: Language | undefined;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Native pickers (date and time, selects) follow the theme like the rest of the panel.
    if (changed.has("hass")) this.style.colorScheme = this.hass?.themes?.darkMode ? "dark" : "light";
    if (changed.has("_revoking")) {
      // The confirmation takes the focus (so Escape and Tab work in it) and gives it back.
      const was = changed.get("_revoking") as ShareRow | undefined;
      if (this._revoking && !was) {
        this._revokeOpener = deepActiveElement();
        focusDialog(this.shadowRoot?.querySelector(".revoke-dialog"));
      } else if (!this._revoking && was) {
        focusBack(this._revokeOpener);
        this._revokeOpener = null;
      }
    }
  }

  /** The Revoke button that opened the confirmation. */
  private _revokeOpener: HTMLElement | null = null;

  private subscribe(): void {
    if (this._ws) this._notices.start(this._ws);
  }

  private scheduleRefresh(): void {
    this._notices.reloadSoon();
  }

  /** Read the doors and the shares; an answer overtaken by a newer read is dropped. */
  private async load(): Promise<void> {
    const api = this._api;
    if (!api) return;
    const sequence = ++this._loadSequence;
    const shares = api.myShares().then(
      (answer) => ({ shares: answer.shares, sharing: true }),
      (error: unknown) => {
        // A user linked to no person (a guest with shared keys) makes no shares.
        if ((error as { translation_key?: string })?.translation_key === "no_person") {
          return { shares: [] as ShareRow[], sharing: false };
        }
        throw error;
      },
    );
    try {
      this._loadedLanguage = this.language;
      const [keys, mine] = await Promise.all([api.myKeys(this.language), shares]);
      if (sequence !== this._loadSequence) return;
      this._doors = keys.doors;
      this._keys = keys;
      this._shares = mine.shares;
      this._sharing = mine.sharing;
      this._loadError = undefined;
      this._now = new Date();
      this.scheduleClock();
    } catch (error) {
      if (sequence !== this._loadSequence) return;
      this._loadError = errorText(this.hass, error);
    }
  }

  /**
   * Re-read when the next key's hours begin (or a share's status changes by the clock), and
   * at midnight, when the server's "today" and "tomorrow" move on a day.
   */
  private scheduleClock(): void {
    window.clearTimeout(this._clockTimer);
    const now = Date.now();
    // The building's midnight: one minute after its 23:59.
    const midnight = new Date(endOfWallDay(new Date(now), buildingZone(this.hass)).getTime() + 60_000);
    const moments = [
      midnight.toISOString(),
      ...(this._doors ?? []).map((door) => door.opens_next),
      ...(this._shares ?? []).flatMap((share) => [share.valid_from, share.valid_until]),
    ]
      .map((iso) => (iso ? Date.parse(iso) : NaN))
      .filter((at) => at > now);
    const wait = Math.min(MAX_CLOCK_WAIT_MS, ...moments.map((at) => at - now + 1000));
    this._clockTimer = window.setTimeout(() => void this.load(), wait);
  }

  private showToast(text: string): void {
    this._toast = text;
    window.clearTimeout(this._toastTimer);
    this._toastTimer = window.setTimeout(() => (this._toast = undefined), TOAST_MS);
  }

  private async operate(door: DoorKey, action: DoorAction): Promise<void> {
    if (!this._api || this._busy[door.door_id]) return;
    this._busy = { ...this._busy, [door.door_id]: action };
    if (this._doorError?.door === door.door_id) this._doorError = undefined;
    try {
      await this._api.operate(door.door_id, action);
      this.showToast(this.t(`keys.done_${action}`, { door: door.door_name }));
    } catch (error) {
      this._doorError = { door: door.door_id, text: errorText(this.hass, error) };
    } finally {
      const { [door.door_id]: _, ...rest } = this._busy;
      this._busy = rest;
      this.scheduleRefresh();
    }
  }

  private async revoke(): Promise<void> {
    const share = this._revoking;
    if (!share || !this._api) return;
    this._revokeBusy = true;
    this._error = undefined;
    try {
      await this._api.revoke(share.share_id);
      this._revoking = undefined;
      this.showToast(this.t("keys.revoked", { who: shareWho(this.language, share) }));
      await this.load();
    } catch (error) {
      this._error = errorText(this.hass, error);
    } finally {
      this._revokeBusy = false;
    }
  }

  override render() {
    return html`
      <div class="toolbar">
        ${this.narrow
          ? html`<button class="menu-button" aria-label=${this.t("keys.menu")}
              @click=${() => toggleMenu(this)}>
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                <path fill="currentColor" d=${MENU_ICON}></path>
              </svg>
            </button>`
          : nothing}
        <h1>${this.t("keys.title")}</h1>
      </div>
      <main class="content">${this.renderContent()}</main>
      ${this._shareDoor && this._api
        ? html`<digitalkey-share-dialog .hass=${this.hass} .api=${this._api} .door=${this._shareDoor}
            .language=${this.language} .locale=${this.locale}
            @share-created=${(event: CustomEvent<NewShare>) => this.shareCreated(event.detail)}
            @share-closed=${() => (this._shareDoor = undefined)}></digitalkey-share-dialog>`
        : nothing}
      ${this._revoking ? this.renderRevokeConfirm(this._revoking) : nothing}
      ${this._toast && !this._shareDoor && !this._revoking ? html`<div class="toast" role="status" data-test="toast">${this._toast}</div>` : nothing}
    `;
  }

  private renderContent() {
    if (this._loadError && this._doors === undefined) {
      return html`<div class="card banner">
        <p class="error" role="alert" data-test="error">${this._loadError}</p>
        <button type="button" @click=${() => this.load()}>${this.t("keys.retry")}</button>
      </div>`;
    }
    if (this._doors === undefined) {
      return html`<p class="loading">${localize(this.language, "common.loading")}</p>`;
    }
    const showError = this._error && !this._revoking && !this._shareDoor;
    return html`
      ${showError ? html`<p class="error" role="alert" data-test="error">${this._error}</p>` : nothing}
      ${this._doors.length === 0 ? this.renderWelcome() : this.renderDoors(this._doors)}
      <digitalkey-my-organisation .hass=${this.hass} .api=${this._ws} .language=${this.language}
        .locale=${this.locale}
        @my-org-toast=${(event: CustomEvent<string>) => this.showToast(event.detail)}
      ></digitalkey-my-organisation>
      ${this._sharing && this._shares && (this._shares.length > 0 || this._doors.length > 0)
        ? html`<h2 class="section-title">${this.t("keys.my_shares")}</h2>
            <section class="card">
              ${shareList(this._shares, {
                language: this.language,
                locale: this.locale,
                zone: buildingZone(this.hass),
                now: this._now,
                showEnded: this._showEnded,
                toggleEnded: () => (this._showEnded = !this._showEnded),
                revoke: (share) => {
                  this._error = undefined;
                  this._revoking = share;
                },
              })}
            </section>`
        : nothing}
      ${this._keys
        ? html`<digitalkey-my-pin .hass=${this.hass} .api=${this._ws} .language=${this.language}
            .locale=${this.locale} .credentials=${this._keys.credentials ?? []}
            .allowed=${this._keys.own_pin_allowed ?? false} .minLength=${this._keys.pin_min_length ?? 6}
            @my-pin-changed=${() => void this.load()}
            @my-pin-toast=${(event: CustomEvent<string>) => this.showToast(event.detail)}
          ></digitalkey-my-pin>`
        : nothing}
      ${this.renderReceive()}
    `;
  }

  private renderDoors(doors: DoorKey[]) {
    return html`
      <h2 class="section-title">${this.t("keys.doors")}</h2>
      <div class="doors">
        ${doors.map((door) =>
          doorCard(door, {
            hass: this.hass,
            language: this.language,
            locale: this.locale,
            zone: buildingZone(this.hass),
            now: this._now,
            busy: this._busy[door.door_id],
            error: this._doorError?.door === door.door_id ? this._doorError.text : undefined,
            sharing: this._sharing,
            operate: (target, action) => void this.operate(target, action),
            share: (target) => {
              this._error = undefined;
              this._shareDoor = target;
            },
          }),
        )}
      </div>
    `;
  }

  private renderWelcome() {
    return html`
      <section class="card welcome" data-test="keys-empty">
        <span class="big-icon">${keyIcon(36)}</span>
        <h2>${this.t("keys.empty_title")}</h2>
        <p>${this.t("keys.empty_ask")}</p>
        <p>${this.t("keys.empty_neighbour")}</p>
      </section>
    `;
  }

  /** The user's own id, for a neighbour sharing a key with this Home Assistant user. */
  private renderReceive() {
    const id = this.hass?.user?.id;
    if (!id) return nothing;
    return html`
      <h2 class="section-title">${this.t("keys.receive")}</h2>
      <section class="card">
        <p class="secondary receive-hint">${this.t("keys.receive_hint")}</p>
        <div class="receive">
          <code data-test="my-user-code">${id}</code>
          <button type="button" class="secondary-action" @click=${() => this.copyUserCode(id)}>
            ${this.t("keys.copy")}
          </button>
        </div>
      </section>
    `;
  }

  private async copyUserCode(id: string): Promise<void> {
    this.showToast(this.t((await copyText(id)) ? "keys.copied_code" : "keys.copy_failed"));
  }

  private renderRevokeConfirm(share: ShareRow) {
    const who = shareWho(this.language, share);
    const door = share.door_name ?? share.door_id;
    return html`
      <div class="dialog-backdrop sheet"
        @click=${(event: Event) => {
          if (event.target === event.currentTarget && !this._revokeBusy) this._revoking = undefined;
        }}>
        <div class="dialog revoke-dialog" role="alertdialog" aria-modal="true"
          aria-labelledby="revoke-title"
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === "Escape" && !this._revokeBusy) this._revoking = undefined;
            else if (this.shadowRoot) keepTabInside(event, this.shadowRoot, event.currentTarget as Element);
          }}>
          <h2 id="revoke-title">${this.t("keys.revoke_title")}</h2>
          <p>${this.t("keys.revoke_body", { who, door })}</p>
          <p class="secondary">${this.t(`keys.revoke_what_${share.kind}`)}</p>
          ${this._error ? html`<p class="error" role="alert" data-test="error">${this._error}</p>` : nothing}
          <div class="actions">
            <button type="button" class="secondary-action big" ?disabled=${this._revokeBusy}
              @click=${() => (this._revoking = undefined)}>${this.t("keys.cancel")}</button>
            <button type="button" class="danger big" data-test="confirm-yes" ?disabled=${this._revokeBusy}
              @click=${() => void this.revoke()}>
              ${this._revokeBusy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
              ${this.t("keys.revoke")}
            </button>
          </div>
        </div>
      </div>
    `;
  }

  /** The dialog shows the new share itself; the door's count of shares left is read again. */
  private shareCreated(_share: NewShare): void {
    void this.load();
  }
}
