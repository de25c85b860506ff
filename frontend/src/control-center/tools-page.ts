/**
 * What the four board pages (bundles, import, event log, access check) have in common.
 *
 * The control center's shell hands each page `hass`, an `api`, the panel `language` and
 * `narrow`, and owns the top bar and the toast. A page reads what it shows through `load()`
 * and reads it again (debounced) whenever the integration says something changed, for as
 * long as it is on screen, so two caretakers at work never look at stale keys. Refusals
 * become one translated sentence in `error`; `dk-navigate` asks the shell to open a person
 * or a door, `dk-toast` to show a short confirmation.
 */

import {
  LitElement,
  css,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
} from "lit";
import type { HomeAssistant } from "../hass";
import { localize, panelLanguage, type Language } from "../i18n";
import { panelStyles } from "../styles";
import { buildingZone } from "../wall-clock";
import { type Api, errorText, loadErrorTexts } from "../ws";

/** How long a burst of change notices is gathered before the page reads again. */
const REFRESH_DELAY_MS = 300;

export type NavigateTarget = { page: "person" | "door"; id: string };

export class ToolsPage extends LitElement {
  static override properties: PropertyDeclarations = {
    hass: { attribute: false },
    api: { attribute: false },
    language: { type: String },
    narrow: { type: Boolean, reflect: true },
    error: { state: true },
  };

  declare hass: HomeAssistant;
  declare api: Api;
  declare language: Language;
  declare narrow: boolean;
  /** The last refusal or failure, as a sentence; empty when there is none. */
  declare error: string;

  private unsubscribe: Promise<() => Promise<void>> | undefined;
  /** The api the subscription runs on; a new api (another building) subscribes anew. */
  private watched: Api | undefined;
  private refreshTimer: number | undefined;

  static override styles: CSSResultGroup = [
    panelStyles,
    css`
      :host {
        min-height: 0;
        background: transparent;
      }
      .content {
        padding: 16px;
      }
      :host([narrow]) .content {
        padding: 12px 8px;
      }
      .card-head {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 8px;
        flex-wrap: wrap;
        margin-bottom: 12px;
      }
      .card-head h2 {
        margin: 0;
      }
      .link {
        background: none;
        border: none;
        padding: 0;
        min-height: 0;
        color: var(--primary-color);
        font-weight: inherit;
        text-align: start;
        cursor: pointer;
        border-radius: 0;
      }
      .link:hover {
        text-decoration: underline;
      }
      .counts {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 20px;
        margin: 4px 0 12px;
      }
      .count {
        display: flex;
        flex-direction: column;
      }
      .count strong {
        font-size: 22px;
        font-weight: 500;
      }
      .count span {
        color: var(--secondary-text-color);
        font-size: 13px;
      }
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 160px), 1fr));
        gap: 0 12px;
        align-items: end;
      }
      .hint {
        color: var(--secondary-text-color);
        font-size: 13px;
        margin: 4px 0 0;
      }
      .dialog h2 {
        font-size: 20px;
        font-weight: 500;
        line-height: 1.3;
      }
      input[type="radio"] {
        width: 20px;
        height: 20px;
        min-height: 20px;
        margin: 0;
        accent-color: var(--primary-color);
      }
      .stale {
        opacity: 0.6;
      }
      .checks {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 220px), 1fr));
        gap: 4px 12px;
      }
      .checks label.inline {
        min-height: 40px;
        margin: 0;
      }
      /* Tables become stacked rows on a phone: every cell on its own line, labelled. */
      @media (max-width: 640px) {
        table.stack thead {
          display: none;
        }
        table.stack tr {
          display: block;
          border-bottom: 1px solid var(--divider-color);
          padding: 8px 0;
        }
        table.stack td {
          display: block;
          border: none;
          padding: 2px 4px;
        }
        table.stack td[data-label]::before {
          content: attr(data-label) ": ";
          color: var(--secondary-text-color);
        }
        table.stack td.inline {
          display: inline-block;
          vertical-align: middle;
          width: auto;
          margin-inline-end: 8px;
        }
        button {
          min-height: 44px;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.narrow = false;
    this.error = "";
  }

  /** The panel language: what the shell passed, else the user's Home Assistant language. */
  protected get uiLanguage(): Language {
    return this.language ?? panelLanguage(this.hass?.language);
  }

  /** The building's time zone, in which the board pages show every time. */
  protected get zone(): string | undefined {
    return buildingZone(this.hass);
  }

  /** This page's text for `key` in the panel language. */
  protected t(key: string, placeholders: Record<string, string | number> = {}): string {
    return localize(this.uiLanguage, key, placeholders);
  }

  /** A count as the user's language writes it (`1 234`, `1,234`, `1.234`). */
  protected num(value: number): string {
    return new Intl.NumberFormat(this.uiLanguage).format(value);
  }

  /** Read what the page shows; called when the page appears and after change notices. */
  protected async load(): Promise<void> {}

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.api) this.startWatching();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("hass") && this.hass && !changed.get("hass")) void loadErrorTexts(this.hass);
    if (changed.has("api") && this.api && this.isConnected && this.api !== this.watched) {
      this.stopWatching();
      this.startWatching();
    }
  }

  private startWatching(): void {
    this.watched = this.api;
    void this.refresh();
    this.unsubscribe = this.api.subscribe(() => {
      window.clearTimeout(this.refreshTimer);
      this.refreshTimer = window.setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    });
    this.unsubscribe.catch(() => undefined);
  }

  private stopWatching(): void {
    window.clearTimeout(this.refreshTimer);
    const pending = this.unsubscribe;
    this.unsubscribe = undefined;
    this.watched = undefined;
    pending?.then((stop) => stop()).catch(() => undefined);
  }

  private async refresh(): Promise<void> {
    try {
      await this.load();
    } catch (err) {
      this.fail(err);
    }
  }

  /** Show a refusal or failure as a sentence in the user's language. */
  protected fail(err: unknown): void {
    this.error = errorText(this.hass, err);
  }

  /** Ask the shell to show a short confirmation. */
  protected toast(message: string): void {
    this.dispatchEvent(
      new CustomEvent("dk-toast", { detail: { message }, bubbles: true, composed: true }),
    );
  }

  /** Ask the shell to open a person's or a door's page. */
  protected navigate(page: NavigateTarget["page"], id: string): void {
    const detail: NavigateTarget = { page, id };
    this.dispatchEvent(new CustomEvent("dk-navigate", { detail, bubbles: true, composed: true }));
  }
}
