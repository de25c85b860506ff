/**
 * The administrators' panel ("Digital Key" in the sidebar): a top bar, the page tabs, the
 * page shown, and the toast.
 *
 * The shell stays thin: every page is its own element with `.hass`, `.api`, `.language`,
 * `.narrow` and `.revision`. Pages open each other with a `dk-navigate` event and confirm
 * with `dk-toast`; the shell keeps the page in the URL (`/digitalkey?page=person&id=…`),
 * so a reload or the back button lands where one was, and holds the building's one
 * subscription: each change notice (debounced) moves `revision` on and the page shown
 * re-reads what it shows. The tabs are a list (`NAV`), so later pages (licences, service
 * jobs, fob orders) slot in with one line each.
 */

import { LitElement, css, html, nothing, svg } from "lit";
import type { PropertyValues, TemplateResult } from "lit";
import type { HomeAssistant, PanelInfo } from "../hass";
import { localize, panelLanguage } from "../i18n";
import type { Language } from "../i18n";
import { MENU_ICON, panelStyles, toggleMenu } from "../styles";
import { Api, loadErrorTexts } from "../ws";
import type { NavigateDetail, PageName } from "./page-base";
import "./batteries-page";
import "./door-page";
import "./organisations-page";
import "./overview-page";
import "./person-page";

interface NavItem {
  page: PageName;
  label: string;
  test: string;
}

/** The tabs, in order; the person and door pages live under the overview. */
const NAV: readonly NavItem[] = [
  { page: "overview", label: "cc.nav.overview", test: "nav-overview" },
  { page: "batteries", label: "batt.nav", test: "nav-batteries" },
  { page: "bundles", label: "cc.nav.bundles", test: "nav-bundles" },
  { page: "organisations", label: "org.nav", test: "nav-organisations" },
  { page: "import", label: "cc.nav.import", test: "nav-import" },
  { page: "events", label: "cc.nav.events", test: "nav-events" },
  { page: "access", label: "cc.nav.access", test: "nav-access" },
];

const PAGES: ReadonlySet<string> = new Set<PageName>([
  ...NAV.map((item) => item.page),
  "person",
  "door",
]);
/** How long change notices are gathered before the page re-reads (a bulk import sends many). */
const RELOAD_DEBOUNCE_MS = 300;
const TOAST_MS = 6000;

interface Place {
  page: PageName;
  id: string;
}

/** The page the URL names; the overview for anything else. */
function placeOf(search: string): Place {
  const query = new URLSearchParams(search);
  const page = query.get("page") ?? "overview";
  const id = query.get("id") ?? "";
  if (!PAGES.has(page) || ((page === "person" || page === "door") && !id)) {
    return { page: "overview", id: "" };
  }
  return { page: page as PageName, id };
}

function urlOf(place: Place): string {
  if (place.page === "overview") return location.pathname;
  const query = new URLSearchParams({ page: place.page });
  if (place.id) query.set("id", place.id);
  return `${location.pathname}?${query.toString()}`;
}

export class DigitalKeyControlCenter extends LitElement {
  static override properties = {
    hass: { attribute: false },
    narrow: { type: Boolean },
    panel: { attribute: false },
    place: { state: true },
    revision: { state: true },
    toastText: { state: true },
    textsLoaded: { state: true },
  };

  declare hass: HomeAssistant;
  declare narrow: boolean;
  declare panel: PanelInfo;
  declare place: Place;
  declare revision: number;
  declare toastText: string;
  declare textsLoaded: boolean;

  private api: Api | undefined;
  private apiEntry: string | undefined;
  private unsubscribe: Promise<(() => Promise<void>) | undefined> | undefined;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;

