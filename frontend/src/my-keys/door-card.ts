/**
 * One door the user holds a key to: its name and lock state, whether the key opens now
 * (or when it next does), and a button for each thing the user may do there.
 *
 * Every door is named and has its own buttons: the user picks the door, the panel never
 * guesses "the nearest one". A door outside the key's hours keeps its Unlock button,
 * disabled, so the card reads the same at every hour and says when it opens: once, in the
 * server's words ("Opens today, 07:00", as the guest page says it), with the reason
 * beneath saying only why ("Outside its hours (Monday–Friday 07:00–17:00).").
 */

import { css, html, nothing } from "lit";
import type { HomeAssistant } from "../hass";
import { localize, type Language } from "../i18n";
import { doorIcon, lockedIcon, shareIcon, unlockedIcon, clockIcon } from "./icons";
import { canUnlatch, closedReason, formatWhen, lockState, mayLock, mayShare } from "./key-rules";
import type { DoorAction, DoorKey } from "./keys-api";

export interface DoorCardContext {
  hass: HomeAssistant;
  language: Language;
  locale: string;
  /** The building's time zone: a door's times are its own clock's. */
  zone: string | undefined;
  now: Date;
  /** The action under way at this door, if any. */
  busy: DoorAction | undefined;
  /** The refusal of the last action at this door. */
  error: string | undefined;
  /** Whether the user can share keys at all (a person of the building, not only a guest). */
  sharing: boolean;
  operate(door: DoorKey, action: DoorAction): void;
  share(door: DoorKey): void;
}

/** Lock states with a text of their own (`keys.state_<state>`). */
const KNOWN_STATES = new Set([
  "locked",
  "unlocked",
  "locking",
  "unlocking",
  "open",
  "opening",
  "jammed",
  "unavailable",
  "unknown",
]);

/** Lock states with a chip colour; any other state is shown as Home Assistant names it. */
const STATE_CHIP: Record<string, string> = {
  locked: "ok",
  unlocked: "warn",
  open: "warn",
  jammed: "bad",
  unavailable: "bad",
};

export function doorCard(door: DoorKey, ctx: DoorCardContext) {
  const t = (key: string, placeholders: Record<string, string | number> = {}) =>
    localize(ctx.language, key, placeholders);
  const state = lockState(ctx.hass, door);
  const busy = ctx.busy !== undefined;
  const unlatch = canUnlatch(ctx.hass, door);
  const button = (action: DoorAction, test: string, label: string, icon: unknown, primary: boolean, allowed: boolean) =>
    html`<button type="button" class="big ${primary ? "" : "secondary-action"}" data-test=${test}
      ?disabled=${busy || !allowed} aria-busy=${ctx.busy === action ? "true" : "false"}
      @click=${() => ctx.operate(door, action)}>
      ${ctx.busy === action ? html`<span class="spinner" aria-hidden="true"></span>` : icon}
      ${ctx.busy === action ? t(`keys.busy_${action}`) : label}
    </button>`;
  return html`
    <article class="card door" data-test="door-card" data-id=${door.door_id}
      data-opens=${door.opens_now ? "true" : "false"} aria-busy=${busy ? "true" : "false"}>
      <header class="door-head">
        <span class="door-icon ${door.opens_now ? "open" : ""}">${doorIcon(26)}</span>
        <h2>${door.door_name}</h2>
        ${state
          ? html`<span class="chip ${STATE_CHIP[state] ?? ""}" data-test="door-state">
              ${KNOWN_STATES.has(state) ? t(`keys.state_${state}`) : state}
            </span>`
          : nothing}
      </header>
      ${whenLine(door, ctx, t)}
      <div class="door-actions ${unlatch ? "three" : ""}">
        ${button("unlock", "door-open", t("keys.unlock"), unlockedIcon(20), true, door.opens_now)}
        ${button("lock", "door-lock", t("keys.lock"), lockedIcon(20), false, mayLock(door))}
        ${unlatch
          ? button("open", "door-unlatch", t("keys.open"), doorIcon(20), false, door.opens_now)
          : nothing}
      </div>
      ${ctx.error
        ? html`<p class="error door-error" role="alert" data-test="error">${ctx.error}</p>`
        : nothing}
      ${ctx.sharing && mayShare(door)
        ? html`<div class="door-share">
            <button type="button" class="share-button" data-test="share-open"
              @click=${() => ctx.share(door)}>
              ${shareIcon(20)} ${t("keys.share")}
            </button>
          </div>`
        : nothing}
    </article>
  `;
}

function whenLine(
  door: DoorKey,
  ctx: DoorCardContext,
  t: (key: string, placeholders?: Record<string, string | number>) => string,
) {
  if (door.opens_now) {
    return html`<p class="door-when ok">${t("keys.opens_now")}</p>`;
  }
  const reason = closedReason(door);
  return html`
    <p class="door-when closed" data-test="door-next">
      ${clockIcon(18)}
      <span>${door.opens_next
        ? t("keys.opens_next", {
            when: door.opens_next_text || formatWhen(ctx.locale, door.opens_next, ctx.now, ctx.zone),
          })
        : t("keys.opens_never")}</span>
    </p>
    ${reason ? html`<p class="secondary door-reason">${reason}</p>` : nothing}
  `;
}

export const doorCardStyles = css`
  .card.door {
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .door-head {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .door-head h2 {
    flex: 1;
    margin: 0;
    font-size: 20px;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .door-icon {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 44px;
    height: 44px;
    border-radius: 50%;
    flex: none;
    color: var(--secondary-text-color);
    background: var(--secondary-background-color);
  }
  .door-icon.open {
    color: var(--primary-color);
    background: color-mix(in srgb, var(--primary-color) 15%, transparent);
  }
  .door-when {
    margin: 0;
    font-size: 15px;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .door-when.ok {
    color: var(--success-color, #43a047);
  }
  .door-when.closed {
    color: var(--warning-color, #ffa600);
    font-weight: 500;
  }
  .door-reason {
    margin: -4px 0 0;
  }
  .door-actions {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 10px;
    margin-top: 4px;
  }
  /* With Open as well, Unlock gets the whole first row: the one most tapped, biggest. */
  .door-actions.three > :first-child {
    grid-column: 1 / -1;
  }
  .door-actions button.big {
    min-height: 56px;
    min-width: 0;
    font-size: 17px;
    padding: 0 12px;
    border-radius: 28px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .door-error {
    margin: 0;
  }
  .door-share {
    border-top: 1px solid var(--divider-color);
    margin: 2px -16px -8px;
    padding: 6px 8px 0;
  }
  .share-button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: 48px;
    padding: 0 12px;
    border: none;
    background: transparent;
    color: var(--primary-color);
    font-size: 15px;
  }
`;
