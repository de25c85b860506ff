/**
 * "Are you sure?" for destructive actions, saying what goes with it.
 *
 * The page gives the heading, the sentences and the work to do on Yes (`confirm-yes`); the
 * dialog runs it, shows a refusal in place, and fires `dk-saved` once it is done.
 */

import { html } from "lit";
import { CcDialog } from "./dialog-base";
import { define } from "./page-base";

export class DkConfirmDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    heading: { attribute: false },
    lines: { attribute: false },
    yesLabel: { attribute: false },
    danger: { type: Boolean },
    action: { attribute: false },
  };

  declare heading: string;
  declare lines: string[];
  declare yesLabel: string;
  declare danger: boolean;
  declare action: () => Promise<unknown>;

  constructor() {
    super();
    this.lines = [];
    this.danger = true;
  }

  private async yes(): Promise<void> {
    let answer: unknown;
    if (await this.attempt(async () => void (answer = await this.action()))) this.saved(answer);
  }

  override render() {
    return this.frame(
      this.heading,
      this.lines.map((line) => html`<p>${line}</p>`),
      html`${this.cancelButton()}
        <button
          class=${this.danger ? "danger" : ""}
          data-test="confirm-yes"
          ?disabled=${this.busy}
          @click=${() => this.yes()}
        >
          ${this.yesLabel}
        </button>`,
      "confirm-dialog",
    );
  }
}

define("dk-confirm-dialog", DkConfirmDialog);