  static override styles = [
    panelStyles,
    css`
      .tabs {
        display: flex;
        gap: 4px;
        overflow-x: auto;
        padding: 0 8px;
        background: var(--app-header-background-color, var(--primary-color));
        scrollbar-width: none;
        position: sticky;
        top: var(--header-height, 56px);
        z-index: 2;
      }
      .tabs::-webkit-scrollbar {
        display: none;
      }
      .tabs a {
        flex: none;
        display: inline-flex;
        align-items: center;
        min-height: 48px;
        padding: 0 14px;
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        opacity: 0.75;
        text-decoration: none;
        font-weight: 500;
        font-size: 14px;
        border-bottom: 3px solid transparent;
        box-sizing: border-box;
        white-space: nowrap;
      }
      .tabs a[aria-current="page"] {
        opacity: 1;
        border-bottom-color: var(--app-header-text-color, var(--text-primary-color, #fff));
      }
      .tabs a:focus-visible {
        outline: 2px solid var(--app-header-text-color, #fff);
        outline-offset: -4px;
      }
      .toast {
        cursor: pointer;
      }
      .menu-button {
        padding: 0;
        min-height: 0;
        border: none;
        flex: none;
      }
      @media (max-width: 600px) {
        .content {
          padding: 8px;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.place = placeOf(location.search);
    this.revision = 0;
    this.toastText = "";
    this.textsLoaded = false;
    this.addEventListener("dk-navigate", (event) =>
      this.onNavigate(event as CustomEvent<NavigateDetail>),
    );
    this.addEventListener("dk-toast", (event) =>
      this.showToast((event as CustomEvent<{ message: string }>).detail?.message ?? ""),
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("popstate", this.onPopState);
    this.place = placeOf(location.search);
    if (this.hass) this.subscribe();
  }

  override disconnectedCallback(): void {
    window.removeEventListener("popstate", this.onPopState);
    clearTimeout(this.reloadTimer);
    clearTimeout(this.toastTimer);
    this.unsubscribeNow();
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hass) return;
    const entry = this.panel?.config?.entry_id;
    if (this.api === undefined || entry !== this.apiEntry) {
      this.api = new Api(() => this.hass, entry);
      this.apiEntry = entry;
      this.unsubscribeNow();
    }
    if (changed.has("hass") && !this.textsLoaded) {
      loadErrorTexts(this.hass).then(
        () => (this.textsLoaded = true),
        () => (this.textsLoaded = true),
      );
    }
    if (this.isConnected && this.unsubscribe === undefined) this.subscribe();
  }

  private subscribe(): void {
    const api = this.api;
    if (!api || this.unsubscribe !== undefined) return;
    this.unsubscribe = api
      .subscribe(() => {
        clearTimeout(this.reloadTimer);
        this.reloadTimer = setTimeout(() => (this.revision += 1), RELOAD_DEBOUNCE_MS);
      })
      .catch(() => undefined);
  }

  private unsubscribeNow(): void {
    const pending = this.unsubscribe;
    this.unsubscribe = undefined;
    pending?.then((stop) => stop?.()).catch(() => undefined);
  }

  private readonly onPopState = (): void => {
    this.place = placeOf(location.search);
  };

  private onNavigate(event: CustomEvent<NavigateDetail>): void {
    event.stopPropagation();
    const page = event.detail?.page;
    if (!page || !PAGES.has(page)) return;
    const place = { page, id: event.detail.id ?? "" };
    if (place.page === this.place.page && place.id === this.place.id) return;
    history.pushState(null, "", urlOf(place));
    this.place = place;
    window.scrollTo({ top: 0 });
  }

  private showToast(message: string): void {
    if (!message) return;
    this.toastText = message;
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => (this.toastText = ""), TOAST_MS);
  }

  private get language(): Language {
    return panelLanguage(this.hass?.language);
  }

  private tab(item: NavItem): TemplateResult {
    const current =
      item.page === this.place.page ||
      (item.page === "overview" && (this.place.page === "person" || this.place.page === "door"));
    return html`<a
      href=${urlOf({ page: item.page, id: "" })}
      data-test=${item.test}
      aria-current=${current ? "page" : nothing}
      @click=${(event: MouseEvent) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        this.onNavigate(new CustomEvent("dk-navigate", { detail: { page: item.page } }));
      }}
      >${localize(this.language, item.label)}</a
    >`;
  }

  private renderPage(): TemplateResult {
    const { hass, language, narrow, revision } = this;
    const api = this.api;
    const { page, id } = this.place;
    switch (page) {
      case "person":
        return html`<dk-person-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
          .personId=${id}
        ></dk-person-page>`;
      case "door":
        return html`<dk-door-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
          .doorId=${id}
        ></dk-door-page>`;
      case "batteries":
        return html`<dk-batteries-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
        ></dk-batteries-page>`;
      case "bundles":
        return html`<dk-bundles-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
        ></dk-bundles-page>`;
      case "organisations":
        return html`<dk-organisations-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
        ></dk-organisations-page>`;
      case "import":
        return html`<dk-import-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
        ></dk-import-page>`;
      case "events":
        return html`<dk-events-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
        ></dk-events-page>`;
      case "access":
        return html`<dk-access-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
        ></dk-access-page>`;
      default:
        return html`<dk-overview-page
          .hass=${hass}
          .api=${api}
          .language=${language}
          .narrow=${narrow}
          .revision=${revision}
        ></dk-overview-page>`;
    }
  }

  override render() {
    if (!this.hass) return nothing;
    const language = this.language;
    return html`<header class="toolbar">
        ${this.narrow
          ? html`<button
              class="menu-button"
              data-test="menu"
              aria-label=${localize(language, "cc.menu")}
              @click=${() => toggleMenu(this)}
            >
              <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
                ${svg`<path fill="currentColor" d=${MENU_ICON}></path>`}
              </svg>
            </button>`
          : nothing}
        <h1>${localize(language, "cc.title")}</h1>
      </header>
      <nav class="tabs" aria-label=${localize(language, "cc.nav.label")}>
        ${NAV.map((item) => this.tab(item))}
      </nav>
      <main class="content">${this.renderPage()}</main>
      ${this.toastText
        ? html`<div
            class="toast"
            data-test="toast"
            role="status"
            @click=${() => (this.toastText = "")}
          >
            ${this.toastText}
          </div>`
        : nothing}`;
  }
}
