/**
 * Picking one person by typing part of a name or a phone number.
 *
 * Used by the event log and the access check. A building has hundreds of residents, so a
 * select list would be unusable; the picker shows the first matches under the field as the
 * caretaker types. Names match ignoring case and accents (`Asmund` finds `Åsmund`); phone
 * numbers match on their digits, with or without country code, so `+47 912 34 567`,
 * `91234567` and `004791234567` all find `+4791234567`.
 */

import { LitElement, css, html, nothing, type PropertyDeclarations } from "lit";
import { localize, type Language } from "../i18n";
import { panelStyles } from "../styles";
import type { OverviewPerson } from "./tools-types";

const MAX_MATCHES = 8;
const MIN_PHONE_DIGITS = 3;

/** Lower case without accents; `ø` and `æ` spelled out as the import's reader folds them. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
}

/** Whether a typed phone number (any spacing, `+` or `00` prefix) is part of `phone`. */
function phoneMatches(typed: string, phone: string | null): boolean {
  if (!phone) return false;
  const digits = typed.replace(/\D/g, "").replace(/^00/, "");
  return digits.length >= MIN_PHONE_DIGITS && phone.replace(/\D/g, "").includes(digits);
}

/** The people whose name (or dwelling) contains `query`, or whose phone has its digits. */
export function matchPeople(people: readonly OverviewPerson[], query: string): OverviewPerson[] {
  const folded = foldText(query.trim());
  if (!folded) return [];
  return people.filter(
    (person) =>
      foldText(person.name).includes(folded) ||
      (person.dwelling !== null && foldText(person.dwelling) === folded) ||
      phoneMatches(query, person.phone),
  );
}

export class DkPersonPicker extends LitElement {
  static override properties: PropertyDeclarations = {
    people: { attribute: false },
    value: { type: String },
    language: { type: String },
    label: { type: String },
    test: { type: String },
    query: { state: true },
    active: { state: true },
    open: { state: true },
  };

  declare people: OverviewPerson[];
  /** The picked person's id; empty for none. */
  declare value: string;
  declare language: Language;
  declare label: string;
  /** The `data-test` name of the text field. */
  declare test: string;
  declare query: string;
  declare active: number;
  declare open: boolean;

  static override styles = [
    panelStyles,
    css`
      :host {
        display: block;
        min-height: 0;
        background: transparent;
        position: relative;
      }
      .picked {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 40px;
        padding: 0 4px 0 10px;
        border-radius: 6px;
        border: 1px solid var(--divider-color, #ccc);
        background: var(--input-fill-color, var(--secondary-background-color, transparent));
      }
      .picked span {
        flex: 1;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .clear {
        background: none;
        border: none;
        color: var(--secondary-text-color);
        min-height: 36px;
        width: 36px;
        padding: 0;
        font-size: 20px;
      }
      ul {
        position: absolute;
        inset-inline: 0;
        top: 100%;
        z-index: 5;
        list-style: none;
        margin: 2px 0 0;
        padding: 4px 0;
        background: var(--card-background-color, #fff);
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        box-shadow: 0 4px 12px rgba(0, 0, 0, 0.2);
        max-height: 320px;
        overflow: auto;
      }
      li {
        padding: 8px 12px;
        min-height: 28px;
        cursor: pointer;
      }
      li[aria-selected="true"],
      li:hover {
        background: var(--secondary-background-color);
      }
      li .secondary {
        display: block;
        font-size: 12px;
      }
    `,
  ];

  constructor() {
    super();
    this.people = [];
    this.value = "";
    this.language = "en";
    this.label = "";
    this.test = "person-picker";
    this.query = "";
    this.active = 0;
    this.open = false;
  }

  /** Closes the list a moment after the field loses the focus (a click on it lands first). */
  private closeTimer: number | undefined;

  /** Open the list, and keep a close pending from an earlier blur from shutting it. */
  private openList(): void {
    window.clearTimeout(this.closeTimer);
    this.open = true;
  }

  private get found(): OverviewPerson[] {
    return matchPeople(this.people, this.query).slice(0, MAX_MATCHES);
  }

  private pick(id: string): void {
    this.value = id;
    this.query = "";
    this.open = false;
    this.dispatchEvent(new CustomEvent("person-picked", { detail: { id } }));
  }

  private onKey(event: KeyboardEvent): void {
    const matches = this.found;
    if (event.key === "ArrowDown") {
      this.active = Math.min(this.active + 1, matches.length - 1);
      this.openList();
    } else if (event.key === "ArrowUp") {
      this.active = Math.max(this.active - 1, 0);
    } else if (event.key === "Enter") {
      const person = matches[this.active];
      if (person) this.pick(person.id);
    } else if (event.key === "Escape") {
      this.open = false;
      return;
    } else {
      return;
    }
    event.preventDefault();
  }

  override render() {
    const picked = this.value ? this.people.find((person) => person.id === this.value) : undefined;
    if (this.value) {
      return html`<div class="picked" data-test="${this.test}-picked" data-id=${this.value}>
        <span>${picked?.name ?? this.value}${picked?.dwelling
            ? html` <span class="secondary">· ${picked.dwelling}</span>`
            : nothing}</span>
        <button
          class="clear"
          title=${localize(this.language, "tools.picker.clear")}
          aria-label=${localize(this.language, "tools.picker.clear")}
          @click=${() => this.pick("")}
        >
          ×
        </button>
      </div>`;
    }
    const matches = this.open ? this.found : [];
    return html`<input
        type="search"
        data-test=${this.test}
        aria-label=${this.label}
        placeholder=${localize(this.language, "tools.picker.placeholder")}
        autocomplete="off"
        .value=${this.query}
        @input=${(event: Event) => {
          this.query = (event.target as HTMLInputElement).value;
          this.active = 0;
          this.openList();
        }}
        @keydown=${this.onKey}
        @focus=${() => this.openList()}
        @blur=${() => (this.closeTimer = window.setTimeout(() => (this.open = false), 150))}
      />
      ${this.open && this.query.trim()
        ? html`<ul role="listbox">
            ${matches.length
              ? matches.map(
                  (person, index) =>
                    html`<li
                      role="option"
                      data-test="person-option"
                      data-id=${person.id}
                      aria-selected=${index === this.active ? "true" : "false"}
                      @mousedown=${(event: Event) => event.preventDefault()}
                      @click=${() => this.pick(person.id)}
                    >
                      ${person.name}
                      <span class="secondary"
                        >${[person.dwelling, person.phone].filter(Boolean).join(" · ")}</span
                      >
                    </li>`,
                )
              : html`<li class="secondary">${localize(this.language, "tools.picker.none")}</li>`}
          </ul>`
        : nothing}`;
  }
}
