/**
 * The frame of every control-center dialog: a modal card over the page, closed with its
 * Cancel button or Escape (a tap beside it does not close it: a half-filled form would be
 * lost), the refusal of its last attempt shown inside it (`error` hook), and a busy state
 * that keeps the buttons from being pressed twice while the server answers.
 *
 * A dialog that saves something fires `dk-saved` (with what the server answered) and the
 * page closes it; Cancel fires `dk-close`. Tab stays inside the dialog, Enter in a field
 * presses its main button (the last one, unless it is a red one), and the control that
 * opened the dialog has the focus again once it is gone (`dialog-focus.ts`).
 */

import { html, nothing } from "lit";
import type { TemplateResult } from "lit";
import { deepActiveElement, focusBack, keepTabInside } from "../dialog-focus";
import { panelStyles } from "../styles";
import { ccStyles } from "./cc-styles";
import { CcElement } from "./page-base";

/** Inputs where Enter means something else than "save". */
const NO_ENTER_TYPES: ReadonlySet<string> = new Set([
  "checkbox",
  "radio",
  "button",
  "submit",
  "file",
  "search",
]);

export class CcDialog extends CcElement {
  static override properties = {
    ...CcElement.properties,
    error: { state: true },
    busy: { state: true },
  };

  static override styles = [panelStyles, ccStyles];

  declare error: string;
  declare busy: boolean;

  /** What had the focus when the dialog opened: it gets it back when the dialog closes. */
  private opener: HTMLElement | null = null;

  constructor() {
    super();
    this.error = "";
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.opener = deepActiveElement();
    // On the window: a button that turns busy loses the focus to the page's body.
    window.addEventListener("keydown", this.onKey);
  }

  override disconnectedCallback(): void {
    window.removeEventListener("keydown", this.onKey);
    super.disconnectedCallback();
    // After the page has drawn itself without the dialog (the opener may be drawn anew).
    const opener = this.opener;
    this.opener = null;
    setTimeout(() => focusBack(opener), 0);
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
      return;
    }
    const root = this.renderRoot as ShadowRoot;
    if (event.key === "Enter" && !event.isComposing) {
      this.enter(event, root.activeElement);
      return;
    }
    keepTabInside(event, root, root.querySelector(".dialog"));
  };

  /**
   * Enter in a text, number or date field presses the dialog's main button, as in a form;
   * on a button, a checkbox or in a text area Enter keeps its own meaning.
   */
  private enter(event: KeyboardEvent, active: Element | null): void {
    if (!(active instanceof HTMLInputElement) || this.busy || event.defaultPrevented) return;
    // A form submits itself; a search field only narrows a list.
    if (active.form || NO_ENTER_TYPES.has(active.type)) return;
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>(".dialog .actions button");
    const main = buttons[buttons.length - 1];
    // A red button (an emergency key, a removal) is pressed on purpose, never by Enter.
    if (!main || main.disabled || main.dataset["test"] === "dialog-cancel") return;
    if (main.classList.contains("danger")) return;
    event.preventDefault();
    main.click();
  }

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
