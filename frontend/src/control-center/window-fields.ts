/**
 * The "from" and "until" fields of a window in time, side by side: a grant's and an
 * organisation's. The values are `datetime-local` text (see `time-input.ts`); each dialog
 * keeps its own and its own ids and `data-test` hooks.
 */

import { html } from "lit";
import type { TemplateResult } from "lit";

/** One end of the window: its input's id and hook, its label, value and setter. */
export interface TimeField {
  id: string;
  test: string;
  label: string;
  value: string;
  set: (value: string) => void;
}

function timeField(field: TimeField): TemplateResult {
  return html`<div>
    <label for=${field.id}>${field.label}</label>
    <input
      id=${field.id}
      type="datetime-local"
      data-test=${field.test}
      .value=${field.value}
      @input=${(event: Event) => field.set((event.target as HTMLInputElement).value)}
    />
  </div>`;
}

export function windowFields(from: TimeField, until: TimeField): TemplateResult {
  return html`<div class="field-row">${timeField(from)} ${timeField(until)}</div>`;
}
