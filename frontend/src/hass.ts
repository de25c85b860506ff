/**
 * The part of Home Assistant's frontend object (`hass`) the panels use, typed.
 *
 * Home Assistant hands every custom panel this object as its `hass` property and replaces
 * it whenever anything changes; the panels read the language, the user and the theme from
 * it and talk to the integration only through `callWS` and `connection.subscribeMessage`.
 */

export interface HassUser {
  id: string;
  name: string;
  is_admin: boolean;
  is_owner: boolean;
}

export interface HassEntityState {
  entity_id: string;
  state: string;
  attributes: Record<string, unknown>;
}

export interface HassConnection {
  subscribeMessage<T>(
    callback: (message: T) => void,
    subscribeMessage: Record<string, unknown>,
  ): Promise<() => Promise<void>>;
}

export interface HomeAssistant {
  language: string;
  locale?: { language: string };
  user?: HassUser;
  themes?: { darkMode?: boolean };
  /** Home Assistant's configuration: `time_zone` is the building's (see wall-clock.ts). */
  config?: { time_zone?: string };
  states: Record<string, HassEntityState>;
  connection: HassConnection;
  callWS<T>(message: Record<string, unknown>): Promise<T>;
  localize(key: string, placeholders?: Record<string, unknown>): string;
  loadBackendTranslation?(category: string, integration?: string): Promise<unknown>;
}

/** What `panel_custom` passes as `panel`: our `config` holds the building's entry id. */
export interface PanelInfo {
  config?: { entry_id?: string };
}

/** An error as Home Assistant's websocket sends it for a refused command. */
export interface CommandError {
  code: string;
  message: string;
  translation_key?: string;
  translation_domain?: string;
  translation_placeholders?: Record<string, string>;
}
