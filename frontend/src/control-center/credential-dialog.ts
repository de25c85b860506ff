/**
 * Giving a person a PIN code or a tag, four ways:
 *
 * - a random PIN code the hub draws (`digitalkey/credentials/add` with `new_pin`), shown
 *   here once with a copy button: nobody can read it again, the hub keeps it sealed;
 * - a PIN code the caretaker types (`digitalkey/credentials/add_pin`), never echoed back;
 * - a tag by the UID printed on it (`digitalkey/credentials/add_tag`);
 * - "present the tag now" at a door's reader (`digitalkey/credentials/add` with
 *   `learn_at_door`): the call waits while the door's reader listens (up to a minute).
 *   Cancel meanwhile (or the dialog going away) stops the listening at the hub and the
 *   door (`digitalkey/credentials/cancel_learning`): a tag held up afterwards is not added.
 *
 * Websocket commands, not actions, take a chosen PIN code or a typed UID: Home Assistant
 * records every action's data.
 */

import { html, nothing } from "lit";
import type { AddedCredential, Door } from "./data";
import { CcDialog } from "./dialog-base";
import { define } from "./page-base";

type Way = "random" | "pin" | "tag" | "learn";

export class DkCredentialDialog extends CcDialog {
  static override properties = {
    ...CcDialog.properties,
    personId: { attribute: false },
    personName: { attribute: false },
    doors: { attribute: false },
    pinMinLength: { attribute: false },
    way: { state: true },
    pin: { state: true },
    tagUid: { state: true },
    door: { state: true },
    label: { state: true },
    shownPin: { state: true },
    copied: { state: true },
  };

  declare personId: string;
  declare personName: string;
  declare doors: Door[];
  declare pinMinLength: number;
  declare way: Way;
  declare pin: string;
  declare tagUid: string;
  declare door: string;
  declare label: string;
  /** The random PIN code the hub drew, shown once. */
  declare shownPin: string;
  declare copied: boolean;

  /** The door whose reader listens for this dialog's tag now ("" while none does). */
  private listeningAt = "";

  constructor() {
    super();
    this.doors = [];
    this.pinMinLength = 4;
    this.way = "random";
    this.pin = "";
    this.tagUid = "";
    this.door = "";
    this.label = "";
    this.shownPin = "";
    this.copied = false;
  }

  private readers(): Door[] {
    return this.doors.filter((door) => door.has_reader);
  }

  private async save(): Promise<void> {
    const base: Record<string, unknown> = { person_id: this.personId };
    if (this.label.trim()) base["label"] = this.label.trim();
    let answer: AddedCredential | undefined;
    const way = this.way;
    if (way === "pin" && !/^\d+$/.test(this.pin)) {
      this.error = this.t("cc.credential.pin_digits", { min: this.pinMinLength });
      return;
    }
    if (way === "tag" && !this.tagUid.trim()) {
      this.error = this.t("cc.credential.tag_needed");
      return;
    }
    const door = this.door || this.readers()[0]?.id || "";
    if (way === "learn" && !door) {
      this.error = this.t("cc.credential.no_reader");
      return;
    }
    const done = await this.attempt(async () => {
      if (way === "random") {
        answer = await this.api.call<AddedCredential>("credentials/add", {
          ...base,
          new_pin: true,
        });
      } else if (way === "pin") {
        answer = await this.api.call<AddedCredential>("credentials/add_pin", {
          ...base,
          pin: this.pin,
        });
      } else if (way === "tag") {
        answer = await this.api.call<AddedCredential>("credentials/add_tag", {
          ...base,
          tag_uid: this.tagUid.trim(),
        });
      } else {
        this.listeningAt = door;
        try {
          answer = await this.api.call<AddedCredential>("credentials/add", {
            ...base,
            learn_at_door: door,
          });
        } finally {
          this.listeningAt = "";
        }
      }
    });
    // A chosen PIN code leaves the page's memory as soon as it is sent.
    this.pin = "";
    if (!done) return;
    if (answer?.pin) {
      this.shownPin = answer.pin;
      this.dispatchEvent(new CustomEvent("dk-added", { detail: answer }));
      return;
    }
    this.saved(answer);
  }

  /** Stop the door's reader listening; the waiting call is then refused, and ignored. */
  private stopListening(): void {
    const door = this.listeningAt;
    this.listeningAt = "";
    if (!door) return;
    // Not awaited: a door out of reach ends its window by itself, and nothing is added.
    this.api.call("credentials/cancel_learning", { door }).catch(() => undefined);
  }

  override close(): void {
    this.stopListening();
    super.close();
  }

