/**
 * What every page and dialog of the control center shares: its inputs from the shell, its
 * texts, and the two events it talks back with.
 *
 * The shell hands each page `.hass`, `.api`, `.language` and `.narrow`, plus `.revision`,
 * which it bumps (debounced) whenever the building's subscription says something changed;
 * a page re-reads what it shows when that happens. A page opens another page by firing
 * `dk-navigate` and confirms a change with `dk-toast`; both bubble out of shadow roots to
 * the shell, which owns the URL and the toast. The bundles, import, event log and access
 * check pages follow the same convention.
 */

import { html, LitElement } from "lit";
import type { PropertyValues, TemplateResult } from "lit";
import type { HomeAssistant } from "../hass";
import { localize } from "../i18n";
import type { Language } from "../i18n";
import { buildingZone } from "../wall-clock";
import { errorText } from "../ws";
import type { Api } from "../ws";

export type PageName =
  | "overview"
  | "person"
  | "door"
  | "bundles"
  | "organisations"
  | "import"
  | "events"
  | "access"
  | "batteries";

export interface NavigateDetail {
  page: PageName;
  id?: string;
}

/** Define a custom element once (the bundle may be loaded again after an update). */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

export class CcElement extends LitElement {
  static override properties = {
    hass: { attribute: false },
    api: { attribute: false },
    language: { attribute: false },
    narrow: { type: Boolean },
  };

  declare hass: HomeAssistant;
  declare api: Api;
  declare language: Language;
  declare narrow: boolean;

  /** This panel's text for `key` in the user's language. */
  t(key: string, placeholders: Record<string, string | number> = {}): string {
    return localize(this.language ?? "en", key, placeholders);
  }

  /**
   * The text for a count: `key_one` where the language says "one" (1 in all four
   * languages) and that text exists, else `key`; `{count}` is the number as the locale
   * writes it.
   */
  tp(key: string, count: number, placeholders: Record<string, string | number> = {}): string {
    const language = this.language ?? "en";
    const values = { count: this.num(count), ...placeholders };
    if (new Intl.PluralRules(language).select(count) === "one") {
      const one = `${key}_one`;
      const text = localize(language, one, values);
      if (text !== one) return text;
    }
    return localize(language, key, values);
  }

  /** The locale numbers and dates are written in (Home Assistant's own setting). */
  get locale(): string {
    return this.hass?.locale?.language ?? this.hass?.language ?? "en";
  }

  /** The building's time zone, in which every time on these pages is shown and typed. */
  get zone(): string | undefined {
    return buildingZone(this.hass);
  }

  /** A number as the user's locale writes it. */
  num(value: number): string {
    return value.toLocaleString(this.locale);
  }

  /**
   * A door's lock state: the lock entity's live state where Home Assistant has it (the
   * panel's `hass` changes with every state), else what the server last said.
   */
  lockState(door: { entity_id: string | null; lock_state: string | null }): string | null {
    const live = door.entity_id ? this.hass?.states?.[door.entity_id]?.state : undefined;
    return live ?? door.lock_state;
  }

  /** A refusal as a sentence in the user's language. */
  refusal(error: unknown): string {
    return errorText(this.hass, error);
  }

  toast(message: string): void {
    this.dispatchEvent(
      new CustomEvent("dk-toast", { detail: { message }, bubbles: true, composed: true }),
    );
  }

  navigate(page: PageName, id?: string): void {
    const detail: NavigateDetail = id === undefined ? { page } : { page, id };
    this.dispatchEvent(new CustomEvent("dk-navigate", { detail, bubbles: true, composed: true }));
  }

  /** A link's own URL, so a row opens in a new tab too; a plain click navigates in place. */
  href(page: PageName, id?: string): string {
    const query = new URLSearchParams({ page });
    if (id !== undefined) query.set("id", id);
    return `${location.pathname}?${query.toString()}`;
  }

  /** A row's click: a plain click opens the page here; with a modifier the browser decides. */
  follow(event: MouseEvent, page: PageName, id?: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    this.navigate(page, id);
  }
}

/** A page: re-reads its data when the shell's `revision` moves on. */
export class CcPage extends CcElement {
  static override properties = {
    ...CcElement.properties,
    revision: { type: Number },
  };

  declare revision: number;

  /** Read what the page shows; `quiet` keeps what is shown while it reloads. */
  load(_quiet: boolean): void {}

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("revision") && changed.get("revision") !== undefined) this.load(true);
  }

  /** The link back to the overview that a person's and a door's page begin with. */
  backToOverview(): TemplateResult {
    return html`<a
      class="back"
      data-test="back-overview"
      href=${this.href("overview")}
      @click=${(event: MouseEvent) => this.follow(event, "overview")}
      >← ${this.t("cc.nav.overview")}</a
    >`;
  }
}
