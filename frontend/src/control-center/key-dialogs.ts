/**
 * Two small dialogs about a person's keys: the sharing right of one key, and an emergency
 * key.
 *
 * Sharing (`digitalkey/grants/sharing`): turning it off revokes the shares made from the
 * key, and the dialog says so. A lower limit keeps shares already made.
 *
 * Emergency key (`digitalkey/emergency_keys/issue`): doors and bundles, a reason (the board
 * asks why; it is logged), and until when (24 hours when left empty, the action's default).
 * It opens outside every schedule and cannot be shared.
 */

import { html, nothing } from "lit";
import type { PropertyValues } from "lit";
import { fromLocalInput } from "../styles";
import type { Bundle, Door, Grant } from "./data";
import { checkList } from "./check-list";
import { CcDialog } from "./dialog-base";
import { define } from "./page-base";
import { hoursFromNow } from "./time-input";

export class DkSharingDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    grant: { attribute: false },
    mayShare: { state: true },
    shareLimit: { state: true },
  };

  declare grant: Grant;
  declare mayShare: boolean;
  declare shareLimit: string;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("grant")) {
      this.mayShare = this.grant.may_share;
      this.shareLimit = String(this.grant.share_limit);
    }
  }

  private async save(): Promise<void> {
    const limit = Number(this.shareLimit.trim() || "0");
    const done = await this.attempt(async () => {
      await this.api.call("grants/sharing", {
        grant_ids: [this.grant.id],
        may_share: this.mayShare,
        share_limit: limit,
      });
    });
    if (done) this.saved();
  }

  override render() {
    const losing = this.grant.may_share && !this.mayShare && this.grant.shares_used > 0;
    return this.frame(
      this.t("cc.sharing.title", { name: this.grant.name }),
      html`<label class="check">
          <input
            type="checkbox"
            data-test="sharing-may-share"
            .checked=${this.mayShare}
            @change=${(event: Event) =>
              (this.mayShare = (event.target as HTMLInputElement).checked)}
          />
          ${this.t("cc.grant.may_share")}
        </label>
        <label for="limit">${this.t("cc.grant.share_limit")}</label>
        <input
          id="limit"
          type="number"
          min="0"
          max="100"
          inputmode="numeric"
          data-test="sharing-limit"
          .value=${this.shareLimit}
          ?disabled=${!this.mayShare}
          @input=${(event: Event) => (this.shareLimit = (event.target as HTMLInputElement).value)}
        />
        <p class="hint">
          ${this.t("cc.sharing.used", {
            used: this.num(this.grant.shares_used),
            limit: this.num(this.grant.share_limit),
          })}
        </p>
        ${losing
          ? html`<p class="error" data-test="sharing-warning">
              ${this.tp("cc.sharing.off_revokes", this.grant.shares_used)}
            </p>`
          : html`<p class="hint">${this.t("cc.sharing.lower_keeps")}</p>`}`,
      html`${this.cancelButton()}
        <button data-test="sharing-save" ?disabled=${this.busy} @click=${() => this.save()}>
          ${this.t("cc.save")}
        </button>`,
      "sharing-dialog",
    );
  }
}

export class DkEmergencyDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    personId: { attribute: false },
    personName: { attribute: false },
    doors: { attribute: false },
    bundles: { attribute: false },
    chosen: { state: true },
    reason: { state: true },
    until: { state: true },
  };

  declare personId: string;
  declare personName: string;
  declare doors: Door[];
  declare bundles: Bundle[];
  declare chosen: Set<string>;
  declare reason: string;
  declare until: string;

  constructor() {
    super();
    this.doors = [];
    this.bundles = [];
    this.chosen = new Set();
    this.reason = "";
    this.until = "";
  }

  /** Until defaults to 24 hours from now on the building's clock, once `hass` tells its zone. */
  private untilDefaulted = false;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.untilDefaulted && this.hass) {
      this.untilDefaulted = true;
      this.until = hoursFromNow(24, this.zone);
    }
  }

  private toggle(id: string, on: boolean): void {
    const chosen = new Set(this.chosen);
    if (on) chosen.add(id);
    else chosen.delete(id);
    this.chosen = chosen;
  }

  private async save(): Promise<void> {
    const doors = [...this.chosen].filter((id) => id.startsWith("door:")).map((id) => id.slice(5));
    const bundles = [...this.chosen]
      .filter((id) => id.startsWith("bundle:"))
      .map((id) => id.slice(7));
    if (!doors.length && !bundles.length) {
      this.error = this.t("cc.grant.choose_doors");
      return;
    }
    if (!this.reason.trim()) {
      this.error = this.t("cc.emergency.reason_needed");
      return;
    }
    const data: Record<string, unknown> = {
      person_id: this.personId,
      reason: this.reason.trim(),
      doors,
      bundle_ids: bundles,
    };
    const until = fromLocalInput(this.until, this.zone);
    if (until) data["valid_until"] = until;
    let answer: unknown;
    const done = await this.attempt(
      async () => void (answer = await this.api.call("emergency_keys/issue", data)),
    );
    if (done) this.saved(answer);
  }

  override render() {
    return this.frame(
      this.t("cc.emergency.title", { name: this.personName }),
      html`<p class="hint">${this.t("cc.emergency.intro")}</p>
        <h3>${this.t("cc.grant.doors")}</h3>
        ${checkList({
          label: this.t("cc.grant.doors"),
          test: "emergency-doors",
          items: this.doors,
          checked: (id) => this.chosen.has(`door:${id}`),
          toggle: (id, on) => this.toggle(`door:${id}`, on),
        })}
        ${this.bundles.length
          ? html`<h3>${this.t("cc.grant.bundles")}</h3>
              ${checkList({
                label: this.t("cc.grant.bundles"),
                test: "emergency-bundles",
                items: this.bundles,
                checked: (id) => this.chosen.has(`bundle:${id}`),
                toggle: (id, on) => this.toggle(`bundle:${id}`, on),
              })}`
          : nothing}
        <label for="reason">${this.t("cc.emergency.reason")}</label>
        <input
          id="reason"
          data-test="emergency-reason"
          maxlength="200"
          .value=${this.reason}
          placeholder=${this.t("cc.emergency.reason_placeholder")}
          @input=${(event: Event) => (this.reason = (event.target as HTMLInputElement).value)}
        />
        <label for="until">${this.t("cc.emergency.until")}</label>
        <input
          id="until"
          type="datetime-local"
          data-test="emergency-until"
          .value=${this.until}
          @input=${(event: Event) => (this.until = (event.target as HTMLInputElement).value)}
        />
        ${this.until ? nothing : html`<p class="hint">${this.t("cc.emergency.until_default")}</p>`}`,
      html`${this.cancelButton()}
        <button
          class="danger"
          data-test="emergency-save"
          ?disabled=${this.busy}
          @click=${() => this.save()}
        >
          ${this.t("cc.emergency.issue")}
        </button>`,
      "emergency-dialog",
    );
  }
}

define("dk-sharing-dialog", DkSharingDialog);
define("dk-emergency-dialog", DkEmergencyDialog);
