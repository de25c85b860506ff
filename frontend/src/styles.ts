/**
 * The panels' shared look, on Home Assistant's own CSS variables, so a theme and dark mode
 * apply without any code of ours: cards, buttons, form fields, tables, chips and the
 * top bar with the sidebar button on narrow screens.
 */

import { css } from "lit";
import { fromZoneInput } from "./wall-clock";

export const panelStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    box-sizing: border-box;
    color: var(--primary-text-color);
    background: var(--primary-background-color);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
    -webkit-font-smoothing: antialiased;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: 8px;
    height: var(--header-height, 56px);
    padding: 0 12px;
    box-sizing: border-box;
    background: var(--app-header-background-color, var(--primary-color));
    color: var(--app-header-text-color, var(--text-primary-color, #fff));
    border-bottom: var(--app-header-border-bottom, none);
    position: sticky;
    top: 0;
    z-index: 2;
  }
  .toolbar h1 {
    font-size: 20px;
    font-weight: 400;
    margin: 0;
    flex: 1;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .menu-button {
    background: none;
    border: none;
    color: inherit;
    width: 40px;
    height: 40px;
    padding: 0;
    border-radius: 50%;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  .menu-button:hover {
    background: rgba(127, 127, 127, 0.2);
  }
  .content {
    padding: 16px;
    max-width: 1200px;
    margin: 0 auto;
    box-sizing: border-box;
  }
  .card {
    background: var(--ha-card-background, var(--card-background-color, #fff));
    border-radius: var(--ha-card-border-radius, 12px);
    border: 1px solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    margin-bottom: 16px;
  }
  .card h2 {
    font-size: 18px;
    font-weight: 500;
    margin: 0 0 12px;
  }
  .card h3 {
    font-size: 15px;
    font-weight: 500;
    margin: 16px 0 8px;
  }
  .secondary {
    color: var(--secondary-text-color);
    font-size: 14px;
  }
  button,
  .button {
    font: inherit;
    font-size: 14px;
    font-weight: 500;
    min-height: 36px;
    padding: 0 16px;
    border-radius: 18px;
    border: 1px solid var(--primary-color);
    background: var(--primary-color);
    color: var(--text-primary-color, #fff);
    cursor: pointer;
  }
  button.secondary-action {
    background: transparent;
    color: var(--primary-color);
  }
  button.danger {
    background: var(--error-color, #db4437);
    border-color: var(--error-color, #db4437);
    color: #fff;
  }
  button.big {
    min-height: 48px;
    font-size: 16px;
    border-radius: 24px;
    padding: 0 24px;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  label {
    display: block;
    font-size: 13px;
    color: var(--secondary-text-color);
    margin: 8px 0 4px;
  }
  label.inline {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    font-size: 14px;
    color: var(--primary-text-color);
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 16px;
    box-sizing: border-box;
    width: 100%;
    min-height: 40px;
    padding: 8px 10px;
    border-radius: 6px;
    border: 1px solid var(--divider-color, #ccc);
    background: var(--input-fill-color, var(--secondary-background-color, transparent));
    color: var(--primary-text-color);
  }
  input[type="checkbox"],
  input[type="radio"] {
    width: 20px;
    min-height: 20px;
    height: 20px;
    accent-color: var(--primary-color);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 14px;
  }
  th {
    text-align: start;
    font-weight: 500;
    color: var(--secondary-text-color);
    border-bottom: 1px solid var(--divider-color);
    padding: 6px 8px;
  }
  td {
    border-bottom: 1px solid var(--divider-color);
    padding: 8px;
    vertical-align: top;
  }
  tr.clickable {
    cursor: pointer;
  }
  tr.clickable:hover {
    background: var(--secondary-background-color);
  }
  .chip {
    display: inline-block;
    font-size: 12px;
    line-height: 20px;
    padding: 0 8px;
    border-radius: 10px;
    background: var(--secondary-background-color);
    color: var(--primary-text-color);
    white-space: nowrap;
  }
  .chip.ok {
    background: color-mix(in srgb, var(--success-color, #43a047) 20%, transparent);
  }
  .chip.warn {
    background: color-mix(in srgb, var(--warning-color, #ffa600) 25%, transparent);
  }
  .chip.bad {
    background: color-mix(in srgb, var(--error-color, #db4437) 20%, transparent);
  }
  .row {
    display: flex;
    gap: 8px;
    flex-wrap: wrap;
    align-items: center;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 360px), 1fr));
    gap: 16px;
    align-items: start;
  }
  .error {
    color: var(--error-color, #db4437);
    margin: 8px 0;
  }
  .toast {
    position: fixed;
    inset-inline: 16px;
    bottom: 16px;
    margin: 0 auto;
    max-width: 480px;
    padding: 12px 16px;
    border-radius: 8px;
    background: var(--primary-text-color);
    color: var(--primary-background-color);
    z-index: 10;
  }
  .dialog-backdrop {
    position: fixed;
    inset: 0;
    background: rgba(0, 0, 0, 0.45);
    display: flex;
    align-items: center;
    justify-content: center;
    z-index: 9;
    padding: 16px;
  }
  .dialog {
    background: var(--card-background-color, #fff);
    color: var(--primary-text-color);
    border-radius: 16px;
    padding: 20px;
    width: min(560px, 100%);
    max-height: calc(100vh - 32px);
    overflow: auto;
    box-sizing: border-box;
  }
  .dialog h2 {
    margin-top: 0;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 16px;
    flex-wrap: wrap;
  }
  .empty {
    color: var(--secondary-text-color);
    padding: 16px 0;
    text-align: center;
  }
`;

/** The sidebar toggle Home Assistant's own panels show on narrow screens. */
export const MENU_ICON =
  "M3,6H21V8H3V6M3,11H21V13H3V11M3,16H21V18H3V16Z";

/** Ask Home Assistant's shell to open or close the sidebar (what `ha-menu-button` does). */
export function toggleMenu(from: HTMLElement): void {
  from.dispatchEvent(new Event("hass-toggle-menu", { bubbles: true, composed: true }));
}

/** An ISO 8601 time with offset for a `datetime-local` input's value (the building's clock). */
export function fromLocalInput(value: string, zone: string | undefined): string | undefined {
  if (!value) return undefined;
  return fromZoneInput(value, zone)?.toISOString();
}
