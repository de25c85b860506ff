/**
 * Talking to the integration: websocket commands, refusals as text, change notices.
 *
 * Every command is `digitalkey/<noun>/<verb>` and carries the building's `entry_id` from
 * the panel's configuration. A refused command arrives as Home Assistant's error object
 * with a translation key of this integration; `errorText` shows it in the user's
 * language from the integration's own exception texts, falling back to the English
 * message, so a user never sees a stack trace or raw JSON.
 */

import type { CommandError, HomeAssistant } from "./hass";

export class Api {
  constructor(
    private readonly hass: () => HomeAssistant,
    private readonly entryId: string | undefined,
  ) {}

  /** The building this talks to (undefined: the only one loaded). */
  get entry(): string | undefined {
    return this.entryId;
  }

  /** Send `digitalkey/<command>` with `data`; rejects with a `CommandError`. */
  call<T>(command: string, data: Record<string, unknown> = {}): Promise<T> {
    const message: Record<string, unknown> = { type: `digitalkey/${command}`, ...data };
    if (this.entryId !== undefined) message["entry_id"] = this.entryId;
    return this.hass().callWS<T>(message);
  }

  /** Call `onChange` whenever the building's keys or doors change; returns the unsubscribe. */
  subscribe(onChange: (changed: string) => void): Promise<() => Promise<void>> {
    const message: Record<string, unknown> = { type: "digitalkey/subscribe" };
    if (this.entryId !== undefined) message["entry_id"] = this.entryId;
    return this.hass().connection.subscribeMessage<{ changed: string }>(
      (event) => onChange(event.changed),
      message,
    );
  }
}

let exceptionTexts: Promise<unknown> | undefined;

/** Load the integration's exception texts once, so `errorText` can translate refusals. */
export function loadErrorTexts(hass: HomeAssistant): Promise<unknown> {
  exceptionTexts ??= hass.loadBackendTranslation?.("exceptions", "digitalkey") ?? Promise.resolve();
  return exceptionTexts;
}

/** A refusal or failure as one readable sentence in the user's language. */
export function errorText(hass: HomeAssistant, error: unknown): string {
  const err = error as Partial<CommandError> | undefined;
  if (err?.translation_key && err.translation_domain === "digitalkey") {
    const text = hass.localize(
      `component.digitalkey.exceptions.${err.translation_key}.message`,
      err.translation_placeholders ?? {},
    );
    if (text) return text;
  }
  if (typeof err?.message === "string" && err.message) return err.message;
  return String(error);
}
