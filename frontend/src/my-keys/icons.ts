/**
 * The few line icons My keys shows, drawn in the text colour (so themes and dark mode
 * apply) and hidden from screen readers: every button also says what it does in words.
 */

import { svg, type SVGTemplateResult } from "lit";

function icon(body: SVGTemplateResult, size = 24) {
  return svg`<svg class="icon" viewBox="0 0 24 24" width=${size} height=${size} aria-hidden="true"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"
    >${body}</svg>`;
}

export const lockedIcon = (size?: number) =>
  icon(svg`<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>
    <path d="M12 14.5v2"/>`, size);

export const unlockedIcon = (size?: number) =>
  icon(svg`<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 7.7-1.5"/>
    <path d="M12 14.5v2"/>`, size);

export const doorIcon = (size?: number) =>
  icon(svg`<path d="M6 21V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v17"/><path d="M3.5 21h17"/>
    <path d="M14.5 12.5h.01"/>`, size);

export const shareIcon = (size?: number) =>
  icon(svg`<circle cx="18" cy="5.5" r="2.5"/><circle cx="6" cy="12" r="2.5"/><circle cx="18" cy="18.5" r="2.5"/>
    <path d="M8.2 10.8l7.6-4.1M8.2 13.2l7.6 4.1"/>`, size);

export const keyIcon = (size?: number) =>
  icon(svg`<circle cx="7.5" cy="15.5" r="4"/><path d="M10.5 12.5 20 3M16.5 6.5l2.5 2.5M14 9l2 2"/>`, size);

export const copyIcon = (size?: number) =>
  icon(svg`<rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V5a1 1 0 0 1 1-1h9"/>`, size);

export const clockIcon = (size?: number) =>
  icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`, size);
