/**
 * A group of ticked choices: the doors and key bundles a grant, an emergency key or an
 * organisation covers. The three dialogs ask the same question, so they show the same list;
 * each keeps its own record of what is ticked and its own `data-test` hook.
 */

import { html, nothing } from "lit";
import type { TemplateResult } from "lit";

/** One choice: its id (sent to the server), its name, and a line under it where useful. */
export interface CheckItem {
  id: string;
  name: string;
  detail?: string;
}

export interface CheckListOptions {
  /** The group's accessible name (the heading above it says the same). */
  label: string;
  /** The `data-test` hook of each box; `data-id` holds the item's id. */
  test: string;
  items: readonly CheckItem[];
  checked: (id: string) => boolean;
  toggle: (id: string, on: boolean) => void;
}

export function checkList(options: CheckListOptions): TemplateResult {
  return html`<div class="checks" role="group" aria-label=${options.label}>
    ${options.items.map(
      (item) =>
        html`<label class="inline">
          <input
            type="checkbox"
            data-test=${options.test}
            data-id=${item.id}
            .checked=${options.checked(item.id)}
            @change=${(event: Event) =>
              options.toggle(item.id, (event.target as HTMLInputElement).checked)}
          />
          <span
            >${item.name}${item.detail === undefined
              ? nothing
              : html`<div class="secondary">${item.detail}</div>`}</span
          >
        </label>`,
    )}
  </div>`;
}
