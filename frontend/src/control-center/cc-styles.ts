/**
 * The control center's own layout on top of the shared panel look: list rows that are
 * links, wide tables that scroll sideways on a phone, check lists, and pagers.
 */

import { css } from "lit";

export const ccStyles = css`
  :host {
    min-height: 0;
    background: transparent;
    container-type: inline-size;
  }
  .grid {
    margin-bottom: 16px;
  }
  .grid > div {
    display: flex;
    flex-direction: column;
    gap: 16px;
  }
  .grid > .card,
  .grid > div > .card {
    margin-bottom: 0;
  }
  .grid.overview {
    grid-template-columns: minmax(0, 1fr);
  }
  .grid.door-grid {
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 860px) {
    .grid.overview {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
    .grid.door-grid {
      grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    }
  }
  a {
    color: var(--primary-color);
  }
  .table-scroll {
    overflow-x: auto;
    -webkit-overflow-scrolling: touch;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .page-head {
    align-items: flex-start;
    margin: 4px 0 16px;
  }
  .page-title {
    font-size: 24px;
    font-weight: 400;
    margin: 0 0 4px;
  }
  .nowrap {
    white-space: nowrap;
  }
  .list {
    display: flex;
    flex-direction: column;
  }
  a.item {
    display: flex;
    align-items: center;
    gap: 12px;
    min-height: 56px;
    padding: 8px 4px;
    border-bottom: 1px solid var(--divider-color);
    color: inherit;
    text-decoration: none;
    box-sizing: border-box;
  }
  a.item:last-child {
    border-bottom: none;
  }
  a.item:hover,
  a.item:focus-visible {
    background: var(--secondary-background-color);
  }
  a.item:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: -2px;
  }
  .item-main {
    flex: 1;
    min-width: 0;
  }
  .item-title {
    font-weight: 500;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-sub {
    color: var(--secondary-text-color);
    font-size: 13px;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-side {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    max-width: 55%;
  }
  .entries {
    display: flex;
    flex-direction: column;
  }
  .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 4px 12px;
    padding: 10px 0;
    border-bottom: 1px solid var(--divider-color);
  }
  .entry:last-child {
    border-bottom: none;
  }
  .entry-check {
    flex: none;
    display: flex;
    align-items: center;
    min-height: 24px;
  }
  .entry-main {
    flex: 1 1 220px;
    min-width: 0;
  }
  .entry-main .item-title {
    white-space: normal;
  }
  .entry-main > div {
    margin-top: 2px;
  }
  .entry-side {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
    justify-content: flex-end;
  }
  .entry-side button {
    min-height: 32px;
    padding: 0 12px;
    font-size: 13px;
  }
  .title-chips {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 4px;
    vertical-align: middle;
    margin-inline-start: 6px;
  }
  .chips-line {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 4px;
  }
  .count {
    font-variant-numeric: tabular-nums;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    flex-wrap: wrap;
    margin-bottom: 12px;
  }
  .head h2 {
    margin: 0;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 200px), 1fr));
    gap: 4px 12px;
    margin: 4px 0 8px;
  }
  .checks label.inline,
  label.check {
    display: flex;
    align-items: center;
    gap: 10px;
    min-height: 44px;
    margin: 0;
    font-size: 15px;
    color: var(--primary-text-color);
    cursor: pointer;
  }
  .pick-list {
    max-height: min(320px, 40vh);
    overflow-y: auto;
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding: 4px 8px;
    grid-template-columns: minmax(0, 1fr);
  }
  .checks .secondary {
    font-size: 12px;
  }
  .field-row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
    gap: 0 12px;
  }
  .hint {
    color: var(--secondary-text-color);
    font-size: 13px;
    margin: 4px 0 0;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 6px 16px;
    margin: 0;
  }
  .facts dt {
    color: var(--secondary-text-color);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    flex-wrap: wrap;
    padding-top: 12px;
  }
  .back {
    display: inline-flex;
    align-items: center;
    min-height: 40px;
    text-decoration: none;
    font-weight: 500;
  }
  .pin-once {
    font-size: 32px;
    letter-spacing: 6px;
    font-variant-numeric: tabular-nums;
    font-family: var(--code-font-family, monospace);
    padding: 12px 16px;
    border-radius: 8px;
    background: var(--secondary-background-color);
    text-align: center;
    margin: 12px 0;
  }
  td.actions-cell {
    text-align: end;
    white-space: nowrap;
  }
  td.actions-cell button {
    margin: 2px 0 2px 4px;
  }
  button.small {
    min-height: 32px;
    padding: 0 12px;
    font-size: 13px;
  }
  .radio-list {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 4px 0 8px;
  }
  /* A choice whose hint wraps on a phone keeps its radio button whole and in line. */
  .radio-list input[type="radio"] {
    flex: none;
  }
  .busy {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 12px 0;
  }
  .spinner {
    width: 20px;
    height: 20px;
    border-radius: 50%;
    border: 3px solid var(--divider-color);
    border-top-color: var(--primary-color);
    animation: spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .weekdays {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .weekdays label {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    margin: 0;
    min-height: 36px;
    padding: 0 10px;
    border-radius: 18px;
    border: 1px solid var(--divider-color);
    color: var(--primary-text-color);
    font-size: 14px;
    cursor: pointer;
  }
  .weekdays input {
    width: 16px;
    height: 16px;
    min-height: 16px;
  }
  .schedule-window {
    border: 1px solid var(--divider-color);
    border-radius: 8px;
    padding: 8px 12px;
    margin: 8px 0;
  }
  @media (max-width: 600px) {
    .content {
      padding: 8px;
    }
    .card {
      padding: 12px;
    }
    button {
      min-height: 44px;
    }
    button.small,
    .entry-side button {
      min-height: 40px;
    }
    .entry-side {
      justify-content: flex-start;
    }
    .item-side {
      max-width: 50%;
    }
  }
`;
