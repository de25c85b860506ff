/** Every user's panel: the doors they may open, sharing a key, and the keys they shared. */

import { LitElement, css, html } from "lit";
import type { HomeAssistant, PanelInfo } from "../hass";
import { localize, panelLanguage } from "../i18n";

export class DigitalKeyMyKeys extends LitElement {
  static override properties = {
    hass: { attribute: false },
    narrow: { type: Boolean },
    panel: { attribute: false },
  };

  declare hass: HomeAssistant;
  declare narrow: boolean;
  declare panel: PanelInfo;

  static override styles = css`
    :host {
      display: block;
      padding: 16px;
      color: var(--primary-text-color);
      background: var(--primary-background-color);
      min-height: 100vh;
      box-sizing: border-box;
    }
  `;

  override render() {
    const language = panelLanguage(this.hass?.language);
    return html`<p>${localize(language, "common.loading")}</p>`;
  }
}