  override disconnectedCallback(): void {
    this.stopListening();
    super.disconnectedCallback();
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.shownPin);
      this.copied = true;
    } catch {
      this.error = this.t("cc.credential.copy_failed");
    }
  }

  private choice(way: Way, label: string, hint: string, disabled = false) {
    return html`<label class="check">
      <input
        type="radio"
        name="way"
        data-test="credential-kind"
        value=${way}
        .checked=${this.way === way}
        ?disabled=${disabled}
        @change=${() => {
          this.way = way;
          this.error = "";
        }}
      />
      <span
        >${label}
        <div class="secondary">${hint}</div></span
      >
    </label>`;
  }

  private renderShown() {
    return this.frame(
      this.t("cc.credential.pin_title", { name: this.personName }),
      html`<p>${this.t("cc.credential.pin_once")}</p>
        <div class="pin-once" data-test="credential-pin-shown">${this.shownPin}</div>
        ${this.copied ? html`<p class="hint" role="status">${this.t("cc.copied")}</p>` : nothing}`,
      html`<button class="secondary-action" data-test="credential-copy" @click=${() => this.copy()}>
          ${this.t("cc.copy")}
        </button>
        <button
          class="dialog-focus"
          data-test="credential-done"
          @click=${() => {
            this.shownPin = "";
            this.saved();
          }}
        >
          ${this.t("cc.done")}
        </button>`,
      "credential-dialog",
    );
  }

  override render() {
    if (this.shownPin) return this.renderShown();
    const readers = this.readers();
    const learning = this.busy && this.way === "learn";
    const doorName = readers.find((door) => door.id === (this.door || readers[0]?.id))?.name ?? "";
    return this.frame(
      this.t("cc.credential.title", { name: this.personName }),
      html`<div class="radio-list" role="radiogroup">
          ${this.choice(
            "random",
            this.t("cc.credential.random"),
            this.t("cc.credential.random_hint"),
          )}
          ${this.choice(
            "pin",
            this.t("cc.credential.chosen"),
            this.t("cc.credential.chosen_hint", { min: this.pinMinLength }),
          )}
          ${this.choice("tag", this.t("cc.credential.tag"), this.t("cc.credential.tag_hint"))}
          ${this.choice(
            "learn",
            this.t("cc.credential.learn"),
            readers.length ? this.t("cc.credential.learn_hint") : this.t("cc.credential.no_reader"),
            !readers.length,
          )}
        </div>
        ${this.way === "pin"
          ? html`<label for="pin">${this.t("cc.credential.pin")}</label>
              <input
                id="pin"
                data-test="credential-pin"
                type="password"
                inputmode="numeric"
                autocomplete="off"
                minlength=${this.pinMinLength}
                maxlength="12"
                .value=${this.pin}
                @input=${(event: Event) => (this.pin = (event.target as HTMLInputElement).value)}
              />`
          : nothing}
        ${this.way === "tag"
          ? html`<label for="uid">${this.t("cc.credential.uid")}</label>
              <input
                id="uid"
                data-test="credential-tag"
                autocomplete="off"
                spellcheck="false"
                placeholder="04A2 24B1 C35E 80"
                .value=${this.tagUid}
                @input=${(event: Event) => (this.tagUid = (event.target as HTMLInputElement).value)}
              />`
          : nothing}
        ${this.way === "learn" && readers.length
          ? html`<label for="door">${this.t("cc.credential.door")}</label>
              <select
                id="door"
                data-test="credential-door"
                @change=${(event: Event) => (this.door = (event.target as HTMLSelectElement).value)}
              >
                ${readers.map(
                  (door) =>
                    html`<option value=${door.id} ?selected=${this.door === door.id}>
                      ${door.name}
                    </option>`,
                )}
              </select>`
          : nothing}
        <label for="label">${this.t("cc.credential.label")}</label>
        <input
          id="label"
          data-test="credential-label"
          maxlength="200"
          placeholder=${this.t("cc.credential.label_placeholder")}
          .value=${this.label}
          @input=${(event: Event) => (this.label = (event.target as HTMLInputElement).value)}
        />
        ${learning
          ? html`<div class="busy" role="status" data-test="credential-learning">
              <span class="spinner"></span>
              <span>${this.t("cc.credential.present_now", { door: doorName })}</span>
            </div>`
          : nothing}`,
      html`${learning
          ? html`<button
              class="secondary-action"
              data-test="dialog-cancel"
              @click=${() => this.close()}
            >
              ${this.t("cc.cancel")}
            </button>`
          : this.cancelButton()}
        <button data-test="credential-save" ?disabled=${this.busy} @click=${() => this.save()}>
          ${this.way === "learn"
            ? this.t("cc.credential.start_learning")
            : this.t("cc.credential.add")}
        </button>`,
      "credential-dialog",
    );
  }
}

define("dk-credential-dialog", DkCredentialDialog);
