/**
 * A key's weekly times: none (at any time), or windows of weekdays with a start and end in
 * the building's local time, as `grant_access` takes them. An end before the start runs
 * overnight; the server checks every window and says in words what is wrong with one.
 */

import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import type { ScheduleWindow } from "./data";

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** The short weekday names in the user's locale, Monday first. */
export function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  // 2024-01-01 was a Monday.
  return WEEKDAYS.map((_, index) => format.format(new Date(Date.UTC(2024, 0, 1 + index))));
}

export function defaultWindow(): ScheduleWindow {
  return { weekdays: ["mon", "tue", "wed", "thu", "fri"], start: "07:00", end: "17:00" };
}

type Translate = (key: string, placeholders?: Record<string, string | number>) => string;

/**
 * The editor's markup; `onChange` gets the new list (null: at any time). Kept as a
 * function of the dialog's state rather than an element, so the dialog owns one value.
 */
export function scheduleEditor(
  t: Translate,
  locale: string,
  schedule: ScheduleWindow[] | null,
  onChange: (schedule: ScheduleWindow[] | null) => void,
): TemplateResult {
  const names = weekdayNames(locale);
  const windows = schedule ?? [];
  const put = (index: number, window: ScheduleWindow) =>
    onChange(windows.map((old, at) => (at === index ? window : old)));
  return html`<label class="check">
      <input
        type="checkbox"
        data-test="grant-schedule"
        .checked=${schedule !== null}
        @change=${(event: Event) =>
          onChange((event.target as HTMLInputElement).checked ? [defaultWindow()] : null)}
      />
      ${t("cc.schedule.limited")}
    </label>
    ${schedule === null
      ? html`<p class="hint">${t("cc.schedule.any_time")}</p>`
      : html`${windows.map(
            (window, index) =>
              html`<div class="schedule-window" data-test="schedule-window">
                <div class="weekdays" role="group" aria-label=${t("cc.schedule.weekdays")}>
                  ${WEEKDAYS.map(
                    (day, dayIndex) =>
                      html`<label>
                        <input
                          type="checkbox"
                          data-test="schedule-day"
                          data-day=${day}
                          .checked=${window.weekdays.includes(day)}
                          @change=${(event: Event) => {
                            const on = (event.target as HTMLInputElement).checked;
                            const days = WEEKDAYS.filter((d) =>
                              d === day ? on : window.weekdays.includes(d),
                            );
                            put(index, { ...window, weekdays: days });
                          }}
                        />${names[dayIndex]}
                      </label>`,
                  )}
                </div>
                <div class="field-row">
                  <div>
                    <label>${t("cc.schedule.start")}</label>
                    <input
                      type="time"
                      data-test="schedule-start"
                      .value=${window.start}
                      @change=${(event: Event) =>
                        put(index, { ...window, start: (event.target as HTMLInputElement).value })}
                    />
                  </div>
                  <div>
                    <label>${t("cc.schedule.end")}</label>
                    <input
                      type="time"
                      data-test="schedule-end"
                      .value=${window.end}
                      @change=${(event: Event) =>
                        put(index, { ...window, end: (event.target as HTMLInputElement).value })}
                    />
                  </div>
                </div>
                ${windows.length > 1
                  ? html`<div class="actions">
                      <button
                        type="button"
                        class="secondary-action small"
                        @click=${() => onChange(windows.filter((_, at) => at !== index))}
                      >
                        ${t("cc.schedule.remove_window")}
                      </button>
                    </div>`
                  : nothing}
              </div>`,
          )}
          <button
            type="button"
            class="secondary-action small"
            data-test="schedule-add"
            @click=${() => onChange([...windows, defaultWindow()])}
          >
            ${t("cc.schedule.add_window")}
          </button>
          <p class="hint">${t("cc.schedule.overnight_hint")}</p>`}`;
}
