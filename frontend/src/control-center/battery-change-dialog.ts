/**
 * "Battery changed…": the caretaker says when a door's battery was changed by hand.
 *
 * A change is detected by itself when the level jumps up, but a caretaker who changes a
 * battery that was not yet low (or whose unit is out of range) records it here, so that
 * "days since change" and the estimate of days left start again from the right moment.
 * The time defaults to now; it is sent with its offset (`fromLocalInput`), and the server
 * refuses one in the future. The server then reads the unit again by itself.
 */

import { html } from "lit";
import type { PropertyValues } from "lit";
import { fromLocalInput } from "../styles";
import type { BatteryRow } from "./battery-report";
import { CcDialog } from "./dialog-base";
import { define } from "./page-base";
import { toLocalInput } from "./time-input";

export interface BatteryChangeAnswer {
  door_id: string;
  battery_changed: string;
}

export class DkBatteryChangeDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    door: { attribute: false },
    at: { state: true },
  };

  declare door: Pick<BatteryRow, "door_id" | "name">;
  /** The `datetime-local` value: the building's wall clock, on the minute. */
  declare at: string;

  constructor() {
    super();
    this.at = "";
  }

  /** The time defaults to now on the building's clock, once `hass` tells its zone. */
  private atDefaulted = false;

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.atDefaulted && this.hass) {
      this.atDefaulted = true;
      this.at = toLocalInput(new Date().toISOString(), this.zone);
    }
    if (changed.has("door")) this.error = "";
  }

  private get inFuture(): boolean {
    const when = fromLocalInput(this.at, this.zone);
    // A minute's slack: "now" on the minute, sent a few seconds later, is not the future.
    return when !== undefined && new Date(when).getTime() > Date.now() + 60_000;
  }

  private async confirm(): Promise<void> {
    const at = fromLocalInput(this.at, this.zone);
    if (at === undefined) {
      this.error = this.t("batt.change.pick_time");
      return;
    }
    if (this.inFuture) {
      this.error = this.t("batt.change.future");
      return;
    }
    let answer: BatteryChangeAnswer | undefined;
    const done = await this.attempt(async () => {
      answer = await this.api.call<BatteryChangeAnswer>("battery/record_change", {
        door: this.door.door_id,
        at,
      });
    });
    if (done) this.saved(answer);
  }

  override render() {
    const now = toLocalInput(new Date().toISOString(), this.zone);
    return this.frame(
      this.t("batt.change.title", { door: this.door.name }),
      html`<p>${this.t("batt.change.text", { door: this.door.name })}</p>
        <label for="battery-changed-at">${this.t("batt.change.when")}</label>
        <input
          id="battery-changed-at"
          type="datetime-local"
          data-test="battery-change-at"
          max=${now}
          .value=${this.at}
          ?disabled=${this.busy}
          @input=${(event: Event) => (this.at = (event.target as HTMLInputElement).value)}
        />
        <p class="hint">${this.t("batt.change.hint")}</p>`,
      html`${this.cancelButton()}
        <button
          data-test="battery-change-confirm"
          ?disabled=${this.busy || !this.at}
          @click=${() => void this.confirm()}
        >
          ${this.t("batt.change.confirm")}
        </button>`,
      "battery-change-dialog",
    );
  }
}

define("dk-battery-change-dialog", DkBatteryChangeDialog);
