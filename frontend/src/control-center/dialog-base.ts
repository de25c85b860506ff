/**
 * The frame of every control-center dialog: a modal card over the page, closed with its
 * Cancel button or Escape (a tap beside it does not close it: a half-filled form would be
 * lost), the refusal of its last attempt shown inside it (`error` hook), and a busy state
 * that keeps the buttons from being pressed twice while the server answers.
 *
 * A dialog that saves something fires `dk-saved` (with what the server answered) and the
 * page closes it; Cancel fires `dk-close`.
 */

import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { panelStyles } from "../styles";
import { ccStyles } from "./cc-styles";
import { CcElement } from "./page-base";

export class CcDialog extends CcElement {
  static override properties = {
    ...CcElement.properties,
    error: { state: true },
    busy: { state: true },
  };

  static override styles = [panelStyles, ccStyles];

  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    this.error = "";
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On the window: a button that turns busy loses the focus to the page's body.
    window.addEventListener("keydown", this.onKey);
  }

  override disconnectedCallback(): void {
    window.removeEventListener("keydown", this.onKey);
    super.disconnectedCallback();
  }

  override firstUpdated(): void {
    const root = this.renderRoot;
    const first =
      root.querySelector<HTMLElement>("input:not([disabled]), select, textarea") ??
      root.querySelector<HTMLElement>("button.dialog-focus") ??
      root.querySelector<HTMLElement>("[data-test=dialog-cancel]");
    first?.focus();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape" && !this.busy) {
      event.stopPropagation();
      this.close();
    }
  };

  close(): void {
    this.dispatchEvent(new CustomEvent("dk-close", { bubbles: false, composed: false }));
  }

  saved(detail: unknown = {}): void {
    this.dispatchEvent(new CustomEvent("dk-saved", { detail, bubbles: false, composed: false }));
  }

  /** Run a server call: busy meanwhile, its refusal shown in the dialog; true when done. */
  async attempt(work: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = "";
    try {
      await work();
      return true;
    } catch (error) {
      this.error = this.refusal(error);
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** The dialog card: a heading, its body, the error line and the buttons. */
  frame(
    heading: string,
    body: TemplateResult | TemplateResult[] | typeof nothing,
    actions: TemplateResult,
    testId = "dialog",
  ): TemplateResult {
    return html`<div class="dialog-backdrop">
      <div class="dialog" role="dialog" aria-modal="true" aria-label=${heading} data-test=${testId}>
        <h2>${heading}</h2>
        ${body}
        ${this.error
          ? html`<p class="error" data-test="error" role="alert">${this.error}</p>`
          : nothing}
        <div class="actions">${actions}</div>
      </div>
    </div>`;
  }

  cancelButton(label = this.t("cc.cancel")): TemplateResult {
    return html`<button
      class="secondary-action"
      data-test="dialog-cancel"
      ?disabled=${this.busy}
      @click=${() => this.close()}
    >
      ${label}
    </button>`;
  }
}
